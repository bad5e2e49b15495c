"""A happening one article tells twice, in other words (issue 9 section 4): a speaker's words
about an earlier happening, a letter told by its writing and by its publication, a trip told
by its departure and by its stops. One event each; other happenings stay apart."""

from __future__ import annotations

import datetime as dt

from tui.extract.kinds import predicate_kinds, title_kinds, travels
from tui.extract.pipeline import ArticleInput, merge_results, process_articles


def extract(text: str, published: dt.date):
    return merge_results(process_articles([ArticleInput("a", text, published)])).events


def test_a_speakers_words_about_an_earlier_happening_join_it_whatever_the_verb() -> None:
    events = extract(
        "Mortar shells were fired at a police station after Sinn Fein was expelled from peace "
        "talks on Feb. 20.\n"
        "``We were unjustly pushed out of the talks in February but we are back,'' Gerry "
        "Adams said Sunday.\n",
        dt.date(1998, 3, 22),
    )
    february = [event for event in events if event.date.startswith("1998-02")]
    # One expulsion, told at its day, with the speaker's coarser retelling as a source.
    assert [(event.date, len(event.sources)) for event in february] == [("1998-02-20", 2)]
    assert february[0].title.startswith("Sinn Fein was expelled")
    # The speaker's Sunday remarks are still their own event.
    assert [event.date for event in events if event.date == "1998-03-22"] == ["1998-03-22"]


def test_a_letter_told_by_its_writing_and_its_publication_is_one_event() -> None:
    events = extract(
        "Juan Miguel Gonzalez also wrote to Attorney General Janet Reno earlier this week, "
        "demanding that his son be returned.\n"
        "Gonzalez's second letter to Reno in two weeks was published in Granma on Tuesday.\n",
        dt.date(2000, 2, 16),
    )
    # The finer telling dates and titles it; the writing is one of its sources.
    assert [(event.date, len(event.sources)) for event in events] == [("2000-02-15", 2)]
    assert events[0].title.startswith("Gonzalez's second letter to Reno")
    assert set(events[0].actors) == {"juan-miguel-gonzalez", "janet-reno"}


def test_a_letter_to_someone_else_is_another_letter() -> None:
    events = extract(
        "Juan Miguel Gonzalez said in a letter published Tuesday that he wants diplomats to "
        "see his son.\n"
        "Gonzalez also wrote to Attorney General Janet Reno earlier this week, saying he does "
        "not recognize the courts.\n",
        dt.date(2000, 2, 16),
    )
    # Not the same participants: a letter to no one named is not the letter to Reno.
    assert len(events) == 2


def test_one_travellers_trip_of_one_day_is_one_event() -> None:
    events = extract(
        "Secretary of State Madeleine Albright headed Tuesday to East Africa.\n"
        "Albright, after a 16-hour flight, is scheduled to spend five hours in Dar es Salaam, "
        "her first stop Tuesday morning.\n",
        dt.date(1998, 8, 17),
    )
    assert [(event.date, len(event.sources)) for event in events] == [("1998-08-18", 2)]
    assert events[0].title.startswith("Secretary of State Madeleine Albright headed")


def test_a_hosts_own_trip_is_not_the_visit_to_him() -> None:
    events = extract(
        "Kim Jong Un will visit Russia on Monday and meet Vladimir Putin.\n"
        "Putin also began a two-day trip to Vladivostok on Monday for an economic forum.\n",
        dt.date(2023, 9, 10),
    )
    # Two travellers: Kim's visit and Putin's own trip are two happenings.
    assert len([event for event in events if event.date == "2023-09-11"]) == 2


def test_kinds_of_letters_expulsions_and_travel() -> None:
    assert predicate_kinds(frozenset({"v:write", "n:letter"})) == {"letter"}
    assert title_kinds("Adams: We were pushed out of the talks", {"adams", "pushed"}) == {
        "expulsion"
    }
    assert title_kinds("Sinn Fein was expelled", {"sinn", "fein", "was", "expelled"}) == {
        "expulsion"
    }
    assert travels(frozenset({"v:head", "n:africa"}))
    assert travels(frozenset({"n:flight"}))
    # "the head of state", "police stopped the car": no travel.
    assert not travels(frozenset({"n:head", "v:stop"}))


def test_earlier_that_day_dates_the_undated_news_before_it() -> None:
    events = extract(
        "The portfolio unit of Credit Lyonnais told regulators that it bought 43,000 shares of "
        "Navigation Mixte.\n"
        "Earlier yesterday, regulators were told that a unit of Framatome S.A. also bought "
        "Navigation Mixte shares.\n",
        dt.date(1989, 11, 1),
    )
    # Both purchases were yesterday; "also" by another buyer is another purchase.
    assert sorted(event.date for event in events) == ["1989-10-31", "1989-10-31"]
    lead = next(event for event in events if "43,000" in event.title)
    assert lead.date_text == "yesterday"


def test_a_sentence_not_opening_with_earlier_or_later_dates_nothing_before_it() -> None:
    events = extract(
        "The portfolio unit of Credit Lyonnais told regulators that it bought 43,000 shares of "
        "Navigation Mixte.\n"
        "Yesterday, regulators were told that a unit of Framatome S.A. bought shares too.\n",
        dt.date(1989, 11, 1),
    )
    lead = next(event for event in events if "43,000" in event.title)
    assert lead.date == "1989-11-01"
