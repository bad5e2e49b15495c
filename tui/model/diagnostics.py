"""Problems found in a user's files, each pinned to a file, line and column."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from rapidfuzz import fuzz, process


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: where it is, how bad it is, what is wrong and what to write instead.

    ``line`` and ``column`` are 1-based, as editors show them; 0 means "the whole file", which
    is then named without a position (``path: error: ...``).
    """

    path: Path
    line: int
    column: int
    severity: Severity
    message: str
    hint: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """``path:line:col: error|warning: message (hint)`` on one line, safe to print.

        Control characters from user data are escaped so that a hostile file cannot send
        terminal escape sequences through a message.
        """
        where = f"{self.path}:{self.line}:{self.column}" if self.line else str(self.path)
        text = f"{where}: {self.severity.value}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return printable(text)


def printable(text: str) -> str:
    """Escape control characters (ESC, BEL, CR, ...) so that text prints literally.

    Tabs and newlines inside a single message are escaped as well: a message is one line.
    """
    out: list[str] = []
    for char in text:
        code = ord(char)
        if code < 0x20 or code == 0x7F or 0x80 <= code < 0xA0:
            out.append(f"\\x{code:02x}")
        elif char in "\u2028\u2029\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069":
            # Line separators and bidi overrides can reorder or break what a terminal shows.
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def count(number: int, noun: str) -> str:
    """``1 event``, ``2 events``: a number with its noun, for summaries."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 70.0) -> str:
    """``did you mean 'x'?`` for the closest choice, or ``""``."""
    options = list(choices)
    if not options or not word:
        return ""
    # WRatio finds partial matches ("putin" in "vladimir-putin"); among those close enough,
    # plain edit distance picks the nearest ("dat" is "date", not "date_text").
    close = process.extract(word, options, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=5)
    if not close:
        return ""
    best = max(close, key=lambda match: (fuzz.ratio(word, match[0]), match[1]))
    return f"did you mean {shown(best[0])}?"


def shown(value: object, limit: int = 60) -> str:
    """``value`` quoted for a message, shortened so that one huge value cannot flood a terminal."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)
