"""Event dates at their real precision: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, intervals,
``?``/``~``.

A subset of EDTF (ISO 8601-2). A month stays a month and a day is never invented: each bound
keeps the precision it was written with, and a date knows the first and last day it covers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from enum import IntEnum, StrEnum

from tui.model.records import record

MONTH_ABBR = ("", *calendar.month_abbr[1:])


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class Qualifier(StrEnum):
    NONE = ""
    UNCERTAIN = "?"
    APPROXIMATE = "~"


class DateError(ValueError):
    """A date that cannot be read, with a hint of what to write instead."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


_PART = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?$")
FORMAT_HINT = "write YYYY, YYYY-MM, YYYY-MM-DD or START/END, optionally ending in ? or ~"


# Frozen records with their own __init__ and the value methods of tui.model.records: the
# dataclass ones were compiled at import (ten methods here, millions of instructions each).
_set = object.__setattr__


@record(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        _set(self, "year", year)
        _set(self, "month", month)
        _set(self, "day", day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def first_day(self) -> dt.date:
        """The first day this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        """The last day this date covers."""
        if self.day is not None:
            return dt.date(self.year, self.month or 1, self.day)
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)

    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def label(self) -> str:
        """Human form at the real precision: ``2023``, ``Aug 2023``, ``Sun 10 Sep 2023``."""
        if self.day is not None:
            day = self.first_day
            return f"{day:%a} {day.day} {MONTH_ABBR[day.month]} {day.year}"
        if self.month is not None:
            return f"{MONTH_ABBR[self.month]} {self.year}"
        return str(self.year)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise :class:`DateError` otherwise."""
        match = _PART.match(text.strip())
        if match is None:
            raise DateError(f"{text!r} is not a date", FORMAT_HINT)
        year = int(match["year"])
        month = int(match["month"]) if match["month"] else None
        day = int(match["day"]) if match["day"] else None
        if year < 1:
            raise DateError(f"year {year} does not exist", "years start at 0001")
        if month is not None and not 1 <= month <= 12:
            raise DateError(f"month {month} does not exist in {text!r}", "months run 01 to 12")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise DateError(
                    f"{text!r} does not exist: {calendar.month_name[month]} {year} has {last} days",
                    f"the last day of that month is {year:04d}-{month:02d}-{last:02d}",
                )
        return cls(year, month, day)


@record(frozen=True)
class EventDate:
    """When an event happened: one partial date or an interval, maybe uncertain or approximate."""

    start: PartialDate
    end: PartialDate | None = None
    qualifier: Qualifier = Qualifier.NONE

    def __init__(
        self,
        start: PartialDate,
        end: PartialDate | None = None,
        qualifier: Qualifier = Qualifier.NONE,
    ) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "qualifier", qualifier)

    @property
    def first_day(self) -> dt.date:
        return self.start.first_day

    @property
    def last_day(self) -> dt.date:
        return (self.end or self.start).last_day

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def precision(self) -> Precision:
        """The coarser precision of the two bounds."""
        if self.end is None:
            return self.start.precision
        return min(self.start.precision, self.end.precision)

    def sort_key(self) -> tuple[dt.date, int, dt.date]:
        """Earlier first; at the same first day, the more precise date first."""
        return (self.first_day, -int(self.precision), self.last_day)

    def edtf(self) -> str:
        """The date as written in ``timeline.yaml``: ``2023-09-09/2023-09-10?``."""
        text = self.start.iso() if self.end is None else f"{self.start.iso()}/{self.end.iso()}"
        return text + self.qualifier.value

    def label(self) -> str:
        """Human form: ``Aug 2023``, ``Sun 10 Sep 2023``, ``9-10 Sep 2023``, ``c. 2023``."""
        text = _range_label(self.start, self.end) if self.end else self.start.label()
        if self.qualifier is Qualifier.APPROXIMATE:
            return f"c. {text}"
        if self.qualifier is Qualifier.UNCERTAIN:
            return f"{text}?"
        return text

    def __str__(self) -> str:
        return self.edtf()


def _range_label(start: PartialDate, end: PartialDate) -> str:
    same_precision = start.precision == end.precision
    if same_precision and start.precision is Precision.DAY and start.year == end.year:
        if start.month == end.month:
            return f"{start.day}-{end.day} {MONTH_ABBR[end.month or 1]} {end.year}"
        return (
            f"{start.day} {MONTH_ABBR[start.month or 1]}-{end.day} {MONTH_ABBR[end.month or 1]}"
            f" {end.year}"
        )
    if same_precision and start.precision is Precision.MONTH and start.year == end.year:
        return f"{MONTH_ABBR[start.month or 1]}-{MONTH_ABBR[end.month or 1]} {end.year}"
    return f"{start.label()} - {end.label()}"


def parse_event_date(value: object) -> EventDate:
    """Read a date as YAML hands it over: ``datetime.date``, ``int`` year, or EDTF text.

    Raises :class:`DateError` with a hint for anything else, including impossible days.
    """
    if isinstance(value, dt.datetime):
        return EventDate(PartialDate.from_date(value.date()))
    if isinstance(value, dt.date):
        return EventDate(PartialDate.from_date(value))
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise DateError(f"a date must be text, not {type(value).__name__}", FORMAT_HINT)
    if isinstance(value, int):
        if not 1 <= value <= 9999:
            raise DateError(f"{value} is not a year", FORMAT_HINT)
        return EventDate(PartialDate(value))
    return _parse_event_text(value)


# Extraction and its writer read the same few thousand date texts again and again (every
# draft, every comparison, every check): an EventDate is immutable, so one is kept per text.
@functools.lru_cache(maxsize=1 << 14)
def _parse_event_text(value: str) -> EventDate:
    text = value.strip()
    qualifier = Qualifier.NONE
    if text[-1:] in ("?", "~", "%"):
        # EDTF's % means "uncertain and approximate"; keep the stronger warning.
        qualifier = Qualifier.UNCERTAIN if text[-1] == "%" else Qualifier(text[-1])
        text = text[:-1].rstrip()
    if not text:
        raise DateError("the date is empty", FORMAT_HINT)
    if "/" in text:
        first, _, second = text.partition("/")
        start, end = PartialDate.parse(first), PartialDate.parse(second)
        if end.last_day < start.first_day:
            raise DateError(
                f"the interval {value!r} ends before it starts",
                f"write the earlier date first: {second.strip()}/{first.strip()}",
            )
        return EventDate(start, end, qualifier)
    return EventDate(PartialDate.parse(text), None, qualifier)
