"""What a cursor move repaints and does at once (issue 8: a move in <= 5x a minimal app's key).

Through Pilot: the selection and its article follow the Events cursor inside the key's own
handler (one frame, not two); a move of the Text cursor repaints exactly the lines whose look
changed, and a line two sentences share shows the new one's highlight; a new article's length
reaches the scrollbar without a screen layout; the articles of the next events are split ahead.
The writer's parse waits for the keys to pause. Without Pilot: the file watcher's budget
still sees every file change.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, settle, wait_for, workers_done
from rich.style import Style
from textual.strip import Strip

import tui.app.loading as loading_module
from tui.app.panes.text import ArticleView
from tui.app.watcher import ChangeTracker
from tui.model.writer import editor_for


def _cells_with_background(strip: Strip, background: Style) -> set[int]:
    """The cells of ``strip`` drawn on ``background``'s colour."""
    cells: set[int] = set()
    column = 0
    for segment in strip:
        width = segment.cell_length
        if segment.style is not None and segment.style.bgcolor == background.bgcolor:
            cells.update(range(column, column + width))
        column += width
    return cells


async def test_the_selection_and_article_follow_the_events_cursor_in_the_same_call(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, event_id="letters")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events = app.events_list
        assert app.state.selected_event_id == "letters"
        events.action_cursor_down()  # no await: nothing else runs before the next frame
        moved_to = events.cursor_event_id
        assert moved_to is not None and moved_to != "letters"
        assert app.state.selected_event_id == moved_to
        event = app.state.timeline.event_by_id[moved_to]  # type: ignore[union-attr]
        assert app.text_view.article is not None
        assert app.text_view.article.id == event.sources[0].article


async def test_a_text_cursor_move_repaints_only_the_two_sentences(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 40)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        view.focus()
        view.set_cursor_sentence(0, notify=False)
        view.scroll_to(y=0, animate=False, immediate=True)
        await pilot.pause()
        painter = view._painter
        top, height = round(view.scroll_y), view.scrollable_content_region.height
        assert painter.changed_runs(top, height) == []  # every painted line is up to date
        before = view.lines_of_sentence(0)
        after = view.lines_of_sentence(1)
        assert before is not None and after is not None and after[1] < top + height
        view.set_cursor_sentence(1, notify=False)
        assert round(view.scroll_y) == top  # still in view: no scroll, no whole repaint
        changed = {
            line
            for first, count in painter.changed_runs(top, height)
            for line in range(first, first + count)
        }
        expected = set(range(before[0], before[1] + 1)) | set(range(after[0], after[1] + 1))
        assert changed == expected


async def test_a_line_two_sentences_share_shows_the_new_cursor_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        line, sentence = next(
            (line, index)
            for index, sentence in enumerate(view.sentences)
            for line, visual in enumerate(view.lines)
            if index and visual.header is None and visual.start < sentence.start < visual.end
        )
        boundary = 2 + len(view.text[view.lines[line].start : view.sentences[sentence].start])
        cursor = view.get_component_rich_style("text--cursor")
        view.set_cursor_sentence(sentence - 1, notify=False)
        view.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        y = line - round(view.scroll_y)
        first = _cells_with_background(view.render_line(y), cursor)
        assert first and max(first) < boundary
        view.set_cursor_sentence(sentence, notify=False)
        await pilot.pause()
        y = line - round(view.scroll_y)
        second = _cells_with_background(view.render_line(y), cursor)
        assert second and min(second) >= boundary


async def test_a_longer_article_reaches_the_scrollbar_without_a_screen_layout(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path, event_id="letters")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        shown = len(view.lines)
        app.show_article("topnews")
        assert len(view.lines) != shown
        assert not app.screen._layout_required  # a new length is no reason to lay out again
        await pilot.pause()
        assert view.virtual_size.height == len(view.lines)
        assert view.vertical_scrollbar.window_virtual_size == len(view.lines)
        view.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        height = view.scrollable_content_region.height
        assert round(view.scroll_y) == max(0, len(view.lines) - height)


async def test_the_articles_of_the_next_events_are_split_ahead(tmp_path: Path) -> None:
    app = make_app(tmp_path, event_id="letters")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await workers_done(app)
        timeline = app.state.timeline
        assert timeline is not None and app.state.article_id == "rohani"
        # The next events quote topnews too, which nothing has shown yet.
        topnews = app.state.corpus.text(timeline.article_by_id["topnews"])
        assert topnews.is_split


def test_a_poll_with_a_budget_sees_every_change_in_turn(tmp_path: Path) -> None:
    files = [tmp_path / f"file{index}.txt" for index in range(10)]
    for file in files:
        file.write_text("one", encoding="utf-8")
    tracker = ChangeTracker(files)
    last = files[-1]
    last.write_text("two, longer", encoding="utf-8")
    # Nine others, two a poll besides the first file: each is looked at every fifth poll,
    # and a change settles at its second sighting.
    settled = [path for _ in range(10) for path in tracker.poll(budget=3)]
    assert settled == [last]
    first = files[0]
    first.write_text("three, longer still", encoding="utf-8")
    assert tracker.poll(budget=3) == []  # seen once
    assert tracker.poll(budget=3) == [first]  # the first file every poll: settled at once


async def test_the_writer_parse_waits_for_the_keys_to_pause(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(loading_module, "WARM_AFTER_IDLE", 60.0)
    app = make_app(tmp_path, event_id="letters")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        editor = editor_for(app.timeline_path)
        await pilot.press("j", "j", "k")
        await workers_done(app)
        assert editor._document is None  # keys came (and the pause is long): not parsed yet
        monkeypatch.setattr(loading_module, "WARM_AFTER_IDLE", 0.01)
        app._warm_writer_when_idle()
        assert await wait_for(pilot, lambda: editor._document is not None)
