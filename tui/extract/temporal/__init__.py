"""A rule-based temporal tagger for news with a TIMEX3 interface.

``tag(text, published)`` finds temporal expressions (dates, times, durations, sets) and normalizes
them against the publication date the way news is written: a bare weekday is the latest such day on
or before publication unless the sentence points forward, "last week" is an ISO week, a month
without a year is the nearest one the tense allows, and granularity is kept (``2023-08`` is never
turned into a day). Spans and values follow the TimeBank/TempEval-3 annotation conventions.

The package: ``vocabulary`` (word maps and the alternations generated from them), ``rules`` (the
rule table, each rule with its examples), the handlers that read each rule's named groups
(``handlers``, ``relative``, ``amounts``), ``cues`` (tense and attribution around an expression),
``values`` (numbers, durations, calendar arithmetic) and ``deferred`` (values that depend on the
rest of the document, resolved in one pass once every expression is known).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from tui.extract.temporal.cues import Context
from tui.extract.temporal.deferred import ClockTime, Span, resolve
from tui.extract.temporal.handlers import Result
from tui.extract.temporal.prefilter import ASCII_FOLDS
from tui.extract.temporal.rules import RULES, Handler
from tui.extract.temporal.titles import Titles
from tui.extract.temporal.values import Timex, value_range
from tui.extract.temporal.windows import windows_of

__all__ = ["Timex", "tag", "value_range"]


def _handle(handler: Handler, match: re.Match[str], ctx: Context) -> Result:
    """``handler``'s reading of ``match``; underspecified when resolving it against the
    publication date leaves the calendar (``next year`` in 9999, ``yesterday`` on 0001-01-01),
    as if there were no publication date, instead of an error or a five-digit year. A reading
    without a value is no match (one would stop the whole text's resolution)."""
    try:
        result = handler(match, ctx)
        return None if result is not None and not result[1] else result
    except (OverflowError, ValueError):
        if ctx.published is None:
            return None
    try:
        result = handler(match, Context(ctx.text, None))
    except (OverflowError, ValueError):
        return None
    if result is None or not result[1]:
        return None
    if isinstance(result[1], ClockTime):
        # A clock time would be put on the publication day, which is not the day it named.
        return result[0], "XXXX-XX-XX" + result[1].clock
    return result


def _candidates(text: str, ctx: Context) -> list[Span]:
    """Every rule's matches that its handler accepts (overlapping)."""
    found: list[Span] = []
    # A rule none of whose required words the text holds has no match here: most rules are
    # about words most articles lack (seasons, quarters, clock times), and running a pattern
    # over a whole article costs far more than looking for a few words.
    lowered = text.translate(ASCII_FOLDS).lower()
    titles = Titles(text)
    # Nor can a match lie outside the stretches of text that hold a required word and none
    # of the characters the rule cannot match (tui.extract.temporal.windows).
    windows = windows_of(text, lowered)
    for rule in RULES:
        if rule.barriers is None:
            if rule.required is not None and not any(word in lowered for word in rule.required):
                continue
            stretches = [(0, len(text))]
        else:
            stretches = windows.of(rule.required, rule.barriers)  # (none without the words)
            if not stretches:
                continue
        if rule.guarded is not None and not rule.guarded.search(text):
            continue
        pattern, handler = rule.compiled, rule.handler
        position = 0
        for window_start, window_end in stretches:
            position = max(position, window_start)
            while (match := pattern.search(text, position, window_end)) is not None:
                start, end = match.span()
                result = _handle(handler, match, ctx) if end > start else None
                if result is None:
                    # A rejected long reading ("will last two years") may hide a shorter one.
                    position = start + 1
                    continue
                position = end
                if titles.names_something(start, end):
                    continue  # ABC's "This Week", the film ``High Noon''
                found.append(Span(start, end, *result))
    return found


def _longest_disjoint(candidates: list[Span]) -> list[Span]:
    """Longest first; the spans taken are disjoint, so sorted by start their ends are sorted too
    and only the one starting just before a candidate's end can overlap it (linear, not
    quadratic, on texts with hundreds of thousands of expressions)."""
    candidates.sort(key=lambda c: (c.start - c.end, c.start))
    taken: list[Span] = []
    starts: list[int] = []
    for candidate in candidates:
        index = bisect.bisect_left(starts, candidate.end)
        if index and taken[index - 1].end > candidate.start:
            continue
        starts.insert(index, candidate.start)
        taken.insert(index, candidate)
    return taken


# "the day after Christmas", "the day before last Tuesday's hearing": one expression, the day
# beside the date it names (TimeBank tags it whole, with that day's value).
_DAY_BESIDE = re.compile(r"\bthe\s+day\s+(?P<side>before|after)\s+$", re.I)
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _day_beside(text: str, span: Span, value: str, free_from: int) -> tuple[int, str]:
    """Where the expression ``span`` starts and its value, once a "the day before/after" in
    front of a day (none of it inside the expression before, which ends at ``free_from``) is
    taken in."""
    if span.type != "DATE" or not _FULL_DAY.fullmatch(value):
        return span.start, value
    beside = _DAY_BESIDE.search(text, max(free_from, span.start - 20), span.start)
    if beside is None:
        return span.start, value
    step = -1 if beside["side"].lower() == "before" else 1
    day = dt.date.fromisoformat(value) + dt.timedelta(days=step)
    return beside.start(), day.isoformat()


def tag(text: str, published: dt.date | None) -> list[Timex]:
    """The temporal expressions of ``text``, sorted and non-overlapping, normalized against the
    publication date ``published`` (None leaves DCT-relative values underspecified: ``XXXX-08``).
    """
    taken = _longest_disjoint(_candidates(text, Context(text, published)))
    values = resolve(taken, text, published)
    found: list[Timex] = []
    for span, value in zip(taken, values, strict=True):
        if value is None:
            continue  # an anaphor with nothing before it to point at
        start, value = _day_beside(text, span, value, found[-1].end if found else 0)
        found.append(Timex(start, span.end, text[start : span.end], span.type, value))
    return found
