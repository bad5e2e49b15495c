"""Which way a date without a year or week points: the tense around it, read with care."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.temporal import tag

WEDNESDAY = dt.date(2023, 9, 13)


def value_of(text: str, span: str, published: dt.date = WEDNESDAY) -> str:
    """The value of the expression ``span`` tagged in ``text``."""
    found = {timex.text: timex.value for timex in tag(text, published)}
    assert span in found, found
    return found[span]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A participle after "be" is a passive, not a past tense (issue 9: "will be held").
        ("The summit will be held Friday in Geneva.", "2023-09-15"),
        ("The vote is to be held on Monday.", "2023-09-18"),
        ("Elections would be held Sunday, officials said.", "2023-09-17"),
        ("The meeting was held Friday.", "2023-09-08"),
        ("The meeting has been held Friday.", "2023-09-08"),
        # A plan in the past perfect is over.
        ("The offer had been due to expire Friday evening.", "2023-09-08TEV"),
        ("The offer had been scheduled to expire Friday.", "2023-09-08"),
        ("The offer is due to expire Friday.", "2023-09-15"),
        # The plural present of a scheduled event.
        ("He and Arafat meet separately Monday with Albright.", "2023-09-18"),
        ("They agreed to meet Monday.", "2023-09-11"),
        # "have" after "to" or a modal is no perfect tense (silver: "I may propose to have
        # some kind of meeting ... before March" in a December story is the next March).
        ("I will propose to have a meeting Friday.", "2023-09-15"),
        ("They have met Friday.", "2023-09-08"),
    ],
)
def test_the_tense_of_the_verb_sets_a_weekday(text: str, value: str) -> None:
    weekday = next(t for t in tag(text, WEDNESDAY) if t.value.startswith("2023-09"))
    assert weekday.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They would look for ways to get around Wednesday's ruling.", "2023-09-13"),
        ("Relatives condemned Tuesday's ruling.", "2023-09-12"),
        ("Markets rallied ahead of Friday's jobs report.", "2023-09-15"),
    ],
)
def test_a_weekday_in_the_possessive_is_news_already_reported(text: str, value: str) -> None:
    assert tag(text, WEDNESDAY)[0].value == value


def test_adjectives_in_ed_are_not_past_tenses() -> None:
    march = dt.date(1998, 3, 4)
    text = "The dividend will be paid on a still unspecified date in January."
    assert value_of(text, "January", dt.date(1989, 10, 26)) == "1990-01"
    text = "Qantas will double its flights by August in the search for markets untouched by it."
    assert value_of(text, "August", march) == "1998-08"
    text = "Collins will be named commander of the shuttle for a mission in December."
    assert value_of(text, "December", march) == "1998-12"
    # A past tense still points back.
    assert value_of("The firm unveiled its plan in January.", "January", march) == "1998-01"


def test_the_same_period_last_year_is_a_year_before_the_running_quarter() -> None:
    published = dt.date(1989, 11, 1)
    text = "It lost $1 million in the third quarter, against a profit in the same period last year."
    assert value_of(text, "the same period", published) == "1988-Q3"
    assert value_of(text, "last year", published) == "1988"


def test_a_forecast_quarter_is_not_the_quarter_the_figures_are_about() -> None:
    published = dt.date(1989, 10, 26)
    text = (
        "Bethlehem earned $46.9 million in the third quarter. Analysts expect losses through "
        "the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million."
    )
    assert value_of(text, "the third quarter of 1990", published) == "1990-Q3"
    assert value_of(text, "the year-ago period", published) == "1988-Q3"


def test_smaller_readings() -> None:
    assert value_of("Islam will one day be the second largest religion.", "one day") == (
        "FUTURE_REF"
    )
    assert value_of("They waited one day.", "one day") == "P1D"
    published = dt.date(1989, 11, 2)
    assert value_of(
        "Shares were up at mid-afternoon yesterday.", "mid-afternoon yesterday", published
    ) == ("1989-11-01TAF")
    text = "Earnings will be lower for the last half of 1989."
    assert value_of(text, "the last half of 1989", published) == "1989-H2"


@pytest.mark.parametrize(
    "text",
    [
        "Exports of Christmas commodities made in Guangdong fell.",
        "Shops sold Christmas trees and Easter eggs.",
        "Ministers Janos Martonyi and Jan Kavan signed the treaty.",
        "The rebels were led by Mullah Sher Jan, officials said.",
    ],
)
def test_holiday_goods_and_names_are_not_dates(text: str) -> None:
    assert tag(text, WEDNESDAY) == []


def test_a_holiday_and_the_month_abbreviation_are_still_dates() -> None:
    assert value_of("Stores were busy over Christmas.", "Christmas") == "2022-12-25"
    assert value_of("Easter service was held at the church.", "Easter") == "2023-04-09"
    assert value_of("Sales rose in Jan 1999.", "Jan 1999") == "1999-01"
    assert value_of(
        "Prices rose 1% in August, against 2% in the prior month.", "the prior month"
    ) == ("2023-07")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "January nineteen ninety-seven. Atlanta again.",
            "January nineteen ninety-seven",
            "1997-01",
        ),
        (
            "Prices fell in the winter of nineteen ninety-four.",
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
        ("It opened in March two thousand and one.", "March two thousand and one", "2001-03"),
        ("A hearing is set for the week of March 6.", "the week of March 6", "2024-W10"),
        ("The summit met on April 24 and 25.", "25", "2023-04-25"),
        ("Talks ran from Sept. 4 to 8.", "8", "2023-09-08"),
    ],
)
def test_spelled_years_weeks_of_a_day_and_day_ranges(text: str, span: str, value: str) -> None:
    assert value_of(text, span) == value


@pytest.mark.parametrize(
    "text", ["He scored 24 and 25 points.", "Rates rose 3 to 5 percent.", "It won 2-1 on Sept. 4."]
)
def test_numbers_in_ranges_without_a_month_are_not_days(text: str) -> None:
    assert all(t.text[0].isalpha() for t in tag(text, WEDNESDAY))


@pytest.mark.parametrize(
    ("text", "span", "published", "value"),
    [
        ("Visas got harder following Sept. 11.", "Sept. 11", dt.date(2006, 11, 20), "2001-09-11"),
        ("The deadline is Sept. 11.", "Sept. 11", dt.date(2006, 11, 20), "2006-09-11"),
        (
            "Demand peaks in the coming winter.",
            "the coming winter",
            dt.date(2006, 12, 14),
            "2006-WI",
        ),
        (
            "Demand peaks in the coming winter.",
            "the coming winter",
            dt.date(2007, 1, 10),
            "2007-WI",
        ),
        (
            "The fair, being held Thursday through Saturday, opened.",
            "Saturday",
            WEDNESDAY,
            "2023-09-16",
        ),
        (
            "Growth slowed in the July-September quarter.",
            "the July-September quarter",
            WEDNESDAY,
            "2023-Q3",
        ),
        ("Growth slowed in the June-August period.", "June", WEDNESDAY, "2023-06"),
        (
            "Growth was the slowest since the final quarter in 2005.",
            "the final quarter",
            WEDNESDAY,
            "2005-Q4",
        ),
    ],
)
def test_named_days_seasons_and_quarters(
    text: str, span: str, published: dt.date, value: str
) -> None:
    assert value_of(text, span, published) == value
