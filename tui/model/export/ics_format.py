"""iCalendar (RFC 5545): an all-day calendar event per dated event."""

from __future__ import annotations

import datetime as dt
import re

from tui.model.export.base import (
    PRECISION_NAMES,
    Exporter,
    ExportOptions,
    Row,
    article_label,
    clean,
    one_line,
    publication,
    rows,
    status_note,
)
from tui.model.timeline import Article, Event, EventStatus, Timeline


def to_ics(timeline: Timeline, stamp: dt.datetime, title: str = "") -> str:
    """An iCalendar (RFC 5545) file with an all-day event per dated event.

    A day is one day; a month or a year covers all its days (``DTEND`` is exclusive, as the
    RFC has it); the precision shows in the description. Planned and expected events are
    ``TENTATIVE``. Undated events have no place in a calendar and are left out. ``stamp`` is
    the ``DTSTAMP`` of every event (the timeline file's modification time keeps exports
    reproducible).
    """
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    articles = timeline.article_by_id
    calendar = Calendar()
    calendar.add("prodid", "-//newsline//newsline timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if title:
        calendar.add("x-wr-calname", one_line(title))
    stamp = stamp.astimezone(dt.UTC).replace(microsecond=0)
    domain = _uid_domain(timeline)
    for row in rows(timeline):
        event, date = row.event, row.date
        if date is None:
            continue
        entry = CalendarEvent()
        entry.add("uid", f"{one_line(event.id)}@{domain}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", date.first_day)
        entry.add("dtend", date.last_day + dt.timedelta(days=1))
        entry.add("summary", one_line(event.title))
        entry.add("description", _ics_description(row, articles))
        entry.add("status", "CONFIRMED" if event.status is EventStatus.OCCURRED else "TENTATIVE")
        if event.tags:
            entry.add("categories", [one_line(tag) for tag in event.tags])
        urls = [
            articles[s.article].url
            for s in event.sources
            if s.article in articles and articles[s.article].url.startswith(("http://", "https://"))
        ]
        if urls:
            entry.add("url", one_line(urls[0]))
        calendar.add_component(entry)
    return calendar.to_ical().decode("utf-8")


def _uid_domain(timeline: Timeline) -> str:
    name = re.sub(r"[^a-z0-9-]+", "-", timeline.folder.resolve().name.lower()).strip("-")
    return f"{name or 'timeline'}.newsline"


def _ics_description(row: Row, articles: dict[str, Article]) -> str:
    event, date = row.event, row.date
    assert date is not None
    parts = [f"When: {event.date_label()} ({PRECISION_NAMES[date.precision]} precision)"]
    status = status_note(event)
    if status:
        parts.append(f"Status: {status}")
    if event.date_text:
        parts.append(f"Dated by: “{one_line(event.date_text)}”")
    if row.actor_names:
        parts.append("Actors: " + ", ".join(one_line(name) for name in row.actor_names))
    for source in event.sources:
        article = articles.get(source.article)
        cite = one_line(article_label(article, source.article))
        published = publication(article)
        parts.append(f"“{one_line(source.quote)}” ({cite}{', ' + published if published else ''})")
    if event.notes:
        parts.append(clean(event.notes))
    return "\n".join(parts)


def _undated(timeline: Timeline) -> list[Event]:
    """A calendar has no place for an undated event."""
    return [event for event in timeline.events if event.date is None]


def _render(timeline: Timeline, options: ExportOptions) -> str:
    return to_ics(timeline, options.stamp or dt.datetime.now(dt.UTC), options.title)


EXPORTER = Exporter(
    name="ics",
    summary="an iCalendar file of the dated events",
    suffixes=(".ics", ".ical", ".ifb"),
    render=_render,
    left_out=_undated,
)
