"""One line of rich text as a Textual strip over a widget's own background.

Every Line-API widget of the reader (the lists, the Text pane, the timeline) draws its lines
this way, so it lives once here.
"""

from __future__ import annotations

from rich.console import OverflowMethod
from rich.segment import Segment
from rich.text import Text
from textual.strip import Strip
from textual.widget import Widget


def text_strip(
    text: Text, width: int, widget: Widget, overflow: OverflowMethod = "ellipsis"
) -> Strip:
    """``text`` as a strip of exactly ``width`` cells over ``widget``'s own style.

    A longer text is cut (with an ellipsis, unless ``overflow`` says otherwise) and a shorter
    one padded. ``text`` is changed in place.
    """
    base = widget.rich_style
    text.truncate(width, overflow=overflow, pad=True)
    segments = [
        Segment(s.text, base + s.style if s.style else base)
        for s in text.render(widget.app.console)
        if s.text != "\n"
    ]
    return Strip(segments).adjust_cell_length(width, base)
