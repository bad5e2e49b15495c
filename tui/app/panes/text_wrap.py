"""The Text pane's line layout, free of widget state: word wrap to a width, as spans of the text.

An article is wrapped into ``(start, end)`` spans of its raw text, never copies, so a 10 MB
article costs a list of integers; widths are those of the escaped text
(:func:`tui.model.diagnostics.printable`), so a control character takes the cells its escape takes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from rich.cells import cell_len
from rich.text import Text

from tui.model.diagnostics import printable
from tui.model.lazy_re import lazy_compile
from tui.model.sentences import Sentence
from tui.model.timeline import Article

_BREAK = re.compile(r"\r\n|\r|\n")
_TOKEN = re.compile(r"\S+\s*|\s+")
# Characters that take one cell each and that printable() never escapes: printable ASCII, the
# Latin, Greek and Cyrillic letters and the common punctuation (dashes, quotes, ellipsis). A
# paragraph made only of these (most news text) is wrapped by counting characters, several
# times faster than measuring each word's cells: a 10 MB single line wraps in about a second.
_SINGLE_CELL = lazy_compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c"
    "\u038e-\u03a1\u03a3-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e]*"
)


# NamedTuples, not frozen dataclasses: the same immutable records, made at start-up without
# compiling methods (a dataclass cost the first paint about as much as a small module), and a
# wrapped line is made faster.


class VisualLine(NamedTuple):
    """One wrapped line: a span of the raw text, or a prepared header line."""

    start: int
    end: int
    header: Text | None = None


class WrapEntry(NamedTuple):
    """An article wrapped to one width: its visual lines and each sentence's lines."""

    article: Article | None
    text: str
    lines: list[VisualLine]
    sentence_lines: list[tuple[int, int]]


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` to ``width`` cells, as spans of ``text``.

    Each line of the text is a paragraph; words longer than the width are cut. Widths are those
    of the escaped text, so a control character takes the cells its escape takes.
    """
    width = max(4, width)
    spans: list[tuple[int, int]] = []
    for start, stop in _paragraphs(text):
        if _SINGLE_CELL.fullmatch(text, start, stop):
            _wrap_single_cells(text, start, stop, width, spans)
            continue
        line_start = start
        line_width = 0
        for token in _TOKEN.finditer(text, start, stop):
            token_start = token.start()
            token_text = token.group()
            word = token_text.rstrip()
            word_width = cell_len(printable(word))
            if line_width and line_width + word_width > width:
                spans.append((line_start, token_start))
                line_start, line_width = token_start, 0
            while word_width > width:  # a word wider than the pane: cut it
                cut = _cut(token_text, width - line_width)
                spans.append((line_start, token_start + cut))
                token_start += cut
                token_text = token_text[cut:]
                word = token_text.rstrip()
                word_width = cell_len(printable(word))
                line_start, line_width = token_start, 0
            line_width += cell_len(printable(token_text))
        spans.append((line_start, stop))
    return spans or [(0, 0)]


def _wrap_single_cells(
    text: str, start: int, stop: int, width: int, spans: list[tuple[int, int]]
) -> None:
    """:func:`wrap_spans` of one paragraph whose characters all take one cell."""
    line_start = start
    line_width = 0
    for token in _TOKEN.finditer(text, start, stop):
        token_start, token_end = token.span()
        word_width = len(token.group().rstrip())
        if line_width and line_width + word_width > width:
            spans.append((line_start, token_start))
            line_start, line_width = token_start, 0
        while word_width > width:  # a word wider than the pane: cut it
            spans.append((line_start, token_start + width))
            token_start += width
            word_width -= width
            line_start = token_start
        line_width += token_end - token_start
    spans.append((line_start, stop))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text``, without their line breaks; no empty last line."""
    spans = []
    position = 0
    for line_break in _BREAK.finditer(text):
        spans.append((position, line_break.start()))
        position = line_break.end()
    if position < len(text) or not spans:
        spans.append((position, len(text)))
    return spans


def _cut(text: str, width: int) -> int:
    used = 0
    for index, char in enumerate(text):
        used += cell_len(printable(char))
        if used > max(1, width):
            return max(1, index)
    return len(text)


def sentence_line_ranges(
    spans: list[tuple[int, int]], sentences: Sequence[Sentence], body_first: int
) -> list[tuple[int, int]]:
    """Each sentence's first and last visual line, the body's ``spans`` drawn from ``body_first``.

    This map is what makes moving the sentence cursor or jumping to a quote a look-up.
    """
    starts = [start for start, _ in spans]
    sentence_lines = []
    for sentence in sentences:
        first = max(0, bisect.bisect_right(starts, sentence.start) - 1)
        last = max(first, bisect.bisect_right(starts, max(sentence.start, sentence.end - 1)) - 1)
        sentence_lines.append((body_first + first, body_first + last))
    return sentence_lines
