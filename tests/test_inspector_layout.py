"""The inspector asks for a layout of the screen only when its body changes height.

Showing another event (a cursor move, or the event a curation write selects next) repainted
every widget on the screen through ``Static.update``'s layout: about 100 ms of CPU per key on
20,000 events (issue 8: one curation write, key to frame). The body now fills at least the
inspector, so the details of most events give it the same height; details longer than the
inspector still grow it, and the inspector scrolls.
"""

from __future__ import annotations

from pathlib import Path

from conftest import make_app, settle
from textual.widgets import Static

from tui.app.panes.inspector import Inspector


def _recording(widget: Static) -> list[bool]:
    """The ``layout`` argument of each refresh ``widget`` is asked for from now on."""
    asked: list[bool] = []
    refresh = widget.refresh

    def recording(*args, layout: bool = False, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(layout)
        return refresh(*args, layout=layout, **kwargs)

    widget.refresh = recording  # type: ignore[method-assign]
    return asked


def _fits(inspector: Inspector, body: Static) -> None:
    """The body is as tall as its text, or as the inspector when the text is shorter."""
    needed = body.get_content_height(body.size, inspector.screen.size, body.size.width)
    assert body.size.height == max(needed, inspector.scrollable_content_region.height)
    assert body.size.width > 0


async def test_showing_another_event_that_fits_asks_for_no_layout(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        inspector = app.query_one(Inspector)
        body = inspector.query_one("#inspector-body", Static)
        assert inspector.display and inspector.shown is not None
        _fits(inspector, body)
        asked = _recording(body)
        seen = {inspector.shown}
        for _ in range(4):
            await pilot.press("j")
            await pilot.pause()
            seen.add(inspector.shown)
            assert app.state.selected_event_id is not None
            assert inspector.shown == ("event", app.state.selected_event_id)
            assert str(body.render()).startswith(inspector.plain.split("\n")[0])
            _fits(inspector, body)
        assert len(seen) > 2  # other events were shown
        assert asked and not any(asked)  # each repainted the body, none asked for a layout


async def test_details_longer_than_the_inspector_still_grow_it_and_scroll(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        inspector = app.query_one(Inspector)
        body = inspector.query_one("#inspector-body", Static)
        await pilot.resize_terminal(160, 16)  # a short inspector: the details overflow it
        await pilot.pause()
        heights = set()
        for _ in range(4):
            await pilot.press("j")
            await pilot.pause()
            _fits(inspector, body)
            heights.add(body.size.height)
            assert body.size.height > inspector.scrollable_content_region.height
            assert inspector.max_scroll_y > 0
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        _fits(inspector, body)
        assert len(heights) > 1  # events of different lengths: the body changed height
