"""A person named by office: "the pope", "the Russian premier", "the prime minister's
spokesman" is the one person the article names with that office before ("Russian Prime
Minister Viktor Chernomyrdin"), who takes part as much as a name would. (Issue 9, section 3:
the event's participants are among its actors; a description is the named entity the article
gave.)

Only an office the article gives exactly one person before the description resolves ("the
president", after "President Clinton" and "President Yeltsin", is left alone), and a
description with a people word only to a holder with the same one ("the French president" is
not "U.S. President Bill Clinton"). The pope is the one exception: an article may say "the
Pope" without ever naming him, and there is one pope at a time.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from tui.extract.actors import ActorCandidate
from tui.extract.gazetteer import GAZETTEER
from tui.extract.names import clean_person_name
from tui.extract.temporal.prefilter import WordGated, fold
from tui.model.timeline import ActorKind

# Each office by the words for it, capitalised as a title before a name.
_OFFICE_KEYS = {
    "pope": "pope",
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "chancellor": "chancellor",
    "king": "king",
    "queen": "queen",
    "foreign minister": "foreign minister",
    "defense minister": "defense minister",
    "defence minister": "defense minister",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "secretary of state": "secretary of state",
    "pontiff": "pope",
}
_OFFICE = (
    r"(?:Pope|President|Prime[ \t]+Minister|Premier|Chancellor|King|Queen|Foreign[ \t]+Minister|"
    r"Defen[cs]e[ \t]+Minister|Secretary[- ]General|Secretary[ \t]+of[ \t]+State)"
)
_OFFICE_LOWER = (
    r"(?:[Pp]ope|[Pp]resident|[Pp]rime[ \t]+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|"
    r"[Qq]ueen|[Ff]oreign[ \t]+[Mm]inister|[Dd]efen[cs]e[ \t]+[Mm]inister|"
    r"[Ss]ecretary[- ][Gg]eneral|[Ss]ecretary[ \t]+of[ \t]+[Ss]tate|[Pp]ontiff)"
)
_NAME = (
    r"[A-Z][\w\-'\u2019.]*"
    r"(?:[ \t]+(?:(?:de|da|do|dos|das|du|van|von|bin)[ \t]+)?[A-Z][\w\-'\u2019.]*){0,3}"
)
# "Russian Prime Minister Viktor Chernomyrdin", "Pope John Paul II", "President Clinton".
_HOLDER = re.compile(
    rf"\b(?:(?P<demonym>[A-Z][a-z]+)[ \t]+)?(?P<office>{_OFFICE})[ \t]+(?P<name>{_NAME})"
)
_GATED_HOLDER = WordGated(_HOLDER)  # (searched only around its words)
# A full stop after a word of small letters ends the sentence ("Roe. She ..."), not a name
# ("Jr.", "A.B."): the name stops there.
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.(?:\s.*)?$", re.DOTALL)
# "the pope", "the Russian premier", "the prime minister's": not "the President Bill Clinton"
# (a title), "the president of the bank" (another office), "the former president" (another
# holder: no word between).
_DESCRIPTION = re.compile(
    rf"\b[Tt]he[ \t]+(?:(?P<demonym>[A-Z][a-z]+)[ \t]+)?(?P<office>{_OFFICE_LOWER})"
    r"(?![\w\-])(?!['\u2019]?[ \t]+(?:of\b|[A-Z]))"
)
DEMONYMS = frozenset(demonym for entry in GAZETTEER for demonym in entry.demonyms)
# Words before an office that make it another one ("Vice President", "Deputy Prime Minister").
_NOT_DEMONYMS = frozenset({"Vice", "Deputy", "Former", "Acting", "Assistant", "The", "A", "An"})

# Popes since 1978 with the first day of each one's office: "the Pope" at a date is one person.
_POPES = (
    (dt.date(1978, 10, 16), "John Paul II"),
    (dt.date(2005, 4, 19), "Benedict XVI"),
    (dt.date(2013, 3, 13), "Francis"),
    (dt.date(2025, 5, 8), "Leo XIV"),
)


class Holder(NamedTuple):
    """A person the article names with an office."""

    start: int
    office: str  # the office's key ("prime minister" for "Premier" too)
    demonym: str  # the people word before the office, or ""
    name: str  # the person's name, titles and dates dropped


def _office_key(office: str) -> str:
    return _OFFICE_KEYS[" ".join(office.casefold().split())]


def office_holders(text: str, published: dt.date | None = None) -> tuple[Holder, ...]:
    """Every person ``text`` names with an office, in order; when it says "the pope" without
    naming one, the pope at ``published`` (at the start of the text)."""
    found: list[Holder] = []
    for match in _GATED_HOLDER.finditer(text, fold(text)):
        demonym = match["demonym"] or ""
        if demonym in _NOT_DEMONYMS:
            demonym = ""
            if match["demonym"] not in ("The", "A", "An"):
                continue  # "Vice President Thabo Mbeki" holds another office
        # ("Pope John Paul II's visit": the name, not its possessive; "... under Prime
        # Minister Jane Roe. She ...": not the full stop ending the sentence, nor the next
        # sentence's first word.)
        name = re.sub(r"['\u2019]s?$", "", match["name"])
        name = clean_person_name(_SENTENCE_END.sub("", name))
        if name:
            found.append(Holder(match.start(), _office_key(match["office"]), demonym, name))
    if published is not None and not any(h.office == "pope" for h in found):
        pope = next((name for day, name in reversed(_POPES) if day <= published), "")
        if pope and re.search(r"\b[Tt]he[ \t]+(?:[Pp]ope|[Pp]ontiff)\b", text):
            found.insert(0, Holder(0, "pope", "", pope))
    return tuple(found)


def holder_candidates(holders: tuple[Holder, ...]) -> list[ActorCandidate]:
    """The popes no title in the text named, as actors (the others are found by their title)."""
    return [
        ActorCandidate(h.name, ActorKind.PERSON, 0, 0)
        for h in holders
        if h.office == "pope" and h.start == 0
    ]


def _holder_of(office: str, demonym: str, before: int, holders: tuple[Holder, ...]) -> str:
    """The one person named with ``office`` (and ``demonym``, when given) before ``before``,
    or "" when none or several are."""
    named = [h for h in holders if h.office == office and h.start < before]
    if demonym:
        named = [h for h in named if h.demonym == demonym]
    surnames = {h.name.split()[-1] for h in named}
    if len(surnames) != 1:
        return ""
    return max((h.name for h in named), key=len)  # "Bill Clinton" over "Clinton"


def name_holders(text: str, position: int, holders: tuple[Holder, ...]) -> str:
    """``text`` (a sentence part at ``position`` in its article) with each office description
    replaced by the name of the one person the article gave that office before it: "Fidel
    Castro and the Pope are having" -> "Fidel Castro and John Paul II are having"."""
    if not holders:
        return text

    def named(match: re.Match[str]) -> str:
        demonym = match["demonym"] or ""
        if demonym and demonym not in DEMONYMS:
            return match.group()  # ("the Vatican pope" is no people word)
        office = _office_key(match["office"])
        name = _holder_of(office, demonym, position + match.start(), holders)
        return name or match.group()

    return _DESCRIPTION.sub(named, text)
