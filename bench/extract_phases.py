"""The parent's timeline of ``newsline extract`` (issue 8): where its serial time goes.

Runs the extract command in this process (as ``python -m tui extract`` does) on 500 silver
articles (../shared/timeml/silver as text files with front matter) into a new timeline (with
``--again``: onto the timeline a first extract of them made, in a process of its own and not
timed; it adds nothing), with ``--jobs 1`` or ``--jobs 2``, and prints, for each phase of the
parent, the wall clock and this process's CPU seconds since the start, and what each phase
added: the imports, the set-up (the timeline loaded, the articles read), the first worker
result, the last one (stage one done), the merge, the write, the end (the report printed).
Then the CPU seconds of the processes it started and waited for (the workers, the merge's
helper; not the first extract of ``--again``) and its own.

With ``--jobs 2`` the workers run from the first result to the last; every other phase is
the parent alone, with the other core idle: those are what ``--jobs`` cannot spread.

    PYTHONPATH=$PWD .venv/bin/python bench/extract_phases.py --jobs 1|2 [--articles 500] [--again]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED = (time.perf_counter(), time.process_time())
sys.path.insert(0, str(Path(__file__).resolve().parent))

from command_rows import SILVER, silver_articles  # noqa: E402

import tui.commands.extract as command  # noqa: E402 (timed: the imports are a phase)

MARKS: list[tuple[str, float, float]] = []


def mark(name: str) -> None:
    """Note the wall and CPU seconds since this process started."""
    MARKS.append((name, time.perf_counter() - STARTED[0], time.process_time() - STARTED[1]))


def _instrument() -> None:
    """Mark the phases by wrapping what ``tui.commands.extract._run`` calls."""
    process_articles, merge, write = (
        command.process_articles,
        command.merge_results,
        command.write_extraction,
    )

    def timed_stage_one(*args, **kwargs):  # type: ignore[no-untyped-def]
        mark("set-up (timeline, articles)")
        shown = kwargs.get("progress")

        def progress(done: int, total: int) -> None:
            if not any(name == "first result" for name, _, _ in MARKS):
                mark("first result")
            if shown is not None:
                shown(done, total)

        kwargs["progress"] = progress
        results = process_articles(*args, **kwargs)
        mark("last result (stage one)")
        return results

    def timed_merge(*args, **kwargs):  # type: ignore[no-untyped-def]
        extraction = merge(*args, **kwargs)
        mark("merge")
        return extraction

    def timed_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        problem = write(*args, **kwargs)
        mark("write")
        return problem

    command.process_articles = timed_stage_one
    command.merge_results = timed_merge
    command.write_extraction = timed_write


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, choices=[1, 2], required=True)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument(
        "--again", action="store_true", help="onto the timeline a first extract made (untimed)"
    )
    args = parser.parse_args()
    mark("imports")
    if not SILVER.is_dir():
        print(f"(no {SILVER}: skipped)")
        return 0
    _instrument()
    with tempfile.TemporaryDirectory(prefix="newsline-phases-") as work:
        folder = Path(work)
        silver_articles(folder / "articles", args.articles)
        if args.again:
            first = [sys.executable, "-m", "tui", "extract", "--timeline", "timeline.yaml"]
            subprocess.run([*first, "articles"], cwd=folder, check=True, capture_output=True)
        started = resource.getrusage(resource.RUSAGE_CHILDREN)  # (not the first extract's)
        mark("articles copied (the bench's)" + (", first extract" if args.again else ""))
        os.chdir(folder)
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(io.StringIO()):
            code = command.run(
                argparse.Namespace(
                    articles=["articles"],
                    timeline="timeline.yaml",
                    published=None,
                    dry_run=False,
                    jobs=args.jobs,
                )
            )
        mark("end (report)")
    if code != 0:
        print(quiet.getvalue())
        return code
    onto = ", again onto their timeline" if args.again else ""
    print(
        f"--jobs {args.jobs}, {args.articles} silver articles{onto}, load {os.getloadavg()[0]:.1f}"
    )
    print(f"{'phase':30s} {'wall':>6s} {'(+)':>7s} {'cpu':>6s} {'(+)':>7s}")
    wall_before = cpu_before = 0.0
    for name, wall, cpu in MARKS:
        print(
            f"{name:30s} {wall:6.2f} {wall - wall_before:+7.2f} {cpu:6.2f} {cpu - cpu_before:+7.2f}"
        )
        wall_before, cpu_before = wall, cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = resource.getrusage(resource.RUSAGE_SELF)
    waited = children.ru_utime + children.ru_stime - started.ru_utime - started.ru_stime
    print(
        f"CPU seconds: this process {own.ru_utime + own.ru_stime:.2f}, the processes it "
        f"started {waited:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
