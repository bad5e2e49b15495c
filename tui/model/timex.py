"""TIMEX3 values: written for the tagger, read as calendar days and as timeline dates.

The tagger (:mod:`tui.extract.temporal`) writes TIMEX3 values; extraction and the reader's
new-event both turn them into an event's EDTF date here, through :func:`value_range`.

Values follow TimeML (ISO 8601 based): ``2023``, ``2023-08``, ``2023-08-14``, ``2023-W36``,
``2023-W36-WE``, ``1998-Q3``, ``1998-H1``, ``1998-SU``, ``199`` (a decade), ``19`` (a century),
``1998-08-07TMO`` / ``1998-08-07T15:00`` (times), ``P2D`` (durations) and the ``*_REF`` words.
``199X`` and ``19XX`` (decade and century as some corpora write them) and ``AU`` (autumn) are
read too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


# TIMEX3 years have four digits: a value computed past them (the year after 9999, the month
# before 0001-01) cannot be written, so the helpers below raise OverflowError, as date arithmetic
# does, and the tagger leaves such an expression underspecified.
MIN_YEAR, MAX_YEAR = 1, 9999


def year_text(year: int) -> str:
    """``YYYY`` for a year of the calendar; OverflowError outside 0001..9999."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OverflowError(f"year {year} is out of range")
    return f"{year:04d}"


def decade_text(decade: int) -> str:
    """``YYY`` for the decade ``decade`` (199 is the 1990s); OverflowError past the calendar."""
    if not 0 <= decade <= MAX_YEAR // 10:
        raise OverflowError(f"decade {decade} is out of range")
    return f"{decade:03d}"


def century_text(century: int) -> str:
    """``YY`` for the century ``century`` (19 is the 1900s); OverflowError past the calendar."""
    if not 0 <= century <= MAX_YEAR // 100:
        raise OverflowError(f"century {century} is out of range")
    return f"{century:02d}"


def month_value(year: int, month: int) -> str:
    """``YYYY-MM``; OverflowError outside the calendar."""
    return f"{year_text(year)}-{month:02d}"


def quarter_value(index: int) -> str:
    """``YYYY-Qn`` for the quarter numbered ``year * 4 + quarter - 1``."""
    return f"{year_text(index // 4)}-Q{index % 4 + 1}"


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def iso_week(day: dt.date) -> str:
    """``YYYY-Www`` of the ISO week holding ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def week_monday(year: int, week: int) -> dt.date:
    """The Monday of an ISO week."""
    return dt.date.fromisocalendar(year, week, 1)


def value_range(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last calendar day a DATE/TIME value covers, or None when it is not anchored.

    >>> value_range("2023-W36-WE")
    (datetime.date(2023, 9, 9), datetime.date(2023, 9, 10))
    """
    try:
        return _value_range(value)
    except ValueError:  # a malformed value (e.g. month 13) covers no days
        return None


def timex_to_edtf(value: str) -> str | None:
    """A TIMEX3 DATE/TIME value as a timeline date (EDTF), or ``None`` for no calendar time.

    The date keeps the value's precision: ``2023-08`` stays a month, ``2023-Q3`` is
    ``2023-07/2023-09``, ``2023-W36-WE`` is its Saturday and Sunday, ``199`` is ``1990/1999``,
    ``2023-09-10TNI`` is the day. Durations, sets and ``PRESENT_REF`` have no date.
    """
    covered = value_range(value.strip())
    if covered is None:
        return None
    return _span_edtf(*covered)


def _span_edtf(first: dt.date, last: dt.date) -> str:
    """The shortest EDTF for ``first..last``: whole years and months are not spelt out as days."""
    if first == last:
        return first.isoformat()
    if first.day != 1 or last != month_end(last.year, last.month):
        return f"{first.isoformat()}/{last.isoformat()}"
    if first.month == 1 and last.month == 12:
        if first.year == last.year:
            return f"{first.year:04d}"
        return f"{first.year:04d}/{last.year:04d}"
    start, end = f"{first.year:04d}-{first.month:02d}", f"{last.year:04d}-{last.month:02d}"
    return start if start == end else f"{start}/{end}"


def _value_range(value: str) -> tuple[dt.date, dt.date] | None:
    if match := _DAY.match(value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        return dt.date(year, month, 1), month_end(year, month)
    if match := _YEAR.match(value):
        year = int(match[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if match := _WEEK.match(value):
        monday = week_monday(int(match[1]), int(match[2]))
        if match[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if match := _QUARTER.match(value):
        year, quarter = int(match[1]), int(match[2])
        return dt.date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
    if match := _HALF.match(value):
        year, half = int(match[1]), int(match[2])
        return dt.date(year, 6 * half - 5, 1), month_end(year, 6 * half)
    if match := _SEASON.match(value):
        year = int(match[1])
        first, last = SEASON_MONTHS[match[2]]
        # Winter 1998 runs from December 1998 into February 1999.
        return dt.date(year, first, 1), month_end(year + (last < first), last)
    if match := _DECADE.match(value):
        decade = int(match[1]) * 10
        return dt.date(max(decade, 1), 1, 1), dt.date(decade + 9, 12, 31)
    if match := _CENTURY.match(value):
        century = int(match[1]) * 100
        return dt.date(max(century, 1), 1, 1), dt.date(century + 99, 12, 31)
    return None
