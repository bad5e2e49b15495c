"""Timeline view speed: open, cursor moves, zoom and pan on 20,000 events over 500 actors.

Runs the screen headless (``App.run_test``) on a generated timeline: days, months and ranges,
one to three actors per event, ten years wide. Every latency is also given as a ratio to a
baseline measured in the same run: a key with no binding, which costs the same input path but
no update. Targets: open < 1.5 s; each key < 50 ms median over the baseline key. The
"uncached" figures are the widget alone: the action plus painting every line with an empty
line cache, outside the event loop.

    .venv/bin/python bench/bench_timeline_view.py [--events 20000] [--actors 500] [--keys 20]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.app import App  # noqa: E402

from tui.app.timeline_axis import TimelineLayout  # noqa: E402
from tui.app.timeline_screen import TimelinePlot, TimelineScreen  # noqa: E402
from tui.model.dates import parse_event_date  # noqa: E402
from tui.model.timeline import Actor, Event, EventStatus, Timeline  # noqa: E402


def make_timeline(events: int, actors: int, seed: int = 7) -> Timeline:
    """A reproducible large timeline; a few actors are far busier than the rest, as in news."""
    rnd = random.Random(seed)
    people = [Actor(f"p{n}", f"Person number {n}") for n in range(actors)]
    weights = [1 / (n + 1) for n in range(actors)]
    start = dt.date(2014, 1, 1)
    made: list[Event] = []
    statuses = [EventStatus.OCCURRED] * 6 + [EventStatus.PLANNED, EventStatus.EXPECTED]
    for n in range(events):
        day = start + dt.timedelta(days=rnd.randrange(3650))
        kind = rnd.random()
        if kind < 0.1:
            text = f"{day:%Y-%m}"
        elif kind < 0.2:
            text = f"{day.isoformat()}/{(day + dt.timedelta(days=rnd.randint(1, 60))).isoformat()}"
        elif kind < 0.25:
            text = None
        else:
            text = day.isoformat()
        who = {p.id for p in rnd.choices(people, weights, k=rnd.randint(0, 3))}
        made.append(
            Event(
                id=f"e{n}",
                title=f"Event {n}",
                date=parse_event_date(text) if text else None,
                date_text=text or "",
                status=rnd.choice(statuses),
                actors=tuple(sorted(who)),
            )
        )
    return Timeline(Path("bench.yaml"), actors=people, events=made)


class Host(App[None]):
    def __init__(self, data: Timeline) -> None:
        super().__init__()
        self.data = data

    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(self.data))


async def timed_keys(pilot: object, keys: list[str]) -> list[float]:
    """Milliseconds from each key press until the screen has settled."""
    result = []
    for key in keys:
        before = time.perf_counter()
        await pilot.press(key)  # type: ignore[attr-defined]
        await pilot.pause()  # type: ignore[attr-defined]
        result.append((time.perf_counter() - before) * 1000)
    return result


async def measure(data: Timeline, count: int, size: tuple[int, int]) -> dict[str, float]:
    began = time.perf_counter()
    app = Host(data)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        figures: dict[str, float] = {"open_s": time.perf_counter() - began}
        baseline = await timed_keys(pilot, ["f12"] * count)
        figures["baseline_ms"] = statistics.median(baseline)
        cycles = {
            "right/left": ["right", "left"],
            "down/up": ["down", "up"],
            "zoom -/+": ["minus", "plus"],
            "pan l/h": ["l", "h"],
            "page down/up": ["pagedown", "pageup"],
        }
        for name, pair in cycles.items():
            keys = [pair[(i // 5) % 2] for i in range(count)]
            figures[name] = statistics.median(await timed_keys(pilot, keys))
        # The widget's own share: the action plus painting every visible line, no event loop.
        plot = app.screen.query_one(TimelinePlot)
        for name, actions in {
            "uncached zoom+paint": (lambda: plot.zoom_by(1), lambda: plot.zoom_by(-1)),
            "uncached pan+paint": (lambda: plot.pan(1), lambda: plot.pan(-1)),
        }.items():
            spent = []
            for i in range(count):
                plot._line_cache.clear()  # measure drawing, not the cache
                before = time.perf_counter()
                actions[(i // 5) % 2]()
                for y in range(plot.size.height):
                    plot.render_line(y)
                spent.append((time.perf_counter() - before) * 1000)
            figures[name] = statistics.median(spent)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--keys", type=int, default=20)
    options = parser.parse_args()
    data = make_timeline(options.events, options.actors)
    began = time.perf_counter()
    layout = TimelineLayout(data)
    print(
        f"{len(data.events)} events, {len(layout.lanes)} lanes, {len(layout.undated)} undated: "
        f"layout {1000 * (time.perf_counter() - began):.0f} ms"
    )
    for size in ((80, 24), (160, 45)):
        figures = asyncio.run(measure(data, options.keys, size))
        base = figures.pop("baseline_ms")
        line = f"{size[0]}x{size[1]}: open {figures.pop('open_s'):.2f} s (target < 1.5)"
        line += f"  baseline key {base:.1f} ms"
        for name, value in figures.items():
            if name.startswith("uncached"):
                line += f"\n    {name} {value:.1f} ms"
            else:
                ratio = value / max(base, 1e-6)
                line += f"\n    {name} {value:.1f} ms (+{value - base:.1f} ms, x{ratio:.2f})"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
