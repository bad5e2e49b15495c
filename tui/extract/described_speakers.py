"""Sentences whose speaker is described, not named: "But a foreign ministry official said ...".

A "He said ..." right after such a sentence continues the official, not the last person the
article named ("Amanullah claimed ... But a foreign ministry official said ... He said no
pilgrims had complained": the "He" is the official). The pronoun resolvers of
:mod:`tui.extract.article_stage` take these sentences as a stop: before one, no named person is
what a later pronoun stands for.
"""

from __future__ import annotations

import re

from tui.extract.names import ROLE_NOUNS
from tui.extract.temporal.prefilter import with_prefilter

# People who speak for others, or are quoted as such, and are often left unnamed.
_UNNAMED_ROLES = ("officer", "source", "diplomat", "aide", "negotiator", "witness", "expert")
_ROLES = "|".join(sorted({*ROLE_NOUNS, *_UNNAMED_ROLES}, key=len, reverse=True))
# (with_prefilter: the same matches, behind a look at each position's first character, which
# most positions of a sentence fail: a third to a half of the pattern's time.)
# The role noun right before its speech verb ("official said", "spokesman told reporters").
_ROLE_SPEAKS = with_prefilter(
    rf"\b(?:{_ROLES})s?,?[ \t]+(?:said|says|told|added|adds|stressed|insisted|argued|noted|"
    r"explained|warned|declared)\b",
    0,  # (case-sensitive, as before)
)
# What comes before the role noun, from the sentence start: an indefinite determiner and up to
# four modifiers ("a senior U.S.", "one Western"), after a connective if any. ("The former
# diplomat said" most often tells of the person the article just named: no stop.)
_DESCRIBED_OPENING = re.compile(
    r"(?:(?:But|And|Yet|However|Meanwhile|Still),?[ \t]+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)"
    r"(?:[ \t]+[\w.'\u2019-]+){0,4}[ \t]+\Z"
)
# How a sentence inside a quotation opens.
QUOTE_OPENERS = frozenset("\"'`\u201c\u2018")
# Where the sentence holding a match starts: after the last full stop before it.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]*[ \t\n]+")


def described_speaker_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` that opens with a described, unnamed speaker starts,
    in order ("But a ministry official said ...", "One diplomat told reporters ...")."""
    found: list[int] = []
    for match in _ROLE_SPEAKS.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()]
        ends = [end.end() for end in _SENTENCE_END.finditer(before)]
        if match.start() <= 120:
            ends.insert(0, len(before) - len(before.lstrip()))
        # The last full stop, or the one before it: "A senior U.S. official said".
        for end in ends[-1:-3:-1]:
            opening = before[end:]
            if _DESCRIBED_OPENING.fullmatch(opening) is not None:
                start = match.start() - len(opening)
                if not found or found[-1] != start:
                    found.append(start)
                break
    return found
