"""People, organisations and countries: found by rules and a gazetteer, merged by alias.

Detection is deliberately conservative. A capitalised word is an actor only in a context that
says so: after a title ("President Vladimir Putin", "spokesman John F. Kirby", "Mr. Kim"), as
the speaker of a statement ("Koffler said", "said Adrienne Watson", "according to Kirby"), as an
organisation name ("... News Agency", "... Council"), or when the gazetteer knows it. That keeps
sentence-initial words, weekdays and slogans out.

Merging goes through :class:`ActorRegistry`. The actors already in a timeline are the user's
alias registry: a name matching any of their names IS that actor, and nothing about them but new
aliases ever comes from extraction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from tui.extract.gazetteer import GAZETTEER, GazetteerEntry
from tui.model.ids import free_id, slugify
from tui.model.timeline import Actor, ActorKind

# A capitalised name token: "Vladimir", "Jong-Un", "O'Brien", "Kim's" stops before the 's.
_TOKEN = r"(?:[A-Z]\.|[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?)"
_NAME = rf"{_TOKEN}(?:[ \t]+{_TOKEN}){{0,4}}"

# Titles that introduce a person's name. Case matters for the capitalised ones only.
_PERSON_TITLES = (
    r"President|Prime Minister|Vice President|Premier|Chancellor|Minister|Secretary|"
    r"Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Mayor|Ambassador|General|Gen\.|"
    r"Admiral|Adm\.|Colonel|Col\.|Lieutenant|Lt\.|Sgt\.|Sergeant|Captain|Capt\.|King|Queen|"
    r"Prince|Princess|Pope|Chairman|Chairwoman|Chief|Director|Judge|Justice|Comrade|Leader|"
    r"Professor|Prof\.|Dr\.|Mr\.|Mrs\.|Ms\.|Mr|Mrs|Ms|Dr|"
    r"spokesman|spokeswoman|spokesperson|adviser|advisor|minister|secretary|director|"
    r"official|professor|analyst|leaders?|envoy|ambassador|president|chairman|commander|"
    r"correspondent|reporter|editor|chief|lawyer|attorney"
)
_TITLED_NAME = re.compile(rf"\b(?:{_PERSON_TITLES}),?[ \t]+(?P<name>{_NAME})")

_ORG_HEADS = (
    "Agency|Council|Ministry|University|News|Department|Committee|Commission|Organization|"
    "Organisation|Party|Army|Navy|Bank|Institute|Association|Union|Corporation|Corp\\.|Inc\\.|"
    "Company|Group|Foundation|Court|Parliament|Assembly|Congress|Senate|Office|Service|Times|Post"
)
_ORG = re.compile(
    rf"\b(?P<name>(?:{_TOKEN}[ \t]+)(?:(?:of|for|and|the)[ \t]+|{_TOKEN}[ \t]+){{0,5}}"
    rf"(?:{_ORG_HEADS}))\b"
)
# "Russia's TASS news agency": the capitalised word before a lowercase "news agency".
_LOWER_ORG = re.compile(rf"\b(?P<name>{_NAME})[ \t]+news agency\b")

_SPEECH_VERBS = (
    r"said|says|say|told|tells|warned|warns|added|adds|announced|announces|stated|states|"
    r"claimed|claims|declared|declares|noted|notes|wrote|writes|insisted|insists|argued|"
    r"argues|explained|confirmed|confirms|denied|denies|urged|urges|responded|responds|"
    r"reported|reports|tweeted|posted"
)
# After the verb the name is the speaker ("..., said Koffler"), except for "told" whose object
# is the listener (", told CNN").
_AFTER_VERBS = "|".join(v for v in _SPEECH_VERBS.split("|") if v not in ("told", "tells"))
# "X said", "X, professor of ..., told CNN", "the White House warned".
_SPEAKER_BEFORE = re.compile(
    rf"(?:^|(?<=[\s\u201c\u201d\"(]))(?:[Tt]he[ \t]+)?(?P<name>{_NAME})"
    # An apposition between the name and the verb: ", professor of ...,", " — the minister —".
    rf"(?:,[^,\u201c\u201d\"]{{1,90}},|[ \t]+[\u2014\u2013][^\u2014\u2013\u201c\u201d\"]{{1,90}}"
    rf"[\u2014\u2013]|[ \t]+\([^()\u201c\u201d\"]{{1,90}}\))?[ \t]+(?:{_SPEECH_VERBS})\b"
)
# "..., said White House spokesperson Adrienne Watson": the words after the verb, up to
# punctuation; the name is the last capitalised run of them.
_SPEAKER_AFTER = re.compile(
    rf"[,\u201d\"][ \t]*(?:{_AFTER_VERBS})[ \t]+(?P<words>(?:[\w.'\u2019\-]+[ \t]*){{1,10}})"
)
_ACCORDING = re.compile(r"\b[Aa]ccording to[ \t]+(?P<words>(?:[\w.'\u2019\-]+[ \t]*){1,8})")

# Words that look like names in these contexts but are not actors.
STOP_NAMES = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "here", "his", "her", "their", "our", "its", "who", "what", "which",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "today", "yesterday", "tomorrow", "tonight",
        "top news", "breaking news", "latest news", "world news", "more news", "bad news",
        "good news", "god", "god bless america", "read", "but", "and", "or", "so", "if",
        "in", "on", "at", "as", "for", "of", "by", "officials", "experts", "analysts",
        "reporters", "report", "statement", "sources", "during", "after", "before",
    }
)  # fmt: skip

# Honorifics kept with a name as an alias ("Mr. Kim"); titles dropped from it ("President").
HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr")
_LEADING_TITLE = re.compile(
    rf"^(?:(?:Our|Dearest|Dear|Great|Supreme|Respected|Beloved|[Tt]he|{_PERSON_TITLES})[ \t]+)+"
)


@dataclass(frozen=True, slots=True)
class ActorCandidate:
    """A name found in a text by a rule, with the kind the rule suggests."""

    surface: str  # the name as written, titles removed ("Vladimir Putin", "Mr. Kim")
    kind: ActorKind
    start: int
    end: int


_FOLD = re.compile(r"[\s\-\u2010\u2011.'\u2019]+")
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def fold_name(name: str) -> str:
    """The key two spellings of one name share: no spaces, hyphens, periods or case."""
    return _FOLD.sub("", name).casefold()


def _tokens(name: str) -> list[str]:
    return [token for token in _WORD_SPLIT.split(name) if token]


# Words of a text for mention lookup; a possessive "'s" is not part of the name.
_MENTION_WORD = re.compile(r"[\w.\-\u2010\u2011]+(?:['\u2019][\w.\-]+)*")


def _possessive_key(key: str) -> str:
    """``"Kims"`` (from "Kim's", apostrophe dropped) stays; used only as a second try."""
    return key[:-1] if key.endswith("s") else key


_CASED_DROP = re.compile(r"[.'\u2019]")
_CASED_SPACE = re.compile(r"[\s\-\u2010\u2011]+")


def _cased_key(name: str) -> str:
    """Like :func:`fold_name` but keeping case and word breaks: "US" is not "us"."""
    return _CASED_SPACE.sub(" ", _CASED_DROP.sub("", name)).strip()


def strip_titles(name: str) -> str:
    """``"Our Dearest Comrade Kim Jong Un"`` -> ``"Kim Jong Un"``; honorifics are titles too."""
    stripped = _LEADING_TITLE.sub("", name.strip())
    return stripped or name.strip()


_STOP_KEYS = frozenset(fold_name(stop) for stop in STOP_NAMES)


def _plausible(name: str) -> bool:
    if fold_name(name) in _STOP_KEYS:
        return False
    words = _tokens(name)
    if not words or not words[0][:1].isupper():
        return False
    return all(word.casefold() not in STOP_NAMES or index > 0 for index, word in enumerate(words))


def _name_after_verb(words: str) -> str:
    """The speaker named after a verb: ``"White House spokesperson Adrienne Watson, using"``.

    Capitalised words gather into a run; a lowercase role word ("spokesperson") starts a new
    run, since the name follows the role; any other lowercase word or punctuation ends it.
    """
    run: list[str] = []
    for word in words.split():
        clean = word.rstrip(",.;:")
        if clean[:1].isupper():
            run.append(clean)
        elif re.fullmatch(_PERSON_TITLES, clean):
            run = []
        elif run or clean not in ("the", "a", "an"):
            break
        if clean != word:
            break
    return " ".join(run)


def _first_capitalised_run(words: str) -> str:
    run: list[str] = []
    for word in words.split():
        clean = word.rstrip(",.;:")
        if clean.startswith(("the", "The")) and not run:
            continue
        if not clean[:1].isupper():
            break
        run.append(clean.removesuffix("\u2019s").removesuffix("'s"))
        if clean != word:
            break
    return " ".join(run)


def speaker_of(sentence: str) -> tuple[str, int] | None:
    """The speaker of a statement sentence and where its name starts, or ``None``.

    ``"..., Koffler said."``, ``"..., said spokesperson Adrienne Watson"``,
    ``"According to Kirby, ..."``, ``"Shoigu told reporters: ..."``.
    """
    for match in _SPEAKER_AFTER.finditer(sentence):
        name = _name_after_verb(match["words"])
        if name and _plausible(name):
            return name, match.start("words") + match["words"].find(name)
    for match in _ACCORDING.finditer(sentence):
        words = match["words"]
        name = _first_capitalised_run(words)
        # "according to Russia's TASS news agency": the agency speaks, not the country.
        agency = _LOWER_ORG.search(words)
        if agency:
            name = _first_capitalised_run(words[agency.start() :].split("news agency")[0])
            name = name.split()[-1] if name else ""
        if name and _plausible(name):
            return name, match.start("words") + max(0, words.find(name))
    for match in _SPEAKER_BEFORE.finditer(sentence):
        name = match["name"]
        if _plausible(name):
            return name, match.start("name")
    return None


def detect_candidates(text: str) -> list[ActorCandidate]:
    """Every actor name the rules find in ``text``, in order of appearance."""
    found: list[ActorCandidate] = []
    for match in _TITLED_NAME.finditer(text):
        raw = match["name"]
        name = strip_titles(raw)
        prefix = text[match.start() : match.start("name")].strip()
        if prefix in HONORIFICS:
            name = f"{prefix} {name}"
        if _plausible(strip_titles(name)):
            found.append(ActorCandidate(name, ActorKind.PERSON, match.start("name"), match.end()))
    for pattern in (_ORG, _LOWER_ORG):
        for match in pattern.finditer(text):
            name = match["name"]
            if pattern is _ORG:
                name = re.sub(r"^(?:[Tt]he)[ \t]+", "", name)
            if _plausible(name):
                found.append(
                    ActorCandidate(name, ActorKind.ORGANIZATION, match.start("name"), match.end())
                )
    for match in _SPEAKER_BEFORE.finditer(text):
        name = match["name"]
        if _plausible(name):
            kind = ActorKind.ORGANIZATION if _ORG.fullmatch(name) else ActorKind.PERSON
            found.append(ActorCandidate(name, kind, match.start("name"), match.end("name")))
    for pattern in (_SPEAKER_AFTER, _ACCORDING):
        for match in pattern.finditer(text):
            found_speaker = speaker_of(text[max(0, match.start() - 1) : match.end()])
            if found_speaker:
                name, _ = found_speaker
                start = match.start("words") + max(0, match["words"].find(name))
                found.append(ActorCandidate(name, ActorKind.PERSON, start, start + len(name)))
    found.sort(key=lambda candidate: candidate.start)
    return found


@dataclass
class RegisteredActor:
    """An actor the registry knows, where it came from, and what extraction would add."""

    id: str
    name: str
    kind: ActorKind
    aliases: list[str] = field(default_factory=list)
    origin: str = "new"  # "user" (in the timeline), "gazetteer" or "new" (found by a rule)
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
        for actor in user_actors:
            registered = RegisteredActor(
                actor.id, actor.name, actor.kind, list(actor.aliases), origin="user"
            )
            self._actors[actor.id] = registered
            for name in actor.names:
                self._claim(name, actor.id)
        for entry in gazetteer:
            names = [entry.name, *entry.aliases, *(d for d in entry.demonyms if d.endswith("s"))]
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
                actor_id, entry.name, entry.kind, aliases, origin="gazetteer"
            )
            for name in names:
                self._claim(name, actor_id)

    def _claim(self, name: str, actor_id: str) -> bool:
        key = fold_name(name)
        words = _tokens(name)
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
        actor_id = self._by_key.get(fold_name(_without_demonym(bare)))
        if actor_id is not None and self._actors[actor_id].kind is ActorKind.PERSON:
            return actor_id
        words = _tokens(strip_titles(surface))
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
            name = _without_demonym(strip_titles(surface)) if kind is ActorKind.PERSON else surface
            name = strip_titles(name)
            actor_id = free_id(slugify(name, "actor"), self._actors)
            self._actors[actor_id] = RegisteredActor(actor_id, name, kind, origin="new")
            self._claim(name, actor_id)
        self.learn_alias(actor_id, surface)
        return actor_id

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
                for name in (*actor.names, *actor.lookup, *actor.new_aliases):
                    key = _cased_key(name)
                    if len(key) > 1:
                        self._cased.setdefault(key, actor.id)
            self._first_words = {key.split(" ", 1)[0] for key in self._cased}
            self._longest = min(8, max((len(k.split()) for k in self._cased), default=1))
        cased, first_words = self._cased, self._first_words
        keys = [_cased_key(m.group()) for m in _MENTION_WORD.finditer(text)]
        keys = [key for key in keys if key]
        found: list[str] = []
        index = 0
        while index < len(keys):
            first = keys[index]
            lowered = first[:1].lower() + first[1:]
            if (
                first.split(" ", 1)[0] not in first_words
                and lowered.split(" ", 1)[0] not in first_words
                and _possessive_key(first).split(" ", 1)[0] not in first_words
            ):
                index += 1
                continue
            for size in range(min(self._longest, len(keys) - index), 0, -1):
                phrase = " ".join(keys[index : index + size])
                actor_id = cased.get(phrase) or cased.get(_possessive_key(phrase))
                if actor_id is None and phrase[:1].isupper():
                    # A name written in lowercase may start a sentence with a capital.
                    actor_id = cased.get(phrase[:1].lower() + phrase[1:])
                if actor_id is not None:
                    found.append(actor_id)
                    index += size
                    break
            else:
                index += 1
        return list(dict.fromkeys(found))

    def actors(self) -> list[Actor]:
        """Every known actor as a model :class:`Actor`, for mention finding."""
        result = []
        for actor in self._actors.values():
            names = [*actor.aliases, *actor.lookup, *actor.new_aliases]
            result.append(Actor(actor.id, actor.name, actor.kind, tuple(names)))
        return result


def _without_demonym(name: str) -> str:
    """``"Russian Vladimir Putin"`` -> ``"Vladimir Putin"``; two words stay as they are."""
    words = name.split()
    if len(words) > 2 and words[0].endswith(("an", "ese", "ish")):
        return " ".join(words[1:])
    return name
