"""The rows of the Events pane: year and month headings, then one row per event.

Pure data, no Textual: built once per timeline or filter change, in O(n), so that the
virtualized list only has to index into a list when it paints a line.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import Enum

from tui.model.dates import PartialDate, Precision
from tui.model.timeline import Event, EventStatus


class RowKind(Enum):
    YEAR = "year"
    MONTH = "month"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the Events pane."""

    kind: RowKind
    label: str
    event: Event | None = None


# The timeline view's markers (timeline.lanes.MARKERS), so that a mark means one thing everywhere;
# occurred events, the usual case, go unmarked in the list.
STATUS_MARK = {EventStatus.OCCURRED: " ", EventStatus.PLANNED: "○", EventStatus.EXPECTED: "◇"}


def event_day(event: Event) -> dt.date | None:
    """The day an event is placed at on the ruler: its first day, or its publication date."""
    if event.date is not None:
        return event.date.first_day
    return event.fallback_date


def row_date_label(event: Event) -> str:
    """The date column: the date at its precision, or ``pub Sun 10 Sep 2023`` when undated."""
    if event.date is not None:
        return event.date.label()
    if event.fallback_date is not None:
        return "pub " + PartialDate.from_date(event.fallback_date).label()
    return "undated"


def opening_event(events: list[Event]) -> Event | None:
    """The event a list opens on: the first within the central 95 % of the dates (with 40
    events or more), so that one event dated 1701 does not greet a 1989-2006 story."""
    days = sorted(day for event in events if (day := event_day(event)) is not None)
    if len(days) < 40:
        return events[0] if events else None
    start = days[int(len(days) * 0.025)]
    return next((e for e in events if (d := event_day(e)) is not None and d >= start), events[0])


def build_rows(events: list[Event]) -> list[Row]:
    """Headings and event rows for ``events``, which must already be in timeline order."""
    rows: list[Row] = []
    current_year: int | str | None = None
    current_month: tuple[int, int] | None = None
    for event in events:
        if event.date is None:
            if current_year != "undated":
                rows.append(Row(RowKind.YEAR, "Undated (by publication date)"))
                current_year = "undated"
                current_month = None
            rows.append(Row(RowKind.EVENT, row_date_label(event), event))
            continue
        first = event.date.first_day
        if current_year != first.year:
            rows.append(Row(RowKind.YEAR, str(first.year)))
            current_year = first.year
            current_month = None
        if event.date.precision >= Precision.MONTH:
            month = (first.year, first.month)
            if month != current_month:
                rows.append(Row(RowKind.MONTH, f"{calendar.month_name[first.month]} {first.year}"))
                current_month = month
        elif current_month != (first.year, 0):
            # Right under its year's heading, "2022, whole year" would only repeat "2022".
            if rows[-1].kind is not RowKind.YEAR:
                rows.append(Row(RowKind.MONTH, f"{first.year}, whole year"))
            current_month = (first.year, 0)
        rows.append(Row(RowKind.EVENT, row_date_label(event), event))
    return rows
