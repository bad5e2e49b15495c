"""Verbatim quotes of an event's source: a span of a sentence around what dates it, and a
quotation opened in an earlier sentence.

Split from :mod:`tui.extract.events`.
"""

from __future__ import annotations

import re

from tui.extract.clause_titles import segment_at, sentence_segments

MAX_QUOTE = 200
# A statement whose quotation began a sentence or two earlier is quoted whole up to this.
MAX_QUOTATION = 300


def quote_span(
    sentence: str, focus_start: int, focus_end: int, limit: int = MAX_QUOTE
) -> tuple[int, int]:
    """A verbatim span of ``sentence`` around ``[focus_start, focus_end)``, at most ``limit``
    characters (200 by default).

    The whole sentence when it fits; otherwise the clauses around the focus, then words.
    """
    if len(sentence) <= limit:
        return 0, len(sentence)
    segments = sentence_segments(sentence)
    index = segment_at(segments, focus_start)
    start, end = segments[index].start, segments[index].end
    low, high = index, index
    while True:
        grown = False
        if high + 1 < len(segments) and segments[high + 1].end - start <= limit:
            high += 1
            end = segments[high].end
            grown = True
        if low > 0 and end - segments[low - 1].start <= limit:
            low -= 1
            start = segments[low].start
            grown = True
        if not grown:
            break
    if end - start > limit:
        # One clause alone is too long: a window of whole words around the focus.
        middle = (focus_start + focus_end) // 2
        start = max(0, middle - limit // 2)
        end = min(len(sentence), start + limit)
        while start > 0 and not sentence[start - 1].isspace():
            start += 1
        while end < len(sentence) and not sentence[end].isspace():
            end -= 1
    while start < end and sentence[start] in " ,;:\u2014\u2013":
        start += 1
    while end > start and sentence[end - 1] in " ,;:\u2014\u2013":
        end -= 1
    return start, end


def quotation_opened_before(text: str, start: int, sentence: str) -> int | None:
    """Where the quotation a sentence closes was opened, if in an earlier sentence and short.

    ``start`` is the sentence's offset in ``text``; ``None`` when the sentence opens its own
    quotation (or has none), or when the whole would exceed :data:`MAX_QUOTATION` characters.
    """
    first_mark = re.search("[\u201c\u201d]", sentence)
    if first_mark is None or first_mark.group() != "\u201d":
        return None
    window_start = max(0, start + len(sentence) - MAX_QUOTATION)
    before = text[window_start:start]
    opening = before.rfind("\u201c")
    if opening < 0 or "\u201d" in before[opening:] or "\n" in before[opening:]:
        return None
    return window_start + opening
