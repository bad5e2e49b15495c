"""A text made ready for mention lookup (:meth:`tui.extract.registry.ActorRegistry.
mentioned_ids`): the names that only describe blanked, its words with their keys, and whether
a one-word name sits inside a longer run of capitalised words. None of it needs a registry, so
the worker processes do it (split from :mod:`tui.extract.registry` by job).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from tui.extract.gazetteer import GAZETTEER
from tui.extract.name_keys import MENTION_WORD, cased_key
from tui.extract.names import DATE_WORDS, LEADING_FUNCTION_WORDS, TITLE_WORDS
from tui.extract.roles import (
    CITED_ASIDE,
    CLAIMED_CONTENT,
    EXCLUDED,
    RELATIVE_CLAUSE,
    blank,
    blank_content,
)


class MentionWords(NamedTuple):
    """A text made ready for mention lookup: what :meth:`ActorRegistry.mentioned_ids` does
    first, which needs no registry (so the worker processes do it for merging, see
    :func:`tui.extract.draft_keys.prepare`)."""

    text: str  # relative clauses and claimed content blanked
    bounds: tuple[int, ...]  # each word's start and end, in order
    keys: tuple[str, ...]  # each word's key (cased_key)


def mention_words(text: str) -> MentionWords:
    """``text`` without the names that only describe, and its words with their keys."""
    # "Libya, which brought the case to the UN in its dispute with the United States and
    # Britain, hailed ...": names in a relative clause describe, they do not take part.
    text = RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), text)
    # "pleaded innocent to charges that she failed to report Yigal Amir's plan", "filed
    # objections, claiming Security Council resolutions ...": the content of a charge or
    # a claim, not who takes part in the happening.
    text = CLAIMED_CONTENT.sub(blank_content, text)
    text = EXCLUDED.sub(blank, text)  # "excluding Russia and North Korea": left out
    text = CITED_ASIDE.sub(blank, text)  # ", echoing the president,": a source
    bounds: list[int] = []
    keys: list[str] = []
    for match in MENTION_WORD.finditer(text):
        key = _word_key(match.group())
        if key:
            bounds.extend(match.span())
            keys.append(key)
    return MentionWords(text, tuple(bounds), tuple(keys))


# A word's key for mention lookup: the same few thousand words come back in every sentence,
# and two substitutions per word were a tenth of merging.
_word_key = functools.lru_cache(maxsize=1 << 16)(cased_key)


# Demonyms are knowledge of the language, whatever gazetteer a registry is built with.
_ALL_DEMONYMS = frozenset(demonym for entry in GAZETTEER for demonym in entry.demonyms)
# Capitalised words before a one-word name that leave it alone: titles, honorifics, sentence
# openers, demonyms, dates ("President Putin", "Mr Kim", "But Kabila", "Russian Putin", "On
# Tuesday Putin"); after it, dates ("Putin Thursday").
_FREE_BEFORE = frozenset(
    cased_key(word) for word in (*TITLE_WORDS, *LEADING_FUNCTION_WORDS, *_ALL_DEMONYMS, *DATE_WORDS)
)
_FREE_AFTER = frozenset(cased_key(word) for word in DATE_WORDS)


def inside_a_name(text: str, bounds: Sequence[int], keys: Sequence[str], index: int) -> bool:
    """Whether the one word at ``index`` is inside a longer run of capitalised words, with
    nothing but spaces between (not a title or an opener before it, nor a date after it): a
    person's one-word name there is a word of another name ("Manchester United", "the Gulf
    War", "Most Favored Nation")."""
    start, end = bounds[2 * index], bounds[2 * index + 1]
    if text[end - 2 : end] in ("'s", "\u2019s"):
        return False  # "Suharto's Golkar": the owner, whatever follows
    if index + 1 < len(keys) and text[end - 1 : end] != ".":
        after = keys[index + 1]
        if (
            after[:1].isupper()
            and not text[end : bounds[2 * index + 2]].strip()
            and after not in _FREE_AFTER
            and not after.isupper()
        ):
            return True
    if index == 0:
        return False
    before = keys[index - 1]
    gap = text[bounds[2 * index - 1] : start]
    return (
        before[:1].isupper()
        and not gap.strip()
        and text[bounds[2 * index - 1] - 1 : bounds[2 * index - 1]] != "."
        and before not in _FREE_BEFORE
        and not before.isupper()
    )
