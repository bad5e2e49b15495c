"""The full-screen timeline (``t`` in the reader): one lane per actor along a time axis.

The plot is one Line-API widget that draws only the visible cells of the visible lanes, from
bins computed once per calendar unit (:mod:`tui.app.timeline.lanes`), so 20,000 events over
500 actors scroll and zoom as quickly as twenty. Undated events sit in a list at the right.
The screen dismisses with the chosen event's id (Enter) or ``None`` (Escape, ``t``, ``q``).

It shows what the reader shows: the reader hands it the events its filters keep, and the header
says so (``filtered: actor: Kim Jong Un · 150 of 1,800``). Lanes can be narrowed further: hide
the cursor's lane (``H``), show only the lanes of one actor kind (``L`` cycles), all again (``0``).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Static

from tui.app.screen_keys import TIMELINE_KEYS
from tui.app.timeline.draw import STATUS_COMPONENT
from tui.app.timeline.lanes import MARKERS, LaneChoice, TimelineLayout
from tui.app.timeline.plot import TimelinePlot
from tui.app.timeline.undated import UndatedList
from tui.app.widgets.footer import FittingFooter
from tui.model.dates import MONTH_ABBR
from tui.model.diagnostics import printable
from tui.model.timeline import ActorKind, Event, Timeline


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
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    TimelineScreen #timeline-body { height: 1fr; }
    TimelineScreen.-narrow UndatedList { width: 24; }
    TimelineScreen #timeline-detail {
        height: 2; padding: 0 1; background: $panel; color: $text;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    def __init__(
        self,
        timeline: Timeline,
        selected_event_id: str | None = None,
        *,
        ordered: Sequence[Event] | None = None,
        filtered: str = "",
        actors: frozenset[str] = frozenset(),
    ) -> None:
        """``ordered``: the events to show in time order (the reader's, its filters applied;
        by default every event); ``filtered``: the reader's filters in words, for the header;
        ``actors``: the actors the reader filters by, whose lanes alone are drawn."""
        super().__init__()
        self.timeline = timeline
        self.filtered = filtered
        self.ordered = ordered
        self.lane_choice = LaneChoice(only=actors)
        self.lanes_layout = TimelineLayout(timeline, ordered, self.lane_choice)
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

    def set_timeline(
        self,
        timeline: Timeline,
        ordered: Sequence[Event] | None = None,
        filtered: str | None = None,
        actors: frozenset[str] | None = None,
    ) -> None:
        """Show ``timeline`` (reloaded from disk), keeping the view and the cursor's event."""
        self.timeline = timeline
        self.ordered = ordered
        if filtered is not None:
            self.filtered = filtered
        if actors is not None:
            self.lane_choice = replace(self.lane_choice, only=actors)
        self._lay_out()

    def _lay_out(self) -> None:
        """Lay out the events again (reloaded, or other lanes chosen), keeping the cursor."""
        keep_id = self.current_event_id()
        on_undated = self.focused is self.undated_list
        self.lanes_layout = TimelineLayout(self.timeline, self.ordered, self.lane_choice)
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
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("Timeline", style="bold")
        if self.filtered:
            shown, total = len(layout.events) + len(layout.undated), len(self.timeline.events)
            label, counts = printable(self.filtered), f"{shown:,} of {total:,}"
            if not label.endswith(counts):  # ("key events: 15 of 15" says it already)
                label = f"{label} · {counts}"
            text.append(" ")
            text.append(f"filtered: {label}", style="bold reverse")
        if layout.events:
            view = plot.view
            text.append(f" · {_range_label(view.first_day(), view.last_day())}")
            text.append(f" · {view.level.describe()}")
        if layout.lanes:
            last_shown = min(len(layout.lanes), plot.lane_top + plot.lane_rows)
            text.append(f" · lanes {plot.lane_top + 1}–{last_shown}/{len(layout.lanes)}")
        if self.lane_choice.active:
            text.append(f" ({self.lane_choice.describe()}; 0 shows all)", style="italic")
        text.append(f" · {len(layout.events):,} dated")
        if layout.undated:
            text.append(f", {len(layout.undated):,} undated")
        if layout.events:
            before, after = layout.outside(plot.view)
            if before or after:
                text.append(f" · off screen ◀{before} {after}▶", style="dim")
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

    def action_hide_lane(self) -> None:
        """H: hide the lane under the cursor (0 shows every lane again)."""
        plot = self.plot
        if self.focused is not plot or not 0 <= plot.cursor_lane < len(self.lanes_layout.lanes):
            self.notify("no lane under the cursor to hide", timeout=3)
            return
        lane = self.lanes_layout.lanes[plot.cursor_lane]
        # replace(): the reader's actor filter (``only``) stays.
        self.lane_choice = replace(
            self.lane_choice, hidden=self.lane_choice.hidden | {lane.actor_id}
        )
        self._relay_lanes()
        self.notify(f"lane hidden: {printable(lane.label)} (0 shows every lane)", timeout=3)

    def action_lane_kind(self) -> None:
        """L: only the lanes of persons, then organizations, countries, groups, then all."""
        kinds = self.lanes_layout.kinds(self.timeline)
        if not kinds:
            self.notify("no event here names an actor: there are no actor lanes", timeout=3)
            return
        current = self.lane_choice.kind
        following: ActorKind | None = kinds[0]
        if current in kinds:
            index = kinds.index(current)
            following = kinds[index + 1] if index + 1 < len(kinds) else None
        self.lane_choice = replace(self.lane_choice, kind=following)
        self._relay_lanes()

    def action_all_lanes(self) -> None:
        """0: every lane again."""
        if self.lane_choice.active:
            self.lane_choice = LaneChoice(only=self.lane_choice.only)
            self._relay_lanes()

    def _relay_lanes(self) -> None:
        self._lay_out()
        if self.focused is not self.undated_list and self.lanes_layout.lanes:
            self.plot.focus()

    def action_toggle_undated(self) -> None:
        """U: between the lanes and the undated list; says so when there is nothing to switch to."""
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
