"""`newsline import`'s readers, one per kind of source, on small files made here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from import_samples import (
    ATOM,
    JSONL,
    PAGE_BLOG,
    PAGE_DATE_IN_TEXT,
    PAGE_OPEN_GRAPH,
    PAGE_RUSSIAN,
    RSS,
    write,
)

from tui.importer.dates import date_in_first_lines, date_in_name
from tui.importer.jsonl import parse_field_map
from tui.importer.plan import article_slug
from tui.importer.sources import kind_of, read_source
from tui.importer.text import html_to_text, normalise_url, text_fingerprint

NOW = dt.datetime(2024, 1, 15, 12, 0)


def _read(path: Path, **options: object):  # type: ignore[no-untyped-def]
    return read_source(path, now=NOW, **options)  # type: ignore[arg-type]


def test_html_with_open_graph_metadata(tmp_path: Path) -> None:
    result = _read(write(tmp_path, "page.html", PAGE_OPEN_GRAPH))
    assert result.problems == []
    [article] = result.articles
    assert article.title == "Kim arrives in Vladivostok"
    assert article.published == dt.date(2023, 9, 12)
    assert article.byline == "Jane Doe"
    assert article.source == "Example News"
    assert article.url == "https://news.example.com/2023/09/12/kim-arrives"
    assert article.text.startswith("North Korean leader Kim Jong Un arrived")
    assert "Tumen River" in article.text
    # Navigation, footer, headline and byline are not part of the text.
    assert "Sport" not in article.text and "Copyright" not in article.text
    assert "By Jane Doe" not in article.text


def test_html_blog_layout_with_json_ld(tmp_path: Path) -> None:
    [article] = _read(write(tmp_path, "post.htm", PAGE_BLOG)).articles
    assert article.title == "Port strike ends after nine days"
    assert article.published == dt.date(2021, 3, 4)
    assert "Ana Ruiz" in article.byline
    assert "Dock workers at the port of Valencia" in article.text
    assert "Most read" not in article.text


def test_html_date_found_in_the_page_when_no_metadata_has_it(tmp_path: Path) -> None:
    [article] = _read(write(tmp_path, "flood.html", PAGE_DATE_IN_TEXT)).articles
    assert article.published == dt.date(2019, 11, 8)
    assert article.title == "Flood barrier holds as river peaks"


def test_html_in_russian(tmp_path: Path) -> None:
    [article] = _read(write(tmp_path, "ru.html", PAGE_RUSSIAN)).articles
    assert article.title == "Ким прибыл во Владивосток"
    assert article.published == dt.date(2023, 9, 12)
    assert "12 сентября" in article.text


def test_html_without_an_article_is_one_clear_problem(tmp_path: Path) -> None:
    page = write(tmp_path, "broken.html", "<html><body><div><a href='/'>Home</a></div><p")
    result = _read(page)
    assert result.articles == []
    [problem] = result.problems
    assert problem.file == page
    line = problem.format()
    assert line.startswith(f"{page}: error: no article text found in the page")
    assert "hint:" in line


def test_rss_full_content_and_summary_marked(tmp_path: Path) -> None:
    result = _read(write(tmp_path, "feed.xml", RSS))
    assert result.problems == []
    full, summary = result.articles
    assert full.title == "Ferry service resumes after storm"
    # The day as the feed wrote it (EST), not moved to UTC.
    assert full.published == dt.date(2009, 3, 2)
    assert full.text.startswith("The ferry service between the island and the mainland")
    assert "\n\nThe first crossing" in full.text
    assert not full.is_summary
    assert full.source == "Harbour Times"
    assert full.byline == "Tom Lee"  # RSS 2.0 writes "desk@harbour.example.com (Tom Lee)"
    assert full.url == "https://harbour.example.com/ferry-resumes"
    assert summary.is_summary
    assert summary.text == (
        "The council approved a new harbour wall on Tuesday, after a vote of 12 to 3."
    )
    assert summary.published == dt.date(2009, 3, 3)


def test_atom_feed(tmp_path: Path) -> None:
    [entry] = _read(write(tmp_path, "mountain.atom", ATOM)).articles
    assert entry.title == "Pass reopens to traffic"
    assert entry.published == dt.date(2022, 5, 2)
    assert entry.byline == "Lena Brandt"
    assert entry.source == "Mountain Post"
    assert entry.text.startswith("The mountain pass reopened")
    assert "<p>" not in entry.text


def test_a_file_that_is_not_a_feed(tmp_path: Path) -> None:
    not_feed = write(tmp_path, "notes.xml", "<notes>\n<note>milk</note>\n<oops>\n</notes>\n")
    result = _read(not_feed)
    assert result.articles == []
    [problem] = result.problems
    assert "not an RSS or Atom feed" in problem.message
    assert problem.line == 5  # where the XML breaks: </notes> closes <oops>


def test_json_lines_with_mapped_fields(tmp_path: Path) -> None:
    fields, problem = parse_field_map(
        [
            "title=headline",
            "text=body",
            "published=date",
            "url=link",
            "source=outlet",
            "author=writer",
        ]
    )
    assert problem == ""
    result = _read(write(tmp_path, "items.jsonl", JSONL), fields=fields)
    assert result.problems == []
    first, second = result.articles
    assert (first.title, first.published, first.source, first.byline) == (
        "Mine rescue completed",
        dt.date(2010, 10, 13),
        "Wire",
        "P. Gomez",
    )
    assert first.url == "https://api.example.com/a/1"
    assert second.published == dt.date(2010, 10, 10)  # "Oct 10, 2010" read by dateparser
    assert first.origin.endswith("items.jsonl:1") and second.origin.endswith("items.jsonl:2")


def test_json_array_with_default_fields(tmp_path: Path) -> None:
    text = (
        '[{"title": "A", "text": "First story text.", "published": "2020-01-02"},\n'
        ' {"title": "B", "text": "Second story text.", "published": "2 марта 2020",'
        ' "language": "ru"}]'
    )
    first, second = _read(write(tmp_path, "export.json", text)).articles
    assert (first.title, first.published) == ("A", dt.date(2020, 1, 2))
    assert second.published == dt.date(2020, 3, 2)


def test_json_bad_lines_each_named_and_the_rest_read(tmp_path: Path) -> None:
    lines = [
        '{"title": "ok", "text": "A good line.", "published": "2020-01-02"}',
        '{"title": "no text"}',
        "{not json",
        '["a list"]',
        '{"title": "bad date", "text": "Some text.", "published": "2020-02-30"}',
        '{"title": "ok too", "text": "Another good line."}',
    ]
    result = _read(write(tmp_path, "mixed.jsonl", "\n".join(lines)))
    assert [a.title for a in result.articles] == ["ok", "ok too"]
    found = {problem.line: problem.message for problem in result.problems}
    assert set(found) == {2, 3, 4, 5}
    assert "no text in field 'text'" in found[2]
    assert "not JSON" in found[3]
    assert "expected an object" in found[4]
    assert "February 2023" not in found[5] and "February 2020 has 29 days" in found[5]
    assert all(str(tmp_path / "mixed.jsonl") in p.format() for p in result.problems)


def test_a_bad_field_mapping_is_refused() -> None:
    assert parse_field_map(["body"])[1].startswith("--field 'body'")
    assert parse_field_map(["nonsense=body"])[1]


def test_undecodable_file_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.txt", "Title\nCaf\xe9 opens\n".encode("latin-1"))
    [problem] = _read(path).problems
    assert (problem.line, problem.column) == (2, 4)
    assert "not UTF-8" in problem.message


def test_plain_text_dated_by_its_file_name(tmp_path: Path) -> None:
    for name, day in [
        ("20130322-budget.txt", dt.date(2013, 3, 22)),
        ("2013-03-22_budget.txt", dt.date(2013, 3, 22)),
        ("budget.2014.01.05.md", dt.date(2014, 1, 5)),
    ]:
        [article] = _read(write(tmp_path, name, "Budget passes\n\nThe budget passed.\n")).articles
        assert (article.published, article.title) == (day, "Budget passes")


def test_plain_text_dated_by_its_first_lines(tmp_path: Path) -> None:
    text = "Budget passes\nPublished: March 22, 2013\n\nThe budget passed on Friday.\n"
    [article] = _read(write(tmp_path, "budget.txt", text)).articles
    assert article.published == dt.date(2013, 3, 22)


def test_file_name_and_first_line_dates() -> None:
    assert date_in_name("story-20130230.txt") is None  # no such day
    assert date_in_name("id-120130322.txt") is None  # inside a longer number
    # A weekday depends on today: never a publication date.
    assert date_in_first_lines("Title\nFriday\n\nText.", now=NOW) is None
    assert date_in_first_lines("Title\n22/03/2013\n", now=NOW) == dt.date(2013, 3, 22)


def test_plain_text_with_front_matter_keeps_it(tmp_path: Path) -> None:
    text = '---\ntitle: "Talks"\npublished: 2023-09-12\nlanguage: ko\nsection: world\n---\n본문.\n'
    [article] = _read(write(tmp_path, "talks.md", text)).articles
    assert (article.title, article.published, article.language) == (
        "Talks",
        dt.date(2023, 9, 12),
        "ko",
    )
    assert article.text == "본문."
    assert article.extra == {"section": "world"}


def test_kind_from_content_when_the_name_does_not_say(tmp_path: Path) -> None:
    assert kind_of(Path("x"), b"<?xml version='1.0'?><rss version='2.0'>") == "feed"
    assert kind_of(Path("x"), b"<!DOCTYPE html><html>") == "html"
    assert kind_of(Path("x"), b'{"title": 1}') == "json"
    assert kind_of(Path("x"), b"Just words") == "plain"


def test_slugs_never_empty_and_transliterated() -> None:
    assert article_slug("Kim arrives in Vladivostok", "", "f") == "kim-arrives-in-vladivostok"
    assert article_slug("Ким прибыл во Владивосток", "", "f") == "kim-pribyl-vo-vladivostok"
    assert article_slug("대통령 서울 도착", "", "f").isascii()
    assert article_slug("대통령 서울 도착", "", "f")
    assert article_slug("!!!", "2023-09-12", "abc").startswith("2023-09-12-")
    assert article_slug("", "", "abc").startswith("article-")
    assert article_slug("../../etc/passwd", "", "f") == "etc-passwd"
    assert article_slug("CON", "", "f") == "con-article"
    assert len(article_slug("word " * 100, "", "f")) <= 60


def test_fingerprints_and_urls_ignore_what_does_not_change_the_story() -> None:
    assert text_fingerprint("The  Ferry, resumed.") == text_fingerprint("the ferry resumed")
    assert text_fingerprint("The ferry resumed") != text_fingerprint("The ferry stopped")
    assert normalise_url("https://www.Example.com/a/?utm_source=rss#top") == normalise_url(
        "http://example.com/a"
    )


def test_html_fragments_become_paragraphs() -> None:
    html = "<p>One &amp; two.</p><script>x()</script><p>Three<br>four</p>"
    assert html_to_text(html) == "One & two.\n\nThree\n\nfour"
