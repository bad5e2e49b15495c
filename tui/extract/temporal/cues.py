"""What the words around an expression say: tense and direction cues, attribution, the sentence
window a handler may look at, and the word just before an expression."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.extract.temporal.prefilter import with_prefilter


@dataclass(frozen=True, slots=True)
class Context:
    """What a handler sees besides its match: the whole text and the publication date."""

    text: str
    published: dt.date | None


# (with_prefilter: the same matches, behind a look at each position's first character, which
# most positions of a sentence fail: a third to a half of the pattern's time.)
FUTURE_CUE = with_prefilter(
    r"\b(?:will|won't|'ll|shall|would(?!\s+have)|going\s+to|expected\s+to|(?:is|are)\s+to|scheduled|slated|"
    r"plans?\s+to|planning\s+to|supposed\s+to|planned\s+(?:to|for)|(?:postponed|delayed|adjourned|deferred|"
    r"put\s+off|extended)\s+(?:\w+\s+){0,3}?(?:until|till|to)|set\s+to|intends?\s+to|upcoming|to\s+be\s+held|due\s+to\s+"
    r"(?!the)|aims?\s+to|payable|expires?|effective|as\s+soon\s+as)\b",
    re.I,
)
# The present of a scheduled event, before the date: "is traveling to Somalia on Tuesday",
# "which begins on Tuesday", "results were expected Monday", "the conference, being held
# Thursday". Only before the date: after it, a present verb is often another clause ("formed a
# cabinet in March, and is demanding ...").
SCHEDULE_CUE = with_prefilter(
    r"\b(?:(?:is|are|was|were|be|been)\s+(?:not\s+)?expected|(?:is|are)\s+(?:being\s+)?"
    r"(?!(?:go|be|do|say|bring|follow|accord|includ|us|mean|continu|remain)ing\b)[a-z]+ing|"
    r"being\s+held|begins|starts|opens|meets|faces|plays|visits|travels|arrives|leaves|"
    r"returns|resumes|convenes|ends|"
    # The plural present of the same, where it is rarely a noun: "they meet Monday".
    r"(?<!\bto\s)(?:meet|begin|convene|resume|arrive|travel))\b",
    re.I,
)
PAST_CUE = with_prefilter(
    r"\b(?:said|says|was|were|had|did|ago|last|earlier|already|since|has|"
    # "have" after "to" or a modal is no perfect: "to have a meeting", "will have".
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bcan\s)have|"
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
ATTRIBUTION = re.compile(
    r"\s*(?:[,;)]|''|\"|\u201d)[\s,;)'\"\u201d]*(?:(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+)?"
    r"[A-Za-z.'-]+\s+){0,4}?(?:said|says|told|added|reported|announced|stated|declared|"
    r"according)\b"
)
_PRECEDING_WORD = re.compile(r"([A-Za-z.']+)\W*$")


def sentence_around(ctx: Context, start: int, end: int) -> tuple[str, str]:
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


# A participle after "be"/"being" is a passive, not a past tense: "will be held Friday", "is to
# be named in December", "would be paid in January".
_PASSIVE_BEFORE = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?$", re.I)
# "un-" participles are adjectives ("a still unspecified date", "markets untouched by the
# crisis"), except the few that are verbs in news ("unveiled", "uncovered").
_UN_ADJECTIVE = re.compile(
    r"un(?!(?:veil|cover|earth|leash|ravel|lock|load|fold|seat|tangl|dermin|derscor|derlin|"
    r"derwrit|dercut|dertak|dergo|derstood|derwent|derpinn))[a-z]+ed$",
    re.I,
)
# A plan in the past perfect is over: "had been due to expire Friday", "had been scheduled for".
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+\s+){0,4}$", re.I)


def _cues(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text`` that are tense cues: a past participle in a
    passive or an adjective in un-...-ed is none."""
    found = []
    for match in pattern.finditer(text):
        if pattern is PAST_CUE:
            word = match.group(0)
            if _UN_ADJECTIVE.match(word):
                continue
            if _PASSIVE_BEFORE.search(text, 0, match.start()) and not word.lower().startswith(
                ("was", "were", "had", "has", "have", "said", "says", "did")
            ):
                continue
        found.append(match)
    return found


def direction(ctx: Context, start: int, end: int) -> int:
    """+1 when the sentence points forward (will, expected to, next), -1 when it is past, else 0."""
    before, after = sentence_around(ctx, start, end)
    before = before[-80:]
    # The cue nearest the expression wins: "said Friday it will" is about a past Friday.
    best_distance, best = 10_000, 0
    for cue, sign in ((FUTURE_CUE, 1), (SCHEDULE_CUE, 1), (PAST_CUE, -1)):
        for found in _cues(cue, before):
            distance = len(before) - found.end()
            if distance < best_distance:
                best_distance = distance
                # "had been due to expire Friday": the plan was for a day now past.
                past_plan = sign > 0 and _PAST_PERFECT_BEFORE.search(before, 0, found.start())
                best = -1 if past_plan else sign
        if cue is SCHEDULE_CUE:
            continue
        found_after = _cues(cue, after[:50])
        if (
            found_after
            and found_after[0].start() + 5 < best_distance
            and not ATTRIBUTION.match(after)
        ):
            best_distance, best = found_after[0].start() + 5, sign
    return best


def preceding_word(ctx: Context, start: int) -> str:
    """The word just before ``start`` (lower case, with its dots: "no.", "mr."), or ""."""
    match = _PRECEDING_WORD.search(ctx.text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""
