"""What every export format shares: the options, the exporter record, rows, text cleaning.

Every renderer takes a loaded :class:`~tui.model.timeline.Timeline` and returns text; none of
them writes anywhere. Text from the user's files is data in every form: it is escaped for
the syntax it lands in (HTML in TimelineJS, Markdown inline syntax, iCalendar escapes, CSV
formula prefixes), and control characters never pass through to a terminal or a spreadsheet.
Output is deterministic: the same timeline exports to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.model.dates import EventDate, PartialDate, Precision
from tui.model.timeline import Article, Event, EventStatus, Timeline

PRECISION_NAMES = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day"}
_STATUS_MARKS = {EventStatus.PLANNED: "planned", EventStatus.EXPECTED: "expected"}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What the user chose besides the format: a title, the time stamped into calendars, and
    for key-dates how many dates and sentences per date."""

    title: str = ""
    stamp: dt.datetime | None = None
    dates: int | None = None
    per_date: int = 1


def nothing_left_out(timeline: Timeline) -> list[Event]:
    """For formats that carry every event, dated or not."""
    return []


@dataclass(frozen=True, slots=True)
class Exporter:
    """One export format, as the registry in :mod:`tui.model.export` lists it.

    ``name`` is what ``--format`` takes, ``suffixes`` the file names that choose it
    (``-o events.csv``), ``summary`` its line in ``--help``; ``left_out`` names the events the
    format cannot place (a calendar needs a date).
    """

    name: str
    summary: str
    suffixes: tuple[str, ...]
    render: Callable[[Timeline, ExportOptions], str]
    left_out: Callable[[Timeline], list[Event]] = nothing_left_out


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


@dataclass(frozen=True, slots=True)
class Row:
    """One event with what the formats need resolved: dates, actor names, article titles."""

    event: Event
    date: EventDate | None  # the event's date, or None when undated
    first_day: dt.date | None  # for undated events: the publication date they sort by
    last_day: dt.date | None
    actor_names: tuple[str, ...]


def rows(timeline: Timeline) -> list[Row]:
    """The timeline's events in time order, with what every format needs resolved."""
    actors = timeline.actor_by_id
    out: list[Row] = []
    for event in timeline.events_in_order():
        names = tuple(actors[a].name if a in actors else a for a in event.actors)
        if event.date is not None:
            first, last = event.date.first_day, event.date.last_day
        else:
            first = last = event.fallback_date
        out.append(Row(event, event.date, first, last, names))
    return out


def article_label(article: Article | None, article_id: str) -> str:
    """How a source's article is named: its title, else its path, else the id cited."""
    if article is None:
        return article_id
    return article.title or article.path or article.id


def publication(article: Article | None) -> str:
    """The article's publication day as a label (``Mon 11 Sep 2023``), or ``""``."""
    if article is None or article.published is None:
        return ""
    return PartialDate.from_date(article.published).label()


def status_note(event: Event) -> str:
    """``planned`` or ``expected`` for events that have not happened yet, else ``""``."""
    return _STATUS_MARKS.get(event.status, "")


def escape_json_extras(text: str) -> str:
    """JSON text with C1 controls and bidi overrides escaped too (``json`` leaves them raw)."""
    return _ESCAPE_JSON_EXTRAS.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


_ESCAPE_JSON_EXTRAS = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
