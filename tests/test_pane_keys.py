"""Pane keys however fast they come: 1, 2, 3 and tab show and focus their pane at once.

The keys are posted as one burst, as a terminal delivers a quick typist's keys, so that no
deferred focus change can run between them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_app, settle
from textual import events

from tui.app.app import ReaderApp
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.text import ArticleView
from tui.app.screens.prompt import PromptScreen

CHARACTERS = {"slash": "/", "tab": "\t", "escape": "\x1b"}


async def burst(app: ReaderApp, pilot: object, *keys: str) -> None:
    """Post ``keys`` all at once, then let the app handle them."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


def shown(widget: object) -> bool:
    """Whether ``widget`` and every ancestor are displayed and it has room on screen."""
    node = widget
    while node is not None and hasattr(node, "display"):
        if not node.display:  # type: ignore[attr-defined]
            return False
        node = node.parent  # type: ignore[attr-defined]
    return widget.region.height > 0  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_3_then_1_and_slash_at_once_searches_a_shown_events_pane(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await burst(app, pilot, "3")
        await burst(app, pilot, "1", "slash")
        assert isinstance(app.screen, PromptScreen)
        assert "Search events" in str(app.screen.query_one("Label").render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, EventList)
        assert shown(app.events_list)
        before = app.state.selected_event_id
        await pilot.press("j")
        assert app.state.selected_event_id != before  # the cursor that moved is the one on screen


async def test_every_pane_key_in_one_burst_leaves_the_last_pane_shown_and_focused(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        cases: list[tuple[list[str], type]] = [
            (["3", "1"], EventList),
            (["1", "3"], ActorList),
            (["3", "2"], ArticleView),
            (["2", "3", "1"], EventList),
            # tab (Events, Text, Actors, round again) is a priority key: Textual handles it
            # before an earlier 1/2/3, so it gets a burst of its own.
            (["tab"], ArticleView),
            (["tab", "tab"], EventList),
            (["shift+tab"], ActorList),
            (["tab", "shift+tab", "tab"], EventList),
        ]
        for keys, wanted in cases:
            await burst(app, pilot, *keys)
            assert isinstance(app.focused, wanted), keys
            assert shown(app.focused), keys


async def test_2_then_slash_at_once_searches_the_article(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await burst(app, pilot, "2", "slash")
        assert isinstance(app.screen, PromptScreen)
        assert "Search article text" in str(app.screen.query_one("Label").render())


async def test_3_at_80_columns_puts_actors_in_the_events_slot(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        events_slot = app.query_one("#events-pane").region
        text_region = app.text_view.region
        await pilot.press("3")
        await pilot.pause()
        assert not shown(app.events_list)
        assert app.actors_list.region == events_slot  # where Events was, Text unmoved
        assert app.text_view.region == text_region
        await pilot.press("1")
        await pilot.pause()
        assert app.query_one("#events-pane").region == events_slot
        assert not shown(app.actors_list)


async def test_enter_twice_at_once_closes_the_timeline_view_and_a_prompt_once(
    tmp_path: Path,
) -> None:
    # Found by key mashing: the second Enter dismissed again and popped the reader itself.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await burst(app, pilot, "t")
        await burst(app, pilot, "enter", "enter")
        assert app.return_code is None and len(app.screen_stack) == 1
        await burst(app, pilot, "slash")
        await burst(app, pilot, "k", "i", "m", "enter", "enter")
        assert app.return_code is None and len(app.screen_stack) == 1
        assert app.state.search is not None and app.state.search.query == "kim"


async def test_c_then_another_article_at_once_captures_the_sentence_c_was_on(
    tmp_path: Path,
) -> None:
    # Found by key mashing: the new event was built from whatever Text showed by then.
    calls: list[int] = []
    app = make_app(tmp_path, editor_launcher=lambda path, line: calls.append(line))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("2")
        view = app.text_view
        sentence = view.sentences[view.cursor_sentence]
        quote = view.text[sentence.start : sentence.end]
        article = app.state.article_id
        await burst(app, pilot, "c", "right_square_bracket", "G")
        await settle(app, pilot)
        assert app.return_code is None
        new = app.state.timeline.event_by_id[app.state.selected_event_id]  # type: ignore[union-attr]
        assert new.sources[0].article == article
        assert new.sources[0].quote.strip() == quote.strip()


async def test_ctrl_p_then_a_page_key_at_once_does_not_end_the_app(tmp_path: Path) -> None:
    # Found by key mashing: Textual's palette raised KeyError on a page key before its list
    # was laid out.
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await burst(app, pilot, "ctrl+p", "pagedown", "pageup")
        assert app.return_code is None
        await pilot.press("escape")
        await burst(app, pilot, "f", "pagedown")
        assert app.return_code is None
        await pilot.press("escape")
        # A search typed as the palette opens ran before its list was mounted (NoMatches).
        await burst(app, pilot, "escape", "backspace", "g", "plus", "ctrl+p", "g", "tab")
        await pilot.pause(0.1)
        assert app.return_code is None
