"""Write a large, realistic, valid timeline for benchmarks: synthetic articles and their events.

    python bench/make_large_timeline.py OUT_FOLDER [--events 20000] [--articles 1000] [--seed 0]

Articles are ~3 KB of news-like prose (some with front matter, some with CRLF line endings);
every event quotes a span that really occurs exactly once in its article, so
``newsline check OUT_FOLDER`` reports no problem at all. The output depends only on the seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

FIRST_NAMES = (
    "Amara",
    "Boris",
    "Chen",
    "Dalia",
    "Emeka",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kira",
    "Luis",
    "Mina",
    "Nadia",
    "Omar",
    "Petra",
    "Quentin",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
)
LAST_NAMES = (
    "Abbott",
    "Brandt",
    "Castillo",
    "Duarte",
    "Eriksen",
    "Fontaine",
    "Gallo",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Laine",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rahman",
    "Santos",
    "Takahashi",
    "Usman",
    "Varga",
    "Weber",
    "Yilmaz",
    "Zhou",
)
ROLES = (
    "foreign minister",
    "defence minister",
    "spokesperson",
    "central bank governor",
    "opposition leader",
    "trade envoy",
    "union leader",
    "mayor",
    "analyst",
    "chief executive",
)
COUNTRIES = (
    "Norland",
    "Estavia",
    "Karamir",
    "Veloria",
    "Ostrava",
    "Belmont",
    "Cassia",
    "Durnovia",
    "Elbaria",
    "Fenwick",
    "Galdor",
    "Harlan",
    "Istria",
    "Jorvik",
    "Kestrel",
    "Lorcan",
)
ORGANIZATIONS = (
    "the Northern Trade Council",
    "the Harbour Workers Union",
    "the National Grid Authority",
    "the Coastal Fisheries Board",
    "the Institute for Regional Studies",
    "the Central Statistics Office",
    "the Ministry of Transport",
    "the Press Freedom League",
)
PLACES = (
    "the capital",
    "the northern port",
    "the border town",
    "the parliament building",
    "the summit venue",
    "a provincial airport",
    "the old harbour",
    "the eastern rail depot",
)
VERBS = (
    "announced",
    "confirmed",
    "rejected",
    "proposed",
    "postponed",
    "signed",
    "criticised",
    "welcomed",
    "questioned",
    "defended",
)
OBJECTS = (
    "a new trade agreement",
    "the fishing quota deal",
    "an emergency budget",
    "the rail link project",
    "a ceasefire proposal",
    "the energy price cap",
    "a joint military exercise",
    "the election timetable",
    "a cross-border pipeline",
    "the port privatisation plan",
)
WHEN = (
    "on Monday",
    "late on Tuesday",
    "on Wednesday morning",
    "on Thursday",
    "last week",
    "earlier this month",
    "in March",
    "over the weekend",
    "two days ago",
    "next month",
)
STATUSES = ("occurred", "occurred", "occurred", "occurred", "planned", "expected")
START = dt.date(2019, 1, 1)


def _person(rng: random.Random, number: int) -> tuple[str, str, list[str]]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    if number >= len(FIRST_NAMES) * len(LAST_NAMES) // 4:
        name = f"{first} {last}-{number}"  # keep names unique once the combinations run short
    return f"person-{number}", name, [last, f"Mr. {last}" if number % 2 else f"Ms. {last}"]


def _sentence(rng: random.Random, actor: str, serial: str) -> str:
    """One news-like sentence; ``serial`` makes it unique across the corpus."""
    template = rng.randrange(5)
    obj, verb, when = rng.choice(OBJECTS), rng.choice(VERBS), rng.choice(WHEN)
    place, country = rng.choice(PLACES), rng.choice(COUNTRIES)
    if template == 0:
        return f"{actor} {verb} {obj} {when}, according to officials in {country} ({serial})."
    if template == 1:
        quote = f"We will not accept {obj} in its current form"
        return f"“{quote},” {actor} told reporters at {place} {when}, citing report {serial}."
    if template == 2:
        return (
            f"Speaking at {place}, {actor} said that {country} had {verb} {obj}"
            f" — a move that surprised observers — in memo {serial}."
        )
    if template == 3:
        number = rng.randint(2, 900)
        return (
            f"About {number} people gathered at {place} {when} after {actor} {verb} {obj},"
            f" file {serial} shows."
        )
    return (
        f"{country}'s government {verb} {obj} {when};"
        f" {actor} called it 'a turning point' ({serial})."
    )


def write_large_timeline(
    folder: Path, events: int = 20_000, articles: int = 1_000, seed: int = 0
) -> Path:
    """Write ``folder/timeline.yaml`` and ``folder/articles/*``; return the timeline's path."""
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    articles = max(1, articles)
    people = [_person(rng, number) for number in range(max(20, articles // 4))]
    per_article = [
        events // articles + (1 if n < events % articles else 0) for n in range(articles)
    ]

    article_lines: list[str] = []
    event_lines: list[str] = []
    event_number = 0
    for number in range(articles):
        published = START + dt.timedelta(days=number * 3 % 1800)
        title = f"{rng.choice(COUNTRIES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        cast = rng.sample(people, k=min(4, len(people)))
        sentences: list[tuple[str, str]] = []  # (sentence, actor id)
        size = 0
        index = 0
        # ~3 KB, and at least one sentence per event so that every quote is distinct.
        while size < 2900 or index < per_article[number]:
            actor_id, name, aliases = rng.choice(cast)
            mention = name if index % 3 == 0 else rng.choice(aliases)
            sentence = _sentence(rng, mention, f"A{number}-{index}")
            sentences.append((sentence, actor_id))
            size += len(sentence) + 1
            index += 1
        paragraphs = [
            " ".join(s for s, _ in sentences[start : start + 4])
            for start in range(0, len(sentences), 4)
        ]
        newline = "\r\n" if number % 50 == 7 else "\n"
        body = newline.join([title, *paragraphs]) + newline
        with_front_matter = number % 10 == 3
        if with_front_matter:
            header = (
                f"---{newline}title: {title}{newline}published: {published.isoformat()}{newline}"
                f"byline: {rng.choice(people)[1]}{newline}---{newline}"
            )
            content = header + body
        else:
            content = body
        (folder / "articles" / f"a{number:05d}.txt").write_bytes(content.encode("utf-8"))
        article_lines += [f"  - id: article-{number}", f"    path: articles/a{number:05d}.txt"]
        if not with_front_matter:
            article_lines += [f"    title: {title}", f"    published: {published.isoformat()}"]

        for k in range(per_article[number]):
            sentence, actor_id = sentences[k]
            quote = _quote_span(rng, sentence)
            if body.count(quote) != 1:
                quote = sentence
            event_lines += _event_lines(rng, event_number, number, published, actor_id, quote)
            event_number += 1

    actor_lines: list[str] = []
    for actor_id, name, aliases in people:
        actor_lines += [
            f"  - id: {actor_id}",
            f"    name: {name}",
            "    kind: person",
            f"    aliases: [{', '.join(aliases)}]",
            f"    description: {rng.choice(COUNTRIES)} {rng.choice(ROLES)}",
        ]
    for number, country in enumerate(COUNTRIES):
        actor_lines += [f"  - id: country-{number}", f"    name: {country}", "    kind: country"]

    lines = [
        "# Synthetic benchmark timeline written by bench/make_large_timeline.py",
        "version: 1",
        "articles:",
        *article_lines,
        "actors:",
        *actor_lines,
        "events:",
        *event_lines,
    ]
    path = folder / "timeline.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _quote_span(rng: random.Random, sentence: str) -> str:
    """A run of 6-14 words of the sentence, always including its unique serial when possible."""
    words = sentence.split(" ")
    if len(words) <= 8:
        return sentence
    serial_at = next((i for i, w in enumerate(words) if "A" in w and "-" in w), len(words) - 1)
    length = rng.randint(6, min(14, len(words)))
    start = max(0, min(serial_at - rng.randint(0, length - 1), len(words) - length))
    return " ".join(words[start : start + length]).strip()


def _event_lines(
    rng: random.Random,
    number: int,
    article: int,
    published: dt.date,
    actor_id: str,
    quote: str,
) -> list[str]:
    shape = rng.randrange(10)
    day = published - dt.timedelta(days=rng.randint(0, 20))
    if shape < 5:
        date: str | None = day.isoformat()
    elif shape == 5:
        date = f"{day.year:04d}-{day.month:02d}"
    elif shape == 6:
        date = f"'{day.isoformat()}/{(day + dt.timedelta(days=2)).isoformat()}'"
    elif shape == 7:
        date = f"'{day.isoformat()}~'"
    elif shape == 8:
        date = str(day.year)
    else:
        date = None
    escaped = quote.replace('"', '\\"')
    lines = [
        f"  - id: event-{number}",
        f'    title: "Event {number}: {rng.choice(VERBS)} {rng.choice(OBJECTS)}"',
    ]
    if date is not None:
        lines.append(f"    date: {date}")
    status = rng.choice(STATUSES)
    if status != "occurred":
        lines.append(f"    status: {status}")
    lines += [
        f"    actors: [{actor_id}]",
        "    sources:",
        f"      - article: article-{article}",
        f'        quote: "{escaped}"',
    ]
    if rng.random() < 0.3:
        lines.append(f"    tags: [{rng.choice(['trade', 'energy', 'security', 'politics'])}]")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line: write the timeline and say where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    path = write_large_timeline(options.folder, options.events, options.articles, options.seed)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
