"""The header asks for a layout of the screen only when its height may change.

A new count after a write or a filter, on one line as before, repaints the header alone:
a layout repainted every widget of the screen, about half of a curation key's frame on
20,000 events (issue 8: one curation write, key to frame). Growing to two lines and back
still moves the panes.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, settle
from test_truncation import crowd

from tui.app.widgets.status import StatusHeader


async def test_a_new_count_on_one_line_repaints_the_header_without_a_layout(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        header = app.query_one(StatusHeader)
        asked: list[bool] = []
        refresh = header.refresh

        def recording(*args, layout: bool = False, **kwargs):  # type: ignore[no-untyped-def]
            asked.append(layout)
            return refresh(*args, layout=layout, **kwargs)

        header.refresh = recording  # type: ignore[method-assign]
        before = str(header.render())
        app.filter_by_tag("diplomacy")
        await pilot.pause()
        after = str(header.render())
        assert after != before and "tag: diplomacy" in after and "\n" not in after
        assert asked and not any(asked)  # repainted, with no layout asked for
        asked.clear()
        app.filter_by_tag("diplomacy")  # the same header: not even a repaint
        await pilot.pause()
        assert asked == []


async def test_the_header_still_grows_to_two_lines_and_back(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        header = app.query_one(StatusHeader)
        panes = app.query_one("#panes")
        assert header.region.height == 1 and panes.region.y == 1
        await crowd(app, pilot)
        assert header.region.height == 2 and panes.region.y == 2
        await pilot.press("escape", "escape")
        await pilot.pause()
        assert app.state.search is None and not app.state.filtering
        assert header.region.height == 1 and panes.region.y == 1


async def test_a_terminal_narrowed_and_widened_again_leaves_no_blank_header_line(
    tmp_path: Path,
) -> None:
    # Too narrow for the counts, with no filter or search to put on a second line, the
    # header ended in a newline: a blank line under it, which stayed when the terminal grew
    # again (seen in tmux: 80 columns, then 20, then 80; the panes one line lower).
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        header = app.query_one(StatusHeader)
        assert header.region.height == 1
        for width, height in ((20, 5), (80, 24)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.pause()
            assert not str(header.render()).endswith("\n")
        assert header.region.height == 1
        assert app.query_one("#panes").region.y == 1
