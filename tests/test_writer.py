"""The timeline writer: edits land where asked and every other byte of the user's file stays."""

from __future__ import annotations

import difflib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tui.model.dates import parse_event_date
from tui.model.loader import load_timeline
from tui.model.writer import (
    ConcurrentEditError,
    DuplicateIdError,
    TimelineDocument,
    TimelineSyntaxError,
    UnknownIdError,
    WriterError,
)

REPO = Path(__file__).resolve().parent.parent


def _changes(before: str, after: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines ``after`` inserts, and the (old, new) lines it replaces one for one."""
    added: list[str] = []
    replaced: list[tuple[str, str]] = []
    old_lines, new_lines = before.splitlines(True), after.splitlines(True)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added += new_lines[j1:j2]
        elif tag == "replace":
            assert i2 - i1 == j2 - j1, (old_lines[i1:i2], new_lines[j1:j2])
            replaced += zip(old_lines[i1:i2], new_lines[j1:j2], strict=True)
        else:
            assert tag == "equal", (tag, old_lines[i1:i2])
    return added, replaced


def _write(tmp_path: Path, text: str, name: str = "timeline.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


EVENT = {
    "id": "new-event",
    "date": "2023-08",
    "title": "A new event",
    "actors": ["kim"],
    "sources": [{"article": "a", "quote": "some words"}],
}


def test_seed_timeline_only_gains_lines(tmp_path: Path) -> None:
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    original = (REPO / "timeline.yaml").read_text(encoding="utf-8")
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    first_actor = sorted(document.ids("actors"))[0]
    article = sorted(document.ids("articles"))[0]
    document.add_event({**EVENT, "actors": [first_actor], "sources": []})
    document.add_alias(first_actor, "A Brand New Alias")
    document.mark_extracted(["new-event"])
    document.save()
    after = path.read_text(encoding="utf-8")
    added, replaced = _changes(original, after)
    assert any("new-event" in line for line in added)
    # The alias joins the actor's inline list: that one line changes, by that addition only.
    if replaced:
        [(old_line, new_line)] = replaced
        assert new_line == old_line.replace("]", ", A Brand New Alias]")
    else:
        assert any("A Brand New Alias" in line for line in added)
    result = load_timeline(path)
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.timeline is not None
    assert result.timeline.event_by_id["new-event"].date == parse_event_date("2023-08")
    assert "A Brand New Alias" in result.timeline.actor_by_id[first_actor].aliases
    assert result.timeline.extracted[-1] == "new-event"
    assert article in result.timeline.article_by_id


def test_comments_order_quoting_and_blank_lines_survive(tmp_path: Path) -> None:
    original = (
        "# my notes at the top\n"
        "version: 1   # format\n"
        "\n"
        "articles: []   # none yet\n"
        "actors:\n"
        "    -   id: kim\n"
        "        name: 'Kim'   # single-quoted on purpose\n"
        "        aliases: [Mr. Kim]\n"
        "\n"
        "events:    # empty for now\n"
        "# trailing comment\n"
    )
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event(EVENT)
    document.add_alias("kim", "Kim Jong-Un")
    document.save()
    after = path.read_text(encoding="utf-8")
    for line in original.splitlines():
        if "aliases" not in line:
            assert line in after.splitlines()
    assert "        aliases: [Mr. Kim, Kim Jong-Un]" in after.splitlines()
    assert after.index("events:    # empty for now") < after.index("new-event")
    data = yaml.safe_load(after)
    assert data["events"][0]["id"] == "new-event"
    assert data["actors"][0]["name"] == "Kim"


@pytest.mark.parametrize(
    "section_text",
    ["events: []\n", "events:\n", "events: ~\n", "events: null  # later\n", ""],
    ids=["empty-flow", "empty", "tilde", "null-with-comment", "missing"],
)
def test_new_event_in_an_empty_or_missing_section(tmp_path: Path, section_text: str) -> None:
    original = "version: 1\narticles: []\nactors: []\n" + section_text
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event(EVENT)
    document.save()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [event["id"] for event in data["events"]] == ["new-event"]
    assert data["events"][0]["sources"] == [{"article": "a", "quote": "some words"}]
    if "# later" in section_text:
        assert "# later" in path.read_text(encoding="utf-8")


def test_dash_style_and_indent_follow_the_file(tmp_path: Path) -> None:
    original = "version: 1\nevents:\n- id: one\n  title: One\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two", "tags": ["a", "b"]})
    lines = document.text().splitlines()
    assert lines[-3:] == ["- id: two", "  title: Two", "  tags: [a, b]"]

    indented = "version: 1\nevents:\n    - id: one\n      title: One\n"
    path = _write(tmp_path, indented, "four.yaml")
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})
    assert document.text().splitlines()[-2:] == ["    - id: two", "      title: Two"]


def test_crlf_and_byte_order_mark_are_kept(tmp_path: Path) -> None:
    original = "\ufeffversion: 1\r\n# comment\r\nevents:\r\n  - id: one\r\n    title: One\r\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})
    document.save()
    raw = path.read_bytes()
    assert raw.startswith(original.encode("utf-8"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.count(b"\xef\xbb\xbf") == 1


def test_flow_style_section_falls_back_to_round_trip_keeping_comments(tmp_path: Path) -> None:
    original = "# keep me\nversion: 1\nevents: [{id: one, title: One}]  # inline\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})
    text = document.text()
    assert "# keep me" in text
    assert [event["id"] for event in yaml.safe_load(text)["events"]] == ["one", "two"]


def test_aliases_added_once_in_every_layout(tmp_path: Path) -> None:
    original = (
        "version: 1\n"
        "actors:\n"
        "  - id: flow\n"
        "    name: Flow\n"
        "    aliases: [A]\n"
        "  - id: block\n"
        "    name: Block\n"
        "    aliases:\n"
        "      - B\n"
        "    description: keeps its place\n"
        "  - id: none\n"
        "    name: None Yet\n"
        "    kind: person\n"
        "    description: after kind\n"
        "  - id: null-aliases\n"
        "    name: Null\n"
        "    aliases:\n"
        "  - {id: inline, name: Inline}\n"
    )
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    assert document.add_alias("flow", "A2")
    assert document.add_alias("block", "B2")
    assert document.add_alias("none", "N")
    assert document.add_alias("null-aliases", "Z")
    assert document.add_alias("inline", "I")
    assert not document.add_alias("flow", "A2")
    assert not document.add_alias("block", "Block")  # the name itself
    actors = {actor["id"]: actor for actor in yaml.safe_load(document.text())["actors"]}
    assert actors["flow"]["aliases"] == ["A", "A2"]
    assert actors["block"]["aliases"] == ["B", "B2"]
    assert actors["block"]["description"] == "keeps its place"
    assert actors["none"]["aliases"] == ["N"]
    assert list(actors["none"]) == ["id", "name", "kind", "aliases", "description"]
    assert actors["null-aliases"]["aliases"] == ["Z"]
    assert actors["inline"]["aliases"] == ["I"]
    with pytest.raises(UnknownIdError):
        document.add_alias("nobody", "X")


def test_duplicate_and_missing_ids_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nevents:\n  - id: one\n    title: One\n")
    document = TimelineDocument.open(path)
    before = document.text()
    with pytest.raises(DuplicateIdError):
        document.add_event({"id": "one", "title": "Again"})
    with pytest.raises(ValueError):
        document.add_event({"title": "No id"})
    assert document.text() == before


def test_many_items_and_aliases_in_one_edit(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nactors:\n  - id: kim\n    name: Kim\nevents: []\n")
    document = TimelineDocument.open(path)
    document.add_items("events", [{"id": f"e{n}", "title": f"Event {n}"} for n in range(50)])
    assert document.add_aliases("kim", ["Mr. Kim", "Kim", "Mr. Kim", "Kim Jong Un"]) == [
        "Mr. Kim",
        "Kim Jong Un",
    ]
    assert document.add_aliases("kim", ["Kim Jong Un"]) == []
    data = yaml.safe_load(document.text())
    assert [event["id"] for event in data["events"]] == [f"e{n}" for n in range(50)]
    assert data["actors"][0]["aliases"] == ["Mr. Kim", "Kim Jong Un"]
    with pytest.raises(DuplicateIdError):
        document.add_items("events", [{"id": "x", "title": "X"}, {"id": "x", "title": "Y"}])
    assert "id: x" not in document.text()


def test_an_edit_that_fails_its_check_leaves_the_text_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = "version: 1\n# mine\nevents:\n  - id: one\n    title: One\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    # Simulate a rendering bug: the new item comes out as broken YAML.
    monkeypatch.setattr(
        TimelineDocument, "_render_items", lambda self, items, column: ["  - id: [broken"]
    )
    with pytest.raises(WriterError, match="internal error"):
        document.add_event({"id": "two", "title": "Two"})
    assert document.text() == original
    monkeypatch.undo()
    # Simulate a subtler bug: valid YAML that says something else than was asked.
    monkeypatch.setattr(
        TimelineDocument, "_render_items", lambda self, items, column: ["  - id: three"]
    )
    with pytest.raises(WriterError, match="did not read back"):
        document.add_event({"id": "two", "title": "Two"})
    assert document.text() == original
    monkeypatch.undo()
    document.add_event({"id": "two", "title": "Two"})
    document.save()
    assert path.read_text(encoding="utf-8").startswith(original)


def test_merge_keys_in_the_file_do_not_disturb_edits(tmp_path: Path) -> None:
    original = "version: 1\nactors:\n  - <<: {kind: person}\n    id: kim\n    name: Kim\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_alias("kim", "Mr. Kim")
    document.add_actor({"id": "putin", "name": "Putin"})
    actors = yaml.safe_load(document.text())["actors"]
    assert actors[0] == {"kind": "person", "id": "kim", "name": "Kim", "aliases": ["Mr. Kim"]}
    assert actors[1] == {"id": "putin", "name": "Putin"}


def test_extracted_list_is_created_then_extended_without_repeats(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nevents: []\n")
    document = TimelineDocument.open(path)
    document.mark_extracted(["a", "b", "a"])
    document.mark_extracted(["b", "c"])
    assert yaml.safe_load(document.text())["extracted"] == ["a", "b", "c"]
    assert document.extracted_ids() == {"a", "b", "c"}


def test_hand_edit_since_reading_is_never_overwritten(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nevents: []\n")
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})
    path.write_text("version: 1\nevents: []\n# my hand edit\n", encoding="utf-8")
    with pytest.raises(ConcurrentEditError):
        document.save()
    assert path.read_text(encoding="utf-8").endswith("# my hand edit\n")


def test_save_keeps_permissions_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "version: 1\nevents: []\n")
    path.chmod(0o640)
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})
    document.save()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.yaml"]
    # A second edit on the same document saves again: the document knows what it wrote.
    document.add_event({"id": "three", "title": "Three"})
    document.save()
    assert [e["id"] for e in yaml.safe_load(path.read_text())["events"]] == ["two", "three"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = "version: 1\nevents: []\n"
    path = _write(tmp_path, original)
    document = TimelineDocument.open(path)
    document.add_event({"id": "two", "title": "Two"})

    def refuse(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        document.save()
    assert path.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.yaml"]


def test_new_document_is_created_from_a_skeleton(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    document = TimelineDocument.new(path)
    document.add_article({"id": "a", "path": "a.txt", "published": "2023-09-11"})
    document.save()
    result = load_timeline(path, resolve_sources=False)
    assert result.timeline is not None
    assert result.timeline.articles[0].published is not None
    assert result.timeline.articles[0].published.isoformat() == "2023-09-11"


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("version: 1\nevents: [\n", 3, 1),
        ("version: 1\nevents: " + "[" * 200 + "]" * 200 + "\n", 2, 72),
        ("a: &x [1]\nb: *x\n", 2, 4),
        ("version: 1\nevents: !!python/object:os.system ls\n", 2, 9),
        ("- just\n- a list\n", 1, 1),
    ],
    ids=["unclosed", "too-deep", "alias", "python-tag", "top-level-list"],
)
def test_broken_or_hostile_files_are_refused_with_a_position(
    tmp_path: Path, text: str, line: int, column: int
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(TimelineSyntaxError) as caught:
        TimelineDocument.open(path)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert str(caught.value).startswith(f"{path}:{line}:{column}: ")


def test_very_deep_nesting_is_refused_with_a_position_not_a_crash(tmp_path: Path) -> None:
    # libyaml's own composer recurses in C and would take the interpreter down with it. The
    # contract is newsline's: refused with a position. Which layer words the refusal (ours or
    # libyaml's depth limit, which depends on its version) is not.
    depth = 200_000
    path = _write(tmp_path, "events: " + "[" * depth + "]" * depth + "\n")
    with pytest.raises(TimelineSyntaxError) as caught:
        TimelineDocument.open(path)
    assert caught.value.line == 1
    assert caught.value.column >= 1
    assert str(caught.value).startswith(f"{path}:1:{caught.value.column}: ")


def test_very_deep_nesting_check_exits_cleanly_in_its_own_process(tmp_path: Path) -> None:
    # In a child process, so that a crash in C shows as a signal, not as a dead test runner.
    depth = 200_000
    path = _write(tmp_path, "events: " + "[" * depth + "]" * depth + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (1, 2), done.stderr
    assert f"{path}:1:" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_undecodable_file_names_the_first_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(b"version: 1\nevents:\n  - id: caf\xe9\n")
    with pytest.raises(TimelineSyntaxError) as caught:
        TimelineDocument.open(path)
    assert (caught.value.line, caught.value.column) == (3, 12)
    # Columns count characters, as editors and the loader do, not bytes.
    path.write_bytes(b"version: 1\ntitle: \xc3\xa9 \xe9\n")  # an "é", then a bad byte
    with pytest.raises(TimelineSyntaxError) as caught:
        TimelineDocument.open(path)
    assert (caught.value.line, caught.value.column) == (2, 10)
    assert caught.value.message == load_timeline(path).diagnostics[0].message


def test_writer_errors_share_one_base_class() -> None:
    for error in (ConcurrentEditError, DuplicateIdError, UnknownIdError, TimelineSyntaxError):
        assert issubclass(error, WriterError)
