"""A small built-in list of actors the news names all the time: countries, leaders, agencies.

Rules find most actors, but not "Moscow" used for the Russian government, "DPRK" for North
Korea or "Xi" for Xi Jinping. Each entry is a canonical name, a kind and the aliases that mean
the same actor. Entries only become actors of a timeline when an article mentions them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tui.model.ids import slugify
from tui.model.timeline import ActorKind

# Every UN member state (and Taiwan) with its capital and demonyms, and major organisations:
# data, shipped in the package, each written once. Capitals are aliases because news uses them
# for governments ("Pyongyang has made public commitments"); a capital as a place still points
# to the right country.
DATA_FILE = Path(__file__).with_name("data") / "gazetteer.json"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known actor: its canonical name, kind, aliases and the adjectives that point to it."""

    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    # Demonyms name a country's people ("the Russians") but as adjectives ("Russian tanks") they
    # do not mean the country acts; they are kept apart so that mention finding can skip them.
    demonyms: tuple[str, ...] = ()
    # "Chad", "Jordan", "Georgia" are also given names or a US state: the bare name is not
    # looked up in a text (its demonyms and aliases are), though it stays the canonical name.
    name_is_ambiguous: bool = False


C, P, ORG = ActorKind.COUNTRY, ActorKind.PERSON, ActorKind.ORGANIZATION
SECTION_KINDS = {"countries": C, "organizations": ORG}

LEADERS: tuple[GazetteerEntry, ...] = (
    GazetteerEntry(
        "Kim Jong Un",
        P,
        ("Kim Jong-Un", "Kim Jong-un", "Mr. Kim", "Kim", "the North Korean leader"),
    ),
    GazetteerEntry("Vladimir Putin", P, ("Putin", "Mr. Putin", "the Russian president")),
    GazetteerEntry("Xi Jinping", P, ("Xi", "Mr. Xi", "the Chinese president")),
    GazetteerEntry("Joe Biden", P, ("Biden", "Mr. Biden", "Joseph R. Biden", "Joseph Biden")),
    GazetteerEntry("Volodymyr Zelensky", P, ("Zelensky", "Zelenskyy", "Volodymyr Zelenskyy")),
    GazetteerEntry("Sergei Shoigu", P, ("Shoigu", "Sergey Shoigu")),
    GazetteerEntry("Sergei Lavrov", P, ("Lavrov", "Sergey Lavrov")),
    GazetteerEntry("Yoon Suk Yeol", P, ("Yoon", "Yoon Suk-yeol")),
    GazetteerEntry("Fumio Kishida", P, ("Kishida",)),
    GazetteerEntry("Narendra Modi", P, ("Modi",)),
    GazetteerEntry("Emmanuel Macron", P, ("Macron",)),
    GazetteerEntry("Olaf Scholz", P, ("Scholz",)),
    GazetteerEntry("Rishi Sunak", P, ("Sunak",)),
    GazetteerEntry("Recep Tayyip Erdogan", P, ("Erdogan", "Erdoğan")),
    GazetteerEntry("Benjamin Netanyahu", P, ("Netanyahu",)),
    GazetteerEntry("Antony Blinken", P, ("Blinken",)),
    GazetteerEntry("Jake Sullivan", P, ("Sullivan",)),
    GazetteerEntry("John F. Kirby", P, ("John Kirby", "Kirby")),
    GazetteerEntry("Donald Trump", P, ("Trump", "Mr. Trump")),
)


def load_data_file(
    path: Path = DATA_FILE, sections: tuple[str, ...] = ("countries", "organizations")
) -> tuple[GazetteerEntry, ...]:
    """The entries of the packaged data file's ``sections``, in the file's order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entries: list[GazetteerEntry] = []
    for section in sections:
        kind = SECTION_KINDS[section]
        for raw in data[section]:
            entries.append(
                GazetteerEntry(
                    raw["name"],
                    kind,
                    tuple(raw.get("aliases", ())),
                    tuple(raw.get("demonyms", ())),
                    bool(raw.get("name_is_ambiguous", False)),
                )
            )
    return tuple(entries)


def _merged(*groups: tuple[GazetteerEntry, ...]) -> tuple[GazetteerEntry, ...]:
    """Entries of every group, the first entry of a name winning."""
    seen: set[str] = set()
    result: list[GazetteerEntry] = []
    for group in groups:
        for entry in group:
            if entry.name.casefold() not in seen:
                seen.add(entry.name.casefold())
                result.append(entry)
    return tuple(result)


# Countries, then people, then organisations: a name two entries claim goes to the first.
GAZETTEER: tuple[GazetteerEntry, ...] = _merged(
    load_data_file(sections=("countries",)), LEADERS, load_data_file(sections=("organizations",))
)


# News organisations: an article cites them ("(Reuters)", "told CNN"); a mention is no sign
# that two reports tell the same happening.
NEWS_SOURCES = frozenset(
    {
        "Reuters", "Associated Press", "Agence France-Presse", "CNN", "BBC", "TASS", "Yonhap",
        "Korean Central News Agency", "The New York Times", "Xinhua", "Kyodo News",
        "Jiji Press", "Interfax", "ITAR-TASS", "RIA Novosti", "Press Trust of India", "Antara",
        "Bernama", "Islamic Republic News Agency", "Middle East News Agency",
        "Emirates News Agency", "South African Press Association", "Anatolia News Agency",
        "Kuwait News Agency", "Saudi Press Agency", "Vietnam News Agency",
    }
)  # fmt: skip
NEWS_SOURCE_IDS = frozenset(slugify(name, "actor") for name in NEWS_SOURCES)
