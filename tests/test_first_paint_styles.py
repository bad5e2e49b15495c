"""The reader's first screen is styled once before its first paint, and a focus change
restyles the panes it concerns, not the whole screen (issue 8: first paint of the seeds)."""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, settle
from textual.dom import DOMNode
from textual.widget import Widget

from tui.app.app import ReaderApp
from tui.app.panes.layout import ReaderPanes
from tui.app.reader_screen import ReaderScreen
from tui.app.widgets.footer import FittingFooter


def test_the_first_screen_has_its_widths_breakpoint_class_from_the_start() -> None:
    breakpoints = ReaderApp.HORIZONTAL_BREAKPOINTS
    assert ReaderScreen(80, breakpoints).has_class("-narrow")
    wide = ReaderScreen(200, breakpoints)
    assert wide.has_class("-wide") and not wide.has_class("-narrow")


async def test_the_breakpoint_class_still_follows_the_terminals_width(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.has_class("-narrow")
        await pilot.resize_terminal(170, 40)
        await pilot.pause()
        assert app.screen.has_class("-wide") and not app.screen.has_class("-narrow")
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert app.screen.has_class("-narrow") and not app.screen.has_class("-wide")


async def test_a_focus_change_restyles_the_two_panes_not_the_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        restyled: list[DOMNode] = []
        stylesheet = app.stylesheet
        update_nodes = stylesheet.update_nodes

        def recording(nodes, animate=False):  # type: ignore[no-untyped-def]
            nodes = list(nodes)
            restyled.extend(nodes)
            return update_nodes(nodes, animate=animate)

        stylesheet.update_nodes = recording  # type: ignore[method-assign]
        await pilot.press("2")  # Events -> Text
        await pilot.pause()
        assert app.text_view.has_focus and restyled
        # The footer is rebuilt too (its keys are the focused pane's; the old ones are gone).
        panes = {app.query_one("#events-pane"), app.text_view, app.query_one(FittingFooter)}
        outside = [
            node
            for node in restyled
            if node.is_attached and not any(p in node.ancestors_with_self for p in panes)
        ]
        assert not outside, outside
        # The focused pane's border still shows it (the rules name each pane).
        events_border = app.query_one("#events-pane").styles.border_top[1]
        assert app.text_view.styles.border_top[1] != events_border


def _uncovered(widget: Widget) -> int:
    """Cells of ``widget``'s region that none of its shown children covers."""
    region = widget.region
    covered = {
        (x, y)
        for child in widget.children
        if child.display and child.region
        for y in range(child.region.y, child.region.bottom)
        for x in range(child.region.x, child.region.right)
    }
    return sum(
        (x, y) not in covered
        for y in range(region.y, region.bottom)
        for x in range(region.x, region.right)
    )


async def test_the_containers_painted_blank_are_covered_by_their_widgets(tmp_path: Path) -> None:
    # ReaderPanes and the screen are painted as blank lines (Textual's BLANK), not styled line
    # by line: right only while what they hold covers them, at every layout.
    assert ReaderPanes.BLANK and ReaderScreen.BLANK
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for size, keys in (((80, 24), ""), ((80, 24), "3"), ((170, 45), ""), ((170, 45), "i")):
            await pilot.resize_terminal(*size)
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            assert _uncovered(app.panes) == 0, (size, keys)
            assert _uncovered(app.screen) == 0, (size, keys)
