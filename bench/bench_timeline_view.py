"""Timeline view speed: open, cursor moves, zoom and pan on 20,000 events over 500 actors.

Runs the screen headless (``App.run_test``) on a generated timeline: days, months and ranges,
one to three actors per event, ten years wide. Latencies are key-to-frame, taken from the
rendered frames as in ``bench_app.py`` (not from Pilot's idle waits), and compared with the
same run's floor: a minimal Textual app updating a label. Targets: open < 1.5 s; each key
< 50 ms. The "uncached" figures are the widget alone: the action plus painting every line
with an empty line cache, outside the event loop.

    .venv/bin/python bench/bench_timeline_view.py [--events 20000] [--actors 500] [--keys 100]
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
sys.path.insert(0, str(ROOT / "bench"))

from bench_app import FrameClock, measure_floor, p95, send_key, settle  # noqa: E402
from textual.app import App  # noqa: E402

from tui.app.timeline.lanes import TimelineLayout  # noqa: E402
from tui.app.timeline.plot import TimelinePlot  # noqa: E402
from tui.app.timeline.screen import TimelineScreen  # noqa: E402
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


async def timed_keys(app: Host, clock: FrameClock, keys: list[str]) -> list[float]:
    """Milliseconds from each key to the frame that shows its effect (keys with none skipped)."""
    result = []
    for key in keys:
        before = plot_state(app)
        sent = send_key(app, key)
        try:
            seconds = await clock.first_after(sent, lambda now, was=before: now != was, timeout=1)
        except TimeoutError:  # at the end of the data, or of the scales: nothing to show
            continue
        finally:
            await settle()
        result.append(seconds * 1000)
    return result


def plot_state(app: Host) -> object:
    """What a key may change: the cursor, the scale, the view and the lanes shown."""
    plot = app.screen.query(TimelinePlot).first() if len(app.screen_stack) > 1 else None
    if plot is None:
        return None
    return (plot.cursor_lane, plot.cursor_position, plot.zoom, plot.start, plot.lane_top)


async def measure(data: Timeline, count: int, size: tuple[int, int]) -> dict[str, float]:
    app = Host(data)
    began = time.perf_counter()
    clock = FrameClock(app, lambda: plot_state(app))
    async with app.run_test(size=size):
        opened = await clock.first_after(began, lambda state: state is not None)
        figures: dict[str, float] = {"open_s": opened}
        await settle()
        cycles = {
            "right/left": ["right", "left"],
            "down/up": ["down", "up"],
            "zoom -/+": ["minus", "plus"],
            "pan l/h": ["l", "h"],
            "page down/up": ["pagedown", "pageup"],
        }
        for name, pair in cycles.items():
            keys = [pair[(i // 5) % 2] for i in range(count)]
            latencies = await timed_keys(app, clock, keys)
            figures[name] = statistics.median(latencies)
            figures[name + " p95"] = p95(latencies) if len(latencies) >= 20 else max(latencies)
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
    parser.add_argument("--keys", type=int, default=100)
    options = parser.parse_args()
    data = make_timeline(options.events, options.actors)
    began = time.perf_counter()
    layout = TimelineLayout(data)
    print(
        f"{len(data.events)} events, {len(layout.lanes)} lanes, {len(layout.undated)} undated: "
        f"layout {1000 * (time.perf_counter() - began):.0f} ms"
    )
    floor = asyncio.run(measure_floor(options.keys))
    base = floor["move_median_ms"]
    print(
        f"floor (minimal Textual app): key-to-frame median {base:.1f} ms,"
        f" p95 {floor['move_p95_ms']:.1f} ms"
    )
    for size in ((80, 24), (160, 45)):
        figures = asyncio.run(measure(data, options.keys, size))
        line = f"{size[0]}x{size[1]}: open {figures.pop('open_s'):.2f} s (target < 1.5)"
        for name, value in figures.items():
            if name.startswith("uncached"):
                line += f"\n    {name} {value:.1f} ms"
            elif not name.endswith(" p95"):
                worst = figures[name + " p95"]
                line += (
                    f"\n    {name} key-to-frame median {value:.1f} ms (x{value / base:.1f} the"
                    f" floor), p95 {worst:.1f} ms (target < 50)"
                )
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
