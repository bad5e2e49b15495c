"""``newsline extract`` ends without walking what it leaves (issue 8: the whole command's
time): what is alive at exit is frozen out of the cyclic collector's sight, and only at exit."""

from __future__ import annotations

import gc
import shutil
import subprocess
import sys
from pathlib import Path

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
