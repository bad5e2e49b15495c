"""Where one clause's verbs end and the next clause's begin when nothing marks it (issue 9,
section 1): "a coup in which the president was killed | was opened" (a finite auxiliary
right after a participle), "was toppled in 1952 | and Faruq went" (a year, then the next
clause's subject). Split from :mod:`tui.extract.syntax.chunks`, which asks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Parsed(Protocol):
    """What these checks read of a parsed sentence (:class:`.chunks.Parsed`; a protocol, so
    that this module imports nothing of the chunker that asks it)."""

    @property
    def tags(self) -> Sequence[str]: ...

    def word(self, index: int) -> str: ...


# A finite auxiliary after a verb that already has its tense opens another verb group.
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "must", "should", "shall"}
)  # fmt: skip
_TENSE_SET = frozenset({"VBD", "VBN"})
_FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})  # as chunks.FINITE


def new_verb_group(parsed: Parsed, index: int) -> bool:
    """Whether a finite auxiliary at ``index`` right after a past tense or a participle opens
    another clause's verb group ("a coup in which the president was killed | was opened");
    a repeated word is a typing slip ("The 11 were were detained"), one group."""
    tags = parsed.tags
    return (
        index > 0
        and parsed.word(index) in _AUXILIARIES
        and tags[index] in _FINITE
        and tags[index - 1] in _TENSE_SET
        and parsed.word(index) != parsed.word(index - 1)
    )


def after_year(parsed: Parsed, start: int, end: int) -> int | None:
    """Where the subject starts when the phrase ``[start, end)`` opens with a year that a
    preposition governs, joined by "and" to it: "was toppled in 1952 and Faruq went" ->
    Faruq; ``None`` otherwise, and for a range ("between 20 and 30 people", "1992 and 1993")."""
    if (
        start > 0
        and parsed.tags[start - 1] == "IN"
        and parsed.tags[start] == "CD"
        and start + 2 < end
        and parsed.word(start + 1) == "and"
        and parsed.tags[start + 2] != "CD"
        and parsed.word(start - 1) != "between"
    ):
        return start + 2
    return None
