"""Line-API helpers: a line of rich text as a strip over a widget's own background, the
widget's style worked out once a frame, and a scrollable size set without a screen layout.

Every Line-API widget of the reader (the lists, the Text pane, the timeline) draws its lines
this way, so it lives once here.
"""

from __future__ import annotations

from typing import cast

from rich.console import OverflowMethod
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget


def text_strip(
    text: Text,
    width: int,
    widget: Widget,
    overflow: OverflowMethod = "ellipsis",
    base: Style | None = None,
) -> Strip:
    """``text`` as a strip of exactly ``width`` cells over ``widget``'s own style (``base``
    when the caller has it: working it out walks every ancestor of the widget).

    A longer text is cut (with an ellipsis, unless ``overflow`` says otherwise) and a shorter
    one padded. ``text`` is changed in place.
    """
    if base is None:
        base = widget.rich_style
    text.truncate(width, overflow=overflow, pad=True)
    segments = [
        Segment(s.text, base + s.style if s.style else base)
        for s in text.render(widget.app.console)
        if s.text != "\n"
    ]
    return Strip(segments).adjust_cell_length(width, base)


class FrameStyled:
    """Mixed into a Line-API widget (before the widget class): its own style is worked out
    once a frame, in :meth:`render_lines`, instead of once a line."""

    _frame_base: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the lines of ``crop`` (Textual's entry point), the base style fixed meanwhile."""
        widget = cast(Widget, self)
        self._frame_base = widget.rich_style
        try:
            return super().render_lines(crop)  # type: ignore[misc]
        finally:
            self._frame_base = None

    def base_style(self) -> Style:
        """The widget's own style: the frame's while rendering, else worked out now."""
        base = self._frame_base
        return base if base is not None else cast(Widget, self).rich_style


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Set ``view``'s scrollable size without a layout of the whole screen.

    Assigning ``virtual_size`` asks for a layout of every widget on the screen (tens of
    milliseconds on the reader's), which a Line-API view with a fixed place on the screen does
    not need: only its scrollbar changes. A scrollbar that appears or goes still asks for the
    layout (``show_vertical_scrollbar`` is a layout reactive).
    """
    if size == view.virtual_size:
        return
    if not view.is_mounted:
        view.virtual_size = size
        return
    view.set_reactive(ScrollView.virtual_size, size)
    view._scroll_update(size)
    view.refresh()
