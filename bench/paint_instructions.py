"""Instructions to the first frame: the seeds' first paint against a minimal Textual app's,
counted by valgrind (callgrind's ``Ir``), which a busy machine does not change.

On a shared machine the first paint's seconds move by a third from run to run, more than most
changes to the start-up; the instructions the process runs until it writes its first frame
move by well under 1 %. Each program runs in a pseudo-terminal under callgrind and stops
(``os._exit``) as soon as it writes the frame with its marker ("events · " for the reader, the
minimal app's label), through a ``sitecustomize`` module put on its PYTHONPATH. About a
minute per program (callgrind runs it some 50 times slower). Not run by ``make bench``.

    PYTHONPATH=$PWD .venv/bin/python bench/paint_instructions.py
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from command_rows import MINIMAL_APP, MINIMAL_READY, NEWSLINE, PAINTED, ROOT, seeds_folder
from pty_timing import Terminal

STOP_AT_FRAME = """
import os
from textual.drivers.linux_driver import LinuxDriver

_write = LinuxDriver.write
_marker = os.environ["NEWSLINE_STOP_AT"]


def write(self, data):
    _write(self, data)
    if _marker in data:
        self.flush()
        os._exit(0)


LinuxDriver.write = write
"""


def instructions(command: list[str], folder: Path, marker: bytes, hooks: Path) -> float:
    """Millions of instructions ``command`` runs until it writes ``marker`` (in ``folder``)."""
    log = folder / "callgrind.log"
    os.environ["NEWSLINE_STOP_AT"] = marker.decode()
    # The checkout's own tui first (as with PYTHONPATH=$PWD), then the hook.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [*filter(None, os.environ.get("PYTHONPATH", str(ROOT)).split(os.pathsep)), str(hooks)]
    )
    valgrind = [
        shutil.which("valgrind") or "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={folder / 'callgrind.out'}",
        f"--log-file={log}",
    ]
    terminal = Terminal([*valgrind, *command], folder)
    while not os.waitpid(terminal.pid, os.WNOHANG)[0]:
        terminal._read(0.2)
    os.close(terminal.fd)
    found = re.search(r"Collected : (\d+)", log.read_text())
    if found is None:
        raise SystemExit(f"callgrind counted nothing: {log.read_text()[-500:]}")
    return int(found[1]) / 1e6


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts")
        return 0
    os.environ["NEWSLINE_CACHE"] = "off"
    with tempfile.TemporaryDirectory(prefix="newsline-insn-") as name:
        work = Path(name)
        hooks = work / "hooks"
        hooks.mkdir()
        (hooks / "sitecustomize.py").write_text(STOP_AT_FRAME, encoding="utf-8")
        minimal = work / "minimal_app.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        # Not the checkout's folder: `python -m tui` there would import the tui beside it.
        seeds = seeds_folder(work)
        floor = instructions([sys.executable, str(minimal)], work, MINIMAL_READY, hooks)
        ours = instructions([*NEWSLINE, "timeline.yaml"], seeds, PAINTED, hooks)
    print("instructions to the first frame (callgrind Ir, millions)")
    print(f"minimal Textual app   {floor:8.0f}")
    print(f"reader, seeds         {ours:8.0f}   {ours / floor:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
