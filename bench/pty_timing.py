"""Timing whole processes for bench/bench_commands.py: a program in a pseudo-terminal, read as
it paints (first paint, key to frame, peak memory), a command run to its end, and the figures
made of paired runs (medians, ratios, p95) and printed as the table's rows.

Nothing here knows newsline: the rows (tui's commands, the floors, the corpora) are in
bench/command_rows.py.
"""

from __future__ import annotations

import contextlib
import os
import pty
import re
import select
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

COLUMNS, LINES = 120, 40


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

    def key_to_frame(self, key: bytes, quiet: float = 0.15, expect: bytes = b"") -> float:
        """Seconds from writing ``key`` to the last byte of the frame it causes: the output
        until it has been quiet for ``quiet`` seconds. With ``expect``, the output is read
        until that text is in it, however long that takes (a write may take longer than
        ``quiet`` to answer at all), then until quiet; ``inf`` when it never comes (a key
        that did nothing must not count as a quick one)."""
        self._drain(quiet)
        if expect:
            self.screen = b""
        pressed = time.perf_counter()
        os.write(self.fd, key)
        last = pressed
        while expect and expect not in self.screen:
            if time.perf_counter() - pressed > 10:
                return float("inf")
            if self._read(0.05):
                last = time.perf_counter()
        while True:
            if not self._read(quiet):
                break
            last = time.perf_counter()
            if last - pressed > 10:
                break
        return last - pressed

    def cpu_seconds(self) -> float:
        """CPU seconds the program (all its threads) has run so far: on a busy machine, what
        a key cost it, without the time it waited for a core."""
        total = 0
        for stat in Path(f"/proc/{self.pid}/task").glob("*/schedstat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                total += int(stat.read_text().split()[0])  # nanoseconds on a CPU
        return total / 1e9

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
