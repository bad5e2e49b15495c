"""Reading article files: front matter, BOM, CRLF, undecodable bytes, missing files."""

from __future__ import annotations

import os
from pathlib import Path

from tui.model.articles import read_article
from tui.model.timeline import Article


def article_at(file: Path) -> Article:
    return Article(id="story", path=file.name, file=file)


def test_plain_text_is_the_body(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("Headline\nFirst sentence. Second one.\n", encoding="utf-8")
    text = read_article(article_at(file))
    assert text.error is None and text.front_matter == {}
    assert text.text == "Headline\nFirst sentence. Second one.\n"
    assert [text.text[s.start : s.end] for s in text.sentences] == [
        "Headline",
        "First sentence.",
        "Second one.",
    ]


def test_front_matter_is_metadata_and_offsets_index_the_body(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_text(
        "---\ntitle: 'A: title'\npublished: 2023-09-11\nbyline: Someone\n---\nBody here.\n",
        encoding="utf-8",
    )
    text = read_article(article_at(file))
    assert text.front_matter["title"] == "A: title"
    assert str(text.front_matter["published"]) == "2023-09-11"
    assert text.text == "Body here.\n"


def test_bom_and_crlf(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nOne.\r\nTwo.\r\n")
    text = read_article(article_at(file))
    assert text.front_matter == {"title": "T"}
    assert text.text == "One.\r\nTwo.\r\n"  # line endings untouched


def test_unclosed_front_matter_is_body(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("---\nNot front matter at all.\n", encoding="utf-8")
    text = read_article(article_at(file))
    assert text.front_matter == {} and text.text.startswith("---\n")


def test_bad_front_matter_warns_with_its_line(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    text = read_article(article_at(file))
    assert text.error is None and text.text == "Body.\n"
    assert text.warnings and text.warnings[0].path == file
    assert text.warnings[0].line == 3


def test_undecodable_bytes_name_the_line_and_column(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes("Ünïcode line\nsecond \xff line".encode("latin-1"))
    text = read_article(article_at(file))
    assert text.text == "" and text.error is not None
    assert (text.error.path, text.error.line, text.error.column) == (file, 1, 1)
    file.write_bytes(b"ok line\n\xc3\xa9t\xc3\xa9 \xff bad\n")
    error = read_article(article_at(file)).error
    assert error is not None and (error.line, error.column) == (2, 5)
    assert "0xff" in error.message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    missing = read_article(article_at(tmp_path / "nope.txt"))
    assert missing.text == "" and missing.error is not None and missing.error.is_error
    assert missing.sentences == []
    folder = read_article(article_at(tmp_path))
    assert folder.error is not None and "folder" in folder.error.message


def test_hostile_front_matter_is_not_constructed(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_text("---\ntitle: !!python/object/apply:os.system [x]\n---\nBody.\n")
    text = read_article(article_at(file))
    assert "title" not in text.front_matter or text.front_matter["title"] in (None, "")
    assert text.warnings and "tag" in text.warnings[0].message


def test_a_device_or_pipe_is_refused_not_read_forever(tmp_path: Path) -> None:
    endless = read_article(article_at(Path("/dev/zero")))
    assert endless.error is not None and "not a regular file" in endless.error.message
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert read_article(article_at(fifo)).error is not None
