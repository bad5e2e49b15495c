"""Plain text and Markdown articles, with or without front matter (the ../shared/tls layout)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tui.importer.dates import date_in_first_lines, date_in_name, publication_day
from tui.importer.records import ImportProblem, Incoming, SourceResult
from tui.model.articles import split_front_matter
from tui.model.language import normalise_language

_KNOWN = frozenset(("title", "published", "byline", "author", "source", "url", "language"))


def read_plain(file: Path, data: bytes, *, now: dt.datetime) -> SourceResult:
    """One article: front matter kept, else the title from the first line and the date from
    the file name or the first lines."""
    result = SourceResult(file)
    text = result.decoded(data)
    if text is None:
        return result
    front, body, _warnings = split_front_matter(text, file)
    if not body.strip():
        result.problems.append(ImportProblem(file, "the file has no text", "", 0))
        return result
    language = normalise_language(front.get("language")) or ""
    published, why = publication_day(front.get("published"), now=now, language=language)
    if why:
        result.problems.append(
            ImportProblem(
                file,
                f"front matter `published`: {why}",
                "write published: YYYY-MM-DD",
                _line_of(text, "published"),
            )
        )
        return result
    if published is None:
        published = date_in_name(file.name) or date_in_first_lines(body, now=now, language=language)
    title = _scalar(front.get("title")) or first_line(body)
    result.articles.append(
        Incoming(
            title=title,
            text=body.replace("\r\n", "\n").strip("\n"),
            origin=str(file),
            published=published,
            byline=_scalar(front.get("byline") or front.get("author")),
            source=_scalar(front.get("source")),
            url=_scalar(front.get("url")),
            language=language,
            extra={k: v for k, v in front.items() if k not in _KNOWN and k != "id"},
        )
    )
    return result


def _scalar(value: object) -> str:
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^{key}\s*:", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def first_line(text: str) -> str:
    """The first line that is not a byline or a date, cut near 80 characters at a word."""
    for line in text.splitlines():
        line = " ".join(line.split()).lstrip("# ")
        if not line or re.match(r"(?i)^by\s+\w", line) or not any(c.isalpha() for c in line):
            continue
        return line if len(line) <= 80 else line[:79].rsplit(" ", 1)[0] + "\u2026"
    return ""
