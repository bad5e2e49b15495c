"""A cheap first-character test put in front of a rule's pattern.

Python's regex engine tries a pattern that opens with ``\\b`` and a long alternation at every
word boundary of the text; most fail on their first letter, but only after trying every
alternative. A lookahead for the set of characters the pattern can start with rejects those
positions at once (the "counted units" rule runs about twice as fast with it). The set is read
off the parsed pattern; when it cannot be known (a wildcard, a negated class, a pattern that can
match the empty string), there is no filter and the pattern runs as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]

from tui.extract.temporal.windows import barriers, parsed, windows_of

_UNKNOWN = None
_DIGITS = frozenset("0123456789")


def _first(items: list, index: int = 0) -> tuple[frozenset[str] | None, bool]:
    """The characters the sequence ``items[index:]`` can start with, and whether it can match
    the empty string (None for the characters when they cannot be known)."""
    chars: set[str] = set()
    for op, arg in items[index:]:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item decides
        if op is sre.LITERAL:
            chars.add(chr(arg))
            return frozenset(chars), False
        if op is sre.IN:
            found = _charset(arg)
            if found is None:
                return None, False
            return frozenset(chars | found), False
        if op is sre.BRANCH:
            nullable = False
            for branch in arg[1]:
                found, empty = _first(list(branch))
                if found is None:
                    return None, False
                chars |= found
                nullable = nullable or empty
            if not nullable:
                return frozenset(chars), False
            continue
        if op is sre.SUBPATTERN:
            found, empty = _first(list(arg[-1]))
            if found is None:
                return None, False
            chars |= found
            if not empty:
                return frozenset(chars), False
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
            low, _high, body = arg
            found, empty = _first(list(body))
            if found is None:
                return None, False
            chars |= found
            if low > 0 and not empty:
                return frozenset(chars), False
            continue
        return None, False  # a wildcard, a negated literal, a back-reference: unknown
    return frozenset(chars), True


def _charset(items: list) -> set[str] | None:
    """The characters a character class can match (None when it is negated or too broad)."""
    found: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            found.add(chr(arg))
        elif op is sre.RANGE:
            low, high = arg
            if high - low > 64:
                return None
            found.update(chr(code) for code in range(low, high + 1))
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            found |= _DIGITS
        else:
            return None  # a negation, \w, \s: not worth a filter
    return found


def _parse(pattern: str, flags: int) -> sre_parse.SubPattern:
    """The parsed pattern, once for every reading of it (the prefilter, the required words,
    the barriers)."""
    return parsed(pattern, flags)


def with_prefilter(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``pattern`` compiled, behind a lookahead for its possible first characters when they can
    be known (the matches are the same either way)."""
    try:
        items = list(_parse(pattern, flags))
        chars, empty = _first(items)
    except (re.error, TypeError, ValueError):  # pragma: no cover - the plain pattern still compiles
        items, chars, empty = [], None, True
    if chars is None or empty or not chars:
        return re.compile(pattern, flags)
    if items and items[0][0] in (sre.LITERAL, sre.IN):
        # A pattern that opens on its first character itself gets re's own scan for it, which a
        # lookahead in front would turn off (it then tries every position of the text).
        return re.compile(pattern, flags)
    both = {c for char in chars for c in (char.lower(), char.upper()) if len(c) == 1}
    if len(both) == 1:
        return re.compile(pattern, flags)  # one first character: re's own prefix scan is faster
    members = "".join(sorted(re.escape(char) for char in both))
    return re.compile(f"(?=[{members}])(?:{pattern})", flags)


# --- words a match cannot do without ----------------------------------------------------------

# The only characters outside ASCII that a case-insensitive pattern matches for an ASCII letter
# (dotted and dotless I, long s, the Kelvin sign): folded before a text is searched for words.
ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_REPEATS = tuple(
    op
    for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))
    if op is not None
)


def required_words(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of ``pattern`` contains, read off the
    parsed pattern (the most telling such set: its shortest string the longest); None when no
    such set can be known. A text whose lowercase form (``ASCII_FOLDS`` applied first) holds
    none of them has no match: the pattern need not be run over it."""
    try:
        return _required(list(_parse(pattern, flags)))
    except (re.error, TypeError, ValueError):  # pragma: no cover - run the pattern as written
        return None


def _required(items: list) -> frozenset[str] | None:
    """The best set of strings one of which every match of the sequence ``items`` holds."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if not found or "" in found:
            return
        if best is None or min(map(len, found)) > min(map(len, best)):
            best = found

    def close_run() -> None:
        text = "".join(run).lower()
        run.clear()
        # Lowercasing reads ASCII only as the pattern's case-insensitive matching does.
        consider(frozenset([text]) if text.isascii() else None)

    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        close_run()
        if op is sre.SUBPATTERN:
            consider(_required(list(arg[-1])))
        elif op is sre.BRANCH:
            branches = [_required(list(branch)) for branch in arg[1]]
            if all(found and "" not in found for found in branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and arg[0] >= 1:
            consider(_required(list(arg[2])))
        # Anything else (a class, a wildcard, an assertion, a boundary) requires no word.
    close_run()
    return best


def fold(text: str) -> str:
    """``text`` as :func:`required_words` are looked for in it: ``ASCII_FOLDS``, lowercased."""
    return text.translate(ASCII_FOLDS).lower()


class WordGated:
    """A pattern behind a look for its :func:`required_words`: most texts hold none of a rare
    pattern's words, and looking for a few words costs far less than running the pattern over
    the text; where they are, only the stretches around them that can hold a match are
    searched (:mod:`.windows`). The matches are the same either way."""

    __slots__ = ("barriers", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.words = required_words(pattern.pattern, pattern.flags)
        self.barriers = barriers(pattern.pattern, pattern.flags)

    def may_match(self, folded: str) -> bool:
        """Whether a text whose :func:`fold` is ``folded`` can hold a match."""
        return self.words is None or any(word in folded for word in self.words)

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; nothing, at once, when ``folded`` (``fold(text)``)
        holds none of the words."""
        if self.words is None or self.barriers is None:
            return self.pattern.finditer(text) if self.may_match(folded) else iter(())
        # (No stretch without the words: no need to look for them first.)
        return self._in_stretches(text, folded)

    def _in_stretches(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        finditer = self.pattern.finditer
        for start, end in windows_of(text, folded).of(self.words, self.barriers):
            yield from finditer(text, start, end)
