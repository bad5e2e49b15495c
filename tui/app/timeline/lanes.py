"""The timeline's lanes, free of Textual: one lane per actor, its events binned per calendar unit.

Everything costly is computed once: lanes with their events in time order, and per calendar
unit the events of each lane grouped by the unit they start in, so drawing a lane visits only
the units on screen, however many events the timeline holds. The cells' glyphs live here too.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.app.timeline.axis import (
    Unit,
    View,
    robust_span,
    unit_index,
)
from tui.model.timeline import ActorKind, Event, EventStatus, Timeline

NO_ACTOR_ID = ""
NO_ACTOR_LABEL = "(no actor)"


@dataclass(slots=True)
class LaneBins:
    """One lane's events at one calendar unit: grouped by start unit, plus the multi-unit bars."""

    units: list[int]  # distinct start units, ascending
    events: list[list[int]]  # event indices starting in each of those units, in time order
    bar_firsts: list[int]  # bars (events over more than one unit), by first unit ascending
    bar_lasts: list[int]
    bar_events: list[int]
    bar_reach: list[int]  # running maximum of bar_lasts: where to start looking for bars


@dataclass(frozen=True, slots=True)
class LaneChoice:
    """Which lanes the view draws: all but the ``hidden`` actors, maybe only one ``kind``.

    ``only``: the actors the reader filters by; their lanes alone are drawn (an event of Kim
    with Putin shows in Kim's lane, and Putin's lane is not drawn for it).
    """

    hidden: frozenset[str] = frozenset()
    kind: ActorKind | None = None
    only: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        """Whether any lane is left out."""
        return bool(self.hidden) or self.kind is not None

    def describe(self) -> str:
        """``persons only · 2 hidden`` for the header, or empty."""
        parts = [f"{self.kind.value}s only"] if self.kind is not None else []
        if self.hidden:
            parts.append(f"{len(self.hidden)} hidden")
        return " · ".join(parts)


@dataclass(slots=True)
class Lane:
    """All dated events of one actor (or of no actor), in time order."""

    actor_id: str
    label: str
    events: list[int]  # indices into TimelineLayout.events
    _bins: dict[Unit, LaneBins] = field(default_factory=dict)


class TimelineLayout:
    """Lanes, event spans and per-unit bins of a timeline, computed once for the view."""

    def __init__(
        self,
        timeline: Timeline,
        ordered: Sequence[Event] | None = None,
        choice: LaneChoice | None = None,
    ) -> None:
        """``ordered``: the events to lay out, in time order: the ones the reader shows (its
        filters applied), or ``timeline.events_in_order()`` by default; the reader has them
        sorted already, and sorting 20,000 events takes about 100 ms. ``choice``: which lanes
        to draw (an event in none of them is not drawn)."""
        self.choice = choice or LaneChoice()
        if ordered is None:
            ordered = timeline.events_in_order()
        self.events: list[Event] = [event for event in ordered if event.date is not None]
        self.undated: list[Event] = [event for event in ordered if event.date is None]
        self.index_by_id: dict[str, int] = {event.id: i for i, event in enumerate(self.events)}
        self.firsts: list[dt.date] = []
        self.lasts: list[dt.date] = []
        for event in self.events:
            assert event.date is not None
            self.firsts.append(event.date.first_day)
            self.lasts.append(event.date.last_day)
        self._units: dict[Unit, tuple[list[int], list[int]]] = {}
        every_lane = self._build_lanes(timeline)
        # What the lanes left out by ``choice`` held, for the header to say so.
        self.lanes_in_all = len(every_lane)
        self.lanes: list[Lane] = [lane for lane in every_lane if self._chosen(lane, timeline)]
        # Which lanes each event appears in, the busiest lane first.
        self.lanes_of_event: list[list[int]] = [[] for _ in self.events]
        for lane_index, lane in enumerate(self.lanes):
            for event_index in lane.events:
                self.lanes_of_event[event_index].append(lane_index)

    def _build_lanes(self, timeline: Timeline) -> list[Lane]:
        members: dict[str, list[int]] = {}
        loose: list[int] = []
        for index, event in enumerate(self.events):
            actors = list(dict.fromkeys(event.actors))  # an actor listed twice is one lane
            if not actors:
                loose.append(index)
            for actor_id in actors:
                members.setdefault(actor_id, []).append(index)
        actor_by_id = timeline.actor_by_id
        lanes = [
            Lane(actor_id, actor_by_id[actor_id].name if actor_id in actor_by_id else actor_id, ids)
            for actor_id, ids in members.items()
        ]
        lanes.sort(key=lambda lane: (-len(lane.events), lane.label.casefold(), lane.actor_id))
        if loose:
            lanes.append(Lane(NO_ACTOR_ID, NO_ACTOR_LABEL, loose))
        return lanes

    def _chosen(self, lane: Lane, timeline: Timeline) -> bool:
        choice = self.choice
        if lane.actor_id in choice.hidden or (choice.only and lane.actor_id not in choice.only):
            return False
        if choice.kind is None:
            return True
        actor = timeline.actor_by_id.get(lane.actor_id)
        return actor is not None and actor.kind is choice.kind

    def kinds(self, timeline: Timeline) -> list[ActorKind]:
        """The actor kinds that have a lane here (whatever is hidden), in the format's order."""
        present = {
            actor.kind
            for event in self.events
            for actor_id in event.actors
            if (actor := timeline.actor_by_id.get(actor_id)) is not None
        }
        return [kind for kind in ActorKind if kind in present]

    def outside(self, view: View) -> tuple[int, int]:
        """How many dated events start before ``view`` and after it (the outliers off screen)."""
        firsts, _ = self.units(view.level.unit)  # ascending: events are in time order
        return bisect.bisect_left(firsts, view.start), len(firsts) - bisect.bisect_right(
            firsts, view.end
        )

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """The days worth fitting on screen (outliers trimmed), ``None`` without dated events."""
        return robust_span(self.firsts, self.lasts)

    @property
    def full_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day of any dated event."""
        if not self.events:
            return None
        return min(self.firsts), max(self.lasts)

    def units(self, unit: Unit) -> tuple[list[int], list[int]]:
        """First and last unit of every event at ``unit``, computed on first use."""
        cached = self._units.get(unit)
        if cached is None:
            cached = (
                [unit_index(unit, day) for day in self.firsts],
                [unit_index(unit, day) for day in self.lasts],
            )
            self._units[unit] = cached
        return cached

    def bins(self, lane: Lane, unit: Unit) -> LaneBins:
        """``lane``'s events grouped by start unit, built on first use per unit."""
        cached = lane._bins.get(unit)
        if cached is not None:
            return cached
        firsts, lasts = self.units(unit)
        units: list[int] = []
        grouped: list[list[int]] = []
        bar_firsts: list[int] = []
        bar_lasts: list[int] = []
        bar_events: list[int] = []
        for event_index in lane.events:  # already in time order, so first units ascend
            first, last = firsts[event_index], lasts[event_index]
            if units and units[-1] == first:
                grouped[-1].append(event_index)
            else:
                units.append(first)
                grouped.append([event_index])
            if last > first:
                bar_firsts.append(first)
                bar_lasts.append(last)
                bar_events.append(event_index)
        reach: list[int] = []
        highest = -(10**9)
        for last in bar_lasts:
            highest = max(highest, last)
            reach.append(highest)
        cached = LaneBins(units, grouped, bar_firsts, bar_lasts, bar_events, reach)
        lane._bins[unit] = cached
        return cached

    def lane_cells(self, lane: Lane, view: View) -> list[Cell]:
        """What each visible cell of ``lane`` holds: starting events and bars passing over it."""
        level = view.level
        cpu = level.cells_per_unit
        bins = self.bins(lane, level.unit)
        cells = [Cell() for _ in range(view.width)]
        # Bars first, so that markers starting in a cell take precedence when drawing.
        low = bisect.bisect_left(bins.bar_reach, view.start)
        high = bisect.bisect_right(bins.bar_firsts, view.end)
        for position in range(low, high):
            last = bins.bar_lasts[position]
            if last < view.start:
                continue
            first = bins.bar_firsts[position]
            event_index = bins.bar_events[position]
            begin = max(0, view.column_of_unit(first))
            stop = min(view.width, view.column_of_unit(last) + cpu)
            for column in range(begin, stop):
                cell = cells[column]
                if cell.bar < 0:
                    cell.bar = event_index
                cell.bars.append(event_index)
        low = bisect.bisect_left(bins.units, view.start)
        high = bisect.bisect_right(bins.units, view.end)
        for position in range(low, high):
            column = view.column_of_unit(bins.units[position])
            if 0 <= column < view.width:
                cells[column].starts = bins.events[position]
        return cells

    def lane_position(self, lane_index: int, event_index: int) -> int:
        """Where ``event_index`` sits in lane ``lane_index``'s time order (-1 if absent)."""
        lane = self.lanes[lane_index]
        # Lane events are in global time order, which is index order.
        position = bisect.bisect_left(lane.events, event_index)
        if position < len(lane.events) and lane.events[position] == event_index:
            return position
        return -1

    def typical_position(self, lane_index: int) -> int:
        """The position in lane ``lane_index`` of its first event within :attr:`span` (0 when
        none is): where a cursor starts, rather than on an event dated centuries away."""
        span = self.span
        lane = self.lanes[lane_index]
        if span is None:
            return 0
        for position, event_index in enumerate(lane.events):
            if self.lasts[event_index] >= span[0]:
                return position if self.firsts[event_index] <= span[1] else 0
        return 0

    def nearest_in_lane(self, lane_index: int, day: dt.date) -> int:
        """The position in lane ``lane_index`` of the event starting nearest to ``day``."""
        lane = self.lanes[lane_index]
        if not lane.events:
            return -1
        keys = [self.firsts[i] for i in lane.events]
        position = bisect.bisect_left(keys, day)
        if position >= len(keys):
            return len(keys) - 1
        if position > 0 and day - keys[position - 1] < keys[position] - day:
            return position - 1
        return position


@dataclass(slots=True)
class Cell:
    """One cell of a lane: the events starting in it and the bars covering it."""

    starts: list[int] = field(default_factory=list)
    bar: int = -1  # the earliest bar covering the cell, for its glyph and colour
    bars: list[int] = field(default_factory=list)


MARKERS: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "●",
    EventStatus.PLANNED: "○",
    EventStatus.EXPECTED: "◇",
}
BAR_GLYPHS: dict[EventStatus, str] = {
    EventStatus.OCCURRED: "━",
    EventStatus.PLANNED: "╍",
    EventStatus.EXPECTED: "┅",
}


def count_glyph(count: int) -> str:
    """A digit for 2..9 events in one cell, ``+`` for more."""
    return str(count) if count < 10 else "+"


def cell_glyph(cell: Cell, statuses: Sequence[EventStatus]) -> str:
    """The character a cell shows: a marker, a count, a bar piece or a space."""
    if len(cell.starts) > 1:
        return count_glyph(len(cell.starts))
    if cell.starts:
        return MARKERS[statuses[cell.starts[0]]]
    if cell.bar >= 0:
        return BAR_GLYPHS[statuses[cell.bar]]
    return " "
