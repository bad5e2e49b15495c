"""Values that depend on the rest of the document, and the one pass that resolves them.

A handler that cannot give a value from its own words returns one of these typed values; once
every expression is known, ``resolve`` gives them values in reading order:
- a fiscal quarter named or referred back to ("the quarter", "a year earlier" in an earnings
  report) follows the quarter the text last named;
- a bare clock time takes the day its sentence names, else the publication day;
- an anaphor ("that year", "the next morning") takes the last date the story named before it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.extract.temporal.values import date_iso, shift_month
from tui.model.timex import iso_week, month_value, quarter_value, year_text


@dataclass(frozen=True, slots=True)
class NamedQuarter:
    """A quarter the text names ("the third quarter of 1998"): it becomes the running one."""

    value: str  # "1998-Q3", or "XXXX-Q3" without a year (which does not become the running one)
    ended: bool = False  # "the quarter ended Sept. 30": over, whatever its fiscal number
    fiscal: bool = False  # "the fiscal first quarter": numbered by the company's own year
    # "the quarter ended Sept. 30" names no number: the calendar's is a guess, and after a
    # fiscal quarter of the same year the text is still talking about that one.
    unnumbered: bool = False


@dataclass(frozen=True, slots=True)
class RunningQuarter:
    """ "the quarter" (0, 0), "a year earlier" (-1, 0), "the next quarter" (0, +1): relative to
    the quarter the text talks about (by default the last completed one before publication)."""

    years: int = 0
    quarters: int = 0


@dataclass(frozen=True, slots=True)
class QuarterOfYear:
    """ "the 1998 quarter": the running quarter's number in a year the text names."""

    year: str


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A clock time without a day ("at 3 p.m."): ``clock`` is ``T15:00``."""

    clock: str


@dataclass(frozen=True, slots=True)
class Anaphor:
    """ "the following month" (+1, month), "that year" (0, year), "the previous day" (-1, day)."""

    step: int
    unit: str  # year | month | week | day


Deferred = NamedQuarter | RunningQuarter | QuarterOfYear | ClockTime | Anaphor
Value = str | Deferred


@dataclass(slots=True)
class Span:
    """A candidate expression: where it is, its TIMEX type, and its value (maybe deferred)."""

    start: int
    end: int
    type: str
    value: Value


def resolve(spans: Sequence[Span], text: str, published: dt.date | None) -> list[str | None]:
    """The final values of ``spans`` (sorted, disjoint), in reading order; None for an anaphor
    with nothing before it to point at. Quarters go first, then clock times (which may take the
    day of a neighbour), then anaphora (which may point at a clock time's day)."""
    values: list[Value] = list(_resolve_quarters(spans, published))
    for index, value in enumerate(values):
        if isinstance(value, ClockTime):
            values[index] = _clock_day(text, spans, values, index, published)
    return _resolve_anaphora(values)


def _resolve_quarters(spans: Sequence[Span], published: dt.date | None) -> list[Value]:
    """Quarter references resolved against the running quarter, in reading order."""
    running: tuple[int, int] | None = None  # the last (year, quarter) the text talked about
    running_fiscal = False  # whether that quarter was named as a fiscal one
    values: list[Value] = []
    for span in spans:
        value = span.value
        if isinstance(value, NamedQuarter):
            named = (
                None
                if value.value.startswith("X")
                else (int(value.value[:4]), int(value.value[-1]))
            )
            if value.unnumbered and running_fiscal and named and running[0] == named[0]:
                # "Sun earned $5 million in the fiscal first quarter ... sales for the quarter
                # ended Sept. 29": the same quarter, by its fiscal number.
                values.append(_quarter_value(RunningQuarter(), running))
                continue
            # A forecast ("losses through the third quarter of 1990") or the quarter in progress
            # is not the one the figures are about: only a quarter over by publication becomes
            # the running one.
            current = published and (published.year, (published.month - 1) // 3 + 1)
            if named and (value.ended or not current or named <= current):
                running, running_fiscal = named, value.fiscal
            values.append(value.value)
            continue
        if not isinstance(value, RunningQuarter | QuarterOfYear):
            values.append(value)
            continue
        quarter = running
        if quarter is None and published is not None:
            # Earnings news talks about the last completed quarter.
            index = published.year * 4 + (published.month - 1) // 3 - 1
            quarter = (index // 4, index % 4 + 1)
        values.append(_quarter_value(value, quarter))
    return values


def _quarter_value(value: RunningQuarter | QuarterOfYear, quarter: tuple[int, int] | None) -> str:
    if quarter is None:
        return "XXXX-QX"
    year, number = quarter
    if isinstance(value, QuarterOfYear):
        return f"{value.year}-Q{number}"
    try:
        return quarter_value((year + value.years) * 4 + number - 1 + value.quarters)
    except OverflowError:  # a quarter before 0001 or after 9999
        return "XXXX-QX"


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d)]*\s+[\"'\u201c(]*[A-Z]|\n\s*\n")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_day(
    text: str, spans: Sequence[Span], values: list[Value], index: int, published: dt.date | None
) -> str:
    """The value of a bare clock time: on the day a neighbouring expression of the same
    sentence names ("at 10:35 a.m. (0735 GMT) Friday"), else on the publication day."""
    clock = values[index]
    assert isinstance(clock, ClockTime)
    here = spans[index]
    for step in (-1, +1):
        # The nearest expression that is not itself a bare clock time ("10:35 a.m. (0735 GMT)
        # Friday": both times are on Friday).
        neighbour = index + step
        while 0 <= neighbour < len(spans) and isinstance(values[neighbour], ClockTime):
            neighbour += step
        if not 0 <= neighbour < len(spans) or not isinstance(values[neighbour], str):
            continue
        day = _DAY_VALUE.match(values[neighbour])
        left, right = sorted((here, spans[neighbour]), key=lambda span: span.start)
        between = text[left.end : right.start]
        if step > 0 and "," in between:
            # "At 22:00 GMT, the euro was ... from 1.3175 dollars late Wednesday": a day named
            # after a comma is another clause's (the time is the story's day).
            continue
        if day and len(between) <= 120 and not _SENTENCE_BREAK.search(between):
            return day.group(0) + clock.clock
    return (published.isoformat() if published else "XXXX-XX-XX") + clock.clock


_ANCHOR_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)")


def _resolve_anaphora(values: list[Value]) -> list[str | None]:
    """Give "that year", "the following month", "the next morning" the date of the last
    expression before them precise enough to say it (None when there is none)."""
    anchor: tuple[int, int | None, int | None] | None = None
    resolved: list[str | None] = []
    for value in values:
        if isinstance(value, Anaphor):
            text = None
            if anchor is not None:
                # "the following year" of 9999 stays an unanchored anaphor, and is left out.
                with contextlib.suppress(OverflowError):
                    text = _anaphor_value(anchor, value.step, value.unit)
            resolved.append(text)
            if text is None:
                continue
        else:
            assert isinstance(value, str)
            resolved.append(value)
        if found := _ANCHOR_VALUE.match(resolved[-1]):
            year, month, day = found.groups()
            if date_iso(int(year), int(month or 1), int(day or 1)):
                anchor = (int(year), int(month) if month else None, int(day) if day else None)
    return resolved


def _anaphor_value(anchor: tuple[int, int | None, int | None], step: int, unit: str) -> str | None:
    """The value ``step`` units after ``anchor``; OverflowError past the calendar."""
    year, month, day = anchor
    if unit == "year":
        return year_text(year + step)
    if unit == "month" and month is not None:
        return month_value(*shift_month(year, month, step))
    if unit in ("week", "day") and month is not None and day is not None:
        date = dt.date(year, month, day)
        if unit == "week":
            return iso_week(date + dt.timedelta(weeks=step))
        return (date + dt.timedelta(days=step)).isoformat()
    return None
