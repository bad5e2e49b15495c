"""The timeline's time axis, free of Textual: calendar units, zoom levels, views and ticks.

A *zoom level* is a calendar unit (day, week, month, quarter, year) drawn ``cells_per_unit``
terminal cells wide. Every date maps to an absolute unit number (days since 0001-01-01, weeks
counted from the Monday 0001-01-01, months and quarters since year 0, years), so a view is
just ``(zoom level, first visible unit, width)`` and panning is integer arithmetic.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from tui.app.timeline.span import robust_span as robust_span
from tui.model.dates import MONTH_ABBR


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


def unit_index(unit: Unit, day: dt.date) -> int:
    """The absolute number of the ``unit`` that contains ``day``."""
    if unit is Unit.DAY:
        return day.toordinal()
    if unit is Unit.WEEK:
        # Ordinal 1 (0001-01-01) is a Monday, so weeks run Monday to Sunday.
        return (day.toordinal() - 1) // 7
    if unit is Unit.MONTH:
        return day.year * 12 + day.month - 1
    if unit is Unit.QUARTER:
        return day.year * 4 + (day.month - 1) // 3
    return day.year


def unit_start(unit: Unit, index: int) -> dt.date:
    """The first day of unit number ``index`` (clamped to the calendar's range)."""
    if unit is Unit.DAY:
        return dt.date.fromordinal(max(1, min(index, dt.date.max.toordinal())))
    if unit is Unit.WEEK:
        return dt.date.fromordinal(max(1, min(index * 7 + 1, dt.date.max.toordinal())))
    if unit is Unit.MONTH:
        year, month0 = divmod(index, 12)
        return dt.date(max(1, min(year, 9999)), month0 + 1, 1)
    if unit is Unit.QUARTER:
        year, quarter0 = divmod(index, 4)
        return dt.date(max(1, min(year, 9999)), quarter0 * 3 + 1, 1)
    return dt.date(max(1, min(index, 9999)), 1, 1)


def unit_end(unit: Unit, index: int) -> dt.date:
    """The last day of unit number ``index``."""
    following = unit_start(unit, index + 1)
    if following == unit_start(unit, index):  # clamped at the end of the calendar
        return dt.date.max
    return following - dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ZoomLevel:
    unit: Unit
    cells_per_unit: int

    @property
    def name(self) -> str:
        """``days``, ``weeks``, ...: what the header calls this scale."""
        return f"{self.unit.value}s"

    def describe(self) -> str:
        """``days ×4`` (four cells a day) or ``months``."""
        if self.cells_per_unit == 1:
            return self.name
        return f"{self.name} ×{self.cells_per_unit}"


# Finest first. Wider cells at the fine end give short timelines room for tick labels. No
# step is much more than twice the next, so the fitted scale uses most of the width: half a
# year of news would otherwise jump from days (too wide) to a third of the screen.
ZOOM_LEVELS: tuple[ZoomLevel, ...] = (
    ZoomLevel(Unit.DAY, 4),
    ZoomLevel(Unit.DAY, 2),
    ZoomLevel(Unit.DAY, 1),
    ZoomLevel(Unit.WEEK, 5),
    ZoomLevel(Unit.WEEK, 4),
    ZoomLevel(Unit.WEEK, 3),
    ZoomLevel(Unit.WEEK, 2),
    ZoomLevel(Unit.WEEK, 1),
    ZoomLevel(Unit.MONTH, 3),
    ZoomLevel(Unit.MONTH, 2),
    ZoomLevel(Unit.MONTH, 1),
    # Quarters bridge the gap between 12 and 2 cells a year, where decade-long news sits.
    ZoomLevel(Unit.QUARTER, 2),
    ZoomLevel(Unit.QUARTER, 1),
    ZoomLevel(Unit.YEAR, 2),
    ZoomLevel(Unit.YEAR, 1),
)


def span_units(level: ZoomLevel, first: dt.date, last: dt.date) -> int:
    """How many units of ``level`` the days ``first..last`` touch."""
    return unit_index(level.unit, last) - unit_index(level.unit, first) + 1


def choose_zoom(first: dt.date, last: dt.date, width: int) -> int:
    """Index into :data:`ZOOM_LEVELS` of the finest level that shows ``first..last`` in ``width``.

    Falls back to the coarsest level when even that is too wide.
    """
    for index, level in enumerate(ZOOM_LEVELS):
        if span_units(level, first, last) * level.cells_per_unit <= max(1, width):
            return index
    return len(ZOOM_LEVELS) - 1


def centered_start(level: ZoomLevel, first: dt.date, last: dt.date, width: int) -> int:
    """The first visible unit that centres ``first..last`` in ``width`` cells."""
    visible_units = max(1, width // level.cells_per_unit)
    a, b = unit_index(level.unit, first), unit_index(level.unit, last)
    return (a + b) // 2 - visible_units // 2


@dataclass(frozen=True, slots=True)
class View:
    """What the plot shows: a zoom level, the first visible unit and the width in cells."""

    level: ZoomLevel
    start: int
    width: int

    @property
    def units(self) -> int:
        """How many units are (at least partly) visible."""
        cpu = self.level.cells_per_unit
        return (self.width + cpu - 1) // cpu

    @property
    def end(self) -> int:
        """The last visible unit (inclusive)."""
        return self.start + self.units - 1

    def column_of_unit(self, unit: int) -> int:
        """The first cell of ``unit`` relative to the left edge (may be off screen)."""
        return (unit - self.start) * self.level.cells_per_unit

    def column_of(self, day: dt.date) -> int:
        """The cell where ``day``'s unit starts."""
        return self.column_of_unit(unit_index(self.level.unit, day))

    def first_day(self) -> dt.date:
        return unit_start(self.level.unit, self.start)

    def last_day(self) -> dt.date:
        return unit_end(self.level.unit, self.end)

    def contains_unit(self, unit: int) -> bool:
        return self.start <= unit <= self.end


# --- tick marks ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TickRule:
    """Which unit starts get a tick, how they are labelled, and their minimum spacing in units."""

    is_tick: Callable[[dt.date], bool]
    label: Callable[[dt.date], str]
    min_units: int
    label_width: int


def _day_label(day: dt.date) -> str:
    """``14``, or ``1 Aug`` on the first of a month so the month is never far away."""
    return f"{day.day} {MONTH_ABBR[day.month]}" if day.day == 1 else str(day.day)


def _monday_label(day: dt.date) -> str:
    """``14``, or ``7 Aug`` on the first Monday of a month."""
    return f"{day.day} {MONTH_ABBR[day.month]}" if day.day <= 7 else str(day.day)


def _month_label(day: dt.date) -> str:
    """``Aug``, or the year in January."""
    return str(day.year) if day.month == 1 else MONTH_ABBR[day.month]


def _year_label(day: dt.date) -> str:
    return str(day.year)


def _every_years(step: int) -> Callable[[dt.date], bool]:
    return lambda day: day.month == 1 and day.day <= 7 and day.year % step == 0


# Per unit, finest rule first; the finest whose labels do not collide wins.
TICK_RULES: dict[Unit, tuple[TickRule, ...]] = {
    Unit.DAY: (
        TickRule(lambda d: True, _day_label, 1, 2),
        TickRule(lambda d: d.weekday() == 0, _monday_label, 7, 5),
        TickRule(lambda d: d.day == 1, _month_label, 28, 4),
        TickRule(lambda d: d.day == 1 and d.month % 3 == 1, _month_label, 90, 4),
        TickRule(lambda d: d.day == 1 and d.month == 1, _year_label, 365, 4),
    ),
    Unit.WEEK: (
        TickRule(lambda d: True, _monday_label, 1, 5),
        # A week unit starts on Monday; the week holding the 1st of a month marks the month.
        TickRule(lambda d: d.day <= 7, _month_label, 4, 4),
        TickRule(lambda d: d.day <= 7 and d.month % 3 == 1, _month_label, 13, 4),
        TickRule(lambda d: d.day <= 7 and d.month == 1, _year_label, 52, 4),
        TickRule(lambda d: d.day <= 7 and d.month == 1 and d.year % 5 == 0, _year_label, 260, 4),
    ),
    Unit.MONTH: (
        TickRule(lambda d: True, _month_label, 1, 4),
        TickRule(lambda d: d.month % 3 == 1, _month_label, 3, 4),
        TickRule(lambda d: d.month == 1, _year_label, 12, 4),
        TickRule(lambda d: d.month == 1 and d.year % 5 == 0, _year_label, 60, 4),
        TickRule(lambda d: d.month == 1 and d.year % 10 == 0, _year_label, 120, 4),
    ),
    Unit.QUARTER: (
        TickRule(lambda d: True, _month_label, 1, 4),
        TickRule(lambda d: d.month == 1, _year_label, 4, 4),
        TickRule(lambda d: d.month == 1 and d.year % 5 == 0, _year_label, 20, 4),
        TickRule(lambda d: d.month == 1 and d.year % 10 == 0, _year_label, 40, 4),
    ),
    Unit.YEAR: tuple(
        TickRule(_every_years(step), _year_label, step, 4) for step in (1, 2, 5, 10, 25, 50, 100)
    ),
}


def tick_rule(level: ZoomLevel) -> TickRule:
    """The finest tick rule of ``level`` whose labels leave two spaces between them."""
    rules = TICK_RULES[level.unit]
    for rule in rules:
        if rule.min_units * level.cells_per_unit >= rule.label_width + 2:
            return rule
    return rules[-1]


def ticks(view: View) -> list[tuple[int, str]]:
    """``(column, label)`` for every tick in ``view``, labels that would overlap dropped."""
    rule = tick_rule(view.level)
    result: list[tuple[int, str]] = []
    for unit in range(view.start, view.end + 1):
        day = unit_start(view.level.unit, unit)
        if rule.is_tick(day):
            result.append((view.column_of_unit(unit), rule.label(day)))
    return result


@functools.lru_cache(maxsize=64)
def axis_lines(view: View) -> tuple[str, str, tuple[int, ...]]:
    """The label line, the rule line (``─`` with ``┬`` at ticks) and the tick columns.

    Cached: every lane of a view draws its grid from the same tick columns.
    """
    labels = [" "] * view.width
    rule = ["─"] * view.width
    columns: list[int] = []
    free_from = 0
    for column, label in ticks(view):
        if not 0 <= column < view.width:
            continue
        columns.append(column)
        rule[column] = "┬"
        # A label cut at the right edge would read as another date ("2" for "25"): leave it out.
        if column >= free_from and column + len(label) <= view.width:
            labels[column : column + len(label)] = list(label)
            free_from = column + len(label) + 1
    return "".join(labels), "".join(rule), tuple(columns)
