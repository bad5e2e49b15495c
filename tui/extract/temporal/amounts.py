"""Handlers for counted time: durations ("two days", "the past three years", "six-month"),
"N units ago", sets ("daily", "every week") and bare plurals ("for years")."""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.temporal.cues import Context, preceding_word, sentence_around
from tui.extract.temporal.deferred import RunningQuarter
from tui.extract.temporal.handlers import Result, words_of
from tui.extract.temporal.relative import FRACTION_OF, POINTS_AFTER, talks_of_quarters
from tui.extract.temporal.values import duration, fmt_amount, number, shift_month, unit_of
from tui.extract.temporal.vocabulary import (
    MONTHS,
    NUMBER,
    PARTS_OF_DAY,
    SET_WORDS,
    UNIT,
    UNIT_CODES,
    VAGUE_NUMBERS,
    VAGUE_PLURALS,
    WEEKDAYS,
)
from tui.model.timex import (
    century_text,
    decade_text,
    iso_week,
    month_value,
    quarter_value,
    year_text,
)

_MODALS = {"will", "would", "could", "can", "may", "might", "should", "to", "'ll", "must", "not"}
_FREQUENCY_BEFORE = re.compile(
    r"(\d|cents?|dollars?|percent|times|twice|once|yen|marks|francs)\W*$"
)


def amount(match: re.Match[str], ctx: Context) -> Result:
    """Durations ("two days", "the past three years", "six-month") and "N units ago/earlier"."""
    words = words_of(match[0])
    number_text, unit = words_of(match["number"]), unit_of(match["unit"])
    lead = words_of(match["lead"])
    if lead == "last" and not match["hedge"] and preceding_word(ctx, match.start()) in _MODALS:
        return None  # "will last two years": the verb, and "two years" is found on its own
    if number_text in ("a", "an", "the") and unit == "second":
        return None  # "a second" is an ordinal far more often than a duration
    if unit == "quarter" and (
        words.endswith("-quarters")
        or (not lead and FRACTION_OF.match(ctx.text, match.end()))
        or POINTS_AFTER.match(ctx.text, match.end())
    ):
        # "three-quarters of its food", "a quarter of the market", "a quarter percentage
        # point", "two-and-three-quarter percent": fractions
        return None
    if number_text == "some" and ctx.text[match.end("unit") : match.end("unit") + 1] != "s":
        return None
    if words == "one day" and preceding_word(ctx, match.start()) in _MODALS - {"to", "not"}:
        return "DATE", "FUTURE_REF"  # "Islam will one day be the second largest religion"
    count = number(number_text)
    if count is not None and match["half"]:
        count += 0.5  # "a minute and a half"
    if count is None and number_text not in VAGUE_NUMBERS and "number" not in number_text:
        return None
    if count is not None and count >= 1000 and "thousand" not in number_text:
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    if match.re.groupindex.get("low") and match["low"] is not None:
        low = number(words_of(match["low"]))
        if low is None or count is None or not 0 < low < count:
            return None  # "sentenced in 1995 to 15 years": a year, then the length alone
    tail = words_of(match["tail"])
    if tail and unit != "weekend":
        return _ago(count, unit, tail, match, ctx)
    # "$5 a year", "twice a week": a frequency, not a length of time.
    frequency = number_text in ("a", "an", "per") and not re.search(
        r"\b(past|last|next|first)\b", lead
    )
    if frequency and _FREQUENCY_BEFORE.search(ctx.text[max(0, match.start() - 25) : match.start()]):
        return "SET", duration(1, unit)
    return "DURATION", duration(count, unit)


def _ago(count: float | None, unit: str, tail: str, match: re.Match[str], ctx: Context) -> Result:
    """ "two years ago" -> the year two years before publication, at the unit's granularity."""
    sign = 1 if tail in ("later", "after", "from now") else -1
    pub = ctx.published
    if count is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if (
        unit == "year"
        and count == 1
        and tail in ("ago", "earlier")
        and talks_of_quarters(match, ctx)
    ):
        return "DATE", RunningQuarter(years=-1)
    if pub is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit == "year" and tail == "earlier" and count == int(count):
        # "earlier" counts back from the time the sentence talks of, not from publication:
        # "42 percent of the fiscal 1998 budget, down from 45 percent a year earlier" is 1997.
        named = _YEAR_NAMED.findall(sentence_around(ctx, match.start(), match.end())[0])
        if named:
            return "DATE", year_text(int(named[-1]) - int(count))
    if count != int(count) and unit in _YEARS_IN:
        return "DATE", _years_ago(sign * count * _YEARS_IN[unit], pub)
    whole = sign * int(count)
    if unit == "year":
        return "DATE", year_text(pub.year + whole)
    if unit == "decade":
        return "DATE", decade_text((pub.year + 10 * whole) // 10)
    if unit == "century":
        return "DATE", century_text((pub.year + 100 * whole) // 100)
    if unit == "quarter":
        return "DATE", quarter_value(pub.year * 4 + (pub.month - 1) // 3 + whole)
    if unit == "month":
        return "DATE", month_value(*shift_month(pub.year, pub.month, whole))
    if unit == "week":
        return "DATE", iso_week(pub + dt.timedelta(weeks=whole))
    if unit in ("day", "night"):
        return "DATE", (pub + dt.timedelta(days=whole)).isoformat()
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"


# A year the sentence names (not a decade, "1990s", nor the start of a range, "1990-95").
_YEAR_NAMED = re.compile(r"\b((?:1[6-9]|20)\d\d)\b(?!['\u2019]?s\b|\s*[-\u2013/]\s*\d)")

# Years in a unit counted in years: "half a century ago" is 50 years back, not this century.
_YEARS_IN = {"year": 1, "decade": 10, "century": 100}


def _years_ago(years: float, pub: dt.date) -> str:
    """The date ``years`` (a fraction of a longer unit, signed) from publication, as finely as
    the amount says: 50 years back is a decade ("half a century ago" in 1998: ``194``), 25 a
    year (``1973``), 1.5 a month."""
    if years == int(years):
        target = pub.year + int(years)
        return decade_text(target // 10) if years % 10 == 0 else year_text(target)
    return month_value(*shift_month(pub.year, pub.month, round(years * 12)))


# The units of a compound duration, largest first, with the letter each is written with.
_COMPOUND_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_COMPOUND_PART = re.compile(rf"(?P<number>{NUMBER})\s+(?P<unit>{UNIT})s?\b", re.I)


def compound(match: re.Match[str], ctx: Context) -> Result:
    """ "one day, 18 hours, 40 minutes and 10 seconds" -> ``P1DT18H40M10S``: counted units
    joined by commas and "and", each smaller than the one before (else they are a list, and
    each is found on its own)."""
    amounts: dict[str, float] = {}
    last = -1
    for part in _COMPOUND_PART.finditer(match["parts"]):
        unit, count = unit_of(part["unit"]), number(part["number"])
        if unit not in _COMPOUND_UNITS or count is None:
            return None
        rank = _COMPOUND_UNITS.index(unit)
        if rank <= last:
            return None  # "two days and three weeks": a list, not one length
        last, amounts[unit] = rank, count
    if len(amounts) < 2:
        return None
    if "week" in amounts:  # ISO 8601 writes weeks alone: P1W3D is P10D
        amounts["day"] = amounts.get("day", 0) + 7 * amounts.pop("week")
    date = "".join(
        f"{fmt_amount(amounts[unit])}{code}"
        for unit, code in (("year", "Y"), ("month", "M"), ("day", "D"))
        if unit in amounts
    )
    time = "".join(
        f"{fmt_amount(amounts[unit])}{code}"
        for unit, code in (("hour", "H"), ("minute", "M"), ("second", "S"))
        if unit in amounts
    )
    return "DURATION", "P" + date + ("T" + time if time else "")


def adjectival(match: re.Match[str], ctx: Context) -> Result:
    """ "two-year", "six-month", "24-hour": durations written as adjectives."""
    count = number(match["number"].replace("-", " "))
    if count is None:
        return None
    return "DURATION", duration(count, unit_of(match["unit"]))


def long_adjective(match: re.Match[str], ctx: Context) -> Result:
    """ "a week-long strike" is a week, "a decades-long conflict" an unknown number of decades
    (TimeBank dev tags its one "decades-long")."""
    unit = match["unit"].lower()
    if unit in VAGUE_PLURALS:
        return None if match["count"] else ("DURATION", VAGUE_PLURALS[unit])
    count = number(match["count"].lower()) if match["count"] else 1
    return ("DURATION", duration(count, unit_of(unit))) if count else None


def recurring(match: re.Match[str], ctx: Context) -> Result:
    """daily, weekly, every day, each Thursday, every year."""
    if match["word"]:
        return "SET", SET_WORDS[match["word"].lower()]
    word = match["unit"].lower()
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}"
    if word in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
    step = (match["step"] or "").strip().lower()
    count = 2 if step == "other" else number(step) if step else None
    unit = unit_of(word)
    if unit not in UNIT_CODES:
        return None
    return "SET", duration(count or 1, unit)


def bare_plural(match: re.Match[str], ctx: Context) -> Result:
    """ "for years", "in weeks", "months ago": an unspecified number of units."""
    unit = match["unit"].lower()
    if match["ago"]:
        return "DURATION", VAGUE_PLURALS[unit]
    previous = preceding_word(ctx, match.start())
    if previous in _LENGTH_VERBS:
        # "spent hours retrieving", "took months", "during decades of conflict"
        return "DURATION", VAGUE_PLURALS[unit]
    if previous not in ("for", "in", "within", "over"):
        return None
    if re.match(r"\s+(?:of|to|before|after|that|when)\b", ctx.text[match.end() :]):
        return None
    return "DURATION", VAGUE_PLURALS[unit]


# Words before a bare plural unit that make it a length of time whatever follows.
_LENGTH_VERBS = {
    "spent", "spend", "spends", "spending", "took", "take", "takes", "taking", "lasted", "last",
    "lasts", "lasting", "during", "waited", "wait", "waiting", "follows", "followed", "after",
}  # fmt: skip
