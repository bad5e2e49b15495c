"""`newsline import` end to end: files written, timeline registered, duplicates, bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from import_samples import ATOM, JSONL, JSONL_FIELDS, PAGE_OPEN_GRAPH, RSS, write

from tui.cli import main
from tui.model.articles import split_front_matter
from tui.model.loader import load_timeline


def _import(folder: Path, *args: str) -> int:
    return main(["import", *args, "--timeline", str(folder / "timeline.yaml")])


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write(folder, "page.html", PAGE_OPEN_GRAPH)
    write(folder, "feed.xml", RSS)
    write(folder, "mountain.atom", ATOM)
    write(folder, "items.jsonl", JSONL)
    return folder


def test_import_writes_articles_and_registers_them(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    code = _import(work, str(sources / "page.html"), str(sources / "feed.xml"))
    out = capsys.readouterr().out
    assert code == 0
    assert "imported 3 articles, skipped 0 duplicates, 0 failed" in out
    result = load_timeline(work / "timeline.yaml")
    assert result.errors == []
    timeline = result.timeline
    assert timeline is not None
    ids = [a.id for a in timeline.articles]
    assert ids == [
        "kim-arrives-in-vladivostok",
        "ferry-service-resumes-after-storm",
        "council-approves-new-harbour-wall",
    ]
    kim = timeline.articles[0]
    assert kim.path == "articles/kim-arrives-in-vladivostok.md"
    assert (kim.source, kim.byline, str(kim.published)) == (
        "Example News",
        "Jane Doe",
        "2023-09-12",
    )
    front, body, warnings = split_front_matter(
        (work / kim.path).read_text(encoding="utf-8"), work / kim.path
    )
    assert warnings == []
    assert front["title"] == "Kim arrives in Vladivostok"
    assert front["url"] == "https://news.example.com/2023/09/12/kim-arrives"
    assert front["language"] == "en"
    assert body.startswith("North Korean leader")
    wall = (work / "articles/council-approves-new-harbour-wall.md").read_text(encoding="utf-8")
    assert 'content: "summary"' in wall


def test_a_second_import_adds_nothing_and_says_so(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    args = [str(sources / "page.html"), str(sources / "feed.xml"), str(sources / "items.jsonl")]
    assert _import(work, *args, *JSONL_FIELDS) == 0
    before = _files(work)
    capsys.readouterr()
    assert _import(work, *args, *JSONL_FIELDS) == 0
    assert "imported 0 articles, skipped 5 duplicates, 0 failed" in capsys.readouterr().out
    assert _files(work) == before


def test_the_same_story_from_another_source_is_a_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    first = write(tmp_path, "a.jsonl", '{"title": "X", "text": "The ferry resumed on Monday."}\n')
    # Same text, other spacing and case; and the same url with tracking parameters.
    second = write(
        tmp_path,
        "b.jsonl",
        '{"title": "Y", "text": "the  ferry resumed on monday"}\n'
        '{"title": "Z", "text": "Other text.", "url": "https://e.com/a?utm_source=x"}\n'
        '{"title": "W", "text": "Yet other text.", "url": "https://www.e.com/a/"}\n',
    )
    assert _import(work, str(first), str(second)) == 0
    out = capsys.readouterr().out
    assert "imported 2 articles, skipped 2 duplicates, 0 failed" in out


def test_dry_run_lists_and_writes_nothing(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    write(work, "articles/ferry-service-resumes-after-storm.md", "---\ntitle: old\n---\nOld.\n")
    before = _files(work)
    code = _import(work, str(sources / "feed.xml"), str(sources / "feed.xml"), "--dry-run")
    out = capsys.readouterr().out
    assert code == 0
    assert _files(work) == before
    assert "would import articles/ferry-service-resumes-after-storm-2.md" in out
    assert "would skip" in out and "same url as" in out
    assert "would import 2 articles, skip 2 duplicates, 0 failed" in out


def test_an_existing_file_is_never_overwritten(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    mine = write(work, "articles/kim-arrives-in-vladivostok.md", "My own notes.\n")
    assert _import(work, str(sources / "page.html")) == 0
    assert mine.read_text(encoding="utf-8") == "My own notes.\n"
    assert (work / "articles/kim-arrives-in-vladivostok-2.md").is_file()


def test_bad_sources_each_one_line_and_the_rest_imported(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    bad_feed = write(tmp_path, "bad.rss", "this is not xml at all")
    bad_page = write(tmp_path, "empty.html", "<html><body></body></html>")
    bad_json = write(tmp_path, "bad.jsonl", '{"title": "no text"}\n{"text": "Fine text."}\n')
    undecodable = write(tmp_path, "latin.txt", b"Caf\xe9\n")
    missing = tmp_path / "missing.html"
    code = _import(
        work,
        str(bad_feed),
        str(sources / "page.html"),
        str(bad_page),
        str(bad_json),
        str(undecodable),
        str(missing),
    )
    captured = capsys.readouterr()
    assert code == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 5
    assert any(
        line.startswith(f"{bad_feed}") and "not an RSS or Atom feed" in line for line in errors
    )
    assert any(line.startswith(f"{bad_page}: error: no article text") for line in errors)
    assert any(line.startswith(f"{bad_json}:1: error: no text in field") for line in errors)
    assert any(line.startswith(f"{undecodable}:1:4: error: not UTF-8") for line in errors)
    assert any(line.startswith(f"{missing}: error: no such file") for line in errors)
    assert "imported 2 articles, skipped 0 duplicates, 5 failed" in captured.out
    timeline = load_timeline(work / "timeline.yaml").timeline
    assert timeline is not None and len(timeline.articles) == 2


def test_titles_in_other_scripts_and_hostile_titles_give_safe_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    items = write(
        tmp_path,
        "items.jsonl",
        '{"title": "대통령 서울 도착", "text": "대통령은 9월 10일 서울에 도착했다.",'
        ' "published": "2023-09-10"}\n'
        '{"title": "../../../etc/passwd", "text": "Escape attempt one."}\n'
        '{"title": "?!", "text": "Only marks in the title.", "published": "2023-09-11"}\n'
        '{"title": "", "text": "No title at all."}\n'
        '{"title": "", "text": "!!! ???"}\n',
    )
    assert _import(work, str(items)) == 0
    names = sorted(p.name for p in (work / "articles").iterdir())
    assert len(names) == 5
    assert "etc-passwd.md" in names
    assert "no-title-at-all.md" in names  # a title from the first line
    assert any(name.startswith("2023-09-11-") for name in names)
    assert any(name.startswith("article-") for name in names)
    assert all(name.isascii() and "/" not in name for name in names)
    assert not (tmp_path / "etc").exists()


def test_undated_articles_are_imported_with_one_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    notes = [write(tmp_path, f"note{i}.txt", f"Note {i}\n\nText {i}.\n") for i in range(3)]
    assert _import(work, *map(str, notes)) == 0
    out = capsys.readouterr().out
    assert out.count("note: 3 of them have no publication date") == 1


def test_a_folder_of_sources(
    tmp_path: Path, sources: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    assert _import(work, str(sources), "--into", str(work / "corpus"), *JSONL_FIELDS) == 0
    assert "imported 6 articles" in capsys.readouterr().out
    timeline = load_timeline(work / "timeline.yaml").timeline
    assert timeline is not None
    assert all(a.path.startswith("corpus/") for a in timeline.articles)


def test_fresh_folder_import_extract_check(tmp_path: Path) -> None:
    """The issue's end-to-end: import a page, a feed and JSON Lines, extract, check: 0 errors."""
    write(tmp_path, "page.html", PAGE_OPEN_GRAPH)
    write(tmp_path, "feed.xml", RSS)
    write(tmp_path, "items.jsonl", JSONL)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def newsline(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tui", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )

    imported = newsline("import", "page.html", "feed.xml", "items.jsonl", *JSONL_FIELDS)
    assert imported.returncode == 0, imported.stderr
    assert "imported 5 articles, skipped 0 duplicates, 0 failed" in imported.stdout
    extracted = newsline("extract")
    assert extracted.returncode == 0, extracted.stderr
    checked = newsline("check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert " 0 errors" in checked.stdout or "0 errors" in checked.stdout + checked.stderr
    timeline = load_timeline(tmp_path / "timeline.yaml").timeline
    assert timeline is not None
    assert len(timeline.articles) == 5 and timeline.events


def test_a_folder_with_nothing_to_import_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "picture.png").write_bytes(b"\x89PNG")
    work.mkdir()
    assert _import(work, str(empty)) == 1
    captured = capsys.readouterr()
    assert f"{empty}: error: the folder holds no file to import" in captured.err
    assert "imported 0 articles, skipped 0 duplicates, 1 failed" in captured.out
    assert not (work / "timeline.yaml").exists()


def test_a_failed_timeline_save_is_finished_by_the_next_import(
    tmp_path: Path,
    sources: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Article files are written first; when the timeline cannot be saved, the next import of
    the same sources registers them instead of writing them again."""
    from tui.model.writer import TimelineDocument

    work = tmp_path / "work"
    work.mkdir()

    def failing_save(self: TimelineDocument) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(TimelineDocument, "save", failing_save)
        assert _import(work, str(sources / "feed.xml")) == 1
    captured = capsys.readouterr()
    assert "No space left on device" in captured.err
    assert not (work / "timeline.yaml").exists()
    written = _files(work)
    assert len(written) == 2
    assert _import(work, str(sources / "feed.xml")) == 0
    assert "imported 2 articles, skipped 0 duplicates" in capsys.readouterr().out
    timeline = load_timeline(work / "timeline.yaml").timeline
    assert timeline is not None
    assert sorted(a.path for a in timeline.articles) == sorted(written)
    assert {k: v for k, v in _files(work).items() if k != "timeline.yaml"} == written


def test_a_progress_bar_on_a_terminal_only(tmp_path: Path, sources: Path) -> None:
    import pty
    import select

    args = [sys.executable, "-m", "tui", "import", str(sources / "page.html")]
    args += [str(sources / "feed.xml"), "--dry-run", "--timeline", str(tmp_path / "t.yaml")]
    piped = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert piped.returncode == 0, piped.stderr
    assert "importing [" not in piped.stderr
    leader, follower = pty.openpty()
    try:
        on_terminal = subprocess.run(
            args, stdout=subprocess.PIPE, stderr=follower, timeout=600, check=True
        )
        chunks = []
        while select.select([leader], [], [], 0.5)[0]:
            chunk = os.read(leader, 65536)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(follower)
        os.close(leader)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "importing [" in shown and "2/2" in shown
    assert b"would import 3 articles" in on_terminal.stdout


TLS = Path(__file__).resolve().parent.parent.parent / "shared" / "tls" / "haiti_bbc" / "articles"


@pytest.mark.shared
@pytest.mark.skipif(not TLS.is_dir(), reason="needs ../shared/tls")
def test_the_tls_layout_imports_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Articles with their own front matter (../shared/tls) keep their title, date and text."""
    from tui.model.articles import read_article
    from tui.model.timeline import Article

    originals = sorted(p for p in TLS.iterdir() if p.suffix == ".txt")[:6]
    work = tmp_path / "work"
    work.mkdir()
    empty = [p for p in originals if not read_article(Article(p.stem, str(p), file=p)).text.strip()]
    # An empty article (the corpus has a few) is one failure; the others are imported.
    assert _import(work, *map(str, originals)) == (1 if empty else 0)
    out = capsys.readouterr().out
    assert f"imported {len(originals) - len(empty)} articles" in out
    timeline = load_timeline(work / "timeline.yaml").timeline
    assert timeline is not None
    imported = {a.title: a for a in timeline.articles}
    for path in originals:
        original = read_article(Article(path.stem, str(path), file=path))
        if not original.text.strip():
            continue
        article = imported[str(original.front_matter["title"])]
        assert str(article.published) == str(original.front_matter["published"])
        copy = read_article(article)
        assert copy.text.strip() == original.text.strip()
