"""`q` over the reader closes the screen on top, never quits the app from under it.

A screen with a text line (the article browser's filter, a prompt) takes a typed q as a letter;
once focus has left the line (a click beside it), q closes that screen as it closes help, the
timeline view and search results. Before, it reached the app's own q and quit.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, settle, wait_for
from textual.widgets import Input

from tui.app.screens.articles import ArticlesScreen
from tui.app.screens.prompt import PromptScreen


async def test_q_in_the_article_browser_types_then_closes_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ArticlesScreen))
        await pilot.press("q")
        assert app.screen.query_one(Input).value == "q"  # typed, not acted on
        await pilot.press("backspace")
        app.set_focus(None)  # as a click beside the filter line leaves it
        await pilot.press("q")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, ArticlesScreen))
        assert app.is_running and app.return_code is None


async def test_q_in_a_prompt_types_then_cancels_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")  # retitle the selected event
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        field = app.screen.query_one(Input)
        before = field.value
        await pilot.press("end", "q")
        assert field.value == before + "q"
        app.set_focus(None)
        await pilot.press("q")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, PromptScreen))
        assert app.is_running and app.return_code is None
