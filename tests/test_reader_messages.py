"""What the reader says when there is nothing to show, or the user asked for something amiss."""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, screen_text, settle

from tui.app.events_pane import TimeRuler
from tui.model.timeline import EventStatus


def footer_ids(app: object) -> set[str]:
    """Ids of the bindings the footer offers now (shown and enabled)."""
    return {
        active.binding.id or active.binding.action
        for active in app.screen.active_bindings.values()  # type: ignore[attr-defined]
        if active.binding.show and active.enabled
    }


async def test_filters_that_hide_every_event_say_so_and_escape_clears(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "events.choose" in footer_ids(app)
        app.filter_by_tag("diplomacy")
        app.filter_by_status(EventStatus.EXPECTED)  # no expected diplomacy event
        await pilot.pause()
        assert app.shown_events == []
        events = screen_text(app.events_list)
        assert events.splitlines()[0].strip() == "No events match the filters (esc clears)"
        assert "no dated events" not in screen_text(app.query_one(TimeRuler))
        # Text no longer pretends to show a hidden event's source.
        assert app.selected_event_id is None
        assert "source" not in app.text_view.border_title
        assert "no event selected" in app.text_view.border_title
        assert app.text_view.source_span is None
        assert "events.choose" not in footer_ids(app)
        assert "app.next_source" not in footer_ids(app)
        await pilot.press("enter", "s")  # nothing to read, nothing to step through
        await pilot.press("escape")
        await pilot.pause()
        assert app.shown_events and app.selected_event_id is not None
        assert app.text_view.border_title.startswith("2 Text")
        assert "no event selected" not in app.text_view.border_title
        assert "events.choose" in footer_ids(app)


async def test_a_timeline_without_events_says_how_to_add_one(tmp_path: Path) -> None:
    text = "articles:\n  - id: a\n    path: seeds/000_3422d561840cf15d.txt\n"
    app = make_app(tmp_path, text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        first = screen_text(app.events_list).splitlines()[0]
        assert "No events yet" in first and "c in Text" in first
