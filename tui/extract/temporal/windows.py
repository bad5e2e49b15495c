"""Where in a text a date rule's matches can be: the stretches between its barriers that hold
one of its required words.

Most of the tagger's time went to running its rules' patterns over whole articles, though a
rule such as "counted units" can only match around a unit word ("day", "year", ...). A match
of a pattern holds one of its :func:`~.prefilter.required_words`; it cannot hold a character
that no part of the pattern (lookaheads included) can consume: a *barrier* (for "counted
units", a comma, a quote, a parenthesis). So every match lies in a run of non-barrier
characters that holds a required word, and only those runs need searching.

Searching a run ``[start, end)`` as ``pattern.search(text, start, end)`` finds what searching
the whole text would find there: the engine still sees the text before ``start`` (lookbehinds,
``\\b``), and at ``end`` it sees the end of the text where the whole text has a barrier, which
no part of the pattern can consume either, and which is no word character (``\\b`` reads both
alike). Patterns that read the end of the text (``$``, ``\\Z``) have no barriers. The matches
are the same either way (tests/test_temporal_windows.py).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Barrier candidates: ASCII punctuation and line breaks, none a word character and none with
# another case (so a case-insensitive pattern matches each only as itself).
_CANDIDATES = "".join(sorted(set(string.punctuation + "\n\r") - {"_"}))
_CANDIDATE_SET = frozenset(_CANDIDATES)
_REPEATS = tuple(
    op
    for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
    if op is not None
)
# Assertions that read only at or before the position they are tried at (``\b`` reads the
# character there too: a barrier and the end of the text are both no word character).
_SAFE_AT = frozenset(
    {
        sre.AT_BOUNDARY,
        sre.AT_NON_BOUNDARY,
        sre.AT_BEGINNING,
        sre.AT_BEGINNING_LINE,
        sre.AT_BEGINNING_STRING,
    }
)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: str.isdigit,
    sre.CATEGORY_NOT_DIGIT: lambda char: not char.isdigit(),
    sre.CATEGORY_SPACE: str.isspace,
    sre.CATEGORY_NOT_SPACE: lambda char: not char.isspace(),
    sre.CATEGORY_WORD: lambda char: False,  # (a barrier is no word character)
    sre.CATEGORY_NOT_WORD: lambda char: True,
}


class _Unknown(Exception):
    """A construct whose reach is not known: the pattern gets no barriers."""


@lru_cache(maxsize=128)
def parsed(pattern: str, flags: int) -> sre_parse.SubPattern:
    """The parsed pattern, once for every reading of it (barriers, required words, the
    prefilter)."""
    return sre_parse.parse(pattern, flags)


def barriers(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """A class of the characters no match of ``pattern`` (its lookaheads included) can hold,
    or None when there are none or they cannot be known."""
    try:
        readable = _reads(list(parsed(pattern, flags)), behind=False)
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    found = [char for char in _CANDIDATES if char not in readable]
    if not found:
        return None
    return re.compile("[" + "".join(re.escape(char) for char in found) + "]")


def _reads(items: list, behind: bool) -> set[str]:  # type: ignore[type-arg]
    """The barrier candidates the sequence ``items`` can read at or after the position it is
    tried at. ``behind``: inside a lookbehind, whose own characters lie before that position
    (only a lookahead inside it can read further)."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.AT:
            if arg not in _SAFE_AT:
                raise _Unknown(arg)
        elif op is sre.SUBPATTERN:
            found |= _reads(list(arg[-1]), behind)
        elif op is sre.BRANCH:
            for branch in arg[1]:
                found |= _reads(list(branch), behind)
        elif op in _REPEATS:
            found |= _reads(list(arg[2]), behind)
        elif op is sre.GROUPREF_EXISTS:
            # A conditional ("(?(rel)...|...)"): either branch may run; the test reads nothing.
            _group, yes, no = arg
            found |= _reads(list(yes), behind)
            if no is not None:
                found |= _reads(list(no), behind)
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = arg
            found |= _reads(list(body), behind=direction < 0)
        elif op is sre.LITERAL:
            if not behind and chr(arg) in _CANDIDATE_SET:
                found.add(chr(arg))
        elif op is sre.NOT_LITERAL:
            if not behind:
                found |= _CANDIDATE_SET - {chr(arg)}
        elif op is sre.ANY:
            if not behind:
                found |= _CANDIDATE_SET - {"\n"}
        elif op is sre.IN:
            if not behind:
                found |= _class_reads(tuple(arg))
        else:  # a back-reference, an atomic group: not worth knowing
            raise _Unknown(op)
    return found


@lru_cache(maxsize=1024)
def _class_reads(items: tuple) -> frozenset[str]:  # type: ignore[type-arg]
    """The barrier candidates the character class ``items`` matches."""
    return frozenset(char for char in _CANDIDATES if _in_class(items, char))


def _in_class(items: tuple, char: str) -> bool:  # type: ignore[type-arg]
    """Whether the character class ``items`` matches ``char`` (a barrier candidate)."""
    negated = False
    hit = False
    for op, arg in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            hit = hit or chr(arg) == char
        elif op is sre.RANGE:
            hit = hit or arg[0] <= ord(char) <= arg[1]
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            hit = hit or _CATEGORIES[arg](char)
        else:
            raise _Unknown(op)
    return hit != negated


class Windows:
    """One text, asked where each rule's matches can lie."""

    __slots__ = ("backwards", "folded", "places", "text")

    def __init__(self, text: str, folded: str) -> None:
        """``folded``: ``text`` as :func:`~.prefilter.fold` makes it."""
        self.text = text
        self.folded = folded
        self.backwards = ""  # the text reversed, made when first needed
        # Where each word asked for so far is in ``folded``: rules share words ("day",
        # "year", a role word), and every miss is a scan of the whole text.
        self.places: dict[str, list[int]] = {}

    def of(
        self, words: frozenset[str] | None, barrier: re.Pattern[str] | None
    ) -> list[tuple[int, int]]:
        """The stretches ``[start, end)`` of the text, in order and disjoint, that can hold
        a match of a pattern needing one of ``words`` and unable to hold ``barrier``'s
        characters; the whole text when either is unknown."""
        text, folded = self.text, self.folded
        size = len(text)
        if words is None or barrier is None or len(folded) != size:
            return [(0, size)]
        places: list[int] = []
        known = self.places
        several = 0
        for word in _shortest(words):
            found = known.get(word)
            if found is None:
                found = []
                find = folded.find
                at = find(word)
                while at >= 0:
                    found.append(at)
                    at = find(word, at + 1)
                known[word] = found
            if found:
                places += found
                several += 1
        if not places:
            return []
        if several > 1:
            places.sort()
        # The barrier before a place is the first one after it in the reversed text.
        backwards = self.backwards or text[::-1]
        self.backwards = backwards
        search = barrier.search
        stretches: list[tuple[int, int]] = []
        end = -1
        for place in places:
            if place < end:
                continue  # in the stretch just taken
            before = search(backwards, size - place)
            after = search(text, place)
            start = size - before.start() if before is not None else 0
            end = after.start() if after is not None else size
            stretches.append((start, end))
        return stretches


# The text last asked about, with what was found in it: the date rules, and the name finders
# one after another, ask about the same text (the same object) for pattern after pattern.
_last: list[Windows] = []


def windows_of(text: str, folded: str) -> Windows:
    """The :class:`Windows` of ``text`` (``folded``: its :func:`~.prefilter.fold`), shared
    with the previous caller when it asked about the same text object."""
    if _last:
        last = _last[0]
        if last.text is text and (last.folded is folded or last.folded == folded):
            return last
        _last[0] = windows = Windows(text, folded)
    else:
        windows = Windows(text, folded)
        _last.append(windows)
    return windows


@lru_cache(maxsize=256)
def _shortest(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` but those holding another of them ("weekend" holds "week"): wherever they
    are, the other is too."""
    kept = (word for word in words if not any(other != word and other in word for other in words))
    return tuple(sorted(kept))
