"""Cost of `newsline import`'s libraries and its speed: prints figures, asserts nothing.

    python bench/bench_import.py [--pages 200]

Each library's import time is measured in a fresh interpreter (min of 3); then N generated
pages, a feed of N entries and N JSON lines are imported into a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from import_samples import PAGE_OPEN_GRAPH  # noqa: E402

STATEMENTS = {
    "trafilatura": "import trafilatura",
    "htmldate": "import htmldate",
    "feedparser": "import feedparser",
    "dateparser": "import dateparser",
    "py3langid (+ model)": "import py3langid; py3langid.classify('x')",
    "anyascii": "import anyascii; anyascii.anyascii('Ким')",
    "tui.app.app (reader)": "import tui.app.app",
}


def import_seconds(statement: str) -> float:
    best = float("inf")
    for _ in range(3):
        code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        best = min(best, float(out.stdout.strip()))
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args()
    for name, statement in STATEMENTS.items():
        print(f"import {name:24s} {import_seconds(statement) * 1000:8.0f} ms (min of 3)")
    n = args.pages
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sources = root / "in"
        sources.mkdir()
        for i in range(n):
            page = (
                PAGE_OPEN_GRAPH.replace("Kim arrives", f"Story {i}: Kim arrives")
                .replace("officials said", f"officials said in statement {i}")
                .replace("kim-arrives", f"kim-arrives-{i}")
            )
            (sources / f"page{i}.html").write_text(page, encoding="utf-8")
        items = [
            {
                "title": f"Item {i}",
                "text": f"Story number {i} happened on Monday in town {i}.",
                "published": "Mon Mar 2, 2009 4:23 pm EST",
                "url": f"https://e.com/{i}",
            }
            for i in range(n)
        ]
        (sources / "items.jsonl").write_text(
            "\n".join(json.dumps(item) for item in items), encoding="utf-8"
        )
        for label, names in (
            ("pages", [f"page{i}.html" for i in range(n)]),
            ("json lines", ["items.jsonl"]),
        ):
            work = root / label.replace(" ", "-")
            work.mkdir()
            started = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "tui",
                    "import",
                    *[str(sources / m) for m in names],
                    "--timeline",
                    str(work / "timeline.yaml"),
                ],
                check=True,
                capture_output=True,
                cwd=ROOT,
            )
            elapsed = time.perf_counter() - started
            print(f"import {n} {label:10s}: {elapsed:6.2f} s whole command ({n / elapsed:6.1f}/s)")


if __name__ == "__main__":
    main()
