"""Dates on their own verb and status from evidence (issue 9 section 2)."""

import datetime as dt

import pytest

from tui.extract.events import event_status
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.model.timeline import EventStatus

PUBLISHED = dt.date(1989, 11, 2)  # a Thursday


def events_of(text: str):
    return merge_results(process_articles([ArticleInput("a", text, PUBLISHED)])).events


@pytest.mark.parametrize(
    ("clause", "date", "status"),
    [
        ("Prices could rise this week", "1989-10-30/1989-11-05", EventStatus.EXPECTED),
        ("The economy is on track to grow in 1990", "1990", EventStatus.EXPECTED),
        ("He glossed over warnings that air strikes could hurt ties on Friday", "1989-10-27",
         EventStatus.OCCURRED),
        ("Acme announced on Tuesday it will close the plant", "1989-10-31", EventStatus.OCCURRED),
        ("Acme said it will close the plant in March", "1990-03", EventStatus.PLANNED),
        ("Kim plans to visit on Friday", "1989-11-03", EventStatus.PLANNED),
        ("The ship is expected to dock on Friday", "1989-11-03", EventStatus.EXPECTED),
    ],
)  # fmt: skip
def test_status_from_evidence(clause: str, date: str, status: EventStatus) -> None:
    assert event_status(clause, date, PUBLISHED) is status


def test_a_quarter_a_result_covers_is_not_the_date_of_its_report() -> None:
    events = events_of("Oshkosh Truck Corp. said its fourth-quarter earnings fell 50%.\n")
    assert [(event.date, event.date_text) for event in events] == [("1989-11-02", "")]


def test_the_end_of_a_quarter_is_not_a_day_something_happened() -> None:
    events = events_of(
        "Oshkosh Truck Corp. estimated its earnings for the quarter ended Sept. 30 fell 50%.\n"
    )
    assert [event.date for event in events] == ["1989-11-02"]


def test_a_year_earlier_comparison_is_no_event() -> None:
    assert (
        events_of("In the year-earlier quarter, Acme Corp. had net income of $5 million.\n") == []
    )


def test_an_unreported_past_fiscal_year_result_is_dated_by_its_year() -> None:
    events = events_of("In fiscal 1988, Oshkosh Truck Corp. earned $17.3 million.\n")
    assert [event.date for event in events] == ["1988"]


def test_an_undated_lead_reports_the_news_at_publication() -> None:
    events = events_of(
        "The British government has formally called for Sinn Fein to be expelled from talks.\n"
        "Sinn Fein is the political wing of the IRA.\n"
        "The party has long denied the charges, and many people have doubted it.\n"
    )
    assert [(event.date, event.status) for event in events] == [
        ("1989-11-02", EventStatus.OCCURRED)
    ]


def test_a_date_on_a_noun_does_not_date_the_statement() -> None:
    events = events_of(
        "Prime Minister Ahmed Shafiq said Wednesday's attacks on demonstrators would be "
        "investigated.\n"
    )
    assert [event.date for event in events] == ["1989-11-02"]


def test_a_statement_at_a_days_ceremony_is_dated_by_it() -> None:
    events = events_of(
        "Bill Clinton said at Wednesday's ceremony that the nation would not retreat.\n"
    )
    assert [event.date for event in events] == ["1989-11-01"]


def test_a_plan_that_is_a_noun_does_not_make_the_event_planned() -> None:
    clause = "She failed to report Amir's plan to kill Rabin"
    assert event_status(clause, "1989-11-02", PUBLISHED) is EventStatus.OCCURRED


def test_a_dateline_dates_no_event() -> None:
    text = (
        "NICOSIA, August 8 (Xinhua) --\nThe Cypriot government condemned the attacks on Monday.\n"
    )
    assert [event.date for event in events_of(text)] == ["1989-10-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kopp had been arrested in several states since 1990 for protesting abortion.\n",
        "The fund has seen $161 million flow out since early September.\n",
    ],
)
def test_a_date_that_starts_a_counted_series_dates_no_happening(sentence: str) -> None:
    assert events_of(sentence) == []


def test_a_state_that_began_on_a_date_is_a_happening() -> None:
    events = events_of("Northern Ireland has been ruled directly by London since 1972.\n")
    assert [event.date for event in events] == ["1972"]


def test_the_bound_of_a_year_to_date_figure_dates_no_happening() -> None:
    text = "Through Oct. 19, high-yield funds had an average 0.85% total return.\n"
    assert events_of(text) == []
    ranged = events_of("The exhibition runs from Monday through Friday at the museum.\n")
    assert ranged != []


def test_an_editorials_date_and_preamble_are_no_event() -> None:
    text = "The New York Times said in an editorial on Thursday, Nov. 2:\n"
    assert events_of(text) == []


def test_a_counted_series_told_by_a_speaker_is_no_statement_either() -> None:
    text = (
        "Acme rose on Monday.\nThe fund grew.\n"
        "Eight of the 14 killings since 1993 were under investigation, Glenn said.\n"
    )
    assert [event.date for event in events_of(text)] == ["1989-10-30"]


def test_an_undated_lead_after_a_relative_clause_on_its_subject() -> None:
    text = (
        "Libya, which brought the case to the United Nations' highest judicial body in its "
        "dispute with the United States and Britain, hailed the ruling and said it would press "
        "anew for a trial in a third neutral country.\n"
    )
    (event,) = events_of(text)
    assert (event.date, event.title) == ("1989-11-02", "Libya hailed the ruling")
    assert "hailed" in event.sources[0][1]


def test_how_long_something_lasted_is_no_date_but_leaves_a_statement() -> None:
    assert events_of("Acme rose.\nIt fell.\nHe has been in Bethesda for the last week.\n") == []
    text = (
        "Acme rose.\nIt fell.\n"
        "Ms. Atimadi says Afghan women have been victims of violence for the past twenty years.\n"
    )
    assert [(e.date, e.date_text) for e in events_of(text)] == [("1989-11-02", "")]


def test_todays_world_is_nowadays_not_a_date() -> None:
    assert events_of("Acme rose.\nIt fell.\nPaternity is easy to prove in today's world.\n") == []


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("Poughkeepsie also expects to post a one-time charge", EventStatus.EXPECTED),
        ("The drop in net income will result in lower earnings", EventStatus.EXPECTED),
        ("The company adopted a shareholder-rights plan to ward off suitors", EventStatus.OCCURRED),
        ("Upjohn said it will offer a package in a move expected to result in a charge",
         EventStatus.OCCURRED),
        ("Acme plans to close the plant", EventStatus.PLANNED),
    ],
)  # fmt: skip
def test_a_consequence_is_expected_and_a_plan_noun_plans_nothing(clause, status) -> None:
    assert event_status(clause, "1989-11-02", PUBLISHED) is status


def test_a_reported_result_takes_the_status_of_its_report() -> None:
    text = (
        "Poughkeepsie also expects to post a one-time charge of $8.3 million, resulting in a net "
        "loss for the third quarter.\n"
    )
    assert [event.status for event in events_of(text)] == [EventStatus.EXPECTED]


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        # Filed the evening before: the day after publication told in the past happened.
        ("Madeleine Albright headed Tuesday to East Africa", EventStatus.OCCURRED),
        ("New Zealand said Friday it backed the strikes", EventStatus.OCCURRED),
        # A plan, a schedule or a present tense for that day stays a plan.
        ("They meet Tuesday in Geneva", EventStatus.PLANNED),
        ("The vote was planned for Tuesday", EventStatus.PLANNED),
        ("Albright is scheduled to spend Tuesday in Dar es Salaam", EventStatus.PLANNED),
    ],
)
def test_the_day_after_publication_told_in_the_past_occurred(
    clause: str, status: EventStatus
) -> None:
    assert event_status(clause, "1998-08-18", dt.date(1998, 8, 17)) is status
    # Two days on, a past tense does not make it happen: the story could not have told it.
    if status is EventStatus.OCCURRED:
        assert event_status(clause, "1998-08-19", dt.date(1998, 8, 17)) is EventStatus.PLANNED


def test_the_year_a_result_covers_is_not_the_date_of_its_report() -> None:
    events = events_of(
        "The write-off will be reported as an extraordinary item in the company's 1989 "
        "operating results.\n"
    )
    # Reported: the report is the event, at publication, not a happening in 1989.
    assert [(event.date, event.date_text) for event in events] == [("1989-11-02", "")]
    # A year the result does not follow still dates its happening.
    assert [e.date for e in events_of("Acme Corp. sold its results unit in 1989.\n")] == ["1989"]


def test_what_was_not_so_until_a_day_dates_no_happening() -> None:
    assert events_of("Until Monday, the police had not called Kopp a suspect.\n") == []
    assert events_of("Until last week nobody had heard of the company.\n") == []
    # What lasted until a day, and ended then, is still dated by it.
    held = events_of("Acme Corp. held the talks until Monday, when it walked out.\n")
    assert [event.date for event in held] == ["1989-10-30"]


def test_a_time_of_day_counted_from_another_happening_dates_nothing() -> None:
    text = "A jogger observed Kopp's car at 6 a.m. near the house 10 days before the murder.\n"
    assert events_of(text) == []
    assert [e.date for e in events_of("Police stormed the house at 6 a.m.\n")] == ["1989-11-02"]


def test_an_expected_ruling_and_a_plan_one_was_told_of() -> None:
    expected = "An appellate court ruling on the case, which is expected next month"
    assert event_status(expected, "1989-12", PUBLISHED) is EventStatus.EXPECTED
    told = "Employees were told this week that staff functions were going to be centralized"
    assert event_status(told, "1989-10-30/1989-11-05", PUBLISHED) is EventStatus.OCCURRED
    # A plan of its own is still one.
    assert event_status("Acme is going to centralize staff", "1989-11-02", PUBLISHED) is (
        EventStatus.PLANNED
    )


def test_a_sentence_with_no_verb_tells_no_happening() -> None:
    assert events_of("Good news for AT and T today.\n") == []
    assert [e.date for e in events_of("AT and T cut prices today.\n")] == ["1989-11-02"]


def test_a_time_of_day_is_on_the_day_its_sentence_names() -> None:
    text = "The raid started just after 3 p.m. (2000 GMT) Tuesday, with soldiers in tunnels.\n"
    events = events_of(text)
    assert [event.date for event in events] == ["1989-10-31"]


def test_a_verb_the_tagger_misses_still_makes_a_sentence_tell_something() -> None:
    for text in (
        "On Monday, a humanitarian mission found more than 5,000 refugees in the camp.\n",
        "Today, eight or nine countries possess nuclear weapons.\n",
    ):
        assert events_of(text) != [], text
