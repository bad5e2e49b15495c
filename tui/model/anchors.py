"""Finding a source quote in its article: exactly, then with typography folded, then fuzzily.

A quote in ``timeline.yaml`` is meant to be a verbatim span of the article, but people retype
quotes with straight quote marks, a hyphen for a dash or a line break in the middle. Each step
below is tried only when the stricter one found nothing, and every step reports offsets into the
ORIGINAL text so that highlighting lands on the characters the article really has.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tui.model.sentences import Sentence, sentence_index_at
from tui.model.timeline import Anchor, MatchKind

QUOTE_MARKS = "\u201c\u201d\u2018\u2019\"'`\u201e\u201a\u00ab\u00bb"
DASHES = "\u2013\u2014-\u2011\u2012\u2010\u2212"
FUZZY_CUTOFF = 90.0
# Below this many characters a fuzzy match is mostly noise ("said", "on Monday").
FUZZY_MIN_LENGTH = 16
# Fuzzy spans longer or shorter than the quote by more than this factor are rejected.
FUZZY_LENGTH_SLACK = 0.25

_QUOTE_CLASS = "[" + re.escape(QUOTE_MARKS) + "]"
_DASH_CLASS = r"\s*[" + re.escape(DASHES) + r"]\s*"


class QuoteMatch(NamedTuple):
    """Where a quote was found: the first anchor, how many places matched, and how (a
    NamedTuple: no methods compiled when the reader starts)."""

    anchor: Anchor | None
    occurrences: int
    kind: MatchKind | None


NOT_FOUND = QuoteMatch(None, 0, None)


def resolve_quote(text: str, quote: str, sentences: list[Sentence] | None) -> QuoteMatch:
    """Find ``quote`` in ``text``; the anchor points at the first match.

    ``sentences`` are the article's sentences (``split_sentences(text)``), used only to say which
    sentence the anchor starts in; None when only whether and how the quote is found matters
    (``newsline check``): the anchor's sentence is then -1, and nobody splits the article, the
    slow part of checking. Never raises for any input.
    """
    needle = quote.strip()
    if not needle or not text:
        return NOT_FOUND
    start = text.find(needle)
    if start >= 0:
        occurrences = text.count(needle)
        anchor = Anchor(start, start + len(needle), _sentence_at(sentences, start), MatchKind.EXACT)
        return QuoteMatch(anchor, occurrences, MatchKind.EXACT)
    pattern = normalized_pattern(needle)
    if pattern is not None:
        matches = [m for m in pattern.finditer(text) if m.end() > m.start()]
        if matches:
            first = matches[0]
            anchor = Anchor(
                first.start(),
                first.end(),
                _sentence_at(sentences, first.start()),
                MatchKind.NORMALIZED,
            )
            return QuoteMatch(anchor, len(matches), MatchKind.NORMALIZED)
    return _fuzzy(text, needle, sentences)


def normalized_pattern(quote: str) -> re.Pattern[str] | None:
    """A regex matching ``quote`` with any whitespace, quote marks and dashes in their place."""
    parts: list[str] = []
    index = 0
    length = len(quote)
    while index < length:
        char = quote[index]
        if char.isspace():
            while index < length and quote[index].isspace():
                index += 1
            # Whitespace next to a dash is absorbed by the dash's own optional spaces.
            if parts and parts[-1] == _DASH_CLASS:
                continue
            if index < length and quote[index] in DASHES:
                continue
            parts.append(r"\s+")
            continue
        if char in QUOTE_MARKS:
            parts.append(_QUOTE_CLASS)
        elif char in DASHES:
            if parts and parts[-1] == r"\s+":
                parts.pop()
            parts.append(_DASH_CLASS)
        else:
            parts.append(re.escape(char))
        index += 1
    if not parts:
        return None
    try:
        return re.compile("".join(parts))
    except re.error:  # pragma: no cover - every part is escaped, but never let a quote crash us
        return None


def _sentence_at(sentences: list[Sentence] | None, offset: int) -> int:
    return -1 if sentences is None else sentence_index_at(sentences, offset)


def _fuzzy(text: str, needle: str, sentences: list[Sentence] | None) -> QuoteMatch:
    if len(needle) < FUZZY_MIN_LENGTH:
        return NOT_FOUND
    from rapidfuzz import fuzz  # here: only retyped quotes need it, not every start

    alignment = fuzz.partial_ratio_alignment(needle, text, score_cutoff=FUZZY_CUTOFF)
    if alignment is None:
        return NOT_FOUND
    start, end = alignment.dest_start, alignment.dest_end
    # Trim the span to whole characters of the text, without surrounding space.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = end - start
    if span == 0 or abs(span - len(needle)) > FUZZY_LENGTH_SLACK * len(needle):
        return NOT_FOUND
    anchor = Anchor(
        start,
        end,
        _sentence_at(sentences, start),
        MatchKind.FUZZY,
        round(alignment.score, 1),
    )
    return QuoteMatch(anchor, 1, MatchKind.FUZZY)
