"""Model speed: loading, validating, writing and exporting a large timeline.

Generates a timeline of 20,000 events over 1,000 articles (``make_large_timeline.py``) and
times, best of ``--repeat`` runs each:

- baseline: ``yaml.load`` with libyaml's ``CSafeLoader`` on the same file, which only builds
  Python objects and checks nothing;
- ``load_timeline`` without anchors (parse, positions, validation: what the reader needs to
  paint) and with every quote anchored in its article (what ``newsline check`` does);
- the writer adding 2,000 events in one edit (the re-read check included);
- each export format;
- the reader's first screen (``tui.model.first_screen``: the scan and the few items read);
- memory (tracemalloc): what a loaded timeline keeps per event, and the load's peak.

Each figure is printed with its ratio to the baseline, measured in the same run, so the ratios
hold on a shared, noisy machine.

    .venv/bin/python bench/bench_model.py [--events 20000] [--articles 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# key-dates' T (--dates), which it needs; the other formats ignore it.
DATES = 10
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402
from make_large_timeline import write_large_timeline  # noqa: E402

from tui.model.export import FORMATS, render  # noqa: E402
from tui.model.first_screen import first_screen  # noqa: E402
from tui.model.loader import load_timeline  # noqa: E402
from tui.model.writer import TimelineDocument  # noqa: E402


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """The shortest of ``repeat`` wall-clock timings of ``work()``, in seconds."""
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return min(timings)


def main(argv: list[str] | None = None) -> int:
    """Print the figures; exit 1 if the generated timeline does not load cleanly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        path = write_large_timeline(Path(folder), options.events, options.articles, 0)
        text = path.read_text(encoding="utf-8")
        size = len(text.encode("utf-8")) / 1e6
        print(f"timeline: {options.events} events, {options.articles} articles, {size:.1f} MB")

        result = load_timeline(path)
        if not result.ok or result.timeline is None:
            print(f"the generated timeline has {len(result.errors)} errors", file=sys.stderr)
            return 1
        timeline = result.timeline

        baseline = best_of(options.repeat, lambda: yaml.load(text, Loader=yaml.CSafeLoader))
        rows: list[tuple[str, float]] = [
            (
                "load_timeline, no anchors",
                best_of(options.repeat, lambda: load_timeline(path, resolve_sources=False)),
            ),
            ("load_timeline, anchored", best_of(options.repeat, lambda: load_timeline(path))),
        ]

        new_events = [
            {
                "id": f"bench-{number}",
                "title": f"Bench event {number}",
                "date": "2023-09-11",
                "actors": [timeline.actors[0].id],
                "sources": [{"article": timeline.articles[0].id, "quote": "a quote"}],
            }
            for number in range(2_000)
        ]

        def write() -> None:
            document = TimelineDocument.open(path)
            document.add_items("events", new_events)

        rows.append(("writer: open + add 2,000 events", best_of(options.repeat, write)))
        rows.append(
            (
                "first screen (40 rows each way)",
                best_of(options.repeat, lambda: first_screen(path, 40)),
            )
        )
        for fmt in FORMATS:
            timing = best_of(options.repeat, lambda fmt=fmt: render(timeline, fmt, dates=DATES))
            rows.append((f"export {fmt}", timing))
        gc.collect()
        tracemalloc.start()
        kept = load_timeline(path, resolve_sources=False)
        now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept

    print(f"{'baseline: yaml.load (CSafeLoader)':<36} {baseline * 1000:8.0f} ms   1.0x")
    print(
        f"memory: a loaded timeline keeps {now / options.events:.0f} bytes an event"
        f" ({now / 2**20:.1f} MB), the load's peak {peak / 2**20:.1f} MB"
    )
    for name, timing in rows:
        print(f"{name:<36} {timing * 1000:8.0f} ms {timing / baseline:5.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
