"""Which day a sentence's date gives its event: a happening's date, a duration counted from
the day named before it, an accounting period, a date on a noun rather than on the verb.

Split from :mod:`tui.extract.events`, which decides what events a sentence has.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Protocol

from tui.model.timex import timex_to_edtf, value_range


class TimexLike(Protocol):
    """What events need of a temporal expression (``tui.extract.temporal.Timex``)."""

    start: int
    end: int
    text: str
    type: str
    value: str


# --- dates -------------------------------------------------------------------------------------

# A date wider than a year ("the 1980s", "the 20th century") is background, not a happening.
MAX_EVENT_DAYS = 366


def event_date(timex: TimexLike) -> str | None:
    """The date an event gets from a DATE or TIME expression (EDTF), else ``None``.

    ``None`` too for a value that names no calendar time (``PRESENT_REF``) or a span wider
    than a year. Extraction and the reader's new event both date a sentence by this.
    """
    if timex.type not in ("DATE", "TIME"):
        return None
    covered = value_range(timex.value)
    if covered is None or (covered[1] - covered[0]).days >= MAX_EVENT_DAYS:
        return None
    return timex_to_edtf(timex.value)


_DURATION_DAYS = re.compile(r"^P(\d+)([DW])$")
TAKE = re.compile(r"\btak(?:e|es|ing)\s+(?:about\s+|around\s+|some\s+)?$")
# "is expected to " right before "take two days", kept in the event's date_text.
EXPECTED_LEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|due)\s+to\s+$")


# "fourth-quarter earnings", "the year-earlier period", "fiscal 1989": the period a result
# covers, not when it was reported (the report is the statement, dated at publication).
_ACCOUNTING_TEXT = re.compile(
    r"\bquarter|\bfiscal\b|\bhalf\b|year[- ]earlier|year[- ]ago|\bperiod\b", re.IGNORECASE
)
_ACCOUNTING_VALUE = re.compile(r"-(?:Q[1-4]|H[12])\b")
# "the quarter ended Sept. 30": the end of the period, not a day something happened.
_PERIOD_END = re.compile(r"\b(?:quarter|year|period|months?)\s+(?:ended|ending)\s+$", re.IGNORECASE)
COMPARISON = re.compile(r"year[- ]earlier|year[- ]ago", re.IGNORECASE)
REPORTING = re.compile(
    r"\b(?:said|says|reported|reports|posted|estimated|estimates|announced|expects|"
    r"expected|predicted|forecast|projected)\b"
)


# "the company's 1989 operating results", "its 1990 earnings": the year a result covers.
_RESULT_AFTER = re.compile(
    r"[ \t]+(?:(?:operating|financial|fiscal|full-year|annual|net)[ \t]+)?"
    r"(?:results|earnings|profits?|losses|revenues?|sales|accounts)\b",
    re.IGNORECASE,
)


def is_accounting_period(timex: TimexLike, sentence: str, offset: int) -> bool:
    """Whether ``timex`` (in ``sentence``, which starts at ``offset``) is an accounting period."""
    if _ACCOUNTING_VALUE.search(timex.value) or _ACCOUNTING_TEXT.search(timex.text):
        return True
    if re.fullmatch(r"\d{4}", timex.value) and _RESULT_AFTER.match(sentence, timex.end - offset):
        return True
    return _PERIOD_END.search(sentence, 0, max(0, timex.start - offset)) is not None


def arrival_date(sentence: str, timex: TimexLike, offset: int, anchor: dt.date) -> str | None:
    """``"expected to take two days to arrive"`` -> ``anchor`` + 2 days; ``None`` otherwise.

    The anchor is the day the text last named (the departure), else the publication date.
    """
    duration = _DURATION_DAYS.match(timex.value)
    if duration is None:
        return None
    before = sentence[: timex.start - offset]
    after = sentence[timex.end - offset :]
    if not TAKE.search(before):
        return None
    if not re.match(r"\s+to\s+(?:arrive|reach|get|travel|complete|finish|return)\b", after):
        return None
    days = int(duration[1]) * (7 if duration[2] == "W" else 1)
    try:
        return (anchor + dt.timedelta(days=days)).isoformat()
    except OverflowError:  # past 9999-12-31: no date rather than a crash
        return None


# A possessive date ("Wednesday's attacks") or one between a determiner and a noun ("the 2014
# annexation"); "at Thursday's ceremony" dates what happened at it, so is not one.
_POSSESSIVE = re.compile(r"\A['\u2019]s\b")
_AT_BEFORE = re.compile(r"\b(?:at|during|in|on|after|since)\s+\Z", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\A[ \t]+[a-z][a-z\-]+\b(?![ \t]+(?:of|by|in|on|at)\b)")


def dates_a_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` modifies a noun rather than the verb."""
    before, after = sentence[max(0, start - 12) : start], sentence[end : end + 30]
    text = sentence[start:end]
    if text.endswith(("'s", "\u2019s")) or _POSSESSIVE.match(after):
        return _AT_BEFORE.search(before) is None
    return bool(
        _DETERMINER_BEFORE.search(before)
        and re.fullmatch(r"\d{4}(?:-\d{2,4})?", text)
        and _NOUN_AFTER.match(after)
    )


# "10 p.m.", "at 6 a.m.", "noon local time": a time of day that names no day.
_CLOCK_ONLY = re.compile(
    r"(?:at[ \t]+)?(?:\d{1,2}(?:[:.]\d\d)?[ \t]*[ap]\.?m\.?|noon|midnight)"
    r"(?:[ \t]+(?:local[ \t]+time|[A-Z]{2,4}))?",
    re.IGNORECASE,
)
# "10 days before the murder": the sentence counts from another happening's day.
_COUNTED_FROM = re.compile(
    r"\b(?:hours?|days?|weeks?|months?)[ \t]+(?:before|after|earlier|later|prior[ \t]+to)\b",
    re.IGNORECASE,
)


def clock_only(date_text: str) -> bool:
    """Whether ``date_text`` is a time of day that names no day ("10 p.m."): it dates its
    sentence at publication only because nothing else does."""
    return _CLOCK_ONLY.fullmatch(date_text.strip()) is not None


def on_another_day(timex: TimexLike, sentence: str, others: Sequence[TimexLike] = ()) -> bool:
    """Whether ``timex``, a time of day that names no day, is on a day the sentence counts from
    another happening ("observed Kopp's car at 6 a.m. ... 10 days before the murder"), or on
    the day another date of the sentence names ("just after 3 p.m. (2000 GMT) Tuesday"), which
    publication is not."""
    if not clock_only(timex.text):
        return False
    if _COUNTED_FROM.search(sentence) is not None:
        return True
    return any(
        other is not timex and other.type in ("DATE", "TIME") and not clock_only(other.text)
        for other in others
    )
