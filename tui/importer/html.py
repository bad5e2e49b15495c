"""Saved web pages: main text and metadata by trafilatura, the date by htmldate when needed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.importer.dates import publication_day
from tui.importer.records import ImportProblem, Incoming, SourceResult
from tui.importer.text import clean_body

# Less text than this is a menu or a link that trafilatura kept, not an article.
MIN_TEXT = 40


def read_html(file: Path, data: bytes, *, now: dt.datetime) -> SourceResult:
    """One article from a saved page, or a problem saying why there is none."""
    result = SourceResult(file)
    import trafilatura  # about 2 s to import: only when a page is imported

    try:
        document = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura and lxml raise many kinds on broken pages
        document = None
        reason = f"{type(error).__name__}: {error}"
    else:
        reason = ""
    text = clean_body(getattr(document, "text", None) or "") if document is not None else ""
    if len(text.strip()) < MIN_TEXT:
        result.problems.append(
            ImportProblem(
                file,
                "no article text found in the page" + (f" ({reason})" if reason else ""),
                "save the article's own page (not an index or a login page) as HTML",
            )
        )
        return result
    title = " ".join(str(getattr(document, "title", "") or "").split())
    byline = " ".join(str(getattr(document, "author", "") or "").split())
    text = _without_heading(text, title, byline)
    language = str(getattr(document, "language", "") or "")
    published, problem = publication_day(
        getattr(document, "date", None), now=now, language=language
    )
    if published is None:
        published = _htmldate(data, now, language)
    article = Incoming(
        title=title,
        text=text,
        origin=str(file),
        published=published,
        byline=byline,
        source=" ".join(str(getattr(document, "sitename", "") or "").split())
        or str(getattr(document, "hostname", "") or ""),
        url=str(getattr(document, "url", "") or ""),
        language=language,
    )
    if problem and published is None:
        article.extra["date_problem"] = problem
    result.articles.append(article)
    return result


def _htmldate(data: bytes, now: dt.datetime, language: str) -> dt.date | None:
    """The page's original publication date by htmldate's deeper search (body, url, scripts)."""
    from htmldate import find_date

    try:
        found = find_date(data, extensive_search=True, original_date=True, max_date=now.date())
    except Exception:  # htmldate gives up on some broken pages by raising
        return None
    day, _ = publication_day(found, now=now, language=language)
    return day


def _without_heading(text: str, title: str, byline: str) -> str:
    """The body without the headline and byline lines trafilatura keeps at its top."""
    lines = text.split("\n")
    while (
        lines
        and lines[0].strip()
        and (
            lines[0].strip() == title
            or (byline and lines[0].strip().lower() in (byline.lower(), f"by {byline.lower()}"))
        )
    ):
        lines.pop(0)
    return "\n".join(lines).strip("\n")
