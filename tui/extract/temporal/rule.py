"""What one rule of the table is: a pattern, the handler that reads its named groups, and
examples of both (the tables themselves are the ``rules_*`` modules, put together in ``rules``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.extract.temporal.cues import Context
from tui.extract.temporal.handlers import Result
from tui.extract.temporal.prefilter import required_words, with_prefilter
from tui.extract.temporal.windows import barriers

Handler = Callable[[re.Match[str], Context], Result]
# A Wednesday: "last Friday" is 2023-09-08, "next Monday" 2023-09-18.
EXAMPLES_PUBLISHED = dt.date(2023, 9, 13)

# Pattern pieces more than one family of rules uses.
RELATIVE_WORD = r"this\s+past|this\s+coming|last|next|this|past|coming"
PREFIX = r"(?:early|late|earlier|later)"


@dataclass(frozen=True)
class Rule:
    """One kind of expression: ``pattern`` (case-insensitive unless it says ``(?-i:``) read by
    ``handler``; ``examples`` are ``("text with the [expression]", value)`` pairs."""

    name: str
    pattern: str
    handler: Handler
    examples: list[tuple[str, str]] = field(default_factory=list)
    # A cheap pattern a text must hold before ``pattern`` (a costly one) is run over it.
    guard: str | None = None
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    guarded: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # Words one of which every match holds (None: unknown): a text without any is skipped.
    required: frozenset[str] | None = field(init=False, repr=False, compare=False)
    # The characters no match can hold (None: unknown), which bound where matches can lie.
    barriers: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", with_prefilter(self.pattern))
        object.__setattr__(self, "guarded", self.guard and with_prefilter(self.guard))
        object.__setattr__(self, "required", required_words(self.pattern))
        # (The pattern's own: the prefilter's lookahead reads only characters it starts with.)
        object.__setattr__(self, "barriers", barriers(self.pattern))
