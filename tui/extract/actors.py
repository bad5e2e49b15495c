"""People, organisations and countries: found in a text by rules.

Detection is deliberately conservative. A capitalised word is an actor only in a context that
says so: after a title ("President Vladimir Putin", "spokesman John F. Kirby", "Mr. Kim"), as
the speaker of a statement ("Koffler said", "said Adrienne Watson", "according to Kirby"), as an
organisation name ("... News Agency", "... Council"), or when the gazetteer knows it. That keeps
sentence-initial words, weekdays and slogans out.

Names are cleaned by :mod:`tui.extract.names` (ranks, dates, generic heads, places, a surname
for the full name the article gives); merging by alias is :mod:`tui.extract.registry`'s job.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from tui.extract.actors_described import NAME_THEN_ROLE, royal_names
from tui.extract.actors_speaker_names import first_capitalised_run, name_after_verb
from tui.extract.gazetteer import GAZETTEER
from tui.extract.name_keys import (
    HONORIFICS,
    PERSON_TITLES,
    fold_name,
    name_tokens,
    strip_titles,
)
from tui.extract.names import (
    BODY_HEADS,
    CORPORATE_SUFFIXES,
    DATE_WORDS,
    DEPARTMENT_WORDS,
    DOTTED_SUFFIXES,
    GENERIC_HEADS,
    LEADING_FUNCTION_WORDS,
    ORG_HEADS,
    TITLE_WORDS,
    after_locative,
    alternation,
    clean_person_name,
    completed_by_initials,
    full_name_of,
    full_names,
    initials_after,
    is_generic,
    places_in,
)
from tui.extract.temporal.prefilter import WordGated, fold
from tui.model.timeline import ActorKind

# A capitalised name token: "Vladimir", "Jong-Un", "O'Brien", "Kim's" stops before the 's;
# initials written together are one token ("V.P. Goel", not "P. Goel").
_TOKEN = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?)"
_NAME = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,4}}"
# In an organisation's name a dotted abbreviation is one token: "the U.S. Senate", never its
# "S. Senate" (a person's initials stay apart: "H.D. Deve Gowda" is matched by his names).
_ORG_TOKEN = rf"(?:(?:[A-Z]\.){{2,3}}|{_TOKEN})"

# The department a rank is of, between the rank and the name: "Secretary of State Madeleine
# Albright", "Minister of Trade and Industry Rashid Mohamed Rashid".
_DEPARTMENT = rf"(?:(?:{alternation(DEPARTMENT_WORDS)})[ \t]+)*(?:{alternation(DEPARTMENT_WORDS)})"
_OF_DEPARTMENT = (
    rf"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_DEPARTMENT}"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_DEPARTMENT})?(?=,?[ \t]+[A-Z]))?"
)
# A name with a nobiliary or family particle, after a title: "Foreign Minister Herve de
# Charette", "Prime Minister Dominique de Villepin" (not "Herve", whom a lone word resolves
# to another article's Herve).
_PARTICLE_NAME = (
    rf"{_TOKEN}(?:[ \t]+(?:(?:de|da|di|del|della|van|von|der|den|bin|ibn)[ \t]+)?{_TOKEN}){{0,4}}"
)
_TITLED_NAME = re.compile(
    rf"\b(?:{PERSON_TITLES}){_OF_DEPARTMENT},?[ \t]+(?P<name>{_PARTICLE_NAME})"
)
_ORG_HEADS = alternation(ORG_HEADS | BODY_HEADS | CORPORATE_SUFFIXES, dotted=DOTTED_SUFFIXES)
# "People's" inside a name: "the People's Liberation Army", "General People's Congress".
_COLLECTIVE = r"(?:People|Workers|Women|Children|Veterans|Farmers|Citizens)['\u2019]s"
_ORG_WORD = rf"(?:{_COLLECTIVE}|{_ORG_TOKEN})"
_ORG = re.compile(
    rf"\b(?P<name>(?:{_COLLECTIVE}|{_ORG_TOKEN}(?:['\u2019]s(?=[ \t]+(?:Inc|Corp|Co|Ltd)\b))?)"
    rf"[ \t]+(?:(?:of|for|and|the)[ \t]+|{_ORG_WORD}[ \t]+){{0,5}}(?:{_ORG_HEADS}))(?!\w)"
)
# A legal form or a bank's word opening the name: "Cie. Financiere de Paribas", "Banque
# Internationale de Placement", "Societe Generale" (up to a rank or a date: "Cie. de Navigation
# Mixte Chairman Marc Fournier").
_ORG_FIRST = re.compile(
    r"\b(?P<name>(?:Cie\.|Cia\.|Compagnie|Soci[e\u00e9]t[e\u00e9]|Banque|Banco|Groupe|Grupo)"
    rf"(?:[ \t]+(?:(?:de|du|des|la|le|del|di|da|do)[ \t]+){{0,2}}"
    rf"(?!(?:{alternation(TITLE_WORDS | DATE_WORDS)})\b){_TOKEN}){{1,4}})"
)
# "Russia's TASS news agency": the capitalised word before a lowercase "news agency".
_LOWER_ORG = re.compile(rf"\b(?P<name>{_NAME})[ \t]+news agency\b")
# Only a company has shares bought or sold: "bought Navigation Mixte shares", "sold 10,000
# Acme Corp shares" (not a market's: "Hong Kong shares closed higher").
_SHARES_OF = re.compile(
    r"\b(?:bought|buys|buying|sold|sells|selling|acquired|acquires|holds|held|owns|owned|"
    r"\d[\d,.]*)[ \t]+(?:[a-z]+[ \t]+){0,2}?"
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})(?:['\u2019]s)?[ \t]+"
    r"(?:shares|stock)\b"
)

_SPEECH_VERBS = (
    r"said|says|say|told|tells|warned|warns|added|adds|announced|announces|stated|states|"
    r"claimed|claims|declared|declares|noted|notes|wrote|writes|insisted|insists|argued|"
    r"argues|explained|confirmed|confirms|denied|denies|urged|urges|responded|responds|"
    r"reported|reports|tweeted|posted"
)
# "X called on Israel to ...", "X appealed to the sides to ...": a speech act whose object is
# the one addressed, so only a name before it is the speaker.
_APPEALS = r"called[ \t]+(?:on|for|upon)|calls[ \t]+(?:on|for|upon)|appealed[ \t]+(?:to|for)"
# After the verb the name is the speaker ("..., said Koffler"), except for "told" whose object
# is the listener (", told CNN").
_AFTER_VERBS = "|".join(v for v in _SPEECH_VERBS.split("|") if v not in ("told", "tells"))
# "X said", "X, professor of ..., told CNN", "the White House warned".
_SPEAKER_BEFORE = re.compile(
    rf"(?:^|(?<=[\s\u201c\u201d\"(]))(?:[Tt]he[ \t]+)?(?P<name>{_NAME})"
    # An apposition between the name and the verb: ", professor of ...,", " — the minister —".
    rf"(?:,(?P<appos>[^,\u201c\u201d\"]{{1,90}}),"
    rf"|[ \t]+[\u2014\u2013][^\u2014\u2013\u201c\u201d\"]{{1,90}}[\u2014\u2013]"
    rf"|[ \t]+\([^()\u201c\u201d\"]{{1,90}}\))?[ \t]+(?:{_SPEECH_VERBS}|{_APPEALS})\b"
)
# "..., said White House spokesperson Adrienne Watson": the words after the verb, up to
# punctuation; the name is the last capitalised run of them.
_SPEAKER_AFTER = re.compile(
    # (TimeBank closes a quotation with two apostrophes: "'' said Patricia Hurt".)
    rf"(?:[,\u201d\"]|'')[ \t]*(?:{_AFTER_VERBS})[ \t]+(?P<words>(?:[\w.'\u2019\-]+[ \t]*){{1,10}})"
)
_NAME_ONLY = re.compile(_NAME)
_ACCORDING = re.compile(r"\b[Aa]ccording to[ \t]+(?P<words>(?:[\w.'\u2019\-]+[ \t]*){1,8})")

# Words that look like names in these contexts but are not actors.
STOP_NAMES = frozenset(word.casefold() for word in DATE_WORDS) | frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "here", "his", "her", "their", "our", "its", "who", "what", "which",
        "tonight", "top news", "breaking news", "latest news", "world news", "more news",
        "bad news", "good news", "god", "god bless america", "read", "but", "and", "or", "so",
        "if", "in", "on", "at", "as", "for", "of", "by", "officials", "experts", "analysts",
        "reporters", "report", "statement", "sources", "during", "after", "before",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorCandidate:
    """A name found in a text by a rule, with the kind the rule suggests."""

    surface: str  # the name as written, titles removed ("Vladimir Putin", "Mr. Kim")
    kind: ActorKind
    start: int
    end: int
    short: str = ""  # the surname as written, when the article's full name replaced it


# (Demonyms and countries are markets, not companies: "Japanese shares", "Hong Kong stocks".)
# Folded by fold_name, as the keys they are checked against are.
_NOT_COMPANIES = frozenset(
    fold_key
    for entry in GAZETTEER
    for name in (entry.name, *entry.aliases, *entry.demonyms)
    if (fold_key := fold_name(name))
)


_STOP_KEYS = frozenset(fold_name(stop) for stop in STOP_NAMES)


def _plausible(name: str) -> bool:
    if fold_name(name) in _STOP_KEYS:
        return False
    words = name_tokens(name)
    if not words or not words[0][:1].isupper():
        return False
    return all(word.casefold() not in STOP_NAMES or index > 0 for index, word in enumerate(words))


def speaker_of(sentence: str) -> tuple[str, int] | None:
    """The speaker of a statement sentence and where its name starts, or ``None``.

    ``"..., Koffler said."``, ``"..., said spokesperson Adrienne Watson"``,
    ``"According to Kirby, ..."``, ``"Shoigu told reporters: ..."``.
    """
    for match in _SPEAKER_AFTER.finditer(sentence):
        name = clean_person_name(name_after_verb(match["words"]))
        if name and _plausible(name) and not is_generic(name):
            return name, match.start("words") + match["words"].find(name)
    for match in _ACCORDING.finditer(sentence):
        name = _according_name(match["words"])
        if name:
            return name, match.start("words") + max(0, match["words"].find(name))
    for match in _SPEAKER_BEFORE.finditer(sentence):
        found = _speaker_before(sentence, match)
        if found is not None:
            return found
    return None


def _according_name(words: str) -> str:
    """The name "according to" introduces, from the words after it, or ""."""
    name = first_capitalised_run(words)
    # "according to Russia's TASS news agency": the agency speaks, not the country.
    agency = _LOWER_ORG.search(words)
    if agency:
        name = first_capitalised_run(words[agency.start() :].split("news agency")[0])
        name = name.split()[-1] if name else ""
    if name and not agency and not _ORG.fullmatch(name):
        name = clean_person_name(name)
    return name if name and _plausible(name) and not is_generic(name) else ""


# "according to estimates by Dalbar", "according to a report from Reuters".
_CITED_LEAD = re.compile(r"(?:(?:a|an|the|[a-z]+s?)[ \t]+){0,3}?(?:by|of|from)[ \t]+")


# "..., the official news agency IRNA reported.": the agency that carried a statement.
_REPORTED_BY = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:news[ \t]+agency|newspaper|radio|"
    rf"television|daily)[ \t]+(?P<name>{_NAME})[ \t]+(?:reported|said|says|reports)\W*$"
)


# "The New York Times said in an editorial ...: ...": the paper is where the words were
# published, not a participant of what they tell.
_EDITORIAL = re.compile(
    rf"[ \t\"'`\u201c]*(?:[Tt]he[ \t]+)?(?P<name>{_NAME})[ \t]+(?:said|says|wrote|writes)"
    r"[ \t]+in[ \t]+(?:an|its|a)[ \t]+editorial\b"
)


def cited_source(sentence: str) -> str:
    """The source a sentence cites with "according to" ("according to estimates by Dalbar
    Financial Services Inc." -> "Dalbar Financial Services Inc") or as the agency that
    reported it (", the official news agency IRNA reported."), or ""."""
    for match in _ACCORDING.finditer(sentence):
        words = match["words"]
        lead = _CITED_LEAD.match(words)
        name = _according_name(words[lead.end() :] if lead else words)
        if name:
            return name
    reported = _REPORTED_BY.search(sentence) or _EDITORIAL.match(sentence)
    return reported["name"] if reported else ""


def _speaker_before(text: str, match: re.Match[str]) -> tuple[str, int] | None:
    """The speaker of an "X said" match, or ``None`` for a place or a word that names nobody.

    "In Dar es Salaam, Kenneth Piernick, said": an apposition that is a name is the speaker;
    "officials in Miami said": a name after "in" is where they are.
    """
    appos = (match["appos"] or "").strip()
    if appos and _NAME_ONLY.fullmatch(appos) and _plausible(appos):
        cleaned = clean_person_name(appos)
        if cleaned and not is_generic(cleaned):
            return cleaned, match.start("appos") + match["appos"].find(cleaned)
    name = match["name"]
    partners = _partners_before(text, match.start("name"))
    if partners is not None:
        # "A spokeswoman for Crum amp Forster said": the firm of partners, whole.
        return f"{partners['first']} & {name}", partners.start()
    if after_locative(text, match.start("name")) or not _plausible(name):
        return None
    tail = _NAME_TAIL.search(text, max(0, match.start("name") - 120), match.start("name"))
    if tail is not None and tail["head"].split()[-1] in _BODY_HEADS:
        # "the Federal Bureau of Investigation said": the body speaks, not "Investigation".
        body = re.sub(r"^(?:[Tt]he|[Aa]n?)[ \t]+", "", f"{tail.group().strip()} {name}")
        return body, match.start("name") - len(body) + len(name)
    cleaned = name if _ORG.fullmatch(name) else clean_person_name(name)
    if not cleaned or is_generic(cleaned):
        return None
    return cleaned, match.start("name") + max(0, name.find(cleaned))


# The words of a longer name before a speaker's: "the Federal Bureau of Investigation said",
# "the UN High Commissioner for Refugees said", "the Ministry of Agriculture, Fisheries and Food".
_NAME_TAIL = re.compile(
    r"(?<![\w.'\-])(?P<head>(?:[A-Z][\w.'\-]*[ \t]+){0,4}[A-Z][\w.'\-]*),?[ \t]+"
    r"(?:of|for)[ \t]+(?:the[ \t]+)?\Z"
)
_BODY_HEADS = ORG_HEADS | GENERIC_HEADS | {"Commissioner", "Secretariat", "Institution", "Chamber"}
# A body's name with its field: "Federal Bureau of Investigation", "Commission of Jurists".
_BODY_OF = re.compile(
    rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,4}},?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_NAME}"
)
# A firm of partners: "Crum & Forster", written "Crum amp Forster" in TimeBank's wire text.
_AMPERSAND = r"(?:&|amp;?)"
_PARTNERS = re.compile(
    rf"\b(?P<first>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})[ \t]+{_AMPERSAND}[ \t]+"
    rf"(?P<second>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})"
)
_PARTNERS_BEFORE = re.compile(
    rf"\b(?P<first>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,2}})[ \t]+{_AMPERSAND}[ \t]+\Z"
)


def _partners_before(text: str, end: int) -> re.Match[str] | None:
    """``_PARTNERS_BEFORE`` searched in ``text[:end]``, run only when that text ends as each
    of its matches does, with an ampersand and spaces: the search reads the text from its
    start, and a whole article is read for every speaker otherwise (the same answer)."""
    start = end
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    if start == end or not text.endswith(("&", "amp", "amp;"), 0, start):
        return None
    return _PARTNERS_BEFORE.search(text, 0, end)


# Rare patterns, run only over a text that holds one of the words each match holds ("&",
# "news agency", "shares", "according to"): most articles hold none, and running them over
# a whole text cost more than the look.
_GATED_PARTNERS = WordGated(_PARTNERS)
_GATED_SHARES_OF = WordGated(_SHARES_OF)
_GATED_LOWER_ORG = WordGated(_LOWER_ORG)
_GATED_ACCORDING = WordGated(_ACCORDING)
_GATED_TITLED_NAME = WordGated(_TITLED_NAME)
_GATED_NAME_THEN_ROLE = WordGated(NAME_THEN_ROLE)
_GATED_ORG = WordGated(_ORG)
_GATED_ORG_FIRST = WordGated(_ORG_FIRST)
_GATED_SPEAKER_BEFORE = WordGated(_SPEAKER_BEFORE)
_GATED_SPEAKER_AFTER = WordGated(_SPEAKER_AFTER)


def _is_acronym(name: str) -> bool:
    """``"IRNA"``, ``"POP"``: one all-capital word names an organisation, not a person."""
    return " " not in name and len(name) > 1 and name.replace(".", "").isupper()


def detect_candidates(
    text: str, names: dict[str, list[tuple[int, str]]] | None = None
) -> list[ActorCandidate]:
    """Every actor name the rules find in ``text``, in order of appearance.

    A person's name is cleaned of ranks and dates, and a surname becomes the full name the
    article gives for it ("Albright" after "Madeleine Albright"). ``names`` is
    :func:`full_names` of ``text`` when the caller already has it.
    """
    if names is None:
        names = full_names(text)
    found: list[ActorCandidate] = []
    folded = fold(text)

    def person(name: str, start: int, end: int) -> None:
        name = clean_person_name(name)
        if not name or is_generic(name) or not _plausible(strip_titles(name)):
            return
        if name in places_in(text):
            return  # "In New York, a North Korean official said": a place the text is in
        words = strip_titles(name).split()
        short = len(words) <= 2 and not _is_acronym(name)
        full = full_name_of(words, start, names) if short else None
        kind = ActorKind.ORGANIZATION if _is_acronym(name) else ActorKind.PERSON
        found.append(ActorCandidate(full or name, kind, start, end, name if full else ""))

    for match in _GATED_TITLED_NAME.finditer(text, folded):
        raw = match["name"]
        name = strip_titles(raw)
        prefix = text[match.start() : match.start("name")].strip()
        if prefix in HONORIFICS:
            name = f"{prefix} {name}"
        person(name, match.start("name"), match.end())
    for start, royal in royal_names(text):
        # "King Hussein" whole: the title is part of how a monarch of one name is named.
        found.append(ActorCandidate(royal, ActorKind.PERSON, start, start + len(royal)))
    for match in _GATED_NAME_THEN_ROLE.finditer(text, folded):
        words = match["name"].split()
        while words and words[0] in LEADING_FUNCTION_WORDS:
            words = words[1:]  # "But Denise O'Donnell, the U.S. attorney"
        if len(words) >= 2:
            start = match.end("name") - len(" ".join(words))
            person(" ".join(words), start, match.end("name"))
    for match in _GATED_PARTNERS.finditer(text, folded):
        name = f"{match['first']} & {match['second']}"
        if _plausible(match["first"]) and not after_locative(text, match.start()):
            found.append(ActorCandidate(name, ActorKind.ORGANIZATION, match.start(), match.end()))
    for match in _GATED_SHARES_OF.finditer(text, folded):
        name = match["name"]
        words = name.split()
        if words[0] in ("The", "A", "An") or name.replace(".", "").isupper():
            continue
        keys = {fold_name(name), *(fold_name(word) for word in words)}
        if not keys & _NOT_COMPANIES and _plausible(name):
            found.append(
                ActorCandidate(name, ActorKind.ORGANIZATION, match.start("name"), match.end("name"))
            )
    for pattern, matches in (
        (_ORG, _GATED_ORG.finditer(text, folded)),
        (_LOWER_ORG, _GATED_LOWER_ORG.finditer(text, folded)),
        (_ORG_FIRST, _GATED_ORG_FIRST.finditer(text, folded)),
    ):
        for match in matches:
            name = match["name"]
            if pattern is _ORG:
                name = re.sub(r"^(?:[Tt]he|[Aa]n?)[ \t]+", "", name)
            place = after_locative(text, match.start())
            if _plausible(name) and not is_generic(name) and not place:
                found.append(
                    ActorCandidate(name, ActorKind.ORGANIZATION, match.start("name"), match.end())
                )
    for match in _GATED_SPEAKER_BEFORE.finditer(text, folded):
        speaker = _speaker_before(text, match)
        if speaker is None:
            continue
        name, start = speaker
        if _ORG.fullmatch(name) or _BODY_OF.fullmatch(name):
            found.append(ActorCandidate(name, ActorKind.ORGANIZATION, start, start + len(name)))
        else:
            person(name, start, start + len(name))
    for matches in (
        _GATED_SPEAKER_AFTER.finditer(text, folded),
        _GATED_ACCORDING.finditer(text, folded),
    ):
        for match in matches:
            found_speaker = speaker_of(text[max(0, match.start() - 1) : match.end()])
            if found_speaker:
                name, _ = found_speaker
                start = match.start("words") + max(0, match["words"].find(name))
                person(name, start, start + len(name))
    found.sort(key=lambda candidate: candidate.start)
    # "Madeleine Albright, Berger and defense secretary William Cohen": one name listed
    # between two people is a person's too.
    # (The article's full names, one of the two a person a rule found: "New York, Boston and
    # Los Angeles" lists no one.)
    people = {(c.start, c.end): True for c in found if c.kind is ActorKind.PERSON}
    for runs in names.values():
        for start, full in runs:
            last = full.split()[-1]
            people.setdefault((start, text.find(last, start) + len(last)), False)
    for first, last in itertools.pairwise(sorted(people)):
        listed = _LISTED.fullmatch(text, first[1], last[0])
        if listed is not None and (people[first] or people[last]) and _plausible(listed["name"]):
            person(listed["name"], listed.start("name"), listed.end("name"))
    # "the Central Bureau of Investigation (CBI)": the initials are the body's other name;
    # "The Beijing Organizing Committee for the Olympic Games (BOCOG)": the name goes on after
    # its head up to initials that spell the whole.
    found = [_with_initials(text, c) for c in found]
    found.sort(key=lambda candidate: candidate.start)
    return found


def _with_initials(text: str, candidate: ActorCandidate) -> ActorCandidate:
    """An organisation ``candidate`` with its initials (and its whole name) when the text gives
    them in brackets after it, see :func:`tui.extract.names.completed_by_initials`."""
    if candidate.kind is not ActorKind.ORGANIZATION or candidate.short:
        return candidate
    if initials := initials_after(text, candidate.end, candidate.surface):
        return replace(candidate, short=initials)
    whole = completed_by_initials(text, candidate.end, candidate.surface)
    return (
        candidate
        if whole is None
        else replace(candidate, surface=whole[0], end=whole[1], short=whole[2])
    )


# The gap between two people named in a list, holding one more name: ", Berger and defense
# secretary ".
_LISTED = re.compile(
    rf",[ \t]+(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN})?),?[ \t]+and[ \t]+"
    rf"(?:(?:[a-z\-]+|{PERSON_TITLES})[ \t]+){{0,3}}"
)


def expand_surname(name: str, position: int, names: dict[str, list[tuple[int, str]]]) -> str:
    """``name`` or the article's full name it shortens (nearest before ``position``)."""
    words = strip_titles(name).split()
    if 0 < len(words) <= 2:
        return full_name_of(words, position, names) or name
    return name
