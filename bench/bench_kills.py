"""What a kill does to timeline.yaml: SIGKILL ``newsline extract`` at random moments and look.

Each run copies ``seeds/`` and a small hand-written timeline to a temporary folder, starts
``newsline extract --jobs 2`` on them, and kills it with SIGKILL after a random delay within the
time a full run takes. Then it checks, and prints as counts:

- the timeline is byte for byte the original, or a complete new file that loads without errors;
- the temporary files left behind (``.timeline.yaml.PID.*.tmp``), and that the next save
  removes them;
- the extract's pool workers still alive 3 seconds after the kill.

    .venv/bin/python bench/bench_kills.py [--runs 20] [--seed 0]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.model.loader import load_timeline  # noqa: E402
from tui.model.writer import TimelineDocument  # noqa: E402

ORIGINAL = "version: 1\n# written by hand\nevents:\n  - id: mine\n    title: Mine\n"
COMMAND = [sys.executable, "-m", "tui", "extract", "--published", "2023-09-11", "--jobs", "2"]


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != b"Z"


def one_run(folder: Path, delay: float) -> dict[str, int]:
    """Kill one extract after ``delay`` seconds; what it left."""
    path = folder / "timeline.yaml"
    path.write_text(ORIGINAL, encoding="utf-8")
    process = subprocess.Popen(
        [*COMMAND, "--timeline", str(path)],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(3)
    text = path.read_text(encoding="utf-8")
    result = load_timeline(path, resolve_sources=False)
    temps = [p for p in folder.iterdir() if p.name.startswith(".timeline.yaml.")]
    counts = {
        "unchanged": int(text == ORIGINAL),
        "complete new file": int(text != ORIGINAL and not result.errors and "extracted:" in text),
        "damaged": int(text != ORIGINAL and (bool(result.errors) or "extracted:" not in text)),
        "temporaries left": len(temps),
        "workers alive after 3 s": sum(_alive(pid) for pid in workers),
    }
    if temps:  # the next save must clean them up
        document = TimelineDocument.open(path)
        document.mark_extracted(["after-the-kill"])
        document.save()
        counts["temporaries left after the next save"] = sum(
            1 for p in folder.iterdir() if p.name.startswith(".timeline.yaml.")
        )
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the counts over ``--runs`` kills."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        shutil.copytree(ROOT / "seeds", folder / "seeds")
        (folder / "timeline.yaml").write_text(ORIGINAL, encoding="utf-8")
        started = time.perf_counter()
        subprocess.run(
            [*COMMAND, "--timeline", str(folder / "timeline.yaml")], check=True, capture_output=True
        )
        full = time.perf_counter() - started
        totals: dict[str, int] = {}
        for _ in range(options.runs):
            for key, value in one_run(folder, rng.uniform(0.05, full)).items():
                totals[key] = totals.get(key, 0) + value
    print(f"{options.runs} kills of `newsline extract --jobs 2` (a full run takes {full:.1f} s):")
    for key, value in totals.items():
        print(f"  {key}: {value}")
    return 1 if totals.get("damaged") or totals.get("workers alive after 3 s") else 0


if __name__ == "__main__":
    raise SystemExit(main())
