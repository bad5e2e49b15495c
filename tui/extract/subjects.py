"""The main participant of a sentence: the name (or pronoun) that is the subject of its verb.

Mention lookup finds the actors a sentence names, but only the ones the registry already knows,
and never the person behind "He was last seen ...". This module reads the start of a sentence:

- a name followed by a verb ("Hernandez was kidnapped", "Kopp, 44, became", "Oshkosh Truck
  Corp. estimated") is its subject. Its kind comes from evidence, never by default: an
  organisation suffix or head; a surname whose full name the article gives (a person); a
  multi-word name the article also calls by its last word alone ("Eric Rudolph" ... "Rudolph":
  people are, places and companies rarely are). A name with no such evidence is left out.
- "He" or "She" opening a sentence is the last person the article named before it.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence

from tui.extract.actors_described import described_subject, person_apposition
from tui.extract.name_keys import fold_name
from tui.extract.names import (
    CORPORATE_SUFFIXES,
    DATE_WORDS,
    GENERIC_HEADS,
    LEADING_FUNCTION_WORDS,
    ROLE_NOUNS,
    alternation,
    clean_person_name,
    full_name_of,
    is_generic,
    word_spans,
)
from tui.extract.people import GAZETTEER_KEYS, gazetteer_named
from tui.extract.roles import TOLD_AFTER
from tui.extract.temporal.prefilter import WordGated, fold

# A period only in an initial or an abbreviation: "Havana. We" is two sentences.
_TOKEN = (
    r"(?:(?:[A-Z]\.){1,3}|(?:Inc|Corp|Co|Ltd|Jr|Sr|St|Cie|Bros)\.|[A-Z][\w\-&]*"
    r"(?:['\u2019][A-Z][\w\-]*)?)"
)
# Adverbs between a subject and its verb: "Kopp also faces", "Castro reportedly said".
ADVERB = r"(?:[a-z]+ly|also|then|now|still|never|last|once|later|first|since)[ \t]+"
# The verb group after a subject: an auxiliary, a speech verb, or a past or present form.
VERB = (
    r"(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|"
    r"also|said|says|told|[a-z]{2,}ed|[a-z]{2,}s|became|began|came|fled|fell|fought|found|"
    r"gave|got|held|kept|knew|led|left|lost|made|met|paid|ran|sat|saw|sent|shot|spent|stood|"
    r"struck|took|went|won|wrote|rose|broke|brought|bought|built|caught|chose|drove|flew|grew|"
    r"hid|hit|laid|let|put|quit|rode|sold|spoke|stole|swore|threw|woke|wore|sought|taught)\b"
)
# At a sentence start: a name, an optional possessive, an optional apposition, a verb.
SUBJECT = re.compile(
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,4}})(?:['\u2019]s)?"
    # An apposition: ", 44,", ", 44, of St. Albans, Vt.,".
    rf"(?:,[^;\u201c\u201d\"]{{1,60}}?,)?[ \t]+(?:{ADVERB})?{VERB}"
)
# A possessor opening a sentence takes part: "Ratners's shares were up", "Vanguard's $1
# billion High Yield Bond Portfolio has seen ...", "Kopp's car was found".
_POSSESSOR = re.compile(
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})['\u2019]s?[ \t]+"
    rf"(?:[^\s,;:\u201c\u201d\"]+[ \t]+){{1,7}}?(?:{ADVERB})?{VERB}"
)
_PRONOUN = re.compile(rf"(?:[Hh]e|[Ss]he)[ \t]+(?:(?:{ADVERB})?{VERB}|and[ \t]+[A-Z])")
_POSSESSIVE = re.compile(r"(?:His|Her)[ \t]+[a-z]")
_FIRM_ENDS = alternation(
    CORPORATE_SUFFIXES | {"Group", "Bank", "Company", "Corporation"},
    CORPORATE_SUFFIXES,
    optional_dot=True,
)
_ORG_SUFFIX = re.compile(
    rf"(?:{alternation(CORPORATE_SUFFIXES, CORPORATE_SUFFIXES, optional_dot=True)})$"
)


# What may open a sentence before its main clause: a conjunction ("But"), a date ("Friday
# she had ..."), or an introductory phrase up to its comma ("In national over-the-counter
# trading yesterday, POP plunged", "Earlier Sunday, police ..."), which starts with a function
# word, a date word or an adverb and holds no quotation and no other comma.
_CONJUNCTION = re.compile(
    r"(?:But|And|Yet|So|Still|Also|Earlier|Later|Meanwhile|Separately)[ \t]+(?=[A-Z])"
)
_DATE_LEAD = re.compile(rf"(?:(?:{alternation(DATE_WORDS)})[ \t]+)+(?=[a-z])")
# (Not a determiner: "The company, which ..., said" opens with its subject.)
_INTRO_WORDS = frozenset(
    {
        "In", "On", "At", "As", "For", "Of", "By", "If", "When", "While", "After", "Before",
        "Since", "Then", "Now", "Also", "Earlier", "Later", "Meanwhile", "However", "Although",
        "Though", "With", "From", "To", "Under", "Once", "Until", "Unless", "Because",
        "Whether", "Despite", "During", "Among", "Today", "Yesterday", "Tonight", "Still",
    }
)  # fmt: skip
_INTRO = re.compile(
    rf"(?:(?:{alternation(_INTRO_WORDS | DATE_WORDS)})\b|[A-Z][a-z]+ly\b)"
    r"[^,;:\u201c\u201d\"`'()]{0,70},[ \t]+"
)


def clause_start(sentence: str) -> int:
    """Where the main clause of ``sentence`` starts: after leading quote marks, a conjunction,
    a date or an introductory phrase (see ``_INTRO``); 0 when it opens the sentence."""
    stripped = sentence.lstrip(" \t\"'`\u201c\u2018_-")
    position = len(sentence) - len(stripped)
    for pattern in (_CONJUNCTION, _INTRO, _DATE_LEAD):
        match = pattern.match(sentence, position)
        if match is not None:
            position = match.end()
    return position


# A role between an affiliation and the name: "Sinn Fein leader Gerry Adams kept ...".
_AFFILIATED = re.compile(rf"(?:{_TOKEN}[ \t]+){{1,4}}(?:{alternation(ROLE_NOUNS)})[ \t]+(?=[A-Z])")
# A body named by its place and a lowercase head: "A new Essex County task force began".
_NAMED_BODY = re.compile(
    r"(?:[A-Z]{2,}[A-Z.,' \t]*[ \t]_[ \t]+)?(?:[Aa]|[Aa]n|[Tt]he)[ \t]+(?:new[ \t]+)?"
    r"(?P<name>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2})[ \t]+"
    r"(?P<head>task[ \t]+force|grand[ \t]+jury|school[ \t]+board|city[ \t]+council|"
    r"commission|committee|panel|tribunal)"
    rf"[ \t]+(?:{ADVERB})?{VERB}"
)
# Initials joined by an ampersand, spelt out as a transcript does: "AT and T announced".
_INITIALS_FIRM = re.compile(
    rf"(?P<first>[A-Z]{{1,3}})[ \t]+(?:and|&|amp;?)[ \t]+(?P<second>[A-Z]{{1,3}})[ \t]+"
    rf"(?:{ADVERB})?{VERB}"
)
# One capitalised word, all capitals: "POP plunged", "IRNA reported": an organisation's
# initials (a person is never written so).
_INITIALS = re.compile(r"[A-Z]{2,6}")


def sentence_subject(
    sentence: str,
    offset: int,
    text: str,
    names: dict[str, list[tuple[int, str]]],
) -> tuple[str, bool] | None:
    """The subject name of ``sentence`` (at ``offset`` in ``text``) and whether it is a person.

    The main clause may follow a conjunction or an introductory phrase (:func:`clause_start`).
    ``None`` when the clause does not open with a name and a verb, or when nothing in the
    article says what kind of actor the name is.
    """
    lead = clause_start(sentence)
    stripped = sentence[lead:]
    # "Earlier Sunday police ...": skip a leading function word, not a whole clause.
    first = stripped.split(" ", 1)[0].rstrip(",")
    if first in LEADING_FUNCTION_WORDS and first not in ("The",):
        return None
    affiliated = _AFFILIATED.match(stripped)
    if affiliated is not None:
        lead += affiliated.end()
        stripped = stripped[affiliated.end() :]
    body = _NAMED_BODY.match(stripped)
    if body is not None and fold_name(body["name"]) not in GAZETTEER_KEYS:
        # "A new Essex County task force began ...": a body the place names, in lowercase.
        return f"{body['name']} {body['head']}", False
    firm = _INITIALS_FIRM.match(stripped)
    if firm is not None:
        # "AT and T also announced": transcripts spell out a firm's ampersand.
        return f"{firm['first']}&{firm['second']}", False
    described = described_subject(stripped)
    if described is not None and fold_name(described[0]) not in GAZETTEER_KEYS:
        # "Japanese veteran Hiroyuki Tomita won": the noun before the name says its kind.
        return described
    match = SUBJECT.match(stripped)
    if match is not None and TOLD_AFTER.match(stripped, match.end("name")):
        return None  # "The exchange was told that ...": it hears of the happening
    possessor = match is None
    match = match or _POSSESSOR.match(stripped)
    if match is None:
        return None
    raw = match["name"]
    words = raw.split()
    if words[0] == "The":
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    if _ORG_SUFFIX.search(name) or any(word.rstrip(".") in GENERIC_HEADS for word in words[1:]):
        return (name, False) if not is_generic(name) else None
    if _INITIALS.fullmatch(name) and name not in DATE_WORDS:
        return name, False
    person = clean_person_name(name)
    if not person or is_generic(person):
        return None
    person_words = person.split()
    position = offset + lead
    full = full_name_of(person_words, position, names) or _by_given_name(person_words, names, text)
    if full is not None:
        return full, True
    # (A possessor needs more than a run used alone: "International Women's Day is".)
    if (
        not possessor
        and len(person_words) >= 2
        and (
            _called_by_surname(text, person_words[-1], position)
            # "Abdullah Sonanta, who channeled ..., was captured": only a person is a "who".
            or person_apposition(stripped, match.end("name"))
        )
    ):
        return person, True
    # ("Russia closed its border" is the country, whatever firm is called "Russia Today".)
    firm = _firm_named(text, name) if fold_name(name) not in GAZETTEER_KEYS else ""
    return (firm, False) if firm else None


def _firm_named(text: str, name: str) -> str:
    """The firm ``text`` names in full that ``name`` starts: "Ratners" -> "Ratners Group
    PLC", as business stories call a firm by its first words; "" when none."""
    for firm in _firms_in(text):
        if firm.startswith(name) and (len(firm) == len(name) or firm[len(name)] in " \t"):
            return firm
    return ""


@functools.lru_cache(maxsize=8)
def _firms_in(text: str) -> tuple[str, ...]:
    """Every firm ``text`` names in full, and each of its tails that starts a word, in order:
    "The Vanguard Group Inc." gives "Vanguard Group Inc." and "Group Inc." too (one search of
    the text for all the sentences that ask; a search per name would compile one pattern each).
    """
    found: list[str] = []
    for match in _GATED_FIRM_RUN.finditer(text, fold(text)):
        words = match.group().split()
        # A name then at most three more words before the suffix, as the rule always read.
        found.extend(" ".join(words[i:]) for i in range(max(0, len(words) - 5), len(words) - 1))
    return tuple(found)


_FIRM_RUN = re.compile(rf"(?:[A-Z][\w&\-']*[ \t]+){{1,8}}(?:{_FIRM_ENDS})(?!\w)")
_GATED_FIRM_RUN = WordGated(_FIRM_RUN)  # (searched only around its words)


def _by_given_name(
    words: Sequence[str], names: dict[str, list[tuple[int, str]]], text: str
) -> str | None:
    """The one full name of the article whose given name is the lone ``words``: "Elian" is
    Elian Gonzalez in an article that named him so, as children and the famous are called.
    ``None`` when the article gives no such name, or two ("Juan Gonzalez", "Juan Perez"), or
    when the text never calls the name by its surname alone, as it does people ("Gonzalez
    said"), not places ("South Carolina") or firms ("Poughkeepsie Savings")."""
    if len(words) != 1:
        return None
    found = {full for found in names.values() for _, full in found if full.split()[0] == words[0]}
    if len(found) != 1:
        return None
    full = found.pop()
    # (Any position: every lone mention of the surname counts.)
    return full if _called_by_surname(text, full.split()[-1], -len(text) - 100) else None


def _called_by_surname(text: str, surname: str, start: int) -> bool:
    """Whether ``text`` calls someone by ``surname`` alone, not right after a capitalised word."""
    for at, _end in word_spans(text, surname):
        if at == start or abs(at - start) < len(surname) + 40:
            continue
        before = text[max(0, at - 30) : at].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith((".", ",")):
            return True
    return False


def pronoun_referent(
    sentence: str,
    offset: int,
    people: Sequence[tuple[int, str]],
    names: Mapping[str, Sequence[tuple[int, str]]] | None = None,
    text: str = "",
) -> str | None:
    """The person "He" or "She" opening ``sentence`` stands for ("He and Arafat meet ...",
    "Friday she had ..." too), or whose thing "His ..." or "Her ..." is ("His car was found":
    the car's owner takes part): :func:`last_person` before ``offset``."""
    opening = sentence[clause_start(sentence) :]
    if _PRONOUN.match(opening) is None and _POSSESSIVE.match(opening) is None:
        return None
    return last_person(people, offset, names, text) or None


def last_person(
    people: Sequence[tuple[int, str]],
    offset: int,
    names: Mapping[str, Sequence[tuple[int, str]]] | None = None,
    text: str = "",
) -> str:
    """The person a pronoun at ``offset`` stands for, the one resolver of actors and titles: the
    last person subject before it, from ``(position, name)`` pairs in order, else the last of
    the article's full names by surname (``names``) that ``text`` also calls by the surname
    alone, as it does people ("Juanita Castro" ... "Castro"), not places ("United States" ...
    "States", "South Korean" ... "Korean"); "" for no one."""
    before = [name for start, name in people if start < offset]
    if before:
        return before[-1]
    mentions = [
        (start, name)
        for surname, found in (names or {}).items()
        for start, name in found
        if start < offset and text.count(surname) > text.count(name) and not gazetteer_named(name)
    ]
    return max(mentions)[1] if mentions else ""


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'\u201d\u2019]*[ \t]+)(?=[A-Z])", re.MULTILINE)


def person_subjects(text: str, names: dict[str, list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """Where each sentence of ``text`` opens with a person as its subject, and who it is.

    These are the people a later "He" or "She" can stand for: the subject of a sentence is the
    one a pronoun opening the next sentences most often continues, unlike a name merely
    mentioned ("... in the Slepian shooting").
    """
    found: list[tuple[int, str]] = []
    starts = [match.end() for match in _SENTENCE_START.finditer(text)]
    # (Each sentence with where the next one starts; a text may have no sentence at all.)
    for start, following in itertools.pairwise([*starts, len(text)]):
        subject = sentence_subject(text[start : start + 200], start, text, names)
        if subject is not None and subject[1]:
            found.append((start, subject[0]))
        elif subject is None and _PRONOUN.match(text, following):
            # "Eric Rudolph has been on the run ... He also is charged ...": a name the next
            # sentence continues with "He" or "She" is a person's.
            name = _named_subject(text[start : start + 200])
            if name:
                found.append((start, name))
    return found


def _named_subject(sentence: str) -> str:
    """The name of two or three capitalised words opening ``sentence`` before its verb, or ""."""
    match = SUBJECT.match(sentence)
    if match is None:
        return ""
    words = clean_person_name(match["name"]).split()
    if not 2 <= len(words) <= 3 or any(word.rstrip(".") in GENERIC_HEADS for word in words):
        return ""
    if words[0] in LEADING_FUNCTION_WORDS or not all(word[:1].isupper() for word in words):
        return ""
    return " ".join(words)


# "The company earned ...", "In fiscal 1988, the truck maker said ...": a description of a
# business standing for the one the article is about.
_BUSINESS_NOUNS = (
    r"(?:company|firm|bank|thrift|maker|operator|concern|retailer|insurer|airline|carrier|"
    r"utility|lender|brokerage|publisher|manufacturer|producer|processor|developer|chain|"
    r"supplier|distributor|refiner|miner|conglomerate|giant)"
)
_DESCRIPTION = re.compile(
    # ("The Nagoya-based company said", "The New York-based bank": where it is based.)
    r"(?:[A-Z][^,.;]{0,40},[ \t]+)?[Tt]he[ \t]+"
    r"(?:(?:[a-z\-]+|[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?-[a-z]+)[ \t]+)?[a-z]*"
    + _BUSINESS_NOUNS
    + r"(?:['\u2019]s)?[ \t]+(?:[a-z]+ly[ \t]+|"
    r"also[ \t]+|earlier[ \t]+this[ \t]+year[ \t]+)?" + VERB
)
# A company: its corporate suffix, or a head only companies have.
_COMPANY = re.compile(rf"{_ORG_SUFFIX.pattern}|\b(?:Bank|Group|Company|Corporation)\b")


def described_company(sentence: str, offset: int, organisations: Sequence[tuple[int, str]]) -> str:
    """The company "the company" or "the bank" opening ``sentence`` stands for, or "".

    It is the first company the article named before the sentence: a business story names its
    subject first ("Shoney's Inc. said ...") and describes it afterwards ("The restaurant
    operator cited ..."), while others it names in passing come later.
    """
    if _DESCRIPTION.match(sentence.lstrip()) is None:
        return ""
    for start, name in organisations:
        if start < offset and _COMPANY.search(name):
            return name
    return ""


# "the company" anywhere in a sentence: "save the company about $4 million", "the company's
# 1989 operating results".
_BUSINESS_MENTION = re.compile(r"\b[Tt]he[ \t]+" + _BUSINESS_NOUNS + r"\b(?![ \t]+[A-Z])")


def company_mentioned(sentence: str, offset: int, organisations: Sequence[tuple[int, str]]) -> str:
    """The company "the company" stands for anywhere in ``sentence`` (at ``offset``), or "":
    the first company the article named before (see :func:`described_company`), unless the
    sentence names an organisation itself, which "the company" may well mean."""
    if _BUSINESS_MENTION.search(sentence) is None:
        return ""
    end = offset + len(sentence)
    if any(offset <= start < end for start, _ in organisations):
        return ""
    for start, name in organisations:
        if start < offset and _COMPANY.search(name):
            return name
    return ""


def firm_by_first_word(name: str, organisations: Sequence[str]) -> str | None:
    """The organisation of the article a lone word shortens: "Heritage" for Heritage Media
    Corp., "Poughkeepsie" for Poughkeepsie Savings Bank, as business stories call a firm by
    its first word. ``None`` when ``name`` is not one word, or the article names no such
    organisation, or two."""
    if " " in name:
        return None
    found = {org for org in organisations if org.split(" ", 1)[0] == name and " " in org}
    return found.pop() if len(found) == 1 else None


# "police" on its own: not in a name ("Puerto Rico Police Superintendent"), not "police station".
_LONE_POLICE = re.compile(
    r"(?<![A-Z][a-z]\s)(?<![A-Z]\.\s)\b[Pp]olice\b(?![ \t]+(?:[A-Z]|station|car|officers?\b))"
)


_TRAILING_ATTRIBUTION = re.compile(r"[ \t]+(?:said|say|says)[ \t]*[.\"\u201d']*[ \t]*\Z")


def police_of_article(sentence: str, organisations: Sequence[str]) -> str | None:
    """The police force the article names, for a lone "police" in ``sentence``: "Police
    confirmed Friday ..." in an article that names the Puerto Rico Police. ``None`` without a
    lone "police", or when the article names no police force, or two."""
    found = _LONE_POLICE.search(sentence)
    if found is None or _TRAILING_ATTRIBUTION.match(sentence, found.end()):
        return None  # "Hernandez was kidnapped Wednesday, police said": the source, not a party
    forces = {org for org in organisations if org.endswith(" Police") and " " in org}
    return forces.pop() if len(forces) == 1 else None


# "The sweetened offer has acceptances ...", after "Ratners's initial offer": a description
# of a thing the article gave an owner before; the owner takes part.
_DESCRIBED_THING = re.compile(
    r"[Tt]he[ \t]+(?:[a-z\-]+[ \t]+)?(?!(?:the|of|and|for|with)\b)(?P<noun>[a-z]{3,})[ \t]+"
    rf"(?:{ADVERB})?{VERB}"
)


def owner_of_described(
    sentence: str, offset: int, text: str, names: dict[str, list[tuple[int, str]]]
) -> str:
    """The owner the article gave the thing a sentence opens with ("The sweetened offer ..."
    after "Ratners's initial offer": Ratners Group PLC, the firm it names in full; a person by
    the full name met before), or ""."""
    described = _DESCRIBED_THING.match(sentence, clause_start(sentence))
    if described is None:
        return ""
    noun = described["noun"]
    owners = [owner for at, owner, things in _owned_things(text) if at < offset and noun in things]
    if not owners:
        return ""
    owner = owners[-1]
    if fold_name(owner) in GAZETTEER_KEYS:
        return owner  # "Russia's offer": the country
    person = full_name_of(owner.split(), offset, names)
    return person or _firm_named(text, owner)


_OWNED = re.compile(
    rf"(?P<owner>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})['\u2019]s?[ \t]+"
    r"(?P<words>[a-z\-]+(?:[ \t]+[a-z\-]+){0,2})"
)


@functools.lru_cache(maxsize=4)
def _owned_things(text: str) -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Every owner ``text`` gives a thing, with where and the words that may name the thing
    ("Ratners's initial offer": offer, initial): one search per article, not per sentence."""
    return tuple(
        (match.start(), match["owner"], frozenset(match["words"].split()))
        for match in _OWNED.finditer(text)
    )
