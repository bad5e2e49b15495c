"""The full-screen timeline (``t`` in the reader): one lane per actor along a time axis.

The plot is one Line-API widget that draws only the visible cells of the visible lanes, from
bins computed once per calendar unit (:mod:`tui.app.timeline_axis`), so 20,000 events over
500 actors scroll and zoom as quickly as twenty. Undated events sit in a list at the right.
The screen dismisses with the chosen event's id (Enter) or ``None`` (Escape, ``t``, ``q``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from tui.app.bindings import TIMELINE_KEYS, TIMELINE_PLOT_KEYS, UNDATED_KEYS
from tui.app.footer import FittingFooter
from tui.app.timeline_axis import (
    MARKERS,
    ZOOM_LEVELS,
    Cell,
    TimelineLayout,
    View,
    axis_lines,
    cell_glyph,
    centered_start,
    choose_zoom,
    unit_index,
    unit_start,
)
from tui.model.dates import MONTH_ABBR
from tui.model.diagnostics import printable
from tui.model.timeline import Event, EventStatus, Timeline

_PLAIN = Style()
# Footer groups: "←→ Move  +- Zoom  hl Pan" fits 80 columns where six entries did not.
AXIS_ROWS = 2  # tick labels, then the rule with its tick marks

STATUS_COMPONENT: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "timeline--occurred",
    EventStatus.PLANNED: "timeline--planned",
    EventStatus.EXPECTED: "timeline--expected",
}


def _strip(text: Text, width: int, widget: Widget) -> Strip:
    """``text`` as a strip of exactly ``width`` cells over the widget's own background."""
    base = widget.rich_style
    text.truncate(width, overflow="ellipsis", pad=True)
    segments = [
        Segment(s.text, base + s.style if s.style else base)
        for s in text.render(widget.app.console)
        if s.text != "\n"
    ]
    return Strip(segments).adjust_cell_length(width, base)


class TimelinePlot(Widget, can_focus=True):
    """The lanes and the time axis, with a cursor on one event of one lane."""

    BINDINGS: ClassVar[list[BindingType]] = TIMELINE_PLOT_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--occurred",
        "timeline--planned",
        "timeline--expected",
        "timeline--count",
        "timeline--cursor",
        "timeline--lane",
        "timeline--lane-cursor",
        "timeline--axis",
        "timeline--tick-label",
        "timeline--grid",
    }

    DEFAULT_CSS = """
    TimelinePlot { width: 1fr; height: 1fr; background: $surface; }
    TimelinePlot > .timeline--occurred { color: $success; }
    TimelinePlot > .timeline--planned { color: $warning; }
    TimelinePlot > .timeline--expected { color: $accent; }
    TimelinePlot > .timeline--count { color: $text; text-style: bold; }
    TimelinePlot > .timeline--cursor { background: $block-cursor-blurred-background; }
    TimelinePlot:focus > .timeline--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    TimelinePlot > .timeline--lane { color: $text-muted; }
    TimelinePlot > .timeline--lane-cursor { color: $text; text-style: bold; }
    TimelinePlot > .timeline--axis { color: $text-muted; }
    TimelinePlot > .timeline--tick-label { color: $text-primary; text-style: bold; }
    TimelinePlot > .timeline--grid { color: $panel-lighten-2; }
    """

    class CursorMoved(Message):
        """The cursor is now on ``event`` (``None`` when there is nothing to select)."""

        def __init__(self, event: Event | None, source: Widget) -> None:
            super().__init__()
            self.event = event
            self.source = source

    class ViewChanged(Message):
        """The visible dates, the scale or the visible lanes changed."""

    class Chosen(Message):
        """Enter on ``event_id``."""

        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    def __init__(self, layout: TimelineLayout, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.lanes_layout = layout
        self.statuses: list[EventStatus] = [event.status for event in layout.events]
        self.zoom = 0
        self.start = 0
        self.fitted = True  # until the user zooms or pans, a resize re-fits the data
        self.lane_top = 0
        self.cursor_lane = 0 if layout.lanes else -1
        self.cursor_position = 0
        self._line_cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self._styles_generation = 0
        self._palette: dict[str, Style] = {}
        self._longest_label = max((len(lane.label) for lane in layout.lanes), default=8)

    def set_layout(self, layout: TimelineLayout) -> None:
        """Show a reloaded timeline, keeping the scale and view (re-fitted if never changed)."""
        self.lanes_layout = layout
        self.statuses = [event.status for event in layout.events]
        self._longest_label = max((len(lane.label) for lane in layout.lanes), default=8)
        self._line_cache.clear()
        if not layout.lanes:
            self.cursor_lane, self.cursor_position = -1, 0
        else:
            self.cursor_lane = max(0, min(self.cursor_lane, len(layout.lanes) - 1))
            lane_size = len(layout.lanes[self.cursor_lane].events)
            self.cursor_position = max(0, min(self.cursor_position, lane_size - 1))
        if self.fitted:
            self.fit()
        else:
            self._clamp_start()
        self._clamp_lane_top()
        self.refresh()

    # --- geometry ----------------------------------------------------------------------------

    @property
    def label_width(self) -> int:
        """Width of the lane labels at the left, separator included.

        Not ``gutter``: that name is Textual's (a ``Spacing`` the compositor reads on a click).
        """
        return min(self._longest_label + 2, max(8, min(24, self.size.width // 5)))

    @property
    def plot_width(self) -> int:
        return max(1, self.size.width - self.label_width)

    @property
    def lane_rows(self) -> int:
        """How many lanes fit under the axis."""
        return max(1, self.size.height - AXIS_ROWS)

    @property
    def view(self) -> View:
        return View(ZOOM_LEVELS[self.zoom], self.start, self.plot_width)

    def fit(self) -> None:
        """Choose the scale and position that show the dated events best in the current width."""
        span = self.lanes_layout.span
        if span is None:
            return
        first, last = span
        self.zoom = choose_zoom(first, last, self.plot_width)
        self.start = centered_start(ZOOM_LEVELS[self.zoom], first, last, self.plot_width)
        self.fitted = True

    def _clamp_start(self) -> None:
        """Keep at least one unit of the data on screen, however far the user pans."""
        full = self.lanes_layout.full_span
        if full is None:
            return
        unit = ZOOM_LEVELS[self.zoom].unit
        low = unit_index(unit, full[0]) - self.view.units + 1
        high = unit_index(unit, full[1])
        self.start = max(low, min(self.start, high))

    # --- the cursor --------------------------------------------------------------------------

    @property
    def cursor_event_index(self) -> int:
        """Index into ``layout.events`` of the event under the cursor, or -1."""
        if not 0 <= self.cursor_lane < len(self.lanes_layout.lanes):
            return -1
        lane = self.lanes_layout.lanes[self.cursor_lane]
        if not 0 <= self.cursor_position < len(lane.events):
            return -1
        return lane.events[self.cursor_position]

    @property
    def cursor_event(self) -> Event | None:
        index = self.cursor_event_index
        return self.lanes_layout.events[index] if index >= 0 else None

    def select_event(self, event_id: str) -> bool:
        """Put the cursor on ``event_id`` in its busiest lane; ``False`` when it has no lane."""
        index = self.lanes_layout.index_by_id.get(event_id)
        if index is None or not self.lanes_layout.lanes_of_event[index]:
            return False
        lane_index = self.lanes_layout.lanes_of_event[index][0]
        self._move_to(lane_index, self.lanes_layout.lane_position(lane_index, index))
        return True

    def _move_to(self, lane_index: int, position: int) -> None:
        if not 0 <= lane_index < len(self.lanes_layout.lanes):
            return
        self.cursor_lane = lane_index
        self.cursor_position = max(
            0, min(position, len(self.lanes_layout.lanes[lane_index].events) - 1)
        )
        self._scroll_cursor_into_view()
        self.refresh()
        self.post_message(self.CursorMoved(self.cursor_event, self))
        self.post_message(self.ViewChanged())

    def _scroll_cursor_into_view(self) -> None:
        rows = self.lane_rows
        if self.cursor_lane < self.lane_top:
            self.lane_top = self.cursor_lane
        elif self.cursor_lane >= self.lane_top + rows:
            self.lane_top = self.cursor_lane - rows + 1
        self._clamp_lane_top()
        index = self.cursor_event_index
        if index < 0 or self.size.width == 0:
            return
        unit = ZOOM_LEVELS[self.zoom].unit
        firsts, lasts = self.lanes_layout.units(unit)
        view = self.view
        if firsts[index] > view.end or lasts[index] < view.start:
            self.start = firsts[index] - view.units // 2
            self.fitted = False
            self._clamp_start()

    def _clamp_lane_top(self) -> None:
        most = max(0, len(self.lanes_layout.lanes) - self.lane_rows)
        self.lane_top = max(0, min(self.lane_top, most))

    def action_previous(self) -> None:
        if self.cursor_event_index >= 0 and self.cursor_position > 0:
            self._move_to(self.cursor_lane, self.cursor_position - 1)

    def action_next(self) -> None:
        if self.cursor_event_index >= 0:
            lane = self.lanes_layout.lanes[self.cursor_lane]
            if self.cursor_position < len(lane.events) - 1:
                self._move_to(self.cursor_lane, self.cursor_position + 1)

    def _change_lane(self, delta: int) -> None:
        if not self.lanes_layout.lanes:
            return
        target = max(0, min(len(self.lanes_layout.lanes) - 1, self.cursor_lane + delta))
        if target == self.cursor_lane or target < 0:
            return
        index = self.cursor_event_index
        day = self.lanes_layout.firsts[index] if index >= 0 else self.view.first_day()
        self._move_to(target, self.lanes_layout.nearest_in_lane(target, day))

    def action_lane_up(self) -> None:
        self._change_lane(-1)

    def action_lane_down(self) -> None:
        self._change_lane(1)

    def action_page_up_lanes(self) -> None:
        self._change_lane(-self.lane_rows)

    def action_page_down_lanes(self) -> None:
        self._change_lane(self.lane_rows)

    def action_first(self) -> None:
        """The earliest dated event, in its busiest lane."""
        if self.lanes_layout.events:
            self.select_event(self.lanes_layout.events[0].id)

    def action_last(self) -> None:
        """The latest dated event, in its busiest lane."""
        if self.lanes_layout.events:
            self.select_event(self.lanes_layout.events[-1].id)

    def action_choose(self) -> None:
        event = self.cursor_event
        if event is not None:
            self.post_message(self.Chosen(event.id))

    # --- zoom and pan ------------------------------------------------------------------------

    def zoom_by(self, delta: int) -> None:
        """Finer (``delta < 0``) or coarser scale, keeping the cursor (or centre) in place."""
        target = max(0, min(len(ZOOM_LEVELS) - 1, self.zoom + delta))
        if target == self.zoom or not self.lanes_layout.events:
            return
        view = self.view
        index = self.cursor_event_index
        anchor_day: dt.date | None = None
        if index >= 0:
            column = view.column_of(self.lanes_layout.firsts[index])
            if 0 <= column < view.width:
                anchor_day = self.lanes_layout.firsts[index]
        if anchor_day is None:
            column = view.width // 2
            anchor_day = _unit_day(view, column)
        self.zoom = target
        level = ZOOM_LEVELS[target]
        self.start = unit_index(level.unit, anchor_day) - column // level.cells_per_unit
        self.fitted = False
        self._clamp_start()
        self.refresh()
        self.post_message(self.ViewChanged())

    def pan(self, direction: int) -> None:
        """Move the view a quarter of its width earlier (-1) or later (+1)."""
        if not self.lanes_layout.events:
            return
        self.start += direction * max(1, self.view.units // 4)
        self.fitted = False
        self._clamp_start()
        self.refresh()
        self.post_message(self.ViewChanged())

    # --- events ------------------------------------------------------------------------------

    def on_resize(self) -> None:
        if self.fitted:
            self.fit()
        self._scroll_cursor_into_view()
        self.refresh()
        self.post_message(self.ViewChanged())

    def on_focus(self) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self.cursor_event, self))

    def on_blur(self) -> None:
        self.refresh()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self.lane_top += 3
        self._clamp_lane_top()
        self.refresh()
        self.post_message(self.ViewChanged())
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self.lane_top -= 3
        self._clamp_lane_top()
        self.refresh()
        self.post_message(self.ViewChanged())
        event.stop()

    def on_click(self, event: events.Click) -> None:
        """Select the event drawn under the pointer (the first one when a cell holds several)."""
        lane_index = self.lane_top + event.y - AXIS_ROWS
        column = event.x - self.label_width
        if event.y < AXIS_ROWS or not 0 <= lane_index < len(self.lanes_layout.lanes) or column < 0:
            return
        lane = self.lanes_layout.lanes[lane_index]
        cells = self.lanes_layout.lane_cells(lane, self.view)
        if column >= len(cells):
            return
        cell = cells[column]
        hits = cell.starts or cell.bars
        if hits:
            self._move_to(lane_index, self.lanes_layout.lane_position(lane_index, hits[0]))

    # --- drawing -----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles_generation += 1
        self._palette.clear()
        self._line_cache.clear()

    def _style(self, component: str) -> Style:
        """A component's style, looked up once per theme: lanes ask for it for every cell."""
        style = self._palette.get(component)
        if style is None:
            style = self.get_component_rich_style(component, partial=True)
            self._palette[component] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if width <= 0:
            return Strip.blank(0)
        view = self.view
        label_width = self.label_width
        if not self.lanes_layout.events:
            # No axis to draw: an axis of year 1 would only puzzle.
            message = "No dated events." if y == 0 else ""
            return _strip(Text(message, style=self._style("timeline--axis")), width, self)
        if y < AXIS_ROWS:
            key: tuple[object, ...] = (
                "axis",
                y,
                view,
                label_width,
                self.lane_top if y else 0,
                self._styles_generation,
            )
            build = lambda: _strip(self._render_axis(y, view, label_width), width, self)  # noqa: E731
        else:
            lane_index = self.lane_top + y - AXIS_ROWS
            if lane_index >= len(self.lanes_layout.lanes):
                return Strip.blank(width, self.rich_style)
            is_cursor_lane = lane_index == self.cursor_lane
            selected = self.cursor_event_index if is_cursor_lane else -1
            key = (
                "lane",
                lane_index,
                view,
                label_width,
                selected,
                is_cursor_lane and self.has_focus,
                self._styles_generation,
            )
            build = lambda: self._render_lane(lane_index, view, label_width, selected)  # noqa: E731
        strip = self._line_cache.get(key)
        if strip is None:
            strip = build()
            self._line_cache[key] = strip
        return strip

    def _render_axis(self, y: int, view: View, label_width: int) -> Text:
        labels, rule, columns = axis_lines(view)
        text = Text(no_wrap=True)
        if y == 0:
            text.append(
                ZOOM_LEVELS[self.zoom].name.ljust(label_width)[:label_width],
                self._style("timeline--axis"),
            )
            text.append(labels, self._style("timeline--tick-label"))
        else:
            above = f"▲ {self.lane_top}" if self.lane_top else ""
            text.append(
                above.ljust(label_width - 1)[: label_width - 1], self._style("timeline--axis")
            )
            text.append("┼" if columns and columns[0] == 0 else "├", self._style("timeline--axis"))
            text.append(rule, self._style("timeline--axis"))
        return text

    def _render_lane(self, lane_index: int, view: View, label_width: int, selected: int) -> Strip:
        """One lane as segments built directly: this runs for every lane on every pan or zoom."""
        lane = self.lanes_layout.lanes[lane_index]
        is_cursor_lane = lane_index == self.cursor_lane
        base = self.rich_style
        label = Text(printable(lane.label), no_wrap=True)
        label.truncate(label_width - 1, overflow="ellipsis", pad=True)
        label.stylize(self._style("timeline--lane-cursor" if is_cursor_lane else "timeline--lane"))
        segments = [
            Segment(s.text, base + s.style if s.style else base)
            for s in label.render(self.app.console)
            if s.text != "\n"
        ]
        segments.append(Segment("│", base + self._style("timeline--axis")))
        cells = self.lanes_layout.lane_cells(lane, view)
        grid = set(axis_lines(view)[2])
        grid_style = self._style("timeline--grid")
        cursor_style = self._style("timeline--cursor")
        run_glyphs: list[str] = []
        run_style: Style | None = None
        for column, cell in enumerate(cells):
            glyph = cell_glyph(cell, self.statuses)
            style = self._cell_style(cell)
            if glyph == " " and column in grid:
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
        return Strip(segments).adjust_cell_length(self.size.width, base)

    def _cell_style(self, cell: Cell) -> Style:
        if len(cell.starts) > 1:
            return self._style("timeline--count")
        if cell.starts:
            return self._style(STATUS_COMPONENT[self.statuses[cell.starts[0]]])
        if cell.bar >= 0:
            return self._style(STATUS_COMPONENT[self.statuses[cell.bar]])
        return _PLAIN


def _unit_day(view: View, column: int) -> dt.date:
    """The first day of the unit drawn at ``column``."""
    return unit_start(view.level.unit, view.start + column // view.level.cells_per_unit)


class UndatedList(Widget, can_focus=True):
    """The events without a date, in publication order, with their own cursor."""

    BINDINGS: ClassVar[list[BindingType]] = UNDATED_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "undated--heading",
        "undated--cursor",
        "timeline--occurred",
        "timeline--planned",
        "timeline--expected",
    }

    DEFAULT_CSS = """
    UndatedList {
        width: 34; height: 1fr; border-left: vkey $panel-lighten-2; background: $surface;
    }
    UndatedList > .undated--heading { color: $text-primary; text-style: bold; }
    UndatedList > .undated--cursor { background: $block-cursor-blurred-background; }
    UndatedList:focus > .undated--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    UndatedList > .timeline--occurred { color: $success; }
    UndatedList > .timeline--planned { color: $warning; }
    UndatedList > .timeline--expected { color: $accent; }
    """

    def __init__(self, undated: list[Event], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.undated = undated
        self.cursor = 0
        self.top = 0

    def set_events(self, undated: list[Event]) -> None:
        """Show a reloaded list of undated events."""
        self.undated = undated
        self.cursor = max(0, min(self.cursor, len(undated) - 1))
        self.top = max(0, min(self.top, self.cursor))
        self.refresh()

    @property
    def cursor_event(self) -> Event | None:
        if 0 <= self.cursor < len(self.undated):
            return self.undated[self.cursor]
        return None

    def select_event(self, event_id: str) -> bool:
        """Put the cursor on ``event_id``; ``False`` when it is not an undated event."""
        for index, event in enumerate(self.undated):
            if event.id == event_id:
                self.move_cursor(index)
                return True
        return False

    def move_cursor(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped) and keep it visible."""
        if not self.undated:
            return
        self.cursor = max(0, min(index, len(self.undated) - 1))
        rows = max(1, self.size.height - 1)
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + rows:
            self.top = self.cursor - rows + 1
        self.refresh()
        self.post_message(TimelinePlot.CursorMoved(self.cursor_event, self))

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_first(self) -> None:
        self.move_cursor(0)

    def action_cursor_last(self) -> None:
        self.move_cursor(len(self.undated) - 1)

    def action_choose(self) -> None:
        event = self.cursor_event
        if event is not None:
            self.post_message(TimelinePlot.Chosen(event.id))

    def on_focus(self) -> None:
        self.refresh()
        self.post_message(TimelinePlot.CursorMoved(self.cursor_event, self))

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.move_cursor(self.top + event.y - 1)

    def _scroll(self, delta: int) -> None:
        """Scroll the list without moving the cursor (mouse wheel)."""
        most = max(0, len(self.undated) - max(1, self.size.height - 1))
        self.top = max(0, min(self.top + delta, most))
        self.refresh()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll(3)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll(-3)
        event.stop()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        text = Text(no_wrap=True)
        if y == 0:
            text.append(
                f"Undated ({len(self.undated)})", self.get_component_rich_style("undated--heading")
            )
            return _strip(text, width, self)
        index = self.top + y - 1
        if index >= len(self.undated):
            return Strip.blank(width, self.rich_style)
        event = self.undated[index]
        component = STATUS_COMPONENT[event.status]
        text.append(MARKERS[event.status] + " ", self.get_component_rich_style(component))
        text.append(printable(event.title) or printable(event.id))
        if index == self.cursor:
            text.stylize(self.get_component_rich_style("undated--cursor"))
        return _strip(text, width, self)


class TimelineScreen(Screen[str | None]):
    """Every dated event on a time axis, one lane per actor; the undated ones listed aside."""

    BINDINGS: ClassVar[list[BindingType]] = TIMELINE_KEYS

    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-narrow"),
        (120, "-wide"),
    ]

    DEFAULT_CSS = """
    TimelineScreen { layout: vertical; }
    TimelineScreen #timeline-header {
        height: 1; background: $primary; color: $text; padding: 0 1;
    }
    TimelineScreen #timeline-body { height: 1fr; }
    TimelineScreen.-narrow UndatedList { width: 24; }
    TimelineScreen #timeline-detail {
        height: 2; padding: 0 1; background: $panel; color: $text;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    def __init__(self, timeline: Timeline, selected_event_id: str | None = None) -> None:
        super().__init__()
        self.timeline = timeline
        self.lanes_layout = TimelineLayout(timeline)
        self.initial_event_id = selected_event_id
        self.plot = TimelinePlot(self.lanes_layout, id="timeline-plot")
        self.undated_list = UndatedList(self.lanes_layout.undated, id="timeline-undated")
        self.undated_list.display = bool(self.lanes_layout.undated)

    def compose(self) -> ComposeResult:
        yield Static(id="timeline-header")
        with Horizontal(id="timeline-body"):
            yield self.plot
            yield self.undated_list
        yield Static(id="timeline-detail")
        yield FittingFooter()

    def on_mount(self) -> None:
        selected = self.initial_event_id
        if selected is not None and self.undated_list.select_event(selected):
            self.undated_list.focus()
            return
        if selected is None or not self.plot.select_event(selected):
            self.plot.post_message(TimelinePlot.CursorMoved(self.plot.cursor_event, self.plot))
        if self.lanes_layout.lanes or not self.lanes_layout.undated:
            self.plot.focus()
        else:
            self.undated_list.focus()

    def current_event_id(self) -> str | None:
        """The event under the cursor of the focused part (the plot or the undated list)."""
        holder = self.undated_list if self.focused is self.undated_list else self.plot
        event = holder.cursor_event
        return event.id if event is not None else None

    def set_timeline(self, timeline: Timeline) -> None:
        """Show ``timeline`` (reloaded from disk), keeping the view and the cursor's event."""
        keep_id = self.current_event_id()
        on_undated = self.focused is self.undated_list
        self.timeline = timeline
        self.lanes_layout = TimelineLayout(timeline)
        self.plot.set_layout(self.lanes_layout)
        self.undated_list.set_events(self.lanes_layout.undated)
        self.undated_list.display = bool(self.lanes_layout.undated)
        if keep_id is not None:
            if self.undated_list.select_event(keep_id):
                if not on_undated:
                    self.undated_list.focus()
            elif self.plot.select_event(keep_id) and on_undated:
                self.plot.focus()
        if not self.lanes_layout.undated and on_undated:
            self.plot.focus()
        self._show_header()
        self._show_detail(
            self.undated_list.cursor_event
            if self.focused is self.undated_list
            else self.plot.cursor_event
        )

    # --- what is shown -----------------------------------------------------------------------

    def on_timeline_plot_cursor_moved(self, message: TimelinePlot.CursorMoved) -> None:
        message.stop()
        focused = self.focused
        # Only the focused widget's cursor describes what Enter would choose.
        if focused is not None and focused is not message.source:
            return
        self._show_detail(message.event)

    def on_timeline_plot_view_changed(self, message: TimelinePlot.ViewChanged) -> None:
        message.stop()
        self._show_header()

    def on_timeline_plot_chosen(self, message: TimelinePlot.Chosen) -> None:
        message.stop()
        if self.is_active:  # a second Enter in one burst must not pop the reader itself
            self.dismiss(message.event_id)

    def _show_header(self) -> None:
        layout, plot = self.lanes_layout, self.plot
        text = Text(no_wrap=True)
        text.append("Timeline", style="bold")
        if layout.events:
            view = plot.view
            text.append(f" · {_range_label(view.first_day(), view.last_day())}")
            text.append(f" · {view.level.describe()}")
        if layout.lanes:
            last_shown = min(len(layout.lanes), plot.lane_top + plot.lane_rows)
            text.append(f" · lanes {plot.lane_top + 1}–{last_shown}/{len(layout.lanes)}")
        text.append(f" · {len(layout.events)} dated")
        if layout.undated:
            text.append(f", {len(layout.undated)} undated")
        self.query_one("#timeline-header", Static).update(text)

    def _show_detail(self, event: Event | None) -> None:
        detail = self.query_one("#timeline-detail", Static)
        if event is None:
            detail.update(Text("No events to show." if not self.timeline.events else ""))
            return
        text = Text(no_wrap=True, overflow="ellipsis")
        component = STATUS_COMPONENT[event.status]
        text.append(MARKERS[event.status] + " ", self.plot.get_component_rich_style(component))
        text.append(printable(event.date_label()), style="bold")
        text.append(f" · {event.status.value} · ")
        text.append(printable(event.title) or printable(event.id))
        text.append("\n")
        names = [
            self.timeline.actor_by_id[a].name if a in self.timeline.actor_by_id else a
            for a in event.actors
        ]
        text.append("Actors: ", style="dim")
        text.append(printable(", ".join(names)) if names else "none")
        index = self.lanes_layout.index_by_id.get(event.id)
        if index is not None and self.focused is self.plot:
            rank, shared = self._sharing_cell(index)
            if shared > 1:
                text.append(f" · {rank} of {shared} in this cell", style="dim")
        detail.update(text)

    def _sharing_cell(self, index: int) -> tuple[int, int]:
        """Event ``index``'s rank among the lane's events starting in its cell, and their count."""
        lane = self.lanes_layout.lanes[self.plot.cursor_lane]
        unit = self.plot.view.level.unit
        bins = self.lanes_layout.bins(lane, unit)
        position = bisect.bisect_left(bins.units, self.lanes_layout.units(unit)[0][index])
        if position >= len(bins.units) or index not in bins.events[position]:
            return 0, 0
        group = bins.events[position]
        return group.index(index) + 1, len(group)

    # --- actions -----------------------------------------------------------------------------

    def action_close(self) -> None:
        if self.is_active:
            self.dismiss(None)

    def action_zoom_in(self) -> None:
        self.plot.zoom_by(-1)

    def action_zoom_out(self) -> None:
        self.plot.zoom_by(1)

    def action_pan(self, direction: int) -> None:
        self.plot.pan(direction)

    def action_toggle_undated(self) -> None:
        """u: between the lanes and the undated list; says so when there is nothing to switch to."""
        if self.focused is self.plot and self.lanes_layout.undated:
            self.undated_list.focus()
        elif self.focused is not self.plot and self.lanes_layout.lanes:
            self.plot.focus()
        elif not self.lanes_layout.undated:
            self.notify("every event has a date: there is no undated list", timeout=3)
        else:
            self.notify("no dated events: only the undated list", timeout=3)


def _range_label(first: dt.date, last: dt.date) -> str:
    """``19 Jun – 26 Nov 2023``, the year written once when both ends share it."""
    start = f"{first.day} {MONTH_ABBR[first.month]}"
    if first.year != last.year:
        start += f" {first.year}"
    return f"{start} – {last.day} {MONTH_ABBR[last.month]} {last.year}"
