"""Narrow terminals: the footer shows whole entries only, the header keeps the filters readable."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_app, settle, wait_for
from textual.widgets import Footer

from tui.app.app import ReaderApp
from tui.app.timeline.screen import TimelineScreen
from tui.app.widgets.status import StatusHeader


def screen_lines(app: ReaderApp) -> list[str]:
    """The whole screen as text, line by line."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


async def crowd(app: ReaderApp, pilot: object) -> None:
    """Filters, a search and an event with two sources: the longest header and footer."""
    from tui.model.filters import Filters, parse_date_range

    start, end = parse_date_range("2023-09")
    app.set_filters(Filters(tag="diplomacy", date_from=start, date_to=end))
    await pilot.press("slash", *"putin", "enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert app.state.selected_event_id == "summit"  # two sources: `s` is offered too
    await pilot.pause(0.1)  # type: ignore[attr-defined]


def check_footer(app: ReaderApp) -> list[str]:
    """Every footer entry shown lies wholly left of the palette key; their descriptions."""
    footer = app.screen.query_one(Footer)
    palette = footer.query_one(".-command-palette")
    shown = []
    for key in footer.query("FooterKey"):
        if key is palette or not key.display or not key.parent.display:  # type: ignore[union-attr]
            continue
        assert key.region.width > 0 and key.region.right <= palette.region.x, key.description
        shown.append(key.description)
    line = screen_lines(app)[-1]
    for description in shown:
        assert description in line
    return shown


@pytest.mark.parametrize("width", [60, 80, 100, 120, 160])
async def test_the_footer_never_cuts_an_entry(tmp_path: Path, width: int) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        await crowd(app, pilot)
        shown = check_footer(app)
        assert shown[:2] == ["Read source", "Search"]  # the first entries stay
        if width >= 160:
            assert {"Timeline", "Edit", "Help", "Quit"} <= set(shown)


def footer_fits(app: ReaderApp) -> bool:
    """Whether the footer passes :func:`check_footer` now (it may be between two layouts)."""
    try:
        check_footer(app)
    except AssertionError:
        return False
    return True


async def refitted_footer(app: ReaderApp, pilot: object, quit_shown: bool) -> list[str]:
    """The footer once its refit after a resize has been painted (polled, not a fixed pause).

    A loaded machine may take longer than any fixed pause to lay out again, so the test waits
    for the state it expects and then checks the footer as a whole.
    """

    def refitted() -> bool:
        try:
            return ("Quit" in check_footer(app)) == quit_shown
        except AssertionError:  # caught between two layouts
            return False

    await wait_for(pilot, refitted, 10)
    return check_footer(app)


async def test_the_footer_refits_after_a_resize_and_in_the_timeline_view(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await crowd(app, pilot)
        assert "Quit" in check_footer(app)
        await pilot.resize_terminal(80, 24)
        assert "Quit" not in await refitted_footer(app, pilot, quit_shown=False)
        await pilot.resize_terminal(160, 45)
        assert "Quit" in await refitted_footer(app, pilot, quit_shown=True)
        await pilot.resize_terminal(50, 24)
        await pilot.press("t")
        assert await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen), 10)
        await wait_for(pilot, lambda: footer_fits(app), 10)
        check_footer(app)


@pytest.mark.parametrize("size", [(80, 24), (60, 24), (160, 45)])
async def test_the_header_shows_every_filter_value_whole(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await crowd(app, pilot)
        header = app.query_one(StatusHeader)
        lines = screen_lines(app)[: header.region.height]
        shown = " ".join(line.strip() for line in lines)
        for part in ("tag: diplomacy", "dates: 2023-09-01..2023-09-30", "/ putin (1 in events)"):
            assert part in shown, (part, lines)
        assert (header.region.height == 1) == (size[0] >= 160)
        # Events still gets the room left: the panes start under the header.
        assert app.query_one("#panes").region.y == header.region.height


async def test_the_timeline_detail_keeps_the_actors_line_under_a_long_title() -> None:
    from test_timeline_view import Host, event, timeline

    from tui.model.timeline import Actor

    long_title = "A very long title " * 8
    app = Host(timeline([event("a1", "2023-09-01", "a", title=long_title)], [Actor("a", "Al")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = app.screen.query_one("#timeline-detail")
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        shown = lines[detail.region.y : detail.region.bottom]
        assert shown[0].rstrip().endswith("…")
        assert shown[1].strip() == "Actors: Al"


@pytest.mark.parametrize("width", [60, 80])
async def test_the_timeline_header_is_cut_with_an_ellipsis(tmp_path: Path, width: int) -> None:
    # It wrapped onto a second line that its one-line height hid: "... · 4 dated · off" and
    # the rest ("screen ◀1 0▶") gone without a sign.
    app = make_app(tmp_path)
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        assert await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen), 10)
        await pilot.press("plus", "plus", "h", "h")  # zoomed in and panned: the longest header
        await pilot.pause()
        header = app.screen.query_one("#timeline-header")
        whole = str(header.content)  # type: ignore[attr-defined]
        shown = screen_lines(app)[0].strip()
        assert len(whole) > width  # the case in question: more than fits
        assert shown.endswith("…"), shown
        assert whole.startswith(shown[:-1].rstrip()), (shown, whole)
