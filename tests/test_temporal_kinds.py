"""bench/timeml_kinds.py sorts value errors into disjoint kinds: each error gets the first kind
whose test it passes, so a gold that only leaves out what newsline says is never counted as a
wrong week or year."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from timeml_kinds import KINDS, kind_of, main


@pytest.mark.parametrize(
    ("text", "gold_type", "gold", "system_type", "system", "kind"),
    [
        ("1968", "DATE", "1968-XX", "DATE", "1968", "gold underspecified or unpadded"),
        ("this week", "DATE", "2000-W6", "DATE", "2000-W06", "gold underspecified or unpadded"),
        ("1980s", "DATE", "198X", "DATE", "198", "gold underspecified or unpadded"),
        (
            "midnight Friday",
            "TIME",
            "1989-10-27T24",
            "TIME",
            "1989-10-27T24:00",
            "gold underspecified or unpadded",
        ),
        ("last week", "DATE", "2000-W7", "DATE", "2000-W05", "weeks"),
        (
            "Friday night",
            "DATE",
            "2000-01-07TEV",
            "DATE",
            "2000-01-07",
            "part of the day kept or not",
        ),
        ("a year ago", "DATE", "1988", "DATE", "1988-Q3", "quarters and year-ago periods"),
        ("Thursday", "DATE", "2000-01-06", "DATE", "2000-01-13", "weekday: which week"),
        (
            "recent years",
            "DATE",
            "PAST_REF",
            "DURATION",
            "PXY",
            "PAST_REF / FUTURE_REF vs a vague amount",
        ),
        ("A day earlier", "DURATION", "P1D", "DATE", "1990-08-15", "duration vs date"),
        ("10 p.m", "TIME", "1998-10-23T22:00", "TIME", "1999-04-19T22:00", "clock time: which day"),
        ("Aug. 6", "DATE", "1997-08-06", "DATE", "1998-08-06", "month or day: which year"),
        ("year-end", "DATE", "1989-12-31", "DATE", "1989", "other"),
    ],
)
def test_each_error_gets_its_kind(
    text: str, gold_type: str, gold: str, system_type: str, system: str, kind: str
) -> None:
    assert kind_of(text, gold_type, gold, system_type, system) == kind


def test_every_error_has_a_kind() -> None:
    assert KINDS[-1][0] == "other"
    assert kind_of("whenever", "DATE", "2001", "DURATION", "P1Y") == "duration vs date"


@pytest.mark.parametrize("split", ["heldout", "all"])
def test_the_held_out_split_is_never_sorted_into_kinds(split: str) -> None:
    # It is scored only: even its counts by kind would steer the rules.
    with pytest.raises(SystemExit) as refused:
        main(["--split", split])
    assert refused.value.code == 2
