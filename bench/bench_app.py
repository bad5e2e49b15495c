"""Reader speed: time to first paint and key-to-update latency of cursor moves in Events.

Runs the app headless (``App.run_test``) on the seeds and on a large generated timeline
(20,000 events, 1,000 articles). Each latency is also given as a ratio to a baseline measured
in the same run: a key with no binding, which costs the same input path but no update.
Targets: first paint < 0.6 s (seeds) and < 1.5 s (large); cursor move < 50 ms p95.

    .venv/bin/python bench/bench_app.py [--moves 200]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from tui.app.reader import ReaderApp  # noqa: E402


def write_timeline(folder: Path, events: int, articles: int) -> Path:
    """The large timeline: ``bench/make_large_timeline.py`` when present, else our own."""
    try:
        from make_large_timeline import write_large_timeline  # type: ignore[import-not-found]

        result = write_large_timeline(folder, events=events, articles=articles)
        return Path(result) if result else folder / "timeline.yaml"
    except ImportError:
        pass
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    lines = ["version: 1", "articles:"]
    start = dt.date(2020, 1, 1)
    for number in range(articles):
        sentences = [
            f"Sentence {k} of article {number} says that event {k} happened." for k in range(30)
        ]
        (folder / "articles" / f"a{number}.txt").write_text(" ".join(sentences), "utf-8")
        day = start + dt.timedelta(days=number)
        lines += [
            f"  - id: a{number}",
            f"    path: articles/a{number}.txt",
            f"    title: Article {number}",
            f"    published: {day.isoformat()}",
        ]
    lines.append("actors:")
    for number in range(200):
        lines += [f"  - id: p{number}", f"    name: Person {number}", "    kind: person"]
    lines.append("events:")
    for number in range(events):
        day = start + dt.timedelta(days=number % 1500)
        lines += [
            f"  - id: e{number}",
            f"    title: Event number {number} happens",
            f"    date: {day.isoformat()}",
            f"    actors: [p{number % 200}]",
            "    sources:",
            f"      - article: a{number % articles}",
            f"        quote: event {number % 30} happened",
        ]
    path = folder / "timeline.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def loader_for_bench():
    """The real loader when it has landed, else the tests' stand-in."""
    try:
        from tui.model.loader import load_timeline  # noqa: F401

        return None  # ReaderApp's default
    except ImportError:
        from test_app_helpers import stand_in_load

        return stand_in_load


async def measure(path: Path, moves: int) -> dict[str, float]:
    """First paint and the latency of ``moves`` cursor moves and baseline key presses."""
    loader = loader_for_bench()
    began = time.perf_counter()
    if loader is None:
        from tui.app.backend import default_loader as loader
    result = loader(path)
    load_s = time.perf_counter() - began
    # The app gets the loaded result, so that "first paint" is the reader's own cost; the
    # loader's time is reported beside it.
    started = time.perf_counter()
    app = ReaderApp(path, loader=lambda _path: result, watch=False, keymap_path=Path("/none"))
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.events_list.rows:
            await asyncio.sleep(0.005)
        await pilot.pause()
        first_paint = time.perf_counter() - started
        moves_ms, baseline_ms = [], []
        for index in range(moves):
            key = "j" if (index // 50) % 2 == 0 else "k"
            before = time.perf_counter()
            await pilot.press(key)
            moves_ms.append((time.perf_counter() - before) * 1000)
            before = time.perf_counter()
            await pilot.press("f12")  # bound to nothing: the cost of a key with no update
            baseline_ms.append((time.perf_counter() - before) * 1000)
        events = len(app.timeline.events) if app.timeline else 0
    net = [move - base for move, base in zip(moves_ms, baseline_ms, strict=True)]
    return {
        "events": events,
        "first_paint_s": first_paint,
        "load_s": load_s,
        "move_median_ms": statistics.median(moves_ms),
        "move_p95_ms": statistics.quantiles(moves_ms, n=20)[18],
        "baseline_median_ms": statistics.median(baseline_ms),
        "net_median_ms": statistics.median(net),
        "net_p95_ms": statistics.quantiles(net, n=20)[18],
    }


def report(name: str, figures: dict[str, float], paint_target: float) -> None:
    ratio = figures["move_median_ms"] / max(figures["baseline_median_ms"], 1e-6)
    print(
        f"{name:6} {int(figures['events']):6} events  first paint {figures['first_paint_s']:.2f} s "
        f"(target < {paint_target} s; + load {figures['load_s']:.2f} s)\n"
        f"       key press with cursor move: median {figures['move_median_ms']:.1f} ms, "
        f"p95 {figures['move_p95_ms']:.1f} ms; unbound key (Pilot's own cost) "
        f"{figures['baseline_median_ms']:.1f} ms, ratio {ratio:.2f}\n"
        f"       net cursor move (move - unbound key): median {figures['net_median_ms']:.1f} ms, "
        f"p95 {figures['net_p95_ms']:.1f} ms (target < 50)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=200)
    options = parser.parse_args()
    seeds = ROOT / "timeline.yaml"
    with tempfile.TemporaryDirectory() as folder:
        if not seeds.exists():
            from test_app_helpers import make_corpus

            seeds = make_corpus(Path(folder) / "seeds-corpus")
            print(f"(no timeline.yaml in the repo: using the test corpus {seeds})")
        report("seeds", asyncio.run(measure(seeds, options.moves)), 0.6)
        began = time.perf_counter()
        large = write_timeline(Path(folder) / "large", 20_000, 1_000)
        print(f"(generated the large timeline in {time.perf_counter() - began:.1f} s)")
        report("large", asyncio.run(measure(large, options.moves)), 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
