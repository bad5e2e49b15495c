"""Run every benchmark in bench/ one after another and print their figures.

Each benchmark compares against a baseline measured in the same run, so the ratios hold on a
shared, noisy machine. Benchmarks that need ../shared say so and skip.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run ``bench_*.py``, ``timeml_score.py`` and ``tls_score.py`` here; the worst exit code."""
    scripts = [*sorted(HERE.glob("bench_*.py")), HERE / "timeml_score.py", HERE / "tls_score.py"]
    worst = 0
    for script in scripts:
        print(f"\n=== {script.name}", flush=True)
        result = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, check=False)
        worst = max(worst, result.returncode)
    return worst


if __name__ == "__main__":
    raise SystemExit(main())
