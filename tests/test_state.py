"""ReaderState without an app: selection, filters, search, sources, citations, header lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import A1, TIMELINE_YAML, load, make_corpus

from tui.app.state import ReaderState, step_to
from tui.model.diagnostics import count
from tui.model.filters import Filters
from tui.model.timeline import EventStatus


def loaded(tmp_path: Path, text: str = TIMELINE_YAML) -> ReaderState:
    """A state with the test timeline installed and every event shown."""
    result = load(make_corpus(tmp_path, text))
    assert result.timeline is not None
    state = ReaderState()
    state.install(result.timeline)
    state.apply_filters()
    return state


def test_install_orders_events_and_counts_actors(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    # A month sorts before a day in it; undated events come last.
    ordered = [event.id for event in state.ordered]
    assert ordered == ["letters", "summit", "train-departs", "exercises"]
    assert state.actor_counts() == {"kim": 3, "putin": 2, "whitehouse": 1, "shoigu": 1}
    assert state.counts_line("timeline.yaml", loading=False) == "4 events · 4 actors · 2 articles"


def test_before_a_load_the_header_says_so() -> None:
    state = ReaderState()
    assert state.counts_line("timeline.yaml", loading=True) == "loading timeline.yaml…"
    assert state.counts_line("timeline.yaml", loading=False) == "no timeline"
    assert state.next_article_id(1) is None and state.selected_event is None


def test_filters_narrow_the_events_and_the_header_counts_them(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    state.filter_by_status(EventStatus.PLANNED)
    assert [event.id for event in state.apply_filters()] == ["summit"]
    assert state.counts_line("t", loading=False).startswith("1/4 events")
    state.filter_by_tag("travel")  # planned and travel: nothing
    assert state.apply_filters() == []
    assert state.empty_message() == "No events match the filters (esc clears)"
    state.set_filters(Filters())
    assert len(state.apply_filters()) == 4
    assert state.empty_message().startswith("No events yet")


def test_a_reload_drops_the_filter_of_an_actor_that_is_gone(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    state.toggle_actor("shoigu")
    state.toggle_actor("kim")
    assert state.filters.actors == {"shoigu", "kim"}
    without_shoigu = TIMELINE_YAML.replace(
        "  - id: shoigu\n    name: Shoigu\n    kind: person\n", ""
    ).replace("actors: [shoigu]", "actors: []")
    result = load(make_corpus(tmp_path / "b", without_shoigu))
    assert result.timeline is not None
    state.install(result.timeline)
    assert state.filters.actors == {"kim"}


def test_date_filter_round_trips_through_its_prompt_text(tmp_path: Path) -> None:
    import datetime as dt

    state = loaded(tmp_path)
    assert state.date_range_text() == ""
    state.filter_by_dates(dt.date(2023, 9, 1), None)
    assert state.date_range_text() == "2023-09-01.."
    assert "letters" not in {event.id for event in state.apply_filters()}


def test_selecting_another_event_starts_from_its_first_source(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    state.select("summit")
    assert state.selected_source_count() == 2
    assert state.step_source(1) and state.source_index == 1
    assert state.step_source(1) and state.source_index == 0  # wraps round
    state.step_source(-1)
    state.select("summit")  # the same event: the source stays
    assert state.source_index == 1
    state.select("letters")
    assert state.source_index == 0
    assert not state.step_source(1)  # one source: nothing to step to


def test_the_selected_anchor_is_in_the_article_shown_only(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    state.select("train-departs")
    assert state.selected_anchor() is None  # no article shown yet
    shown = state.open_article("topnews")
    assert shown.error is None and shown.sentences
    anchor = state.selected_anchor()
    assert anchor is not None
    assert shown.text[anchor.start : anchor.end].startswith("A bullet-proof train")
    assert state.cited_by(anchor.sentence) == {"train-departs"}
    assert {m.actor_id for m in shown.mentions} >= {"kim", "putin"}


def test_an_unreadable_article_says_where_and_why(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    (tmp_path / "seeds" / A1).unlink()
    shown = state.open_article("rohani")
    assert shown.error is not None and A1 in shown.error and shown.text == ""
    assert state.citations("rohani") == {}
    missing = state.open_article("nope")
    assert missing.article is None and missing.error == "article 'nope' is not in the timeline"


def test_articles_step_round(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    assert state.next_article_id(1) == "rohani"  # nothing shown: the first
    state.open_article("rohani")
    assert state.next_article_id(1) == "topnews"
    state.open_article("topnews")
    assert state.next_article_id(1) == "rohani"
    assert state.next_article_id(-1) == "rohani"


def test_event_search_looks_at_titles_actor_names_and_tags_of_shown_events(
    tmp_path: Path,
) -> None:
    state = loaded(tmp_path)
    assert set(state.search_events("putin").event_ids) == {"letters", "summit"}
    assert state.search_events("SUMMIT").event_ids == ("summit",)  # a tag, any case
    assert state.search_line() == "SUMMIT (1 in events)"
    state.filter_by_tag("travel")
    state.apply_filters()
    assert state.search_events("putin").event_ids == ()  # hidden events are not searched
    state.clear_search()
    assert state.search is None and state.search_line() == ""


def test_text_search_finds_every_span_ignoring_case() -> None:
    state = ReaderState()
    search = state.search_text("kim", "Kim met KIM. kimchi")
    assert search.spans == ((0, 3), (8, 11), (13, 16))
    assert state.search_line() == "kim (3 in text)"
    assert state.search_text("(", "a (b)").spans == ((2, 3),)  # literal, not a pattern


@pytest.mark.parametrize(
    ("current", "step", "expected"),
    [(0, 1, 3), (3, 1, 7), (7, 1, 3), (7, -1, 3), (3, -1, 7), (5, -1, 3)],
)
def test_step_to_goes_to_the_next_position_and_wraps(
    current: int, step: int, expected: int
) -> None:
    assert step_to([3, 7], current, step) == expected


def test_line_of_reads_the_file_then_falls_back_to_1(tmp_path: Path) -> None:
    state = loaded(tmp_path)
    path = tmp_path / "timeline.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    line = state.line_of(path, "events", "summit")
    assert "summit" in lines[line - 1]
    assert state.line_of(path, "events", "no-such-event") == 1


def test_a_load_with_errors_keeps_the_last_good_timeline(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    state = ReaderState("sumit")
    first = state.take_load(load(path))
    assert first.timeline is not None and first.initial and first.problems == []
    state.install(first.timeline)
    state.apply_filters()
    state.select(state.shown_events[0].id)
    # --event with a misspelt id: say so, with a suggestion.
    note = state.missing_initial_event("timeline.yaml")
    assert note is not None and "--event sumit" in note and "summit" in note
    path.write_text(TIMELINE_YAML.replace("version: 1", "version: [1"), encoding="utf-8")
    broken = state.take_load(load(path))
    assert broken.timeline is None and not broken.initial and state.broken
    assert broken.heading.startswith("The timeline file has errors; showing the last good")
    assert broken.problems and all(problem.is_error for problem in broken.problems)
    assert state.first_error_line(path) == broken.problems[0].line > 0
    assert state.counts_line("t", loading=False).endswith("FILE HAS ERRORS")


def test_a_first_load_with_errors_shows_no_timeline(tmp_path: Path) -> None:
    path = make_corpus(tmp_path, TIMELINE_YAML.replace("version: 1", "version: [1"))
    state = ReaderState()
    report = state.take_load(load(path))
    assert report.timeline is None and report.initial
    assert report.heading == "The timeline file has errors:"
    assert state.missing_initial_event("timeline.yaml") is None


def test_big_counts_are_grouped_as_in_the_loading_header() -> None:
    assert count(20000, "event") == "20,000 events"
    assert count(1, "article") == "1 article"
