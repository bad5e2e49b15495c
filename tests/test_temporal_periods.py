"""Periods named with their year, ranges said once, final units and clock times in a clause:
kinds found by writing phrasings of issue 13's misses, each with several phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.temporal import tag

MARCH_1998 = dt.date(1998, 3, 4)  # a Wednesday in the first quarter


def found(text: str, published: dt.date = MARCH_1998) -> list[tuple[str, str, str]]:
    """``(text, type, value)`` of every expression tagged in ``text``."""
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The year said after a numbered period is its year; the year stays its own DATE.
        ("Sales will rise in the second half of next year.",
         [("the second half", "DATE", "1999-H2"), ("next year", "DATE", "1999")]),
        ("Sales will rise in the second half of this year.",
         [("the second half", "DATE", "1998-H2"), ("this year", "DATE", "1998")]),
        ("Profit rose in the fourth quarter of last year.",
         [("the fourth quarter", "DATE", "1997-Q4"), ("last year", "DATE", "1997")]),
        ("Profit rose in the first quarter last year.",
         [("the first quarter", "DATE", "1997-Q1"), ("last year", "DATE", "1997")]),
        ("Sales rose in last year's fourth quarter.",
         [("last year's fourth quarter", "DATE", "1997-Q4")]),
        # A year in the possessive is the numbered period's year, and no decade.
        ("Sales fell in fiscal 1990's first quarter.",
         [("fiscal 1990", "DATE", "1990"), ("first quarter", "DATE", "1990-Q1")]),
        ("Profit will rise in 1990's second half.",
         [("1990", "DATE", "1990"), ("second half", "DATE", "1990-H2")]),
        ("The 1980's were good.", [("The 1980's", "DATE", "198")]),
        # "N years earlier" counts back from the year its sentence names, "ago" from today.
        ("Aid was 39% of the fiscal 1996 budget, down from 42% a year earlier.",
         [("fiscal 1996", "DATE", "1996"), ("a year earlier", "DATE", "1995")]),
        ("Trade hit $9 billion in 1995, from $6 billion two years earlier.",
         [("1995", "DATE", "1995"), ("two years earlier", "DATE", "1993")]),
        ("Sales rose 5% from a year earlier.", [("a year earlier", "DATE", "1997")]),
        ("Trade hit $9 billion in 1995, up from two years ago.",
         [("1995", "DATE", "1995"), ("two years ago", "DATE", "1996")]),
        ("Debt will peak in the final quarter of this year.",
         [("the final quarter", "DATE", "1998-Q4"), ("this year", "DATE", "1998")]),
        # A half of a month or a decade is none of the year's halves.
        ("Rain fell in the second half of March.", [("March", "DATE", "1998-03")]),
        ("It grew in the first half of the 1990s.", [("the 1990s", "DATE", "199")]),
        # Without a year said, the running period and "year-earlier" keep their meaning.
        ("Sales rose in the year-earlier fourth quarter.",
         [("the year-earlier fourth quarter", "DATE", "1996-Q4")]),
    ],
)  # fmt: skip
def test_a_numbered_period_takes_the_year_said_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bombs fell on August 6 and 9, 1945.",
         [("August 6", "DATE", "1945-08-06"), ("9, 1945", "DATE", "1945-08-09")]),
        ("The fair ran March 7-8, 1997.",
         [("March 7", "DATE", "1997-03-07"), ("8, 1997", "DATE", "1997-03-08")]),
        ("The fair ran between March 7 and 9, 1997.",
         [("March 7", "DATE", "1997-03-07"), ("9, 1997", "DATE", "1997-03-09")]),
        # Without a year the days keep the nearest one, as before.
        ("The summit met on April 24 and 25.",
         [("April 24", "DATE", "1998-04-24"), ("25", "DATE", "1998-04-25")]),
    ],
)  # fmt: skip
def test_the_year_said_once_at_the_end_of_a_day_range_is_both_days(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It could take two to three weeks.", [("two to three weeks", "DURATION", "P3W")]),
        ("Talks are due within the next two or three months.",
         [("the next two or three months", "DURATION", "P3M")]),
        ("Prices doubled in the past 10 to 15 years.",
         [("the past 10 to 15 years", "DURATION", "P15Y")]),
        ("Certification could take four or five days.",
         [("four or five days", "DURATION", "P5D")]),
        # Not a range: a year then a length, or a lower bound above the upper one.
        ("They were sentenced in 1995 to 15 years in prison.",
         [("1995", "DATE", "1995"), ("15 years", "DURATION", "P15Y")]),
        ("It dropped from three to two days.", [("two days", "DURATION", "P2D")]),
    ],
)  # fmt: skip
def test_a_range_of_counts_is_one_duration(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wages lost ground in the last decade.", [("the last decade", "DATE", "198")]),
        ("Seas will rise over the next century.", [("the next century", "DATE", "20")]),
        ("He has been in Bethesda for the last week.", [("the last week", "DATE", "1998-W09")]),
        # The final unit of something is no date ("the last week of April" is in April).
        ("2012, the last year covered by the pact, ended.", [("2012", "DATE", "2012")]),
        ("Prices jumped during the last week before the changeover.", []),
        ("They met in the last week of April.", [("April", "DATE", "1998-04")]),
        ("It was the last month that sales rose.", []),
    ],
)  # fmt: skip
def test_the_last_or_next_unit_keeps_its_the_and_the_final_one_is_no_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police came on the morning of Feb. 27, he said.",
         [("the morning of Feb. 27", "TIME", "1998-02-27TMO")]),
        ("He did not surrender until the afternoon of Feb. 17.",
         [("the afternoon of Feb. 17", "TIME", "1998-02-17TAF")]),
        ("The raid lasted until early morning of March 2.",
         [("early morning of March 2", "TIME", "1998-03-02TMO")]),
        ("They met on the evening of March 3, 1997.",
         [("the evening of March 3, 1997", "TIME", "1997-03-03TEV")]),
        # "the night of ..." stays the day, as "Friday night" does; a month alone is a month.
        ("He was shot on the night of Feb. 23.", [("Feb. 23", "DATE", "1998-02-23")]),
        ("It rained on the evening of March.", [("March", "DATE", "1998-03")]),
    ],
)  # fmt: skip
def test_a_part_of_a_named_day_is_a_time(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day named after a comma is another clause's: the quote is on the story's day.
        ("At 5 p.m., the dollar was quoted at 119 yen, against 118 yen late Tuesday.",
         [("5 p.m.", "TIME", "1998-03-04T17:00"), ("late Tuesday", "DATE", "1998-03-03")]),
        # A day right after the time, or before it in the sentence, is its day.
        ("The blast came at about 10:35 a.m. (0735 GMT) Friday.",
         [("10:35 a.m.", "TIME", "1998-02-27T10:35"), ("0735 GMT", "TIME", "1998-02-27T07:35"),
          ("Friday", "DATE", "1998-02-27")]),
        ("On Monday, at 3 p.m., the vote began.",
         [("Monday", "DATE", "1998-03-02"), ("3 p.m.", "TIME", "1998-03-02T15:00")]),
        ("Shortly after mid-day Tuesday, he left.",
         [("mid-day Tuesday", "TIME", "1998-03-03T12:00")]),
    ],
)  # fmt: skip
def test_a_clock_time_takes_the_day_of_its_own_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police sealed off the 1600 block of Main Street.", []),
        ("It happened in the 2000 block of North Avenue.", []),
        ("In 1998 block of flats were built.", [("1998", "DATE", "1998")]),
        ("He was with his 17-year- old daughter.", []),
        ("Two thousand troops arrived; about two thousand people fled.", []),
        ("The law took effect in two thousand one.", [("two thousand one", "DATE", "2001")]),
        ("The mill was built in the 1800s.", [("the 1800s", "DATE", "18")]),
        ("Talks resume by spring next year.", [("spring next year", "DATE", "1999-SP")]),
    ],
)  # fmt: skip
def test_numbers_that_are_no_years_and_years_that_are(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected
