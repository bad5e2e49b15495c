"""The rows of bench/bench_commands.py: newsline's commands and their same-run floors (a minimal
Textual app, a plain CSafeLoader load), the corpora they run on (silver articles, the seeds,
generated timelines) and each figure's measurement. The pty driver and the figures' arithmetic
are in bench/pty_timing.py.
"""

from __future__ import annotations

import compileall
import contextlib
import datetime as dt
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from make_large_timeline import write_large_timeline
from pty_timing import Terminal, p95, paired, ratio, row, run_extract

ROOT = Path(__file__).resolve().parent.parent
SILVER = ROOT.parent / "shared" / "timeml" / "silver"
NEWSLINE = [sys.executable, "-m", "tui"]
# The header's counts: "20000 events · 45 actors" once the timeline is loaded and painted,
# "80 of 20,000 events · loading…" while a big file's first screen is painted (the rows are
# on the terminal, the rest loading). First paint waits for either, LOADED for the first.
PAINTED = "events · ".encode()
LOADED = re.compile(r"events · [\d,]+ actor".encode())
MINIMAL_READY = b"minimal app ready"
MINIMAL_APP = """
from itertools import count
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

class Minimal(App):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("minimal app ready", id="label")
        yield Footer()

    def on_mount(self) -> None:
        self.presses = count(1)

    def on_key(self, event) -> None:
        if event.key == "q":
            self.exit()
        else:
            self.query_one("#label", Static).update(f"key {event.key} {next(self.presses)}")

Minimal().run()
"""
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


# --- corpora ---------------------------------------------------------------------------------


def silver_articles(folder: Path, limit: int | None) -> int:
    """Silver TimeML files as article files with front matter in ``folder``; how many."""
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for path in sorted(SILVER.glob("*.tml")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        text, dct = _TEXT.search(raw), _DCT.search(raw)
        if text is None or dct is None:
            continue
        plain = _TAG.sub("", text[1])
        for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&amp;", "&")):
            plain = plain.replace(entity, char)
        front = f"---\ntitle: {path.stem}\npublished: {dt.date.fromisoformat(dct[1])}\n---\n"
        (folder / f"{path.stem}.txt").write_text(front + plain.strip() + "\n", encoding="utf-8")
        written += 1
        if limit is not None and written >= limit:
            break
    return written


def count_events(timeline: Path) -> int:
    """How many events ``timeline`` lists (items of its top-level ``events:``)."""
    inside = False
    found = 0
    for line in timeline.open(encoding="utf-8"):
        if not line.startswith((" ", "\t", "#")) and line.strip():
            inside = line.startswith("events:")
        elif inside and line.startswith("  - "):
            found += 1
    return found


def extract_into(folder: Path, articles: Path, jobs: int) -> float:
    """Seconds for ``newsline extract --jobs N`` of a copy of ``articles`` (in the timeline's
    folder, where a user keeps them) into a new timeline; the copy is not timed."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(articles, folder / "articles")
    timeline = folder / "timeline.yaml"
    command = [*NEWSLINE, "extract", "--timeline", "timeline.yaml", "--jobs", str(jobs)]
    elapsed = run_extract([*command, "articles"], folder, f"new {jobs}")
    if not timeline.exists():
        raise SystemExit(f"extract wrote no {timeline}")
    return elapsed


def extract_again(folder: Path, jobs: int) -> float:
    """Seconds for ``newsline extract --jobs N`` of the same articles onto the timeline made
    from them: it reads, validates and extracts all, and adds nothing."""
    command = [*NEWSLINE, "extract", "--timeline", "timeline.yaml", "--jobs", str(jobs)]
    before = (folder / "timeline.yaml").read_bytes()
    elapsed = run_extract([*command, "articles"], folder, f"again {jobs}")
    if (folder / "timeline.yaml").read_bytes() != before:
        raise SystemExit("a second extract of the same articles changed the timeline")
    return elapsed


# --- rows ------------------------------------------------------------------------------------


# Seconds until each first paint's whole timeline was loaded and shown, per folder label.
LOADED_TIMES: dict[str, list[float]] = {}


def first_paint(
    folder: Path, minimal: Path, runs: int, label: str = ""
) -> tuple[float, float, float, int]:
    """Median first paint of the reader on ``folder`` and of the minimal app, their ratio,
    and the reader's median peak KB: once the whole timeline is loaded and the reader idle
    (the writer's parse of the file done too), so that a first screen painted ahead of the
    rest does not hide what the whole timeline costs. The seconds until the whole timeline
    is shown go to LOADED_TIMES[label]."""
    peaks: list[int] = []

    def reader() -> float:
        terminal = Terminal([*NEWSLINE, "timeline.yaml"], folder)
        seconds = terminal.wait_for(PAINTED)
        LOADED_TIMES.setdefault(label, []).append(terminal.wait_for(LOADED))
        terminal.wait_idle()
        peaks.append(terminal.quit())
        return seconds

    def floor() -> float:
        terminal = Terminal([sys.executable, str(minimal)], folder)
        seconds = terminal.wait_for(MINIMAL_READY)
        terminal.quit()
        return seconds

    ours, base = paired(reader, floor, runs)
    return (
        statistics.median(ours),
        statistics.median(base),
        ratio(ours, base),
        int(statistics.median(peaks)),
    )


def cursor_moves(folder: Path, minimal: Path, moves: int) -> tuple[float, float]:
    """p95 key-to-frame seconds of ``j`` in the reader on ``folder`` and in the minimal app."""
    results = []
    for command, marker in (
        ([*NEWSLINE, "timeline.yaml"], LOADED),
        ([sys.executable, str(minimal)], MINIMAL_READY),
    ):
        terminal = Terminal(command, folder)
        terminal.wait_for(marker)
        terminal.wait_idle(0.5)
        times = [terminal.key_to_frame(b"j") for _ in range(moves)]
        terminal.quit()
        results.append(p95(times))
    return results[0], results[1]


# The reader's notice after a write ("rejected <id> · u undoes"), per curation key timed.
CURATION_KEYS = ((b"x", b"rejected "), (b"a", b"accepted "))
# A notice stays 4 s: the next key waits it out, so that its own frame is the one timed.
NOTICE_SECONDS = 4.5


def curation_writes(folder: Path, minimal: Path, trials: int) -> dict[str, list[float]]:
    """Key-to-frame seconds of the curation keys on a copy of the timeline in ``folder``
    (``x`` rejects the selected event, the next one is selected; ``a`` accepts it, then
    ``j`` goes on, untimed), once the whole timeline is loaded and the reader idle (the
    writer's one-time parse of the file done); ``floor``: ``j`` in the minimal app. The CPU
    seconds the reader spent on each key go to ``x cpu`` and ``a cpu``."""
    copy = folder.parent / f"{folder.name}-curated"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    results: dict[str, list[float]] = {}
    terminal = Terminal([*NEWSLINE, "timeline.yaml"], copy)
    try:
        terminal.wait_for(LOADED)
        # Two quiet seconds: the writer's parse starts only after half a second without keys.
        terminal.wait_idle(2.0)
        for key, notice in CURATION_KEYS:
            times = results.setdefault(key.decode(), [])
            used = results.setdefault(f"{key.decode()} cpu", [])
            for _ in range(trials):
                before = terminal.cpu_seconds()
                times.append(terminal.key_to_frame(key, expect=notice))
                used.append(terminal.cpu_seconds() - before)
                terminal.wait_idle(NOTICE_SECONDS, limit=30)
                if key == b"a":
                    terminal.key_to_frame(b"j")
    finally:
        terminal.quit()
        shutil.rmtree(copy, ignore_errors=True)
    terminal = Terminal([sys.executable, str(minimal)], folder)
    terminal.wait_for(MINIMAL_READY)
    terminal.wait_idle(0.5)
    results["floor"] = [terminal.key_to_frame(b"j") for _ in range(trials)]
    terminal.quit()
    return results


def curation_rows(folder: Path, minimal: Path, trials: int) -> None:
    """Print the curation keys' key to frame on the 20,000-event timeline in ``folder``:
    median and worst of ``trials``, against the minimal app's key, with the reader's CPU
    time per key (what the key cost it, without the waits for a core of a busy machine)."""
    results = curation_writes(folder, minimal, trials)
    floor = statistics.median(results["floor"])
    for key, what in (("x", "reject"), ("a", "accept")):
        times = results[key]
        middle = statistics.median(times)
        cpu = statistics.median(results[f"{key} cpu"])
        row(
            f"curation write ({what}, {key}), 20,000 events",
            f"{middle * 1000:.0f} ms",
            f"{floor * 1000:.0f} ms",
            f"{middle / floor:.1f}x",
            f"<= 200 ms (worst {max(times) * 1000:.0f} ms; CPU {cpu * 1000:.0f} ms)",
        )


def paint_rows(label: str, folder: Path, target: str, minimal: Path, runs: int) -> int:
    """Print the first paint of the reader on ``folder`` and when its whole timeline is
    shown, against the minimal app's first paint; the reader's peak KB (see first_paint)."""
    ours, base, times, peak = first_paint(folder, minimal, runs, label)
    row(f"first paint, {label}", f"{ours:.2f} s", f"{base:.2f} s", f"{times:.1f}x", target)
    loaded = statistics.median(LOADED_TIMES[label])
    row("  whole timeline shown", f"{loaded:.2f} s", f"{base:.2f} s", f"{loaded / base:.1f}x", "")
    return peak


def memory_row(label: str, peak: int) -> None:
    """Print the reader's peak memory on the timeline ``label`` names."""
    target = "<= 250 MB" if "100,000" in label else ""
    row(f"peak memory, {label}", f"{peak / 1024:.0f} MB", "", "", target)


def generated_folder(work: Path, size: int) -> tuple[str, Path, str]:
    """A generated timeline of ``size`` events in ``work``: its label, folder and target."""
    folder = work / f"generated{size}"
    if not (folder / "timeline.yaml").exists():
        write_large_timeline(folder, events=size, articles=max(1_000, size // 20))
    target = "<= 2.5x" if size <= 20_000 else "<= 8x"
    return f"generated {size:,} events", folder, target


@contextlib.contextmanager
def warm_cache(folder: Path) -> Iterator[None]:
    """The load cache on, in ``folder``, for the commands started meanwhile."""
    os.environ["NEWSLINE_CACHE"] = str(folder)
    try:
        yield
    finally:
        os.environ["NEWSLINE_CACHE"] = "off"


def settle(folder: Path) -> None:
    """Date the timeline and its articles an hour back: the cache keeps only settled files
    (one saved a moment ago may change again within its time stamp)."""
    past = time.time() - 3600
    for file in [folder / "timeline.yaml", *folder.rglob("*.txt")]:
        os.utime(file, (past, past))


@contextlib.contextmanager
def bench_folder(runs: int) -> Iterator[tuple[Path, Path]]:
    """A scratch folder with the minimal app (the floor) in it, ``(folder, minimal app)``;
    the table's heading printed. Cold figures: every command loads its timeline itself (see
    warm_cache for the others)."""
    os.environ["NEWSLINE_CACHE"] = "off"
    # newsline's own modules as bytecode, as an installed newsline has them after its first run:
    # with PYTHONDONTWRITEBYTECODE set (as on the shared machines) every command compiled
    # them again (~0.1 s of each first paint) and the floor, whose Textual is compiled, did not.
    compileall.compile_dir(ROOT / "tui", quiet=1)
    with tempfile.TemporaryDirectory(prefix="newsline-bench-") as name:
        work = Path(name)
        minimal = work / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        print(f"whole commands, median of {runs} paired runs, {os.cpu_count()} cores")
        row("what", "now", "floor", "ratio", "target")
        yield work, minimal


def seeds_folder(work: Path) -> Path:
    """The seeds and their timeline, copied into ``work``."""
    seeds = work / "seeds"
    shutil.copytree(ROOT / "seeds", seeds / "seeds")
    shutil.copy(ROOT / "timeline.yaml", seeds / "timeline.yaml")
    return seeds


def cursor_row(folder: Path, minimal: Path, moves: int) -> None:
    """Print the cursor move's p95 on the 20,000-event timeline in ``folder``, with its floor."""
    move, floor = cursor_moves(folder, minimal, moves)
    row(
        "cursor move p95, 20,000 events",
        f"{move * 1000:.0f} ms",
        f"{floor * 1000:.0f} ms",
        f"{move / floor:.1f}x",
        "<= 5x",
    )
