"""Full-text search speed (``F`` in the reader) on the news stories of ../shared/tls.

Each topic folder of ../shared/tls holds a few hundred real articles. The benchmark makes a
timeline of them (one event per article quoting its second sentence, plus a few quotes that are
in no article, as retyped quotes are), builds the reader's :class:`SearchIndex` and times
queries: a rare word, a common one and a phrase. Target: results for a word in 300 articles
(1.3 MB) in 100 ms or less. Figures are the minimum and median of ``--runs`` runs.

    .venv/bin/python bench/bench_search.py [--shared ../shared] [--runs 9]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.model.articles import read_article  # noqa: E402
from tui.model.dates import EventDate, PartialDate  # noqa: E402
from tui.model.search import SearchIndex  # noqa: E402
from tui.model.sentences import fast_sentences  # noqa: E402
from tui.model.timeline import Article, Event, Source, Timeline  # noqa: E402

QUERIES = ("Baghdad", "the", "weapons of mass destruction", "earthquake", "Vladivostok")


def make_timeline(topic: Path) -> tuple[Timeline, dict[str, str]]:
    """The topic's articles, one event per article, and the article texts by id."""
    articles: list[Article] = []
    texts: dict[str, str] = {}
    events: list[Event] = []
    for number, file in enumerate(sorted((topic / "articles").glob("*.txt"))):
        article = Article(id=f"a{number}", path=str(file), file=file)
        text = read_article(article)
        published = text.front_matter.get("published")
        article.title = str(text.front_matter.get("title", file.stem))
        article.published = published if hasattr(published, "year") else None  # type: ignore[assignment]
        articles.append(article)
        texts[article.id] = text.text
        sentences = fast_sentences(text.text[:5000])
        if len(sentences) > 1 and article.published is not None:
            quote = text.text[sentences[1].start : sentences[1].end]
            events.append(
                Event(
                    id=f"e{number}",
                    title=quote[:60],
                    date=EventDate(PartialDate.from_date(article.published)),
                    sources=[Source(article.id, quote)],
                )
            )
    for number in range(5):  # quotes found in no article
        events.append(
            Event(f"retyped{number}", "Retyped", sources=[Source("a0", f"the retyped {number}")])
        )
    return Timeline(topic / "timeline.yaml", articles=articles, events=events), texts


def timed(function, runs: int) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Minimum and median wall time in ms of ``function()`` over ``runs``, and its result."""
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    tls = args.shared / "tls"
    topics = sorted(p for p in tls.glob("*") if (p / "articles").is_dir()) if tls.is_dir() else []
    if not topics:
        print(f"skipped: no stories in {tls} (the search benchmark needs ../shared/tls)")
        return 0
    print("target: a word in 300 articles (1.3 MB) in <= 100 ms")
    worst = 0.0
    for topic in topics:
        timeline, texts = make_timeline(topic)
        build_min, _, index = timed(
            lambda t=timeline, x=texts: SearchIndex.build(t, x.get), max(1, args.runs // 3)
        )
        assert isinstance(index, SearchIndex)
        mb = index.characters / 1e6
        print(
            f"{topic.name}: {index.articles} articles, {mb:.2f} M characters, "
            f"{len(timeline.events)} events; index built in {build_min:.0f} ms"
        )
        for query in QUERIES:
            best, median, results = timed(lambda q=query, i=index: i.search(q), args.runs)
            listed = len(getattr(results, "hits", ()))
            more = "" if getattr(results, "complete", True) else "+ (listed up to the limit)"
            print(
                f"  {query!r:32} {listed:5}{more:26} sentences: "
                f"min {best:6.1f} ms, median {median:6.1f} ms"
            )
            if index.articles >= 250:
                worst = max(worst, median)
    print(f"slowest median of any query in a story of 250+ articles: {worst:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
