"""The Events pane: every event in time order under year and month headings, plus a ruler.

The list is a :class:`LineList` (virtualized); the app pushes rows and marks down and listens
for :class:`EventList.Highlighted` (cursor moved; or is called at once through
``EventList.on_highlight``, so that a key's row and article are painted in one frame) and
:class:`EventList.Chosen` (Enter).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.app.bindings import EVENTS_KEYS
from tui.app.panes.line_list import LineList
from tui.app.panes.rows import (
    STATUS_MARK,
    Row,
    RowIndex,
    RowKind,
    build_rows,
    event_day,
    first_difference,
    row_date_label,
    rows_after_edit,
)
from tui.app.timeline.span import robust_span
from tui.model.diagnostics import printable
from tui.model.timeline import Event


def _ordinals(events: list[Event]) -> list[int]:
    """The ruler's day (:func:`event_day`) of each event that has one, as ordinals; each
    date object (shared by the events written with it) is looked at once."""
    known: dict[int, int] = {}
    out: list[int] = []
    for event in events:
        date = event.date
        if date is None:
            if event.fallback_date is not None:
                out.append(event.fallback_date.toordinal())
            continue
        ordinal = known.get(id(date))
        if ordinal is None:
            ordinal = known[id(date)] = date.first_day.toordinal()
        out.append(ordinal)
    return out


class EventList(LineList):
    """The virtualized list of event rows."""

    BINDINGS: ClassVar[list[BindingType]] = EVENTS_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "events--cursor",
        "events--heading",
        "events--year",
        "events--date",
        "events--mark",
        "events--cited",
        "events--count",
        "events--match",
        "events--match-elsewhere",
    }

    DEFAULT_CSS = """
    EventList { background: $surface; }
    EventList > .events--cursor { background: $block-cursor-blurred-background; }
    EventList:focus > .events--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    EventList > .events--year { color: $accent; text-style: bold; }
    EventList > .events--heading { color: $secondary; text-style: italic; }
    EventList > .events--date { color: $text-muted; }
    EventList > .events--mark { color: $warning; text-style: bold; }
    EventList > .events--cited { color: $success; text-style: bold; }
    EventList > .events--count { color: $text-muted; }
    EventList > .events--match { background: $warning; color: $background; text-style: bold; }
    EventList > .events--match-elsewhere { text-style: underline; }
    """

    class Highlighted(Message):
        """The cursor moved onto an event."""

        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    class Chosen(Message):
        """Enter on an event: read its source sentence."""

        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.listed_events: list[Event] = []  # the events listed, in order
        self.row_of_event: RowIndex = RowIndex()
        self.cited: frozenset[str] = frozenset()
        self.matches: frozenset[str] = frozenset()
        self.match_pattern: re.Pattern[str] | None = None
        self._date_width = 12
        # Called at once with the id of the event the cursor moved to, in place of posting
        # Highlighted: a message is handled after the frame that shows the cursor's row, and
        # the row and its article would then reach the screen in two frames.
        self.on_highlight: Callable[[str], None] | None = None

    def set_events(self, events: list[Event], *, empty: str = "No events") -> None:
        """Replace the rows with ``events`` (already in timeline order and filtered).

        ``empty`` says why there are none, on the list's first line.
        """
        self.empty_message = empty
        # After a write of one event, most rows are the same: reuse them (rows_after_edit).
        edited = (
            rows_after_edit(self.rows, self.listed_events, events) if self.listed_events else None
        )
        listed_before, rows_before = self.listed_events, len(self.rows)
        self.listed_events = list(events)
        self.rows = edited if edited is not None else build_rows(events)
        if edited is None or not self._index_kept(listed_before, rows_before):
            self.row_of_event = RowIndex(self.rows)
        if edited is None:  # the same labels otherwise (or one fewer): the same column width
            # Each label once: 100,000 events have a few thousand dates.
            labels = {row.label for row in self.rows if row.kind is RowKind.EVENT}
            self._date_width = min(max(map(cell_len, labels), default=10), 24)
        self.rows_changed()

    def _index_kept(self, listed_before: list[Event], rows_before: int) -> bool:
        """Whether the row index still holds after an edit of the list: edited copies in place
        of their events keep every id on its row; one event fewer (a reject) moves the rows
        after it up, which the index notes (False: it must be made again)."""
        if len(self.rows) == rows_before:
            return True
        if len(self.listed_events) != len(listed_before) - 1:
            return False
        gone = listed_before[first_difference(listed_before, self.listed_events)]
        return self.row_of_event.removed(gone.id, rows_before - len(self.rows))

    def set_cited(self, event_ids: frozenset[str]) -> None:
        """Mark the events that cite the sentence under the Text cursor."""
        if event_ids != self.cited:
            self.cited = event_ids
            self.marks_changed()

    def set_matches(self, event_ids: frozenset[str], query: str = "") -> None:
        """Mark the events that match the current search, and ``query`` in their titles."""
        pattern = re.compile(re.escape(query), re.IGNORECASE) if query else None
        if pattern != self.match_pattern:
            self.matches, self.match_pattern = event_ids, pattern
            self.rows_changed()  # cached lines do not know the query: paint them all again
        elif event_ids != self.matches:
            self.matches = event_ids
            self.marks_changed()

    @property
    def cursor_event_id(self) -> str | None:
        """The id of the event under the cursor, if any."""
        if 0 <= self.cursor_row < len(self.rows):
            event = self.rows[self.cursor_row].event
            return event.id if event is not None else None
        return None

    def select_event(self, event_id: str, *, notify: bool = False, center: bool = False) -> bool:
        """Move the cursor to ``event_id``; False when it is not shown (filtered out)."""
        index = self.row_of_event.get(event_id)
        if index is None:
            return False
        self.move_cursor(index, notify=notify, center=center)
        return True

    def row_count(self) -> int:
        return len(self.rows)

    def is_selectable(self, index: int) -> bool:
        return self.rows[index].kind is RowKind.EVENT

    def row_state(self, index: int) -> int:
        event = self.rows[index].event
        if event is None:
            return 0
        return int(event.id in self.cited) | (int(event.id in self.matches) << 1)

    def on_cursor_moved(self, index: int) -> None:
        event = self.rows[index].event
        if event is None:
            return
        if self.on_highlight is not None:
            self.on_highlight(event.id)
        else:
            self.post_message(self.Highlighted(event.id))

    def action_choose(self) -> None:
        event_id = self.cursor_event_id
        if event_id is not None:
            self.post_message(self.Chosen(event_id))

    def render_row(self, index: int, width: int, is_cursor: bool) -> Text:
        row = self.rows[index]
        if row.kind is RowKind.YEAR:
            return Text(printable(row.label), style=self.style_of("events--year"))
        if row.kind is RowKind.MONTH:
            return Text(" " + printable(row.label), style=self.style_of("events--heading"))
        event = row.event
        assert event is not None
        cited = event.id in self.cited
        text = Text()
        text.append("▶" if cited else " ", self.style_of("events--cited"))
        text.append(
            row.label.ljust(self._date_width)[: self._date_width] + " ",
            self.style_of("events--date"),
        )
        text.append(STATUS_MARK.get(event.status, " ") + " ", self.style_of("events--mark"))
        count = f" {len(event.sources)}§"
        title_width = max(1, width - text.cell_len - len(count))
        title = Text(printable(event.title))
        title.truncate(title_width, overflow="ellipsis", pad=True)
        title_start = len(text.plain)
        text.append_text(title)
        text.append(count, self.style_of("events--count"))
        if is_cursor:
            text.stylize(self.style_of("events--cursor"))
        if event.id in self.matches:  # after the cursor, so that the mark shows on it too
            self._mark_match(text, title_start, title_start + len(title.plain))
        return text

    def _mark_match(self, row: Text, start: int, end: int) -> None:
        """Mark the query where it shows in the title (``row[start:end]``); a title that
        matched elsewhere (an actor, a tag, the id) is underlined instead."""
        pattern = self.match_pattern
        found = list(pattern.finditer(row.plain, start, end)) if pattern is not None else []
        for match in found:
            row.stylize(self.style_of("events--match"), match.start(), match.end())
        if not found:
            row.stylize(self.style_of("events--match-elsewhere"), start, end)


class TimeRuler(Widget):
    """Two lines: where events fall over time (a density bar) and where the cursor is."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"ruler--bars", "ruler--cursor"}

    DEFAULT_CSS = """
    TimeRuler { height: 2; background: $panel; color: $text-muted; }
    TimeRuler > .ruler--bars { color: $accent; }
    TimeRuler > .ruler--cursor { color: $warning; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._days: list[int] = []
        self._any_events = False
        self._event_count = 0
        self._first = 0
        self._last = 0
        self._before = 0  # outliers left of the ruler's span, then right of it
        self._after = 0
        self._cursor_day: int | None = None
        self._cursor_label = ""
        self._counts_cache: tuple[int, list[int]] | None = None

    def set_events(self, events: list[Event]) -> None:
        """Place ``events`` on the ruler, fitted to where most of them lie.

        Outliers (one event dated 1701 in a 1989-2006 story; see
        :func:`~tui.app.timeline.span.robust_span`) are left out of the span and marked at the
        edge they lie beyond (``◀``, ``▶``).
        """
        self._days = sorted(_ordinals(events))
        self._event_count = len(events)
        self._fit()

    def edit_events(self, gone: list[Event], came: list[Event]) -> None:
        """After a write: ``gone`` left the events placed, ``came`` joined them. Only their
        days are looked at, not every event's again (on 20,000 events that took 20 ms)."""
        days = self._days
        counts = self._counts_cache
        span = (self._first, self._last, bool(self._before), bool(self._after))
        moved: list[tuple[int, int]] = []  # (day, +1 or -1) of the days placed or taken out
        for event in gone:
            day = event_day(event)
            if day is None:
                continue
            index = bisect.bisect_left(days, day.toordinal())
            if index < len(days) and days[index] == day.toordinal():
                del days[index]
                moved.append((day.toordinal(), -1))
        for event in came:
            day = event_day(event)
            if day is not None:
                bisect.insort(days, day.toordinal())
                moved.append((day.toordinal(), 1))
        self._event_count += len(came) - len(gone)
        self._fit()
        if counts is not None and span == (
            self._first,
            self._last,
            bool(self._before),
            bool(self._after),
        ):
            # The same span and edges: every other day keeps its column, so the bars change
            # by the moved days alone (counting all the days again cost ~9 ms a key on 20,000).
            width, bars = counts
            bars = list(bars)
            for ordinal, step in moved:
                if self._first <= ordinal <= self._last:
                    bars[self._column(ordinal, width)] += step
            self._counts_cache = (width, bars)

    def _fit(self) -> None:
        """Fit the span to the days placed, and repaint."""
        days = self._days
        self._any_events = self._event_count > 0
        span = robust_span(days, days)
        self._first, self._last = span if span is not None else (0, 0)
        self._before = bisect.bisect_left(days, self._first)
        self._after = len(days) - bisect.bisect_right(days, self._last)
        self._counts_cache = None
        self.refresh()

    def set_cursor(self, event: Event | None) -> None:
        """Mark where ``event`` falls."""
        day = event_day(event) if event is not None else None
        ordinal = day.toordinal() if day is not None else None
        # The date at the event's own precision: "Sep 2023" is not "1 Sep 2023".
        label = printable(row_date_label(event)) if event is not None and day else ""
        if (ordinal, label) != (self._cursor_day, self._cursor_label):
            self._cursor_day = ordinal
            self._cursor_label = label
            self.refresh()

    def _column(self, ordinal: int, width: int) -> int:
        # The edge columns belong to the outliers beyond them, when there are any.
        left = 1 if self._before and width > 2 else 0
        right = width - 2 if self._after and width > 2 else width - 1
        if ordinal < self._first:
            return 0
        if ordinal > self._last:
            return width - 1
        span = max(1, self._last - self._first)
        return min(right, max(left, left + round((ordinal - self._first) * (right - left) / span)))

    def _counts(self, width: int) -> list[int]:
        if self._counts_cache is not None and self._counts_cache[0] == width:
            return self._counts_cache[1]
        counts = [0] * width
        # Per day, not per event: 20,000 events fall on a few thousand days.
        on_day = Counter(self._days[self._before : len(self._days) - self._after])
        for ordinal, events in on_day.items():
            counts[self._column(ordinal, width)] += events
        self._counts_cache = (width, counts)
        return counts

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        style = self.rich_style
        if width <= 0 or not self._days:
            # With no event at all, the list below says why; say nothing twice.
            message = "no dated events" if y == 0 and self._any_events else ""
            text = Text(message, style=style)
        elif y == 0:
            counts = self._counts(width)
            top = max(counts) or 1
            bars = " ▁▂▃▄▅▆▇█"
            cells = [bars[0] if c == 0 else bars[max(1, round(c * 8 / top))] for c in counts]
            # The outliers pile up in the edge columns: mark the edge instead of a tall bar.
            if self._before and width > 2:
                cells[0] = "◀"
            if self._after and width > 2:
                cells[-1] = "▶"
            if self._cursor_day is not None:
                column = self._column(self._cursor_day, width)
                cells[column] = "┃"
            text = Text(
                "".join(cells),
                style=style + self.get_component_rich_style("ruler--bars", partial=True),
            )
            if self._cursor_day is not None:
                text.stylize(
                    self.get_component_rich_style("ruler--cursor", partial=True), column, column + 1
                )
        else:
            text = self._labels(width)
            text.stylize(style)
        text.truncate(width, pad=True)
        return Strip(list(text.render(self.app.console))).adjust_cell_length(width, style)

    def _labels(self, width: int) -> Text:
        first = dt.date.fromordinal(self._first)
        last = dt.date.fromordinal(self._last)
        line = [" "] * width
        left = f"{first:%b %Y}" if first.year != last.year else f"{first.day} {first:%b %Y}"
        right = f"{last:%b %Y}" if first.year != last.year else f"{last.day} {last:%b}"
        if first == last:  # a single day: one label says it all
            right = ""
        for offset, char in enumerate(left[:width]):
            line[offset] = char
        start = width - len(right)
        if start > len(left) + 1:
            for offset, char in enumerate(right):
                line[start + offset] = char
        text = Text("".join(line))
        if self._cursor_day is not None:
            # The cursor's date under its column (over the end labels if need be).
            column = self._column(self._cursor_day, width)
            label = f"▲{self._cursor_label}"
            start = max(0, min(column, width - len(label)))
            if start < column:  # the label had to move left of the cursor
                label = f"{self._cursor_label}▲"
                start = max(0, column - len(label) + 1)
            # An end label the cursor's label would cut is left out rather than shown cut.
            if start < len(left) + 1:
                line[: len(left)] = [" "] * min(len(left), width)
            if start + len(label) > width - len(right) - 1:
                line[max(0, width - len(right)) :] = [" "] * min(len(right), width)
            cursor_line = line[:start] + list(label) + line[start + len(label) :]
            text = Text("".join(cursor_line[:width]))
            text.stylize(
                self.get_component_rich_style("ruler--cursor", partial=True),
                start,
                start + len(label),
            )
        return text


class EventsPane(Vertical):
    """The ruler over the event list."""

    DEFAULT_CSS = """
    EventsPane { height: 1fr; }
    EventsPane > EventList { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield TimeRuler(id="ruler")
        yield EventList(id="events")
