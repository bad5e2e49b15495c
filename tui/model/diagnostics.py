"""Problems found in a user's files, each pinned to a file, line and column."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from tui.model.lazy_re import lazy_compile

# Diagnostic.code of the warning about article files outside the timeline's folder.
OUTSIDE_FOLDER = "outside-folder"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Diagnostic(NamedTuple):
    """One problem: where it is, how bad it is, what is wrong and what to write instead.

    ``line`` and ``column`` are 1-based, as editors show them; 0 means "the whole file", which
    is then named without a position (``path: error: ...``). A NamedTuple, as the model's other
    small immutable records are: a frozen dataclass compiled its methods when the reader
    started, a few ms of its first paint.
    """

    path: Path
    line: int
    column: int
    severity: Severity
    message: str
    hint: str = ""
    # What kind of problem this is, for the few a program treats specially (the reader shows
    # OUTSIDE_FOLDER with the errors); "" for all the others.
    code: str = ""

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


# Characters a terminal must not receive raw. Controls (C0, DEL, C1) and line or paragraph
# separators would move the cursor or break a line. Format characters (Unicode category Cf:
# zero-width spaces and joiners, the BOM, bidi marks and overrides, invisible operators, soft
# hyphens) are invisible or reorder what is shown, so a title could hide or fake text.
_ESCAPED = lazy_compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
ZWNJ, ZWJ = "\u200c", "\u200d"
# Scripts whose letters join or form conjuncts, where ZWJ and ZWNJ choose a letter's shape
# (Persian "mi\u200cravam", Devanagari half forms): there they are part of the text.
_JOINING_SCRIPTS = frozenset(
    (
        "ARABIC", "SYRIAC", "NKO", "MANDAIC", "MONGOLIAN", "PHAGS-PA", "DEVANAGARI", "BENGALI",
        "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA",
        "TIBETAN", "MYANMAR", "KHMER", "BALINESE", "JAVANESE",
    )
)  # fmt: skip
_EMOJI_MODIFIERS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")


def printable(text: str, start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` with control and invisible characters escaped, to print literally.

    Tabs and newlines inside a single message are escaped as well: a message is one line.
    Zero-width joiners stay where they are part of the text: between letters of a joining
    script and inside an emoji sequence (the characters around the slice count as context).
    """
    end = len(text) if end is None else end
    parts: list[str] = []
    position = start
    for match in _ESCAPED.finditer(text, start, end):
        index = match.start()
        char = text[index]
        if _part_of_text(text, index):
            continue
        parts.append(text[position:index])
        code = ord(char)
        parts.append(
            f"\\x{code:02x}"
            if code < 0x100
            else f"\\u{code:04x}"
            if code < 0x10000
            else f"\\U{code:08x}"
        )
        position = index + 1
    if not parts:
        return text if start == 0 and end == len(text) else text[start:end]
    parts.append(text[position:end])
    return "".join(parts)


def _part_of_text(text: str, index: int) -> bool:
    """Whether the format character at ``index`` shapes the text around it (ZWJ, ZWNJ, tags)."""
    char = text[index]
    before = text[index - 1] if index > 0 else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if char in (ZWJ, ZWNJ):
        if _joining_letter(before) and _joining_letter(after):
            return True
        # An emoji ZWJ sequence: 👩‍💻, 🏳️‍🌈, 👨🏽‍🚀 (a presentation or skin-tone modifier first).
        return char == ZWJ and _emoji(before, modifier_ok=True) and _emoji(after)
    if "\U000e0020" <= char <= "\U000e007f":
        # Tag characters spell a subdivision flag after a black flag: 🏴 + "gbsct" + cancel.
        back = index
        while back > 0 and "\U000e0020" <= text[back - 1] <= "\U000e007f":
            back -= 1
        return back > 0 and text[back - 1] == "\U0001f3f4"
    return False


def _joining_letter(char: str) -> bool:
    if not char or unicodedata.category(char)[0] not in "LM":
        return False
    return unicodedata.name(char, "").split(" ", 1)[0] in _JOINING_SCRIPTS


def _emoji(char: str, *, modifier_ok: bool = False) -> bool:
    if not char:
        return False
    if modifier_ok and char in _EMOJI_MODIFIERS:
        return True
    return unicodedata.category(char) == "So"


def count(number: int, noun: str) -> str:
    """``1 event``, ``2 events``, ``20,000 events``: a number with its noun, for summaries."""
    return f"{number} {noun}" if number == 1 else f"{number:,} {noun}s"


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 70.0) -> str:
    """``did you mean 'x'?`` for the closest choice, or ``""``."""
    options = list(choices)
    if not options or not word:
        return ""
    # WRatio finds partial matches ("putin" in "vladimir-putin"); among those close enough,
    # plain edit distance picks the nearest ("dat" is "date", not "date_text").
    # Imported here: rapidfuzz is 12 ms of every start, and most runs never suggest anything.
    from rapidfuzz import fuzz, process

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
