"""Salience: articles, outlets and date references per event, and the ranking built on them."""

from __future__ import annotations

from pathlib import Path

from tui.model.dates import parse_event_date
from tui.model.salience import Salience, date_references, ranked, salience, top_events
from tui.model.timeline import Article, Event, Source, Timeline


def event(event_id: str, date: str | None, *articles: str) -> Event:
    """An event dated ``date`` (EDTF, or None) citing each of ``articles`` once."""
    return Event(
        id=event_id,
        title=event_id,
        date=parse_event_date(date) if date else None,
        sources=[Source(article, f"quote in {article}") for article in articles],
    )


def story(*events: Event) -> Timeline:
    """Five articles from three outlets (a4 and a5 name none) and ``events``."""
    outlets = {"a1": "cnn", "a2": "CNN ", "a3": "bbc", "a4": "", "a5": ""}
    articles = [Article(id=key, path=f"{key}.txt", source=value) for key, value in outlets.items()]
    return Timeline(path=Path("timeline.yaml"), articles=articles, events=list(events))


def test_counts_distinct_articles_and_outlets() -> None:
    scores = salience(story(event("e", "2011-01-25", "a1", "a1", "a2", "a3", "a4", "a5")))
    # a1 twice is one article; cnn and "CNN " are one outlet; a4 and a5 name none: two more.
    assert scores["e"].articles == 5
    assert scores["e"].outlets == 4


def test_date_articles_count_every_article_citing_the_same_day() -> None:
    timeline = story(
        event("march", "2011-01-25", "a1"),
        event("speech", "2011-01-25", "a2", "a1"),
        event("month", "2011-01", "a3"),  # a month is not the day
        event("other-day", "2011-01-26", "a4"),
        event("undated", None, "a5"),
    )
    scores = salience(timeline)
    assert scores["march"].date_articles == 2  # a1 and a2, each counted once
    assert scores["speech"].date_articles == 2
    assert scores["month"].date_articles == 1
    assert scores["undated"] == Salience(articles=1, outlets=1, date_articles=0)
    assert len(date_references(timeline.events)) == 3


def test_an_event_without_sources_scores_nothing() -> None:
    scores = salience(story(event("bare", "2011-01-25")))
    assert scores["bare"] == Salience(0, 0, 0)
    assert scores["bare"].score == 0


def test_more_reports_outrank_a_busier_day() -> None:
    # "big" is reported by three articles; "busy" shares its day with four other events.
    busy_day = [event(f"b{i}", "2011-02-01", f"a{i}") for i in range(1, 5)]
    timeline = story(event("big", "2011-01-28", "a1", "a2", "a3"), *busy_day)
    assert ranked(timeline)[0].id == "big"


def test_at_equal_reports_the_day_more_articles_cite_wins() -> None:
    timeline = story(
        event("quiet", "2011-01-01", "a1"),
        event("loud", "2011-02-11", "a2"),
        event("loud-too", "2011-02-11", "a3"),
    )
    assert [e.id for e in ranked(timeline)] == ["loud", "loud-too", "quiet"]


def test_ties_go_to_the_earlier_event_then_the_id() -> None:
    timeline = story(
        event("z", "2011-01-02", "a1"), event("b", "2011-01-01", "a2"), event("a", None, "a3")
    )
    # b and z tie on every count; the undated a has no date references, so it comes last.
    assert [e.id for e in ranked(timeline)] == ["b", "z", "a"]


def test_top_events_keep_the_given_order() -> None:
    timeline = story(
        event("first", "2011-01-01", "a1"),
        event("second", "2011-01-02", "a1", "a2", "a3"),
        event("third", "2011-01-03", "a1", "a2"),
    )
    scores = salience(timeline)
    in_order = timeline.events_in_order()
    assert [e.id for e in top_events(in_order, 2, scores)] == ["second", "third"]
    assert [e.id for e in top_events(in_order, 10, scores)] == ["first", "second", "third"]
    assert top_events(in_order, 0, scores) == []
