"""Handlers for years, ranges of years, decades and centuries, telling a year ("In 1998 troops
arrived") from a count, a label or an address ("2000 troops", "Resolution 1701", "1600
Pennsylvania Avenue"). Each reads the named groups of its rule's pattern (see ``rules.py``) and
returns ``(type, value)``, or None when the number is not a year after all."""

from __future__ import annotations

import re

from tui.extract.temporal.cues import Context, preceding_word
from tui.extract.temporal.handlers import Result, words_of
from tui.extract.temporal.values import number
from tui.extract.temporal.vocabulary import (
    CENTURY_WORDS,
    COUNT_HEDGES,
    COUNTED_NOUN_AFTER,
    DECADE_WORDS,
    LABEL_NOUNS,
    MEASURE_AFTER,
    STREET_AFTER,
    YEAR_PREPOSITIONS,
)
from tui.model.timex import year_text

_LARGER_NUMBER_AFTER = re.compile(
    r"(?:\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?)?\s+(?:hundred|thousand|million|billion)\b", re.I
)
_YEAR_TO = re.compile(r"(?<![\d.,$])(?:1[6-9]|20)\d\d\s+to\s+$")


def _is_label_or_count(match: re.Match[str], ctx: Context, start: int, end: int) -> bool:
    """Whether the four-digit number at ``start:end`` is a count ("2000 troops", "about 2000
    people"), a label ("Resolution 1701", "Flight 1549") or an address ("1600 Pennsylvania
    Avenue"), not a year."""
    previous = preceding_word(ctx, start)
    if MEASURE_AFTER.match(ctx.text, end) or STREET_AFTER.match(ctx.text, end):
        return True
    if COUNTED_NOUN_AFTER.match(ctx.text, end):
        # "2000 troops", "1998 francs", but "In 1998 troops arrived" and "in 1990 dollars"
        # (a price of that year) are years.
        return previous not in YEAR_PREPOSITIONS
    if previous in LABEL_NOUNS or ctx.text[max(0, start - 1) : start] == "#":
        return True
    clause_ends = re.match(r"\s*(?:,|\.|$)", ctx.text[end : end + 2])
    if previous == "to" and _YEAR_TO.search(ctx.text, max(0, start - 16), start):
        return False  # "from 1992 to 1993": the end of a range of years
    return previous in COUNT_HEDGES and not clause_ends


def year(match: re.Match[str], ctx: Context) -> Result:
    """Four-digit years (with fiscal/early/late/the end of), rejecting counts like "2000 troops"."""
    if _is_label_or_count(match, ctx, match.start("year"), match.end()):
        return None
    # "the year 2000" is one expression (as "the year two thousand" is), not "the year" of
    # publication beside a year.
    return "DATE", match["year"]


def range_end(first: int, second: str) -> int | None:
    """The last year of a range written "1962-63" or "2004-2005", or None when ``second``
    cannot end a range that starts in ``first`` ("1998-1990", "2004-99")."""
    if len(second) == 4:
        last = int(second)
        return last if first < last <= first + 100 else None
    last = first // 100 * 100 + int(second)
    if last <= first:
        last += 100
    return last if last - first <= 30 else None


def year_range_start(match: re.Match[str], ctx: Context) -> Result:
    """The first year of a range ("2004" of "2004-2005", "fiscal 1996" of "fiscal 1996-97"):
    TimeML tags each end of a range as its own DATE."""
    first = int(match["year"])
    last = range_end(first, match["next"])
    if last is None or _is_label_or_count(match, ctx, match.start("year"), match.end("next")):
        return None
    return "DATE", match["year"]


def year_range_end(match: re.Match[str], ctx: Context) -> Result:
    """The last year of a range ("63" of "1962-63" is 1963, "2005" of "2004-2005")."""
    start = match.start()
    first_text = ctx.text[start - 5 : start - 1]
    if start >= 6 and re.match(r"[\d$£€.,/-]", ctx.text[start - 6]):
        return None  # "12004-05", "1.2004-05": not a year before the dash
    last = range_end(int(first_text), match["year"])
    if last is None or _is_label_or_count(match, ctx, start - 5, match.end()):
        return None
    return "DATE", year_text(last)


# A numbered part of a year after "1990's" makes it the year's possessive, not the decade.
_PERIOD_OF_YEAR_AFTER = re.compile(
    r"\s+(?:fiscal\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b", re.I
)


def decade(match: re.Match[str], ctx: Context) -> Result:
    """``the 1990s``, ``the '90s``, ``the mid-1980s``, ``the nineties``."""
    if match["digits"]:
        digits = match["digits"]
        if _PERIOD_OF_YEAR_AFTER.match(ctx.text, match.end()) and "'" in match[0]:
            return None  # "1990's second half": the year's, a possessive (the year rule's)
        if digits.endswith("00") and digits < "2000":
            return "DATE", digits[:2]  # "the 1800s" is the 19th century, not 1800-1809
        return "DATE", digits[:3]
    if match["short"]:
        return "DATE", "19" + match["short"][0]
    return "DATE", f"19{DECADE_WORDS[match['word'].lower()]}"


# The words a year written with its last two digits follows: "in '92", "the '96 election",
# "the class of '89", "from '92 to '95". After any other word an apostrophe and two digits are
# more often a quotation opening on a number ("'92 people died,' he said").
_SHORT_YEAR_AFTER = (
    *YEAR_PREPOSITIONS,
    "the",
    "of",
    "for",
    "from",
    "to",
    "through",
    "and",
    "or",
    "by",
)


def short_year(match: re.Match[str], ctx: Context) -> Result:
    """ "in '92", "the '96 election": the year in the century that puts it nearest publication,
    at most ten years after it; untagged without a publication date (no century to give)."""
    start = match.start()
    if ctx.published is None or preceding_word(ctx, start) not in _SHORT_YEAR_AFTER:
        return None
    if start and (ctx.text[start - 1].isalnum() or ctx.text[start - 1] in "_'\u2019"):
        return None  # inside a word or after another quote: "rock'92", "''92"
    latest = ctx.published.year + 10
    year = latest // 100 * 100 + int(match["short"])
    if year > latest:
        year -= 100
    return "DATE", year_text(year)


def century(match: re.Match[str], ctx: Context) -> Result:
    """``the 20th century`` -> ``19``."""
    if match["number"]:
        return "DATE", f"{int(match['number']) - 1:02d}"
    return "DATE", f"{CENTURY_WORDS[match['word'].lower()] - 1:02d}"


def spelled_year(match: re.Match[str], ctx: Context) -> Result:
    """Transcribed years: "nineteen ninety-six", "the year two thousand"; not counts ("two
    thousand troops", "about two thousand people", "two thousand one hundred")."""
    if _LARGER_NUMBER_AFTER.match(ctx.text, match.end()):
        return None
    if not match[0].lower().startswith("the") and _is_label_or_count(
        match, ctx, match.start(), match.end()
    ):
        return None
    if match["tail"] is None:
        rest = words_of(match["rest"]).replace("and", "").strip()
        extra = number(rest) if rest else 0
        return ("DATE", f"{2000 + int(extra)}") if extra is not None else None
    tail = number(match["tail"])
    if tail is None or tail >= 100:
        return None
    return "DATE", f"19{int(tail):02d}"
