"""Handlers for calendar expressions: named days, months, seasons and clock times (years,
decades and centuries are in ``years.py``, holidays in ``holidays.py``). Each reads the named
groups of its rule's pattern (see ``rules.py``) and returns ``(type, value)``, or None when the
match is not a temporal expression after all."""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.temporal.cues import Context, direction, preceding_word
from tui.extract.temporal.deferred import ClockTime, Value
from tui.extract.temporal.values import (
    date_iso,
    day_number,
    day_year,
    month_year,
    number,
    weekday_date,
)
from tui.extract.temporal.vocabulary import (
    DAY,
    MONTH,
    MONTHS,
    PART,
    PARTS_OF_DAY,
    SEASON_START_MONTH,
    SEASONS,
    TODAYS_GENERIC_AFTER,
    WEEKDAY,
    WEEKDAY_WORD,
    WEEKDAYS,
    YEAR,
)
from tui.model.timex import iso_week, year_text

Result = tuple[str, Value] | None

# Words before a lone month name that make it a month ("in May", "last March").
_MONTH_PREPOSITIONS = {
    "in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before",
    "after", "last", "next", "this", "early", "late", "mid", "mid-", "end", "beginning", "each",
    "every", "between", "and", "or", "for", "on", "past", "coming", "back", "starting", "around",
    "middle", "start", "late-", "early-", "as", "the",
}  # fmt: skip
_TITLES = {"mr.", "mrs.", "ms.", "dr.", "miss", "gen.", "sen.", "rep.", "gov.", "judge", "prof."}
_FOLLOWING_YEAR = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b", re.I)
# "from April to August 2005", "between January and March 1998": the range's year.
# The year said once at the end of a range: "from April to August 2005", "March 7-8, 1997",
# "August 6 and 9, 1945" (the first end is in that year, not the nearest one).
_RANGE_YEAR = re.compile(
    rf"\s*(?:to|through|until|till|and|or|-|–)\s*(?:(?:{MONTH})\.?(?:\s+{DAY})?,?|{DAY},)"
    rf"\s+(?P<year>{YEAR})"
)


def words_of(text: str | None) -> str:
    """A group's text in lower case with single spaces ("" for a group that did not match)."""
    return re.sub(r"\s+", " ", text.lower()) if text else ""


def year_of(text: str) -> int:
    """The year of "1998" or of a year said in words ("nineteen ninety-four", "two thousand")."""
    if text.isdigit():
        return int(text)
    words = words_of(text).replace("-", " ").split()
    if words[0] == "nineteen":
        return 1900 + int(number(" ".join(words[1:])) or 0)
    return 2000 + int(number(" ".join(w for w in words[2:] if w != "and")) or 0)


def month_of(text: str) -> int:
    """The month number of a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[text.rstrip(".").lower()]


def _lone_month_is_word(match: re.Match[str], ctx: Context, bare: bool) -> bool:
    """Whether a month name with no day or year is a word instead ("Mr. May", "May Day")."""
    month = match["month"]
    previous = preceding_word(ctx, match.start())
    if previous in _TITLES:
        return True
    if (
        bare
        and month == "Jan"
        and (
            re.match(r" [A-Z]", ctx.text[match.end() : match.end() + 2])
            or re.search(r"[A-Z][a-z]+ $", ctx.text[max(0, match.start() - 20) : match.start()])
        )
    ):
        return True  # "Jan Kavan", "Mullah Sher Jan": the name (the month is written "Jan.")
    if month in ("May", "Mar", "March") and bare and previous not in _MONTH_PREPOSITIONS:
        return True  # a lone month name is a month only in a temporal frame
    if bare and re.match(r" [A-Z]", ctx.text[match.end() : match.end() + 2]):
        return previous not in _MONTH_PREPOSITIONS
    # "the March of the Mothers" is a march
    return bare and previous == "the" and bool(re.match(r"\W*of\b", ctx.text[match.end() :]))


_AFTER_THE_ATTACKS = {"since", "after", "following", "post", "post-", "before", "pre-"}
_ATTACKS_AFTER = re.compile(r"\s+(?:attacks?|terror|terrorist|hijack|commission)", re.I)


def _names_the_attacks(match: re.Match[str], ctx: Context) -> bool:
    """Whether a bare "Sept. 11" in news after 2001 names the attacks of 2001."""
    if match["weekday"] or match["rel"] or match["edge"]:
        return False
    return preceding_word(ctx, match.start()) in _AFTER_THE_ATTACKS or bool(
        _ATTACKS_AFTER.match(ctx.text, match.end())
    )


def explicit_date(match: re.Match[str], ctx: Context) -> Result:
    """Month names with optional weekday, day and year; early/late/mid; last/next/this Month."""
    month = month_of(match["month"])
    day_text = match["day"] or match["lead_day"]
    day = day_number(day_text) if day_text else None
    relative = words_of(match["rel"])
    head = match["weekday"] or match["edge"] or relative or match["lead_day"]
    bare = day is None and match["year"] is None and not head
    if (bare or match["month"] in ("May", "March")) and _lone_month_is_word(match, ctx, bare):
        return None
    # "in February this year", "April next year": the year phrase that follows names the year.
    year_phrase = _FOLLOWING_YEAR.match(match["year_word"] or "")
    pub = ctx.published
    if match["year"]:
        year = year_of(match["year"])
    elif pub is None:
        year = None
    elif year_phrase:
        year = pub.year + {"this": 0, "last": -1, "next": 1}[year_phrase.group(1).lower()]
    elif range_year := _RANGE_YEAR.match(ctx.text, match.end()):
        year = int(range_year["year"])
    elif relative in ("last", "past", "this past"):
        year = pub.year if month < pub.month else pub.year - 1
    elif relative in ("next", "coming", "this coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif relative == "this":
        year = pub.year
    elif (month, day) == (9, 11) and pub > dt.date(2001, 12, 31) and _names_the_attacks(match, ctx):
        year = 2001  # "following Sept. 11", "the Sept. 11 attacks": the attacks of 2001
    elif day is not None:
        year = day_year(pub, month, day, direction(ctx, match.start(), match.end()))
    else:
        year = month_year(pub, month, direction(ctx, match.start(), match.end()))
    year_part = "XXXX" if year is None else year_text(year)
    if day is not None:
        if year is not None and date_iso(year, month, day) is None:
            return None
        return "DATE", f"{year_part}-{month:02d}-{day:02d}"
    return "DATE", f"{year_part}-{month:02d}"


def part_of_date(match: re.Match[str], ctx: Context) -> Result:
    """ "the morning of Nov. 16": that day's part, a TIME; a month without its day is left to
    the month rule (an "evening of March" is no day)."""
    result = explicit_date(match, ctx)
    if result is None or not (match["day"] or match["lead_day"]):
        return None
    return "TIME", f"{result[1]}T{PARTS_OF_DAY[match['part_of'].lower()]}"


_DAY_RANGE_START = re.compile(
    rf"(?P<month>{MONTH})\.?\s+{DAY}(?:,?\s+{DAY})*,?\s*(?:and|or|to|through|-|–)\s*$", re.I
)


_RANGE_WORDS = (" and", " or", " to", "through", "-", "–")


def range_day(match: re.Match[str], ctx: Context) -> Result:
    """The second day of "April 24 and 25", "May 3-5": the first one's month (TimeML tags each
    end of a range on its own)."""
    start = match.start()
    if not ctx.text[max(0, start - 9) : start].rstrip().endswith(_RANGE_WORDS):
        return None  # most numbers: no range word just before (cheap before the search)
    found = _DAY_RANGE_START.search(ctx.text, max(0, start - 40), start)
    if found is None:
        return None
    month, day = month_of(found["month"]), day_number(match["day"])
    if match["year"]:
        year = int(match["year"])  # "March 7-[8, 1997]": the year said once, at the end
    elif ctx.published is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    else:
        year = day_year(ctx.published, month, day, direction(ctx, found.start(), match.end()))
    value = date_iso(year, month, day)
    return ("DATE", value) if value else None


def week_of(match: re.Match[str], ctx: Context) -> Result:
    """ "the week of March 6": the ISO week holding that day."""
    month, day = month_of(match["month"]), day_number(match["day"])
    if match["year"]:
        year = int(match["year"])
    elif ctx.published is None:
        return "DATE", "XXXX-WXX"
    else:
        year = day_year(ctx.published, month, day, direction(ctx, match.start(), match.end()))
    value = date_iso(year, month, day)
    return ("DATE", iso_week(dt.date.fromisoformat(value))) if value else None


def numeric_date(match: re.Match[str], ctx: Context) -> Result:
    """``2021-03-04`` and US ``03/04/2021`` (month first)."""
    if match["iso_year"]:
        year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    else:
        month, day, year = int(match["us_month"]), int(match["us_day"]), int(match["us_year"])
        if year < 100:
            year += 1900 if year > 30 else 2000
    value = date_iso(year, month, day)
    return ("DATE", value) if value else None


def _timed_part(match: re.Match[str]) -> str | None:
    """The part of the day that makes a weekday a TIME: "Monday evening" is ``...TEV``. TimeBank
    annotates "Friday night" as the plain day far more often, so "night" keeps the DATE."""
    part = (match["part"] or "").lower()
    return part if part in ("morning", "afternoon", "evening") else None


_WEEKDAY_RANGE_START = re.compile(
    rf"\b(?P<weekday>{WEEKDAY})\s*(?:through|thru|to|until|till|-|–)\s*$", re.I
)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_AWAITED = re.compile(r"\b(?:ahead\s+of|upcoming|run-up\s+to|awaiting|await|awaits)\s+$", re.I)


def _named_weekday(published: dt.date, number_of_day: int, forward: bool) -> dt.date:
    """The day a bare weekday names: the nearest one ahead when the tense points forward, else
    the latest on or before publication. The day after publication is that day whatever the
    tense: a story dated the day before its events was filed the evening before ("Albright
    headed Tuesday to East Africa" in a Monday story; TimeBank dev: 11 of 13 such weekdays,
    silver 4 of 4)."""
    forward = forward or (number_of_day - published.weekday()) % 7 == 1
    return weekday_date(published, number_of_day, +1 if forward else -1)


# "on Monday and Tuesday nights", "Saturday, Sunday or Monday mornings": the plural part of
# the day after the last weekday of a list is every one's, so each day of the list recurs.
_SHARED_PLURAL_PART = re.compile(
    rf"(?:\s*,\s*{WEEKDAY_WORD})*\s*,?\s+(?:and|or)\s+{WEEKDAY_WORD}\s+(?P<parts>{PART})s\b",
    re.I,
)


def weekday(match: re.Match[str], ctx: Context) -> Result:
    """Weekdays, optionally with last/next/this and a part of the day."""
    number_of_day = WEEKDAYS[match["weekday"].lower()]
    if not match["rel"] and not match["part"]:
        shared = _SHARED_PLURAL_PART.match(ctx.text, match.end())
        if shared:
            part_code = PARTS_OF_DAY[shared["parts"].lower()]
            return "SET", f"XXXX-WXX-{number_of_day + 1}T{part_code}"
    if ctx.published is None:
        part = _timed_part(match)
        return (
            ("TIME", f"XXXX-WXX-{number_of_day + 1}T{PARTS_OF_DAY[part]}")
            if part
            else (
                "DATE",
                f"XXXX-WXX-{number_of_day + 1}",
            )
        )
    relative = words_of(match["rel"])
    if match["month"]:
        # "this coming Sunday, March eighth": the day the month and day say, in the year the
        # weekday's direction gives.
        month, day_of_month = month_of(match["month"]), day_number(match["day"])
        step = -1 if relative in ("this past", "last", "past") else +1
        date = date_iso(day_year(ctx.published, month, day_of_month, step), month, day_of_month)
        return ("DATE", date) if date else None
    if relative in ("this past", "last", "past"):
        day = weekday_date(ctx.published, number_of_day, -1, strict=True)
    elif relative in ("next", "this coming", "coming"):
        day = weekday_date(ctx.published, number_of_day, +1, strict=True)
    elif first := _WEEKDAY_RANGE_START.search(ctx.text, max(0, match.start() - 30), match.start()):
        # "Thursday through Saturday": the end of a range of days follows its start.
        first_number = WEEKDAYS[first["weekday"].lower()]
        forward = direction(ctx, first.start(), first.end()) > 0
        start_day = _named_weekday(ctx.published, first_number, forward)
        day = start_day + dt.timedelta(days=(number_of_day - first_number) % 7)
    else:
        if _POSSESSIVE.match(ctx.text, match.end()):
            # "Wednesday's ruling", "Friday's close": a day whose news is being reported, in
            # the past whatever the sentence's tense, unless it is awaited ("ahead of").
            forward = bool(_AWAITED.search(ctx.text, max(0, match.start() - 30), match.start()))
        else:
            forward = direction(ctx, match.start(), match.end()) > 0
        day = _named_weekday(ctx.published, number_of_day, forward)
    part = _timed_part(match)
    if part:
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part]}"
    return "DATE", day.isoformat()


def weekday_set(match: re.Match[str], ctx: Context) -> Result:
    """ "on Mondays", "Tuesday nights": a weekday that recurs."""
    number_of_day = WEEKDAYS[match["weekday"].lower()]
    part = match["part"] or match["parts"]
    return "SET", f"XXXX-WXX-{number_of_day + 1}" + (
        f"T{PARTS_OF_DAY[part.lower()]}" if part else ""
    )


def day_word(match: re.Match[str], ctx: Context) -> Result:
    """today/yesterday/tomorrow/tonight, last night, this morning, the day before yesterday."""
    word = words_of(match["day"])
    if word == "today" and not match["lead"] and TODAYS_GENERIC_AFTER.match(ctx.text, match.end()):
        return None  # "today's world", "today's youth": our times, no day (dev: 0 of 4 tagged)
    offset = 0
    if "day before yesterday" in word:
        offset = -2
    elif "day after tomorrow" in word:
        offset = 2
    elif "yesterday" in word or word.startswith("last"):
        offset = -1
    elif "tomorrow" in word:
        offset = 1
    part = None
    if word.startswith("this"):
        # "(later) this morning" is a TIME; "yesterday morning", "last night": the plain day
        part = (match["part"] or match["this_part"]).lower()
    elif words_of(match["lead"]).startswith("mid"):
        part = "afternoon"  # "mid-afternoon yesterday" names its part of the day
    if ctx.published is None:
        return ("TIME" if part else "DATE"), "PRESENT_REF" if offset == 0 else "XXXX-XX-XX"
    day = (ctx.published + dt.timedelta(days=offset)).isoformat()
    if part:
        return "TIME", f"{day}T{PARTS_OF_DAY[part]}"
    return "DATE", day


def _group(match: re.Match[str], name: str) -> str | None:
    """A named group of ``match``, None when the rule's pattern has no such group."""
    return match.groupdict().get(name)


def _clock_on_day(match: re.Match[str], ctx: Context, clock: str) -> Result:
    """A clock time (``T15:00``) on the day the match names after it ("Friday", "today",
    "Nov. 6"), or deferred to the day its sentence names when it names none."""
    anchor = ctx.published
    if _group(match, "month"):
        month, day = month_of(match["month"]), day_number(match["day"])
        if match["year"]:
            year = int(match["year"])
        elif anchor:
            year = day_year(anchor, month, day, direction(ctx, match.start(), match.end()))
        else:
            return "TIME", f"XXXX-{month:02d}-{day:02d}{clock}"
        date_text = date_iso(year, month, day)
        return ("TIME", date_text + clock) if date_text else None
    named_day = (_group(match, "dayword") or "").lower()
    if _group(match, "weekday") and anchor:
        forward = direction(ctx, match.start(), match.end()) > 0
        anchor = _named_weekday(anchor, WEEKDAYS[match["weekday"].lower()], forward)
    elif anchor and named_day == "yesterday":
        anchor -= dt.timedelta(days=1)
    elif anchor and named_day == "tomorrow":
        anchor += dt.timedelta(days=1)
    elif named_day != "today":
        # A bare clock time belongs to the day the sentence names, if it names one.
        return "TIME", ClockTime(clock)
    date_text = anchor.isoformat() if anchor else "XXXX-XX-XX"
    return "TIME", date_text + clock


def time_of_day(match: re.Match[str], ctx: Context) -> Result:
    """``3 p.m.``, ``10:30 a.m. EST``, ``noon``, optionally with a day after it."""
    if match["hour"]:
        spelled = not match["hour"].isdigit()
        hour = int(number(match["hour"]) or 0) if spelled else int(match["hour"])
        minute = int(match["minute"] or match["dot_minute"] or 0)
        if hour > 12 or minute > 59:
            return None
        meridiem = match["meridiem"].lower()
        if spelled and meridiem in ("am", "pm"):
            return None  # "the one am I": a spelled hour takes "a.m.", "p.m." or "o'clock"
        if meridiem.startswith("o"):
            # "eight o'clock" is the hour as said, unless the words after it say the evening.
            if hour < 12 and _LATER_HALF_AFTER.match(ctx.text, match.end()):
                hour += 12
            return _clock_on_day(match, ctx, f"T{hour:02d}:{minute:02d}")
        if meridiem.startswith("in"):
            # "4 in the morning", "at 3 in the afternoon": said as a clock time only after a
            # word that frames one ("scored 2 in the afternoon session" is a count).
            if preceding_word(ctx, match.start()) not in _CLOCK_FRAMES:
                return None
            meridiem = "a" if meridiem.endswith("morning") else "p"
        if meridiem[0] == "p" and hour != 12:
            hour += 12
        if meridiem[0] == "a" and hour == 12:
            hour = 0
    elif match["named"].lower() == "midnight":
        hour, minute = 24, 0
    else:
        hour, minute = 12, 0
    return _clock_on_day(match, ctx, f"T{hour:02d}:{minute:02d}")


_LATER_HALF_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:afternoon|evening)|at\s+night|tonight|this\s+(?:afternoon|evening))\b",
    re.I,
)
_CLOCK_FRAMES = {"at", "by", "until", "till", "from", "before", "after", "around", "about", "since"}


def clock_24(match: re.Match[str], ctx: Context) -> Result:
    """24-hour clock times: "1600 GMT Thursday", "22:00 GMT", "at 14:30" (a four-digit time
    needs its zone, and a bare "9:30" a preposition, so that counts and scores stay out)."""
    hour = int(match["hour"] or match["hh"])
    minute = int(match["minute"] or match["mm"])
    if hour == 24 and minute:
        return None
    bare = match["hour"] and not match["zone"] and hour < 13
    if bare and preceding_word(ctx, match.start()) not in _CLOCK_FRAMES:
        return None
    return _clock_on_day(match, ctx, f"T{hour:02d}:{minute:02d}")


_SEASON_FRAMES = {
    "in", "during", "by", "until", "this", "since", "through", "before", "after", "over",
    "early", "late", "for", "next", "last",
}  # fmt: skip


def season(match: re.Match[str], ctx: Context) -> Result:
    """Seasons with a year ("the summer of 1998", "spring 2001") or in a temporal frame."""
    code = SEASONS[match["season"].lower()]
    if match["year"]:
        return "DATE", f"{year_of(match['year']):04d}-{code}"
    if match["rel_year"]:
        if ctx.published is None:
            return "DATE", f"XXXX-{code}"
        step = {"this": 0, "last": -1, "next": 1}[match["rel_year"].lower()]
        return "DATE", f"{year_text(ctx.published.year + step)}-{code}"
    edge = (match["edge"] or "").lower()
    framed = edge in ("early", "late") or (match["the"] and not edge)
    if not framed and preceding_word(ctx, match.start()) not in _SEASON_FRAMES:
        return None
    if ctx.text[match.end() : match.end() + 4].lower() == " of ":
        return None
    if ctx.published is None:
        return "DATE", f"XXXX-{code}"
    pub = ctx.published
    year = pub.year
    way = direction(ctx, match.start(), match.end())
    if way < 0 and SEASON_START_MONTH[code] > pub.month:
        year -= 1
    elif code != "WI":
        # The nearest one the tense allows, by its middle month, as a month is: "in Spring"
        # in a December story is the coming one.
        year = month_year(pub, SEASON_START_MONTH[code] + 1, way)
    return "DATE", f"{year_text(year)}-{code}"
