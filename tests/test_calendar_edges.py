"""Publication dates at the edges of the calendar: relative expressions never overflow, and no
value leaves the four-digit years TIMEX3 can write (``10000-01``) or changes granularity."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from tui.cli import main
from tui.extract.temporal import tag
from tui.model.timex import value_range

RELATIVE = (
    "Last week it rained. Tomorrow it will not. Yesterday was dry. Next year, next month, "
    "last year, in two years, next decade, the next century, next quarter, last weekend. "
    "Two years ago. In three months. The following year. Monday. At 3 p.m. tomorrow. "
    "Next summer and last winter. Two weeks later. Five centuries ago. The year-ago quarter."
)
EDGES = [dt.date(1, 1, 1), dt.date(1, 1, 6), dt.date(9999, 12, 31), dt.date(9999, 12, 25)]
# A value's granularity is in the length of its leading digits: 4 a year, 3 a decade, 2 a century.
_LEADING = re.compile(r"^(\d+)")


def _valid(value: str) -> bool:
    leading = _LEADING.match(value)
    if leading is None:
        return True  # XXXX-..., P2Y, PAST_REF
    digits = leading.group(1)
    if len(digits) == 4:
        return int(digits) >= 1 and (value_range(value) is not None or "-" not in value[4:5])
    return len(digits) in (2, 3) and value == digits


@pytest.mark.parametrize("published", EDGES, ids=str)
def test_relative_dates_at_the_edges_stay_in_the_calendar(published: dt.date) -> None:
    found = tag(RELATIVE, published)
    assert found, "the expressions are still tagged"
    bad = [(t.text, t.value) for t in found if not _valid(t.value)]
    assert not bad


def test_past_the_last_year_values_are_underspecified() -> None:
    values = {t.text.lower(): t.value for t in tag(RELATIVE, dt.date(9999, 12, 31))}
    assert values["tomorrow"] == "XXXX-XX-XX"
    assert values["next year"] == "XXXX"
    assert values["next month"] == "XXXX-XX"
    assert values["next decade"] == "XXXX"  # not "1000", which would read as the year 1000
    assert values["last year"] == "9998"  # what can be resolved still is


def test_before_the_first_year_values_are_underspecified() -> None:
    values = {t.text.lower(): t.value for t in tag(RELATIVE, dt.date(1, 1, 1))}
    assert values["yesterday"] == "XXXX-XX-XX"
    assert values["last year"] == "XXXX"
    assert values["tomorrow"] == "0001-01-02"


def test_early_years_keep_four_digits() -> None:
    # "last year" from 0999 is the year 0998, not the decade "998" (the 9980s).
    found = tag("Last year and next decade.", dt.date(999, 6, 1))
    values = {t.text.lower(): t.value for t in found}
    assert values == {"last year": "0998", "next decade": "100"}


def test_huge_amounts_do_not_leave_the_calendar() -> None:
    found = tag("It began 9000 years ago and ends 9000 years from now.", dt.date(2024, 1, 1))
    assert all(_valid(t.value) and not t.value.startswith("-") for t in found), found


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_dates_command_at_the_edges(
    published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(RELATIVE, encoding="utf-8")
    assert main(["dates", str(path), "--published", published, "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records
    assert all(_valid(record["value"]) for record in records)


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_extract_at_the_edges(
    published: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        RELATIVE + " The convoy is expected to take two days to arrive.", encoding="utf-8"
    )
    timeline = tmp_path / "timeline.yaml"
    args = ["extract", "--timeline", str(timeline), "--published", published, str(tmp_path)]
    assert main([*args, "--dry-run"]) == 0
    assert main(args) == 0
    assert main(["check", str(timeline)]) == 0
    capsys.readouterr()
    dates = re.findall(r"^    date: (\S+)$", timeline.read_text(encoding="utf-8"), re.M)
    assert dates
    assert all(re.fullmatch(r"\d{4}(-\d\d){0,2}(/\d{4}(-\d\d){0,2})?", date) for date in dates)
