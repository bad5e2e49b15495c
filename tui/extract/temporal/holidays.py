"""Holidays: the day each falls on in a given year, and the handler of the holiday rule.

Fixed holidays are a month and a day (``FIXED_HOLIDAYS`` in the vocabulary); the movable ones are
computed here: Easter by the Gregorian computus, the others as the n-th (or last) weekday of a
month, as the US calendar defines them (Thanksgiving, Memorial Day, Labor Day...).
"""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.temporal.cues import Context, direction
from tui.extract.temporal.handlers import Result, words_of
from tui.extract.temporal.vocabulary import (
    FIXED_HOLIDAYS,
    HOLIDAY_GOODS_AFTER,
    NTH_WEEKDAY_HOLIDAYS,
)
from tui.model.timex import iso_week


def _easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own name)
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (0 = Monday) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        last = following - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday_on(name: str, year: int) -> dt.date:
    """The day of a holiday in ``year`` (``name`` as written in the vocabulary, any case)."""
    fixed = {key.lower(): day for key, day in FIXED_HOLIDAYS.items()}
    if name in fixed:
        return dt.date(year, *fixed[name])
    nth = {key.lower(): rule for key, rule in NTH_WEEKDAY_HOLIDAYS.items()}
    if name in nth:
        return nth_weekday(year, *nth[name])
    if name.startswith("easter") or name == "good friday":
        # Holy week ("Easter week") is given by its Monday, Good Friday is two days before.
        before = {"good friday": 2, "easter week": 6}.get(name, 0)
        return _easter(year) - dt.timedelta(days=before)
    # Election Day: the Tuesday after the first Monday of November.
    november_first = dt.date(year, 11, 1)
    return november_first + dt.timedelta(days=(1 - november_first.weekday()) % 7 or 7)


def holiday(match: re.Match[str], ctx: Context) -> Result:
    """Fixed and rule-based holidays, in the year the tense allows ("Easter week" as its week)."""
    name = words_of(match["name"])
    if not match["year"] and HOLIDAY_GOODS_AFTER.match(ctx.text, match.end()):
        return None  # "Christmas commodities" are goods, not a date (issue 9)

    def value(day: dt.date) -> str:
        return iso_week(day) if name.endswith("week") else day.isoformat()

    if match["year"]:
        return "DATE", value(holiday_on(name, int(match["year"])))
    pub = ctx.published
    if pub is None:
        return "DATE", "XXXX-XX-XX"
    this_year = holiday_on(name, pub.year)
    relative = (match["rel"] or "").lower()
    if relative == "last" or (direction(ctx, match.start(), match.end()) < 0 and this_year > pub):
        return "DATE", value(this_year if this_year < pub else holiday_on(name, pub.year - 1))
    if relative == "next" and this_year <= pub:
        return "DATE", value(holiday_on(name, pub.year + 1))
    return "DATE", value(this_year)
