"""Sentence boundaries with character offsets.

syntok does the hard part (abbreviations such as "Mr." and "U.S.", initials such as
"John F. Kirby", quotes and dashes). Line breaks are hard boundaries first: in news text a
line without final punctuation is a headline, a byline or a paragraph of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter

_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a half-open span ``[start, end)`` of its text, without surrounding space."""

    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` in order, as spans into ``text`` itself."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        line_text = line.group()
        if not line_text.strip():
            continue
        base = line.start()
        found = False
        for paragraph in segmenter.analyze(line_text):
            for sentence in paragraph:
                if not sentence:
                    continue
                first, last = sentence[0], sentence[-1]
                end = base + last.offset + len(last.value)
                sentences.append(Sentence(base + first.offset, end))
                found = True
        if not found:
            stripped = line_text.strip()
            offset = base + line_text.index(stripped)
            sentences.append(Sentence(offset, offset + len(stripped)))
    return sentences


def sentence_index_at(sentences: list[Sentence], offset: int) -> int:
    """The index of the sentence containing ``offset`` (or the nearest one before it)."""
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle].start <= offset:
            low = middle + 1
        else:
            high = middle
    return max(0, low - 1)
