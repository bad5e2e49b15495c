"""Dates that date no happening: a dateline, the start of a series, the bound of a figure.

A temporal expression in a sentence is not always the date of something that happened then:

- a dateline ("NICOSIA, August 8 (Xinhua) --") dates the dispatch, which is no event;
- "since 1990", "since early September" after a count start a series or a running total
  ("had been arrested in several states since 1990", "has seen $161 million flow out since
  early September"): no single happening is on that date. Without a count, a state began
  then ("has been ruled directly by London since 1972"), which is a happening;
- "through Oct. 19", "this year through August" bound a year-to-date figure ("funds had an
  average 0.85% total return"), a statistic, not a happening.
- "said in an editorial on Saturday, April 25" dates a newspaper's opinion, not a happening.
- "for the last week", "over the past five years" measure how long a state lasted ("he has
  been in Bethesda for the last week"): a duration, not the date of a happening;
- "today's world", "today's society" mean nowadays;
- "Until Thursday, they had not called Kopp a suspect": a state that ended then, whose end the
  article tells as a happening of its own (he was charged Thursday), not a second one;
- "today" with only a present "is" or "have" ("Today, the right to work is equal to the right
  to survival", "Today we still have 27,000 warheads") means nowadays;
- a year naming a document, a law or a figure ("a 1971 Convention which gives Libya the right
  ...", "the 1994 constitution", "the 1967 borders", "the 1995 level") dates no happening;
- "this year", "this month" with a present perfect ("Junk-fund holders have barely broken even
  this year") is a running total or state up to now, no happening of a day.

A sentence dated only by a dateline, a series' start, a figure's bound or an editorial is no
event at all: not an undated lead, and not a statement at publication either (a figure, a count
or an editorial's preamble). A duration or "today's world" leaves its sentence a statement.

A "since" followed by a clause ("since he was found on Nov. 25") or by a noun the date
modifies ("since the January 1998 bombing") is left alone: that date is a happening's.
"""

from __future__ import annotations

import re

from tui.extract.syntax.chunks import parse

# "NICOSIA, August 8 (Xinhua) --", "TEHRAN, Aug. 8 --": capitals, an optional region, the date,
# an optional agency in brackets, a dash. Only at the start of a sentence.
_DATELINE_BEFORE = re.compile(
    r"\A\s*[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
    r"(?:,\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?,\s*\Z"
)
_DATELINE_AFTER = re.compile(r"\A\s*(?:\([A-Za-z][\w ]{0,20}\)\s*)?(?:--|_|\u2014|\u2013)")

# The date right after "since": the start of a series ("since 1990", "since early September").
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end)\s+of)\s*-?\s*)?\Z",
                           re.IGNORECASE)  # fmt: skip
# A count before the "since": "several states", "14 killings", "$161 million".
_COUNT = re.compile(r"\d|\b(?:several|many|numerous|multiple|dozens|hundreds|thousands)\b",
                    re.IGNORECASE)  # fmt: skip
# "The New York Times said in an editorial on Thursday, April 6:".
_EDITORIAL_BEFORE = re.compile(
    r"\beditorial[ \t]+(?:on|of|dated|published)?[ \t]*\Z", re.IGNORECASE
)
# "for the last week", "over the past five years": how long, not when.
_FOR_BEFORE = re.compile(r"\b(?:for|over|in)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE)
_LAST_PERIOD = re.compile(r"(?:the[ \t]+)?(?:last|past)[ \t]+", re.IGNORECASE)
_NOWADAYS = re.compile(
    r"today['\u2019]s[ \t]+(?:world|society|economy|climate|environment|market|culture|"
    r"standards|terms|age|times|generation)\b",
    re.IGNORECASE,
)
# "through Oct. 19" (not "from Monday through Friday", a span of its own).
_THROUGH_BEFORE = re.compile(r"\b(?:through|thru)\s+\Z", re.IGNORECASE)
_THROUGH_AFTER = re.compile(r"\A\s+(?:through|thru)\s+", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+\S+(?:\s+\S+){0,3}\s+(?:through|thru)\s+\Z", re.IGNORECASE)


# "Until Thursday, they had not ...", "until last week nobody had ...": what was not so before.
_UNTIL_BEFORE = re.compile(r"\b(?:[Uu]ntil|[Tt]ill)[ \t]+\Z")
_NOT_BEFORE_THEN = re.compile(
    r"\A[^.;:]{0,80}?\b(?:had|has|have|was|were|did)(?:n['\u2019]t|[ \t]+(?:not|never))\b|"
    r"\A[^.;:]{0,40}?\b(?:no[ \t]?one|nobody|none)\b[^.;:]{0,40}?\b(?:had|was|did)\b"
)


# "whatever happens today", "no matter who wins on Sunday": any happening, so none in particular.
_WHATEVER_BEFORE = re.compile(
    r"\b(?:whatever|whoever|whichever|no[ \t]+matter[ \t]+(?:what|who|how|which))\b"
    r"[^,;:.]{0,40}\Z",
    re.IGNORECASE,
)


def why_no_happening(sentence: str, start: int, end: int) -> str | None:
    """Why the date at ``sentence[start:end]`` dates no happening, or ``None`` if it may.

    ``"dateline"``, ``"since"`` (the start of a series), ``"through"`` (the bound of a
    figure), ``"editorial"`` (a newspaper's opinion), ``"duration"`` ("for the last week") or
    ``"nowadays"`` ("today's world"), ``"whatever"`` ("whatever happens today") or
    ``"until"`` ("Until Thursday, they had not called Kopp a suspect").
    """
    before, after = sentence[:start], sentence[end:]
    if _EDITORIAL_BEFORE.search(before):
        return "editorial"
    if _FOR_BEFORE.search(before) and _LAST_PERIOD.match(sentence, start, end):
        return "duration"
    if _NOWADAYS.match(sentence, start):
        return "nowadays"
    if _WHATEVER_BEFORE.search(before):
        return "whatever"
    if _UNTIL_BEFORE.search(before) and _NOT_BEFORE_THEN.match(after):
        return "until"
    if _DATELINE_AFTER.match(after) and _DATELINE_BEFORE.match(before):
        return "dateline"
    since = _SINCE_BEFORE.search(before)
    if since and _COUNT.search(before, 0, since.start()):
        return "since"
    if _FROM_BEFORE.search(before):
        return None
    if _THROUGH_BEFORE.search(before):
        return "through"
    if _THROUGH_AFTER.match(after) and not re.search(r"\bfrom\s+\Z", before, re.IGNORECASE):
        return "through"
    if _YEAR.fullmatch(sentence, start, end) and _DOCUMENT_AFTER.match(after):
        return "document"
    return _by_tense(sentence, start, end)


# "the 1971 Convention", "the 1997 Kyoto Protocol", "the 1994 constitution", "pre-1967 borders":
# a year that names a document, a law, a border or a figure, not the date of a happening.
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_DOCUMENT_AFTER = re.compile(
    r"\A(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:Convention|Treaty|Act|Accords?|Constitution|Charter|"
    r"Protocol|Declaration|Pact|Code|Statute|Directive)\b|"
    r"\A[ \t]+(?:(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z][\w-]*[ \t]+)?"
    r"(?:constitution|law|borders?|boundaries|levels?|figures?|"
    r"budget|prices|standards?|lines|charter|treaty|convention|protocol)\b"
)


_TODAY = re.compile(r"[Tt]oday")
_CURRENT_PERIOD = re.compile(r"(?:so[ \t]+far[ \t]+)?this[ \t]+(?:year|month)", re.IGNORECASE)
# A present state: "is", "are", "have" (not "said", "will", "was").
_PRESENT_STATE = frozenset({"is", "are", "'s", "\u2019s", "'re", "has", "have"})
_FINITE = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})


def _first_after(words: list[tuple[str, str, int]], end: int) -> int:
    """The index of the first word at or after offset ``end``."""
    return next((index for index, word in enumerate(words) if word[2] >= end), len(words))


def _by_tense(sentence: str, start: int, end: int) -> str | None:
    """``"nowadays"`` for "today" with only a present "is" or "have"; ``"running"`` for "this
    year" or "this month" whose verb, the nearest before it (or after, if none), is a present
    perfect: a total or a state up to now ("have barely broken even this year", "So far this
    year only 50 percent of tax targets have been achieved"), not "is expected to do the same
    this year"."""
    today = _TODAY.fullmatch(sentence, start, end) is not None
    if not today and _CURRENT_PERIOD.fullmatch(sentence, start, end) is None:
        return None
    parsed = parse(sentence)
    words = [
        (token.text.lower(), tag, token.start)
        for token, tag in zip(parsed.tokens, parsed.tags, strict=True)
    ]
    finite = [(word, tag) for word, tag, _ in words if tag in _FINITE]
    if not finite:
        return None
    if today:
        present = all(tag in ("VBZ", "VBP") and word in _PRESENT_STATE for word, tag in finite)
        return "nowadays" if present else None
    verbs = [
        index for index, (_, tag, _) in enumerate(words) if tag.startswith("VB") or tag == "MD"
    ]
    before = [index for index in verbs if words[index][2] < start]
    after = [index for index in verbs if words[index][2] >= end]
    # "France this year blocked ...": a verb right after the date is its own.
    right_after = bool(after) and after[0] <= _first_after(words, end) + 1
    if before and not right_after:
        nearest = before[-1]
    elif after:
        # "So far this year only 50 percent ... have been achieved": the group's last verb.
        nearest = after[0]
        while nearest + 1 < len(words) and words[nearest + 1][1].startswith(("VB", "RB")):
            nearest += 1
    else:
        return None
    if words[nearest][1] != "VBN":
        return None
    # Back over adverbs and "been" to the auxiliary: "have barely broken", "have been achieved".
    index = nearest - 1
    while index >= 0 and (words[index][1].startswith("RB") or words[index][0] == "been"):
        index -= 1
    return "running" if index >= 0 and words[index][0] in ("has", "have") else None
