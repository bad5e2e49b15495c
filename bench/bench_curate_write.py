"""The model's part of one curation key on a 20,000-event timeline: one write, in process.

Issue 10 gives a key-to-frame budget of 200 ms for a write on a 20,000-event file (the first
open excluded). This measures what the model spends of it: :func:`tui.model.edits.apply_edit`
(check the edit, splice the item, re-parse only that item, save atomically with the stat +
hash re-check and the lease probe, update the in-memory timeline) and the undo and redo of
:class:`tui.model.history.EditHistory`. The pty figure, key to frame, is
``bench/bench_curate.py`` (the reader's side).

The editor is the reader's (default settle time); each write starts from the state the
previous one left, as consecutive keys in the reader do, so an own write is recognised and
not waited on. Printed per operation: best and median of ``--repeat`` runs, in ms, of wall
time and of CPU time (on a shared machine the CPU figure is the model's real cost).

    .venv/bin/python bench/bench_curate_write.py [--events 20000] [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_large_timeline import write_large_timeline  # noqa: E402

from tui.model.edits import (  # noqa: E402
    Accept,
    Edit,
    MergeEvents,
    Reject,
    Retitle,
    SetStatus,
    SetTags,
    apply_edit,
)
from tui.model.history import EditHistory  # noqa: E402
from tui.model.loader import load_timeline  # noqa: E402
from tui.model.timeline import Timeline  # noqa: E402
from tui.model.writer import Sighting, TimelineEditor  # noqa: E402
from tui.model.writer.disk import stat_signature  # noqa: E402


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of ``action`` (CPU time shows the cost when other
    processes share the cores; wall time includes fsync and waiting for a core)."""
    started, cpu = time.perf_counter(), time.process_time()
    action()
    return (time.perf_counter() - started) * 1e3, (time.process_time() - cpu) * 1e3


def run(events: int, repeat: int) -> list[tuple[str, list[tuple[float, float]]]]:
    """(wall, CPU) milliseconds per run of each operation on a fresh ``events``-event
    timeline."""
    with tempfile.TemporaryDirectory() as folder:
        path = write_large_timeline(Path(folder), events, max(1, min(1000, events // 20)), 0)
        timeline = load_timeline(path, resolve_sources=False).timeline
        assert isinstance(timeline, Timeline)
        editor = TimelineEditor(path)
        started = time.perf_counter()
        # The first open (read and parse once per session) is outside the budget.
        editor.edit(lambda document: None, Sighting(stat_signature(path), 0.0))
        print(f"first open: {time.perf_counter() - started:.2f} s (excluded)", flush=True)
        history = EditHistory()
        ids = [event.id for event in timeline.events]
        middle = len(ids) // 2
        figures: dict[str, list[tuple[float, float]]] = {}

        def edit(name: str, change: Edit) -> None:
            def act() -> None:
                outcome = apply_edit(editor, timeline, change, editor.last_write)
                history.push(outcome.record)

            figures.setdefault(name, []).append(_timed(act))

        for number in range(repeat):
            target = ids[middle + number * 7]
            edit("accept", Accept(target))
            edit("retitle", Retitle(target, f"A new title {number}"))
            edit("status", SetStatus(target, "planned"))
            edit("tags", SetTags(target, ("bench", f"t{number}")))
            edit("merge events", MergeEvents(ids[middle + number * 7 + 1], target))
            edit("reject", Reject(target))
            for name, act in (
                ("undo", lambda: history.undo(editor, timeline, editor.last_write)),
                ("redo", lambda: history.redo(editor, timeline, editor.last_write)),
            ):
                figures.setdefault(name, []).append(_timed(act))
        return list(figures.items())


def _load() -> str:
    try:
        return " ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    options = parser.parse_args(argv)
    results = run(options.events, options.repeat)
    print(f"{options.events} events, {options.repeat} runs each (ms); load average {_load()}")
    print(f"{'operation':<14} {'wall best':>10} {'median':>8} {'CPU best':>10} {'median':>8}")
    for name, times in results:
        wall = [run[0] for run in times]
        cpu = [run[1] for run in times]
        print(
            f"{name:<14} {min(wall):>10.1f} {statistics.median(wall):>8.1f}"
            f" {min(cpu):>10.1f} {statistics.median(cpu):>8.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
