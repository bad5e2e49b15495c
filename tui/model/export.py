"""The timeline in common forms: JSON, CSV, Markdown, TimelineJS3 JSON and iCalendar.

Every renderer takes a loaded :class:`~tui.model.timeline.Timeline` and returns text; none of
them writes anywhere. Text from the user's files is data in every form: it is escaped for
the syntax it lands in (HTML in TimelineJS, Markdown inline syntax, iCalendar escapes, CSV
formula prefixes), and control characters never pass through to a terminal or a spreadsheet.
Output is deterministic: the same timeline exports to the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tui.model.dates import EventDate, PartialDate, Precision, Qualifier
from tui.model.diagnostics import count
from tui.model.timeline import Article, Event, EventStatus, Source, Timeline

FORMATS = ("json", "csv", "markdown", "timelinejs", "ics")
# What a file name's suffix says about the format it wants.
SUFFIX_FORMATS = {
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".ics": "ics",
    ".ical": "ics",
    ".ifb": "ics",
}

_PRECISION_NAMES = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day"}
_QUALIFIER_NAMES = {
    Qualifier.NONE: "",
    Qualifier.UNCERTAIN: "uncertain",
    Qualifier.APPROXIMATE: "approximate",
}
_STATUS_MARKS = {EventStatus.PLANNED: "planned", EventStatus.EXPECTED: "expected"}

# C0 and C1 controls and DEL, except tab and newline, which every format here can carry.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Characters that reorder or break lines in a viewer, invisible in the text itself.
_INVISIBLE = re.compile("[\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` with control characters shown as ``\\x1b`` and bidi controls as ``\\u202e``.

    Tabs and newlines stay; everything else that a terminal or a viewer would act on
    instead of showing becomes visible text.
    """
    text = _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)
    return _INVISIBLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def one_line(text: str) -> str:
    """``text`` cleaned, with runs of whitespace (line breaks too) folded to one space."""
    return " ".join(clean(text).split())


# --- what every format shares -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Row:
    """One event with what the formats need resolved: dates, actor names, article titles."""

    event: Event
    date: EventDate | None  # the event's date, or None when undated
    first_day: dt.date | None  # for undated events: the publication date they sort by
    last_day: dt.date | None
    actor_names: tuple[str, ...]


def _rows(timeline: Timeline) -> list[_Row]:
    actors = timeline.actor_by_id
    rows: list[_Row] = []
    for event in timeline.events_in_order():
        names = tuple(actors[a].name if a in actors else a for a in event.actors)
        if event.date is not None:
            first, last = event.date.first_day, event.date.last_day
        else:
            first = last = event.fallback_date
        rows.append(_Row(event, event.date, first, last, names))
    return rows


def _article_label(article: Article | None, article_id: str) -> str:
    if article is None:
        return article_id
    return article.title or article.path or article.id


def _publication(article: Article | None) -> str:
    if article is None or article.published is None:
        return ""
    return PartialDate.from_date(article.published).label()


def _status_note(event: Event) -> str:
    return _STATUS_MARKS.get(event.status, "")


# --- JSON ---------------------------------------------------------------------------------


def to_json(timeline: Timeline) -> str:
    """Everything in the timeline as one JSON document, events in time order.

    Dates keep their precision: ``date`` is the EDTF text as written, ``start``/``end`` the
    first and last day it covers, ``precision`` year, month or day. Resolved sources carry
    their character span and sentence index in the article.
    """
    articles = [
        {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "byline": article.byline,
            "source": article.source,
            "url": article.url,
        }
        for article in timeline.articles
    ]
    actors = [
        {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "aliases": list(actor.aliases),
            "description": actor.description,
        }
        for actor in timeline.actors
    ]
    events = [_event_json(row) for row in _rows(timeline)]
    document = {
        "version": timeline.version,
        "articles": articles,
        "actors": actors,
        "events": events,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # json escapes C0 controls itself; C1 controls and bidi overrides it leaves raw.
    return _escape_json_extras(text) + "\n"


def _escape_json_extras(text: str) -> str:
    pattern = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
    return pattern.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _event_json(row: _Row) -> dict[str, object]:
    event, date = row.event, row.date
    return {
        "id": event.id,
        "date": date.edtf() if date else None,
        "start": row.first_day.isoformat() if date and row.first_day else None,
        "end": row.last_day.isoformat() if date and row.last_day else None,
        "precision": _PRECISION_NAMES[date.precision] if date else None,
        "qualifier": _QUALIFIER_NAMES[date.qualifier] if date else "",
        "label": event.date_label(),
        "undated": date is None,
        "date_text": event.date_text,
        "status": event.status.value,
        "title": event.title,
        "actors": list(event.actors),
        "sources": [_source_json(source) for source in event.sources],
        "tags": list(event.tags),
        "notes": event.notes,
    }


def _source_json(source: Source) -> dict[str, object]:
    out: dict[str, object] = {"article": source.article, "quote": source.quote}
    anchor = source.anchor
    if anchor is not None:
        out |= {
            "start": anchor.start,
            "end": anchor.end,
            "sentence": anchor.sentence,
            "match": anchor.match.value,
        }
    return out


# --- CSV ----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "label",
    "date_text",
    "status",
    "title",
    "actors",
    "actor_ids",
    "tags",
    "sources",
    "articles",
    "quotes",
    "notes",
)
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(timeline: Timeline) -> str:
    """One row per event, in time order, for a spreadsheet.

    Starts with a UTF-8 byte-order mark and uses CRLF line ends, which is what spreadsheet
    programs look for; several actors, tags or quotes share one cell, one per line.
    """
    articles = timeline.article_by_id
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in _rows(timeline):
        event, date = row.event, row.date
        writer.writerow(
            [
                _cell(event.id),
                date.edtf() if date else "",
                row.first_day.isoformat() if date and row.first_day else "",
                row.last_day.isoformat() if date and row.last_day else "",
                _PRECISION_NAMES[date.precision] if date else "",
                _cell(event.date_label()),
                _cell(event.date_text),
                event.status.value,
                _cell(event.title),
                _cell("\n".join(row.actor_names)),
                _cell("\n".join(event.actors)),
                _cell("\n".join(event.tags)),
                len(event.sources),
                _cell(
                    "\n".join(
                        _article_label(articles.get(s.article), s.article) for s in event.sources
                    )
                ),
                _cell("\n".join(one_line(source.quote) for source in event.sources)),
                _cell(event.notes),
            ]
        )
    return out.getvalue()


# --- Markdown -----------------------------------------------------------------------------

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# What makes a line a heading, quote, list item or setext underline when it starts one.
_MD_LINE_START = re.compile(r"^([#>+\-=])|^(\d+)([.)])")


def md(text: str) -> str:
    """``text`` on one line with Markdown and HTML syntax escaped, so it reads as written."""
    text = _MD_INLINE.sub(r"\\\1", one_line(text))
    # Only punctuation takes a backslash: `1. x` becomes `1\. x`, not `\1. x`.
    return _MD_LINE_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text
    )


def to_markdown(timeline: Timeline, title: str = "") -> str:
    """A dated chronology: year and month headings, each event with its quoted sources.

    Undated events follow under their own heading, by publication date; the articles are
    listed at the end.
    """
    articles = timeline.article_by_id
    rows = _rows(timeline)
    lines = [f"# {md(title) if title else 'Timeline'}", ""]
    dated = sum(1 for row in rows if row.date is not None)
    lines += [
        f"{count(len(rows), 'event')} ({dated} dated) from "
        f"{count(len(timeline.articles), 'article')}, {count(len(timeline.actors), 'actor')}.",
        "",
    ]
    year_heading = month_heading = ""
    for row in rows:
        date = row.date
        if date is None:
            if year_heading != "Undated":
                year_heading, month_heading = "Undated", ""
                lines += ["## Undated", "", "Sorted by the publication date of their source.", ""]
        else:
            year = str(date.first_day.year)
            if year != year_heading:
                year_heading, month_heading = year, ""
                lines += [f"## {year}", ""]
            month = (
                f"{date.first_day:%B} {date.first_day.year}"
                if date.start.precision >= Precision.MONTH
                else ""
            )
            if month and month != month_heading:
                month_heading = month
                lines += [f"### {month}", ""]
        lines += _markdown_event(row, articles)
    if timeline.articles:
        lines += ["## Articles", ""]
        for article in timeline.articles:
            name = md(article.title or article.id)
            if article.url and re.match(r"https?://\S+$", article.url):
                name = f"[{name}](<{article.url.replace('>', '%3E')}>)"
            details = [
                md(part) for part in (article.byline, article.source, _publication(article)) if part
            ]
            details.append(f"`{article.path.replace('`', '')}`")
            lines.append(f"- **{name}**: {', '.join(details)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_event(row: _Row, articles: dict[str, Article]) -> list[str]:
    event = row.event
    label = md(event.date_label())
    status = _status_note(event)
    head = f"- **{label}**: {md(event.title)}"
    if status:
        head += f" *({status})*"
    lines = [head]
    details: list[str] = []
    if row.actor_names:
        details.append("actors: " + ", ".join(md(name) for name in row.actor_names))
    if event.tags:
        details.append("tags: " + ", ".join(md(tag) for tag in event.tags))
    if event.date_text:
        details.append(f"dated by “{md(event.date_text)}”")
    if details:
        lines.append("  " + "; ".join(details) + "  ")
    lines[-1] = lines[-1].rstrip()
    for source in event.sources:
        article = articles.get(source.article)
        where = md(_article_label(article, source.article))
        published = _publication(article)
        cite = f"*{where}*" + (f", {published}" if published else "")
        lines += ["", f"  > {md(source.quote)}", "  >", f"  > — {cite}"]
    if event.notes:
        lines += ["", f"  Note: {md(event.notes)}"]
    lines.append("")
    return lines


# --- TimelineJS3 --------------------------------------------------------------------------


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
    for row in _rows(timeline):
        slide = _slide(row, articles)
        if slide is not None:
            slides.append(slide)
    headline = title or "Timeline"
    intro = f"{count(len(slides), 'event')} from {count(len(timeline.articles), 'article')}"
    document: dict[str, object] = {
        "title": {"text": {"headline": _html(headline), "text": f"<p>{_html(intro)}</p>"}},
        "events": slides,
    }
    return _escape_json_extras(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


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


def _slide(row: _Row, articles: dict[str, Article]) -> dict[str, object] | None:
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
    status = _status_note(event)
    if status:
        paragraphs.append(f"<p><em>{_html(status.capitalize())}</em></p>")
    if row.actor_names:
        paragraphs.append(f"<p>{_html(', '.join(row.actor_names))}</p>")
    for source in event.sources:
        article = articles.get(source.article)
        cite = _html(_article_label(article, source.article))
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


# --- iCalendar ----------------------------------------------------------------------------


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
    for row in _rows(timeline):
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


def _ics_description(row: _Row, articles: dict[str, Article]) -> str:
    event, date = row.event, row.date
    assert date is not None
    parts = [f"When: {event.date_label()} ({_PRECISION_NAMES[date.precision]} precision)"]
    status = _status_note(event)
    if status:
        parts.append(f"Status: {status}")
    if event.date_text:
        parts.append(f"Dated by: “{one_line(event.date_text)}”")
    if row.actor_names:
        parts.append("Actors: " + ", ".join(one_line(name) for name in row.actor_names))
    for source in event.sources:
        article = articles.get(source.article)
        cite = one_line(_article_label(article, source.article))
        published = _publication(article)
        parts.append(f"“{one_line(source.quote)}” ({cite}{', ' + published if published else ''})")
    if event.notes:
        parts.append(clean(event.notes))
    return "\n".join(parts)


# --- dispatch -----------------------------------------------------------------------------


def render(
    timeline: Timeline, fmt: str, *, title: str = "", stamp: dt.datetime | None = None
) -> str:
    """The timeline in format ``fmt`` (one of :data:`FORMATS`)."""
    renderers: dict[str, Callable[[], str]] = {
        "json": lambda: to_json(timeline),
        "csv": lambda: to_csv(timeline),
        "markdown": lambda: to_markdown(timeline, title),
        "timelinejs": lambda: to_timelinejs(timeline, title),
        "ics": lambda: to_ics(timeline, stamp or dt.datetime.now(dt.UTC), title),
    }
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return renderers[fmt]()


def left_out(timeline: Timeline, fmt: str) -> list[Event]:
    """The events format ``fmt`` cannot place on a date (and so leaves out)."""
    events: Iterable[Event] = timeline.events
    if fmt == "ics":
        return [event for event in events if event.date is None]
    if fmt == "timelinejs":
        return [e for e in events if e.date is None and e.fallback_date is None]
    return []
