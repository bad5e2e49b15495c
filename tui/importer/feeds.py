"""RSS and Atom feeds (feedparser): one article per entry, its full content or its summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.importer.dates import publication_day
from tui.importer.records import ImportProblem, Incoming, SourceResult
from tui.importer.text import html_to_text


def read_feed(file: Path, data: bytes, *, now: dt.datetime) -> SourceResult:
    """Every entry of the feed in ``data``; a problem for a file that is no feed, and for each
    entry that has no text."""
    import feedparser  # only when a feed is imported

    result = SourceResult(file)
    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        error = parsed.get("bozo_exception")
        line = column = 0
        if error is not None and hasattr(error, "getLineNumber"):
            line, column = error.getLineNumber(), error.getColumnNumber() + 1
        if parsed.get("version"):
            message = "the feed has no entries"
        elif error is not None:
            message = f"not an RSS or Atom feed: {_reason(error)}"
        else:
            message = "not an RSS or Atom feed"
        result.problems.append(
            ImportProblem(
                file, message, "import a saved RSS or Atom file (.xml, .rss, .atom)", line, column
            )
        )
        return result
    channel = parsed.get("feed") or {}
    outlet = " ".join(str(channel.get("title") or "").split())
    feed_language = str(channel.get("language") or "")
    for number, entry in enumerate(entries, start=1):
        title = " ".join(str(entry.get("title") or "").split())
        where = f"entry {number}" + (f" ({title[:40]!r})" if title else "")
        content = [c for c in entry.get("content") or [] if str(c.get("value") or "").strip()]
        is_summary = not content
        raw = content[0].get("value") if content else entry.get("summary") or ""
        text = html_to_text(str(raw))
        if not text.strip():
            result.problems.append(
                ImportProblem(file, "the entry has no content and no summary", "", entry=where)
            )
            continue
        language = str(entry.get("language") or feed_language or "")
        published = None
        for key in ("published", "updated", "created"):
            published, _ = publication_day(entry.get(key), now=now, language=language)
            if published is not None:
                break
        if published is None:
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            if stamp is not None:
                published = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        result.articles.append(
            Incoming(
                title=title,
                text=text,
                origin=f"{file} {where}",
                published=published,
                byline=_author(entry),
                source=outlet,
                url=str(entry.get("link") or ""),
                language=language,
                is_summary=is_summary,
            )
        )
    return result


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:120]


def _author(entry: dict) -> str:  # type: ignore[type-arg]
    """The entry's author by name: RSS 2.0 writes ``desk@example.com (Tom Lee)``."""
    detail = entry.get("author_detail") or {}
    name = detail.get("name") if hasattr(detail, "get") else None
    return " ".join(str(name or entry.get("author") or "").split())
