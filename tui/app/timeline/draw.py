"""The timeline plot's lines, drawn from the lanes' layout and a view: the two axis rows as
text and one lane as a strip. No widget state: :class:`~tui.app.timeline.plot.TimelinePlot`
passes what it shows (view, cursor, label width) and its styles, and caches the results.
Also the status colours the timeline's widgets share (``STATUS_COMPONENT``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from tui.app.timeline.axis import View, axis_lines
from tui.app.timeline.lanes import Cell, TimelineLayout, cell_glyph
from tui.model.diagnostics import printable
from tui.model.timeline import EventStatus

_PLAIN = Style()

STATUS_COMPONENT: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "timeline--occurred",
    EventStatus.PLANNED: "timeline--planned",
    EventStatus.EXPECTED: "timeline--expected",
}


@dataclass(frozen=True, slots=True)
class Ink:
    """What a lane is drawn with: the widget's own style under every segment, a component's
    style by name (``"timeline--axis"``; looked up once per theme by the widget), the console
    that renders the lane's label, and the width of the line in cells."""

    base: Style
    style: Callable[[str], Style]
    console: Console
    width: int


def axis_text(
    y: int,
    view: View,
    label_width: int,
    zoom_name: str,
    lane_top: int,
    style: Callable[[str], Style],
) -> Text:
    """Axis row ``y``: 0 is the scale's name and the tick labels, 1 the rule with its tick
    marks (and, at its left, how many lanes lie above the first one shown)."""
    labels, rule, columns = axis_lines(view)
    text = Text(no_wrap=True)
    if y == 0:
        text.append(zoom_name.ljust(label_width)[:label_width], style("timeline--axis"))
        text.append(labels, style("timeline--tick-label"))
    else:
        above = f"▲ {lane_top}" if lane_top else ""
        text.append(above.ljust(label_width - 1)[: label_width - 1], style("timeline--axis"))
        text.append("┼" if columns and columns[0] == 0 else "├", style("timeline--axis"))
        text.append(rule, style("timeline--axis"))
    return text


def lane_strip(
    layout: TimelineLayout,
    statuses: Sequence[EventStatus],
    lane_index: int,
    view: View,
    label_width: int,
    selected: int,
    *,
    is_cursor_lane: bool,
    ink: Ink,
) -> Strip:
    """Lane ``lane_index`` (its label, then its cells in ``view``; ``selected``, the index of
    the event under the cursor or -1, highlighted) as segments built directly: this runs for
    every lane on every pan or zoom."""
    lane = layout.lanes[lane_index]
    base = ink.base
    style_of = ink.style
    label = Text(printable(lane.label), no_wrap=True)
    label.truncate(label_width - 1, overflow="ellipsis", pad=True)
    label.stylize(style_of("timeline--lane-cursor" if is_cursor_lane else "timeline--lane"))
    segments = [
        Segment(s.text, base + s.style if s.style else base)
        for s in label.render(ink.console)
        if s.text != "\n"
    ]
    segments.append(Segment("│", base + style_of("timeline--axis")))
    cells = layout.lane_cells(lane, view)
    # Events of this lane off screen (the outliers the fitted view leaves out, or what a
    # pan left behind) are marked at the edge they lie beyond; g/G or panning reach them.
    firsts = layout.units(view.level.unit)[0]
    edges: dict[int, str] = {}
    if lane.events and firsts[lane.events[0]] < view.start:
        edges[0] = "◀"
    if lane.events and firsts[lane.events[-1]] > view.end:
        edges[len(cells) - 1] = "▶"
    grid = set(axis_lines(view)[2])
    grid_style = style_of("timeline--grid")
    cursor_style = style_of("timeline--cursor")
    run_glyphs: list[str] = []
    run_style: Style | None = None
    for column, cell in enumerate(cells):
        glyph = cell_glyph(cell, statuses)
        style = cell_style(cell, statuses, style_of)
        if glyph == " " and column in edges:
            glyph, style = edges[column], style_of("timeline--count")
        elif glyph == " " and column in grid:
            glyph, style = "·", grid_style
        if selected >= 0 and (selected in cell.starts or selected in cell.bars):
            style = style + cursor_style
        # Styles come from the palette, so identity is enough to find runs.
        if style is not run_style and run_glyphs:
            segments.append(Segment("".join(run_glyphs), base + run_style))
            run_glyphs = []
        run_style = style
        run_glyphs.append(glyph)
    if run_glyphs:
        segments.append(Segment("".join(run_glyphs), base + run_style))
    return Strip(segments).adjust_cell_length(ink.width, base)


def cell_style(cell: Cell, statuses: Sequence[EventStatus], style: Callable[[str], Style]) -> Style:
    """A cell's colour: the count's when several events start in it, else its event's status."""
    if len(cell.starts) > 1:
        return style("timeline--count")
    if cell.starts:
        return style(STATUS_COMPONENT[statuses[cell.starts[0]]])
    if cell.bar >= 0:
        return style(STATUS_COMPONENT[statuses[cell.bar]])
    return _PLAIN
