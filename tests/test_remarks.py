"""A speaker the text describes instead of naming (issue 9 section 4): "a friend of the
assassin said Friday that ...", "Japan's Tomen Corp. said Thursday it had ...": that speaker's
other remarks of the day are more of the same statement, not a second event."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, merge_results, process_articles

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extract(text: str):
    items = [ArticleInput("a0", text, PUBLISHED)]
    return merge_results(process_articles(items)).events


def test_a_dated_statement_without_a_named_speaker_gathers_the_speakers_remarks() -> None:
    events = extract(
        "Japan's Tomen Corp. said Wednesday it had bought a 19 percent stake in Koppert "
        "Biological Systems BV, a Dutch company that breeds insects.\n"
        "Tomen said its capital tie-up with Koppert would help breed insects for Japan.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-10", 2)]
    assert events[0].actors[0] == "tomen-corp"


def test_the_described_speakers_words_of_the_day_before_are_those_remarks_too() -> None:
    events = extract(
        "Japan's Tomen Corp. said Tuesday it had bought a 19 percent stake in Koppert "
        "Biological Systems BV, a Dutch company that breeds insects.\n"
        "Tomen said its capital tie-up with Koppert would help breed insects for Japan.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-09", 2)]


def test_a_speaker_named_after_the_news_is_not_the_one_the_sentence_names_first() -> None:
    # The press adviser speaks, not Museveni: Museveni's own words stay his own statement.
    events = extract(
        "Ugandan President Yoweri Museveni will not answer a call by rebels for talks, "
        "the president's press adviser said Wednesday.\n"
        "Museveni said the rebels must first lay down their arms and free the children.\n"
    )
    assert sorted(len(event.sources) for event in events) == [1, 1]


def test_a_person_named_after_the_speech_verb_is_not_the_speaker() -> None:
    events = extract(
        "Officials said Wednesday that James Kopp, an opponent of abortion, fired the shots "
        "that killed a doctor.\n"
        "Kopp said through a lawyer that he was innocent.\n"
    )
    assert sorted(len(event.sources) for event in events) == [1, 1]


def test_the_occasion_of_a_persons_remarks_is_one_event_with_them_in_either_order() -> None:
    occasion = "Wednesday she had definite opinions on the case of the boy.\n"
    remark = "``I feel for this child,'' Juanita Castro said.\n"
    intro = "Juanita Castro, the sister of Fidel Castro, has lived in Miami since 1961.\n"
    for text in (intro + occasion + remark, intro + remark + occasion):
        today = [event for event in extract(text) if event.date == "2021-03-10"]
        assert [len(event.sources) for event in today] == [2]


def test_a_light_verb_happening_of_someone_who_said_nothing_that_day_stays_apart() -> None:
    events = extract(
        "Juanita Castro, the sister of Fidel Castro, has lived in Miami since 1961.\n"
        "Wednesday she had lunch with the mayor of Miami.\n"
        "``I feel for this child,'' Mayor Joe Carollo said.\n"
    )
    assert sorted(len(event.sources) for event in events if event.date == "2021-03-10") == [1, 1]
