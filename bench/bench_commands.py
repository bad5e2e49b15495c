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
- ``newsline check`` at 100,000 events against a plain ``yaml.load`` with CSafeLoader.

Those are cold: the load cache (tui/model/load_cache.py) is off. The same first paints and
check then run warm, the cache filled by one run before (its folder in the bench's own
temporary folder, never the user's).

    .venv/bin/python bench/bench_commands.py [--runs 3] [--moves 40] [--quick] [--extract-only]
        [--only ROW]

``--quick`` skips the extraction figures and the 100,000-event timeline; ``--extract-only``
prints the extraction figures alone; ``--only seeds`` and ``--only cursor`` (repeatable) time
just those rows, with their floors. Without ../shared the silver figures are skipped with a
note.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import datetime as dt
import os
import pty
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_large_timeline import write_large_timeline  # noqa: E402

SILVER = ROOT.parent / "shared" / "timeml" / "silver"
NEWSLINE = [sys.executable, "-m", "tui"]
COLUMNS, LINES = 120, 40
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


# --- processes -------------------------------------------------------------------------------


def run_timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Seconds and peak resident KB of ``command`` run to its end (output thrown away)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: exit {process.returncode}")
    return elapsed, usage.ru_maxrss


class Terminal:
    """A program in a pseudo-terminal of COLUMNS x LINES, read as it paints."""

    def __init__(self, command: list[str], cwd: Path) -> None:
        self.started = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # the child: the program in the pseudo-terminal
            os.chdir(cwd)
            os.environ.update(TERM="xterm-256color", COLUMNS=str(COLUMNS), LINES=str(LINES))
            os.execv(command[0], command)
        self.pid, self.fd = pid, fd
        self.screen = b""

    def wait_for(self, marker: bytes | re.Pattern[bytes], limit: float = 300.0) -> float:
        """Seconds from the start until ``marker`` (text or a pattern) has been written
        (``inf`` past ``limit``)."""
        while time.perf_counter() - self.started < limit:
            found = marker.search(self.screen) if isinstance(marker, re.Pattern) else None
            if found or (isinstance(marker, bytes) and marker in self.screen):
                return time.perf_counter() - self.started
            self._read(0.2)
        return float("inf")

    def wait_idle(self, quiet: float = 1.0, limit: float = 120.0) -> None:
        """Until the program has used under a tenth of a CPU for ``quiet`` seconds (its work
        after the load, such as the writer's parse, done; the reader's file watcher keeps
        polling), reading what it paints meanwhile."""
        ticks = os.sysconf("SC_CLK_TCK")
        deadline = time.perf_counter() + limit
        used: list[int] = []
        steps = max(1, round(quiet / 0.25))
        while time.perf_counter() < deadline:
            try:
                fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                return
            used.append(int(fields[11]) + int(fields[12]))  # utime + stime, in clock ticks
            if len(used) > steps and used[-1] - used[-1 - steps] <= 0.1 * quiet * ticks:
                return
            self._read(0.25)

    def key_to_frame(self, key: bytes, quiet: float = 0.15) -> float:
        """Seconds from writing ``key`` to the last byte of the frame it causes: the output
        until it has been quiet for ``quiet`` seconds."""
        self._drain(quiet)
        pressed = time.perf_counter()
        os.write(self.fd, key)
        last = pressed
        while True:
            if not self._read(quiet):
                break
            last = time.perf_counter()
            if last - pressed > 10:
                break
        return last - pressed

    def quit(self, key: bytes = b"q", limit: float = 60.0) -> int:
        """Press ``key``; the program's peak resident KB once it has exited (or been killed)."""
        os.write(self.fd, key)
        deadline = time.perf_counter() + limit
        try:
            while time.perf_counter() < deadline:
                pid, _status, usage = os.wait4(self.pid, os.WNOHANG)
                if pid:
                    return usage.ru_maxrss
                self._read(0.05)
            os.kill(self.pid, 9)
            return os.wait4(self.pid, 0)[2].ru_maxrss
        finally:
            os.close(self.fd)

    def _drain(self, quiet: float) -> None:
        while self._read(quiet):
            pass

    def _read(self, timeout: float) -> bool:
        try:
            ready = select.select([self.fd], [], [], timeout)[0]
            if not ready:
                return False
            chunk = os.read(self.fd, 65536)
        except OSError:
            return False
        self.screen = (self.screen + chunk)[-200_000:]
        return bool(chunk)


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


# CPU seconds of each extract run (the process and its workers), in the order run: on a busy
# machine the wall clock says how many others ran, the CPU time how much work extract did.
EXTRACT_CPU: dict[str, list[float]] = {}


def run_extract(command: list[str], cwd: Path, label: str) -> float:
    """Seconds of an extract ``command``; its CPU seconds, workers included, go to
    EXTRACT_CPU[label] (wait4's usage of a process counts the children it waited for)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: exit {os.waitstatus_to_exitcode(status)}")
    EXTRACT_CPU.setdefault(label, []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


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


# --- figures ---------------------------------------------------------------------------------


def paired(a: Callable[[], float], b: Callable[[], float], runs: int) -> tuple[list, list]:
    """Run ``a`` and ``b`` in turn ``runs`` times; their figures."""
    first, second = [], []
    for _ in range(runs):
        first.append(a())
        second.append(b())
    return first, second


def ratio(a: list[float], b: list[float]) -> float:
    """The median of the pairwise ratios a/b."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def p95(values: list[float]) -> float:
    """The 95th percentile (the value below which 95 % of ``values`` lie)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def row(what: str, now: str, floor: str, times: str, target: str) -> None:
    print(f"{what:<38} {now:>14} {floor:>14} {times:>8}  {target}", flush=True)


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


def only_rows(rows: set[str], runs: int, moves: int) -> int:
    """The seeds' first paint and the cursor move at 20,000 events alone, with their floors."""
    with bench_folder(runs) as (work, minimal):
        if "seeds" in rows:
            ours, base, times, _peak = first_paint(seeds_folder(work), minimal, runs)
            row("first paint, seeds", f"{ours:.2f} s", f"{base:.2f} s", f"{times:.1f}x", "<= 1.3x")
        if "cursor" in rows:
            large = work / "generated20000"
            write_large_timeline(large, events=20_000, articles=1_000)
            cursor_row(large, minimal, moves)
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
        choices=["seeds", "cursor"],
        help="time only these rows (the seeds' first paint, the cursor move)",
    )
    args = parser.parse_args()
    if args.only:
        return only_rows(set(args.only), args.runs, args.moves)
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
            folder = work / f"generated{size}"
            write_large_timeline(folder, events=size, articles=max(1_000, size // 20))
            folders.append(
                (f"generated {size:,} events", folder, "<= 2.5x" if size <= 20_000 else "<= 8x")
            )

        peaks = []
        for label, folder, target in folders:
            ours, base, times, peak = first_paint(folder, minimal, args.runs, label)
            row(f"first paint, {label}", f"{ours:.2f} s", f"{base:.2f} s", f"{times:.1f}x", target)
            loaded = statistics.median(LOADED_TIMES[label])
            row(
                "  whole timeline shown",
                f"{loaded:.2f} s",
                f"{base:.2f} s",
                f"{loaded / base:.1f}x",
                "",
            )
            peaks.append((label, peak))
        for label, peak in peaks:
            target = "<= 250 MB" if "100,000" in label else ""
            row(f"peak memory, {label}", f"{peak / 1024:.0f} MB", "", "", target)
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
