"""The timeline loader: the seed timeline loads clean, and every error class is pinned to its
exact line and column with a hint."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from tui.model.dates import Precision
from tui.model.diagnostics import Diagnostic, Severity, did_you_mean
from tui.model.loader import Corpus, load_timeline, load_timeline_text
from tui.model.timeline import EventStatus, LoadResult, MatchKind

ROOT = Path(__file__).resolve().parent.parent
SEED_TIMELINE = ROOT / "timeline.yaml"

ARTICLE_TEXT = "By A. Writer\nThe minister resigned on Monday. Talks resumed later.\n"
HEADER = """\
version: 1
articles:
  - id: story
    path: story.txt
    title: A story
    published: 2023-09-11
actors:
  - id: minister
    name: The Minister
"""


def load(tmp_path: Path, text: str, *, files: dict[str, str] | None = None) -> LoadResult:
    """Write ``text`` as tmp_path/timeline.yaml (plus article files) and load it."""
    for name, content in (files if files is not None else {"story.txt": ARTICLE_TEXT}).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    path = tmp_path / "timeline.yaml"
    path.write_text(text, encoding="utf-8")
    return load_timeline(path)


def only(result: LoadResult, severity: Severity | None = None) -> Diagnostic:
    """The single diagnostic of ``result`` (of ``severity``, if given)."""
    found = [d for d in result.diagnostics if severity is None or d.severity is severity]
    assert len(found) == 1, [d.format() for d in result.diagnostics]
    return found[0]


def at(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.line, diagnostic.column


# --- the seed timeline ----------------------------------------------------------------------


def test_seed_timeline_loads_without_any_diagnostic() -> None:
    result = load_timeline(SEED_TIMELINE)
    assert [d.format() for d in result.diagnostics] == []
    timeline = result.timeline
    assert timeline is not None
    assert {a.id for a in timeline.articles} == {"kim-putin-plan-to-meet", "kim-heads-to-russia"}
    assert all(a.published == dt.date(2023, 9, 11) for a in timeline.articles)
    for event in timeline.events:
        assert event.sources, event.id
        for source in event.sources:
            assert source.anchor is not None and source.anchor.match is MatchKind.EXACT


def test_seed_timeline_keeps_date_precision_and_status() -> None:
    timeline = load_timeline(ROOT).timeline  # a folder means folder/timeline.yaml
    assert timeline is not None
    events = timeline.event_by_id
    assert events["letters-exchanged"].date.precision is Precision.MONTH  # type: ignore[union-attr]
    assert events["spy-satellite-launches-fail"].date.edtf() == "2023-04"  # type: ignore[union-attr]
    assert events["g20-summit-in-india"].date.is_range  # type: ignore[union-attr]
    assert events["kim-putin-meeting"].status is EventStatus.PLANNED
    assert events["arrival-in-vladivostok"].status is EventStatus.EXPECTED
    kim = timeline.actor_by_id["kim-jong-un"]
    assert "the North Korean leader" in kim.aliases


def test_quick_path_skips_anchors(tmp_path: Path) -> None:
    result = load_timeline(SEED_TIMELINE, resolve_sources=False)
    assert result.ok
    assert all(s.anchor is None for e in result.timeline.events for s in e.sources)  # type: ignore[union-attr]


# --- file-level problems --------------------------------------------------------------------


def test_not_yaml_reports_the_parser_mark(tmp_path: Path) -> None:
    result = load(tmp_path, "version: 1\nevents: [a, b\n")
    diagnostic = only(result)
    assert result.timeline is None
    assert diagnostic.is_error and at(diagnostic) == (3, 1)
    assert "not valid YAML" in diagnostic.message and diagnostic.hint


def test_tabs_get_a_tab_hint(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, "version: 1\nactors:\n\t- id: x\n"))
    assert at(diagnostic) == (3, 1)
    assert "tabs" in diagnostic.hint


def test_empty_file(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, ""))
    assert at(diagnostic) == (1, 1) and "empty" in diagnostic.message


def test_top_level_list(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, "# comment\n- a\n- b\n"))
    assert at(diagnostic) == (2, 1) and "top level must be a mapping" in diagnostic.message


def test_missing_version(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER.replace("version: 1\n", "")))
    assert at(diagnostic) == (1, 1) and "version" in diagnostic.message
    assert "version: 1" in diagnostic.hint


@pytest.mark.parametrize("value", ["2", "one", "[1]", "99999999999999999999999999999999"])
def test_wrong_version(tmp_path: Path, value: str) -> None:
    diagnostic = only(load(tmp_path, HEADER.replace("version: 1", f"version: {value}")))
    assert at(diagnostic) == (1, 10) and "version" in diagnostic.message


def test_undecodable_timeline_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(b"version: 1\nactors:\n  - id: caf\xe9\n")
    diagnostic = only(load_timeline(path))
    assert diagnostic.path == path and at(diagnostic) == (3, 12)
    assert "UTF-8" in diagnostic.message


def test_bom_is_accepted(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE_TEXT)
    path = tmp_path / "timeline.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + HEADER.encode())
    assert load_timeline(path).diagnostics == []


def test_missing_timeline_file(tmp_path: Path) -> None:
    diagnostic = only(load_timeline(tmp_path / "nope.yaml"))
    assert diagnostic.is_error and "cannot open" in diagnostic.message


# --- shapes and keys ------------------------------------------------------------------------


def test_section_of_wrong_type(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "events: foo\n"))
    assert at(diagnostic) == (10, 9)
    assert "`events` must be a list, not text" in diagnostic.message


def test_aliases_must_be_a_list(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "    aliases: 3\n"))
    assert at(diagnostic) == (10, 14)
    assert "must be a list, not a number" in diagnostic.message
    assert "aliases: [3]" in diagnostic.hint


def test_unknown_key_suggests_the_closest(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "    nmae: Other\n"))
    assert diagnostic.severity is Severity.WARNING and at(diagnostic) == (10, 5)
    assert "did you mean 'name'" in diagnostic.hint


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("dat", "date"), ("date_txt", "date_text"), ("sorces", "sources"), ("qoute", "quote")],
)
def test_did_you_mean_prefers_the_nearest_spelling(typo: str, meant: str) -> None:
    keys = ["id", "date", "date_text", "status", "title", "actors", "sources", "quote"]
    assert did_you_mean(typo, keys) == f"did you mean {meant!r}?"


def test_did_you_mean_finds_an_id_by_a_part_of_it() -> None:
    assert did_you_mean("putin", ["kim-jong-un", "vladimir-putin"]) == (
        "did you mean 'vladimir-putin'?"
    )


def test_duplicate_key_points_at_the_second(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "    name: Again\n"))
    assert at(diagnostic) == (10, 5) and "first at line 9" in diagnostic.message


def test_non_text_key(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "? [a, b]\n: c\n"), Severity.ERROR)
    assert at(diagnostic) == (10, 3) and "key must be text" in diagnostic.message


def test_missing_required_fields(tmp_path: Path) -> None:
    text = HEADER + "  - id: nameless\nevents:\n  - id: untitled\n    date: 2023\n"
    result = load(tmp_path, text)
    messages = {(d.line, d.column): d.message for d in result.errors}
    assert messages[(10, 5)] == "actor has no `name`"
    assert messages[(12, 5)] == "event has no `title`"
    assert result.timeline is not None and result.timeline.events == []


def test_item_that_is_not_a_mapping(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "events:\n  - just text\n"))
    assert at(diagnostic) == (11, 5) and "must be a mapping" in diagnostic.message


def test_non_slug_id_is_a_warning(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "  - id: The Other\n    name: Other\n"))
    assert diagnostic.severity is Severity.WARNING and at(diagnostic) == (10, 9)
    assert "the-other" in diagnostic.hint


def test_duplicate_id_mentions_the_first(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "  - id: minister\n    name: Again\n"))
    assert at(diagnostic) == (10, 9)
    assert "first at line 8" in diagnostic.message


def test_bad_kind_and_status(tmp_path: Path) -> None:
    text = HEADER + "    kind: persn\nevents:\n  - id: e\n    title: T\n    status: planed\n"
    result = load(tmp_path, text)
    found = {at(d): d for d in result.errors}
    assert "did you mean 'person'" in found[(10, 11)].hint
    assert "did you mean 'planned'" in found[(14, 13)].hint


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2023-02-30", "February 2023 has 28 days"),
        ("2023-13", "month 13"),
        ("'2023-09-10/2023-09-01'", "ends before it starts"),
        ("next week", "not a date"),
        ("[2023]", "must be text"),
    ],
)
def test_invalid_dates(tmp_path: Path, value: str, fragment: str) -> None:
    text = HEADER + f"events:\n  - id: e\n    title: T\n    date: {value}\n"
    diagnostic = only(load(tmp_path, text))
    assert at(diagnostic) == (13, 11)
    assert fragment in diagnostic.message and diagnostic.hint


def test_dates_keep_precision(tmp_path: Path) -> None:
    text = HEADER + (
        "events:\n"
        "  - {id: a, title: A, date: 2023}\n"
        "  - {id: b, title: B, date: 2023-09}\n"
        "  - {id: c, title: C, date: 2023-09-10}\n"
        "  - {id: d, title: D, date: '2023-09-09/2023-09-10~'}\n"
        "  - {id: e, title: E, date: 2023-09-10 10:30:00}\n"
    )
    result = load(tmp_path, text)
    assert result.diagnostics == []
    dates = {e.id: e.date.edtf() for e in result.timeline.events}  # type: ignore[union-attr]
    assert dates == {
        "a": "2023",
        "b": "2023-09",
        "c": "2023-09-10",
        "d": "2023-09-09/2023-09-10~",
        "e": "2023-09-10",
    }


def test_undated_event_falls_back_to_publication(tmp_path: Path) -> None:
    text = HEADER + "events:\n  - id: e\n    title: T\n    sources:\n      - article: story\n"
    result = load(tmp_path, text + "        quote: resigned on Monday\n")
    event = result.timeline.events[0]  # type: ignore[union-attr]
    assert event.date is None and event.fallback_date == dt.date(2023, 9, 11)


def test_article_without_publication_date_warns(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER.replace("    published: 2023-09-11\n", "")))
    assert diagnostic.severity is Severity.WARNING and at(diagnostic) == (3, 5)


def test_published_must_be_a_day(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER.replace("2023-09-11", "2023-09")))
    assert at(diagnostic) == (6, 16) and "one day" in diagnostic.message


def test_published_accepts_quoted_text(tmp_path: Path) -> None:
    result = load(tmp_path, HEADER.replace("2023-09-11", "'2023-09-11'"))
    assert result.diagnostics == []
    assert result.timeline.articles[0].published == dt.date(2023, 9, 11)  # type: ignore[union-attr]


# --- references, files and quotes -----------------------------------------------------------


def test_unknown_actor_and_article(tmp_path: Path) -> None:
    text = HEADER + (
        "events:\n  - id: e\n    title: T\n    actors: [ministre]\n"
        "    sources:\n      - article: stroy\n        quote: resigned\n"
    )
    result = load(tmp_path, text)
    found = {at(d): d for d in result.errors}
    assert "did you mean 'minister'" in found[(13, 14)].hint
    assert "did you mean 'story'" in found[(15, 18)].hint
    event = result.timeline.events[0]  # type: ignore[union-attr]
    assert event.actors == () and event.sources == []


def test_missing_article_file_points_at_path(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER, files={}))
    assert diagnostic.path == tmp_path / "timeline.yaml" and at(diagnostic) == (4, 11)
    assert "story.txt" in diagnostic.message


def test_undecodable_article_points_into_the_article(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_bytes(b"line one\nline \x80two\n")
    (tmp_path / "timeline.yaml").write_text(HEADER)
    diagnostic = only(load_timeline(tmp_path / "timeline.yaml"))
    assert diagnostic.path == tmp_path / "story.txt" and at(diagnostic) == (2, 6)


QUOTED = HEADER + "events:\n  - id: e\n    title: T\n    sources:\n      - article: story\n"


def test_quote_not_found_warns_at_the_quote(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, QUOTED + "        quote: the king abdicated\n"))
    assert diagnostic.severity is Severity.WARNING and at(diagnostic) == (15, 16)
    assert "not found" in diagnostic.message


def test_ambiguous_quote_warns_and_anchors_the_first(tmp_path: Path) -> None:
    result = load(tmp_path, QUOTED + "        quote: re\n")
    diagnostic = only(result)
    assert "occurs" in diagnostic.message and at(diagnostic) == (15, 16)
    anchor = result.timeline.events[0].sources[0].anchor  # type: ignore[union-attr]
    assert anchor is not None and ARTICLE_TEXT[anchor.start : anchor.end] == "re"
    assert anchor.start == ARTICLE_TEXT.index("re")


def test_anchor_offsets_index_the_body_after_front_matter(tmp_path: Path) -> None:
    body = "Line one.\r\nThe minister resigned on Monday.\r\n"
    article = "---\r\ntitle: From front matter\r\npublished: 2023-09-12\r\n---\r\n" + body
    text = QUOTED.replace("    title: A story\n    published: 2023-09-11\n", "")
    result = load(
        tmp_path, text + "        quote: resigned on Monday\n", files={"story.txt": article}
    )
    assert result.diagnostics == []
    story = result.timeline.articles[0]  # type: ignore[union-attr]
    assert story.title == "From front matter" and story.published == dt.date(2023, 9, 12)
    anchor = result.timeline.events[0].sources[0].anchor  # type: ignore[union-attr]
    assert anchor is not None and body[anchor.start : anchor.end] == "resigned on Monday"
    assert anchor.sentence == 1


def test_extracted_ids_are_kept(tmp_path: Path) -> None:
    result = load(tmp_path, HEADER + "extracted: [gone, kept]\n")
    assert result.diagnostics == []
    assert result.timeline.extracted == ["gone", "kept"]  # type: ignore[union-attr]


# --- hostile input --------------------------------------------------------------------------


def test_alias_bomb_is_rejected_quickly(tmp_path: Path) -> None:
    lines = ["version: 1", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    lines.append("events: *a9")
    result = load_timeline_text("\n".join(lines) + "\n", tmp_path / "timeline.yaml")
    alias_errors = [d for d in result.errors if "aliases" in d.message]
    assert alias_errors and at(alias_errors[0]) == (3, 10)


def test_recursive_alias(tmp_path: Path) -> None:
    result = load_timeline_text("&a [*a]\n", tmp_path / "t.yaml")
    assert result.timeline is None
    assert any("aliases" in d.message and at(d) == (1, 5) for d in result.errors)


def test_python_tags_are_errors_never_constructed(tmp_path: Path) -> None:
    text = HEADER + "events: !!python/object/apply:os.system [echo pwned]\n"
    diagnostic = only(load(tmp_path, text))
    assert at(diagnostic) == (10, 9) and "!!python/object/apply:os.system" in diagnostic.message


@pytest.mark.parametrize("text", ["[" * 100_000, "- " * 100_000 + "x", "{a: " * 50_000])
def test_deep_nesting_is_refused_not_crashed(tmp_path: Path, text: str) -> None:
    # libyaml's own composer segfaults on these; ours stops at MAX_DEPTH.
    result = load_timeline_text(text, tmp_path / "t.yaml")
    assert result.timeline is None and "nesting" in result.errors[0].message


def test_nul_bytes(tmp_path: Path) -> None:
    diagnostic = only(load_timeline_text("version: 1\nx: a\x00b\n", tmp_path / "t.yaml"))
    assert at(diagnostic) == (2, 5) and "U+0000" in diagnostic.message


def test_second_document(tmp_path: Path) -> None:
    diagnostic = only(load(tmp_path, HEADER + "---\nversion: 1\n"))
    assert at(diagnostic) == (10, 1)


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    with path.open("wb") as handle:
        handle.truncate(33 * 1024 * 1024)  # sparse: costs no disk and no time
    diagnostic = only(load_timeline(path))
    assert "too large" in diagnostic.message and "32 MiB" in diagnostic.hint


def test_terminal_escapes_in_values_are_escaped_in_messages(tmp_path: Path) -> None:
    text = HEADER + '  - id: "\\e[31mred\\u202e"\n    name: X\n'
    diagnostic = only(load(tmp_path, text))
    assert "\x1b" not in diagnostic.format() and "\\x1b" in diagnostic.format()


# --- the corpus -----------------------------------------------------------------------------


def test_corpus_rereads_only_changed_files(tmp_path: Path) -> None:
    shutil.copy(SEED_TIMELINE, tmp_path / "timeline.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    corpus = Corpus()
    first = load_timeline(tmp_path, corpus=corpus).timeline
    assert first is not None
    texts = {a.id: corpus.text(a) for a in first.articles}
    again = load_timeline(tmp_path, corpus=corpus).timeline
    assert again is not None
    assert all(corpus.text(a) is texts[a.id] for a in again.articles)
    changed = again.article_by_id["kim-heads-to-russia"]
    assert changed.file is not None
    changed.file.write_text("Kim Jong Un is heading to Russia, really.\n")
    assert corpus.text(changed) is not texts[changed.id]
    assert corpus.text(changed).text.startswith("Kim Jong Un is heading to Russia, really.")
    unchanged = again.article_by_id["kim-putin-plan-to-meet"]
    assert corpus.text(unchanged) is texts[unchanged.id]


def test_a_whole_file_problem_is_named_without_a_position(tmp_path: Path) -> None:
    missing = load_timeline(tmp_path / "nope.yaml").diagnostics[0]
    assert missing.line == 0
    assert missing.format().startswith(f"{tmp_path / 'nope.yaml'}: error: cannot open")
