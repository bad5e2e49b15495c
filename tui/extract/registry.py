"""The actors of a run by every name they go by: the user's, the gazetteer's, the rules'.

Merging goes through :class:`ActorRegistry`. The actors already in a timeline are the user's
alias registry: a name matching any of their names IS that actor, and nothing about them but new
aliases ever comes from extraction. Mention finding reads a name's context: a country named as
a place ("in Kenya") or as a person's affiliation ("Sinn Fein leader Gerry Adams") does not act;
a demonym before a word for the state ("the Cypriot government") is the country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tui.extract.gazetteer import GAZETTEER, GazetteerEntry
from tui.extract.mention_words import MentionWords, inside_a_name, mention_words
from tui.extract.name_ends import TRAILING_NON_NAME_WORDS, without_trailing_words
from tui.extract.name_keys import (
    HONORIFICS,
    cased_key,
    fold_name,
    name_tokens,
    possessive_key,
    strip_titles,
)
from tui.extract.names import is_generic
from tui.extract.roles import (
    AFFILIATION,
    BUILDING_IDS,
    COUNTED,
    DEMONYM_STATE,
    DESCRIBING,
    HOME,
    LOWER_AFTER,
    PLACE_BEFORE,
    PLACE_OWNED,
    POSSESSIVE_AFTER,
    THE_BEFORE,
    TOLD_AFTER,
    TOLD_BEFORE,
    after_locative,
    is_place,
    modifies_noun,
)
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
        self._by_last_word: dict[str, set[str]] = {}
        # Lone words no article that writes them alone gives as a person's first name ("Aziz"
        # in an article about Justice Aziz is not Aziz Pahad of another): these resolve by a
        # person's last word only (see :meth:`block_given_names`).
        self._lone_not_given: frozenset[str] = frozenset()
        self._by_first_last: dict[tuple[str, str], set[str]] = {}
        self._cased: dict[str, str] | None = None  # built on first mention lookup
        self._first_words: set[str] = set()
        # Every cased key's beginnings that end before one of its spaces ("New", "New York"
        # of "New York Stock Exchange"): a phrase can only be a name if the words before
        # its last are one of them (see _reach).
        self._prefixes: set[str] = set()
        # A word key -> whether a name can start with it (first_words, as written, with a
        # lowered first letter, or without a possessive "s"): the same words come back.
        self._starts: dict[str, bool] = {}
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
                (self._by_key[k] for n in names if (k := _folded(n)) in self._by_key), None
            )
            if owner is not None:
                # The user already has this actor: the gazetteer only teaches lookups.
                for name in names:
                    if self._claim(name, owner):
                        self._actors[owner].lookup.append(name)
                continue
            actor_id = free_id(slugify(entry.name, "actor"), self._actors)
            aliases = [name for name in names[1:] if _folded(name) != _folded(entry.name)]
            # "UN refugee agency" for the "UN Refugee Agency": a spelling that differs only in
            # case is looked up (mention lookup keeps case), never written as an alias.
            spellings = [n for n in names[1:] if _folded(n) == _folded(entry.name)]
            self._actors[actor_id] = RegisteredActor(
                actor_id,
                entry.name,
                entry.kind,
                aliases,
                origin="gazetteer",
                name_is_ambiguous=entry.name_is_ambiguous,
                lookup=spellings,
            )
            for name in names[1:] if entry.name_is_ambiguous else names:
                self._claim(name, actor_id)
            for demonym in entry.demonyms:
                self._demonyms.setdefault(demonym, actor_id)

    def _claim(self, name: str, actor_id: str) -> bool:
        key = _folded(name)
        words = name_tokens(name)
        # (A monarch's one name is no surname: "Hussein" alone is the King Hussein of the
        # article that names him so, see tui.extract.people.article_names.)
        royal = _ROYAL_NAME.fullmatch(self._actors[actor_id].name) is not None
        if len(words) > 1 and self._actors[actor_id].kind is ActorKind.PERSON and not royal:
            first, last = _folded(words[0]), _folded(words[-1])
            self._by_end_word.setdefault(first, set()).add(actor_id)
            self._by_end_word.setdefault(last, set()).add(actor_id)
            self._by_last_word.setdefault(last, set()).add(actor_id)
            self._by_first_last.setdefault((first, last), set()).add(actor_id)
        if len(key) < 2 or key in self._by_key:
            return False
        self._by_key[key] = actor_id
        return True

    def block_given_names(self, words: Iterable[str]) -> None:
        """Resolve these lone words by a person's last word only, never by the first: each is
        written alone in an article that gives no full name starting with it (so "Aziz" there
        is not the Aziz Pahad another article names; "Kim" after "Kim Jong Un" still is)."""
        self._lone_not_given = frozenset(fold_name(word) for word in words)

    def get(self, actor_id: str) -> RegisteredActor:
        return self._actors[actor_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._actors.values())

    def resolve(self, surface: str) -> str | None:
        """The id of the actor ``surface`` names, or ``None`` when none (or several) could be it.

        Exact names and aliases first (spacing, hyphens and case folded), then the name without
        titles, then a lone surname or family name ("Putin", "Mr. Kim") of exactly one person.
        """
        if _ROYAL_NAME.fullmatch(surface):
            # "King Hussein" is no Hussein of another name ("Saddam Hussein"): the title is
            # part of a monarch's one name, which is looked up whole.
            return self._by_key.get(_folded(surface))
        surface = without_trailing_words(surface)
        bare = _untitled(surface)
        # "Cie. de Navigation Mixte" is the Navigation Mixte named before.
        for candidate in (surface, bare, _LEGAL_FORM_FIRST.sub("", bare)):
            actor_id = self._by_key.get(_folded(candidate))
            if actor_id is not None:
                return actor_id
        # "Russian Vladimir Putin" is Putin, but "Indonesian Democracy Party" is not the
        # "Kurdish Democracy Party": a leading demonym is dropped for people only.
        actor_id = self._by_key.get(_folded(self._without_demonym(bare)))
        if actor_id is not None and self._actors[actor_id].kind is ActorKind.PERSON:
            return actor_id
        words = name_tokens(_untitled(surface))
        if len(words) == 1:
            key = _folded(words[0])
            by_word = self._by_last_word if key in self._lone_not_given else self._by_end_word
            owners = by_word.get(key, set())
        elif len(words) > 1:
            # "Vladimir V. Putin" or "Sergei K. Shoigu": same first and last word as one person.
            owners = self._by_first_last.get((_folded(words[0]), _folded(words[-1])), set())
        else:
            owners = set()
        if len(owners) == 1:
            return next(iter(owners))
        return None

    def add(self, surface: str, kind: ActorKind) -> str:
        """The id for ``surface``: an existing actor (learning the alias) or a new one."""
        # ("Australia's", "Labour's": the owner's name is the name; "Margaret Owen If", a
        # name run into the next sentence, is Margaret Owen.)
        surface = without_trailing_words(_POSSESSIVE_END.sub("", surface) or surface)
        actor_id = self.resolve(surface)
        if actor_id is None and _ROYAL_NAME.fullmatch(surface):
            actor_id = free_id(slugify(surface, "actor"), self._actors)
            self._actors[actor_id] = RegisteredActor(actor_id, surface, kind, origin="new")
            self._claim(surface, actor_id)
            return actor_id
        if actor_id is None:
            name = surface
            if kind is ActorKind.PERSON:
                name = self._without_demonym(_untitled(surface))
            name = _untitled(name)
            actor_id = free_id(slugify(name, "actor"), self._actors)
            self._actors[actor_id] = RegisteredActor(actor_id, name, kind, origin="new")
            self._claim(name, actor_id)
            rest = name.split()[1:]
            if kind is ActorKind.PERSON and _INITIALS.fullmatch(name.split()[0]) and len(rest) > 1:
                # "H.D. Deve Gowda" is "Deve Gowda" in the next sentence, as initials go.
                self.learn_alias(actor_id, " ".join(rest))
            if kind is ActorKind.ORGANIZATION:
                # "Upjohn Co." is "Upjohn", "Shoney's Inc." is "Shoney's" in the next sentence;
                # "Cie. de Navigation Mixte" is "Navigation Mixte".
                short = _LEGAL_FORM_FIRST.sub("", _CORPORATE_SUFFIX.sub("", name))
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
        alias = surface if surface.split()[0] in HONORIFICS else _untitled(surface)
        alias = " ".join(alias.split())
        key = _folded(alias)
        if len(key) < 2 or key in {_folded(name) for name in actor.names}:
            return
        if alias in TRAILING_NON_NAME_WORDS:
            return  # "In", the surname of "Berlusconi In" (see tui.extract.name_ends)
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

    def mentioned_ids(self, text: str, words: MentionWords | None = None) -> list[str]:
        """The actors ``text`` names, in order, longest names first, case kept (``words``:
        :func:`mention_words` of ``text``, when the caller has it already).

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
            self._prefixes = {
                key[:at] for key in self._cased for at, char in enumerate(key) if char == " "
            }
            self._starts = {}
        cased, starts = self._cased, self._starts
        text, bounds, keys = words if words is not None else mention_words(text)
        found: list[str] = []
        last_place_end = -1  # where the last country named as a place ended
        for key in set(keys).difference(starts):
            starts[key] = self._may_start(key)
        index = 0  # where the next name may start (not inside one found)
        for at in [at for at, key in enumerate(keys) if starts[key]]:
            if at < index:
                continue
            index = at
            for size in range(self._reach(keys, index), 0, -1):
                phrase = " ".join(keys[index : index + size])
                actor_id = cased.get(phrase) or cased.get(possessive_key(phrase))
                if actor_id is None and phrase[:1].isupper():
                    # A name written in lowercase may start a sentence with a capital.
                    actor_id = cased.get(phrase[:1].lower() + phrase[1:])
                if actor_id is not None:
                    start, end = bounds[2 * index], bounds[2 * (index + size) - 1]
                    kind = self._actors[actor_id].kind
                    body = (
                        self._national_body_at(keys, index + size)
                        if kind is ActorKind.COUNTRY
                        and index + size < len(keys)
                        and keys[index + size] in _NATIONAL_FIRST_WORDS
                        else None
                    )
                    if body is not None and NATIONAL_BODIES[body[0]] != actor_id:
                        # "Israel's Supreme Court ruled": Israel's court, not the US one; the
                        # country acts, as "the Kenyan police" is Kenya.
                        found.append(actor_id)
                        index += size + body[1]
                        break
                    if (
                        kind is ActorKind.COUNTRY or actor_id in _PARENT_BODIES
                    ) and self._organisation_at(keys, index + size):
                        # "the U.S. Immigration and Naturalization Service", "the UN World
                        # Food Programme": the service and the programme, not who owns them.
                        index += size
                        break
                    if (
                        actor_id in NATIONAL_BODIES
                        and index > 0
                        and (owner := self._demonyms.get(keys[index - 1])) is not None
                        and owner != NATIONAL_BODIES[actor_id]
                    ):
                        found.append(owner)  # "the Israeli Supreme Court": Israel's
                        index += size
                        break
                    if phrase in self._people_nouns and COUNTED.search(text, 0, start):
                        index += size  # "most of them Kenyans", "200 Americans": people
                        break
                    if DESCRIBING.search(text, 0, start) and (
                        POSSESSIVE_AFTER.match(text, end)
                        or (
                            text[start:end].endswith(("'s", "\u2019s"))
                            and LOWER_AFTER.match(text, end)
                        )
                    ):
                        index += size  # "Sinn Fein, the IRA's political wing,": a description
                        break
                    if (
                        kind is ActorKind.COUNTRY and is_place(text, start, end, last_place_end)
                    ) or (actor_id in BUILDING_IDS and after_locative(text, start)):
                        # "in Kenya", "Nairobi, Kenya", "in the White House": where, not who.
                        last_place_end = end
                    elif TOLD_AFTER.match(text, end) or TOLD_BEFORE.search(
                        text, max(0, start - 60), start
                    ):
                        pass  # "the exchange was told that ...", "told Minister X": hears it
                    elif kind is ActorKind.ORGANIZATION and modifies_noun(text, end):
                        pass  # "the Communist Party line", "Campeau Corp. credit squeeze"
                    elif kind is ActorKind.PERSON and (
                        HOME.match(text, end)
                        or (
                            PLACE_OWNED.match(text, end)
                            and PLACE_BEFORE.search(text, max(0, start - 12), start)
                        )
                        or (THE_BEFORE.search(text, 0, start) and LOWER_AFTER.match(text, end))
                    ):
                        pass  # "behind Slepian's house", "in the Slepian shooting": not who
                    elif (
                        kind is ActorKind.PERSON
                        and size == 1
                        and inside_a_name(text, bounds, keys, index)
                    ):
                        pass  # "Manchester United", "the Gulf War": another name's word
                    elif kind is ActorKind.PERSON or not AFFILIATION.match(text, end):
                        found.append(actor_id)  # not "Sinn Fein leader Gerry Adams"
                    index += size
                    break
            else:
                index += 1
        found.extend(self.demonym_ids(text))
        return list(dict.fromkeys(found))

    def _may_start(self, key: str) -> bool:
        """Whether a name may begin with the word ``key``: as written, with its first letter
        lowered, or without a possessive "s" (the three ways a phrase is looked up)."""
        first_words = self._first_words
        lowered = key[:1].lower() + key[1:]
        return (
            key.split(" ", 1)[0] in first_words
            or lowered.split(" ", 1)[0] in first_words
            or possessive_key(key).split(" ", 1)[0] in first_words
        )

    def _reach(self, keys: Sequence[str], index: int) -> int:
        """The most words from ``index`` that can be a name: a phrase of n words is looked up
        as written, without a final possessive "s" or with its first letter lowered, so its
        first n - 1 words (as written or lowered) begin some name before a space; trying
        longer phrases, which no name could be, only cost time (a third of merging)."""
        limit = min(self._longest, len(keys) - index)
        prefixes = self._prefixes
        reach = 1
        phrase = keys[index]
        lowered = phrase[:1].lower() + phrase[1:]
        while reach < limit and (phrase in prefixes or lowered in prefixes):
            following = keys[index + reach]
            phrase = f"{phrase} {following}"
            lowered = f"{lowered} {following}"
            reach += 1
        return reach

    def _national_body_at(self, keys: Sequence[str], at: int) -> tuple[str, int] | None:
        """The one country's body whose generic name starts at word ``at`` ("Supreme Court",
        "Congress": the US ones when no country is named), and its length in words."""
        cased = self._cased or {}
        for size in range(min(self._longest, len(keys) - at), 0, -1):
            actor_id = cased.get(" ".join(keys[at : at + size]))
            if actor_id is not None:
                return (actor_id, size) if actor_id in NATIONAL_BODIES else None
        return None

    def _organisation_at(self, keys: Sequence[str], at: int) -> bool:
        """Whether an organisation's name starts at word ``at``: a country right before it
        is only where the organisation belongs ("the U.S. Immigration and Naturalization
        Service", "the Russian Foreign Ministry" are the service and the ministry)."""
        cased = self._cased or {}
        for size in range(min(self._longest, len(keys) - at), 1, -1):
            actor_id = cased.get(" ".join(keys[at : at + size]))
            if actor_id is not None:
                return self._actors[actor_id].kind is ActorKind.ORGANIZATION
        return False

    def demonym_ids(self, text: str) -> list[str]:
        """Countries acting through their state: "the British and Irish governments" -> both.

        A demonym is an adjective ("British tanks", "pro-British voters") except before a word
        for the state or its officials, where it names the country.
        """
        found: list[str] = []
        for match in DEMONYM_STATE.finditer(text):
            if TOLD_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "told the French parliament": a listener, not a party
            for part in re.split(r"[ \t]+and[ \t]+|,[ \t]*", match["demonyms"]):
                # "The Cypriot": the demonym is the part's end, one word or two ("New Zealand").
                words = part.split()
                for size in (2, 1):
                    actor_id = self._demonyms.get(" ".join(words[-size:]))
                    if actor_id is not None and len(words) >= size:
                        found.append(actor_id)
                        break
        return found


# Pure functions of a name that every look-up calls on the same few thousand names (several
# spellings of each): a fifth of merging before they were cached.
_folded = functools.lru_cache(maxsize=1 << 16)(fold_name)
_untitled = functools.lru_cache(maxsize=1 << 16)(strip_titles)

# A monarch named by title and one name ("King Hussein", tui.extract.actors.royal_names).
_ROYAL_NAME = re.compile(r"(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir) [A-Z][a-z]+")

# Bodies of one country that the gazetteer also knows by a generic name ("Supreme Court",
# "Congress"), with that country: after another country's name or demonym, they are that
# country's own.
NATIONAL_BODIES = {"us-supreme-court": "united-states", "us-congress": "united-states"}
_NATIONAL_FIRST_WORDS = frozenset({"Supreme", "Congress"})  # how their generic names start
# Bodies whose agencies carry their name first ("UN World Food Programme", "EU Commission").
_PARENT_BODIES = frozenset({"united-nations", "european-union"})

_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# Initials written before a person's name: "H.D.", "V.P.", "J."
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Demonyms are knowledge of the language, whatever gazetteer a registry is built with.
_ALL_DEMONYMS = frozenset(demonym for entry in GAZETTEER for demonym in entry.demonyms)
# A legal form opening a firm's name: "Cie. Financiere de Paribas" is "Financiere de Paribas".
_LEGAL_FORM_FIRST = re.compile(r"^(?:Cie\.?|Cia\.?|Compagnie)[ \t]+(?:(?:de|du|des)[ \t]+)?")
_CORPORATE_SUFFIX = re.compile(
    r",?[ \t]+(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|PLC|plc|LLC|S\.A\.?|AG|N\.V\.?|Cie\.?)$"
)
