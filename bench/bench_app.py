"""Reader speed: time to first paint and key-to-update latency of cursor moves in Events.

Runs the reader headless on the seed timeline and on a generated one of 20,000 events over
1,000 articles (``bench/make_large_timeline.py``). Times are taken from the frames the app
renders (a hook on ``App._display``, which receives each rendered screen update), not from
Pilot's idle waits, which only measure Pilot:

- first frame: from starting the app to its first rendered screen (the shell, still loading);
- first paint: from starting the app to the first frame that shows the events, loading
  included (the load runs in a worker thread; the loader's own time is printed beside it;
  a big file's first screen, painted while the rest loads, counts), and to the first frame
  of the whole timeline; the cursor moves start after it;
- cursor move: from sending ``j``/``k`` to the frame that shows the new selection (the source
  sentence in Text, the actors marked), median and p95, with the CPU time spent per move.

Baseline, measured in the same run: a minimal Textual app (a header, a label, a footer) whose
key updates the label. Ratios say how much the reader costs over Textual's own floor.
Targets: first paint < 0.6 s on the seeds and < 1.5 s on the large timeline; cursor move
< 50 ms at p95.

    .venv/bin/python bench/bench_app.py [--moves 200] [--events 20000] [--articles 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_large_timeline import write_large_timeline  # noqa: E402
from textual import events  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.binding import Binding, BindingType  # noqa: E402
from textual.widgets import Footer, Header, Label  # noqa: E402

from tui.app.app import ReaderApp  # noqa: E402
from tui.model.loader import load_timeline  # noqa: E402

SIZE = (120, 40)


class FrameClock:
    """Records when ``app`` hands a rendered update to its driver, and what was selected."""

    def __init__(self, app: App[object], state: Callable[[], object]) -> None:
        self.frames: list[tuple[float, object]] = []
        self.new_frame = asyncio.Event()
        original = app._display

        def display(screen: object, renderable: object) -> None:
            if renderable is not None:
                self.frames.append((time.perf_counter(), state()))
                self.new_frame.set()
            original(screen, renderable)  # type: ignore[arg-type]

        app._display = display  # type: ignore[method-assign]

    async def first_after(
        self, start: float, done: Callable[[object], bool], timeout: float = 10
    ) -> float:
        """Seconds from ``start`` to the first frame whose state satisfies ``done``."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            for stamp, state in self.frames:
                if stamp >= start and done(state):
                    return stamp - start
            self.new_frame.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.new_frame.wait(), timeout=1)
        raise TimeoutError(f"no frame showed the update within {timeout} s")


class Floor(App[None]):
    """The baseline: the cheapest visible update Textual can make on a key press."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("j,k", "bump", "Bump")]

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label("0", id="count")
        yield Footer()

    def action_bump(self) -> None:
        self.count += 1
        self.query_one("#count", Label).update(str(self.count))


def send_key(app: App[object], key: str) -> float:
    """Post ``key`` as the terminal driver would; the time it was sent."""
    event = events.Key(key, key)
    event.set_sender(app)
    sent = time.perf_counter()
    assert app._driver is not None
    app._driver.send_message(event)
    return sent


async def settle() -> None:
    """Let trailing work (cached lines, timers) finish so keys do not queue up."""
    await asyncio.sleep(0.03)


async def key_latencies(
    app: App[object],
    clock: FrameClock,
    state: Callable[[], object],
    moves: int,
    at_end: Callable[[str], bool] = lambda _key: False,
) -> tuple[list[float], list[float]]:
    """Milliseconds from key to frame, and CPU milliseconds per key, for ``moves`` j/k keys.

    The cursor goes down 50 rows, then up 50, turning early at either end of the list.
    """
    latencies, cpu = [], []
    key = "j"
    for index in range(moves):
        if index and index % 50 == 0:
            key = "k" if key == "j" else "j"
        if at_end(key):
            key = "k" if key == "j" else "j"
        before = state()
        cpu_before = time.process_time()
        sent = send_key(app, key)
        seconds = await clock.first_after(sent, lambda shown, before=before: shown != before)
        latencies.append(seconds * 1000)
        await settle()
        cpu.append((time.process_time() - cpu_before) * 1000)
    return latencies, cpu


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]


async def measure_floor(moves: int) -> dict[str, float]:
    """First frame and key-to-frame latency of :class:`Floor`."""
    app = Floor()
    started = time.perf_counter()
    clock = FrameClock(app, lambda: app.count)
    async with app.run_test(size=SIZE):
        first_frame = await clock.first_after(started, lambda _state: True)
        latencies, cpu = await key_latencies(app, clock, lambda: app.count, moves)
    return {
        "first_frame_s": first_frame,
        "move_median_ms": statistics.median(latencies),
        "move_p95_ms": p95(latencies),
        "cpu_median_ms": statistics.median(cpu),
    }


async def measure_reader(path: Path, moves: int) -> dict[str, float]:
    """First frame, first paint and cursor-move latency of the reader on ``path``."""
    began = time.perf_counter()
    load_timeline(path, resolve_sources=False)
    load_s = time.perf_counter() - began

    app = ReaderApp(path, watch=False, keymap_path=Path("/nonexistent/config.toml"))
    started = time.perf_counter()

    def selection() -> tuple[str | None, int, bool]:
        whole = app.loads > 0 and not app.state.provisional
        return app.state.selected_event_id, app.text_view.cursor_sentence, whole

    def at_end(key: str) -> bool:
        rows = app.events_list
        return rows._step(rows.cursor_row, 1 if key == "j" else -1) is None

    clock = FrameClock(app, selection)
    async with app.run_test(size=SIZE):
        first_frame = await clock.first_after(started, lambda _state: True)
        first_paint = await clock.first_after(
            started,
            lambda state: state[0] is not None,  # type: ignore[index]
        )
        # A big file's first screen is painted ahead of the rest: the whole timeline after.
        whole = await clock.first_after(
            started,
            lambda state: state[2],  # type: ignore[index]
            timeout=120,
        )
        latencies, cpu = await key_latencies(app, clock, selection, moves, at_end)
        count = len(app.state.timeline.events) if app.state.timeline else 0
    return {
        "events": count,
        "load_s": load_s,
        "first_frame_s": first_frame,
        "first_paint_s": first_paint,
        "whole_s": whole,
        "move_median_ms": statistics.median(latencies),
        "move_p95_ms": p95(latencies),
        "cpu_median_ms": statistics.median(cpu),
    }


def report(name: str, figures: dict[str, float], floor: dict[str, float], target: float) -> None:
    frame_ratio = figures["first_frame_s"] / floor["first_frame_s"]
    move_ratio = figures["move_p95_ms"] / floor["move_p95_ms"]
    print(
        f"{name:6} {int(figures['events']):6} events: first frame {figures['first_frame_s']:.2f} s"
        f" ({frame_ratio:.1f}x the floor's), first paint with the events"
        f" {figures['first_paint_s']:.2f} s (target < {target} s; of which the loader alone takes"
        f" {figures['load_s']:.2f} s), the whole timeline shown {figures['whole_s']:.2f} s\n"
        f"       cursor move key-to-frame: median {figures['move_median_ms']:.1f} ms,"
        f" p95 {figures['move_p95_ms']:.1f} ms (target < 50; p95 {move_ratio:.1f}x the floor's);"
        f" CPU per move {figures['cpu_median_ms']:.1f} ms"
    )


def main() -> int:
    """Measure the floor, the seeds and the large timeline; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=1_000)
    options = parser.parse_args()
    floor = asyncio.run(measure_floor(options.moves))
    print(
        f"floor  (minimal Textual app): first frame {floor['first_frame_s']:.2f} s; key-to-frame"
        f" median {floor['move_median_ms']:.1f} ms, p95 {floor['move_p95_ms']:.1f} ms;"
        f" CPU per key {floor['cpu_median_ms']:.1f} ms"
    )
    report("seeds", asyncio.run(measure_reader(ROOT / "timeline.yaml", options.moves)), floor, 0.6)
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        large = write_large_timeline(Path(folder), options.events, options.articles)
        print(f"(generated the large timeline in {time.perf_counter() - began:.1f} s)")
        report("large", asyncio.run(measure_reader(large, options.moves)), floor, 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
