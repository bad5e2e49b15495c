"""TIMEX3 values become timeline dates in one place, at the value's own precision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.app.new_event import detect_date
from tui.model.dates import parse_event_date
from tui.model.timeline import Article
from tui.model.timex import timex_to_edtf, value_range


@pytest.mark.parametrize(
    ("value", "edtf"),
    [
        ("2023", "2023"),
        ("2023-08", "2023-08"),
        ("2023-09-10", "2023-09-10"),
        ("2023-09-10TNI", "2023-09-10"),
        ("2023-09-10T15:00", "2023-09-10"),
        ("2023-W36", "2023-09-04/2023-09-10"),
        ("2023-W36-WE", "2023-09-09/2023-09-10"),
        ("2023-Q3", "2023-07/2023-09"),
        ("2023-H2", "2023-07/2023-12"),
        ("2023-WI", "2023-12/2024-02"),
        ("2023-AU", "2023-09/2023-11"),
        # Decades and centuries as the tagger writes them, and as some corpora do.
        ("199", "1990/1999"),
        ("199X", "1990/1999"),
        ("19", "1900/1999"),
        ("19XX", "1900/1999"),
    ],
)
def test_timex_values_become_dates_at_their_precision(value: str, edtf: str) -> None:
    assert timex_to_edtf(value) == edtf


@pytest.mark.parametrize(
    "value", ["P2D", "PRESENT_REF", "PAST_REF", "XXXX-08", "XXXX-WXX", "2023-13", "2023-02-30", ""]
)
def test_values_without_a_calendar_time_have_no_date(value: str) -> None:
    assert timex_to_edtf(value) is None


_VALUES = st.one_of(
    st.from_regex(r"\A(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|1\d|2[0-8]))?)?\Z"),
    st.from_regex(r"\A(19|20)\d\d-W(0[1-9]|[1-4]\d|5[0-2])(-WE)?\Z"),
    st.from_regex(r"\A(19|20)\d\d-(Q[1-4]|H[12]|SP|SU|FA|AU|WI)\Z"),
    st.from_regex(r"\A(19|20)(\dX?|XX)?\Z"),
)


@given(_VALUES)
def test_the_date_covers_exactly_the_days_of_the_value(value: str) -> None:
    """The EDTF date and the value range agree, for every kind of value the tagger writes."""
    covered = value_range(value)
    edtf = timex_to_edtf(value)
    assert covered is not None and edtf is not None
    date = parse_event_date(edtf)
    assert (date.first_day, date.last_day) == covered


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Kim will travel to Russia on Sunday.", "2023-09-17"),
        # The reader's new event once dropped weeks, quarters and times of day.
        ("The two leaders will meet next week.", "2023-09-18/2023-09-24"),
        ("Exports fell in the third quarter of 2022.", "2022-07/2022-09"),
        ("No date is named here.", None),
        # A decade or a century is background: the next date in the sentence is the event's.
        ("The ship, unseen in the 1980s, will dock on Sunday.", "2023-09-17"),
        ("The worst flood of the 20th century.", None),
    ],
)
def test_new_event_dates_a_sentence_as_extract_does(sentence: str, date: str | None) -> None:
    article = Article(id="a", path="a.md", published=dt.date(2023, 9, 11), file=Path("a.md"))
    assert detect_date(sentence, article) == date
