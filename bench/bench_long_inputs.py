"""Cost on long articles (issue 12, sections 3 and 5): ``newsline extract`` at 250 KB, 1, 2 and
4 MB, and the reader's time to show a single-line article of 250 KB, 1 MB and 10 MB.

Each figure is a whole process: ``newsline extract --dry-run --jobs 1`` in a subprocess, and the
reader started in a pseudo-terminal, timed until the article's first words are on the screen,
then until it exits after ``q``; and in a second run ``q`` is pressed as soon as the article's
header shows, while its text is still loading. Articles are real news
sentences repeated (bench/long_article.py). The seconds per MB column shows whether the cost is
linear: it should stay about flat as the size grows.

    .venv/bin/python bench/bench_long_inputs.py [--extract 250K,1M,2M,4M] [--reader 250K,1M,10M]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from long_article import make_text, parse_size  # noqa: E402

NEWSLINE = [sys.executable, "-m", "tui"]
TIMELINE = """version: 1
articles:
  - id: long
    path: long.txt
    title: A long article
    published: 2011-01-30
actors: []
events: []
"""


def time_extract(size: int, folder: Path) -> float:
    """Seconds for ``newsline extract --dry-run --jobs 1`` on one article of ``size`` bytes."""
    article = folder / "long.txt"
    article.write_text(make_text(size), encoding="utf-8")
    options = ["--timeline", str(folder / "timeline.yaml"), "--dry-run", "--jobs", "1"]
    started = time.perf_counter()
    subprocess.run(
        [*NEWSLINE, "extract", *options, "--published", "2011-01-30", str(article)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def _start_reader(folder: Path) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the reader in the pseudo-terminal, 120x40
        os.chdir(folder)
        os.environ.update(TERM="xterm-256color", COLUMNS="120", LINES="40")
        os.execv(sys.executable, [*NEWSLINE, "timeline.yaml"])
    return pid, fd


def _wait_for(fd: int, marker: bytes, started: float, limit: float) -> float:
    """Seconds from ``started`` until ``marker`` is on the screen (``inf`` past ``limit``)."""
    screen = b""
    while time.perf_counter() - started < limit:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        screen = (screen + chunk)[-400_000:]
        if marker in screen:
            return time.perf_counter() - started
    return float("inf")


def _quit(pid: int, fd: int, limit: float = 60.0) -> float:
    """Press q; seconds until the reader has exited (``inf`` past ``limit``)."""
    pressed = time.perf_counter()
    os.write(fd, b"q")
    try:
        while time.perf_counter() - pressed < limit:
            done, _status = os.waitpid(pid, os.WNOHANG)
            if done:
                return time.perf_counter() - pressed
            try:
                if select.select([fd], [], [], 0.05)[0]:
                    os.read(fd, 65536)
            except OSError:
                pass
        return float("inf")
    finally:
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)


def time_reader(size: int, folder: Path, limit: float = 600.0) -> tuple[float, float, float]:
    """For a single-line article of ``size`` bytes: seconds until the reader shows its text,
    until it exits after ``q`` then, and until it exits after ``q`` pressed while it loads."""
    text = make_text(size, one_line=True)
    (folder / "long.txt").write_text(text, encoding="utf-8")
    (folder / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    first_words = " ".join(text.split()[:3]).encode()
    pid, fd = _start_reader(folder)
    shown = _wait_for(fd, first_words, time.perf_counter(), limit)
    quit_after = _quit(pid, fd)
    pid, fd = _start_reader(folder)
    _wait_for(fd, b"A long article", time.perf_counter(), limit)  # the header, while loading
    quit_loading = _quit(pid, fd)
    return shown, quit_after, quit_loading


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extract", default="250K,1M,2M,4M", help="sizes, or '' to skip")
    parser.add_argument("--reader", default="250K,1M,10M", help="sizes, or '' to skip")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.extract:
            print("newsline extract --dry-run --jobs 1, one article (whole process)")
            print(f"{'size':>6} {'seconds':>8} {'s/MB':>6}")
            for size_text in args.extract.split(","):
                size = parse_size(size_text)
                seconds = time_extract(size, folder)
                print(f"{size_text:>6} {seconds:8.2f} {seconds / (size / 2**20):6.2f}", flush=True)
        if args.reader:
            print("reader, one single-line article: start to text shown; q after; q while loading")
            print(f"{'size':>6} {'shown s':>8} {'quit s':>7} {'quit loading s':>15}")
            for size_text in args.reader.split(","):
                shown, quit_after, quit_loading = time_reader(parse_size(size_text), folder)
                print(
                    f"{size_text:>6} {shown:8.2f} {quit_after:7.2f} {quit_loading:15.2f}",
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
