"""What makes a run of capitalised words a name, and which name it is in its article.

The rules of :mod:`tui.extract.actors` find runs of capitalised words in contexts that say an
actor is there. This module cleans such a run and checks it against the article:

- ranks and titles are not part of a name, wherever they sit in the run: "Rico Police
  Superintendent Pedro Toledo" is Pedro Toledo, "Foreign Minister Don McKinnon" is Don McKinnon;
- weekdays and months are never glued to a name ("Bill Clinton Thursday");
- a generic head on its own ("Department", "Centers", "Agency") or a title on its own ("Mr")
  is no name;
- a word right after "in", "at", "from" ... is a place, not a speaker ("officials in Miami said");
- a surname names the person whose full name the article gives ("Albright" after "Madeleine
  Albright"), the nearest one before it when several share it ("Castro").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from tui.extract.gazetteer import GAZETTEER

# Every list of words about names is written once, here; :mod:`tui.extract.actors` and
# :mod:`tui.extract.subjects` build their patterns from these sets (:func:`alternation`).

# Ranks and roles written before a person's name, which they introduce ("President Vladimir
# Putin", "Mr. Kim", "spokesman John Kirby"). "General" introduces a name, but is not cut from
# one: "General Motors", "Attorney General".
NAME_TITLES = frozenset(
    {
        "President", "Premier", "Chancellor", "Minister", "Secretary", "Senator",
        "Representative", "Governor", "Mayor", "Ambassador", "General", "Admiral", "Colonel",
        "Lieutenant", "Sergeant", "Captain", "King", "Queen", "Prince", "Princess", "Pope",
        "Chairman", "Chairwoman", "Chief", "Director", "Judge", "Justice", "Comrade", "Leader",
        "Professor",
    }
)  # fmt: skip
MULTIWORD_TITLES = ("Prime Minister", "Vice President")
# Abbreviated ranks, written with their period ("Sen.", "Gen.").
TITLE_ABBREVIATIONS = frozenset(
    {"Sen", "Rep", "Gov", "Gen", "Adm", "Col", "Lt", "Sgt", "Capt", "Prof"}
)
# Honorifics, with or without their period; kept with a name as an alias ("Mr. Kim").
HONORIFIC_WORDS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})
# Lowercase roles before a name ("spokesman John Kirby", "analyst Leif-Eric Easley").
ROLE_NOUNS = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "minister",
        "secretary", "director", "official", "professor", "analyst", "leader", "leaders",
        "envoy", "ambassador", "president", "chairman", "commander", "correspondent",
        "reporter", "editor", "chief", "lawyer", "attorney",
        # Who a person is, before the name: "dictator Fulgencio Batista", "tycoon Ben Dunne".
        "dictator", "strongman", "tycoon", "billionaire", "businessman", "businesswoman",
    }
)  # fmt: skip
# Capitalised words that are a rank, a role or an honorific, never part of a person's name.
TITLE_WORDS = (NAME_TITLES - {"General"}) | TITLE_ABBREVIATIONS | HONORIFIC_WORDS | frozenset(
    {
        "Major", "Maj", "Brig", "Cpl", "Pvt", "Chairperson", "Sir", "Dame", "Lord", "Lady",
        "Superintendent", "Inspector", "Detective", "Sheriff", "Commissioner", "Officer",
        "Spokesman", "Spokeswoman", "Spokesperson", "Rev", "Reverend", "Father", "Bishop",
        "Cardinal", "Archbishop", "Rabbi", "Imam", "Sheikh", "Ayatollah", "Deputy", "Attorney",
        "Prosecutor", "Commander", "Marshal", "Speaker", "Envoy", "Trooper", "Agent", "Coach",
        "Dean", "Vice", "Acting", "Former", "Assistant", "Undersecretary", "Secretary-General",
        "Treasurer", "Auditor", "First", "Executive", "Councilor", "Councillor", "MP",
        "Constable", "Corporal", "Brigadier", "Warden", "Magistrate", "Consul", "Solicitor",
        "Surgeon",
    }
)  # fmt: skip

# Groups a text may let speak ("Dealers said", "Witnesses said", "Mourners called for ..."):
# never one actor's name, whatever the statement is.
GROUP_WORDS = frozenset(
    {
        "dealers", "traders", "diplomats", "witnesses", "mourners", "economists", "bankers",
        "authorities", "protesters", "demonstrators", "residents", "villagers", "rebels",
        "troops", "soldiers", "militants", "observers", "critics", "doctors", "lawyers",
        "prosecutors", "investigators", "researchers", "scientists", "students", "workers",
        "farmers", "voters", "mps", "lawmakers", "legislators", "delegates", "ministers",
        "leaders", "survivors", "relatives", "negotiators", "officers", "guards", "rescuers",
        "media", "democrats", "republicans", "organisers", "organizers",
        "participants", "activists", "officials", "analysts", "experts", "sources",
    }
)  # fmt: skip

# Weekdays and months: dates, never part of a name ("Bill Clinton Thursday").
DATE_WORDS = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday", "Tomorrow",
    }
)  # fmt: skip

# Corporate suffixes ("Oshkosh Truck Corp.", "Siemens AG"); the dotted ones take a period.
CORPORATE_SUFFIXES = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "PLC", "plc", "LLC", "S.A", "AG", "N.V", "Cie"}
)
DOTTED_SUFFIXES = frozenset({"Inc", "Corp", "Co", "Ltd", "S.A", "N.V"})
# Words that end an organisation's name ("Korean Central News Agency", "Ewha Womans
# University") and, standing alone, name a kind of organisation rather than one.
ORG_HEADS = frozenset(
    {
        "Agency", "Council", "Ministry", "University", "News", "Department", "Committee",
        "Commission", "Organization", "Organisation", "Party", "Army", "Navy", "Bank",
        "Institute", "Association", "Union", "Corporation", "Company", "Group", "Foundation",
        "Court", "Assembly", "Office", "Service", "Times", "Post", "Administration", "Police",
        "Centers", "Authority", "Bureau", "Board", "Center", "Centre", "Front",
    }
)  # fmt: skip
# Heads of one body in their own right: "the Senate" is an actor.
BODY_HEADS = frozenset({"Parliament", "Congress", "Senate"})
# Heads that name a kind of organisation, not one organisation, when they stand alone.
GENERIC_HEADS = ORG_HEADS | CORPORATE_SUFFIXES | frozenset(
    {
        "Center", "Centre", "Government", "Embassy", "Force", "Forces", "Guard", "Coalition",
        "Alliance", "Press",
    }
)  # fmt: skip


def _is_word_char(char: str) -> bool:
    # What the regex engine calls a word character (``\w``) in a text.
    return char.isalnum() or char == "_"


def word_spans(text: str, word: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(rf"\b{re.escape(word)}\b", text)``, found without compiling
    a pattern per word: an article's surnames made hundreds of one-off patterns a run, which
    also pushed the shared patterns out of the ``re`` module's cache."""
    if not word:
        yield from (match.span() for match in re.finditer(r"\b\b", text))
        return
    size, length = len(text), len(word)
    first, last = _is_word_char(word[0]), _is_word_char(word[-1])
    at = text.find(word)
    while at >= 0:
        end = at + length
        before = at > 0 and _is_word_char(text[at - 1])
        after = end < size and _is_word_char(text[end])
        if before != first and after != last:
            yield at, end
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def alternation(
    words: Iterable[str], dotted: Iterable[str] = (), optional_dot: bool = False
) -> str:
    """A regex alternation of ``words``, longest first; the ``dotted`` ones end in a period
    (optional with ``optional_dot``). ``alternation({"Sen"}, {"Sen"})`` -> ``Sen\\.``."""
    dotted = set(dotted)
    forms = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.escape(word)
        if word in dotted:
            escaped += r"\.?" if optional_dot else r"\."
        forms.append(escaped)
    return "|".join(forms)


# Words after which a capitalised name is where something happens, not who does it.
LOCATIVE_WORDS = frozenset(
    {"in", "at", "from", "near", "into", "across", "throughout", "inside", "outside"}
)

# Capitalised at the start of a sentence, never the start of a name.
LEADING_FUNCTION_WORDS = frozenset(
    {
        "A", "An", "The", "But", "And", "Or", "So", "In", "On", "At", "As", "For", "Of", "By",
        "If", "When", "While", "After", "Before", "Since", "This", "That", "These", "Those",
        "His", "Her", "Their", "Our", "Its", "My", "Your", "Then", "Now", "Also", "Earlier",
        "Later", "Meanwhile", "However", "Although", "Though", "With", "From", "To", "Under",
        "Both", "Neither", "Each", "Every", "Some", "Many", "Most", "All", "No", "Not",
        "Once", "Until", "Unless", "Because", "Whether", "Despite", "During", "Among",
        "Excluding", "Including", "Such", "Last", "Next", "Annual", "Had", "Has", "Have",
        "Was", "Were", "Is", "Are", "Did", "Does",
    }
)  # fmt: skip

# Words for a people, a state's ("Japanese", "Iraqis") or not ("Palestinian", "Arab"): a run
# ending in one is people described ("Six Japanese", "Noting Chinese leaders", "said the
# Croatian"), never a person's or a firm's name.
PEOPLE_WORDS = frozenset(
    {demonym for entry in GAZETTEER for demonym in entry.demonyms}
    | {
        f"{word}{plural}"
        for word in (
            "Palestinian", "Arab", "Kurd", "Zairean", "Asian", "African", "European", "Latino",
            "Yugoslav", "Tibetan", "Chechen", "Basque", "Tamil", "Hispanic", "Westerner",
        )
        for plural in ("", "s")
    }
    | {"Kurdish", "Soviet", "Jewish", "Moslem", "Muslim", "Moslems", "Muslims", "Christians"}
    | {"People", "Peoples"}  # "(General) People's Congress": never a person's name
    # Followers of a creed or a party, as a people: "official Communist literature".
    | {f"{word}{plural}" for word in ("Communist", "Socialist", "Maoist") for plural in ("", "s")}
)  # fmt: skip
# People words that are surnames too: "Wen Lao", "Bill English", "Dawn French".
_SURNAME_LIKE = frozenset(
    {
        "Lao", "Thai", "Finn", "Dane", "Pole", "Swede", "Turk", "Greek", "French", "Welsh",
        "English", "Scot",
    }
)  # fmt: skip
# Counts before a name: "Six Japanese left", "Twenty-four Chinese".
_NUMBER_WORDS = frozenset(
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands",
        "Dozens", "Several", "Few", "Additional", "Other", "Senior",
    }
)  # fmt: skip
# A compound adjective modifies the name after it: "Cancer-stricken Mobutu", "Seoul-based
# MBC", "New York-based Labour", "Iranian-backed Hezbollah", "Three-time", "Twenty-four"
# (not a name's own lowercase part: "Kim Jong-un").
_MODIFIER = re.compile(
    r"[A-Z][\w'.]*(?:[\-\u2010\u2011][\w']+)*[\-\u2010\u2011](?:based|backed|led|run|owned|"
    r"funded|controlled|stricken|armed|born|language|time|rich|held|occupied|speaking|allied|"
    r"affiliated|dominated|sponsored|linked|ruled|one|two|three|four|five|six|seven|eight|nine)"
)


# Sentence openers glued to a name by a speech rule: "Later MBC said", "However Dini said".
_LEADING_ADVERBS = frozenset(
    {"Later", "Earlier", "However", "Meanwhile", "Then", "Now", "Also", "But", "And", "While"}
)


# The words of the department a rank is of, written between the rank and the name: "Secretary
# of State Madeleine Albright", "Vice Minister of Foreign Affairs Aziz Pahad", "Minister of
# Trade and Industry Rashid Mohamed Rashid". Never a person's name.
DEPARTMENT_WORDS = frozenset(
    {
        "State", "Defense", "Defence", "Treasury", "Commerce", "Energy", "Interior",
        "Agriculture", "Foreign", "Home", "Internal", "External", "Affairs", "Civil", "Public",
        "Social", "Economic", "Economy", "National", "Trade", "Industry", "Finance", "Justice",
        "Health", "Education", "Labor", "Labour", "Security", "Development", "Information",
        "Transport", "Transportation", "Tourism", "Culture", "Environment", "Youth", "Sports",
        "Water", "Power", "Fisheries", "Personnel", "Population", "Welfare", "Intelligence",
        "Immigration", "Housing", "Science", "Technology", "Communications", "Planning",
        "Presidential", "Administration", "Works", "Mines", "Petroleum", "Employment",
        "Religious", "Resources", "Natural", "Urban", "Rural", "Reconstruction", "Cooperation",
        "International", "Relations", "Food", "Forestry", "Veterans", "Homeland",
    }
)  # fmt: skip


def _people(words: list[str]) -> bool:
    """Whether a run ends in a word for a people, as people described do ("Six Japanese",
    "Noting Chinese", "South Korean", "Bosnian Serb"); a people word that is also a surname
    ends a person's name after a given name ("Wen Lao", "Bill English", "Mark Finn")."""
    last = _bare(words[-1])
    if " ".join([*words[-2:-1], last]) in PEOPLE_WORDS:
        return True
    if last not in PEOPLE_WORDS:
        return False
    if last not in _SURNAME_LIKE or len(words) == 1:
        return True
    return any(_bare(word) in PEOPLE_WORDS or _modifier(_bare(word)) for word in words[:-1])


def _modifier(word: str) -> bool:
    """Whether ``word``, opening a run of capitalised words, only describes the name after
    it (a count or a compound adjective)."""
    return word in _NUMBER_WORDS or _MODIFIER.fullmatch(word) is not None


_WORD = re.compile(r"[\w\-\u2010\u2011'\u2019.&]+")


def _bare(word: str) -> str:
    return word.rstrip(".,;:").removesuffix("'s").removesuffix("\u2019s")


def clean_person_name(name: str) -> str:
    """``"Rico Police Superintendent Pedro Toledo"`` -> ``"Pedro Toledo"``; ``""`` if no name.

    Everything up to the last title word goes (a rank, and the place or body it is the rank
    of); dates at either end go; a count or a compound adjective before it goes ("Six",
    "Seoul-based"); a run left with only titles ("Mr") or ending in a word for a people ("Six
    Japanese", "Noting Chinese") is no name.
    """
    words = name.split()
    while words and _bare(words[-1]) in DATE_WORDS:
        words.pop()
    while words and _bare(words[0]) in DATE_WORDS:
        words.pop(0)
    last_title = max(
        (index for index, word in enumerate(words) if _bare(word) in TITLE_WORDS), default=-1
    )
    # "General" after a rank is the rank's own ("Consul General Ravi Menon", "Inspector
    # General ..."), never the first word of the name after it.
    while 0 <= last_title < len(words) - 2 and _bare(words[last_title + 1]) == "General":
        last_title += 1
    if last_title >= 0:
        # "Mr. Kim" keeps its honorific (an alias the registry knows); a rank never stays.
        honorific = _bare(words[last_title]) in HONORIFIC_WORDS
        rest = words[last_title + 1 :]
        if not rest:
            return ""
        words = [words[last_title], *rest] if honorific else rest
    modifier = max((i for i, word in enumerate(words) if _modifier(_bare(word))), default=-1)
    described = modifier >= 0
    words = words[modifier + 1 :]  # "Cancer-stricken Mobutu", "New York-based Labour"
    while len(words) > 1 and words[0] in _LEADING_ADVERBS:
        words.pop(0)  # "Later MBC said"
    if len(words) > 2 and words[0] == "of":
        words.pop(0)
    while len(words) > 2 and (
        words[0] in DEPARTMENT_WORDS or (words[0] in ("and", "&") and words[1] in DEPARTMENT_WORDS)
    ):
        words.pop(0)  # "(Secretary of) State Madeleine Albright", "Foreign Affairs Aziz Pahad"
    if described and len(words) == 1 and not words[0].isupper():
        return ""  # "oil-rich Gulf states": no name left but a word
    if words and _people(words):
        return ""  # "Six Japanese", "Noting Chinese", "South Korean prosecutors": people
    return " ".join(words)


def is_generic(name: str) -> bool:
    """A lone generic head or title ("Department", "Centers", "Mr"), which names nobody."""
    words = name.split()
    if len(words) == 1:
        word = _bare(words[0])
        # ("Labour" alone is the party; "State" alone, of "the Secretary of State said", no one.)
        return (
            word in GENERIC_HEADS
            or word in TITLE_WORDS
            or word in DATE_WORDS
            or (word in DEPARTMENT_WORDS and word not in ("Labour", "Labor"))
        )
    return False


def after_locative(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` follows "in", "at", "from" ...: a place."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and before[-1] in LOCATIVE_WORDS


_CAPITALISED_RUN = re.compile(
    # A period only after an initial ("John F. Kennedy"): "Elian. Once" is two sentences.
    # (Never from inside a word: "IMF. It is time" names no "F. It"; initials written together
    # are one: "V.P. Goel", never "P. Goel".)
    r"(?<![\w\-'\u2019.])"
    r"(?:[A-Z][\w\-\u2010\u2011'\u2019]*[ \t]+|(?:[A-Z]\.){1,3}[ \t]+){1,3}"
    r"(?P<last>[A-Z][\w\-'\u2019]*)"
)


# The capitalised word right after a run: "Gowda" after "Prime Minister H.D. Deve".
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[A-Z][\w\-'\u2019]*)")


# A name after "in" or "at": "in New York", "at the Hong Kong Stock Exchange".
_PLACED = re.compile(
    r"\b(?:[Ii]n|[Aa]t)[ \t]+(?:the[ \t]+)?"
    r"(?P<run>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){1,3})(?!['\u2019])"
)


@functools.lru_cache(maxsize=4)
def places_in(text: str) -> frozenset[str]:
    """The names of two to four words ``text`` writes as places, after "in" or "at" ("in New
    York City": "New York City" and "New York"): never a person's, whatever else the text
    does with them ("Kong could not be reached" is no Mr Hong Kong)."""
    found: set[str] = set()
    for match in _PLACED.finditer(text):
        words = match["run"].split()
        found.update(" ".join(words[:size]) for size in range(2, len(words) + 1))
    return frozenset(found)


# Initials in brackets right after a body's name: "the Central Bureau of Investigation (CBI)".
_INITIALS_AFTER = re.compile(r"[ \t]*\((?P<initials>[A-Z][A-Z&]{1,7})[,)]")


def initials_after(text: str, end: int, name: str) -> str:
    """The initials ``text`` gives in brackets right after ``name`` (ending at ``end``), when
    they are the name's own ("Bharatiya Janata Party (BJP, ...)", "UN High Commissioner for
    Refugees (UNHCR)": its capitals, in order, from the first), so that both are one actor;
    "" otherwise."""
    match = _INITIALS_AFTER.match(text, end)
    if match is None:
        return ""
    initials = match["initials"].replace("&", "")
    capitals = iter(char for char in name if char.isupper())
    if initials[:1] != name[:1] or not all(letter in capitals for letter in initials):
        return ""
    return match["initials"]


# A body's name going on after its head: " for the Olympic Games", " of Youth Volunteers".
_COMPLEMENT = re.compile(
    r"[ \t]+(?:for|of|on)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w\-]*[ \t]+(?:and[ \t]+)?){0,3}"
    r"[A-Z][\w\-]*"
)


def completed_by_initials(text: str, end: int, name: str) -> tuple[str, int, str] | None:
    """The whole name, its end and its initials, when ``text`` goes on from ``name`` (ending at
    ``end``) to initials in brackets that spell the whole, not ``name`` alone ("The Beijing
    Organizing Committee for the Olympic Games (BOCOG)": the committee's name is all of it, and
    BOCOG its other name); ``None`` otherwise."""
    complement = _COMPLEMENT.match(text, end)
    if complement is None:
        return None
    whole = name + complement.group()
    initials = initials_after(text, complement.end(), whole)
    if not initials or initials_after(text, complement.end(), name) == initials:
        return None
    if sum(char.isupper() for char in whole) > len(initials) + 1:
        return None  # more capitals than the initials spell: not one name
    return whole, complement.end(), initials


def full_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every "Given [Middle] Surname" run of ``text`` by its surname: (start, full name).

    Runs starting with a title or a date word lose it ("President Bill Clinton" gives Bill
    Clinton); runs with a generic head in them are organisations, not people, and are left out.
    """
    found: dict[str, list[tuple[int, str]]] = {}
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        if any(_bare(word) in GENERIC_HEADS for word in words) or any(
            word.endswith(("'s", "\u2019s")) for word in words[:-1]
        ):
            continue  # an organisation, or a possessive ("Russia's TASS")
        preposition = text[max(0, match.start() - 3) : match.start()]
        if preposition in ("of ", "by "):
            before = text[max(0, match.start() - 30) : match.start() - 3].split()
            if before and before[-1][:1].islower():
                # "brother of President Fidel Castro", "men led by Fidel Castro": a person named
                # to describe someone or something else is not whom a later surname means.
                continue
        if preposition == "of ":
            words = words[1:]  # "Secretary of State Madeleine Albright"
        while words and _bare(words[0]) in LEADING_FUNCTION_WORDS:
            words = words[1:]  # "An Upjohn spokesman", "But Castro said"
        cleaned_words = clean_person_name(" ".join(words)).split()
        more = _NEXT_WORD.match(text, match.end())
        if (
            more
            and cleaned_words
            and len(match.group().split()) == 4 > len(cleaned_words) + 1
            and _bare(more["word"]) not in DATE_WORDS
            and not match.group().endswith(("'s", "\u2019s"))
        ):
            # The run stopped at its length, but a rank it lost left room for the surname:
            # "Prime Minister H.D. Deve Gowda" is H.D. Deve Gowda, not "H.D. Deve".
            cleaned_words = clean_person_name(" ".join([*cleaned_words, more["word"]])).split()
        if len(cleaned_words) < 2 or _bare(cleaned_words[0]) in HONORIFIC_WORDS:
            continue
        if " ".join(cleaned_words) in places_in(text):
            continue  # "in Hong Kong", "in New York": a place
        cleaned_words[-1] = surname = _bare(cleaned_words[-1])
        found.setdefault(surname, []).append((match.start(), " ".join(cleaned_words)))
    return found


def full_name_of(
    surname_words: Sequence[str], position: int, names: dict[str, list[tuple[int, str]]]
) -> str | None:
    """The article's full name that ``surname_words`` shortens, nearest before ``position``.

    ``["Albright"]`` -> "Madeleine Albright"; ``["Miguel", "Gonzalez"]`` -> "Juan Miguel
    Gonzalez" (its words end the full name). Without one before, the first one after.
    """
    if not surname_words:
        return None
    key = [_bare(word) for word in surname_words if _bare(word) not in HONORIFIC_WORDS]
    if not key:
        return None
    fitting = [
        (start, full)
        for start, full in names.get(key[-1], ())
        if len(full.split()) > len(key) and [_bare(w) for w in full.split()[-len(key) :]] == key
    ]
    if not fitting:
        return None
    before = [item for item in fitting if item[0] < position]
    return (before[-1] if before else fitting[0])[1]
