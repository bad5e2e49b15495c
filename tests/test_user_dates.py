"""Dates people type or pages carry: tui.model.user_dates.parse_user_date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from tui.model.dates import DateError, parse_event_date
from tui.model.user_dates import UserDate, UserDateError, parse_user_date

BASE = dt.datetime(2023, 9, 15, 12, 0)


@pytest.mark.parametrize(
    ("text", "edtf", "precision"),
    [
        ("2023", "2023", "year"),
        ("August 2023", "2023-08", "month"),
        ("Aug 2023", "2023-08", "month"),
        ("2023-08", "2023-08", "month"),
        ("14 Aug 2023", "2023-08-14", "day"),
        ("22/03/2013", "2013-03-22", "day"),
        ("Mon Mar 2, 2009 4:23 pm EST", "2009-03-02", "time"),
        ("2023-09-10?", "2023-09-10?", "day"),
        ("2023-08-01/2023-08-10", "2023-08-01/2023-08-10", "day"),
    ],
)
def test_absolute_dates_keep_the_typed_precision(text: str, edtf: str, precision: str) -> None:
    found = parse_user_date(text, base=BASE)
    assert (found.edtf, found.precision, found.text) == (edtf, precision, text)
    parse_event_date(found.edtf)  # what is stored is what `check` accepts


@pytest.mark.parametrize(
    ("text", "edtf", "precision"),
    [
        ("3 days ago", "2023-09-12", "day"),
        ("yesterday", "2023-09-14", "day"),
        ("today", "2023-09-15", "day"),
        # The week before BASE's, Monday to Sunday.
        ("last week", "2023-09-04/2023-09-10", "week"),
        # A month without a year is the one just gone, not next year's.
        ("August", "2023-08", "month"),
        ("since August", "2023-08/2023-09-15", "month"),
    ],
)
def test_relative_dates_resolve_against_base(text: str, edtf: str, precision: str) -> None:
    found = parse_user_date(text, base=BASE)
    assert (found.edtf, found.precision) == (edtf, precision)


def test_relative_dates_follow_the_base_they_are_given() -> None:
    assert parse_user_date("3 days ago", base=dt.date(2020, 3, 2)).edtf == "2020-02-28"


@pytest.mark.parametrize(
    ("text", "edtf", "precision"),
    [
        ("early August 2023", "2023-08-01/2023-08-10", "day"),
        ("mid-September 2023", "2023-09-11/2023-09-20", "day"),
        ("late February 2024", "2024-02-21/2024-02-29", "day"),
        ("late 2023", "2023-09/2023-12", "month"),
        ("Sep 2023 - Oct 2023", "2023-09/2023-10", "month"),
        ("Sep 2023 \u2013 Oct 2023", "2023-09/2023-10", "month"),
        ("from 2 March 2009 to 5 March 2009", "2009-03-02/2009-03-05", "day"),
        ("between 3 and 5 August 2023", "2023-08-03/2023-08-05", "day"),
        ("2022 - 2023", "2022/2023", "year"),
    ],
)
def test_ranges(text: str, edtf: str, precision: str) -> None:
    found = parse_user_date(text, base=BASE)
    assert (found.edtf, found.precision) == (edtf, precision)
    assert found.event_date().is_range


@pytest.mark.parametrize(
    ("text", "languages", "edtf"),
    [
        ("2 марта 2009", ["ru"], "2009-03-02"),
        ("2 марта 2009", None, "2009-03-02"),
        ("10 сентября", None, "2023-09-10"),
        ("9월 10일", None, "2023-09-10"),
        ("el 10 de septiembre", ["es"], "2023-09-10"),
        ("el 10 de septiembre", None, "2023-09-10"),
        # With a language hint, day/month order follows that language.
        ("03/04/2013", ["fr"], "2013-04-03"),
        ("03/04/2013", None, "2013-03-04"),
    ],
)
def test_other_languages(text: str, languages: list[str] | None, edtf: str) -> None:
    assert parse_user_date(text, base=BASE, languages=languages).edtf == edtf


def test_an_unknown_language_hint_falls_back_to_english() -> None:
    assert parse_user_date("yesterday", base=BASE, languages=["xx"]).edtf == "2023-09-14"


@pytest.mark.parametrize("text", ["blah", "next to nothing", "5", "", "   ", "early 14 Aug 2023"])
def test_what_cannot_be_read_is_an_error_quoting_it_never_today(text: str) -> None:
    with pytest.raises(UserDateError) as raised:
        parse_user_date(text, base=BASE)
    if text.strip():
        assert repr(text.strip()) in raised.value.message
    assert raised.value.hint


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("February 30, 2023", "2023-02-30"),
        ("31/04/2023", "2023-04-31"),
        ("29 February 2023", "2023-02-29"),
        ("2023-02-30", "2023-02-30"),
        ("2023-13", "2023-13"),
    ],
)
def test_impossible_dates_get_the_message_check_gives(text: str, iso: str) -> None:
    with pytest.raises(DateError) as expected:
        parse_event_date(iso)
    with pytest.raises(UserDateError) as raised:
        parse_user_date(text, base=BASE)
    assert expected.value.message in raised.value.message
    assert raised.value.hint == expected.value.hint
    assert repr(text) in raised.value.message or text == iso


def test_an_interval_that_ends_before_it_starts_is_refused_as_check_refuses_it() -> None:
    with pytest.raises(UserDateError) as raised:
        parse_user_date("Oct 2023 - Sep 2023", base=BASE)
    assert "ends before it starts" in raised.value.message
    assert "2023-09/2023-10" in raised.value.hint


def test_a_user_date_knows_its_first_day() -> None:
    found = parse_user_date("early August 2023", base=BASE)
    assert isinstance(found, UserDate)
    assert found.first_day() == dt.date(2023, 8, 1)
    assert found.event_date().last_day == dt.date(2023, 8, 10)


def test_dateparser_is_imported_only_when_a_date_is_read() -> None:
    """The reader and the model must not pay for dateparser at start."""
    code = (
        "import sys; import tui.app.app, tui.model.user_dates, tui.cli; "
        "print('dateparser' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "False"
