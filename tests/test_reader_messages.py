"""What the reader says when there is nothing to show, or the user asked for something amiss."""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, notices, screen_text, settle

from tui.app.panes.events import TimeRuler
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
        assert app.state.shown_events == []
        events = screen_text(app.events_list)
        assert events.splitlines()[0].strip() == "No events match the filters (esc clears)"
        assert "no dated events" not in screen_text(app.query_one(TimeRuler))
        # Text no longer pretends to show a hidden event's source.
        assert app.state.selected_event_id is None
        assert "source" not in app.text_view.border_title
        assert "no event selected" in app.text_view.border_title
        assert app.text_view.source_span is None
        assert "events.choose" not in footer_ids(app)
        assert "app.next_source" not in footer_ids(app)
        await pilot.press("enter", "s")  # nothing to read, nothing to step through
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.shown_events and app.state.selected_event_id is not None
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


async def test_shift_u_in_the_timeline_view_says_when_there_is_no_undated_list() -> None:
    from test_timeline_view import Host, event, timeline

    app = Host(timeline([event("a1", "2023-09-01", "a"), event("a2", "2023-09-05", "a")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("U")
        await pilot.pause()
        assert any("no undated list" in n for n in notices(app))
    app = Host(timeline([event("u1", None, "a")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("U")
        await pilot.pause()
        assert any("only the undated list" in n for n in notices(app))


async def test_a_misspelt_event_id_gets_a_did_you_mean(tmp_path: Path) -> None:
    app = make_app(tmp_path, event_id="sumit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        messages = notices(app)
        assert any("--event sumit" in m and "did you mean 'summit'?" in m for m in messages)


async def test_e_with_errors_in_the_file_opens_the_editor_at_the_first_error(
    tmp_path: Path,
) -> None:
    calls: list[int] = []
    app = make_app(tmp_path, editor_launcher=lambda path, line: calls.append(line))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")  # summit, near the top of the file
        lines = app.timeline_path.read_text(encoding="utf-8").splitlines()
        broken = next(i for i, line in enumerate(lines) if "Russia considers" in line)
        lines[broken] = "    title: [unclosed"
        app.timeline_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert app.state.broken
        first = min(d.line for d in app.state.diagnostics if d.is_error and d.line)
        await pilot.press("e")
        await settle(app, pilot)
        assert calls == [first]
        assert first > broken  # after the event the cursor is on: not the event's line


async def test_a_search_marks_the_matched_text_not_the_whole_title(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"PUTIN", "enter")
        await pilot.pause()
        events = app.events_list
        match_style = events.style_of("events--match")
        row = events.row_of_event["letters"]
        text = events.render_row(row, 70, is_cursor=False)
        marked = [text.plain[s.start : s.end] for s in text.spans if s.style == match_style]
        assert marked == ["Putin"]
        # Readable: the mark has its own foreground, not the title's colour on orange.
        assert match_style.color is not None and match_style.bgcolor is not None
        assert match_style.color != match_style.bgcolor
        # A new query marks its own text on the same events.
        await pilot.press("slash", *["backspace"] * 5, *"kim", "enter")
        await pilot.pause()
        text = events.render_row(events.row_of_event["letters"], 70, is_cursor=False)
        assert [text.plain[s.start : s.end] for s in text.spans if s.style == match_style] == [
            "Kim"
        ]


async def test_list_keys_on_an_empty_list_do_nothing(tmp_path: Path) -> None:
    # Found by key mashing: pagedown with every event filtered out raised IndexError.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.filter_by_tag("no-such-tag")
        await pilot.pause()
        assert app.state.shown_events == []
        await pilot.press("pagedown", "pageup", "j", "k", "g", "G", "home", "end", "enter")
        await pilot.pause()
        assert app.return_code is None and app.state.selected_event_id is None
