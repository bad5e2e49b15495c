"""The curation state without an app: review order, what comes after a removal, typed actor
lists, and the completion of comma-separated lists in prompts."""

from __future__ import annotations

from pathlib import Path

from tui.app.review import Curation, actor_ids_for, after_removal
from tui.app.screens.prompt import complete_last_item
from tui.model.timeline import Actor, Event, Timeline


def events(*ids: str) -> list[Event]:
    return [Event(id=i, title=i) for i in ids]


def timeline_with(extracted: list[str], reviewed: set[str]) -> Timeline:
    made = events("a", "b", "c", "d")
    for event in made:
        event.reviewed = event.id in reviewed
    return Timeline(Path("t.yaml"), events=made, extracted=extracted)


def test_to_review_is_extracted_and_not_reviewed() -> None:
    curation = Curation()
    curation.install(timeline_with(["a", "b", "c", "gone"], reviewed={"b"}))
    assert curation.to_review == {"a", "c"}
    assert curation.counts() == " · 2 to review"
    curation.install(timeline_with([], reviewed=set()))
    assert curation.counts() == ""  # hand-written events are never to review


def test_review_starts_at_the_selection_when_it_is_to_review_and_walks_on() -> None:
    curation = Curation()
    timeline = timeline_with(["a", "c", "d"], reviewed=set())
    curation.install(timeline)
    kept = timeline.events
    assert curation.start_review(kept, "b") == "a"
    assert curation.reviewing and curation.only_to_review
    assert curation.start_review(kept, "c") == "c"
    assert curation.next_to_review(kept, "c") == "d"
    assert curation.next_to_review(kept, "d") == "a"  # then the ones skipped before
    curation.to_review = frozenset({"d"})
    assert curation.next_to_review(kept, "d") is None  # the last one left
    curation.stop_review()
    assert not curation.reviewing and not curation.only_to_review


def test_review_mode_with_nothing_to_review_does_not_start() -> None:
    curation = Curation()
    timeline = timeline_with(["a"], reviewed={"a"})
    curation.install(timeline)
    assert curation.start_review(timeline.events, None) is None
    assert not curation.reviewing and not curation.only_to_review


def test_leaving_review_mode_keeps_a_to_review_filter_set_before() -> None:
    curation = Curation()
    timeline = timeline_with(["a"], reviewed=set())
    curation.install(timeline)
    curation.only_to_review = True
    curation.start_review(timeline.events, None)
    curation.stop_review()
    assert curation.only_to_review
    assert [e.id for e in curation.keep(timeline.events)] == ["a"]


def test_after_a_removal_the_next_event_else_the_one_before() -> None:
    shown = events("a", "b", "c")
    assert after_removal(shown, "a") == "b"
    assert after_removal(shown, "c") == "b"
    assert after_removal(events("a"), "a") is None
    assert after_removal(shown, "zzz") is None


def test_typed_actor_names_aliases_and_ids_become_ids() -> None:
    timeline = Timeline(
        Path("t.yaml"),
        actors=[
            Actor("kim", "Kim Jong Un", aliases=("Kim",)),
            Actor("putin", "Vladimir Putin"),
        ],
    )
    assert actor_ids_for(timeline, "kim jong un, Putin ,, vladimir putin") == (
        ("kim", "putin"),
        None,
    )
    assert actor_ids_for(timeline, "") == ((), None)
    ids, problem = actor_ids_for(timeline, "Kim, Vladimir Puttin")
    assert ids == () and problem is not None
    assert "'Vladimir Puttin'" in problem and "did you mean" in problem


def test_completion_of_the_last_item_of_a_list() -> None:
    tags = ["diplomacy", "Summit", "travel"]
    assert complete_last_item("dip", tags) == "diplomacy"
    assert complete_last_item("travel, su", tags) == "travel, summit"
    assert complete_last_item("travel, ", tags) is None
    assert complete_last_item("diplomacy, dip", tags) is None  # already in the list
    assert complete_last_item("xyz", tags) is None
    assert complete_last_item("travel", tags) is None  # complete already
