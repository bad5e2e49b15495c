"""The temporal tagger on hand-written news sentences (the seed articles' phrasings among them)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from tui.extract.temporal import Timex, tag, value_range

# A Monday, like the seed articles' publication date.
PUBLISHED = dt.date(2023, 9, 11)


def only(text: str, published: dt.date | None = PUBLISHED) -> Timex:
    """The single expression tagged in ``text``."""
    found = tag(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value"),
    [
        (
            "Kim tried to launch a satellite back in April: both attempts failed.",
            "April",
            "DATE",
            "2023-04",
        ),
        ("The two countries exchanged letters back in August.", "August", "DATE", "2023-08"),
        ("UN members met in India this past weekend.", "this past weekend", "DATE", "2023-W36-WE"),
        ("Putin and Kim plan to meet later this month.", "later this month", "DATE", "2023-09"),
        ("The train departed Pyongyang on Sunday night.", "Sunday night", "DATE", "2023-09-10"),
        ("Putin began a trip on Monday.", "Monday", "DATE", "2023-09-11"),
        ("We were hearing last week that this might happen.", "last week", "DATE", "2023-W36"),
        ("It has now been confirmed.", "now", "DATE", "PRESENT_REF"),
        ("Prices rose recently.", "recently", "DATE", "PAST_REF"),
        ("The summit will take place in the near future.", "the near future", "DATE", "FUTURE_REF"),
        ("He resigned on Sept. 3, 1998, after the vote.", "Sept. 3, 1998", "DATE", "1998-09-03"),
        ("The form was filed on 03/04/2021.", "03/04/2021", "DATE", "2021-03-04"),
        (
            "Sales fell in the third quarter of 1998.",
            "the third quarter of 1998",
            "DATE",
            "1998-Q3",
        ),
        ("Profit doubled in fiscal 1998.", "fiscal 1998", "DATE", "1998"),
        ("The industry boomed in the 1990s.", "the 1990s", "DATE", "199"),
        ("The bridge opened in the summer of 1998.", "the summer of 1998", "DATE", "1998-SU"),
        ("The vote is at 3 p.m. today.", "3 p.m. today", "TIME", "2023-09-11T15:00"),
        ("The strike will last two years.", "two years", "DURATION", "P2Y"),
        ("Rates were flat over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("A six-month study began.", "six-month", "DURATION", "P6M"),
        ("The paper is published daily.", "daily", "SET", "P1D"),
        ("Inspectors visit every week.", "every week", "SET", "P1W"),
        ("The deal closed two years ago.", "two years ago", "DATE", "2021"),
        ("The bank said yesterday that it lost money.", "yesterday", "DATE", "2023-09-10"),
        ("The rally was held in May.", "May", "DATE", "2023-05"),
    ],
)
def test_expressions_span_type_and_value(sentence: str, span: str, kind: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, kind, value)
    assert sentence[timex.start : timex.end] == span


def test_the_train_takes_two_days_is_a_duration() -> None:
    timex = only("The train is expected to take two days to arrive in Vladivostok.")
    assert (timex.text, timex.type, timex.value) == ("two days", "DURATION", "P2D")


@pytest.mark.parametrize(
    "sentence",
    [
        "We were hearing rumours.",  # "We" is not Wednesday
        "Mr. May said the plan may work.",  # a name and a modal verb
        "Troops march through the capital.",
        "The sun rose over 1,998 protesters who paid $2,000 and won 12 percent.",
        "He finished second in the race.",
        "Former president Carter spoke.",
    ],
)
def test_false_friends_are_not_tagged(sentence: str) -> None:
    assert tag(sentence, PUBLISHED) == []


def test_bare_weekday_is_on_or_before_publication_unless_the_tense_points_forward() -> None:
    assert only("Talks ended Friday.").value == "2023-09-08"
    assert only("Talks ended Monday.").value == "2023-09-11"  # the same day counts
    assert only("Talks will resume Friday.").value == "2023-09-15"
    assert only("Talks are expected to resume next Friday.").value == "2023-09-15"
    assert only("Talks resumed last Monday.").value == "2023-09-04"


def test_month_without_a_year_follows_the_tense() -> None:
    assert only("The trial will begin in January.").value == "2024-01"
    assert only("The trial began in January.").value == "2023-01"
    assert only("The talks collapsed in mid-November.", dt.date(1989, 11, 20)).value == "1989-11"


def test_a_month_keeps_its_granularity() -> None:
    timex = only("The meeting happens in August.")
    assert timex.value == "2023-08"
    assert (timex.first_day(), timex.last_day()) == (dt.date(2023, 8, 1), dt.date(2023, 8, 31))


def test_weekend_helper_gives_saturday_and_sunday() -> None:
    timex = only("They met this past weekend.")
    assert (timex.first_day(), timex.last_day()) == (dt.date(2023, 9, 9), dt.date(2023, 9, 10))


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-W36", dt.date(2023, 9, 4), dt.date(2023, 9, 10)),
        ("1998-Q3", dt.date(1998, 7, 1), dt.date(1998, 9, 30)),
        ("1998-WI", dt.date(1998, 12, 1), dt.date(1999, 2, 28)),
        ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("1998-08-07TMO", dt.date(1998, 8, 7), dt.date(1998, 8, 7)),
    ],
)
def test_value_range(value: str, first: dt.date, last: dt.date) -> None:
    assert value_range(value) == (first, last)


@pytest.mark.parametrize("value", ["P2D", "PRESENT_REF", "XXXX-08", "2023-13", ""])
def test_value_range_of_unanchored_values_is_none(value: str) -> None:
    assert value_range(value) is None


def test_without_publication_date_values_stay_underspecified() -> None:
    assert only("They met in August.", None).value == "XXXX-08"
    assert only("They met on Friday.", None).value == "XXXX-WXX-5"
    assert only("They met on Aug. 7, 1998.", None).value == "1998-08-07"


def test_earnings_story_a_year_earlier_is_the_same_quarter_last_year() -> None:
    text = "Profit rose 5% in the third quarter. A year earlier, it fell."
    found = tag(text, dt.date(1989, 10, 27))
    assert [(t.text, t.value) for t in found] == [
        ("the third quarter", "1989-Q3"),
        ("A year earlier", "1988-Q3"),
    ]


def test_results_are_sorted_non_overlapping_and_match_the_text() -> None:
    text = "On Friday, Oct. 13, 1989, and again last week, stocks fell for two days; now they rise."
    found = tag(text, dt.date(1989, 10, 20))
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[t.start : t.end] == t.text for t in found)
    assert found[0].value == "1989-10-13"


def test_hostile_text_does_not_crash() -> None:
    text = "\x1b[31m\u202eMay 99, 0000 the 99th quarter 31/31/31 2023-02-30 \ufeff" * 3
    for timex in tag(text, PUBLISHED):
        assert text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize("phrase", ["the ", "nearly ", "last ", "this ", "1998 ", "Monday "])
def test_long_repetitive_text_is_tagged_consistently(phrase: str) -> None:
    # Trigger-dense text once made two rules backtrack quadratically (minutes for 100 KB);
    # bench/bench_dates_speed.py prints the scaling, this pins that the output stays sane.
    text = phrase * 3000 + "two days ago"
    found = tag(text, PUBLISHED)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[t.start : t.end] == t.text for t in found)
    assert found[-1].text.endswith("two days ago")


TIMEML = Path(__file__).resolve().parent.parent.parent / "shared" / "timeml"


@pytest.mark.shared
@pytest.mark.skipif(not (TIMEML / "timebank").is_dir(), reason="needs ../shared/timeml")
def test_held_out_timeml_scores_beat_heideltime() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from timeml_score import Counts, load_tml, score_doc, split_files

    counts, misses = Counts(), []
    for folder in ("timebank", "aquaint"):
        for path in split_files(TIMEML / folder, "heldout"):
            score_doc(load_tml(path), counts, misses)
    precision = counts.relaxed_system / counts.system
    recall = counts.relaxed_gold / counts.gold
    relaxed_f1 = 2 * precision * recall / (precision + recall)
    value_precision, value_recall = counts.value_ok / counts.system, counts.value_ok / counts.gold
    value_f1 = 2 * value_precision * value_recall / (value_precision + value_recall)
    # HeidelTime on TempEval-3: relaxed span F1 90.3, value F1 77.6.
    assert relaxed_f1 > 0.90 and value_f1 > 0.78, (relaxed_f1, value_f1)


def test_attribution_after_the_date_does_not_set_its_tense() -> None:
    # Published on a Wednesday: the Friday of "will leave" is this week's, whatever "said" says.
    # (Friday, not Thursday: the day after publication is that day whatever the tense.)
    published = dt.date(2023, 9, 13)
    sentence = "The delegation is expected to arrive in the capital Friday, officials said."
    assert only(sentence, published).value == "2023-09-15"
    assert only("The delegation arrived Friday, officials said.", published).value == ("2023-09-08")
    assert only("The team will fly out at 4 a.m. Thursday,'' the coach said.", published).value == (
        "2023-09-14T04:00"
    )


def test_would_points_forward_and_capitalized_ed_words_are_not_past_tense() -> None:
    published = dt.date(2023, 9, 13)  # a Wednesday
    # "United" ends in -ed but is no verb; "would be traveling" is the future of the report.
    sentence = "Aides said the minister would be traveling to the United States Friday."
    assert only(sentence, published).value == "2023-09-15"
    assert only("The minister traveled to the United States Friday.", published).value == (
        "2023-09-08"
    )


def test_a_named_fiscal_quarter_keeps_its_number_in_the_year_it_ended() -> None:
    published = dt.date(1989, 10, 26)
    found = tag("Sun lost $20 million in its fourth quarter ended June 30.", published)
    assert [(t.text, t.value) for t in found] == [
        ("fourth quarter", "1989-Q4"),
        ("June 30", "1989-06-30"),
    ]
    text = "Profit fell in the quarter ended Sept. 30. A year earlier it rose."
    assert [t.value for t in tag(text, published)] == ["1989-Q3", "1989-09-30", "1988-Q3"]
    text = "It earned $4 million in its fiscal first quarter ended Sept. 30. A year ago it lost."
    assert [t.value for t in tag(text, published)] == ["1989-Q1", "1989-09-30", "1988-Q1"]


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        # Determiners, possessives and loose hedges stay outside the expression (TimeBank).
        ("Lawyers appealed Friday's ruling.", "Friday", "2023-09-08"),
        ("Police reopened the Aug. 23 shooting case.", "Aug. 23", "2023-08-23"),
        ("The vote was on the 5th of March.", "the 5th of March", "2023-03-05"),
        ("Talks went on over the weekend.", "the weekend", "2023-W36-WE"),
        ("She spent about five hours in Nairobi.", "five hours", "PT5H"),
        ("He was in charge for only six months.", "six months", "P6M"),
        ("The two-week strike ended.", "two-week", "P2W"),
        ("Organizers said the two days of talks went well.", "two days", "P2D"),
        # ... but "the" belongs to a fiscal period ("for the nine months").
        ("For the nine months, profit rose 4%.", "the nine months", "P9M"),
        ("The March accession will enlarge the alliance.", "March", "2024-03"),
        # "past the Nov. 1 deadline" is not "last November".
        ("The effort will continue past the Nov. 1 deadline.", "Nov. 1", "2023-11-01"),
    ],
)
def test_span_edges_follow_timebank(sentence: str, span: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.value) == (span, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraq imports three-quarters of its food.",
        "Banks hold a quarter of the market.",
        "The Fed raised rates by a quarter point.",
        "Rates rose another one quarter percentage point.",
        "Inflation should stand at two-and-three-quarter percent.",
        "The flight leaves at a quarter to nine.",
        "She led the March of the Mothers.",
    ],
)
def test_fractions_and_a_march_are_not_dates(sentence: str) -> None:
    assert tag(sentence, PUBLISHED) == []


def test_several_quarters_of_losses_is_still_a_duration() -> None:
    timex = only("It turned a profit after several quarters of losses.")
    assert (timex.text, timex.type, timex.value) == ("several quarters", "DURATION", "PXQ")


def test_plural_weekdays_recur() -> None:
    found = tag("Flights leave on Mondays and Tuesday nights.", PUBLISHED)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("Mondays", "SET", "XXXX-WXX-1"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


def test_recent_years_is_a_vague_duration() -> None:
    timex = only("Kidnappings have risen in recent years.")
    assert (timex.text, timex.type, timex.value) == ("recent years", "DURATION", "PXY")


def test_a_month_followed_by_this_or_next_year_takes_that_year() -> None:
    published = dt.date(1998, 12, 3)
    assert tag("Ratification began in February this year.", published)[0].value == "1998-02"
    found = tag("They join in April next year.", published)
    assert [(t.text, t.value) for t in found] == [("April next year", "1999-04")]


def test_a_clock_time_takes_the_day_its_sentence_names() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday. Rescuers arrived at 2 p.m."
    found = tag(text, PUBLISHED)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("10:35 a.m.", "TIME", "2023-09-08T10:35"),
        ("0735 GMT", "TIME", "2023-09-08T07:35"),  # a 24-hour time: the day of the same Friday
        ("Friday", "DATE", "2023-09-08"),
        ("2 p.m.", "TIME", "2023-09-11T14:00"),  # another sentence: publication day
    ]
    assert only("Talks resume at 9 a.m.", None).value == "XXXX-XX-XXT09:00"


def test_a_clock_time_with_a_date_is_one_expression() -> None:
    timex = only("The offer was extended until 5 p.m. EST, Nov. 6.", dt.date(1989, 10, 30))
    assert (timex.text, timex.type, timex.value) == (
        "5 p.m. EST, Nov. 6",
        "TIME",
        "1989-11-06T17:00",
    )


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("He fled in June 1998 and returned later that year.", "later that year", "1998"),
        (
            "On May 22, 1995, he was promoted; the following year he left.",
            "the following year",
            "1996",
        ),
        (
            "She spoke on Feb. 22. She looked well the next morning.",
            "the next morning",
            "2000-02-23",
        ),
        (
            "Talks began in March 1999. The following month they collapsed.",
            "The following month",
            "1999-04",
        ),
        (
            "The vote was on Oct. 23. Earlier that day, crowds gathered.",
            "Earlier that day",
            "1999-10-23",
        ),
    ],
)
def test_anaphora_point_at_the_last_date_the_story_named(text: str, span: str, value: str) -> None:
    found = tag(text, dt.date(2000, 2, 24))
    assert (found[-1].text, found[-1].value) == (span, value)


def test_an_anaphor_with_nothing_to_point_at_is_not_tagged() -> None:
    assert tag("Traders lost heavily that day and the following week.", PUBLISHED) == []


def test_effective_points_forward() -> None:
    # Announced in October: the change takes effect next February, not last February.
    assert only("The new office takes over, effective Feb. 1.", dt.date(1989, 10, 26)).value == (
        "1990-02-01"
    )


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Three days later, the index recovered.", "Three days", "P3D"),
        ("A minute and a half later, a pilot called.", "A minute and a half", "PT1M30S"),
        ("He waited a year and a half.", "a year and a half", "P1Y6M"),
    ],
)
def test_n_units_later_is_a_duration_and_a_signal(sentence: str, span: str, value: str) -> None:
    timex = only(sentence)
    assert (timex.text, timex.type, timex.value) == (span, "DURATION", value)


def test_the_past_three_summers_is_not_the_past() -> None:
    found = tag("Riots broke out in the past three summers.", PUBLISHED)
    assert all(t.value != "PAST_REF" for t in found), found


def test_plans_and_postponements_point_forward() -> None:
    wednesday, thursday = dt.date(2023, 9, 13), dt.date(2023, 9, 14)
    assert only("The team planned to leave on Thursday.", wednesday).value == "2023-09-14"
    assert only("Officials postponed until Tuesday any action.", thursday).value == "2023-09-19"
    assert only("The team left on Tuesday.", thursday).value == "2023-09-12"


def test_timeml_score_refuses_to_print_held_out_errors(capsys: pytest.CaptureFixture[str]) -> None:
    """The held-out split is a check, never a source of rules: its misses are never printed."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from timeml_score import main

    for split in ("heldout", "all"):
        with pytest.raises(SystemExit) as exit_info:
            main(["--split", split, "--misses", "5"])
        assert exit_info.value.code == 2
    assert "never held-out" in capsys.readouterr().err


@pytest.mark.parametrize(
    "sentence",
    [
        "Paternity is easy to prove in today's world.",
        "Intel chips run many of today's personal computers.",
        "The case is for today's youth what the blockade was for their parents.",
    ],
)
def test_todays_world_is_our_age_not_a_day(sentence: str) -> None:
    assert tag(sentence, PUBLISHED) == []


def test_todays_meeting_is_still_the_day() -> None:
    timex = only("Today's meeting was calm.")
    assert (timex.text, timex.value) == ("Today", PUBLISHED.isoformat())


def test_a_period_of_years_is_no_quarter() -> None:
    found = [(t.text, t.value) for t in tag("Growth was slow in the period 1990-1995.", PUBLISHED)]
    assert found == [("1990", "1990"), ("1995", "1995")]


def test_a_spelled_hour_needs_its_dots_or_oclock() -> None:
    assert tag("Which one am I? The clock struck one.", PUBLISHED) == []
