"""The help screen: scrolls with the list keys, never sideways, one column layout throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_app, settle
from textual.containers import VerticalScroll
from textual.geometry import Region

from tui.app.screens.help import HelpScreen


async def test_j_k_g_and_G_scroll_the_help(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_y > 2
        await pilot.press("j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("width", [60, 80, 160])
async def test_no_sideways_scroll_and_the_id_column_lines_up(tmp_path: Path, width: int) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one(VerticalScroll)
        assert scroll.max_scroll_x == 0
        assert scroll.virtual_size.width <= scroll.scrollable_content_region.width
        ids = {row[3] for row in app.help_rows()}
        columns = set()
        for table in app.screen.query(".help-table"):
            region = Region(0, 0, table.size.width, table.size.height)
            for strip in table.render_lines(region):
                words = strip.text.split()
                if words and words[-1] in ids:
                    columns.add(strip.text.rindex(words[-1]))
        assert len(columns) == 1, columns  # every id starts in the same column
