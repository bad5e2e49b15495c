"""``newsline extract`` ends without walking what it leaves (issue 8: the whole command's
time): what is alive at exit is frozen out of the cyclic collector's sight, and only at exit."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent

# An exit handler registered first runs last: after extract's own.
PROBE = """
import atexit, gc, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0, file=sys.stderr))
from tui.cli import main
code = main(sys.argv[1:])
print("frozen before exit:", gc.get_freeze_count() > 0, file=sys.stderr)
raise SystemExit(code)
"""


def test_the_process_freezes_what_is_alive_at_exit_not_before(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    args = ["extract", "seeds", "--timeline", "timeline.yaml", "--published", "2023-09-11"]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "frozen before exit: False" in done.stderr
    assert "frozen at exit: True" in done.stderr
    assert (tmp_path / "timeline.yaml").is_file()


def test_in_process_runs_leave_the_collector_as_it_was(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    frozen = gc.get_freeze_count()
    enabled = gc.isenabled()
    timeline = str(tmp_path / "timeline.yaml")
    for _ in range(2):
        main(
            [
                "extract",
                str(tmp_path / "seeds"),
                "--timeline",
                timeline,
                "--published",
                "2023-09-11",
            ]
        )
    # Nothing frozen by the runs (objects frozen before, by other tests, may have been freed).
    assert gc.get_freeze_count() <= frozen
    assert gc.isenabled() == enabled


# The program's entry as `python -m tui` runs it, with an exit handler that says when the
# interpreter's own ending ran.
ENTRY = """
import atexit, sys
atexit.register(lambda: print("exit handlers ran", file=sys.stderr))
from tui.cli import main
sys.argv = ["newsline", *sys.argv[1:]]
raise SystemExit(main())
"""


def _program(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``newsline extract ...`` as a user runs it, its output read through pipes."""
    return subprocess.run(
        [sys.executable, "-c", ENTRY, "extract", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _without_timing(report: str) -> str:
    return "\n".join(line for line in report.splitlines() if not line.startswith("read "))


def test_the_program_ends_itself_once_its_report_is_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run as the program, extract ends its process as soon as the file is saved and the
    report flushed (freeing what the run built is the kernel's job): the report is whole,
    the exit status is the command's, the file the same as an in-process run writes."""
    for name in ("program", "in-process"):
        shutil.copytree(ROOT / "seeds", tmp_path / name / "seeds")
    args = ["seeds", "--timeline", "timeline.yaml", "--published", "2023-09-11"]
    done = _program(tmp_path / "program", *args)
    assert done.returncode == 0, done.stderr
    assert "exit handlers ran" not in done.stderr  # (ended by the command itself)
    inside = tmp_path / "in-process"
    capsys.readouterr()
    assert (
        main(["extract", str(inside / "seeds"), *args[1:2], str(inside / args[2]), *args[3:]]) == 0
    )
    expected = capsys.readouterr().out
    assert _without_timing(done.stdout) == _without_timing(expected)
    assert "  events:\n" in done.stdout and done.stdout.endswith("\n")
    written = (tmp_path / "program" / "timeline.yaml").read_bytes()
    assert written == (inside / "timeline.yaml").read_bytes()
    # A run that finds problems still says what it would add, and exits 1.
    again = _program(tmp_path / "program", "seeds", "missing.txt", "--dry-run", *args[1:])
    assert again.returncode == 1
    assert "missing.txt: no such file or folder" in again.stderr
    assert "would add 0 article(s)" in again.stdout
