"""An event's status from its clause: occurred, planned or expected.

A prediction ("could rise", "is on track to") is expected, a plan or schedule is planned, and an
announcement of a plan occurred; a date after publication with no cue is planned.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.predicates import PLAIN_PAST
from tui.extract.temporal.prefilter import with_prefilter
from tui.model.dates import PartialDate
from tui.model.timeline import EventStatus

# (with_prefilter: the same matches, behind a look at each position's first character, which
# most positions of a sentence fail: a third to a half of the pattern's time.)
# (Also "a ruling on the case, which is expected next month": expected, not scheduled.)
_EXPECTED = with_prefilter(
    r"\b(?:expected|likely|poised|due)\s+to\b|\b(?:is|are|be)\s+(?:now\s+)?expected\b(?!\s+to\b)",
    re.IGNORECASE,
)
# A prediction is expected, not planned: "could rise", "is on track to", "is forecast to".
_PREDICTED = re.compile(
    r"\b(?:could|might|may)\s+(?!have\b|not\b)[a-z]+|"
    r"\b(?:on\s+track|projected|forecast|predicted|set\s+to\s+rise)\s+to\b"
)
_REPORTED_CONTENT = re.compile(r"\b(?:that|warn\w*|said|says|fears?|concerns?|hearing)\b")
# "announced it will close": the announcement happened; the plan is what it announced.
_ANNOUNCED_PLAN = re.compile(
    r"\b(?:announced|said|declared|confirmed|unveiled|decided|agreed|warned|pledged|promised)"
    r"(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\s+"
    r"(?:will|would|plans?\s+to|planned\s+to|intends?\s+to)\b",
    re.IGNORECASE,
)
_PLANNED = with_prefilter(
    # ("Amir's plan to kill" is a noun: whose plan, not a plan of the event's.)
    r"(?<!['\u2019]s )(?<!\bthe )(?<!\ba )"
    r"\b(?:plans?|planned|planning|intends?|intending|scheduled|set|aims?|going)\s+to\b|"
    r"\bwill\b|\u2019ll\b|'ll\b|\bto\s+meet\b.*\blater\b",
    re.IGNORECASE,
)


# "employees were told early this week that numerous staff functions were going to be
# centralized": the telling happened; the plan is what they were told.
_TOLD_THAT = re.compile(
    r"\b(?:told|said|announced|informed|notified|warned|confirmed)\b[^.;:]{0,60}?\bthat\b",
    re.IGNORECASE,
)


def _told_plan(clause: str) -> bool:
    """Whether every plan cue of ``clause`` is in what someone was told or said."""
    told = _TOLD_THAT.search(clause)
    plans = [
        match for match in _PLANNED.finditer(clause) if not _plan_is_a_noun(clause, match.start())
    ]
    return told is not None and bool(plans) and all(match.start() > told.end() for match in plans)


# "expects to post a charge"; "will result in lower earnings": a consequence foreseen, not a plan.
_CONSEQUENCE = with_prefilter(
    r"\bexpects?[ \t]+to\b|\bwill[ \t]+(?:result|lead|cause|mean|rise|fall|drop|decline)\b",
    re.IGNORECASE,
)
# "a shareholder-rights plan to ward off suitors": "plan" after its determiner is a noun.
_NOUN_PLAN = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z",
                        re.IGNORECASE)  # fmt: skip


def _plan_is_a_noun(clause: str, start: int) -> bool:
    """Whether the "plan(s) to" at ``start`` is a noun ("a shareholder-rights plan to ...")."""
    return clause[start : start + 4].lower() == "plan" and bool(_NOUN_PLAN.search(clause, 0, start))


def event_status(clause: str, date: str, published: dt.date) -> EventStatus:
    """Expected ("is expected to", "could rise"), planned ("plan to", "will", a future date)
    or occurred (also "announced it will close" on a past day: the announcement happened)."""
    first = date.split("/")[0]
    try:
        future = PartialDate.parse(first).first_day > published
    except ValueError:
        future = False
    # "Upjohn said it will offer ... in a move expected to result in a charge": the
    # announcement happened, whatever its plan is expected to bring.
    if not future and (_ANNOUNCED_PLAN.search(clause) or _told_plan(clause)):
        return EventStatus.OCCURRED
    if _EXPECTED.search(clause) or _CONSEQUENCE.search(clause):
        return EventStatus.EXPECTED
    if any(not _plan_is_a_noun(clause, match.start()) for match in _PLANNED.finditer(clause)):
        return EventStatus.PLANNED
    predicted = _PREDICTED.search(clause)
    # "warnings that air strikes could ...": a prediction reported, not the event's own status.
    if predicted and not _REPORTED_CONTENT.search(clause, 0, predicted.start()):
        return EventStatus.EXPECTED
    if future and _told_as_past(clause, first, published):
        return EventStatus.OCCURRED
    return EventStatus.PLANNED if future else EventStatus.OCCURRED


# A verb in the simple past, not after an auxiliary ("was planned for Tuesday" is a plan).
# (predicates.PLAIN_PAST: not "cut", "set", presents too.)
_ACTIVE_PAST = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )"
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )"
    rf"\b(?:[a-z]{{2,}}ed|{'|'.join(sorted(PLAIN_PAST))})\b"
)


def _told_as_past(clause: str, first: str, published: dt.date) -> bool:
    """Whether an event dated the day after publication is told in the past tense: a wire
    story is often dated the evening before it runs, so "Albright headed Tuesday to East
    Africa" in a Monday story happened (the tagger dates that weekday the next day)."""
    try:
        day = PartialDate.parse(first)
    except ValueError:
        return False
    if day.first_day != published + dt.timedelta(days=1) or day.last_day != day.first_day:
        return False
    return _ACTIVE_PAST.search(clause) is not None
