"""Kinds of expression found by running wire-style phrasings through the tagger (round DV,
2026-12-01): award titles named for a year, a plural part of the day shared by a list of
weekdays, years written with two digits, clock times written with a dot."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.temporal import tag

OCTOBER_1998 = dt.date(1998, 10, 21)  # a Wednesday


def found(text: str, published: dt.date | None = OCTOBER_1998) -> list[tuple[str, str, str]]:
    """``(text, type, value)`` of every expression tagged in ``text``."""
    return [(t.text, t.type, t.value) for t in tag(text, published)]


@pytest.mark.parametrize(
    "text",
    [
        "He was named Player of the Year by the league.",
        "The coach of the year award went to a newcomer.",
        "The magazine chose its Person of the Year.",
        "Critics called it the album of the year.",
    ],
)
def test_an_award_named_for_the_year_is_no_date(text: str) -> None:
    assert found(text) == []


def test_the_year_after_other_words_is_still_the_year() -> None:
    assert found("Profit for the rest of the year will be weak.") == [("the year", "DATE", "1998")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New flights leave on Monday and Tuesday nights.",
         [("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
        ("The market opens Saturday, Sunday or Monday mornings.",
         [("Saturday", "SET", "XXXX-WXX-6TMO"), ("Sunday", "SET", "XXXX-WXX-7TMO"),
          ("Monday mornings", "SET", "XXXX-WXX-1TMO")]),
    ],
)  # fmt: skip
def test_a_plural_part_of_the_day_after_a_list_of_weekdays_makes_each_recur(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_a_list_of_weekdays_with_one_night_stays_dates() -> None:
    assert found("They met on Monday and Tuesday night.") == [
        ("Monday", "DATE", "1998-10-19"),
        ("Tuesday night", "DATE", "1998-10-20"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left the party in '92 and returned in '95.",
         [("'92", "DATE", "1992"), ("'95", "DATE", "1995")]),
        ("The \u201996 election was close.", [("\u201996", "DATE", "1996")]),
        # The century that puts the year nearest publication, up to ten years ahead.
        ("The games are planned for '04.", [("'04", "DATE", "2004")]),
        ("She graduated with the class of '09.", [("'09", "DATE", "1909")]),
    ],
)  # fmt: skip
def test_a_year_written_with_two_digits(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said '92 people died,' the chief said.",  # a quotation opening on a count
        "Prices rose in the late '80s.",  # a decade, its own rule
    ],
)
def test_an_apostrophe_and_two_digits_that_are_no_year(text: str) -> None:
    assert not any(value in ("1992", "1980") for _, _, value in found(text))


def test_a_two_digit_year_needs_a_publication_date() -> None:
    assert found("He left the party in '92.", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast came at 8.30pm.", ("8.30pm", "TIME", "1998-10-21T20:30")),
        ("The talks ended at 11.15 a.m. Tuesday.",
         ("11.15 a.m. Tuesday", "TIME", "1998-10-20T11:15")),
    ],
)  # fmt: skip
def test_a_clock_time_written_with_a_dot(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(text)


def test_a_decimal_number_is_no_clock_time() -> None:
    assert found("The shares rose 8.30 points.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was arrested the day after Christmas.",
         ("the day after Christmas", "DATE", "1997-12-26")),
        ("The day before last Tuesday's hearing, he met them.",
         ("The day before last Tuesday", "DATE", "1998-10-19")),
        ("They met the day after Monday's election.",
         ("the day after Monday", "DATE", "1998-10-20")),
        ("They met the day before March 3.", ("the day before March 3", "DATE", "1998-03-02")),
    ],
)  # fmt: skip
def test_the_day_before_or_after_a_day_is_one_expression(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert found(text) == [expected]


def test_the_day_before_a_month_or_an_event_is_no_day() -> None:
    assert found("They met the day after March.") == [("March", "DATE", "1998-03")]
    assert found("They met the day before the election.") == []


def test_may_day_is_the_first_of_may() -> None:
    assert found("Workers marched in May Day rallies.") == [("May Day", "DATE", "1998-05-01")]
