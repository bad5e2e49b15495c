"""What headline titles cost: extraction on silver with and without the syntax titles.

Titles (issue 9) tag each event's sentence with a part-of-speech tagger and read its clauses
(``tui/extract/titles.py``). This runs the whole per-article stage and the merge (one process)
over the same ``../shared/timeml/silver`` articles twice per round, once as shipped and once
with the titler switched off (the old clause cut), alternating for several rounds so that a
busy machine slows both alike, and prints the best rate of each and what titles cost per
article. The tagger's own speed on the UD English dev split is printed too when
``../shared/ud`` is there.

    .venv/bin/python bench/bench_titles.py [--limit N] [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tools"))

from bench_extract import SILVER, read_article  # noqa: E402

from tui.extract import article_stage, clause_titles, events  # noqa: E402
from tui.extract.pipeline import merge_results, process_articles  # noqa: E402
from tui.extract.syntax.chunks import parse  # noqa: E402
from tui.extract.syntax.tagger import Tagger, default_tagger  # noqa: E402


def rate(articles: list, titles: bool) -> float:  # type: ignore[type-arg]
    """Articles/second of the per-article stage plus the merge, titles on or off."""
    patches = []
    if not titles:
        patches = [
            # Where the titler is called from now (events, clause_titles, article_stage).
            mock.patch.object(events, "event_title", lambda *_: ""),
            mock.patch.object(events, "lead_title", lambda *_: ""),
            mock.patch.object(clause_titles, "statement_gist", lambda *_: ""),
            mock.patch.object(clause_titles, "lead_title", lambda *_: ""),
            mock.patch.object(article_stage, "name_subject", lambda title, *_: title),
        ]
    for patch in patches:
        patch.start()
    try:
        parse.cache_clear()
        started = time.perf_counter()
        merge_results(process_articles(articles))
        return len(articles) / (time.perf_counter() - started)
    finally:
        for patch in patches:
            patch.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles (0: all 2,452)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    started = time.perf_counter()
    Tagger.load()
    print(f"tagger: weights loaded in {time.perf_counter() - started:.2f} s")
    ud = ROOT.parent / "shared" / "ud" / "en_ewt-ud-dev.conllu"
    if ud.is_file():
        import train_tagger

        dev = train_tagger.read_conllu(ud)
        tagger = default_tagger()
        tokens = sum(len(words) for words, _ in dev)
        started = time.perf_counter()
        for words, _ in dev:
            tagger.tag(words)
        speed = tokens / (time.perf_counter() - started)
        print(f"tagger: {speed:,.0f} tokens/s on the UD dev split ({tokens:,} tokens)")
    if not SILVER.is_dir():
        print(f"skipped the pipeline: {SILVER} is absent")
        return 0
    paths = sorted(SILVER.glob("*.tml"))
    articles = [a for a in (read_article(p) for p in paths) if a is not None]
    if args.limit:
        articles = articles[: args.limit]
    process_articles(articles[:4])  # warm the date tagger's and the POS tagger's tables
    best = {True: 0.0, False: 0.0}
    for _ in range(args.rounds):
        for titles in (False, True):
            best[titles] = max(best[titles], rate(articles, titles))
    with_titles, without = best[True], best[False]
    cost = 1000 * (1 / with_titles - 1 / without)
    print(f"{len(articles)} silver articles, one process, best of {args.rounds} rounds:")
    print(f"  without titles: {without:7.1f} articles/s")
    print(f"  with titles:    {with_titles:7.1f} articles/s (goal >= 150 per core)")
    print(f"  titles cost {cost:.2f} ms per article")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
