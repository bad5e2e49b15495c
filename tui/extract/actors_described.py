"""A subject named after its description, and what an apposition says a name is.

News writes a participant's name after a common noun that says what it is: "Japanese veteran
Hiroyuki Tomita won ...", "The world's largest retailer Wal-Mart last year required ...". The
noun is the evidence of the kind that :func:`tui.extract.subjects.sentence_subject` needs and
otherwise does not find (a name with no evidence is left out): a word for a person's calling
makes a person, a word for a business makes an organisation. A relative "who" or an age in
apposition ("Abdullah Sonanta, who channeled ..., was captured", "Kopp, 44, became") says a
name is a person's. A monarch called by title and one name is named with the title ("King
Hussein", never the Saddam Hussein of another article).
"""

from __future__ import annotations

import functools
import re

from tui.extract.names import DATE_WORDS, ROLE_NOUNS, alternation

# What a person is, written before the name in lowercase: a calling, a sport's role.
PERSON_NOUNS = frozenset(
    {
        "veteran", "star", "champion", "striker", "midfielder", "defender", "goalkeeper",
        "player", "singer", "actor", "actress", "writer", "author", "novelist", "poet",
        "filmmaker", "coach", "boxer", "cyclist", "golfer", "skater", "swimmer", "sprinter",
        "gymnast", "jockey", "activist", "dissident", "journalist", "entrepreneur", "investor",
        "warlord", "cleric", "militant", "suspect", "defendant", "teenager", "explorer",
        "astronaut", "composer", "painter", "architect", "economist", "scientist", "lawmaker",
        "legislator", "candidate", "challenger", "incumbent", "titleholder", "runner-up",
    }
)  # fmt: skip
# What a business is: "retailer Wal-Mart", "the Japanese carmaker Toyota", "chip giant Intel".
FIRM_NOUNS = frozenset(
    {
        "retailer", "giant", "firm", "company", "carrier", "airline", "automaker", "carmaker",
        "manufacturer", "maker", "producer", "insurer", "lender", "broker", "conglomerate",
        "chipmaker", "supplier", "distributor", "developer", "operator", "brewer",
        "drugmaker", "publisher", "broadcaster", "miner", "refiner", "shipbuilder",
    }
)  # fmt: skip

_TOKEN = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w\-&]*(?:['\u2019][A-Z][\w\-]*)?)"
# A date between the name and its verb: "Wal-Mart last year required", "Tomita on Thursday won".
_WHEN = (
    rf"(?:(?:last|this|next)[ \t]+(?:year|week|month)|(?:on[ \t]+)?(?:{alternation(DATE_WORDS)}))"
    r"[ \t]+"
)
# The verb group after the subject (a past or present form, an auxiliary, a speech verb).
_VERB = (
    r"(?:(?:[a-z]+ly|also|then|now|still|never|later|first)[ \t]+)?"
    r"(?:has|have|had|was|were|is|are|will|would|could|can|may|might|must|should|did|does|"
    r"said|says|told|[a-z]{2,}ed|[a-z]{3,}s|became|began|came|fled|fell|fought|found|gave|"
    r"got|held|kept|knew|led|left|lost|made|met|paid|ran|saw|sent|shot|spent|stood|struck|"
    r"took|went|won|wrote|rose|broke|brought|bought|built|caught|chose|drove|flew|grew|hit|"
    r"laid|let|put|quit|sold|spoke|swore|threw|sought|beat|upset|set)\b"
)
_DESCRIBED = re.compile(
    r"(?:(?:The|A|An|the|a|an)[ \t]+)?"
    # An owner or a people before the description: "Japanese", "The world's".
    r"(?:[A-Z][\w\-]*(?:['\u2019]s)?[ \t]+)?(?:[a-z][\w\-'\u2019]*[ \t]+){0,3}?"
    rf"(?P<noun>{alternation(PERSON_NOUNS | FIRM_NOUNS)})[ \t]+"
    rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}})"
    rf"(?:,[^;\u201c\u201d\"]{{1,60}}?,)?[ \t]+(?:{_WHEN})?{_VERB}"
)
# ", who ...," or ", 44," right after a name: it is a person's.
_PERSON_APPOSITION = re.compile(r",[ \t]+(?:who\b|\d{1,3},)")


def described_subject(clause: str) -> tuple[str, bool] | None:
    """The name ``clause`` opens with after a noun describing it, and whether it is a person:
    "Japanese veteran Hiroyuki Tomita won" -> ("Hiroyuki Tomita", True), "The world's largest
    retailer Wal-Mart last year required" -> ("Wal-Mart", False); ``None`` otherwise. A lone
    word after a person's noun is left to the surname rules (it may be anyone's surname)."""
    match = _DESCRIBED.match(clause)
    if match is None:
        return None
    name, noun = match["name"], match["noun"]
    if noun in FIRM_NOUNS:
        return name, False
    return (name, True) if len(name.split()) >= 2 else None


def person_apposition(clause: str, name_end: int) -> bool:
    """Whether the name ending at ``name_end`` in ``clause`` is followed by an apposition only a
    person has: a relative "who" or an age ("Abdullah Sonanta, who channeled ...,")."""
    return _PERSON_APPOSITION.match(clause, name_end) is not None


# A monarch's title before one name, no second name after it: "Jordan's King Hussein",
# "Queen Elizabeth", "Crown Prince Abdullah" (not "King Juan Carlos", a full name, nor "Prince
# Charles Town" ...).
_ROYAL = re.compile(
    r"\b(?P<title>King|Queen|Crown[ \t]+Prince|Prince|Princess|Emperor|Empress|Sultan|Emir)"
    r"[ \t]+(?P<name>[A-Z][a-z]+)\b(?![ \t]+[A-Z]|['\u2019-])"
)


_ROYAL_WORDS = ("King", "Queen", "Prince", "Emperor", "Empress", "Sultan", "Emir")


@functools.lru_cache(maxsize=4)
def royal_names(text: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` calls a monarch by title and one name, and that name with its title:
    "King Hussein" is how the article names him, and how an editor lists him. (Asked twice
    per article; most texts name no monarch, which a substring test tells fastest.)"""
    if not any(word in text for word in _ROYAL_WORDS):
        return ()
    return tuple(
        (match.start("name"), f"{match['title'].split()[-1]} {match['name']}")
        for match in _ROYAL.finditer(text)
        if match["name"] not in DATE_WORDS
    )


# A person's name token (as tui.extract.actors reads one): "Vladimir", "Jong-Un", "O'Brien".
_NAME_TOKEN = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w\-]*(?:['\u2019][A-Z][\w\-]*)?)"
# "Denise O'Donnell, the U.S. attorney for ...", "Patricia Hurt, the Essex County prosecutor":
# a name followed by its role in apposition is a person's.
# Without an article, a rank with its body: "Thomas Ganswindt, former head of Siemens'
# information unit, had been detained", "Kairgeldy Kabyldin, vice president of ...".
NAME_THEN_ROLE = re.compile(
    rf"(?P<name>{_NAME_TOKEN}[ \t]+{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN})?),[ \t]+"
    r"(?:(?:the|a|an)[ \t]+"
    rf"(?:[A-Z][\w.\-]*[ \t]+){{0,3}}(?:{alternation(ROLE_NOUNS | {'prosecutor'})})\b"
    r"|(?:(?:former|deputy|vice|acting|senior|executive|then)[ \t]+)*"
    r"(?:head|chief|president|chairman|chairwoman|director|spokesman|spokeswoman|minister|"
    r"secretary|governor|leader|founder|commander|ambassador)[ \t]+(?:of|for|at|to)[ \t])"
)
