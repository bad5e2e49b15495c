"""A rule-based temporal tagger for news with a TIMEX3 interface.

``tag(text, published)`` finds temporal expressions (dates, times, durations, sets) and normalizes
them against the publication date the way news is written: a bare weekday is the latest such day on
or before publication unless the sentence points forward, "last week" is an ISO week, a month
without a year is the nearest one the tense allows, and granularity is kept (``2023-08`` is never
turned into a day). Spans and values follow the TimeBank/TempEval-3 annotation conventions.

Candidates come from a few regular expressions over the raw text (no per-candidate dateparser
call): overlapping candidates are resolved longest-first, and values that depend on the document
(e.g. "the quarter", "a year earlier" in an earnings report) are resolved in reading order.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.model.timex import (
    century_text,
    decade_text,
    iso_week,
    month_value,
    quarter_value,
    value_range,
    year_text,
)

__all__ = ["Timex", "tag", "value_range"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: ``text == source[start:end]``; ``type`` and ``value`` as TIMEX3."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str

    def first_day(self) -> dt.date | None:
        """The first calendar day a DATE/TIME value covers (None for durations, sets, refs)."""
        covered = value_range(self.value) if self.type in ("DATE", "TIME") else None
        return covered[0] if covered else None

    def last_day(self) -> dt.date | None:
        """The last calendar day a DATE/TIME value covers (None for durations, sets, refs)."""
        covered = value_range(self.value) if self.type in ("DATE", "TIME") else None
        return covered[1] if covered else None


# --------------------------------------------------------------------------- vocabulary

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "thousand": 1000,
    "a thousand": 1000, "two thousand": 2000, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5, "one and a half": 1.5, "dozen": 12, "a dozen": 12,
}  # fmt: skip
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "the few", "a number of", "numerous")
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("E", False), "century": ("C", False), "centurie": ("C", False),
}  # fmt: skip
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

_MONTH_RE = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|"
    r"Dec\.?)(?![a-z])"
)
# "Friday's ruling": the possessive stays outside the expression, as in TimeBank.
_WEEKDAY_RE = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?=['\u2019]s\b|(?![a-z]))"
)
_YEAR_RE = r"(?<![\d$£€.,/-])(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_NUMBER_RE = (
    rf"(?:\d+\s+1/2|\d+(?:\.\d+)?|{_TENS}(?:[\s-]{_SMALL})?|{_SMALL}(?:\s+and\s+a\s+half)?|"
    r"(?:a|one)\s+hundred|(?:a|two)\s+thousand|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|a\s+dozen|dozen|"
    r"a\s+number\s+of|several|many|some|few|numerous|half\s+an?|an?(?:\s+and\s+a\s+half)?)"
)
_UNIT_RE = r"(?:second|minute|hour|day|night|week|weekend|month|quarter|year|decade|centur(?:y|ie))"
_PART_RE = r"(?:morning|afternoon|evening|night)"
_HEDGE_RE = (
    # TimeBank leaves "about", "over", "only" and "just" outside the expression, and "the" too
    # when the length is an attribute ("the two-week strike", "the two days of talks").
    r"(?:(?:nearly|almost|around|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|under|up\s+to|another|an\s+additional|"
    r"some|the\s+better\s+part\s+of|the(?=\s+[\w.]+\s+(?:[a-z]+\s+)?"
    r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centurie)s\b(?!\s+of\b)))"
    r"\s+){0,3}"  # bounded: "nearly nearly ..." stays linear
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|'ll|shall|would(?!\s+have)|going\s+to|expected\s+to|(?:is|are)\s+to|scheduled|slated|"
    r"plans?\s+to|planning\s+to|planned\s+(?:to|for)|(?:postponed|delayed|adjourned|deferred|"
    r"put\s+off|extended)\s+(?:\w+\s+){0,3}?(?:until|till|to)|set\s+to|intends?\s+to|upcoming|to\s+be\s+held|due\s+to\s+"
    r"(?!the)|aims?\s+to|payable|expires?|effective|as\s+soon\s+as)\b",
    re.I,
)
_PAST_CUE = re.compile(
    r"\b(?:said|says|was|were|had|did|ago|last|earlier|already|since|has|have|"
    # Regular past tenses, but not capitalized names ("United", "Ahmed") or -eed/-red words
    # that are not verbs ("need", "hundred", "indeed").
    r"(?!(?:need|indeed|hundred|speed|proceed|exceed|succeed|feed|seed|breed|bleed|deed|shed|"
    r"sacred|kindred|naked|wicked|wretched|rugged)\b)(?-i:[a-z]+[a-z]ed)|began|"
    r"took|came|went|met|made|fell|rose|held|left|told|gave|won|lost|got|saw|became|sent|led|"
    r"paid|sold|hit|ran|fled|struck|spoke|wrote|broke|found|thought|knew|brought|bought)\b",
    re.I,
)


# "will leave Thursday, officials said": the tense of the attribution after a comma or quote
# is the time of speaking, not of the event the date belongs to.
_ATTRIBUTION = re.compile(
    r"\s*(?:[,;)]|''|\"|\u201d)[\s,;)'\"\u201d]*(?:(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+)?"
    r"[A-Za-z.'-]+\s+){0,4}?(?:said|says|told|added|reported|announced|stated|declared|"
    r"according)\b"
)


@dataclass(slots=True)
class _Context:
    """What resolution needs: the text, the publication date and the running quarter reference."""

    text: str
    published: dt.date | None
    quarter: tuple[int, int] | None = None  # the last (year, quarter) the text talked about


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    type: str
    value: str  # "@..." values are resolved in reading order by _resolve_deferred


Handler = Callable[[re.Match[str], _Context], tuple[str, str] | None]

# --------------------------------------------------------------------------- helpers


def _number(text: str) -> float | None:
    """The number a numeral phrase stands for; None for vague ones ("several", "a few")."""
    words = re.sub(r"[\s-]+", " ", text.lower()).strip()
    if words in VAGUE_NUMBERS or words == "a number of" or words == "numerous":
        return None
    if re.fullmatch(r"\d+ 1/2", words):
        return float(words.split()[0]) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    if words.endswith(" and a half"):
        base = _number(words[: -len(" and a half")])
        return None if base is None else base + 0.5
    total = 0.0
    for word in words.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total


def _fmt_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def _duration(amount: float | None, unit: str) -> str:
    """``P2D``, ``PT3H``, ``PXY``; halves as TimeML writes them: 2.5 years -> ``P2Y6M``."""
    code, is_time = UNIT_CODES[unit]
    if code == "C":
        return f"P{_fmt_amount(amount * 100)}Y" if amount is not None else "PXC"
    if code == "E" and amount is not None and amount != 1:
        return f"P{_fmt_amount(amount * 10)}Y"
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{code}"
    whole, fraction = int(amount), amount - int(amount)
    lower_units = {"Y": ("M", 12, ""), "M": ("S", 60, "") if is_time else ("D", 30, ""),
                   "H": ("M", 60, ""), "D": ("H", 24, "T"), "W": ("D", 7, "")}  # fmt: skip
    if fraction and code in lower_units:
        lower, factor, separator = lower_units[code]
        head = f"{whole}{code}" if whole else ""
        return f"{prefix}{head}{separator}{_fmt_amount(fraction * factor)}{lower}"
    return f"{prefix}{_fmt_amount(amount)}{code}"


def _unit_of(word: str) -> str:
    word = word.lower()
    if word.endswith("ies"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNIT_CODES else word


def _sentence_around(ctx: _Context, start: int, end: int) -> tuple[str, str]:
    """The text of the sentence before and after a span (a cheap, bounded look)."""
    text = ctx.text
    left = max(0, start - 160)
    before = text[left:start]
    cut = max(before.rfind(". "), before.rfind("\n"), before.rfind("? "), before.rfind("! "))
    if cut >= 0:
        before = before[cut + 1 :]
    after = text[end : end + 100]
    stop = min((i for i in (after.find(". "), after.find("\n")) if i >= 0), default=len(after))
    return before, after[:stop]


def _direction(ctx: _Context, start: int, end: int) -> int:
    """+1 when the sentence points forward (will, expected to, next), -1 when it is past, else 0."""
    before, after = _sentence_around(ctx, start, end)
    before = before[-80:]
    # The cue nearest the expression wins: "said Friday it will" is about a past Friday.
    best_distance, best = 10_000, 0
    for cue, sign in ((_FUTURE_CUE, 1), (_PAST_CUE, -1)):
        for found in cue.finditer(before):
            distance = len(before) - found.end()
            if distance < best_distance:
                best_distance, best = distance, sign
        found = cue.search(after[:50])
        if found and found.start() + 5 < best_distance and not _ATTRIBUTION.match(after):
            best_distance, best = found.start() + 5, sign
    return best


def _weekday_date(
    published: dt.date, weekday: int, direction: int, strict: bool = False
) -> dt.date:
    """The weekday nearest publication in the given direction (same day counts unless strict)."""
    delta = (weekday - published.weekday()) % 7
    if direction > 0:
        return published + dt.timedelta(days=delta or (7 if strict else 0))
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if strict else 0))


def _month_year(published: dt.date, month: int, direction: int) -> int:
    """The year of a month named without one: the nearest that the tense allows."""
    here = published.year * 12 + published.month - 1

    def cost(year: int) -> float:
        gap = year * 12 + month - 1 - here
        # A tense cue makes the other direction three times as far; without one, news leans past.
        if gap > 0:
            return gap * (3 if direction < 0 else 1.5 if direction == 0 else 1)
        return -gap * (3 if direction > 0 else 1)

    return min((published.year - 1, published.year, published.year + 1), key=cost)


def _day_year(published: dt.date, month: int, day: int, direction: int) -> int:
    """The year of a day-and-month named without one."""

    def cost(year: int) -> float:
        try:
            gap = (dt.date(year, month, day) - published).days
        except ValueError:
            return 10_000.0
        if gap > 0:
            return gap * (3 if direction < 0 else 1.01)
        return -gap * (3 if direction > 0 else 1)

    return min((published.year - 1, published.year, published.year + 1), key=cost)


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``months``; OverflowError past the calendar's four-digit years."""
    index = year * 12 + month - 1 + months
    year_text(index // 12)
    return index // 12, index % 12 + 1


def _preceding_word(ctx: _Context, start: int) -> str:
    match = re.search(r"([A-Za-z.']+)\W*$", ctx.text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def _date_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# --------------------------------------------------------------------------- handlers

_MONTH_PREPOSITIONS = {
    "in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before",
    "after", "last", "next", "this", "early", "late", "mid", "mid-", "end", "beginning", "each",
    "every", "between", "and", "or", "for", "on", "past", "coming", "back", "starting", "around",
    "middle", "start", "late-", "early-", "as", "the",
}  # fmt: skip
_TITLES = {"mr.", "mrs.", "ms.", "dr.", "miss", "gen.", "sen.", "rep.", "gov.", "judge", "prof."}


_FOLLOWING_YEAR = re.compile(r",?\s+(this|last|next)\s+year\b(?!'s|-)", re.I)


def _explicit_date(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Month names with optional weekday, day and year; early/late/mid; last/next/this Month."""
    text = match.group(0)
    month_match = re.search(_MONTH_RE, text)
    if month_match is None:
        return None
    month = MONTHS[month_match.group(0).rstrip(".").lower()]
    rest = text[month_match.end() :]
    head = text[: month_match.start()].lower()
    day_match = re.match(r"\.?\s+(?:the\s+)?(" + _DAY_RE + ")", rest)
    lead_day = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$", head)
    year_match = re.search(r"(\d{4})\s*$", rest)
    day = int(re.match(r"\d+", day_match.group(1)).group(0)) if day_match else None
    if day is None and lead_day:
        day = int(lead_day.group(1))
    bare = day is None and year_match is None and not head.strip()
    if bare or month_match.group(0) in ("May", "March"):
        # A lone month name is a month only in a temporal frame ("in May", "last March").
        previous = _preceding_word(ctx, match.start())
        if previous in _TITLES:
            return None
        if (
            month_match.group(0) in ("May", "Mar", "March")
            and bare
            and previous not in (_MONTH_PREPOSITIONS)
        ):
            return None
        follower = ctx.text[match.end() : match.end() + 2]
        if bare and re.match(r" [A-Z]", follower) and previous not in _MONTH_PREPOSITIONS:
            return None
        if bare and previous == "the" and re.match(r"\W*of\b", ctx.text[match.end() :]):
            return None  # "the March of the Mothers" is a march
    # "in February this year", "April next year": the year phrase that follows names the year.
    year_phrase = _FOLLOWING_YEAR.match(ctx.text, match.end())
    if year_match:
        year = int(year_match.group(1))
    elif ctx.published is None:
        year = None
    elif year_phrase:
        year = ctx.published.year + {"this": 0, "last": -1, "next": 1}[year_phrase.group(1).lower()]
    elif "last" in head or "past" in head:
        year = ctx.published.year if month < ctx.published.month else ctx.published.year - 1
    elif "next" in head or "coming" in head:
        year = ctx.published.year if month > ctx.published.month else ctx.published.year + 1
    elif "this" in head:
        year = ctx.published.year
    elif day is not None:
        year = _day_year(ctx.published, month, day, _direction(ctx, match.start(), match.end()))
    else:
        year = _month_year(ctx.published, month, _direction(ctx, match.start(), match.end()))
    year_part = "XXXX" if year is None else year_text(year)
    if day is not None:
        if year is not None and _date_iso(year, month, day) is None:
            return None
        return "DATE", f"{year_part}-{month:02d}-{day:02d}"
    return "DATE", f"{year_part}-{month:02d}"


def _numeric_date(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """``2021-03-04`` and US ``03/04/2021`` (month first)."""
    text = match.group(0)
    if "-" in text:
        year, month, day = (int(p) for p in text.split("-"))
    else:
        month, day, year = (int(p) for p in text.split("/"))
        if year < 100:
            year += 1900 if year > 30 else 2000
    value = _date_iso(year, month, day)
    return ("DATE", value) if value else None


def _weekday(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Weekdays, optionally with last/next/this and a part of the day."""
    text = match.group(0)
    lower = text.lower()
    name = re.search(_WEEKDAY_RE, text).group(0)
    weekday = WEEKDAYS[name.lower()]
    # TimeBank annotates "Friday night" mostly as the plain DATE of that Friday.
    suffix, kind = "", "DATE"
    if ctx.published is None:
        return kind, f"XXXX-WXX-{weekday + 1}{suffix}"
    if re.match(r"(this\s+past|last|past)\b", lower):
        day = _weekday_date(ctx.published, weekday, -1, strict=True)
    elif re.match(r"(next|this\s+coming|coming)\b", lower):
        day = _weekday_date(ctx.published, weekday, +1, strict=True)
    else:
        forward = _direction(ctx, match.start(), match.end()) > 0
        day = _weekday_date(ctx.published, weekday, +1 if forward else -1)
    return kind, day.isoformat() + suffix


def _day_word(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """today/yesterday/tomorrow/tonight, last night, this morning, the day before yesterday."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    offset = 0
    if "day before yesterday" in lower:
        offset = -2
    elif "day after tomorrow" in lower:
        offset = 2
    elif "yesterday" in lower or lower.startswith("last"):
        offset = -1
    elif "tomorrow" in lower:
        offset = 1
    part = re.search(_PART_RE + r"$", lower)
    if part and not lower.startswith("this"):
        part = None  # "yesterday morning", "last night": annotated as the plain day
    if ctx.published is None:
        return ("TIME" if part else "DATE"), "PRESENT_REF" if offset == 0 else "XXXX-XX-XX"
    day = (ctx.published + dt.timedelta(days=offset)).isoformat()
    if part:
        return "TIME", f"{day}T{PARTS_OF_DAY[part.group(0)]}"
    return "DATE", day


def _time_of_day(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """``3 p.m.``, ``10:30 a.m. EST``, ``noon``, optionally with a day after it."""
    text = match.group(0)
    lower = text.lower()
    clock = re.match(r"(\d{1,2})(?::(\d\d))?\s*([ap])", lower)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if hour > 12 or minute > 59:
            return None
        if clock.group(3) == "p" and hour != 12:
            hour += 12
        if clock.group(3) == "a" and hour == 12:
            hour = 0
    elif lower.startswith("midnight"):
        hour, minute = 24, 0
    else:
        hour, minute = 12, 0
    clock_text = f"T{hour:02d}:{minute:02d}"
    anchor = ctx.published
    day_match = re.search(_WEEKDAY_RE, text)
    month_day = re.search(rf"({_MONTH_RE})\.?\s+(\d{{1,2}})(?:,\s+(\d{{4}}))?$", text)
    if month_day:
        month, day = MONTHS[month_day.group(1).rstrip(".").lower()], int(month_day.group(2))
        if month_day.group(3):
            year = int(month_day.group(3))
        elif anchor:
            year = _day_year(anchor, month, day, _direction(ctx, match.start(), match.end()))
        else:
            return "TIME", f"XXXX-{month:02d}-{day:02d}{clock_text}"
        date_text = _date_iso(year, month, day)
        return ("TIME", date_text + clock_text) if date_text else None
    if day_match and anchor:
        weekday = WEEKDAYS[day_match.group(0).lower()]
        forward = _direction(ctx, match.start(), match.end()) > 0
        anchor = _weekday_date(anchor, weekday, +1 if forward else -1)
    elif anchor and "yesterday" in lower:
        anchor -= dt.timedelta(days=1)
    elif anchor and "tomorrow" in lower:
        anchor += dt.timedelta(days=1)
    elif not re.search(r"today$", lower):
        # A bare clock time belongs to the day the sentence names, if it names one.
        return "TIME", "@AT" + clock_text
    date_text = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return "TIME", date_text + clock_text


_RELATIVE_UNITS = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q"}


def _relative(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """this/last/next/past/coming week|month|year|quarter|weekend|season, with early/late/end."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    unit = re.search(
        r"(week|weekend|month|fiscal year|year|quarter|spring|summer|fall|autumn|"
        r"winter|decade|century)$",
        lower,
    ).group(1)
    if "last" in lower or "past" in lower or "previous" in lower:
        step = -1
    elif "next" in lower or "coming" in lower or "following" in lower:
        step = 1
    else:
        step = 0
    pub = ctx.published
    if unit in SEASONS:
        code = SEASONS[unit]
        if pub is None:
            return "DATE", f"XXXX-{code}"
        year = pub.year + (step if step > 0 else 0)
        if step < 0:
            season_start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
            year = pub.year if season_start < pub.month and code != "WI" else pub.year - 1
        return "DATE", f"{year_text(year)}-{code}"
    if pub is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(
            unit, "XXXX"
        )
    if unit in ("year", "fiscal year"):
        return "DATE", year_text(pub.year + step)
    if unit == "decade":
        return "DATE", decade_text(pub.year // 10 + step)
    if unit == "century":
        return "DATE", century_text(pub.year // 100 + step)
    if unit == "month":
        return "DATE", month_value(*_shift_month(pub.year, pub.month, step))
    if unit == "quarter":
        return "DATE", quarter_value(pub.year * 4 + (pub.month - 1) // 3 + step)
    if unit == "week":
        return "DATE", iso_week(pub + dt.timedelta(weeks=step))
    # Weekends: "this past weekend" / "last weekend" is the Saturday-Sunday before publication;
    # "this weekend" is the one of the publication week (or the coming one).
    if step < 0 or (step == 0 and _direction(ctx, match.start(), match.end()) < 0):
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7)
        if pub.weekday() == 6:
            saturday = pub - dt.timedelta(days=1)
    else:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7 + (7 if step > 0 else 0))
        if pub.weekday() == 6:
            saturday = pub - dt.timedelta(days=1) + dt.timedelta(weeks=step)
    return "DATE", iso_week(saturday) + "-WE"


def _bare_weekend(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "the weekend": the nearest Saturday-Sunday the tense allows."""
    if ctx.published is None:
        return "DATE", "XXXX-WXX-WE"
    pub = ctx.published
    if _direction(ctx, match.start(), match.end()) > 0:
        saturday = pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
    else:
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return "DATE", iso_week(saturday) + "-WE"


def _season(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Seasons with a year ("the summer of 1998", "spring 2001") or in a temporal frame."""
    lower = match.group(0).lower()
    season = re.search(r"spring|summer|fall|autumn|winter", lower).group(0)
    code = SEASONS[season]
    year_match = re.search(r"\d{4}", lower)
    if year_match:
        return "DATE", f"{year_match.group(0)}-{code}"
    previous = _preceding_word(ctx, match.start())
    if lower.startswith(("the ", "early", "late")):
        previous = "in"
    if previous not in (
        "in",
        "during",
        "by",
        "until",
        "this",
        "since",
        "through",
        "before",
        "after",
        "over",
        "early",
        "late",
        "for",
        "next",
        "last",
    ):
        return None
    if ctx.text[match.end() : match.end() + 4].lower() == " of ":
        return None
    if ctx.published is None:
        return "DATE", f"XXXX-{code}"
    direction = _direction(ctx, match.start(), match.end())
    pub = ctx.published
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = pub.year
    if direction < 0 and start_month > pub.month:
        year -= 1
    return "DATE", f"{year_text(year)}-{code}"


_YEAR_UNIT_NOUNS = re.compile(
    r"\s+(?:people|persons|troops|soldiers|men|women|children|workers|jobs|employees|shares|"
    r"cars|miles|feet|meters|kilometers|tons|acres|units|votes|members|students|cases|homes|"
    r"homes|pounds|dollars|barrels|points|rounds|yards|copies|marines|refugees|deaths|"
    r"passengers|police|officers|others|of\s+(?:the|them|whom))\b",
    re.I,
)


def _year(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Four-digit years (with fiscal/early/late/the end of), rejecting counts like "2000 troops"."""
    text = match.group(0)
    year = re.search(r"\d{4}", text).group(0)
    if _YEAR_UNIT_NOUNS.match(ctx.text, match.end()):
        return None
    previous = _preceding_word(ctx, match.start())
    if previous in (
        "about",
        "some",
        "nearly",
        "almost",
        "than",
        "only",
        "just",
        "roughly",
        "to",
        "approximately",
        "number",
        "no.",
        "flight",
        "route",
        "room",
        "model",
    ) and not re.match(r"\s*(?:,|\.|$)", ctx.text[match.end() : match.end() + 2]):
        return None
    if text.lower().startswith("the ") and not re.search(r"end|beginning|start|middle", text):
        return None
    return "DATE", year


def _decade(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """``the 1990s``, ``the '90s``, ``the mid-1980s``, ``the nineties``."""
    lower = match.group(0).lower()
    digits = re.search(r"(\d{2,4})'?s", lower)
    if digits:
        number = digits.group(1)
        if len(number) == 4:
            return "DATE", number[:3]
        century = "19"
        return "DATE", century + number[0]
    word = re.search(r"(" + "|".join(DECADE_WORDS) + ")", lower).group(1)
    return "DATE", f"19{DECADE_WORDS[word]}"


def _century(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """``the 20th century`` -> ``19``."""
    number = re.search(r"(\d{1,2})", match.group(0))
    if number is None:
        words = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}
        key = next((w for w in words if w in match.group(0).lower()), None)
        if key is None:
            return None
        return "DATE", f"{words[key] - 1:02d}"
    return "DATE", f"{int(number.group(1)) - 1:02d}"


_FRACTION_OF = re.compile(
    r"\s+of\s+(?:the|its|his|her|their|our|all|a|an|this|that|these|those|them|it)\b", re.I
)
_MODALS = {"will", "would", "could", "can", "may", "might", "should", "to", "'ll", "must", "not"}


def _amount(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Durations ("two days", "the past three years", "six-month") and "N units ago/earlier"."""
    text = match.group(0)
    lower = re.sub(r"\s+", " ", text.lower())
    body = re.search(
        rf"({_NUMBER_RE})[\s-]+(?:(?:more|additional|full|straight|consecutive|trading|"
        rf"business|calendar)\s+)?({_UNIT_RE})s?\b",
        lower,
        re.I,
    )
    if body is None:
        return None
    number_text, unit = body.group(1), _unit_of(body.group(2))
    if lower.startswith("last ") and _preceding_word(ctx, match.start()) in _MODALS:
        return None  # "will last two years": the verb, and "two years" is found on its own
    if number_text in ("a", "an", "the") and unit == "second":
        return None  # "a second" is an ordinal far more often than a duration
    if unit == "quarter" and (
        re.search(r"-quarters$", lower) or _FRACTION_OF.match(ctx.text, match.end())
    ):
        return None  # "three-quarters of its food", "a quarter of the market": fractions
    if number_text == "some" and not lower.endswith("s"):
        return None
    amount = _number(number_text)
    if amount is not None and re.search(r"\band a half\b", lower[body.end() :]):
        amount += 0.5  # "a minute and a half"
    if amount is None and number_text.strip() not in VAGUE_NUMBERS and "number" not in number_text:
        return None
    if amount is not None and amount >= 1000 and "thousand" not in number_text:
        return None  # "the 1988 quarter" is a year, not 1,988 quarters
    tail = re.search(r"(ago|earlier|later|before|after|from now)$", lower)
    if tail and unit != "weekend":
        return _ago(amount, unit, tail.group(1), match, ctx)
    if lower.endswith(" old") or lower.endswith("-old"):
        pass
    # "$5 a year", "twice a week": a frequency, not a length of time.
    if number_text in ("a", "an", "per") and not re.search(r"\b(past|last|next|first)\b", lower):
        before = ctx.text[max(0, match.start() - 25) : match.start()]
        if re.search(r"(\d|cents?|dollars?|percent|times|twice|once|yen|marks|francs)\W*$", before):
            return "SET", _duration(1, unit)
    return "DURATION", _duration(amount, unit)


def _ago(
    amount: float | None, unit: str, direction_word: str, match: re.Match[str], ctx: _Context
) -> tuple[str, str] | None:
    """ "two years ago" -> the year two years before publication, at the unit's granularity."""
    sign = 1 if direction_word in ("later", "after", "from now") else -1
    pub = ctx.published
    if amount is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in ("year", "quarter") and amount == 1 and unit == "year":
        earlier_text = ctx.text[max(0, match.start() - 3000) : match.end() + 100]
        if direction_word in ("ago", "earlier") and re.search(r"quarter", earlier_text, re.I):
            return "DATE", "@Q-1Y"
    if pub is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    whole = int(amount)
    if unit == "year":
        return "DATE", year_text(pub.year + sign * whole)
    if unit == "decade":
        return "DATE", decade_text((pub.year + sign * 10 * whole) // 10)
    if unit == "century":
        return "DATE", century_text((pub.year + sign * 100 * whole) // 100)
    if unit == "quarter":
        return "DATE", quarter_value(pub.year * 4 + (pub.month - 1) // 3 + sign * whole)
    if unit == "month":
        return "DATE", month_value(*_shift_month(pub.year, pub.month, sign * whole))
    if unit == "week":
        return "DATE", iso_week(pub + dt.timedelta(weeks=sign * whole))
    if unit in ("day", "night"):
        return "DATE", (pub + dt.timedelta(days=sign * whole)).isoformat()
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"


def _adjectival(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "two-year", "six-month", "24-hour": durations written as adjectives."""
    lower = match.group(0).lower()
    number_text, unit = lower.removesuffix("-old").rsplit("-", 1)
    amount = _number(number_text.replace("-", " "))
    if amount is None:
        return None
    return "DURATION", _duration(amount, _unit_of(unit))


def _quarter(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Fiscal quarters and halves: "the third quarter", "third-quarter", "the year-ago quarter"."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    year_match = re.search(r"(\d{4})", lower)
    ordinal = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", lower)
    half = "half" in lower
    if half and not ordinal:
        return None
    number = ORDINALS[ordinal.group(1)] if ordinal else None
    code = "H" if half else "Q"
    modifiers = re.sub(r"^(the|its) ", "", lower)
    if lower.endswith("period") and (number is not None or modifiers == "period"):
        return None  # "the transition period", "the first period" are not fiscal quarters
    if modifiers == "quarter" and lower == "quarter":
        previous = _preceding_word(ctx, match.start())
        if previous not in ("the", "this", "that", "each", "per", "a", "its", "in"):
            return None
        if _FRACTION_OF.match(ctx.text, match.end()):
            return None  # "a quarter of the market"
    ended = re.match(
        r"\s+(?:ended|ending|that\s+ended|which\s+ended)\s+(?:on\s+)?("
        + _MONTH_RE
        + r")\.?\s+(\d{1,2})",
        ctx.text[match.end() : match.end() + 40],
    )
    if ended and ctx.published is not None and not half:
        # "the quarter ended Sept. 30": the quarter holding that day; a named fiscal quarter
        # ("its fourth quarter ended June 30") keeps its own number, in the year it ended.
        month = MONTHS[ended.group(1).rstrip(".").lower()]
        year = _day_year(ctx.published, month, min(int(ended.group(2)), 28), -1)
        quarter = number if number is not None else (month - 1) // 3 + 1
        return "DATE", f"@SETQ{year:04d}-Q{quarter}"
    ago = re.search(r"year-(?:ago|earlier)|year ago|year earlier|last year|previous year", lower)
    if year_match:
        year = int(year_match.group(1))
    elif "next year" in lower:
        year = ctx.published.year + 1 if ctx.published else None
    elif ctx.published is None:
        year = None
    else:
        year = None
    if number is None:
        if half:
            return None
        if "next" in lower or "coming" in lower:
            return "DATE", "@Q+1"
        if ago:
            return "DATE", "@Q-1Y"
        if re.search(r"latest|recent|last|previous", lower) and ctx.published is not None:
            index = ctx.published.year * 4 + (ctx.published.month - 1) // 3 - 1
            return "DATE", "@SETQ" + quarter_value(index)
        if year is not None:
            return "DATE", "@QYEAR" + year_text(year)
        return "DATE", "@Q"
    if year is None and ctx.published is not None:
        pub = ctx.published
        current = (pub.month - 1) // 3 + 1 if code == "Q" else (pub.month - 1) // 6 + 1
        year = pub.year if number <= current else pub.year - 1
        if "this year" in lower:
            year = pub.year
        if "last year" in lower:
            year = pub.year - 1
        if ago and not year_match:
            year -= 1
    year_part = "XXXX" if year is None else year_text(year)
    if code == "Q":
        return "DATE", f"@SETQ{year_part}-Q{number}"
    return "DATE", f"{year_part}-H{number}"


def _reference(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """now/currently/recently/the future and their kin."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    if lower in (
        "now",
        "right now",
        "just now",
        "currently",
        "current",
        "at present",
        "presently",
        "these days",
        "nowadays",
        "today's",
        "at the moment",
    ):
        if lower == "current" and re.match(
            r"\s+(?:account|affairs|events|accounts)\b", ctx.text[match.end() : match.end() + 12]
        ):
            return None
        return "DATE", "PRESENT_REF"
    if "future" in lower or lower in (
        "soon",
        "the near term",
        "the short term",
        "the long term",
        "coming months",
        "the coming months",
        "coming years",
        "the coming years",
        "the months ahead",
        "the weeks ahead",
        "the years ahead",
        "the coming weeks",
        "coming weeks",
        "the coming days",
        "coming days",
        "the days ahead",
    ):
        return "DATE", "FUTURE_REF"
    if lower.startswith("recent "):
        # "in recent years" is a stretch of unknown length up to now, like "the past few years".
        return "DURATION", _VAGUE_PLURAL[lower.split()[1]]
    return "DATE", "PAST_REF"


_SET_VALUES = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "annual": "P1Y", "biweekly": "P2W", "quarterly": "P3M",
}  # fmt: skip


def _set(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """daily, weekly, every day, each Thursday, every year."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    if lower in _SET_VALUES:
        return "SET", _SET_VALUES[lower]
    word = lower.split()[-1]
    if word.capitalize() in WEEKDAYS or word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}"
    if word in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
    amount_match = re.search(r"(other|two|three|four|\d+)", lower)
    amount = 2 if amount_match and amount_match.group(1) == "other" else None
    if amount_match and amount is None:
        amount = _number(amount_match.group(1))
    unit = _unit_of(word)
    if unit not in UNIT_CODES:
        return None
    return "SET", _duration(amount or 1, unit)


def _weekday_set(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "on Mondays", "Tuesday nights": a weekday that recurs."""
    lower = match.group(0).lower()
    weekday = next(number for name, number in WEEKDAYS.items() if lower.startswith(name))
    part = re.search(r"(morning|afternoon|evening|night)s?$", lower)
    return "SET", f"XXXX-WXX-{weekday + 1}" + (f"T{PARTS_OF_DAY[part.group(1)]}" if part else "")


_HOLIDAYS = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
             "new year's eve": (12, 31), "independence day": (7, 4), "halloween": (10, 31),
             "valentine's day": (2, 14), "veterans day": (11, 11)}  # fmt: skip


def _holiday(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Fixed and rule-based US holidays, in the year the tense allows."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    year_match = re.search(r"\d{4}", lower)
    name = re.sub(r"^(last|next|this)\s+|\s*,?\s*\d{4}$", "", lower)
    pub = ctx.published

    def on(year: int) -> dt.date:
        if name in _HOLIDAYS:
            return dt.date(year, *_HOLIDAYS[name])
        november_first = dt.date(year, 11, 1)
        if name.startswith("thanksgiving"):
            return november_first + dt.timedelta(days=(3 - november_first.weekday()) % 7 + 21)
        # Election Day: the Tuesday after the first Monday of November.
        return november_first + dt.timedelta(days=(1 - november_first.weekday()) % 7 or 7)

    if year_match:
        return "DATE", on(int(year_match.group(0))).isoformat()
    if pub is None:
        return "DATE", "XXXX-XX-XX"
    this_year = on(pub.year)
    direction = _direction(ctx, match.start(), match.end())
    if lower.startswith("last") or (direction < 0 and this_year > pub):
        return "DATE", (this_year if this_year < pub else on(pub.year - 1)).isoformat()
    if lower.startswith("next") and this_year <= pub:
        return "DATE", on(pub.year + 1).isoformat()
    return "DATE", this_year.isoformat()


def _spelled_year(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """Transcribed years: "nineteen ninety-six", "the year two thousand"."""
    lower = re.sub(r"[\s-]+", " ", match.group(0).lower())
    if "two thousand" in lower:
        rest = lower.split("two thousand", 1)[1].replace("and", "").strip()
        extra = _number(rest) if rest else 0
        return ("DATE", f"{2000 + int(extra)}") if extra is not None else None
    words = lower.replace("the year ", "").split()
    tail = _number(" ".join(words[1:]))
    if tail is None or tail >= 100:
        return None
    return "DATE", f"19{int(tail):02d}"


def _the_year(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "the fiscal year ended June 30" is a year-long DURATION; "for the year" is this year."""
    if re.match(r"\s+(?:ended|ending|that\s+ended|through|to)\b", ctx.text[match.end() :]):
        return "DURATION", "P1Y"
    if re.match(
        r"\s+(?:before|after|earlier|later|in\s+which|when|of\s+the)\b", ctx.text[match.end() :]
    ):
        return None
    return "DATE", year_text(ctx.published.year) if ctx.published else "XXXX"


def _year_ago_adjective(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "year-earlier profit", "the year-ago results": the same period a year before."""
    if re.search(r"quarter", ctx.text[max(0, match.start() - 3000) : match.end() + 100], re.I):
        return "DATE", "@Q-1Y"
    return "DATE", year_text(ctx.published.year - 1) if ctx.published else "XXXX"


_VAGUE_PLURAL = {
    "years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD",
    "decades": "PXE", "centuries": "PXC", "hours": "PTXH", "minutes": "PTXM",
}  # fmt: skip


def _bare_plural(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "for years", "in weeks", "months ago": an unspecified number of units."""
    lower = match.group(0).lower()
    unit = lower.split()[0]
    if lower.endswith("ago"):
        return "DURATION", _VAGUE_PLURAL[unit]
    if _preceding_word(ctx, match.start()) not in ("for", "in", "within", "over"):
        return None
    if re.match(r"\s+(?:of|to|before|after|that|when)\b", ctx.text[match.end() :]):
        return None
    return "DURATION", _VAGUE_PLURAL[unit]


def _span_of_day(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "the end of the month", "year-end", "the end of the year", "the end of this week"."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    pub = ctx.published
    if pub is None:
        return "DATE", "XXXX"
    if "month" in lower:
        return "DATE", month_value(pub.year, pub.month)
    if "week" in lower:
        return "DATE", iso_week(pub)
    return "DATE", year_text(pub.year)


def _anaphoric(match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """ "that year", "later that day", "the following month", "the next morning": a time the
    story already named. Resolved in reading order against the last date mentioned before."""
    lower = re.sub(r"\s+", " ", match.group(0).lower())
    unit = lower.rsplit(" ", 1)[1]
    step = 1 if ("following" in lower or "next" in lower) else -1 if "previous" in lower else 0
    unit = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}.get(unit, unit)
    return "DATE", f"@ANA{step:+d}{unit}"


# --------------------------------------------------------------------------- rules

_EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
_RULES: list[tuple[str, Handler]] = [
    (r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b", _numeric_date),
    (
        rf"\b(?:(?:{_WEEKDAY_RE}),?\s+)?(?:(?:{_EDGE})[\s-]+|(?:this\s+past|this\s+coming|last|"
        rf"next|this|past|coming)\s+)?(?:(?:the\s+)?{_DAY_RE}\s+(?:of\s+)?)?{_MONTH_RE}"
        rf"(?:\.?\s+(?:the\s+)?{_DAY_RE})?(?:,?\s+(?:of\s+)?{_YEAR_RE})?(?![\w'])",
        _explicit_date,
    ),
    (
        rf"\b(?:(?:this\s+past|this\s+coming|last|next|this|coming|past|early|late|earlier|"
        rf"later)\s+)?{_WEEKDAY_RE}(?:\s+{_PART_RE})?",
        _weekday,
    ),
    (
        r"\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        rf"(?:s(?:\s+{_PART_RE}s?)?|\s+{_PART_RE}s)\b",
        _weekday_set,
    ),
    (
        rf"\b(?:(?:early|late|earlier|later|mid-?afternoon)\s+)?(?:the\s+day\s+(?:before\s+"
        rf"yesterday|after\s+tomorrow)|today|yesterday|tomorrow|tonight|last\s+night|"
        rf"this\s+{_PART_RE})(?:\s+{_PART_RE})?\b",
        _day_word,
    ),
    (
        rf"\b(?:\d{{1,2}}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|noon|midnight|"
        rf"midday)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|ET|local\s+time))?"
        rf"(?:,?\s+(?:{_WEEKDAY_RE}|today|yesterday|tomorrow|{_MONTH_RE}\.?\s+{_DAY_RE}"
        rf"(?:,\s+{_YEAR_RE})?))?",
        _time_of_day,
    ),
    (
        rf"\b(?:(?:early|mid|late|earlier|later)[\s-]+(?:in\s+)?|(?:{_EDGE})\s+)?"
        r"(?:this\s+past|this\s+coming|the\s+past|the\s+coming|"
        r"the\s+current|this|last|next|past|coming)\s+(?:week|weekend|month|fiscal\s+year|year|"
        r"spring|summer|fall|autumn|winter|decade|century)\b(?!-)",
        _relative,
    ),
    (r"\bthe\s+weekend\b", _bare_weekend),
    (
        r"\b(?:(?:early|late|earlier|later)\s+)?(?:that|the\s+same|the\s+following|the\s+previous|"
        r"the\s+next(?=\s+(?:day|morning|afternoon|evening|night)))\s+"
        r"(?:year|month|week|day|morning|afternoon|evening|night)\b(?![-'])",
        _anaphoric,
    ),
    (
        rf"\b(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?(?:spring|summer|fall|autumn|winter)"
        rf"(?:\s+(?:of\s+)?{_YEAR_RE})?\b",
        _season,
    ),
    (
        rf"(?:\b(?:(?:{_EDGE})[\s-]+|(?:fiscal|calendar|the\s+year|model\s+year)\s+))?{_YEAR_RE}"
        r"(?!-\d)",
        _year,
    ),
    (
        r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[6-9]|20)\d0'?s|'\d0s|"
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
        _decade,
    ),
    (
        r"\b(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)"
        r"[\s-]+century\b",
        _century,
    ),
    (
        rf"\b{_HEDGE_RE}(?:(?:the\s+)?(?:past|last|next|first|coming|previous|following|final|"
        rf"latest|same|remaining|ensuing|intervening|preceding)\s+)?{_NUMBER_RE}[\s-]+"
        rf"(?:(?:more|additional|full|straight|consecutive|trading|business|calendar)\s+)?"
        rf"{_UNIT_RE}s?\b(?!-|\s+old\b)(?:\s+and\s+a\s+half\b)?"
        # "three days later" is a DURATION and a signal (TimeBank): "later" stays outside.
        r"(?:\s+(?:or\s+so\s+)?(?:ago|earlier|from\s+now))?",
        _amount,
    ),
    (
        rf"\b(?:\d+|{_TENS}-{_SMALL}|{_TENS}|{_SMALL})-(?:second|minute|hour|day|week|month|year|"
        r"decade)\b(?!-old)",
        _adjectival,
    ),
    (
        r"\b(?:the\s+|that\s+(?=quarter|period)|this\s+year's\s+|last\s+year's\s+|next\s+year's\s+)?"
        r"(?:(?:\d{4}|year-ago|year-earlier|latest|current|comparable|corresponding|same|recent|"
        r"previous|fiscal|full|flat|this|last|next|coming|final)[\s-]+){0,4}"
        r"(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?)?"
        r"(?:quarter|half|period)\b(?![s-])"
        r"(?:\s+(?:of\s+)?(?:fiscal\s+)?\d{4}|\s+a\s+year\s+(?:ago|earlier))?",
        _quarter,
    ),
    (
        r"\b(?:right\s+now|just\s+now|now|currently|current|at\s+present|presently|these\s+days|"
        r"nowadays|recently|recent\s+(?:years|months|weeks|days)|the\s+past(?!\s+\w+\s+"
        r"(?:years|months|weeks|days|decades|quarters|summers|winters|springs|autumns|falls|"
        r"seasons|centuries|hours|minutes|nights|weekends))|the\s+(?:(?:near|distant|foreseeable)\s+)?future(?!\s+of)|"
        r"the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:months|years|"
        r"weeks|days)|the\s+(?:months|weeks|years|days)\s+ahead)\b",
        _reference,
    ),
    (
        r"\b(?:daily|weekly|biweekly|monthly|annually|yearly|hourly|nightly|"
        rf"(?:every|each)\s+(?:other\s+|two\s+|three\s+|four\s+|\d+\s+)?(?:{_UNIT_RE}s?|"
        rf"{_WEEKDAY_RE}|{_PART_RE}|{_MONTH_RE}))\b",
        _set,
    ),
    (
        r"\b(?:(?:last|next|this)\s+)?(?-i:Christmas(?:\s+Eve)?|New\s+Year's\s+(?:Day|Eve)|"
        r"Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|Veterans\s+Day|"
        r"Election\s+Day)(?:,?\s+\d{4})?\b",
        _holiday,
    ),
    (
        rf"\b(?:the\s+year\s+)?(?:nineteen[\s-]+(?:{_TENS}(?:[\s-]+{_SMALL})?|{_SMALL})|"
        r"two\s+thousand(?:\s+and\s+\w+)?)\b",
        _spelled_year,
    ),
    (
        r"\b(?:the\s+end\s+of\s+(?:the|this)\s+(?:month|year|week)|year-end|year's\s+end|"
        r"the\s+end\s+of\s+the\s+year)\b",
        _span_of_day,
    ),
    (r"\bthe\s+(?:(?:fiscal|full|current|entire|whole)\s+)?year\b(?![-'])", _the_year),
    (r"\byear-(?:earlier|ago)\b", _year_ago_adjective),
    (r"\b(?:years|months|weeks|days|decades|centuries|hours|minutes)\b(?:\s+ago\b)?", _bare_plural),
]
_COMPILED: list[tuple[re.Pattern[str], Handler]] = [
    (re.compile(pattern, re.IGNORECASE), handler) for pattern, handler in _RULES
]


def _resolve_deferred(candidate: _Candidate, ctx: _Context) -> str:
    """Values that depend on what the document said before: the running fiscal quarter."""
    value = candidate.value
    if value.startswith("@SETQ"):
        value = value[len("@SETQ") :]
        if not value.startswith("X"):
            ctx.quarter = (int(value[:4]), int(value[-1]))
        return value
    if not value.startswith("@") or value.startswith(("@AT", "@ANA")):
        return value  # clock times and anaphora are anchored once all expressions are known
    quarter = ctx.quarter
    if quarter is None and ctx.published is not None:
        # Earnings news talks about the last completed quarter.
        index = ctx.published.year * 4 + (ctx.published.month - 1) // 3 - 1
        quarter = (index // 4, index % 4 + 1)
    if quarter is None:
        return "XXXX-QX"
    year, number = quarter
    if value.startswith("@QYEAR"):
        return f"{value[len('@QYEAR') :]}-Q{number}"
    try:
        if value == "@Q-1Y":
            return f"{year_text(year - 1)}-Q{number}"
        if value == "@Q+1":
            return quarter_value(year * 4 + number)
        return f"{year_text(year)}-Q{number}"
    except OverflowError:  # a quarter before 0001 or after 9999
        return "XXXX-QX"


def _handle(handler: Handler, match: re.Match[str], ctx: _Context) -> tuple[str, str] | None:
    """``handler``'s reading of ``match``; underspecified when resolving it against the
    publication date leaves the calendar (``next year`` in 9999, ``yesterday`` on 0001-01-01),
    as if there were no publication date, instead of an error or a five-digit year."""
    try:
        return handler(match, ctx)
    except (OverflowError, ValueError):
        if ctx.published is None:
            return None
    try:
        result = handler(match, _Context(ctx.text, None, ctx.quarter))
    except (OverflowError, ValueError):
        return None
    if result is not None and result[1].startswith("@AT"):
        # A clock time would be put on the publication day, which is not the day it named.
        return result[0], "XXXX-XX-XX" + result[1][len("@AT") :]
    return result


def tag(text: str, published: dt.date | None) -> list[Timex]:
    """The temporal expressions of ``text``, sorted and non-overlapping, normalized against the
    publication date ``published`` (None leaves DCT-relative values underspecified: ``XXXX-08``).
    """
    ctx = _Context(text, published)
    candidates: list[_Candidate] = []
    for pattern, handler in _COMPILED:
        position = 0
        while (match := pattern.search(text, position)) is not None:
            start, end = match.span()
            result = _handle(handler, match, ctx) if end > start else None
            if result is None:
                # A rejected long reading ("will last two years") may hide a shorter one inside.
                position = start + 1
                continue
            position = end
            kind, value = result
            candidates.append(_Candidate(start, end, kind, value))
    candidates.sort(key=lambda c: (c.start - c.end, c.start))
    # Longest first; the spans taken are disjoint, so sorted by start their ends are sorted too
    # and only the one starting just before a candidate's end can overlap it (linear, not
    # quadratic, on texts with hundreds of thousands of expressions).
    taken: list[_Candidate] = []
    starts: list[int] = []
    for candidate in candidates:
        index = bisect.bisect_left(starts, candidate.end)
        if index and taken[index - 1].end > candidate.start:
            continue
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    values = [_resolve_deferred(c, ctx) for c in taken]
    for index, value in enumerate(values):
        if value.startswith("@AT"):
            values[index] = _clock_day(text, taken, values, index, published)
    _resolve_anaphora(values)
    return [
        Timex(c.start, c.end, text[c.start : c.end], c.type, value)
        for c, value in zip(taken, values, strict=True)
        if not value.startswith("@")  # an anaphor with nothing before it to point at
    ]


def _anaphor_value(anchor: tuple[int, int | None, int | None], step: int, unit: str) -> str | None:
    """The value ``step`` units after ``anchor``; OverflowError past the calendar."""
    year, month, day = anchor
    if unit == "year":
        return year_text(year + step)
    if unit == "month" and month is not None:
        return month_value(*_shift_month(year, month, step))
    if unit in ("week", "day") and month is not None and day is not None:
        date = dt.date(year, month, day)
        if unit == "week":
            return iso_week(date + dt.timedelta(weeks=step))
        return (date + dt.timedelta(days=step)).isoformat()
    return None


_ANCHOR_VALUE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)")


def _resolve_anaphora(values: list[str]) -> None:
    """Give "that year", "the following month", "the next morning" the date of the last
    expression before them precise enough to say it (in place; unresolved ones keep "@")."""
    anchor: tuple[int, int | None, int | None] | None = None
    for index, value in enumerate(values):
        if value.startswith("@ANA") and anchor is not None:
            # "the following year" of 9999 stays an unanchored anaphor, and is left out.
            with contextlib.suppress(OverflowError):
                values[index] = _anaphor_value(anchor, int(value[4:6]), value[6:]) or value
        if found := _ANCHOR_VALUE.match(values[index]):
            year_text, month_text, day_text = found.groups()
            if _date_iso(int(year_text), int(month_text or 1), int(day_text or 1)):
                anchor = (
                    int(year_text),
                    int(month_text) if month_text else None,
                    int(day_text) if day_text else None,
                )


_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d)]*\s+[\"'\u201c(]*[A-Z]|\n\s*\n")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_day(
    text: str, taken: list[_Candidate], values: list[str], index: int, published: dt.date | None
) -> str:
    """The value of a bare clock time: on the day a neighbouring expression of the same
    sentence names ("at 10:35 a.m. (0735 GMT) Friday"), else on the publication day."""
    clock = values[index][len("@AT") :]
    candidate = taken[index]
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(taken):
            continue
        day = _DAY_VALUE.match(values[neighbour])
        other = taken[neighbour]
        left, right = sorted((candidate, other), key=lambda c: c.start)
        between = text[left.end : right.start]
        if day and len(between) <= 120 and not _SENTENCE_BREAK.search(between):
            return day.group(0) + clock
    return (published.isoformat() if published else "XXXX-XX-XX") + clock
