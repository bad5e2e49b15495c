"""Who the article's people are: the full names a relation shows are people's ("Yitzhak
Rabin's assassin"), and each person the article calls by the surname alone ("against Kopp").

Split from :mod:`tui.extract.actors` (which finds names by their context) by job.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from tui.extract.actors import ActorCandidate
from tui.extract.actors_described import royal_names
from tui.extract.gazetteer import GAZETTEER
from tui.extract.name_keys import fold_name, strip_titles
from tui.extract.names import (
    DATE_WORDS,
    clean_person_name,
    full_name_of,
    full_names,
    word_spans,
)
from tui.extract.temporal.prefilter import WordGated, fold
from tui.model.timeline import ActorKind

_DEMONYMS = frozenset(demonym for entry in GAZETTEER for demonym in entry.demonyms)
# Every name the gazetteer knows, folded: a country or a body, never a person or a firm.
GAZETTEER_KEYS = frozenset(
    fold_name(name) for entry in GAZETTEER for name in (entry.name, *entry.aliases)
)


def gazetteer_named(name: str) -> bool:
    """Whether ``name`` is a country or a body the gazetteer knows or holds a demonym ("South
    Korean", "North Korea"): never a person."""
    if name in _DEMONYMS or _DEMONYMS.intersection(name.split()):
        return True
    return fold_name(name) in _NOT_PEOPLE_KEYS


_NOT_PEOPLE_KEYS = frozenset(
    fold_name(name)
    for entry in GAZETTEER
    if entry.kind is not ActorKind.PERSON
    for name in (entry.name, *entry.aliases)
)


def is_lone(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands alone, not inside a run of capitalised
    words ("Kopp said", "against Kopp"; not "James Kopp" or "Kopp Associates")."""
    before = text[max(0, start - 30) : start].split()
    if before and before[-1][:1].isupper() and not before[-1].endswith((".", ",", ":", ";")):
        return False
    after = text[end : end + 30].split()
    return not (after and after[0][:1].isupper() and text[end : end + 1] in " \t")


# Words only a person has: "Yitzhak Rabin's assassin", "the murder of Barnett Slepian".
_PERSON_NOUNS = (
    r"(?:assassin|assassins|killer|killers|murderer|wife|husband|widow|son|sons|daughter|"
    r"daughters|father|mother|brother|brothers|sister|sisters|parents|children|family|"
    r"relatives|grandmother|grandfather|uncle|aunt|cousin|friend|friends|lawyer|lawyers|"
    r"bodyguard|aides?)"
)
_PERSON_EVENTS = r"(?:assassination|murder|killing|slaying|death|funeral|kidnapping)"


_RELATION = re.compile(
    rf"(?P<full>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){{1,2}})['\u2019]s[ \t]+{_PERSON_NOUNS}\b"
    rf"|\b(?:{_PERSON_EVENTS}|{_PERSON_NOUNS})[ \t]+of[ \t]+"
    rf"(?P<victim>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){{1,2}})"
)
_GATED_RELATION = WordGated(_RELATION)


# Both article_names and surname_mentions ask, one after the other, for the same article:
# the article is searched once (the result is read-only for that reason).
@functools.lru_cache(maxsize=2)
def _people_by_relation(text: str) -> Mapping[str, tuple[tuple[int, str], ...]]:
    """Full names a relation only people have shows are people's, by surname: "Yitzhak
    Rabin's assassin", "the murder of Barnett Slepian", "the grandmother of Elian Gonzalez"."""
    found: dict[str, list[tuple[int, str]]] = {}
    for match in _GATED_RELATION.finditer(text, fold(text)):
        full = clean_person_name(match["full"] or match["victim"])
        words = full.split()
        if len(words) >= 2 and not any(word in DATE_WORDS for word in words):
            found.setdefault(words[-1], []).append((match.start(), full))
    return MappingProxyType({surname: tuple(spots) for surname, spots in found.items()})


def article_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """:func:`full_names` of ``text`` with the people a relation shows (see
    ``_people_by_relation``), which a full-name run after "of" leaves out ("a friend of
    Yitzhak Rabin's assassin", "the grandmother of Elian Gonzalez").

    A surname the article already gives to another full name keeps meaning that one ("the
    brother of President Fidel Castro" does not make "Castro" Fidel in an article about
    Raul): such a person is kept under the full name itself, found by the given name alone
    ("Elian") and never by the surname.
    """
    names = full_names(text)
    # "King Hussein": a monarch the article calls by one name is that name with the title,
    # the one a later lone "Hussein" of this article means (not the Saddam Hussein of another).
    for start, royal in royal_names(text):
        surname = royal.rsplit(" ", 1)[-1]
        if surname not in names:
            names.setdefault(surname, []).append((start, royal))
    for surname, found in _people_by_relation(text).items():
        for start, full in found:
            known = names.get(surname, [])
            if all(name != full for _, name in known):
                names.setdefault(full if known else surname, []).append((start, full))
    return names


def surname_mentions(
    text: str, names: dict[str, list[tuple[int, str]]], people: Iterable[str]
) -> list[ActorCandidate]:
    """The article's people called by their surname alone: "against Kopp" after "James Kopp".

    ``people`` are the full names the article gives evidence are people's (a title, a speech
    verb, a sentence they are the subject of): a capitalised run is not a person on its own
    ("Northern Ireland" ... "Ireland", "Oshkosh Truck" ... "Truck"). Each person called by the
    surname gets one candidate there, the full name with its surname as ``short``, so that the
    registry learns the surname as an alias and finds it in every sentence; which person a
    shared surname means is still decided per article (nearest full name before it).
    """
    # ("Afghan Women" ... "Women": a demonym starts a group's name, not a person's; "North
    # Korea" taken for the subject of a sentence is still the country.)
    related = _people_by_relation(text)
    names = {
        surname: sorted({*names.get(surname, ()), *related.get(surname, ())})
        for surname in {*names, *related}
    }
    known = {
        name
        for person in (*people, *(full for found in related.values() for _, full in found))
        if not _DEMONYMS.intersection((name := strip_titles(person)).split())
        and fold_name(name) not in GAZETTEER_KEYS
    }
    found: list[ActorCandidate] = []
    for surname, fulls in names.items():
        if not any(full in known for _, full in fulls):
            continue
        for start, end in word_spans(text, surname):
            if not is_lone(text, start, end):
                continue
            full = full_name_of([surname], start, names)
            if full in known:
                found.append(ActorCandidate(full, ActorKind.PERSON, start, end, surname))
                break
    return found


# A lead that describes its main person instead of naming them ("Kidnappers kept their promise
# to kill a store owner ...", "a friend of Yitzhak Rabin's assassin said ..."), who the next
# sentences introduce by name and age ("... belonged to Jorge Hernandez, 49.", "Margalit
# Har-Shefi, 22, has pleaded ...").
_DESCRIBED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z\-]+[ \t]+){0,3}?(?:man|woman|boy|girl|owner|friend|"
    r"doctor|suspect|teen-?ager|student|driver|pilot|worker|activist|farmer|soldier|priest|"
    r"tourist|businessman|businesswoman|victim|hostage|grandmother|grandfather|mother|"
    r"father|widow)(?:['\u2019]s)?\b"
)


def describes_person(text: str) -> bool:
    """Whether ``text`` describes a person as a descriptive lead does ("a friend of ...")."""
    return _DESCRIBED_PERSON.search(text) is not None


_INTRODUCED_WITH_AGE = re.compile(
    r"(?P<name>[A-Z][\w\-'\u2019]+(?:[ \t]+[A-Z][\w.\-'\u2019]*){1,3}),[ \t]+\d{1,2}[,.]"
)
# How far after the lead its person may be introduced: about two sentences.
_INTRODUCTION_REACH = 400


def lead_person(text: str, lead_start: int, lead_end: int) -> str:
    """The person a descriptive lead (``text[lead_start:lead_end]``) is about, named by the
    first full name introduced with an age within about two sentences after it; "" when the
    lead describes no person or no one is introduced so."""
    if _DESCRIBED_PERSON.search(text, lead_start, lead_end) is None:
        return ""
    found = _INTRODUCED_WITH_AGE.search(text, lead_end, lead_end + _INTRODUCTION_REACH)
    if found is None:
        return ""
    name = clean_person_name(found["name"])
    return name if len(name.split()) >= 2 else ""


# A relation named beside the person: "Elian's paternal great-uncle, Lazaro Gonzalez,", "his
# father, Juan Miguel Gonzalez", "Juan Miguel Gonzalez, Elian's father,".
_RELATIVES = (
    r"(?:(?:father|mother|son|daughter|brother|sister)(?:-in-law)?|wife|husband|grandmother|"
    r"grandfather|great-uncle|great-aunt|uncle|aunt|cousin|stepmother|stepfather|widow|"
    r"lawyer|attorney)(?![\w\-])"
)
_KIN_WORDS = r"(?:(?:paternal|maternal|younger|older|elder|eldest|youngest|late|estranged)[ \t]+)?"
_OWNER = (
    r"(?:(?P<owner>[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})['\u2019]s|(?P<pronoun>[Hh]is|[Hh]er))"
)
_FULL = r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w.\-]*){1,3}"
_RELATIVE_THEN_NAME = re.compile(
    rf"\b{_OWNER}[ \t]+{_KIN_WORDS}(?P<relation>{_RELATIVES}),[ \t]+(?P<name>{_FULL})"
    r"(?=[,.;)]|[ \t]+(?:and|who)\b)"
)
_NAME_THEN_RELATIVE = re.compile(
    rf"(?P<name>{_FULL}),[ \t]+{_OWNER}[ \t]+{_KIN_WORDS}(?P<relation>{_RELATIVES})\b"
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)*")
# (Searched only around their words: tui.extract.temporal.windows.)
_GATED_RELATIVE_THEN_NAME = WordGated(_RELATIVE_THEN_NAME)
_GATED_NAME_THEN_RELATIVE = WordGated(_NAME_THEN_RELATIVE)


def relation_names(
    text: str, names: Mapping[str, Sequence[tuple[int, str]]]
) -> list[ActorCandidate]:
    """The people ``text`` names beside a relation, each with the relation as an alias
    (``short``): "his father, Juan Miguel Gonzalez" after "Elian must be returned to" gives
    Juan Miguel Gonzalez as "Elian's father" and "Elian Gonzalez's father", by which any
    article of the run may call him ("Elian Gonzalez's father said ...")."""
    found: list[ActorCandidate] = []
    folded = fold(text)
    for pattern in (_GATED_RELATIVE_THEN_NAME, _GATED_NAME_THEN_RELATIVE):
        for match in pattern.finditer(text, folded):
            person = clean_person_name(match["name"])
            owner = match["owner"] or _owner_before(text, match.start())
            if len(person.split()) < 2 or not owner or owner in person:
                continue
            relation = match["relation"]
            full = _full_owner(owner, match.start(), names)
            if match["pronoun"] and not full:
                continue  # "his father" after a word that names no one the article gives
            owners = {owner, full}
            found.extend(
                ActorCandidate(
                    person, ActorKind.PERSON, *match.span("name"), f"{name}'s {relation}"
                )
                for name in sorted(owners)
                if name
            )
    return found


def _owner_before(text: str, start: int) -> str:
    """Whose "his" or "her" at ``start`` is: the last capitalised run of its sentence before it
    ("Elian must be returned to his father"), or ""."""
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    runs = [run.group() for run in _CAPITALISED_RUN.finditer(text, sentence_start, start)]
    runs = [run for run in runs if run.split()[0] not in DATE_WORDS and run not in ("The", "A")]
    return runs[-1] if runs else ""


def _full_owner(owner: str, start: int, names: Mapping[str, Sequence[tuple[int, str]]]) -> str:
    """The article's full name for a short ``owner`` ("Elian" is Elian Gonzalez), or ""."""
    words = owner.split()
    full = full_name_of(words, start, dict(names)) if len(words) <= 2 else None
    if full:
        return full
    given = {name for found in names.values() for _, name in found if name.split()[0] == owner}
    return given.pop() if len(given) == 1 else ""
