"""Whole-command figures (issue 8, section 1): what a user waits for, against same-run floors.

Every figure times a whole process, from its start to its exit or to the first painted rows
in a real terminal (a pty), and is set against a floor timed in the same run, alternating
with it (A B A B ...), so the ratios hold on a shared, noisy machine:

- ``newsline extract`` on 500 silver articles (../shared/timeml/silver as text files with
  front matter), articles/s, with ``--jobs 1`` and ``--jobs 2``, into a new timeline and
  again onto the timeline made (which adds nothing); the ratio of the two; the floor is
  Python's own start; the CPU seconds of the process and its workers give articles per
  CPU-second, which a busy machine does not change much;
- first paint in a pty (until the header shows the event count, with the rows: a big file's
  first screen, painted while the rest loads, counts) of the seeds, of a real timeline
  extracted from all silver articles, and of 20,000 and 100,000 generated events
  (bench/make_large_timeline.py), against a minimal Textual app's first paint; then when
  the whole timeline is shown; with the reader's peak memory (the process's own maximum
  resident size) once it is loaded and idle;
- cursor move, key to frame (``j`` written to the pty, once the whole timeline is loaded,
  until the last byte of the frame it causes), p95, against the same for a minimal app
  whose key updates a label;
- one curation write on the 20,000-event timeline, key to frame in the same pty (``x``
  rejects the selected event, ``a`` accepts one; once the whole timeline is loaded and the
  reader idle, so the writer's one-time parse of the file is done; until the last byte of
  the frame that says what was written), median of ``--trials``, against the minimal app's
  key;
- ``newsline check`` at 100,000 events against a plain ``yaml.load`` with CSafeLoader.

Those are cold: the load cache (tui/model/load_cache.py) is off. The same first paints and
check then run warm, the cache filled by one run before (its folder in the bench's own
temporary folder, never the user's).

    .venv/bin/python bench/bench_commands.py [--runs 3] [--moves 40] [--trials 5] [--quick]
        [--extract-only] [--only seeds|cursor|curate|100k]

``--quick`` skips the extraction figures and the 100,000-event timeline; ``--extract-only``
prints the extraction figures alone; ``--only`` (repeatable) times just the rows named, with
their floors: ``seeds`` and ``100k`` (first paint; 100k with its peak memory), ``cursor`` and
``curate`` (at 20,000 events). Without ../shared the silver figures are skipped with a note.

The pty driver and the figures' arithmetic are in ``pty_timing.py``, the rows (commands,
floors, corpora) in ``command_rows.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from command_rows import (
    LOADED,
    NEWSLINE,
    ROOT,
    SILVER,
    bench_folder,
    count_events,
    curation_rows,
    cursor_row,
    extract_again,
    extract_into,
    first_paint,
    generated_folder,
    memory_row,
    paint_rows,
    seeds_folder,
    settle,
    silver_articles,
    warm_cache,
)
from pty_timing import EXTRACT_CPU, Terminal, paired, ratio, row, run_timed


def only_rows(rows: set[str], runs: int, moves: int, trials: int) -> int:
    """The rows named in ``rows`` alone, with their floors: the seeds' first paint, the
    cursor move and the curation writes at 20,000 events, the 100,000-event first paint
    with its peak memory."""
    with bench_folder(runs) as (work, minimal):
        if "seeds" in rows:
            paint_rows("seeds", seeds_folder(work), "<= 1.3x", minimal, runs)
        if "100k" in rows:
            label, folder, target = generated_folder(work, 100_000)
            memory_row(label, paint_rows(label, folder, target, minimal, runs))
        if rows & {"cursor", "curate"}:
            _label, large, _target = generated_folder(work, 20_000)
            if "cursor" in rows:
                cursor_row(large, minimal, moves)
            if "curate" in rows:
                curation_rows(large, minimal, trials)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="paired runs per figure")
    parser.add_argument("--moves", type=int, default=40, help="cursor moves timed")
    parser.add_argument("--quick", action="store_true", help="no extraction, no 100k")
    parser.add_argument("--extract-only", action="store_true", help="only the extraction rows")
    parser.add_argument(
        "--only",
        action="append",
        choices=["seeds", "cursor", "curate", "100k"],
        help="time only these rows (the seeds' first paint, the cursor move, the curation"
        " writes, the 100,000-event first paint and memory)",
    )
    parser.add_argument("--trials", type=int, default=5, help="curation writes timed per key")
    args = parser.parse_args()
    if args.only:
        return only_rows(set(args.only), args.runs, args.moves, args.trials)
    have_silver = SILVER.is_dir()
    with bench_folder(args.runs) as (work, minimal):
        if have_silver and not args.quick:
            articles = work / "silver500"
            count = silver_articles(articles, 500)
            one, two = paired(
                lambda: extract_into(work / "x1", articles, 1),
                lambda: extract_into(work / "x2", articles, 2),
                max(1, args.runs - 1),
            )
            again1, again2 = paired(
                lambda: extract_again(work / "x1", 1),
                lambda: extract_again(work / "x2", 2),
                max(1, args.runs - 1),
            )
            # The floor: the same interpreter started and stopped (what no command can beat).
            start_floor = statistics.median(
                run_timed([sys.executable, "-c", "pass"], work)[0] for _ in range(3)
            )
            floor = f"{start_floor:.2f} s"
            for label, times, jobs, target in (
                (f"extract {count} silver, --jobs 1", one, 1, ">= 200/s"),
                (f"extract {count} silver, --jobs 2", two, 2, ">= 200/s"),
                ("  again, adds nothing, --jobs 1", again1, 1, ""),
                ("  again, adds nothing, --jobs 2", again2, 2, ""),
            ):
                seconds = statistics.median(times)
                kind = "again" if "again" in label else "new"
                cpu = statistics.median(EXTRACT_CPU[f"{kind} {jobs}"])
                rate = f"{count / seconds:.0f} art/s"
                per_cpu = f"({count / cpu:.0f} per CPU-s)"
                row(label, rate, floor, f"{seconds:.2f} s", f"{target} {per_cpu}".strip())
            row("--jobs 2 vs --jobs 1", "", "", f"{ratio(one, two):.2f}x", ">= 1.7x")
            row("  again", "", "", f"{ratio(again1, again2):.2f}x", "")
            if args.extract_only:
                return 0
        elif not have_silver:
            print(f"(no {SILVER}: extraction and the real timeline skipped)")

        folders = [("seeds", seeds_folder(work), "<= 1.3x")]
        if have_silver:
            real = work / "silver-all"
            all_articles = work / "silver-all-articles"
            silver_articles(all_articles, None)
            extract_into(real, all_articles, 2)
            events = count_events(real / "timeline.yaml")
            folders.append((f"real, all silver, {events:,} events", real, "<= 2.5x"))
        sizes = [20_000] if args.quick else [20_000, 100_000]
        for size in sizes:
            folders.append(generated_folder(work, size))

        peaks = []
        for label, folder, target in folders:
            peaks.append((label, paint_rows(label, folder, target, minimal, args.runs)))
        for label, peak in peaks:
            memory_row(label, peak)
        with warm_cache(work / "cache"):
            for label, folder, target in folders[1:]:
                settle(folder)
                primer = Terminal([*NEWSLINE, "timeline.yaml"], folder)
                primer.wait_for(LOADED)  # fills the cache
                primer.quit()
                ours, base, times, peak = first_paint(folder, minimal, args.runs, f"warm {label}")
                row(
                    f"first paint warm, {label}",
                    f"{ours:.2f} s",
                    f"{base:.2f} s",
                    f"{times:.1f}x",
                    f"{target} ({peak / 1024:.0f} MB)",
                )

        cursor_row(work / "generated20000", minimal, args.moves)
        curation_rows(work / "generated20000", minimal, args.trials)

        check_folder = work / f"generated{sizes[-1]}"
        check = [*NEWSLINE, "check", str(check_folder / "timeline.yaml")]
        load = [
            sys.executable,
            "-c",
            "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
            str(check_folder / "timeline.yaml"),
        ]
        ours, base = paired(
            lambda: run_timed(check, ROOT)[0], lambda: run_timed(load, ROOT)[0], args.runs
        )
        row(
            f"check, {sizes[-1]:,} events",
            f"{statistics.median(ours):.2f} s",
            f"{statistics.median(base):.2f} s",
            f"{ratio(ours, base):.2f}x",
            "<= 1.0x",
        )
        with warm_cache(work / "cache"):
            settle(check_folder)
            run_timed(check, ROOT)  # fills it
            ours, base = paired(
                lambda: run_timed(check, ROOT)[0], lambda: run_timed(load, ROOT)[0], args.runs
            )
        row(
            f"check warm, {sizes[-1]:,} events",
            f"{statistics.median(ours):.2f} s",
            f"{statistics.median(base):.2f} s",
            f"{ratio(ours, base):.2f}x",
            "<= 0.2x",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
