"""The cost of one small edit of timeline.yaml, by file size: it must not grow with the file.

For each size, a timeline is generated, opened once through the reader's write path
(:class:`tui.model.writer.TimelineEditor`, which keeps the parsed document), and then one new
event is added and saved, ``--repeat`` times. Printed per size:

- open: the first read and parse (once per session; excluded from the 200 ms budget);
- edit: the splice and its check (re-parsing only the spliced region);
- save: the safe write (stat, read and hash of the file, lease probe, temporary file, fsync,
  re-check, rename); this one is linear in bytes, but at C speed;
- total: key-to-file for one new event; best of ``--repeat``;
- peak RSS of the process so far.

Sizes 1k, 20k and 100k events come from ``make_large_timeline.py`` (realistic events of ~260
bytes); 500k events are written compactly (~30 bytes each, 14 MB as in issue 12), since the
realistic generator would exceed the 32 MB file limit.

    .venv/bin/python bench/bench_edit.py [--sizes 1000,20000,100000,500000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from make_large_timeline import write_large_timeline  # noqa: E402

from tui.model.writer import Sighting, TimelineEditor  # noqa: E402
from tui.model.writer.disk import stat_signature  # noqa: E402

COMPACT_FROM = 200_000


def write_compact(folder: Path, events: int) -> Path:
    """A valid timeline of ``events`` minimal events (id, title, date), as in issue 12."""
    path = folder / "timeline.yaml"
    with path.open("w", encoding="utf-8") as out:
        out.write("version: 1\nevents:\n")
        for number in range(events):
            out.write(f"  - id: e{number}\n    title: E {number}\n")
    return path


def measure(path: Path, repeat: int) -> dict[str, float]:
    """Open once, then add ``repeat`` events one by one; the best edit and save times."""
    editor = TimelineEditor(path, settle=0.0)
    started = time.perf_counter()
    editor.edit(lambda document: None, Sighting(stat_signature(path), 0.0))
    opened = time.perf_counter() - started
    best = {"edit": float("inf"), "save": float("inf"), "total": float("inf")}
    for number in range(repeat):
        timings: dict[str, float] = {}

        def change(document, number=number, timings=timings):  # type: ignore[no-untyped-def]
            begun = time.perf_counter()
            document.add_event({"id": f"bench-new-{number}", "title": f"New event {number}"})
            timings["edit"] = time.perf_counter() - begun
            timings["save_from"] = time.perf_counter()

        begun = time.perf_counter()
        editor.edit(change, editor.last_write)
        ended = time.perf_counter()
        timings["save"] = ended - timings.pop("save_from")
        timings["total"] = ended - begun
        for key in best:
            best[key] = min(best[key], timings[key])
    return {"open": opened, **best}


def main(argv: list[str] | None = None) -> int:
    """Print one line of figures per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000,100000,500000")
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",")]
    print(f"{'events':>8} {'MB':>6} {'open s':>8} {'edit ms':>8} {'save ms':>8} {'total ms':>9}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            if size >= COMPACT_FROM:
                path = write_compact(Path(folder), size)
            else:
                path = write_large_timeline(Path(folder), size, max(1, min(1000, size // 20)), 0)
            figures = measure(path, options.repeat)
            megabytes = path.stat().st_size / 1e6
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{size:>8} {megabytes:>6.1f} {figures['open']:>8.2f} {figures['edit'] * 1e3:>8.1f}"
            f" {figures['save'] * 1e3:>8.1f} {figures['total'] * 1e3:>9.1f}"
            f"   (peak RSS so far {peak:.0f} MB)",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
