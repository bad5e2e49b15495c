"""Extraction throughput on real news: articles/second for --jobs 1 and 2, against dateparser.

The corpus is ``../shared/timeml/silver`` (2,452 articles): the plain text is the character data
inside ``<TEXT>`` with tags removed, the publication date the value of ``<DCT>``'s TIMEX3. The
baseline is plain ``dateparser.search.search_dates`` over a sample of the same articles, timed
in the same run, so the ratio holds on a busy machine.

    .venv/bin/python bench/bench_extract.py [--limit N] [--baseline-sample N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.pipeline import ArticleInput, merge_results, process_articles  # noqa: E402

SILVER = ROOT.parent / "shared" / "timeml" / "silver"
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def read_article(path: Path) -> ArticleInput | None:
    """One TimeML file as plain text plus its creation date, or None when it lacks either."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    text, dct = _TEXT.search(raw), _DCT.search(raw)
    if text is None or dct is None:
        return None
    plain = _TAG.sub("", text[1])
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
        plain = plain.replace(entity, char)
    return ArticleInput(path.stem, plain, dt.date.fromisoformat(dct[1]))


def baseline_rate(articles: list[ArticleInput]) -> float:
    """Articles/second of plain ``search_dates`` relative to each article's date."""
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    started = time.perf_counter()
    for article in articles:
        base = dt.datetime.combine(article.published, dt.time())
        search_dates(article.text, languages=["en"], settings={"RELATIVE_BASE": base})
    return len(articles) / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles to extract (0: all)")
    parser.add_argument("--baseline-sample", type=int, default=40, help="articles for dateparser")
    args = parser.parse_args()
    if not SILVER.is_dir():
        print(f"skipped: {SILVER} is absent (it holds the TimeML silver corpus)")
        return 0
    paths = sorted(SILVER.glob("*.tml"))
    articles = [a for a in (read_article(p) for p in paths) if a is not None]
    if args.limit:
        articles = articles[: args.limit]
    print(f"corpus: {len(articles)} articles, {sum(len(a.text) for a in articles):,} characters")

    step = max(1, len(articles) // args.baseline_sample)
    sample = articles[::step][: args.baseline_sample]
    baseline_rate(sample[:2])  # dateparser loads its language data on first use
    baseline = baseline_rate(sample)
    print(f"baseline dateparser.search_dates: {baseline:8.1f} articles/s ({len(sample)} sampled)")

    process_articles(articles[:4])  # warm the tagger's tables in this process
    for jobs in (1, 2):
        started = time.perf_counter()
        results = process_articles(articles, jobs=jobs, chunk_size=16)
        stage_one = time.perf_counter() - started
        extraction = merge_results(results)
        total = time.perf_counter() - started
        rate = len(articles) / total
        print(
            f"newsline extract --jobs {jobs}: {rate:8.1f} articles/s "
            f"(per-article {stage_one:.1f} s, merge {total - stage_one:.1f} s; "
            f"{len(extraction.events):,} events, {len(extraction.new_actors):,} actors) "
            f"= {rate / baseline:.1f}x dateparser"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
