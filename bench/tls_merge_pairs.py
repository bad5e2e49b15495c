"""Cross-article merging on the TLS development stories, judged by sampling pairs (issue 9 §4).

    python bench/tls_merge_pairs.py                  # the sample to judge, with each pair's quotes
    python bench/tls_merge_pairs.py --score          # precision and near-miss rate of the verdicts

Extraction runs per story of ``../shared/tls`` as ``bench/events_score.py``'s TLS figure does (all
of a story's articles at once). Two seeded samples of pairs of reports from two articles:

- **merged**: for events with day dates and sources from two articles or more, two of those
  articles' first quotes. Judged "same happening or not": the precision of merging.
- **near**: two day-dated events of one date from two articles, not merged, sharing an actor and
  at least a verb and a noun (:func:`tui.extract.happenings.predicate_of`). Judged the same way:
  the share of these that should have merged bounds what merging still misses.

The verdicts live in ``bench/events_gold/tls_merge_pairs.yaml``, keyed by the two source keys
(article id and quote hash, as the ``extracted:`` ledger keys them): no article text is stored.
Verdicts of pairs no longer sampled (the extractor changed) are ignored; new pairs show unjudged.
Without ``../shared`` this prints what it skips and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.gazetteer import NEWS_SOURCE_IDS  # noqa: E402
from tui.extract.pipeline import (  # noqa: E402
    ArticleInput,
    ProposedEvent,
    merge_results,
    process_articles,
)
from tui.extract.predicates import lemma, predicate_of  # noqa: E402
from tui.model.articles import read_article  # noqa: E402
from tui.model.ledger import source_key  # noqa: E402
from tui.model.timeline import Article  # noqa: E402

VERDICTS = ROOT / "bench" / "events_gold" / "tls_merge_pairs.yaml"
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
Pair = tuple[str, str, tuple[str, str], tuple[str, str]]  # story, date, two (article, quote)


def story_events(story: Path) -> list[ProposedEvent]:
    """Every event extracted from one story's articles at once."""
    items = []
    for path in sorted((story / "articles").glob("*.txt")):
        read = read_article(Article(path.stem, str(path), file=path))
        published = read.front_matter.get("published") if read.error is None else None
        if isinstance(published, dt.date):
            items.append(ArticleInput(path.stem, read.text, published))
    return merge_results(process_articles(items)).events


def merged_pairs(story: str, events: list[ProposedEvent], rng: random.Random) -> list[Pair]:
    """Per multi-article day-dated event, two of its articles' first quotes."""
    pairs = []
    for event in events:
        first: dict[str, str] = {}
        for article, quote in event.sources:
            first.setdefault(article, quote)
        if _DAY.fullmatch(event.date) and len(first) > 1:
            a, b = rng.sample(sorted(first), 2)
            pairs.append((story, event.date, (a, first[a]), (b, first[b])))
    return pairs


def near_pairs(story: str, events: list[ProposedEvent]) -> list[Pair]:
    """Unmerged pairs of one day from two articles sharing an actor, a verb and a noun."""
    by_date: dict[str, list[ProposedEvent]] = {}
    for event in events:
        if _DAY.fullmatch(event.date):
            by_date.setdefault(event.date, []).append(event)
    pairs = []
    for date, day in by_date.items():
        for i, a in enumerate(day):
            for b in day[i + 1 :]:
                if {s for s, _ in a.sources} & {s for s, _ in b.sources}:
                    continue
                shared = (set(a.actors) & set(b.actors)) - NEWS_SOURCE_IDS
                if not shared:
                    continue
                names = {"n:" + lemma(word) for actor in shared for word in actor.split("-")}
                common = (predicate_of(a.sources[0][1]) & predicate_of(b.sources[0][1])) - names
                verbs = sum(1 for word in common if word.startswith("v:"))
                if verbs and len(common) > verbs:
                    pairs.append((story, date, a.sources[0], b.sources[0]))
    return pairs


def main(argv: list[str] | None = None) -> int:
    """Print the two samples, or score the verdicts against them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--merged", type=int, default=40, help="merged pairs to sample")
    parser.add_argument("--near", type=int, default=25, help="near-miss pairs to sample")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--score", action="store_true", help="score the verdicts file")
    args = parser.parse_args(argv)
    root = args.shared / "tls"
    if not root.is_dir():
        print(f"skipping: {root} is absent")
        return 0
    rng = random.Random(args.seed)
    merged: list[Pair] = []
    near: list[Pair] = []
    for story in sorted(p for p in root.iterdir() if (p / "articles").is_dir()):
        events = story_events(story)
        merged += merged_pairs(story.name, events, rng)
        near += near_pairs(story.name, events)
    samples = {
        "merged": rng.sample(merged, min(args.merged, len(merged))),
        "near": rng.sample(near, min(args.near, len(near))),
    }
    populations = {"merged": len(merged), "near": len(near)}
    verdicts = {}
    if args.score and VERDICTS.is_file():
        verdicts = yaml.safe_load(VERDICTS.read_text(encoding="utf-8"))["pairs"]
    for kind, pairs in samples.items():
        same = judged = 0
        print(f"# {kind}: {len(pairs)} sampled of {populations[kind]} pairs")
        for story, date, a, b in pairs:
            key = f"{source_key(*a)} {source_key(*b)}"
            verdict = verdicts.get(key)
            if verdict is not None:
                judged += 1
                same += bool(verdict["same"])
            if not args.score:
                print(f'  "{key}": {{same: , note: ""}}  # {story} {date}')
                print(f"    # A: {a[1][:200]!r}\n    # B: {b[1][:200]!r}")
        if args.score:
            share = 100.0 * same / judged if judged else 0.0
            print(f"  judged {judged}, the same happening: {same} ({share:.0f} %)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
