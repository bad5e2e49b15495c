"""The full-text index without an app: hits by sentence, citations, quotes, limits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.model.search import SearchIndex, matching_events
from tui.model.timeline import Article, Event, Source, Timeline

FIRST = (
    "Kim left Pyongyang by train. The train reached Vladivostok on Tuesday, and vladivostok "
    "was ready.\nPutin waited in VLADIVOSTOK. Nothing else happened."
)
SECOND = "Talks were held in Vladivostok. The summit ended."


def make_timeline() -> tuple[Timeline, dict[str, str]]:
    articles = [
        # Listed second but published first: hits come in publication order.
        Article("later", "later.txt", title="Later", published=dt.date(2023, 9, 13)),
        Article("first", "first.txt", title="First", published=dt.date(2023, 9, 11)),
        Article("gone", "gone.txt", title="Unreadable"),
    ]
    events = [
        Event(
            "arrive", "Train arrives", sources=[Source("first", "The train reached Vladivostok")]
        ),
        Event("wait", "Putin waits", sources=[Source("first", "Putin waited in VLADIVOSTOK.")]),
        Event("talks", "Talks", sources=[Source("later", "Talks were held in Vladivostok.")]),
        # Retyped: not in its article, so it is searched on its own.
        Event("retyped", "A meeting", sources=[Source("first", "They met near Vladivostok")]),
        Event("lost", "Lost", sources=[Source("gone", "A quote about Vladivostok")]),
    ]
    texts = {"first": FIRST, "later": SECOND}
    return Timeline(Path("timeline.yaml"), articles=articles, events=events), texts


def build() -> SearchIndex:
    timeline, texts = make_timeline()
    return SearchIndex.build(timeline, texts.get)


def test_hits_are_sentences_with_every_match_marked_and_their_citing_events() -> None:
    results = build().search("vladivostok")
    assert results.complete
    in_text = [hit for hit in results.hits if not hit.in_quote]
    assert [(hit.article_id, hit.sentence) for hit in in_text] == [
        ("first", "The train reached Vladivostok on Tuesday, and vladivostok was ready."),
        ("first", "Putin waited in VLADIVOSTOK."),
        ("later", "Talks were held in Vladivostok."),
    ]
    two = in_text[0]
    assert [FIRST[start:end] for start, end in two.matches] == ["Vladivostok", "vladivostok"]
    assert FIRST[two.start : two.end] == two.sentence
    assert two.offset == FIRST.index("Vladivostok")
    assert [hit.event_ids for hit in in_text] == [("arrive",), ("wait",), ("talks",)]


def test_quotes_not_found_in_their_article_are_searched_too() -> None:
    quotes = [hit for hit in build().search("Vladivostok").hits if hit.in_quote]
    assert [(hit.article_id, hit.sentence, hit.event_ids) for hit in quotes] == [
        ("first", "They met near Vladivostok", ("retyped",)),
        ("gone", "A quote about Vladivostok", ("lost",)),
    ]
    assert quotes[0].matches == ((14, 25),)


def test_counter_and_limit() -> None:
    index = build()
    results = index.search("vladivostok", limit=2)
    assert not results.complete
    assert len(results.hits) == 2
    assert results.counter(0) == "1/2+"
    full = index.search("vladivostok")
    assert full.counter(2) == "3/5"
    assert index.search("no such word").counter(0) == "0/0"
    assert index.search("   ").hits == ()


def test_a_letter_whose_lower_case_is_longer_still_finds_the_right_offsets() -> None:
    text = "İstanbul hosted talks. Then Ankara did."
    timeline = Timeline(Path("t.yaml"), articles=[Article("a", "a.txt")])
    hits = SearchIndex.build(timeline, {"a": text}.get).search("ankara").hits
    assert [text[start:end] for start, end in hits[0].matches] == ["Ankara"]
    assert hits[0].sentence == "Then Ankara did."


def test_matching_events_looks_at_titles_and_quotes() -> None:
    timeline, _ = make_timeline()
    assert matching_events(timeline, "TRAIN") == ["arrive"]
    assert matching_events(timeline, "vladivostok") == [
        "arrive",
        "wait",
        "talks",
        "retyped",
        "lost",
    ]
    assert matching_events(timeline, " ") == []


def test_a_later_sentence_is_whole_even_past_the_first_matchs_window() -> None:
    long_tail = " ".join(["and then more words"] * 14)  # past the first window, not this one
    text = f"Kim reached Vladivostok. Putin also went to Vladivostok {long_tail} in the end."
    timeline = Timeline(Path("t.yaml"), articles=[Article("a", "a.txt")])
    hits = SearchIndex.build(timeline, {"a": text}.get).search("vladivostok").hits
    assert [hit.sentence for hit in hits] == [
        "Kim reached Vladivostok.",
        f"Putin also went to Vladivostok {long_tail} in the end.",
    ]
