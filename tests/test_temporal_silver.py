"""The hand-corrected silver sample (bench/silver_gold/gold.tsv) is well formed: offsets only,
sorted, non-overlapping, with TIMEX3 types and values the scorer can compare; and, where
../shared is present, each article is the text the offsets were written for."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
GOLD = BENCH / "silver_gold" / "gold.tsv"
SILVER = Path(__file__).resolve().parent.parent.parent / "shared" / "timeml" / "silver"
_VALUE = re.compile(
    r"(?:\d{4}|X{4}|\d{2,3})(?:-(?:\d\d|XX|Q\d|H\d|SP|SU|FA|WI|W\d\d))?(?:-\d\d|-XX)?"
    r"(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?|P[\dXT.YMWDHSQE]+|(?:PRESENT|PAST|FUTURE)_REF"
)


def _rows() -> list[list[str]]:
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_the_sample_is_large_enough_and_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 300 and len({row[0] for row in rows}) >= 30
    previous: dict[str, int] = {}
    for name, digest, start, end, kind, value, correction in rows:
        assert re.fullmatch(r"[0-9a-f]{12}", digest)
        assert 0 <= int(start) < int(end), (name, start, end)
        assert int(start) >= previous.get(name, 0), f"{name}: overlapping or unsorted at {start}"
        previous[name] = int(end)
        assert kind in ("DATE", "TIME", "DURATION", "SET")
        assert _VALUE.fullmatch(value), (name, start, value)
        assert correction in ("kept", "value", "span", "span+value", "added")


@pytest.mark.shared
@pytest.mark.skipif(not SILVER.is_dir(), reason="needs ../shared/timeml/silver")
def test_the_offsets_fit_the_articles() -> None:
    sys.path.insert(0, str(BENCH))
    from timeml_score import load_silver_gold

    documents = load_silver_gold(GOLD, SILVER)  # exits if an article's text changed
    assert documents is not None
    for document in documents:
        for timex in document.timexes:
            expression = document.text[timex.start : timex.end]
            assert expression and expression == expression.strip(), (document.name, timex)
