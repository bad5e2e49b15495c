"""Words that look like times but name something else: the quoted title of a show or a film
("ABC's "This Week"", "CBS's ''60 Minutes''", "the film ``High Noon''") and the idiom "high
noon". TimeBank tags none of them (dev: 4 of 4), and a reader gains nothing from a date there.
"""

from __future__ import annotations

import bisect
import re

from tui.extract.temporal.vocabulary import FIXED_HOLIDAYS, MONTHS, MOVABLE_HOLIDAYS, WEEKDAYS

# Small words a title may keep in lower case between its capitalised ones ("Meet the Press").
_SMALL = r"(?:of|the|and|with|a|an|in|on|at|for|to)"
_WORD = r"(?:[A-Z0-9][\w.'&-]*)"
# An opening quote, two or more words of a title (the first and last capitalised), an optional
# comma or stop, and the closing quote. Bounded per word, so a run of capitals stays linear.
_TITLE = re.compile(
    rf"(?:\"|``|''|\u201c)(?P<title>{_WORD}(?:[ \t]+(?:{_WORD}|{_SMALL}(?=[ \t]+[A-Z0-9])))*"
    rf"[ \t]+{_WORD})[,.!?]?(?:\"|''|\u201d)"
)
_QUOTES = ('"', "``", "''", "\u201c")
_HIGH_NOON = re.compile(r"\bhigh\s+$", re.I)


class Titles:
    """The quoted titles of one text, to ask whether a candidate expression lies in one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        if any(quote in text for quote in _QUOTES):
            for match in _TITLE.finditer(text):
                self.starts.append(match.start("title"))
                self.ends.append(match.end("title"))

    def names_something(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is part of a title, or "noon" in "high noon"."""
        if self.text[start:end].lower().startswith("noon") and _HIGH_NOON.search(
            self.text, max(0, start - 6), start
        ):
            return True
        index = bisect.bisect_right(self.starts, start) - 1
        if index < 0 or end > self.ends[index]:
            return False
        words = [word.strip(".,'") for word in self.text[start:end].split()]
        # A quoted "Last Friday", "September 11" or "Christmas Eve" is a date: its own name is
        # capitalised anyway.
        if any(word.lower() in _NAMES for word in words):
            return False
        if start == self.starts[index]:
            words = words[1:]  # the title's first word is capitalised whatever it is
        return any(word[:1].isupper() for word in words) and all(
            word[:1].isupper() or word[:1].isdigit() for word in words
        )


_NAMES = (
    set(WEEKDAYS)
    | set(MONTHS)
    | {word.lower() for name in (*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS) for word in name.split()}
) - {"day", "eve", "week", "new", "year's"}
