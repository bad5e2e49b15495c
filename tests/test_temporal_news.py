"""Kinds of expression found by running real news (TE3-silver articles outside the corrected
sample, Timeline17 articles) and phrasings of issue 13's kinds through the tagger (round of
2026-12-01, 03:00)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.temporal import tag

MARCH_1998 = dt.date(1998, 3, 11)  # a Wednesday in the first quarter and half


def found(text: str, published: dt.date | None = MARCH_1998) -> list[tuple[str, str, str]]:
    """``(text, type, value)`` of every expression tagged in ``text``."""
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize("unit", ["year", "decade", "month", "week"])
@pytest.mark.parametrize("published", [MARCH_1998, None])
def test_the_turn_of_a_unit_other_than_a_century_is_no_period(
    unit: str, published: dt.date | None
) -> None:
    # "the turn of the year" once made a DATE without a value, and tag() failed on it.
    text = f"Prices rose at the turn of the {unit}, and again at the turn of the century."
    tagged = found(text, published)
    assert all(value for _, _, value in tagged), tagged
    assert not any(span.startswith("the turn of the " + unit) for span, _, _ in tagged)
    assert ("the turn of the century", "DATE", "2000" if published else "XXXX") in tagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The schools will remain shut for another week.", ("another week", "DURATION", "P1W")),
        ("We will wait another month and see.", ("another month", "DURATION", "P1M")),
        ("It will not be operational for another decade.", ("another decade", "DURATION", "P1E")),
        ("He stays for another two years.", ("another two years", "DURATION", "P2Y")),
        ("He ruled for a quarter of a century.", ("a quarter of a century", "DURATION", "P25Y")),
        ("The dam has stood for three-quarters of a century.",
         ("three-quarters of a century", "DURATION", "P75Y")),
        ("It ended a quarter of a century ago.", ("a quarter of a century ago", "DATE", "1973")),
        ("Attitudes became more liberal in recent decades.",
         ("recent decades", "DURATION", "PXE")),
    ],
)  # fmt: skip
def test_counts_said_without_a_numeral(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_quarter_of_other_things_is_no_duration() -> None:
    assert found("A quarter of the market went to rivals.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bid will be decided by the end of year.", ("the end of year", "DATE", "1998")),
        ("Sales will pick up in the second half of the year.",
         ("the second half", "DATE", "1998-H2")),
        ("Growth slowed in the first quarter of the current year.",
         ("the first quarter", "DATE", "1998-Q1")),
        # "the year before" is no year said after the period: the running one stays.
        ("Sales fell in the fourth quarter the year before.",
         ("the fourth quarter", "DATE", "1997-Q4")),
    ],
)  # fmt: skip
def test_periods_of_the_year(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast struck at 1900 IST.", ("1900 IST", "TIME", "1998-03-11T19:00")),
        ("The talks ended at 2230 CEST Monday.", ("2230 CEST Monday", "TIME", "1998-03-09T22:30")),
        ("Trading opened at 0900 JST.", ("0900 JST", "TIME", "1998-03-11T09:00")),
    ],
)
def test_a_24_hour_time_with_its_zone_is_no_year(text: str, expected: tuple[str, str, str]) -> None:
    tagged = found(text)
    assert expected in tagged
    assert not any(kind == "DATE" for _, kind, _ in tagged)
