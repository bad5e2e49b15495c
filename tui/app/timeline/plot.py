"""The timeline's plot: one Line-API widget drawing the lanes and the time axis, with a cursor.

It draws only the visible cells of the visible lanes, from bins computed once per calendar unit
(:mod:`tui.app.timeline.lanes`), so 20,000 events over 500 actors scroll and zoom as quickly as
twenty. Its CSS holds the status colours the timeline's other widgets share; the lines
themselves are drawn by :mod:`tui.app.timeline.draw`.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.app.screen_keys import TIMELINE_PLOT_KEYS
from tui.app.strips import text_strip
from tui.app.timeline.axis import (
    ZOOM_LEVELS,
    View,
    centered_start,
    choose_zoom,
    unit_index,
    unit_start,
)
from tui.app.timeline.draw import Ink, axis_text, lane_strip
from tui.app.timeline.lanes import TimelineLayout
from tui.model.timeline import Event, EventStatus

AXIS_ROWS = 2  # tick labels, then the rule with its tick marks


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
        # Not on an outlier: the first event of the lane where most events lie.
        self.cursor_position = layout.typical_position(0) if layout.lanes else 0
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
            return text_strip(Text(message, style=self._style("timeline--axis")), width, self)
        if y < AXIS_ROWS:
            key: tuple[object, ...] = (
                "axis",
                y,
                view,
                label_width,
                self.lane_top if y else 0,
                self._styles_generation,
            )
            build = lambda: text_strip(  # noqa: E731
                axis_text(
                    y, view, label_width, ZOOM_LEVELS[self.zoom].name, self.lane_top, self._style
                ),
                width,
                self,
            )
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
            build = lambda: lane_strip(  # noqa: E731
                self.lanes_layout,
                self.statuses,
                lane_index,
                view,
                label_width,
                selected,
                is_cursor_lane=is_cursor_lane,
                ink=Ink(self.rich_style, self._style, self.app.console, width),
            )
        strip = self._line_cache.get(key)
        if strip is None:
            strip = build()
            self._line_cache[key] = strip
        return strip


def _unit_day(view: View, column: int) -> dt.date:
    """The first day of the unit drawn at ``column``."""
    return unit_start(view.level.unit, view.start + column // view.level.cells_per_unit)
