"""Sentence boundaries with character offsets.

syntok does the hard part (abbreviations such as "Mr." and "U.S.", initials such as
"John F. Kirby", quotes and dashes). Line breaks are hard boundaries first: in news text a
line without final punctuation is a headline, a byline or a paragraph of its own.

syntok costs about 1.6 s per MB, so a line longer than :data:`LONG_LINE` (a whole article on
one line, a dump) is split by :func:`fast_sentences`' punctuation rules instead, at a tenth of
the cost; and a caller in a worker can stop a long split between lines (``should_stop``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.model.lazy_re import lazy_compile
from tui.model.records import record

_LINE = re.compile(r"[^\r\n]+")
LONG_LINE = 20_000  # characters; longer lines are split by fast_sentences


class Interrupted(Exception):
    """Splitting was stopped because ``should_stop()`` said so (the reader is quitting)."""


@record(frozen=True)
class Sentence:
    """A sentence as a half-open span ``[start, end)`` of its text, without surrounding space.
    (Its value methods are tui.model.records', not compiled at import.)"""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)


def split_sentences(text: str, should_stop: Callable[[], bool] | None = None) -> list[Sentence]:
    """Every sentence of ``text`` in order, as spans into ``text`` itself.

    ``should_stop`` is asked between lines (and every thousand sentences of a long one);
    :class:`Interrupted` is raised when it says yes.
    """
    # Imported on the first article split, not with the module: syntok and its ``regex``
    # engine cost the reader's start-up about 15 ms, and its first paint may need no split.
    from syntok import segmenter

    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        if should_stop is not None and should_stop():
            raise Interrupted
        line_text = line.group()
        if not line_text.strip():
            continue
        base = line.start()
        if len(line_text) > LONG_LINE:
            sentences.extend(
                Sentence(base + s.start, base + s.end)
                for s in fast_sentences(line_text, should_stop)
            )
            continue
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


# A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a space and a capital
# or an opening quote (TimeBank's wire text opens one with two backticks: "``Small ..."),
# unless the word ending in the period is an abbreviation or an initial.
# Made on first use (lazy_re): the reader's first paint splits no line by these rules.
_BOUNDARY = lazy_compile(r"(?<=[.!?])[\u201d\u2019\"')\]]*(?=\s+[\u201c\"'(\[`]*[A-Z0-9])")
_ABBREVIATION = lazy_compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Cmdr|St|Jr|Sr|Inc|Corp|"
    r"Co|Ltd|No|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Rev|Hon|"
    r"Gen|Pres|Gov|Atty|Supt|Det|Insp|Cie|Cos|Bros|Assn|Dept)|\b[A-Z]|(?:\b[A-Za-z]\.)+[A-Za-z])\.$"
)

# What attributes a quotation that ends in "!" or "?" and continues the sentence: a name of up
# to four words, then a speech verb ("!'' Castro declared", "?\u201d Mr. Kim asked").
_ATTRIBUTION = lazy_compile(
    r"\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|declared|asked|asks|added|adds|"
    r"shouted|told|tells|replied|insisted|cried|wrote|writes)\b"
)


def fast_sentences(line: str, should_stop: Callable[[], bool] | None = None) -> list[Sentence]:
    """Sentences of one line by punctuation rules; much faster than syntok on long text.

    Used for extraction, which only needs the sentence around a date or a speech verb, and for
    lines too long for syntok; linear in the line's length.
    """
    sentences: list[Sentence] = []
    start = 0
    for count, match in enumerate(_BOUNDARY.finditer(line)):
        if should_stop is not None and count % 1000 == 999 and should_stop():
            raise Interrupted
        end = match.end()
        if _ABBREVIATION.search(line[max(start, end - 12) : end]):
            continue
        if match.group() and line[match.start() - 1] in "!?" and _ATTRIBUTION.match(line, end):
            continue  # "``Here, no one gives up!'' Castro declared.": one sentence
        piece = line[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(start + lead, start + len(piece.rstrip())))
        start = end
    piece = line[start:]
    if piece.strip():
        lead = len(piece) - len(piece.lstrip())
        sentences.append(Sentence(start + lead, start + len(piece.rstrip())))
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
