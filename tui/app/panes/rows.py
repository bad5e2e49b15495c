"""The rows of the Events pane: year and month headings, then one row per event.

Pure data, no Textual: built once per timeline or filter change, in O(n), so that the
virtualized list only has to index into a list when it paints a line.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from itertools import compress
from operator import attrgetter, is_not
from typing import NamedTuple

from tui.model.dates import PartialDate, Precision
from tui.model.timeline import OPENING_MIN_DATED, Event, EventStatus, opening_rank


class RowKind(Enum):
    YEAR = "year"
    MONTH = "month"
    EVENT = "event"


class Row(NamedTuple):
    """One line of the Events pane (a NamedTuple: no methods compiled at start-up)."""

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
    if len(days) < OPENING_MIN_DATED:
        return events[0] if events else None
    start = days[opening_rank(len(days))]
    return next((e for e in events if (d := event_day(e)) is not None and d >= start), events[0])


def build_rows(events: list[Event]) -> list[Row]:
    """Headings and event rows for ``events``, which must already be in timeline order."""
    rows: list[Row] = []
    current_year: int | str | None = None
    current_month: tuple[int, int] | None = None
    # Per date object (events written with one date share it, see the loader): the label and
    # first day are made once per date, not once per event.
    dates: dict[int, tuple[str, dt.date]] = {}
    for event in events:
        date = event.date
        if date is None:
            if current_year != "undated":
                rows.append(Row(RowKind.YEAR, "Undated (by publication date)"))
                current_year = "undated"
                current_month = None
            rows.append(Row(RowKind.EVENT, row_date_label(event), event))
            continue
        known = dates.get(id(date))
        if known is None:
            known = dates[id(date)] = (date.label(), date.first_day)
        label, first = known
        if current_year != first.year:
            rows.append(Row(RowKind.YEAR, str(first.year)))
            current_year = first.year
            current_month = None
        if date.precision >= Precision.MONTH:
            month = (first.year, first.month)
            if month != current_month:
                rows.append(Row(RowKind.MONTH, f"{calendar.month_name[first.month]} {first.year}"))
                current_month = month
        elif current_month != (first.year, 0):
            # Right under its year's heading, "2022, whole year" would only repeat "2022".
            if rows[-1].kind is not RowKind.YEAR:
                rows.append(Row(RowKind.MONTH, f"{first.year}, whole year"))
            current_month = (first.year, 0)
        rows.append(Row(RowKind.EVENT, label, event))
    return rows


def rows_after_edit(
    rows: list[Row], old: Sequence[Event], new: Sequence[Event]
) -> list[Row] | None:
    """The rows of ``new`` made from ``rows`` (those of ``old``) without building them all
    again, when one write made the difference: events replaced by edited copies with the same
    id and date label (accept, status, title, tags, actors), or one event removed (reject).
    None when it is anything else: then :func:`build_rows` must run.

    A write on 20,000 events must not format 20,000 date labels again.
    """
    # Identity scans in C (map, list.index): a loop in Python over 20,000 events and rows
    # took about 10 ms of each key.
    row_ids = list(map(id, map(_event_of, rows)))
    if len(new) == len(old):
        differs = list(map(is_not, old, new))
        changed = list(compress(range(len(differs)), differs))
        for k in changed:
            before, after = old[k], new[k]
            if before.id != after.id or row_date_label(before) != row_date_label(after):
                return None
        if len(changed) > 64:  # many (an actor merge re-points them): one pass over the rows
            swapped = {id(old[k]): new[k] for k in changed}
            return [
                row._replace(event=swapped[id(row.event)]) if id(row.event) in swapped else row
                for row in rows
            ]
        result = list(rows)
        for k in changed:
            index = _index(row_ids, id(old[k]))
            if index is None:
                return None
            result[index] = rows[index]._replace(event=new[k])
        return result
    if len(new) != len(old) - 1:
        return None
    gone = first_difference(old, new)
    if any(map(is_not, old[gone + 1 :], new[gone:])):
        return None
    index = _index(row_ids, id(old[gone]))
    if index is None:
        return None
    result = rows[:index] + rows[index + 1 :]
    # A heading left with nothing under it goes too: the month, then the year.
    if index > 0 and result[index - 1].kind is RowKind.MONTH and _ends_group(result, index):
        del result[index - 1]
        index -= 1
    if index > 0 and result[index - 1].kind is RowKind.YEAR and _ends_year(result, index):
        del result[index - 1]
    return result


def _ends_group(rows: list[Row], index: int) -> bool:
    """Whether a month heading just before ``index`` has no event row after it."""
    return index == len(rows) or rows[index].kind is not RowKind.EVENT


def _ends_year(rows: list[Row], index: int) -> bool:
    """Whether a year heading just before ``index`` has nothing after it in its year."""
    return index == len(rows) or rows[index].kind is RowKind.YEAR


def list_changes(
    old: Sequence[Event], new: Sequence[Event], limit: int = 64
) -> tuple[list[Event], list[Event]] | None:
    """What one write changed between two event lists in the same order: (the events of
    ``old`` not in ``new``, those of ``new`` not in ``old``), by identity. None when they
    differ in more than ``limit`` places: then look at the lists whole.

    An event that moved (a new date) counts as one gone and one come, wherever it went.
    """
    shorter = min(len(old), len(new))
    start = first_difference(old, new)
    # How many events are the same at the end of both (not counting the first `start`).
    end = min(first_difference(old[::-1], new[::-1]), shorter - start)
    gone, came = old[start : len(old) - end], new[start : len(new) - end]
    if len(gone) == len(came) > 1:
        # One event moved: everything between its two places shifted by one.
        if not any(map(is_not, gone[1:], came[:-1])):
            gone, came = gone[:1], came[-1:]
        elif not any(map(is_not, gone[:-1], came[1:])):
            gone, came = gone[-1:], came[:1]
    if len(gone) > limit or len(came) > limit:
        return None
    gone_ids, came_ids = {id(e) for e in gone}, {id(e) for e in came}
    return [e for e in gone if id(e) not in came_ids], [e for e in came if id(e) not in gone_ids]


def first_difference(old: Sequence[object], new: Sequence[object]) -> int:
    """The first index at which ``old`` and ``new`` hold different objects (the shorter's
    length when they hold the same ones that far)."""
    differs = list(map(is_not, old, new))
    return differs.index(True) if True in differs else len(differs)


def _index(values: list[int], value: int) -> int | None:
    try:
        return values.index(value)
    except ValueError:
        return None


_event_of = attrgetter("event")


class RowIndex(Mapping[str, int]):
    """Each listed event's row, by id: a dict, kept through a reject (one event and the
    headings left empty gone) by a short log of shifts instead of being made again, which
    took about 6 ms of each reject on 20,000 events."""

    __slots__ = ("_rows", "_shifts")

    # Past this many shifts a lookup costs more than it saves: the index is made again.
    MAX_SHIFTS = 32

    def __init__(self, rows: Sequence[Row] = ()) -> None:
        self._rows = {row.event.id: index for index, row in enumerate(rows) if row.event}
        # (row, count): the rows after ``row`` (as the index stood then) moved up by count.
        self._shifts: list[tuple[int, int]] = []

    def removed(self, event_id: str, count: int) -> bool:
        """The event ``event_id`` left the list with ``count`` rows (its own and the headings
        it leaves empty, just above it); False, changing nothing, when the index should be
        made again instead."""
        if len(self._shifts) >= self.MAX_SHIFTS or event_id not in self._rows:
            return False
        at = self[event_id]
        del self._rows[event_id]
        self._shifts.append((at, count))
        return True

    def __getitem__(self, event_id: str) -> int:
        index = self._rows[event_id]
        for at, count in self._shifts:
            if index > at:
                index -= count
        return index

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)
