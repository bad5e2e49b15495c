"""Reproduce the choice of the TimeML articles of the events development gold.

    python bench/events_gold/select_articles.py

Only the development split of bench/timeml_score.py is used (every 5th file by sorted name is
held out there), articles of 600 to 5,000 characters of plain text (long enough for three dated
events, short enough to judge every extracted event by hand), sampled per outlet with a fixed
seed so that wire, broadcast, newspaper and financial text are all present.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeml_score import load_tml, split_files

SEED = 9
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "timeml"
# (folder, outlet prefix, how many): a spread of outlets, wsj capped so finance does not dominate.
QUOTAS = (
    ("timebank", "ABC", 2),
    ("timebank", "AP", 1),
    ("timebank", "APW", 4),
    ("timebank", "CNN", 2),
    ("timebank", "NYT", 2),
    ("timebank", "PRI", 2),
    ("timebank", "VOA", 2),
    ("timebank", "ea", 1),
    ("timebank", "wsj", 10),
    ("aquaint", "APW", 7),
    ("aquaint", "NYT", 5),
    ("aquaint", "XIE", 3),
)
MIN_CHARS, MAX_CHARS = 600, 5000


def outlet(name: str) -> str:
    """The outlet prefix of a TimeML file name: letters before the first digit or underscore."""
    match = re.match(r"[A-Za-z]+", name)
    return match.group(0) if match else ""


def select() -> list[Path]:
    """The chosen files, in quota order then sorted name."""
    rng = random.Random(SEED)
    chosen: list[Path] = []
    for folder, prefix, count in QUOTAS:
        pool = [
            path
            for path in split_files(SHARED / folder, "dev")
            if outlet(path.name) == prefix
            and MIN_CHARS <= len(load_tml(path).text.strip()) <= MAX_CHARS
        ]
        chosen.extend(sorted(rng.sample(pool, min(count, len(pool)))))
    return chosen


if __name__ == "__main__":
    if not SHARED.is_dir():
        print(f"skipping: {SHARED} is absent")
        raise SystemExit(0)
    for path in select():
        print(f"{path.parent.name}/{path.name}")
