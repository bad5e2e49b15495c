"""Throughput of ``tui.extract.temporal.tag`` against ``dateparser.search.search_dates``.

    python bench/bench_dates_speed.py [--sample 100] [--folder ../shared/timeml/silver]

All run over the same sample of articles (search_dates is slow, so the sample is small):
search_dates as it is, and told ``languages=["en"]`` (no language detection: the stronger
baseline); the tagger also runs over the whole folder. Prints articles per CPU-second for
each (the best of three rounds for the two close contenders, wall time beside it: on a machine
shared with other work, CPU time is the steadier measure) and the ratios.

Then hostile input: texts made of one phrase repeated (``the the the ...``, ``last last ...``,
``1998 1998 ...``) tagged at two sizes; a ratio near 4 for 4x the text means linear time, a ratio
near 16 means a rule backtracks quadratically. Runs without ``../shared``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeml_score import load_tml

from tui.extract.temporal import tag


def _rate(label: str, documents: list, run, rounds: int = 1) -> float:
    """Print and return articles per CPU-second (the best of ``rounds``): on a machine shared
    with other work, CPU time moves far less than wall time, which is printed beside it."""
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = sum(len(run(doc) or ()) for doc in documents)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
        best_wall = min(best_wall, time.perf_counter() - started)
    rate = len(documents) / best_cpu if best_cpu else float("inf")
    print(
        f"{label:<34} {len(documents):>5} articles {best_cpu:8.2f} s CPU ({best_wall:.2f} s wall) "
        f"{rate:9.1f} articles/CPU-s ({found} expressions)"
    )
    return rate


HOSTILE_PHRASES = ("the ", "nearly ", "last ", "this ", "1998 ", "Monday ", "1 ", "a few ")


def hostile_scaling(repeats: int = 5000) -> None:
    """Print how tagging time grows with the size of repetitive, trigger-dense text."""
    print(f"hostile input: seconds for {repeats} and {4 * repeats} repeats (linear: ratio ~4)")
    for phrase in HOSTILE_PHRASES:
        seconds = []
        for count in (repeats, 4 * repeats):
            text = phrase * count + "x"
            started = time.perf_counter()
            tag(text, None)
            seconds.append(time.perf_counter() - started)
        ratio = seconds[1] / seconds[0] if seconds[0] else float("inf")
        print(f"  {phrase!r:<12} {seconds[0]:7.3f} s {seconds[1]:7.3f} s  ratio {ratio:5.1f}")


def main(argv: list[str] | None = None) -> int:
    """Measure and print both rates and their ratio, then the hostile-input scaling."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default="../shared/timeml/silver")
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"skipping the corpus rates: {folder} not found")
        hostile_scaling()
        return 0
    documents = [load_tml(path) for path in sorted(folder.glob("*.tml"))]
    sample = random.Random(7).sample(documents, min(args.sample, len(documents)))
    from dateparser.search import search_dates

    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    warnings.simplefilter("ignore")
    search_dates("warm up on Monday", settings=settings)
    tag("warm up on Monday", None)

    def with_dateparser(doc):
        return search_dates(doc.text, settings=settings | {"RELATIVE_BASE": _base(doc)})

    def with_english(doc):
        # The stronger baseline: no language detection on every text (issue 8).
        base = {"RELATIVE_BASE": _base(doc)}
        return search_dates(doc.text, languages=["en"], settings=settings | base)

    baseline = _rate("dateparser search_dates (sample)", sample, with_dateparser)
    english = _rate("search_dates(languages=['en'])", sample, with_english, rounds=3)
    ours = _rate(
        "newsline tag (sample)", sample, lambda doc: tag(doc.text, doc.published), rounds=3
    )
    _rate("newsline tag (all)", documents, lambda doc: tag(doc.text, doc.published))
    print(f"speed-up on the same sample: {ours / baseline:.1f}x (goal: >= 10x)")
    print(f"speed-up over languages=['en']: {ours / english:.1f}x (goal: >= 4x)")
    hostile_scaling()
    return 0


def _base(doc):
    import datetime as dt

    published = doc.published or dt.date.today()
    return dt.datetime(published.year, published.month, published.day)


if __name__ == "__main__":
    raise SystemExit(main())
