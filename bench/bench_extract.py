"""Extraction throughput on real news: articles/second with one process and with every core,
against dateparser.

The corpus is ``../shared/timeml/silver`` (2,452 articles): the plain text is the character data
inside ``<TEXT>`` with tags removed, the publication date the value of ``<DCT>``'s TIMEX3. Two
baselines run over samples of the same articles, timed in the same run so that the ratios hold
on a busy machine: plain ``dateparser.search.search_dates(text, settings={RELATIVE_BASE})`` (the
issue's baseline; it detects the language of every text, which is most of its time), and the
same call told ``languages=["en"]``, a much stronger baseline. Extraction is the whole of
``newsline extract`` but reading and writing files: dates, sentences, actors, events, merging
(``bench/bench_commands.py`` times the whole command). Each rate is also given per CPU-second of
the process and its workers, the figure a busy machine disturbs least.

    .venv/bin/python bench/bench_extract.py [--limit N] [--baseline-sample N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import resource
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


def baseline_rate(articles: list[ArticleInput], languages: list[str] | None = None) -> float:
    """Articles/second of ``search_dates`` relative to each article's date."""
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    started = time.perf_counter()
    for article in articles:
        base = dt.datetime.combine(article.published, dt.time())
        search_dates(article.text, languages=languages, settings={"RELATIVE_BASE": base})
    return len(articles) / (time.perf_counter() - started)


def _cpu_seconds() -> float:
    """CPU seconds used so far by this process and the workers it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


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
    baseline_rate(sample[:2], ["en"])
    # Plain search_dates is slow (language detection): a quarter of the sample is enough.
    few = sample[::4]
    plain = baseline_rate(few)
    english = baseline_rate(sample, ["en"])
    print(f"baseline plain search_dates:         {plain:8.1f} articles/s ({len(few)} sampled)")
    print(f"baseline search_dates(languages=en): {english:8.1f} articles/s ({len(sample)} sampled)")

    process_articles(articles[:4])  # warm the tagger's tables in this process
    cores = os.cpu_count() or 1
    for jobs in sorted({1, cores}):
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        results = process_articles(articles, jobs=jobs, chunk_size=16)
        stage_one = time.perf_counter() - started
        stage_cpu = _cpu_seconds() - cpu_started
        extraction = merge_results(results)
        total = time.perf_counter() - started
        rate = len(articles) / total
        # Per CPU-second of this process and its workers: what a core gives, however busy
        # the machine is (the wall-clock rate is not, on a shared machine).
        per_cpu = len(articles) / (_cpu_seconds() - cpu_started)
        print(
            f"newsline extract --jobs {jobs}: {rate:8.1f} articles/s, {per_cpu:.0f} per CPU-s "
            f"(per-article stage {len(articles) / stage_cpu:.0f} per CPU-s, "
            f"{stage_one:.1f} s; merge {total - stage_one:.1f} s; "
            f"{len(extraction.events):,} events, {len(extraction.new_actors):,} actors) "
            f"= {rate / plain:.1f}x plain search_dates (goal >= 10x), "
            f"{rate / english:.1f}x search_dates(languages=en)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
