"""Handlers for expressions relative to publication or to the story: "last week", "the
weekend", "that year", "the end of the month", fiscal quarters, and now/recently/the future."""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.temporal.cues import Context, direction, preceding_word, sentence_around
from tui.extract.temporal.deferred import (
    Anaphor,
    NamedQuarter,
    QuarterOfYear,
    RunningQuarter,
)
from tui.extract.temporal.handlers import Result, month_of, words_of
from tui.extract.temporal.values import day_year, month_year, shift_month
from tui.extract.temporal.vocabulary import (
    CLOCK_HOUR_WORD,
    MONTH,
    ORDINALS,
    SEASON_START_MONTH,
    SEASONS,
    VAGUE_PLURALS,
)
from tui.model.timex import (
    century_text,
    decade_text,
    iso_week,
    month_value,
    quarter_value,
    year_text,
)


def _step(word: str) -> int:
    """-1 for last/past/previous, +1 for next/coming/following, else 0."""
    if "last" in word or "past" in word or "previous" in word or "prior" in word:
        return -1
    if "next" in word or "coming" in word or "following" in word:
        return 1
    return 0


def _weekend(ctx: Context, match: re.Match[str], step: int) -> str:
    """ "this past weekend" / "last weekend" is the Saturday-Sunday before publication; "this
    weekend" is the one of the publication week (or the coming one)."""
    pub = ctx.published
    assert pub is not None
    if step < 0 or (step == 0 and direction(ctx, match.start(), match.end()) < 0):
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        if pub.weekday() == 6:
            saturday = pub - dt.timedelta(days=1)
    else:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 + (7 if step > 0 else 0))
        if pub.weekday() == 6:
            saturday = pub - dt.timedelta(days=1) + dt.timedelta(weeks=step)
    return iso_week(saturday) + "-WE"


_FINAL_UNIT_AFTER = re.compile(r"\s+(?:of|covered|before|that|when|which)\b", re.I)


def relative(match: re.Match[str], ctx: Context) -> Result:
    """this/last/next/past/coming week|month|year|quarter|weekend|season, with early/late/end."""
    unit = words_of(match["unit"])
    rel = words_of(match["rel"])
    if (
        rel in ("last", "the last")
        and (rel == "the last" or preceding_word(ctx, match.start()) == "the")
        and _FINAL_UNIT_AFTER.match(ctx.text, match.end())
    ):
        return None  # "the last year covered by the pact", "the last week of April": the final one
    step = _step(rel)
    pub = ctx.published
    if unit in SEASONS:
        code = SEASONS[unit]
        if pub is None:
            return "DATE", f"XXXX-{code}"
        year = pub.year + (step if step > 0 else 0)
        if step > 0 and (SEASON_START_MONTH[code], 21) > (pub.month, pub.day):
            year = pub.year  # "the coming winter" in mid-December is the one about to begin
        if step < 0:
            started = SEASON_START_MONTH[code] < pub.month
            year = pub.year if started and code != "WI" else pub.year - 1
        return "DATE", f"{year_text(year)}-{code}"
    if unit in ("decade", "century") and "past" in words_of(match["rel"]):
        # "the past decade", "over the past century": the last ten or hundred years, not the
        # calendar decade or century before this one (TimeBank dev: "past decade" P10Y)
        return "DURATION", "P10Y" if unit == "decade" else "P100Y"
    if pub is None:
        unknown = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}
        return "DATE", unknown.get(unit, "XXXX")
    if unit in ("year", "fiscal year"):
        return "DATE", year_text(pub.year + step)
    if unit == "decade":
        return "DATE", decade_text(pub.year // 10 + step)
    if unit == "century":
        return "DATE", century_text(pub.year // 100 + step)
    if unit == "month":
        return "DATE", month_value(*shift_month(pub.year, pub.month, step))
    if unit == "quarter":
        return "DATE", quarter_value(pub.year * 4 + (pub.month - 1) // 3 + step)
    if unit == "week":
        return "DATE", iso_week(pub + dt.timedelta(weeks=step))
    return "DATE", _weekend(ctx, match, step)


def bare_weekend(match: re.Match[str], ctx: Context) -> Result:
    """ "the weekend": the nearest Saturday-Sunday the tense allows."""
    if ctx.published is None:
        return "DATE", "XXXX-WXX-WE"
    pub = ctx.published
    if direction(ctx, match.start(), match.end()) > 0:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
    else:
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return "DATE", iso_week(saturday) + "-WE"


_DAY_UNITS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def anaphoric(match: re.Match[str], ctx: Context) -> Result:
    """ "that year", "later that day", "the following month", "the next morning": a time the
    story already named, resolved in reading order against the last date mentioned before."""
    unit = match["unit"].lower()
    return "DATE", Anaphor(_step(words_of(match["which"])), _DAY_UNITS.get(unit, unit))


def span_of_day(match: re.Match[str], ctx: Context) -> Result:
    """ "the end of the month", "year-end", "mid-year", "the end of the decade": the period
    itself (TimeML keeps the edge as a modifier); "the turn of the century" is the round year
    nearest publication."""
    pub = ctx.published
    unit = (match["unit"] or "year").lower()
    turn = (match["edge"] or "").lower() == "turn"
    if turn and unit != "century":
        return None  # only a century has a round year to turn at: "the turn of the year" is none
    if pub is None:
        return "DATE", "XXXX"
    if turn:
        return "DATE", year_text(round(pub.year / 100) * 100)
    if unit == "month":
        return "DATE", month_value(pub.year, pub.month)
    if unit == "week":
        return "DATE", iso_week(pub)
    if unit == "decade":
        return "DATE", decade_text(pub.year // 10)
    if unit == "century":
        return "DATE", century_text(pub.year // 100)
    return "DATE", year_text(pub.year)


# An award named for the year it honours ("Player of the Year", "coach of the year", Time's
# "Man of the Year"): a title, not the date of the story it appears in.
_AWARD_BEFORE = re.compile(
    r"\b(?:player|coach|manager|team|rookie|athlete|sports(?:man|woman|person)|footballer|"
    r"cricketer|man|woman|person|personality|album|song|record|film|movie|book|car|artist|"
    r"entertainer|executive|businessman|businesswoman|teacher|driver|goal)\s+of\s+$",
    re.I,
)


def the_year(match: re.Match[str], ctx: Context) -> Result:
    """ "the fiscal year ended June 30" is a year-long DURATION; "for the year" is this year;
    "Player of the Year" names an award, no date."""
    if _AWARD_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start()):
        return None
    if re.match(r"\s+(?:ended|ending|that\s+ended|through|to)\b", ctx.text[match.end() :]):
        return "DURATION", "P1Y"
    if re.match(
        r"\s+(?:before|after|earlier|later|in\s+which|when|of\s+the)\b", ctx.text[match.end() :]
    ):
        return None
    return "DATE", year_text(ctx.published.year) if ctx.published else "XXXX"


def talks_of_quarters(match: re.Match[str], ctx: Context) -> bool:
    """Whether the text around ``match`` is an earnings report (it talks of quarters) and its
    sentence is not about a longer stretch ("for the nine months, ... a year earlier" is the
    year before, not the quarter)."""
    if _LONGER_STRETCH.search(sentence_around(ctx, match.start(), match.end())[0]):
        return False
    return bool(
        re.search(r"quarter", ctx.text[max(0, match.start() - 3000) : match.end() + 100], re.I)
    )


_LONGER_STRETCH = re.compile(
    r"\b(?:nine|six)\s+months\b|\bfirst\s+half\b|\b(?:the|fiscal|full)\s+year\b(?![-'])|"
    r"\b(?:first|past|last)\s+(?:two|three|2|3)\s+quarters\b|"
    rf"\b(?:{MONTH})\.?\s+(?:to|through)\s+(?:{MONTH})\b",
    re.I,
)


def year_ago_adjective(match: re.Match[str], ctx: Context) -> Result:
    """ "year-earlier profit", "the year-ago results": the same period a year before."""
    if talks_of_quarters(match, ctx):
        return "DATE", RunningQuarter(years=-1)
    return "DATE", year_text(ctx.published.year - 1) if ctx.published else "XXXX"


_QUARTER_ENDED = re.compile(
    rf"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?:on\s+)?(?P<month>{MONTH})\.?\s+"
    r"(?P<day>\d{1,2})"
)
_IN_YEAR_AFTER = re.compile(r"\s+in\s+((?:1[6-9]|20)\d\d)\b")
# "fiscal 1990's first quarter", "1998's second half": the year in the possessive before it,
# which its own rule tags as a DATE apart.
_POSSESSIVE_YEAR_BEFORE = re.compile(r"\b((?:1[6-9]|20)\d\d)['\u2019]s\s+(?:fiscal\s+)?$", re.I)
_LAST_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b", re.I)
# "the first half of next year", "the fourth quarter last year": the year said after it.
# "the second half of the year", "of the current year" are the year of "the year": this one.
_YEAR_SAID_AFTER = re.compile(
    r"\s+(?:(?:of\s+)?(?:(this|next)|last|the\s+previous|the\s+prior)|of\s+(the)(?:\s+current)?)"
    r"\s+year\b(?!\s+(?:before|earlier|ago)\b)",
    re.I,
)
# A half or quarter of a month, a week or a decade is none of the year's.
_OF_ANOTHER_SPAN = re.compile(
    rf"\s+of\s+(?:(?:the|this|last|next|that)\s+)?(?:{MONTH}\b|(?:month|week|decade|century|"
    r"season|day)\b|(?:1[6-9]|20)\d0['\u2019]?s\b|['\u2019]\d0s\b)",
    re.I,
)
_YEAR_STEP = {"this": 0, "the": 0, "next": 1, None: -1}
FRACTION_OF = re.compile(
    r"\s+of\s+(?:the|its|his|her|their|our|all|a|an|this|that|these|those|them|it)\b", re.I
)
# After "quarter": a fraction of a rate ("a quarter point", "three-quarter percent").
POINTS_AFTER = re.compile(
    r"[\s-]+(?:percentage[\s-]+)?points?\b|\s*(?:percent\b|per\s+cent\b|%)|"
    # "a quarter to nine", "a quarter past 8": a clock time, no three months.
    rf"\s+(?:to|past|after)\s+(?:\d{{1,2}}|{CLOCK_HOUR_WORD})\b(?!\s*(?:%|percent))",
    re.I,
)


def months_quarter(match: re.Match[str], ctx: Context) -> Result:
    """ "the July-September quarter": the calendar quarter those three months make."""
    first, last = month_of(match["first"]), month_of(match["last"])
    if last - first != 2 or first % 3 != 1:
        return None  # "the June-August period" is no quarter
    if match["year"]:
        year: int | None = int(match["year"])
    elif ctx.published is None:
        year = None
    else:
        year = month_year(ctx.published, last, direction(ctx, match.start(), match.end()))
    year_part = "XXXX" if year is None else year_text(year)
    return "DATE", NamedQuarter(f"{year_part}-Q{first // 3 + 1}")


def quarter(match: re.Match[str], ctx: Context) -> Result:
    """Fiscal quarters and halves: "the third quarter", "third-quarter", "the year-ago quarter"."""
    words = words_of(match[0])
    ordinal = match["ordinal"]
    kind = match["kind"].lower()
    number = ORDINALS[ordinal.lower()] if ordinal else None
    year_after = _IN_YEAR_AFTER.match(ctx.text, match.end())
    said_after = _YEAR_SAID_AFTER.match(ctx.text, match.end())
    if number is None and (
        re.search(r"\b(?:last|final) (?:half|quarter) of (?:fiscal )?\d{4}", words)
        or ((year_after or said_after) and re.search(r"\b(?:last|final) (?:half|quarter)$", words))
    ):
        # "the last half of 1989", "the final quarter in 2005": the year's last one
        number = 2 if kind == "half" else 4
    if kind == "half" and number is None:
        return None
    if _OF_ANOTHER_SPAN.match(ctx.text, match.end()):
        return None  # "the second half of March", "the first half of the 1990s": not the year's
    if words.endswith("period") and (number is not None or words in ("period", "the period")):
        return None  # "the transition period", "the first period" are not fiscal quarters
    if words == "quarter":
        if preceding_word(ctx, match.start()) not in (
            "the",
            "this",
            "that",
            "each",
            "per",
            "a",
            "its",
            "in",
        ):
            return None
        if FRACTION_OF.match(ctx.text, match.end()) or POINTS_AFTER.match(ctx.text, match.end()):
            return None  # "a quarter of the market", "a quarter point"
    pub = ctx.published
    ended = _QUARTER_ENDED.match(ctx.text[match.end() : match.end() + 40])
    if ended and pub is not None and kind != "half":
        # "the quarter ended Sept. 30": the quarter holding that day; a named fiscal quarter
        # ("its fourth quarter ended June 30") keeps its own number, in the year it ended.
        month = month_of(ended["month"])
        year = day_year(pub, month, min(int(ended["day"]), 28), -1)
        return "DATE", NamedQuarter(
            f"{year:04d}-Q{number or (month - 1) // 3 + 1}",
            ended=True,
            fiscal="fiscal" in words,
            unnumbered=number is None,
        )
    ago = re.search(r"year-(?:ago|earlier)|year ago|year earlier|last year|previous year", words)
    if (
        words.endswith("period")
        and number is None
        and _LAST_YEAR_AFTER.match(ctx.text, match.end())
        and _LONGER_STRETCH.search(sentence_around(ctx, match.start(), match.end())[0])
    ):
        # "up 1.7 percent in the first nine months on the same period last year": not a
        # quarter; "last year" is the date (silver: 4 of 4).
        return None
    # "the corresponding period last year": "last year" stays its own DATE but moves the period.
    ago = ago or _LAST_YEAR_AFTER.match(ctx.text, match.end())
    year_match = re.search(r"\d{4}", words)
    if year_match:
        year: int | None = int(year_match.group(0))
    elif number is not None and year_after:
        year = int(year_after.group(1))  # "the third quarter in 2005"
    elif number is not None and (
        owner := _POSSESSIVE_YEAR_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
    ):
        year = int(owner.group(1))
    elif "next year" in words and pub:
        year = pub.year + 1
    else:
        year = None
    if number is None:
        if "next" in words or "coming" in words:
            return "DATE", RunningQuarter(quarters=1)
        if ago:
            return "DATE", RunningQuarter(years=-1)
        if re.search(r"latest|recent|last|previous", words) and pub is not None:
            index = pub.year * 4 + (pub.month - 1) // 3 - 1
            return "DATE", NamedQuarter(quarter_value(index))
        if year is not None:
            return "DATE", QuarterOfYear(year_text(year))
        return "DATE", RunningQuarter()
    said_after = _YEAR_SAID_AFTER.match(ctx.text, match.end())
    if (
        year is None
        and pub is not None
        and said_after
        and not re.search(r"year|ago|earlier", words)
    ):
        # A numbered period with its year said after it is in that year, whatever the tense:
        # not the running one moved back a year ("the fourth quarter last year" in March 1998
        # is 1997-Q4, "the first half of next year" 1999-H1). The year stays its own DATE.
        said = said_after.group(1) or said_after.group(2)
        year = pub.year + _YEAR_STEP[said and said.lower()]
    elif year is None and pub is not None:
        current = (pub.month - 1) // 3 + 1 if kind != "half" else (pub.month - 1) // 6 + 1
        year = pub.year if number <= current else pub.year - 1
        if "this year" in words:
            year = pub.year
        if "last year" in words:
            year = pub.year - 1
        if ago and "last year" not in words:
            year -= 1  # "the year-ago fourth quarter"; "last year's fourth quarter" is said once
    year_part = "XXXX" if year is None else year_text(year)
    if kind != "half":
        return "DATE", NamedQuarter(f"{year_part}-Q{number}", fiscal="fiscal" in words)
    return "DATE", f"{year_part}-H{number}"


_PRESENT = {
    "now", "right now", "just now", "currently", "current", "at present", "presently",
    "these days", "nowadays",
}  # fmt: skip
_FUTURE = {
    "the near term", "the short term", "the long term", "coming months", "the coming months",
    "coming years", "the coming years", "the months ahead", "the weeks ahead", "the years ahead",
    "the coming weeks", "coming weeks", "the coming days", "coming days", "the days ahead",
    "coming quarters", "the coming quarters", "the quarters ahead",
}  # fmt: skip


def reference(match: re.Match[str], ctx: Context) -> Result:
    """now/currently/recently/the future and their kin."""
    words = words_of(match[0])
    if words in _PRESENT:
        if words == "current" and re.match(
            r"\s+(?:account|affairs|events|accounts)\b", ctx.text[match.end() : match.end() + 12]
        ):
            return None
        return "DATE", "PRESENT_REF"
    if "future" in words or words in _FUTURE:
        return "DATE", "FUTURE_REF"
    if words.startswith("recent "):
        # "in recent years" is a stretch of unknown length up to now, like "the past few years".
        return "DURATION", VAGUE_PLURALS[words.split()[1]]
    return "DATE", "PAST_REF"
