"""The actors of a run by every name they go by: the user's, the gazetteer's, the rules'.

Merging goes through :class:`ActorRegistry`. The actors already in a timeline are the user's
alias registry: a name matching any of their names IS that actor, and nothing about them but new
aliases ever comes from extraction. Mention finding reads a name's context: a country named as
a place ("in Kenya") or as a person's affiliation ("Sinn Fein leader Gerry Adams") does not act;
a demonym before a word for the state ("the Cypriot government") is the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui.extract.actors import (
    HONORIFICS,
    MENTION_WORD,
    cased_key,
    fold_name,
    name_tokens,
    possessive_key,
    strip_titles,
)
from tui.extract.gazetteer import GAZETTEER, GazetteerEntry
from tui.extract.names import DATE_WORDS, LOCATIVE_WORDS, is_generic
from tui.model.ids import free_id, slugify
from tui.model.timeline import Actor, ActorKind


@dataclass
class RegisteredActor:
    """An actor the registry knows, where it came from, and what extraction would add."""

    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    origin: str = "new"  # "user" (in the timeline), "gazetteer" or "new" (found by a rule)
    name_is_ambiguous: bool = False  # "Chad", "Jordan": the name alone is not looked up
    lookup: list[str] = field(default_factory=list)  # names that resolve here, not written
    new_aliases: list[str] = field(default_factory=list)  # to add to a user actor

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def to_actor(self) -> Actor:
        return Actor(self.id, self.name, self.kind, tuple(self.aliases))


class ActorRegistry:
    """Actors by every name they go by; the user's actors first, then the gazetteer, then rules."""

    def __init__(
        self, user_actors: Iterable[Actor] = (), gazetteer: Iterable[GazetteerEntry] = GAZETTEER
    ) -> None:
        self._actors: dict[str, RegisteredActor] = {}
        self._by_key: dict[str, str] = {}
        # People by the first and by the last word of their multi-word names, for "Mr. Kim".
        self._by_end_word: dict[str, set[str]] = {}
        self._by_first_last: dict[tuple[str, str], set[str]] = {}
        self._cased: dict[str, str] | None = None  # built on first mention lookup
        self._first_words: set[str] = set()
        self._longest = 1
        self._demonyms: dict[str, str] = {}  # "British" -> united-kingdom
        self._people_nouns: set[str] = set()  # "Kenyans": plural demonyms, the people
        for actor in user_actors:
            registered = RegisteredActor(
                actor.id, actor.name, actor.kind, list(actor.aliases), origin="user"
            )
            self._actors[actor.id] = registered
            for name in actor.names:
                self._claim(name, actor.id)
        for entry in gazetteer:
            # Plural demonyms name the people ("the Israelis"); "Swiss" is an adjective.
            plurals = [d for d in entry.demonyms if d.endswith("s") and not d.endswith("ss")]
            self._people_nouns.update(plurals)
            names = [entry.name, *entry.aliases, *plurals]
            owner = next(
                (self._by_key[k] for n in names if (k := fold_name(n)) in self._by_key), None
            )
            if owner is not None:
                # The user already has this actor: the gazetteer only teaches lookups.
                for name in names:
                    if self._claim(name, owner):
                        self._actors[owner].lookup.append(name)
                continue
            actor_id = free_id(slugify(entry.name, "actor"), self._actors)
            aliases = [name for name in names[1:] if fold_name(name) != fold_name(entry.name)]
            self._actors[actor_id] = RegisteredActor(
                actor_id,
                entry.name,
                entry.kind,
                aliases,
                origin="gazetteer",
                name_is_ambiguous=entry.name_is_ambiguous,
            )
            for name in names[1:] if entry.name_is_ambiguous else names:
                self._claim(name, actor_id)
            for demonym in entry.demonyms:
                self._demonyms.setdefault(demonym, actor_id)

    def _claim(self, name: str, actor_id: str) -> bool:
        key = fold_name(name)
        words = name_tokens(name)
        if len(words) > 1 and self._actors[actor_id].kind is ActorKind.PERSON:
            first, last = fold_name(words[0]), fold_name(words[-1])
            self._by_end_word.setdefault(first, set()).add(actor_id)
            self._by_end_word.setdefault(last, set()).add(actor_id)
            self._by_first_last.setdefault((first, last), set()).add(actor_id)
        if len(key) < 2 or key in self._by_key:
            return False
        self._by_key[key] = actor_id
        return True

    def get(self, actor_id: str) -> RegisteredActor:
        return self._actors[actor_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actors.values())

    def resolve(self, surface: str) -> str | None:
        """The id of the actor ``surface`` names, or ``None`` when none (or several) could be it.

        Exact names and aliases first (spacing, hyphens and case folded), then the name without
        titles, then a lone surname or family name ("Putin", "Mr. Kim") of exactly one person.
        """
        bare = strip_titles(surface)
        for candidate in (surface, bare):
            actor_id = self._by_key.get(fold_name(candidate))
            if actor_id is not None:
                return actor_id
        # "Russian Vladimir Putin" is Putin, but "Indonesian Democracy Party" is not the
        # "Kurdish Democracy Party": a leading demonym is dropped for people only.
        actor_id = self._by_key.get(fold_name(self._without_demonym(bare)))
        if actor_id is not None and self._actors[actor_id].kind is ActorKind.PERSON:
            return actor_id
        words = name_tokens(strip_titles(surface))
        if len(words) == 1:
            owners = self._by_end_word.get(fold_name(words[0]), set())
        elif len(words) > 1:
            # "Vladimir V. Putin" or "Sergei K. Shoigu": same first and last word as one person.
            owners = self._by_first_last.get((fold_name(words[0]), fold_name(words[-1])), set())
        else:
            owners = set()
        if len(owners) == 1:
            return next(iter(owners))
        return None

    def add(self, surface: str, kind: ActorKind) -> str:
        """The id for ``surface``: an existing actor (learning the alias) or a new one."""
        actor_id = self.resolve(surface)
        if actor_id is None:
            name = surface
            if kind is ActorKind.PERSON:
                name = self._without_demonym(strip_titles(surface))
            name = strip_titles(name)
            actor_id = free_id(slugify(name, "actor"), self._actors)
            self._actors[actor_id] = RegisteredActor(actor_id, name, kind, origin="new")
            self._claim(name, actor_id)
            if kind is ActorKind.ORGANIZATION:
                # "Upjohn Co." is "Upjohn", "Shoney's Inc." is "Shoney's" in the next sentence.
                short = _CORPORATE_SUFFIX.sub("", name)
                if short != name and not is_generic(short):
                    self.learn_alias(actor_id, short)
                    if short.isupper() and len(short) > 4:
                        # "ONEIDA Ltd." is "Oneida" in running text (mention lookup keeps case).
                        self._actors[actor_id].lookup.append(short.title())
                        self._cased = None
        self.learn_alias(actor_id, surface)
        return actor_id

    def _without_demonym(self, name: str) -> str:
        """``"Russian Vladimir Putin"`` -> ``"Vladimir Putin"``; "Juan Miguel" keeps "Juan"."""
        words = name.split()
        if len(words) > 2 and words[0] in _ALL_DEMONYMS:
            return " ".join(words[1:])
        return name

    def learn_alias(self, actor_id: str, surface: str) -> None:
        """Remember ``surface`` as another name of ``actor_id`` when it is new and unclaimed."""
        actor = self._actors[actor_id]
        # Role titles are not names ("President Putin"); honorifics are ("Mr. Kim").
        alias = surface if surface.split()[0] in HONORIFICS else strip_titles(surface)
        alias = " ".join(alias.split())
        key = fold_name(alias)
        if len(key) < 2 or key in {fold_name(name) for name in actor.names}:
            return
        owner = self._by_key.get(key)
        if owner not in (None, actor_id):
            return
        # Indexed exactly as the names of a user's actor are, so that the next run, which
        # reads this alias back from the timeline, resolves every name as this run did.
        self._claim(alias, actor_id)
        self._cased = None
        if actor.origin == "user":
            actor.new_aliases.append(alias)
        else:
            actor.aliases.append(alias)

    def mentioned_ids(self, text: str) -> list[str]:
        """The actors ``text`` names, in order, longest names first, case kept.

        A dictionary lookup of word n-grams: unlike one regular expression over every name,
        its cost does not grow with the number of actors (thousands on a large corpus).
        """
        if self._cased is None:
            self._cased = {}
            for actor in self._actors.values():
                names = actor.aliases if actor.name_is_ambiguous else actor.names
                for name in (*names, *actor.lookup, *actor.new_aliases):
                    key = cased_key(name)
                    if len(key) > 1:
                        self._cased.setdefault(key, actor.id)
            self._first_words = {key.split(" ", 1)[0] for key in self._cased}
            self._longest = min(8, max((len(k.split()) for k in self._cased), default=1))
        cased, first_words = self._cased, self._first_words
        # "Libya, which brought the case to the UN in its dispute with the United States and
        # Britain, hailed ...": names in a relative clause describe, they do not take part.
        text = _RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), text)
        pairs = [(m, key) for m in MENTION_WORD.finditer(text) if (key := cased_key(m.group()))]
        matches = [m for m, _ in pairs]
        keys = [key for _, key in pairs]
        found: list[str] = []
        last_place_end = -1  # where the last country named as a place ended
        index = 0
        while index < len(keys):
            first = keys[index]
            lowered = first[:1].lower() + first[1:]
            if (
                first.split(" ", 1)[0] not in first_words
                and lowered.split(" ", 1)[0] not in first_words
                and possessive_key(first).split(" ", 1)[0] not in first_words
            ):
                index += 1
                continue
            for size in range(min(self._longest, len(keys) - index), 0, -1):
                phrase = " ".join(keys[index : index + size])
                actor_id = cased.get(phrase) or cased.get(possessive_key(phrase))
                if actor_id is None and phrase[:1].isupper():
                    # A name written in lowercase may start a sentence with a capital.
                    actor_id = cased.get(phrase[:1].lower() + phrase[1:])
                if actor_id is not None:
                    start, end = matches[index].start(), matches[index + size - 1].end()
                    kind = self._actors[actor_id].kind
                    if phrase in self._people_nouns and _COUNTED.search(text, 0, start):
                        index += size  # "most of them Kenyans", "200 Americans": people
                        break
                    if _DESCRIBING.search(text, 0, start) and (
                        _POSSESSIVE_AFTER.match(text, end)
                        or (
                            text[start:end].endswith(("'s", "\u2019s"))
                            and _LOWER_AFTER.match(text, end)
                        )
                    ):
                        index += size  # "Sinn Fein, the IRA's political wing,": a description
                        break
                    if (
                        kind is ActorKind.COUNTRY and _is_place(text, start, end, last_place_end)
                    ) or (actor_id in BUILDING_IDS and _after_locative(text, start)):
                        # "in Kenya", "Nairobi, Kenya", "in the White House": where, not who.
                        last_place_end = end
                    elif kind is ActorKind.ORGANIZATION and _modifies_noun(text, end):
                        pass  # "the Communist Party line", "Campeau Corp. credit squeeze"
                    elif kind is ActorKind.PERSON and (
                        _HOME.match(text, end)
                        or (_THE_BEFORE.search(text, 0, start) and _LOWER_AFTER.match(text, end))
                    ):
                        pass  # "behind Slepian's house", "in the Slepian shooting": not who
                    elif kind is ActorKind.PERSON or not _AFFILIATION.match(text, end):
                        found.append(actor_id)  # not "Sinn Fein leader Gerry Adams"
                    index += size
                    break
            else:
                index += 1
        found.extend(self.demonym_ids(text))
        return list(dict.fromkeys(found))

    def demonym_ids(self, text: str) -> list[str]:
        """Countries acting through their state: "the British and Irish governments" -> both.

        A demonym is an adjective ("British tanks", "pro-British voters") except before a word
        for the state or its officials, where it names the country.
        """
        found: list[str] = []
        for match in _DEMONYM_STATE.finditer(text):
            for part in re.split(r"[ \t]+and[ \t]+|,[ \t]*", match["demonyms"]):
                # "The Cypriot": the demonym is the part's end, one word or two ("New Zealand").
                words = part.split()
                for size in (2, 1):
                    actor_id = self._demonyms.get(" ".join(words[-size:]))
                    if actor_id is not None and len(words) >= size:
                        found.append(actor_id)
                        break
        return found


# Demonyms are knowledge of the language, whatever gazetteer a registry is built with.
_ALL_DEMONYMS = frozenset(demonym for entry in GAZETTEER for demonym in entry.demonyms)
_CORPORATE_SUFFIX = re.compile(
    r",?[ \t]+(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|PLC|plc|LLC|S\.A\.?|AG|N\.V\.?|Cie\.?)$"
)
_MOTION = re.compile(
    r"\b(?:travel\w*|trip|voyage|crossing|journey|flight|fl(?:y|ew|ies)|return\w*|"
    r"arriv\w*|go|goes|went|going|moved?|fled|deport\w*|extradit\w*|sent|sen[dt]s?|back)\b"
)
_REGION_WORDS = frozenset({"Northern", "Southern", "Western", "Eastern", "Central", "Upper"})


def _is_place(text: str, start: int, end: int, last_place_end: int) -> bool:
    """Whether the country named at ``text[start:end]`` is a place, not an actor.

    After "in", "at", "from" ...; after a city and a comma, ending its phrase ("in Nairobi,
    Kenya, ..."); after a region word ("Northern Ireland"); or joined by "and" / "or" to a
    country just named as a place ("in Kenya and Tanzania").
    """
    before = text[max(0, start - 40) : start]
    words = before.split()
    if not words:
        return False
    previous = words[-1]
    if previous.capitalize() in _REGION_WORDS or _after_locative(text, start):
        return True
    if _FACILITY.match(text, end):
        return True  # "the U.S. embassy in Nairobi", "the bureau's Washington headquarters"
    if previous in ("and", "or") and 0 <= start - last_place_end <= 6:
        return True
    if previous in ("both", "either") and len(words) > 1 and words[-2] in LOCATIVE_WORDS:
        return True  # "in both Cuba and Miami"
    if previous == "to" or (previous == "the" and len(words) > 1 and words[-2] == "to"):
        # "a voyage to the United States", "free to return to Cuba": a destination.
        return bool(_MOTION.search(" ".join(words[-6:])))
    if before.rstrip().endswith(",") and previous[:1].isupper():
        after = text[end : end + 12]
        next_word = after.split()[0].strip(",.;:") if after.split() else ""
        return (
            not next_word
            or after[:1] in ",.;:)"
            or after.lstrip()[:1] == "("  # "THE HAGUE, Netherlands (AP)": a dateline
            or next_word in ("and", "or")
            or next_word in DATE_WORDS  # "in Nairobi, Kenya Friday morning"
        )
    return False


# Before a plural demonym, a count or a share makes it people, not their state: "most of them
# Kenyans and Tanzanians", "About 200 Americans", "eight of them Americans".
_COUNTED = re.compile(
    r"(?:\b(?:them|most|many|some|all|several|hundreds|thousands|dozens|fellow|other)|\d)"
    r"(?:[ \t]+(?:of[ \t]+them|[A-Z][a-z]+[ \t]+and))?[ \t]+\Z"
)
# A name in an apposition that describes the one before it: "Sinn Fein, the IRA's political
# wing, ...": the IRA is how Sinn Fein is described, not a participant.
_DESCRIBING = re.compile(r",[ \t]+the[ \t]+\Z")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s[ \t]+[a-z]")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# A country's facility after its name is a place or a target ("a bomb ripped through a building
# next to the U.S. embassy"), unless the facility speaks ("the U.S. embassy said").
_FACILITY = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:embassy|embassies|consulate|consulates|headquarters|airbase|"
    r"base|bases|airport|lab|laboratory)\b(?![ \t]+(?:said|says|announced|warned|stated|"
    r"issued|told|reported|confirmed|denied))"
)
_RELATIVE_CLAUSE = re.compile(
    r",[ \t]+(?:which|who|whose|whom)\b[^,;:\u201c\u201d\"`()]{1,160}?,(?=[ \t]+[a-z])"
)
# The word after an organisation's name: a verb or a function word keeps it the actor ("the
# State Department lifted", "the INS last month ruled"); another lowercase word is the noun
# the name modifies ("the Communist Party line", "Campeau Corp. credit squeeze").
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z\-']*)")
_KEEPING_WORDS = frozenset(
    {
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can",
        "cannot", "may", "might", "must", "should", "did", "does", "do", "said", "says", "told",
        "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
        "which", "who", "the", "a", "an", "its", "their", "last", "this", "next", "also",
        "then", "now", "again", "still", "never", "already", "yet", "just", "not", "but",
        "over", "into", "against", "after", "before", "since", "until", "about", "under",
        "became", "began", "came", "fled", "fell", "gave", "got", "held", "kept", "led",
        "left", "lost", "made", "met", "paid", "ran", "saw", "sent", "took", "went", "won",
        "wrote", "rose", "broke", "brought", "bought", "built", "chose", "drove", "flew",
        "grew", "hit", "let", "put", "quit", "sold", "spoke", "stood", "struck", "sought",
        "knew", "found", "agreed", "say", "tell", "want", "wants", "plan", "plans", "hopes",
        "it", "they", "he", "she", "we", "you", "i",
        # Its own head ("the Sinn Fein party") or a happening it owns ("the FBI
        # investigation", "the G20 summit"): the organisation acts.
        "party", "government", "group", "movement", "organization", "summit", "meeting",
        "investigation", "inquiry", "probe", "raid", "operation", "conference", "ruling",
        "decision", "vote", "report", "statement", "announcement", "offer", "bid", "deal",
        "proposal", "attack", "strike", "campaign", "crackdown", "action", "talks",
    }
)  # fmt: skip


def _modifies_noun(text: str, end: int) -> bool:
    """Whether the organisation named up to ``end`` only modifies the noun after it."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word in _KEEPING_WORDS or word.endswith(("ed", "ly", "ing")):
        return False
    return not (word.endswith("s") and not word.endswith("ss"))  # "NATO allies", "Iran says"


# A person's home after their name is a place: "buried near the Slepian home", "behind
# Slepian's house", "in Slepian's neighborhood".
_HOME = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+)?(?:home|homes|house|neighbou?rhood|residence|"
    r"apartment|farm|grave|street)\b"
)
# Institutions named after their building: "in the White House" is where, not who.
BUILDING_IDS = frozenset({"white-house", "kremlin", "pentagon"})


def _after_locative(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "in", "at", "from" ... ("In London", "from the
    US"): a place."""
    words = text[max(0, start - 40) : start].split()
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return bool(words) and words[-1].lower() in LOCATIVE_WORDS


# "Sinn Fein leader Gerry Adams", "White House spokesperson Adrienne Watson", "U.S. Secretary
# of State Madeleine Albright": the body is the person's affiliation; the person acts.
_AFFILIATION = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Vv]ice|[Dd]eputy|[Ss]enior|"
    r"[Cc]hief|[Tt]op|[Pp]olice|[Nn]ational[ \t]+[Ss]ecurity|[Pp]ress)[ \t]+)?"
    r"(?:[Ll]eader|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Cc]hief|[Mm]inister|"
    r"[Ss]ecretary|[Aa]mbassador|[Oo]fficial|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Hh]ead|"
    r"[Ee]nvoy|[Pp]rosecutor|[Ss]uperintendent|[Cc]ommander|[Aa]dviser|[Aa]dvisor|"
    r"[Ss]ecretary-[Gg]eneral|[Gg]overnor|[Ss]enator|[Cc]ouncil[ \t]+spokesperson)"
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+)?,?[ \t]+[A-Z]"
)


# "the Cypriot government", "British and Irish officials", "Iranian Foreign Ministry".
_DEMONYM_STATE = re.compile(
    r"(?<![\w-])(?P<demonyms>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:(?:,[ \t]*|[ \t]+and[ \t]+)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)*)[ \t]+(?:government|governments|authorities|officials|"
    r"forces|troops|army|military|navy|police|leader|leaders|president|prime[ \t]+minister|"
    r"foreign[ \t]+minister|Foreign[ \t]+Ministry|ministry|embassy|delegation|diplomats)\b"
)
