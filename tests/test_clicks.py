"""The mouse: a click selects what it lands on, in every pane and in the timeline view."""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, screen_text, sentence_text, settle
from test_timeline_view import Host, plot_text, sample

from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.text import ArticleView
from tui.app.timeline.plot import TimelinePlot
from tui.app.timeline.screen import TimelineScreen
from tui.app.timeline.undated import UndatedList


def marker_offset(plot: TimelinePlot, lane_label: str, marker: str) -> tuple[int, int]:
    """Where ``marker`` is drawn in the lane labelled ``lane_label``, relative to the plot."""
    lines = plot_text(plot).splitlines()
    y = next(index for index, line in enumerate(lines) if line.startswith(lane_label))
    return lines[y].index(marker, plot.label_width), y


async def test_a_click_on_a_marker_selects_its_event() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(TimelinePlot)
        assert plot.cursor_event is not None and plot.cursor_event.id == "a1"
        x, y = marker_offset(plot, "Alice", "◇")
        assert await pilot.click(TimelinePlot, offset=(x, y))
        await pilot.pause()
        assert plot.cursor_event.id == "a3"
        x, y = marker_offset(plot, "Bob", "●")
        await pilot.click(TimelinePlot, offset=(x, y))
        await pilot.pause()
        assert (plot.cursor_lane, plot.cursor_event.id) == (1, "a1")
        # The axis and an empty cell select nothing and break nothing.
        await pilot.click(TimelinePlot, offset=(x, 0))
        await pilot.click(TimelinePlot, offset=(2, y))
        await pilot.pause()
        assert plot.cursor_event.id == "a1"
        await pilot.click(UndatedList, offset=(3, 1))
        await pilot.pause()
        assert isinstance(app.screen.focused, UndatedList)
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == "u1"


async def test_a_click_in_the_readers_timeline_view_then_enter_selects_the_event(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        plot = app.screen.query_one(TimelinePlot)
        assert plot.cursor_event is not None
        opened_on = plot.cursor_event.id
        # The latest marker drawn: another event than the (first) one the view opened on.
        lines = plot_text(plot).splitlines()
        x, y = max(
            (max(line.rfind(mark) for mark in "●○◇"), y)
            for y, line in enumerate(lines)
            if any(mark in line[plot.label_width :] for mark in "●○◇")
        )
        await pilot.click(TimelinePlot, offset=(x, y))
        await pilot.pause()
        chosen = plot.cursor_event.id
        assert chosen != opened_on
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, TimelineScreen)
        assert app.state.selected_event_id == chosen
        assert app.return_code is None  # still running: nothing crashed


async def test_a_click_on_an_event_row_selects_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events = app.events_list
        assert app.state.selected_event_id == "letters"
        rows = screen_text(events).splitlines()
        y = next(index for index, line in enumerate(rows) if "train" in line.casefold())
        await pilot.click(EventList, offset=(10, y))
        await pilot.pause()
        assert app.state.selected_event_id == "train-departs"
        assert events.cursor_event_id == "train-departs"
        assert "bullet-proof train" in sentence_text(app)
        # A heading is not an event: the selection stays.
        await pilot.click(EventList, offset=(2, 0))
        await pilot.pause()
        assert app.state.selected_event_id == "train-departs"
        # A double click reads the source, as Enter does.
        await pilot.double_click(EventList, offset=(10, y))
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)


async def test_a_click_on_a_sentence_moves_the_text_cursor_there(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        before = view.cursor_sentence
        _first, last = view.lines_of_sentence(before)
        top = round(view.scroll_y)
        # The line below the cursor sentence belongs to the next one.
        target_line = last + 1
        y = target_line - top
        assert 0 <= y < view.scrollable_content_region.height
        offset_y = y + (view.scrollable_content_region.y - view.region.y)
        await pilot.click(ArticleView, offset=(12, offset_y))
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)
        assert view.cursor_sentence == before + 1
        # The events quoting the new sentence are marked, as when the cursor moves by key.
        assert app.events_list.cited == app.state.citations(app.state.article_id or "").get(
            view.cursor_sentence, frozenset()
        )


async def test_on_a_line_two_sentences_share_the_column_decides(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        # A visual line on which a sentence begins after the line's start.
        line, sentence = next(
            (line, index)
            for index, sentence in enumerate(view.sentences)
            for line, visual in enumerate(view.lines)
            if visual.header is None and visual.start < sentence.start < visual.end
        )
        column = 2 + len(view.text[view.lines[line].start : view.sentences[sentence].start])
        view.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        top = round(view.scroll_y)
        offset_y = line - top + (view.scrollable_content_region.y - view.region.y)
        await pilot.click(ArticleView, offset=(column + 1, offset_y))
        await pilot.pause()
        assert view.cursor_sentence == sentence
        await pilot.click(ArticleView, offset=(column - 2, offset_y))
        await pilot.pause()
        assert view.cursor_sentence == sentence - 1


async def test_a_click_on_an_actor_row_selects_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        actors = app.actors_list
        assert actors.cursor_row == 0
        offset_y = 2 + (actors.scrollable_content_region.y - actors.region.y)
        await pilot.click(ActorList, offset=(4, offset_y))
        await pilot.pause()
        assert isinstance(app.focused, ActorList)
        assert actors.cursor_row == 2
        chosen = actors.cursor_actor_id
        await pilot.double_click(ActorList, offset=(4, offset_y))
        await pilot.pause()
        assert app.state.filters.actors == {chosen}
