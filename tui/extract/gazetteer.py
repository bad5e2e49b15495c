"""A small built-in list of actors the news names all the time: countries, leaders, agencies.

Rules find most actors, but not "Moscow" used for the Russian government, "DPRK" for North
Korea or "Xi" for Xi Jinping. Each entry is a canonical name, a kind and the aliases that mean
the same actor. Entries only become actors of a timeline when an article mentions them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tui.model.timeline import ActorKind

# Every UN member state with its demonyms, and major organisations: data, shipped in the package.
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

# Capitals are listed as aliases because news uses them for governments ("Pyongyang has made
# public commitments"); a capital as a place still points to the right country.
COUNTRIES: tuple[GazetteerEntry, ...] = (
    GazetteerEntry(
        "North Korea",
        C,
        ("DPRK", "Democratic People's Republic of Korea", "Pyongyang"),
        ("North Korean", "North Koreans"),
    ),
    GazetteerEntry(
        "South Korea", C, ("Republic of Korea", "ROK", "Seoul"), ("South Korean", "South Koreans")
    ),
    GazetteerEntry(
        "Russia", C, ("Russian Federation", "Moscow", "Kremlin"), ("Russian", "Russians")
    ),
    GazetteerEntry(
        "United States",
        C,
        ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "Washington"),
        ("American", "Americans"),
    ),
    GazetteerEntry("China", C, ("People's Republic of China", "PRC", "Beijing"), ("Chinese",)),
    GazetteerEntry("Ukraine", C, ("Kyiv", "Kiev"), ("Ukrainian", "Ukrainians")),
    GazetteerEntry("Japan", C, ("Tokyo",), ("Japanese",)),
    GazetteerEntry("India", C, ("New Delhi",), ("Indian", "Indians")),
    GazetteerEntry("Iran", C, ("Tehran", "Islamic Republic of Iran"), ("Iranian", "Iranians")),
    GazetteerEntry("Israel", C, ("Jerusalem",), ("Israeli", "Israelis")),
    GazetteerEntry("United Kingdom", C, ("UK", "U.K.", "Britain", "London"), ("British",)),
    GazetteerEntry("France", C, ("Paris",), ("French",)),
    GazetteerEntry("Germany", C, ("Berlin",), ("German", "Germans")),
    GazetteerEntry("Italy", C, ("Rome",), ("Italian", "Italians")),
    GazetteerEntry("Canada", C, ("Ottawa",), ("Canadian", "Canadians")),
    GazetteerEntry("Mexico", C, ("Mexico City",), ("Mexican", "Mexicans")),
    GazetteerEntry("Brazil", C, ("Brasilia",), ("Brazilian", "Brazilians")),
    GazetteerEntry("Turkey", C, ("Ankara", "Türkiye"), ("Turkish",)),
    GazetteerEntry("Saudi Arabia", C, ("Riyadh",), ("Saudi", "Saudis")),
    GazetteerEntry("Syria", C, ("Damascus",), ("Syrian", "Syrians")),
    GazetteerEntry("Iraq", C, ("Baghdad",), ("Iraqi", "Iraqis")),
    GazetteerEntry("Afghanistan", C, ("Kabul",), ("Afghan", "Afghans")),
    GazetteerEntry("Pakistan", C, ("Islamabad",), ("Pakistani", "Pakistanis")),
    GazetteerEntry("Taiwan", C, ("Taipei",), ("Taiwanese",)),
    GazetteerEntry("Belarus", C, ("Minsk",), ("Belarusian", "Belarusians")),
    GazetteerEntry("Poland", C, ("Warsaw",), ("Polish",)),
    GazetteerEntry("Egypt", C, ("Cairo",), ("Egyptian", "Egyptians")),
    GazetteerEntry("Cuba", C, ("Havana",), ("Cuban", "Cubans")),
    GazetteerEntry("Vietnam", C, ("Hanoi",), ("Vietnamese",)),
    GazetteerEntry("Australia", C, ("Canberra",), ("Australian", "Australians")),
    GazetteerEntry("Indonesia", C, ("Jakarta",), ("Indonesian", "Indonesians")),
    GazetteerEntry("South Africa", C, ("Pretoria",), ("South African", "South Africans")),
    GazetteerEntry("Venezuela", C, ("Caracas",), ("Venezuelan", "Venezuelans")),
    GazetteerEntry("European Union", ORG, ("EU", "E.U.", "Brussels")),
)

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

ORGANIZATIONS: tuple[GazetteerEntry, ...] = (
    GazetteerEntry("White House", ORG, ("the White House",)),
    GazetteerEntry("United Nations", ORG, ("UN", "U.N.")),
    GazetteerEntry("NATO", ORG, ("North Atlantic Treaty Organization",)),
    GazetteerEntry("G20", ORG, ("G-20", "Group of 20")),
    GazetteerEntry("G7", ORG, ("G-7", "Group of Seven")),
    GazetteerEntry("Korean Central News Agency", ORG, ("KCNA",)),
    GazetteerEntry("TASS", ORG, ("TASS news agency",)),
    GazetteerEntry("Yonhap", ORG, ("Yonhap News Agency",)),
    GazetteerEntry("CNN", ORG, ()),
    GazetteerEntry("BBC", ORG, ()),
    GazetteerEntry("Reuters", ORG, ()),
    GazetteerEntry("Associated Press", ORG, ("AP",)),
    GazetteerEntry("Agence France-Presse", ORG, ("AFP",)),
    GazetteerEntry("The New York Times", ORG, ("New York Times",)),
    GazetteerEntry("National Security Council", ORG, ("NSC",)),
    GazetteerEntry("Pentagon", ORG, ("the Pentagon",)),
    GazetteerEntry("State Department", ORG, ("the State Department",)),
    GazetteerEntry("Defense Intelligence Agency", ORG, ("DIA",)),
)


def load_data_file(path: Path = DATA_FILE) -> tuple[GazetteerEntry, ...]:
    """The countries and organisations of the packaged data file, as gazetteer entries."""
    data = json.loads(path.read_text(encoding="utf-8"))
    entries: list[GazetteerEntry] = []
    for section, kind in (("countries", C), ("organizations", ORG)):
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
    """Entries of every group, the first entry of a name winning (the curated ones come first)."""
    seen: set[str] = set()
    result: list[GazetteerEntry] = []
    for group in groups:
        for entry in group:
            if entry.name.casefold() not in seen:
                seen.add(entry.name.casefold())
                result.append(entry)
    return tuple(result)


GAZETTEER: tuple[GazetteerEntry, ...] = _merged(COUNTRIES, LEADERS, ORGANIZATIONS, load_data_file())
