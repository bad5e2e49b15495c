"""Where actors are mentioned in a text, by their names and aliases.

One compiled alternation per actor set, longest names first, so that "Kim Jong Un" wins over
"Kim" and the scan is a single pass over the text whatever the number of actors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from tui.model.timeline import Actor

# Names are matched with their punctuation and spacing folded, so "Kim Jong-Un" in the
# registry also finds "Kim Jong Un" in the text and "Mr. Kim" finds "Mr Kim".
_FLEX = {
    " ": r"[\s\-\u2010\u2011]+",
    "-": r"[\s\-\u2010\u2011]?",
    "\u2010": r"[\s\-\u2010\u2011]?",
    "\u2011": r"[\s\-\u2010\u2011]?",
    "'": "['\u2019]",
    "\u2019": "['\u2019]",
}


class Mention(NamedTuple):
    """A span ``[start, end)`` of the text that names the actor ``actor_id`` (a NamedTuple: no
    methods compiled when the reader starts)."""

    start: int
    end: int
    actor_id: str


def name_pattern(name: str) -> str:
    """A regular expression for ``name`` that tolerates spacing, hyphens and apostrophes.

    Periods are all or nothing: "U.S." also finds "US" but never swallows the full stop of
    "the US.". Matching is case-sensitive ("US" is not "us"), except that a name written in
    lowercase, such as "the North Korean leader", may start with a capital at a sentence start.
    """
    name = " ".join(name.split())
    variants = [name]
    if "." in name:
        variants.append(" ".join(name.replace(".", " ").split()))
    return "|".join(_variant_pattern(variant) for variant in dict.fromkeys(variants) if variant)


def _variant_pattern(name: str) -> str:
    parts = [_FLEX.get(char, re.escape(char)) for char in name]
    if name[:1].islower():
        parts[0] = f"[{re.escape(name[0])}{re.escape(name[0].upper())}]"
    return "".join(parts)


def _fold(text: str) -> str:
    return re.sub(r"[\s\-\u2010\u2011.'\u2019]+", "", text).casefold()


class MentionFinder:
    """Finds mentions of a fixed set of actors; build once, reuse for every text."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        owner: dict[str, str] = {}
        names: dict[str, str] = {}
        for actor in actors:
            for name in actor.names:
                name = " ".join(name.split())
                key = _fold(name)
                # A name claimed by two actors goes to the first: the registry's order is the
                # user's choice. One-letter names would match everywhere.
                if len(key) > 1 and owner.setdefault(key, actor.id) == actor.id:
                    names[name] = actor.id
        self._owner = owner
        self._pattern: re.Pattern[str] | None = None
        if names:
            ordered = sorted(names, key=len, reverse=True)
            alternation = "|".join(name_pattern(name) for name in ordered)
            self._pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")

    def find(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order, never overlapping."""
        if self._pattern is None:
            return []
        found: list[Mention] = []
        for match in self._pattern.finditer(text):
            actor_id = self._owner.get(_fold(match.group()))
            if actor_id is not None:
                found.append(Mention(match.start(), match.end(), actor_id))
        return found


def find_mentions(text: str, actors: Sequence[Actor]) -> list[Mention]:
    """Every mention of ``actors`` in ``text``; build a :class:`MentionFinder` to reuse for many."""
    return MentionFinder(actors).find(text)
