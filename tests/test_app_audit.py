"""The reader as a demanding user meets it: footer keys, other screens, reload, editor, safety."""

from __future__ import annotations

import contextlib
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
    settle,
    wait_for,
)

import tui.app.editing as editing_module
from tui.app.app import ReaderApp
from tui.app.main import run_reader
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.inspector import Inspector
from tui.app.panes.text import ArticleView
from tui.app.screens.help import HelpScreen
from tui.app.screens.prompt import PromptScreen
from tui.app.timeline.plot import TimelinePlot
from tui.app.timeline.screen import TimelineScreen
from tui.app.widgets.status import DiagnosticsPanel, StatusHeader


def footer_ids(app: ReaderApp) -> set[str]:
    """The ids of the bindings the footer shows right now."""
    return {
        active.binding.id or active.binding.action
        for active in app.screen.active_bindings.values()
        if active.binding.show
    }


def header(app: ReaderApp) -> str:
    return str(app.query_one(StatusHeader).render())


async def test_footer_shows_the_keys_that_apply_in_each_pane(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        shown = footer_ids(app)
        assert {"events.choose", "app.search", "app.timeline", "app.edit", "app.quit"} <= shown
        # "letters" has one source, no search, no filter: s, n and Escape would do nothing.
        assert not shown & {"app.next_source", "app.next_match", "app.clear"}
        await pilot.press("j")  # summit: two sources
        assert "app.next_source" in footer_ids(app)
        await pilot.press("2")
        shown = footer_ids(app)
        assert "text.new_event" in shown and "events.choose" not in shown
        await pilot.press("3")
        assert "actors.choose" in footer_ids(app)
        await pilot.press("enter")
        assert "app.clear" in footer_ids(app)
        await pilot.press("escape")
        assert "app.clear" not in footer_ids(app)
        await pilot.press("1", "slash", *"putin", "enter")
        await pilot.pause()
        assert {"app.next_match", "app.clear"} <= footer_ids(app)


async def test_footer_at_80_columns_keeps_edit_and_timeline_in_view(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")  # the most crowded footer: two sources
        footer = app.screen.query_one("Footer")
        keys = {key.key: key for key in footer.query("FooterKey")}
        for key in ("slash", "s", "t", "e", "question_mark"):
            region = keys[key].region
            assert region.width and region.right <= 80 - len("^p palette"), key


async def test_reader_keys_do_nothing_over_the_timeline_view(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("slash", "right_square_bracket", "3", "r")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)  # no search prompt over the view
        assert app.state.article_id == "rohani" and app.loads == 1
        assert not footer_ids(app) & {"app.search", "app.next_source", "app.timeline"}
        assert {"timeline.choose", "app.edit", "app.help"} <= footer_ids(app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert {"timeline.zoom_in", "timeline.pan_left", "timeline.close"} <= {
            row[3] for row in app.screen.rows
        }
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)  # back in the reader, / searches again


async def test_e_in_the_timeline_view_edits_the_event_under_its_cursor(tmp_path: Path) -> None:
    calls: list[int] = []
    app = make_app(tmp_path, editor_launcher=lambda path, line: calls.append(line))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        plot = app.screen.query_one(TimelinePlot)
        assert plot.select_event("train-departs")
        await pilot.press("e")
        await settle(app, pilot)
        line = app.timeline_path.read_text(encoding="utf-8").splitlines()[calls[0] - 1]
        assert line.strip() == "- id: train-departs"
        assert isinstance(app.screen, TimelineScreen)


async def test_live_reload_updates_an_open_timeline_view(tmp_path: Path) -> None:
    app = make_app(tmp_path, watch=True, poll_interval=0.05)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        screen.plot.select_event("train-departs")
        await pilot.press("minus")  # a scale of the user's choosing survives the reload
        zoom = screen.plot.zoom
        text = TIMELINE_YAML.replace("Armored train leaves", "Night train leaves") + (
            "  - id: added\n    title: A later visit\n    date: 2023-10-02\n    actors: [kim]\n"
        )
        app.timeline_path.write_text(text, encoding="utf-8")
        assert await wait_for(pilot, lambda: "added" in screen.lanes_layout.index_by_id)
        assert screen.plot.zoom == zoom
        assert screen.current_event_id() == "train-departs"
        await pilot.pause()
        assert "Night train leaves" in str(screen.query_one("#timeline-detail").render())


async def test_a_broken_save_keeps_the_cursor_in_view_and_says_so(tmp_path: Path) -> None:
    app = make_app(tmp_path, watch=True, poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("G")  # the last row: the first to be hidden when the panel opens
        events = app.events_list
        broken = TIMELINE_YAML.replace("title: Russia considers", "title: [Russia considers")
        app.timeline_path.write_text(broken, encoding="utf-8")
        panel = app.query_one(DiagnosticsPanel)
        assert await wait_for(pilot, lambda: panel.messages)

        def cursor_in_view() -> bool:
            top = round(events.scroll_y)
            return top <= events.cursor_row < top + events.scrollable_content_region.height

        def laid_out() -> bool:
            # The panel grows twice: shown, then its message lines mounted; the list shrinks
            # (and scrolls its cursor back into view) once each has been laid out.
            lines = panel.query("#diagnostic-lines")
            grown = bool(lines) and panel.region.height >= lines.first().size.height + 1
            return grown and cursor_in_view()

        # (Bounded: a cursor left out of view fails here, however long it is waited for.)
        assert await wait_for(pilot, laid_out)
        assert "FILE HAS ERRORS" in header(app)
        footer = app.screen.query_one("Footer")
        assert panel.region.bottom <= footer.region.y  # nothing of the panel under the footer
        message_lines = panel.query_one("#diagnostic-lines").size.height
        assert panel.region.height >= message_lines + 1  # every line of the message shows
        assert cursor_in_view()
        app.timeline_path.write_text(TIMELINE_YAML, encoding="utf-8")
        assert await wait_for(pilot, lambda: not panel.messages)
        assert "FILE HAS ERRORS" not in header(app)
        assert app.state.selected_event_id == "exercises"


async def test_a_half_written_save_never_shows_errors(tmp_path: Path) -> None:
    app = make_app(tmp_path, watch=True, poll_interval=0.2)
    results = []
    loaded = app._loaded

    def record(result: object, *rest: object) -> None:
        results.append(result)
        loaded(result, *rest)  # type: ignore[arg-type]

    app._loaded = record  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        text = TIMELINE_YAML.replace("Armored train leaves", "Night train leaves")
        path = app.timeline_path
        path.write_text(text[: len(text) // 3], encoding="utf-8")  # an editor mid-save
        await pilot.pause(0.05)
        path.write_text(text, encoding="utf-8")
        assert await wait_for(
            pilot, lambda: app.state.timeline.event_by_id["train-departs"].title.startswith("Night")
        )
        assert all(not result.errors for result in results)  # type: ignore[attr-defined]
        assert not app.query_one(DiagnosticsPanel).display
        assert app.state.selected_event_id == "summit"


async def test_timeline_view_keys_can_be_remapped(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"timeline.zoom_in" = "z"\n"app.timeline" = "v"\n', "utf-8")
    app = make_app(tmp_path, keymap_path=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert not any("unknown binding id" in n for n in notices(app))
        await pilot.press("t")
        assert not isinstance(app.screen, TimelineScreen)
        await pilot.press("v")
        assert await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen), 10)
        zoom = app.screen.plot.zoom
        await pilot.press("z")
        assert await wait_for(pilot, lambda: app.screen.plot.zoom == zoom - 1, 10)
        assert any(row[3] == "timeline.zoom_in" and row[1] == "z" for row in app.help_rows())


HOSTILE = "[bold]x[/bold] [link=http://evil.example]y[/link] \\e[31mred\\a"
SHOWN = "[bold]x[/bold] [link=http://evil.example]y[/link] \\x1b[31mred\\x07"


async def test_every_timeline_string_is_shown_literally(tmp_path: Path) -> None:
    quoted = '"' + HOSTILE + '"'
    text = (
        TIMELINE_YAML.replace("name: Kim Jong Un", f"name: {quoted}")
        .replace("title: Kim and Putin plan to meet", f"title: {quoted}")
        .replace("byline: Armita Rohani", f"byline: {quoted}")
        .replace("tags: [diplomacy]", f"tags: [{quoted}]")
        .replace("title: Armored train leaves Pyongyang", f"title: {quoted}")
    )
    app = make_app(tmp_path, text)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        app.show_article("rohani")  # from its top: the title and byline in view
        await pilot.pause()
        shown_text = screen_text(app.text_view)  # the title and the byline, wrapped
        assert shown_text.count("[link=http://evil.example]y[/link]") == 2
        assert shown_text.count("\\x1b[31mred\\x07") == 2
        assert "[bold]x[/bold] [link=h…" in screen_text(app.actors_list)  # cut to fit
        assert "[bold]x[/bold] [link=" in screen_text(app.events_list)
        app.select_event("train-departs")
        await pilot.pause()
        inspected = app.query_one(Inspector).plain  # on from 160 columns: whole, literal
        assert inspected.count("[link=http://evil.example]y[/link]") == 2  # title, actor
        assert "\\x1b[31mred" in inspected and "\x1b" not in inspected
        app.filter_by_tag(HOSTILE.replace("\\e", "\x1b").replace("\\a", "\x07"))
        await pilot.pause()
        assert f"tag: {SHOWN}" in header(app)
        await pilot.press("t")
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        screen.plot.select_event("letters")
        await pilot.pause()
        lanes = screen_text(screen.plot)
        assert "[bold]x[/bold]" in lanes and "\x1b" not in lanes
        detail = str(screen.query_one("#timeline-detail").render())
        assert SHOWN in detail
        # What would go to the terminal: no hyperlink, no bell, no red from the data.
        await pilot.press("escape")
        await pilot.pause()
        output = app.screen._compositor.render_full_update().render_segments(app.console)
        assert "\x1b]8;" not in output and "\x07" not in output
        assert "\x1b[31mred" not in output and "\\x1b[31mred" in output


async def test_text_title_tells_which_source_and_a_quote_not_found(tmp_path: Path) -> None:
    text = TIMELINE_YAML.replace(
        "quote: During the visit he will meet Putin and hold a summit",
        "quote: a sentence that no article contains",
    )
    app = make_app(tmp_path, text)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        # The title always names the article: title, outlet (none here), date.
        assert app.text_view.border_title == "2 Text · Kim and Putin plan to meet · Mon 11 Sep 2023"
        await pilot.press("j")
        assert app.text_view.border_title == (
            "2 Text · source 1 of 2 · Kim and Putin plan to meet · Mon 11 Sep 2023"
        )
        await pilot.press("s")
        assert app.state.article_id == "topnews"
        assert "source 2 of 2" in str(app.text_view.border_title)
        assert "quote not found" in str(app.text_view.border_title)
        assert app.text_view.source_span is None


async def test_event_flag_applies_once_a_broken_file_is_fixed(tmp_path: Path) -> None:
    broken = TIMELINE_YAML.replace("events:\n", "events: [\n", 1)
    app = make_app(tmp_path, broken, watch=True, poll_interval=0.05, event_id="train-departs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.timeline is None
        app.timeline_path.write_text(TIMELINE_YAML, encoding="utf-8")
        assert await wait_for(pilot, lambda: app.state.timeline is not None)
        await pilot.pause()
        assert app.state.selected_event_id == "train-departs"


async def test_a_bad_event_id_is_named_in_a_message(tmp_path: Path) -> None:
    app = make_app(tmp_path, event_id="no-such-event")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.state.selected_event_id == "letters"
        assert any("--event no-such-event" in n for n in notices(app))


def test_a_bad_path_is_a_message_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_reader(str(tmp_path / "nowhere")) == 2
    assert run_reader(str(tmp_path)) == 2  # a folder without timeline.yaml
    error = capsys.readouterr().err
    assert "nowhere: no such timeline file" in error
    assert f"no timeline.yaml in {tmp_path}" in error
    assert f"newsline extract --timeline {tmp_path / 'timeline.yaml'} ARTICLE" in error


async def test_palette_opens_an_article_in_text(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await palette_search(pilot, "article heading")
        await pilot.press("enter")
        await pilot.pause()
        assert app.state.article_id == "topnews"
        assert isinstance(app.focused, ArticleView)
        assert app.text_view.cursor_sentence == 0


async def test_the_terminal_editor_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """VISUAL wins over EDITOR, arguments in it are kept, vi is the fallback; app suspended."""
    runs: list[list[str]] = []
    suspended: list[bool] = []
    monkeypatch.setattr(editing_module.subprocess, "run", lambda args, **kw: runs.append(args))
    app = make_app(tmp_path)

    @contextlib.contextmanager
    def suspend():  # type: ignore[no-untyped-def]
        suspended.append(True)
        yield

    monkeypatch.setattr(app, "suspend", suspend)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        monkeypatch.setenv("VISUAL", "code --wait")
        monkeypatch.setenv("EDITOR", "nano")
        await pilot.press("j", "j", "e")
        await settle(app, pilot)
        monkeypatch.delenv("VISUAL")
        await pilot.press("e")
        await settle(app, pilot)
        monkeypatch.delenv("EDITOR")
        await pilot.press("e")
        await settle(app, pilot)
    path = str(app.timeline_path)
    line = app.line_of("events", "train-departs")
    assert runs == [
        ["code", "--wait", f"+{line}", path],
        ["nano", f"+{line}", path],
        ["vi", f"+{line}", path],
    ]
    assert suspended == [True, True, True]


async def test_an_editor_that_cannot_start_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", str(tmp_path / "no-such-editor"))
    app = make_app(tmp_path)
    monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        assert any("cannot run" in n for n in notices(app))
        assert app.state.timeline is not None


async def test_missing_article_file_in_a_folder_opened_by_path(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    (tmp_path / "seeds" / A1).unlink()
    app = ReaderApp(tmp_path, loader=load, watch=False, keymap_path=tmp_path / "none")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.focused, EventList)
        shown = screen_text(app.text_view)
        assert A1 in shown and app.text_view.error
        await pilot.press("enter", "c")  # no sentences: no new event from a missing article
        await settle(app, pilot)
        assert len(app.state.timeline.events) == 4


async def test_tab_cycles_all_three_panes_at_80_columns(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        seen = [type(app.focused).__name__]
        for _ in range(3):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert seen == ["EventList", "ArticleView", "ActorList", "EventList"]
        assert app.events_list.display and not app.actors_list.display
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ActorList) and app.actors_list.display
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, EventList)
        await pilot.press("slash")  # in the prompt, tab is the prompt's own
        await pilot.press("tab")
        assert isinstance(app.screen, PromptScreen)


async def test_events_citing_the_text_sentence_are_scrolled_into_view(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 16)) as pilot:  # room for three rows of Events
        await settle(app, pilot)
        events = app.events_list
        await pilot.press("enter")  # "letters", at the top of the list
        assert events.scroll_y == 0
        for _ in range(60):
            if "exercises" in events.cited:
                break
            await pilot.press("j")
        assert events.cited == {"exercises"}
        row = events.row_of_event["exercises"]
        top = round(events.scroll_y)
        assert top <= row < top + events.scrollable_content_region.height
        assert app.state.selected_event_id == "letters"  # the cursor stayed


async def test_a_save_made_while_loading_is_loaded_next(tmp_path: Path) -> None:
    saved_during_load: list[bool] = []

    def slow_loader(path: Path) -> object:
        result = load(path)
        if not saved_during_load:  # the user saves while the first load is still running
            saved_during_load.append(True)
            text = TIMELINE_YAML.replace("Armored train leaves", "Night train leaves")
            path.write_text(text, encoding="utf-8")
        return result

    app = make_app(tmp_path, watch=True, poll_interval=0.05)
    app.loader = slow_loader  # type: ignore[assignment]
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert await wait_for(
            pilot,
            lambda: (
                app.state.timeline is not None
                and app.state.timeline.event_by_id["train-departs"].title.startswith("Night")
            ),
        )


async def test_the_ruler_marks_the_cursor_with_its_date_at_its_precision(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        ruler = app.query_one("#ruler")
        assert ruler.size.height == 2  # wide: density bars, then dates
        await pilot.press("j")  # summit, "Sep 2023"
        await pilot.pause()
        bars, dates = (ruler.render_line(y).text for y in range(2))
        assert "▲Sep 2023" in dates or "Sep 2023▲" in dates
        assert "1 Sep 2023" not in dates
        assert bars.count("┃") == 1
        column = bars.index("┃")
        await pilot.press("j")  # train-departs, 10 Sep: later, so further right
        await pilot.pause()
        bars, dates = (ruler.render_line(y).text for y in range(2))
        assert "Sun 10 Sep 2023" in dates and bars.index("┃") > column
