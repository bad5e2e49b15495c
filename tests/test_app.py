"""The reader, driven by Pilot: links between panes, keys, filters, search, reload, editing."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import (
    A1,
    TIMELINE_YAML,
    load,
    make_app,
    make_corpus,
    notices,
    palette_search,
    screen_text,
    sentence_text,
    settle,
    wait_for,
)

from tui.app.app import ReaderApp
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.inspector import Inspector
from tui.app.panes.text import ArticleView
from tui.app.screens.help import HelpScreen
from tui.app.screens.prompt import PromptScreen
from tui.app.widgets.status import DiagnosticsPanel, StatusHeader


async def test_cursor_in_events_shows_the_source_sentence_and_marks_actors(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.selected_event_id == "letters"
        assert app.state.article_id == "rohani"
        assert "exchanged letters back in August" in sentence_text(app)
        assert app.text_view.source_span is not None
        assert app.actors_list.in_event == {"kim", "putin", "whitehouse"}
        await pilot.press("j")
        await pilot.press("j")
        await pilot.pause()
        assert app.state.selected_event_id == "train-departs"
        assert app.state.article_id == "topnews"
        assert "bullet-proof train" in sentence_text(app)
        assert app.actors_list.in_event == {"kim"}
        # The sentence is in view: its lines lie within the scrolled window.
        first, last = app.text_view.lines_of_sentence(app.text_view.cursor_sentence)
        top = app.text_view.scroll_y
        assert top <= first and last < top + app.text_view.scrollable_content_region.height
        await pilot.press("k", "k", "G")
        assert app.state.selected_event_id == "exercises"  # undated, last
        await pilot.press("g")
        assert app.state.selected_event_id == "letters"


async def test_enter_focuses_text_and_the_text_cursor_marks_citing_events(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "enter")
        assert isinstance(app.focused, ArticleView)
        assert app.state.selected_event_id == "summit"
        assert "summit" in app.events_list.cited
        start = app.text_view.cursor_sentence
        await pilot.press("down")
        assert app.text_view.cursor_sentence == start + 1
        assert "summit" not in app.events_list.cited
        # Walk down to the sentence quoted by "letters": it becomes marked in Events.
        for _ in range(40):
            if "letters" in app.events_list.cited:
                break
            await pilot.press("j")
        assert app.events_list.cited == {"letters"}
        assert "exchanged letters" in sentence_text(app)


async def test_s_steps_through_the_sources_of_an_event(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        assert (app.state.selected_event_id, app.state.article_id) == ("summit", "rohani")
        await pilot.press("s")
        assert app.state.article_id == "topnews"
        assert "hold a summit" in sentence_text(app)
        await pilot.press("S")
        assert app.state.article_id == "rohani"


async def test_choosing_an_actor_filters_events_and_escape_clears(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        assert isinstance(app.focused, ActorList)
        assert app.actors_list.display and not app.query_one("#events-pane").display
        app.actors_list.select_actor("shoigu")
        await pilot.press("enter")
        assert [e.id for e in app.state.shown_events] == ["exercises"]
        assert app.state.selected_event_id == "exercises"
        assert "actor: Shoigu" in str(app.query_one(StatusHeader).render())
        assert app.text_view.chosen_actors == {"shoigu"}
        await pilot.press("enter")  # choosing again clears
        assert len(app.state.shown_events) == 4
        await pilot.press("enter", "escape")
        assert len(app.state.shown_events) == 4 and not app.state.filters.active
        assert app.state.selected_event_id == "exercises"  # the selection survived


async def test_tag_status_and_date_filters_combine(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.filter_by_tag("diplomacy")
        assert {e.id for e in app.state.shown_events} == {"letters", "summit"}
        from tui.model.timeline import EventStatus

        app.filter_by_status(EventStatus.PLANNED)
        assert [e.id for e in app.state.shown_events] == ["summit"]
        app.filter_by_status(None)
        app.prompt_date_range()
        await pilot.pause()
        await pilot.press(*"2023-09", "enter")
        await pilot.pause()
        assert [e.id for e in app.state.shown_events] == ["summit"]
        header = str(app.query_one(StatusHeader).render())
        assert "tag: diplomacy" in header and "2023-09-01..2023-09-30" in header


async def test_search_events_and_text_with_next_match(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"putin", "enter")
        await pilot.pause()
        assert app.state.search is not None and set(app.state.search.event_ids) == {
            "letters",
            "summit",
        }
        assert app.state.selected_event_id == "summit"  # first match after the cursor
        await pilot.press("n")
        assert app.state.selected_event_id == "letters"  # wraps around
        await pilot.press("N")
        assert app.state.selected_event_id == "summit"
        await pilot.press("escape")
        assert app.state.search is None
        await pilot.press("2", "slash", *"Kirby", "enter")
        await pilot.pause()
        assert app.state.search is not None and app.state.search.scope == "text"
        assert len(app.state.search.spans) >= 3
        first = app.text_view.cursor_sentence
        assert "Kirby" in sentence_text(app)
        await pilot.press("n")  # a search is active: n is "next match", not "new event"
        assert app.text_view.cursor_sentence > first
        assert "Kirby" in sentence_text(app)


async def test_n_never_writes_the_timeline_only_c_does(tmp_path: Path) -> None:
    calls: list[int] = []
    app = make_app(tmp_path, editor_launcher=lambda path, line: calls.append(line))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = app.timeline_path.read_text(encoding="utf-8")
        await pilot.press("2", "slash", *"Kirby", "enter", "n", "escape")
        await pilot.pause()
        assert app.state.search is None
        await pilot.press("n", "n", "N")  # the vim habit just after Escape
        await settle(app, pilot)
        assert app.timeline_path.read_text(encoding="utf-8") == before
        assert calls == []
        footer = app.screen.active_bindings
        assert footer["c"].binding.id == "text.new_event" and footer["c"].enabled
        assert "n" not in footer or not footer["n"].enabled


async def test_brackets_switch_articles(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.article_id == "rohani"
        await pilot.press("right_square_bracket")
        assert app.state.article_id == "topnews"
        assert "Top News" in app.text_view.text
        await pilot.press("left_square_bracket")
        assert app.state.article_id == "rohani"


async def test_help_lists_every_binding(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        listed = {row[3] for row in app.screen.rows}
        assert set(app.binding_ids()) <= listed
        assert {"app.quit", "text.new_event", "events.choose", "actors.choose"} <= listed
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_keymap_from_config_and_bad_config_notifies(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"app.next_article" = "x"\n', encoding="utf-8")
    app = make_app(tmp_path, keymap_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("x")
        # Waited for, not paused once: on a loaded machine the key's action lands a frame later.
        assert await wait_for(pilot, lambda: app.state.article_id == "topnews")
        assert any(row[3] == "app.next_article" and row[1] == "x" for row in app.help_rows())
    config.write_text("[keymap\nbroken", encoding="utf-8")
    app = make_app(tmp_path / "b", keymap_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        # Raised at mount: kept by notices() however long the load took (Textual's own list
        # drops it after its 8 s, which a loaded machine outran).
        assert any("config.toml" in n for n in notices(app))
        assert app.state.selected_event_id == "letters"  # still running


async def test_open_with_event_id(tmp_path: Path) -> None:
    app = make_app(tmp_path, event_id="train-departs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.selected_event_id == "train-departs"
        assert app.events_list.cursor_event_id == "train-departs"
        assert "bullet-proof train" in sentence_text(app)


async def test_folder_path_opens_its_timeline(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    app = ReaderApp(tmp_path, loader=load, watch=False, keymap_path=tmp_path / "none")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.timeline is not None and len(app.state.timeline.events) == 4


async def test_live_reload_keeps_selection_and_shows_errors_until_fixed(tmp_path: Path) -> None:
    app = make_app(tmp_path, watch=True, poll_interval=0.05)
    path = app.timeline_path
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        assert app.state.selected_event_id == "summit"
        added = TIMELINE_YAML + (
            "  - id: added\n    title: A new event\n    date: 2023-09-12\n"
            "    sources:\n      - article: topnews\n"
            "        quote: Kim Jong Un is heading to Russia\n"
        )
        path.write_text(added, encoding="utf-8")
        assert await wait_for(
            pilot, lambda: app.state.timeline and "added" in app.state.timeline.event_by_id
        )
        assert app.state.selected_event_id == "summit"
        assert app.events_list.cursor_event_id == "summit"
        path.write_text(added.replace("title: A new event", "title: [broken\n  oops: {"), "utf-8")
        panel = app.query_one(DiagnosticsPanel)
        assert await wait_for(pilot, lambda: panel.messages)
        assert panel.display
        assert any(f"{path}:" in message for message in panel.messages)
        assert all(message.split(":")[1].isdigit() for message in panel.messages)
        assert "added" in app.state.timeline.event_by_id  # the last good timeline stays
        assert app.state.selected_event_id == "summit"
        path.write_text(added, encoding="utf-8")
        assert await wait_for(pilot, lambda: not panel.messages)
        assert not panel.display


async def test_edit_runs_the_editor_at_the_event_line_then_reloads(tmp_path: Path) -> None:
    calls: list[tuple[Path, int]] = []

    def fake_editor(path: Path, line: int) -> None:
        calls.append((path, line))
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("Armored train leaves", "Armoured train leaves"), "utf-8")

    app = make_app(tmp_path, editor_launcher=fake_editor)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j", "e")
        await settle(app, pilot)
        path, line = calls[0]
        assert path == app.timeline_path
        assert (
            path.read_text(encoding="utf-8")
            .splitlines()[line - 1]
            .strip()
            .endswith("train-departs")
        )
        assert app.state.timeline.event_by_id["train-departs"].title.startswith("Armoured")
        assert app.state.selected_event_id == "train-departs"
        await pilot.press("3", "e")
        await settle(app, pilot)
        actor_line = calls[1][1]
        assert (
            f"id: {app.actors_list.cursor_actor_id}"
            in path.read_text().splitlines()[actor_line - 1]
        )


async def test_c_in_text_adds_an_event_through_the_writer_and_asks_for_a_title(
    tmp_path: Path,
) -> None:
    pytest.importorskip("tui.model.writer", reason="TimelineDocument has not landed yet")
    calls: list[int] = []
    app = make_app(tmp_path, editor_launcher=lambda path, line: calls.append(line))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter", "c")
        await settle(app, pilot)
        text = app.timeline_path.read_text(encoding="utf-8")
        assert "# Letters first, in August." in text  # comments survive
        assert app.state.timeline is not None and len(app.state.timeline.events) == 5
        new = next(
            e
            for e in app.state.timeline.events
            if e.id not in {"letters", "train-departs", "summit", "exercises"}
        )
        assert new.sources[0].article == "rohani"
        assert "exchanged letters" in new.sources[0].quote
        assert set(new.actors) == {"whitehouse"}  # the mentions in that sentence
        assert f"id: {new.id}" in text
        assert app.state.selected_event_id == new.id
        # Opened in the inspector with the retitle prompt, not in $EDITOR.
        assert not calls and isinstance(app.screen, PromptScreen)
        assert app.query_one(Inspector).shown == ("event", new.id)


HOSTILE = (
    "Plain [bold]not bold[/bold] and [link=http://evil.example]click[/link].\n"
    "Escapes: \x1b[31mred\x1b[0m and \x1b]8;;http://evil.example\x07link\x1b]8;;\x07 end.\n"
)


async def test_hostile_text_is_shown_literally(tmp_path: Path) -> None:
    yaml_text = TIMELINE_YAML.replace(
        "title: Kim and Putin exchange letters", 'title: "[red]Kim[/red] \\e[5m letters"'
    )
    app = make_app(tmp_path, yaml_text)
    (tmp_path / "seeds" / A1).write_text(HOSTILE, encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        shown = screen_text(app.text_view)
        assert "[bold]not bold[/bold]" in shown
        assert "[link=http://evil.example]click[/link]" in shown
        assert "\\x1b[31mred" in shown and "\\x07" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        events = screen_text(app.events_list)
        assert "[red]Kim[/red] \\x1b[5m letters" in events
        from tui.app.palette import ReaderCommands

        provider = ReaderCommands(app.screen)
        hits = [hit async for hit in provider.search("letters")]
        shown = [hit.match_display.plain for hit in hits]  # type: ignore[union-attr]
        assert "Event: [red]Kim[/red] \\x1b[5m letters" in shown


async def test_missing_article_shows_a_message(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    (tmp_path / "seeds" / A1).unlink()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.text_view.error
        assert A1 in screen_text(app.text_view)
        await pilot.press("j", "j")
        assert app.state.article_id == "topnews" and app.text_view.error is None


async def test_80x24_stacks_events_over_text_and_wide_uses_three_columns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events, text, actors = app.events_list, app.text_view, app.actors_list
        assert events.size.height >= 4 and text.size.height >= 8
        assert events.region.y < text.region.y
        assert not actors.display
        assert events.size.width >= 76
        await pilot.press("3")
        assert actors.display and actors.size.height >= 4
        await pilot.press("1")
        assert events.display and not actors.display
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert events.display and text.display and actors.display
        pane = app.query_one("#events-pane").region
        assert pane.y == text.region.y == actors.region.y
        assert pane.right <= text.region.x < text.region.right <= actors.region.x
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not actors.display


async def test_command_palette_jumps_to_an_event(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await palette_search(pilot, "armored train")
        await pilot.press("enter")
        await pilot.pause()
        assert app.state.selected_event_id == "train-departs"


async def test_timeline_view_returns_an_event(tmp_path: Path) -> None:
    pytest.importorskip("tui.app.timeline.screen", reason="the timeline view has not landed yet")
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert type(app.screen).__name__ == "TimelineScreen"
        app.screen.dismiss("exercises")
        await pilot.pause()
        assert app.state.selected_event_id == "exercises"


async def test_twenty_thousand_events_paint_only_the_visible_rows(tmp_path: Path) -> None:
    from tui.model.dates import parse_event_date
    from tui.model.timeline import Event, LoadResult, Timeline

    path = make_corpus(tmp_path)
    timeline = Timeline(path)
    timeline.events = [
        Event(
            id=f"e{i}",
            title=f"event {i}",
            date=parse_event_date(f"20{10 + i % 10}-{1 + i % 12:02d}"),
        )
        for i in range(20_000)
    ]
    app = ReaderApp(
        path, loader=lambda p: LoadResult(p, timeline), watch=False, keymap_path=tmp_path / "none"
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events = app.events_list
        assert events.row_count() > 20_000
        assert len(events.children) == 0  # no widget per row
        await pilot.press("G")
        assert app.state.selected_event_id == events.rows[-1].event.id
        await pilot.press("k", "k")
        await pilot.pause()
        assert events.rows[events.cursor_row].event.id == app.state.selected_event_id
        assert len(events._line_cache) < 200  # only visible lines were ever rendered


async def test_broken_file_at_start_shows_the_panel_then_loads_when_fixed(tmp_path: Path) -> None:
    broken = TIMELINE_YAML.replace("events:\n", "events: [\n", 1)
    app = make_app(tmp_path, broken, watch=True, poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(DiagnosticsPanel)
        assert panel.messages and panel.display
        assert app.state.broken
        app.timeline_path.write_text(TIMELINE_YAML, encoding="utf-8")
        assert await wait_for(pilot, lambda: app.state.timeline is not None and not panel.messages)
        assert len(app.state.shown_events) == 4


async def test_r_reloads_and_tab_cycles_panes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, EventList)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, ActorList)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, EventList)
        text = app.timeline_path.read_text(encoding="utf-8")
        app.timeline_path.write_text(text.replace("Armored train", "Night train"), "utf-8")
        await pilot.press("r")
        await settle(app, pilot)
        assert app.state.timeline.event_by_id["train-departs"].title.startswith("Night train")
