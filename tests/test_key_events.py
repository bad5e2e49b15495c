"""The reader's key-events filter: K toggles it, { and } change how many, the header counts."""

from __future__ import annotations

from pathlib import Path

from conftest import A1, A2, load, make_app, make_corpus, settle

from tui.app.state import DEFAULT_KEY_EVENTS, ReaderState
from tui.model.timeline import EventStatus

QUOTE_A = "the White House warned of high-level discussions"
QUOTE_B = "A bullet-proof train believed to be carrying the North Korean leader"


def busy_timeline(days: int = 30) -> str:
    """``days`` events cited once each, and ``big``, cited by both articles, on a later day."""
    lines = [
        "version: 1",
        "articles:",
        f"  - {{id: rohani, path: seeds/{A1}, title: A, published: 2023-09-11}}",
        f"  - {{id: topnews, path: seeds/{A2}, title: B, published: 2023-09-11}}",
        "events:",
    ]
    for day in range(1, days + 1):
        lines += [
            f"  - id: day-{day:02d}",
            f"    title: Event of day {day}",
            f"    date: 2023-08-{day:02d}",
            "    sources:",
            f"      - {{article: rohani, quote: {QUOTE_A}}}",
        ]
    lines += [
        "  - id: big",
        "    title: Train leaves",
        "    date: 2023-09-10",
        "    status: planned",
        "    sources:",
        f"      - {{article: rohani, quote: {QUOTE_A}}}",
        f"      - {{article: topnews, quote: {QUOTE_B}}}",
    ]
    return "\n".join(lines) + "\n"


def state_on(tmp_path: Path) -> ReaderState:
    result = load(make_corpus(tmp_path, busy_timeline()))
    assert result.timeline is not None
    state = ReaderState()
    state.install(result.timeline)
    state.apply_filters()
    return state


def test_key_events_keep_the_most_salient_in_date_order(tmp_path: Path) -> None:
    state = state_on(tmp_path)
    assert state.key_events_line() == ""
    state.toggle_key_events()
    shown = state.apply_filters()
    assert len(shown) == DEFAULT_KEY_EVENTS
    assert "big" in {event.id for event in shown}
    assert [e.sort_key() for e in shown] == sorted(e.sort_key() for e in shown)
    assert state.key_events_line() == f"key events: {DEFAULT_KEY_EVENTS} of 31"
    assert state.counts_line("t", loading=False).startswith(f"{DEFAULT_KEY_EVENTS}/31 events")


def test_key_events_compose_with_the_other_filters(tmp_path: Path) -> None:
    state = state_on(tmp_path)
    state.toggle_key_events()
    state.filter_by_status(EventStatus.OCCURRED)  # big is planned: out before the ranking
    shown = state.apply_filters()
    assert "big" not in {event.id for event in shown}
    assert state.key_events_line() == f"key events: {DEFAULT_KEY_EVENTS} of 30"
    assert state.filters_line() == f"status: occurred · key events: {DEFAULT_KEY_EVENTS} of 30"


def test_the_count_steps_and_stops_at_its_ends(tmp_path: Path) -> None:
    state = state_on(tmp_path)
    state.toggle_key_events()
    assert state.step_key_count(-1) and state.key_count < DEFAULT_KEY_EVENTS
    while state.step_key_count(-1):
        pass
    assert len(state.apply_filters()) == state.key_count > 0
    while state.step_key_count(1):
        pass
    assert len(state.apply_filters()) == 31  # more key events than events: all of them


def test_a_reload_scores_the_new_timeline(tmp_path: Path) -> None:
    state = state_on(tmp_path)
    state.toggle_key_events()
    state.apply_filters()
    result = load(make_corpus(tmp_path / "b", busy_timeline(days=3)))
    assert result.timeline is not None
    state.install(result.timeline)
    assert [e.id for e in state.apply_filters()] == ["day-01", "day-02", "day-03", "big"]
    assert state.key_events_line() == "key events: 4 of 4"


async def test_k_braces_and_escape_in_the_reader(tmp_path: Path) -> None:
    app = make_app(tmp_path, busy_timeline())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert len(app.events_list.row_of_event) == 31
        await pilot.press("K")
        assert len(app.events_list.row_of_event) == DEFAULT_KEY_EVENTS
        assert "key events: 25 of 31" in str(app.query_one("#header").render())
        await pilot.press("left_curly_bracket")
        assert len(app.events_list.row_of_event) == app.state.key_count < DEFAULT_KEY_EVENTS
        await pilot.press("right_curly_bracket", "right_curly_bracket")
        assert len(app.events_list.row_of_event) == 31
        assert "key events: 31 of 31" in str(app.query_one("#header").render())
        await pilot.press("escape")
        assert not app.state.key_events
        assert len(app.events_list.row_of_event) == 31
        assert "key events" not in str(app.query_one("#header").render())
        await pilot.press("right_curly_bracket")  # does nothing while key events are off
        assert len(app.events_list.row_of_event) == 31
