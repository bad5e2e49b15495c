"""TimelineJS3 JSON: one slide per event, for the TimelineJS web viewer."""

from __future__ import annotations

import hashlib
import html
import json
import re

from tui.model.dates import PartialDate
from tui.model.diagnostics import count
from tui.model.export.base import (
    Exporter,
    Row,
    article_label,
    clean,
    escape_json_extras,
    one_line,
    rows,
    status_note,
)
from tui.model.timeline import Article, Event, Timeline


def to_timelinejs(timeline: Timeline, title: str = "") -> str:
    """TimelineJS3 JSON: one slide per event, dates at their own precision.

    A month-only date has no ``day``, a year-only date neither ``month`` nor ``day``; ranges
    get an ``end_date``. Headlines and texts are HTML in TimelineJS, so everything from the
    timeline is HTML-escaped. Undated events sit at their source's publication date and say
    so in ``display_date``; one without even that is left out. Slides are grouped by their
    first actor.
    """
    articles = timeline.article_by_id
    slides: list[dict[str, object]] = []
    for row in rows(timeline):
        slide = _slide(row, articles)
        if slide is not None:
            slides.append(slide)
    headline = title or "Timeline"
    intro = f"{count(len(slides), 'event')} from {count(len(timeline.articles), 'article')}"
    document: dict[str, object] = {
        "title": {"text": {"headline": _html(headline), "text": f"<p>{_html(intro)}</p>"}},
        "events": slides,
    }
    return escape_json_extras(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _html(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _tl_date(date: PartialDate, label: str = "") -> dict[str, object]:
    out: dict[str, object] = {"year": date.year}
    if date.month is not None:
        out["month"] = date.month
    if date.day is not None:
        out["day"] = date.day
    if label:
        out["display_date"] = label
    return out


def _slide(row: Row, articles: dict[str, Article]) -> dict[str, object] | None:
    event, date = row.event, row.date
    if date is not None:
        start, end = date.start, date.end
        display = event.date_label()
    elif row.first_day is not None:
        start, end = PartialDate.from_date(row.first_day), None
        display = event.date_label()
    else:
        return None
    paragraphs: list[str] = []
    status = status_note(event)
    if status:
        paragraphs.append(f"<p><em>{_html(status.capitalize())}</em></p>")
    if row.actor_names:
        paragraphs.append(f"<p>{_html(', '.join(row.actor_names))}</p>")
    for source in event.sources:
        article = articles.get(source.article)
        cite = _html(article_label(article, source.article))
        if article is not None and article.url.startswith(("http://", "https://")):
            cite = f'<a href="{_html(article.url)}">{cite}</a>'
        paragraphs.append(
            f"<blockquote>{_html(one_line(source.quote))}</blockquote><p>— {cite}</p>"
        )
    if event.notes:
        paragraphs.append(f"<p>{_html(event.notes)}</p>")
    slide: dict[str, object] = {
        "unique_id": _dom_id(event.id),
        "start_date": _tl_date(start),
        "display_date": _html(display),
        "text": {"headline": _html(event.title), "text": "".join(paragraphs)},
    }
    if end is not None:
        slide["end_date"] = _tl_date(end)
    if row.actor_names:
        slide["group"] = _html(row.actor_names[0])
    return slide


def _dom_id(event_id: str) -> str:
    """TimelineJS uses ``unique_id`` as an HTML id and in the URL hash: keep it to safe
    characters, and make it differ from other ids by a hash of the original."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", event_id).strip("-") or "event"
    if safe == event_id:
        return safe
    return f"{safe}-{hashlib.sha1(event_id.encode('utf-8')).hexdigest()[:8]}"


def _no_date_at_all(timeline: Timeline) -> list[Event]:
    """Undated events sit at their source's publication date; without one they are left out."""
    return [e for e in timeline.events if e.date is None and e.fallback_date is None]


EXPORTER = Exporter(
    name="timelinejs",
    summary="TimelineJS3 JSON",
    # Not plain .json: that is the json format's.
    suffixes=(".timelinejs.json",),
    render=lambda timeline, options: to_timelinejs(timeline, options.title),
    left_out=_no_date_at_all,
)
