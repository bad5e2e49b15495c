"""The full-screen timeline: scale choice, column mapping, lanes, bars, and the screen via Pilot."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Static

from tui.app.timeline.axis import (
    ZOOM_LEVELS,
    Unit,
    View,
    ZoomLevel,
    axis_lines,
    choose_zoom,
    robust_span,
    ticks,
    unit_end,
    unit_index,
    unit_start,
)
from tui.app.timeline.lanes import NO_ACTOR_LABEL, TimelineLayout, cell_glyph
from tui.app.timeline.plot import TimelinePlot
from tui.app.timeline.screen import TimelineScreen
from tui.app.timeline.undated import UndatedList
from tui.model.dates import parse_event_date
from tui.model.timeline import Actor, Event, EventStatus, Timeline

D = dt.date


def event(
    event_id: str,
    when: str | None,
    *actors: str,
    title: str = "",
    status: EventStatus = EventStatus.OCCURRED,
) -> Event:
    return Event(
        id=event_id,
        title=title or f"Title of {event_id}",
        date=parse_event_date(when) if when is not None else None,
        date_text=when or "",
        status=status,
        actors=actors,
    )


def timeline(events: list[Event], actors: list[Actor] | None = None) -> Timeline:
    return Timeline(Path("timeline.yaml"), actors=actors or [], events=events)


def zoom_for(first: dt.date, last: dt.date, width: int) -> ZoomLevel:
    return ZOOM_LEVELS[choose_zoom(first, last, width)]


# --- scale choice ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "last", "width", "unit"),
    [
        (D(2023, 9, 1), D(2023, 9, 10), 60, Unit.DAY),
        (D(2023, 8, 1), D(2023, 9, 25), 60, Unit.DAY),
        (D(2023, 1, 1), D(2023, 9, 30), 60, Unit.WEEK),
        (D(2020, 1, 1), D(2023, 12, 31), 60, Unit.MONTH),
        (D(2014, 4, 4), D(2023, 10, 4), 107, Unit.QUARTER),
        (D(1990, 1, 1), D(2023, 12, 31), 60, Unit.YEAR),
    ],
)
def test_scale_follows_the_span(first: dt.date, last: dt.date, width: int, unit: Unit) -> None:
    level = zoom_for(first, last, width)
    assert level.unit is unit
    # The chosen level fits, and the next finer one would not.
    units = unit_index(level.unit, last) - unit_index(level.unit, first) + 1
    assert units * level.cells_per_unit <= width
    finer = ZOOM_LEVELS.index(level) - 1
    if finer >= 0:
        finer_level = ZOOM_LEVELS[finer]
        finer_units = unit_index(finer_level.unit, last) - unit_index(finer_level.unit, first) + 1
        assert finer_units * finer_level.cells_per_unit > width


@pytest.mark.parametrize("width", [60, 100, 135, 175, 240])
@pytest.mark.parametrize("days", [20, 45, 100, 183, 400, 900, 2000])
def test_the_fitted_scale_uses_most_of_the_width(width: int, days: int) -> None:
    # Half a year of news at 175 columns once got two cells a week: a third of the screen.
    first = D(2023, 4, 1)
    last = first + dt.timedelta(days=days)
    level = zoom_for(first, last, width)
    used = (unit_index(level.unit, last) - unit_index(level.unit, first) + 1) * (
        level.cells_per_unit
    )
    assert used <= width
    if level != ZOOM_LEVELS[0]:  # a short span at the finest scale may leave room
        assert used >= width * 0.4


def test_short_spans_get_wide_day_columns_and_huge_spans_the_coarsest_level() -> None:
    assert zoom_for(D(2023, 9, 1), D(2023, 9, 5), 80) == ZoomLevel(Unit.DAY, 4)
    assert choose_zoom(D(1, 1, 1), D(9999, 12, 31), 80) == len(ZOOM_LEVELS) - 1


def test_a_wider_screen_never_chooses_a_coarser_scale() -> None:
    first, last = D(2022, 3, 1), D(2023, 9, 30)
    choices = [choose_zoom(first, last, width) for width in (40, 80, 160, 400)]
    assert choices == sorted(choices, reverse=True)
    assert choices[0] > choices[-1]


def test_an_outlier_does_not_squash_the_rest() -> None:
    firsts = [D(2023, 9, 1) + dt.timedelta(days=i % 30) for i in range(100)] + [D(1950, 1, 1)]
    span = robust_span(firsts, firsts)
    assert span is not None
    assert span[0] >= D(2023, 9, 1)
    # With few events every one counts.
    few = [D(2023, 9, 1), D(1950, 1, 1)]
    assert robust_span(few, few) == (D(1950, 1, 1), D(2023, 9, 1))


# --- column mapping --------------------------------------------------------------------------


@pytest.mark.parametrize("unit", list(Unit))
def test_unit_numbers_round_trip(unit: Unit) -> None:
    for day in (D(2023, 1, 1), D(2023, 2, 28), D(2024, 2, 29), D(2023, 12, 31), D(2000, 6, 15)):
        index = unit_index(unit, day)
        assert unit_start(unit, index) <= day <= unit_end(unit, index)
        assert unit_index(unit, unit_start(unit, index)) == index
        assert unit_end(unit, index) + dt.timedelta(days=1) == unit_start(unit, index + 1)


def test_weeks_start_on_monday() -> None:
    assert unit_start(Unit.WEEK, unit_index(Unit.WEEK, D(2023, 9, 10))) == D(2023, 9, 4)


def test_columns_scale_with_cells_per_unit() -> None:
    level = ZoomLevel(Unit.DAY, 4)
    view = View(level, unit_index(Unit.DAY, D(2023, 9, 1)), 40)
    assert view.column_of(D(2023, 9, 1)) == 0
    assert view.column_of(D(2023, 9, 3)) == 8
    assert view.units == 10
    assert view.last_day() == D(2023, 9, 10)
    months = View(ZoomLevel(Unit.MONTH, 1), unit_index(Unit.MONTH, D(2023, 1, 1)), 24)
    assert months.column_of(D(2024, 3, 15)) == 14


# --- lanes and cells -------------------------------------------------------------------------


def day_view(first: dt.date, width: int, cells: int = 1) -> View:
    return View(ZoomLevel(Unit.DAY, cells), unit_index(Unit.DAY, first), width)


def test_a_month_precision_event_spans_its_month() -> None:
    layout = TimelineLayout(timeline([event("m", "2023-09", "x")]))
    view = day_view(D(2023, 8, 25), 50)
    cells = layout.lane_cells(layout.lanes[0], view)
    covered = [i for i, cell in enumerate(cells) if cell.starts or cell.bars]
    assert covered[0] == view.column_of(D(2023, 9, 1))
    assert covered[-1] == view.column_of(D(2023, 9, 30))
    assert len(covered) == 30
    glyphs = "".join(cell_glyph(cell, [EventStatus.OCCURRED]) for cell in cells)
    assert glyphs.strip() == "●" + "━" * 29


def test_a_month_is_a_single_marker_on_the_month_scale() -> None:
    layout = TimelineLayout(timeline([event("m", "2023-09", "x")]))
    view = View(ZoomLevel(Unit.MONTH, 1), unit_index(Unit.MONTH, D(2023, 1, 1)), 12)
    glyphs = "".join(
        cell_glyph(c, [EventStatus.OCCURRED]) for c in layout.lane_cells(layout.lanes[0], view)
    )
    assert glyphs == " " * 8 + "●" + " " * 3


def test_ranges_draw_as_bars_in_their_status_style_and_clip_at_the_edge() -> None:
    events = [event("r", "2023-09-05/2023-09-08", "x", status=EventStatus.PLANNED)]
    layout = TimelineLayout(timeline(events))
    statuses = [EventStatus.PLANNED]
    wide = day_view(D(2023, 9, 4), 10, cells=2)
    glyphs = "".join(cell_glyph(c, statuses) for c in layout.lane_cells(layout.lanes[0], wide))
    assert glyphs == "  ○╍╍╍╍╍╍╍"[:10]
    clipped = day_view(D(2023, 9, 7), 4)
    glyphs = "".join(cell_glyph(c, statuses) for c in layout.lane_cells(layout.lanes[0], clipped))
    assert glyphs == "╍╍  "


def test_events_sharing_a_cell_show_a_count() -> None:
    events = [event(f"e{i}", "2023-09-05", "x") for i in range(3)] + [event("f", "2023-09-06", "x")]
    layout = TimelineLayout(timeline(events))
    statuses = [e.status for e in layout.events]
    cells = layout.lane_cells(layout.lanes[0], day_view(D(2023, 9, 5), 3))
    assert [cell_glyph(c, statuses) for c in cells] == ["3", "●", " "]
    # Zoomed out to weeks, all four fall in one cell.
    weeks = View(ZoomLevel(Unit.WEEK, 1), unit_index(Unit.WEEK, D(2023, 9, 4)), 2)
    assert cell_glyph(layout.lane_cells(layout.lanes[0], weeks)[0], statuses) == "4"


def test_lanes_busiest_first_with_no_actor_last_and_undated_aside() -> None:
    actors = [Actor("a", "Alice"), Actor("b", "Bob")]
    events = [
        event("1", "2023-09-01", "a"),
        event("2", "2023-09-02", "b"),
        event("3", "2023-09-03", "b", "ghost"),
        event("4", "2023-09-04"),
        event("5", None, "a"),
    ]
    layout = TimelineLayout(timeline(events, actors))
    assert [lane.label for lane in layout.lanes] == ["Bob", "Alice", "ghost", NO_ACTOR_LABEL]
    assert [e.id for e in layout.undated] == ["5"]
    assert layout.lanes_of_event[layout.index_by_id["3"]] == [0, 2]
    assert layout.nearest_in_lane(1, D(2023, 12, 1)) == 0


def test_tick_labels_at_each_scale() -> None:
    days = View(ZoomLevel(Unit.DAY, 1), unit_index(Unit.DAY, D(2023, 8, 28)), 30)
    labels, rule, columns = axis_lines(days)
    assert labels.split() == ["28", "4", "Sep", "11", "18", "25"]
    assert [rule[c] for c in columns] == ["┬"] * len(columns)
    months = View(ZoomLevel(Unit.MONTH, 2), unit_index(Unit.MONTH, D(2023, 1, 1)), 30)
    assert axis_lines(months)[0].split() == ["2023", "Apr", "Jul", "Oct", "2024"]
    for level in ZOOM_LEVELS:
        view = View(level, unit_index(level.unit, D(2021, 1, 1)), 120)
        labels, _, _ = axis_lines(view)
        placed = [(c, label) for c, label in ticks(view) if labels[c : c + len(label)] == label]
        assert len(placed) >= 2, level
        covered = {c + i for c, label in placed for i in range(len(label))}
        assert {i for i, char in enumerate(labels) if char != " "} <= covered, level
        for (c1, l1), (c2, _) in itertools.pairwise(placed):
            assert c2 >= c1 + len(l1) + 1, level  # never touching


# --- the screen ------------------------------------------------------------------------------


class Host(App[None]):
    """Pushes the timeline screen and keeps what it dismissed with."""

    def __init__(self, data: Timeline, selected: str | None = None) -> None:
        super().__init__()
        self.data = data
        self.selected = selected
        self.result: str | bool | None = False

    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(self.data, self.selected), self._done)

    def _done(self, result: str | None) -> None:
        self.result = result


HOSTILE_TITLE = "[bold]x[/bold] \x1b[31mred"


def sample() -> Timeline:
    actors = [Actor("a", "Alice"), Actor("b", "Bob [red]B[/red]")]
    return timeline(
        [
            event("a1", "2023-09-01", "a", "b"),
            event("a2", "2023-09-05", "a", status=EventStatus.PLANNED),
            event("a3", "2023-09-20", "a", status=EventStatus.EXPECTED),
            event("b1", "2023-09-10", "b", title=HOSTILE_TITLE),
            event("r1", "2023-09-12/2023-09-15"),
            event("u1", None, "a", title="No date known"),
        ],
        actors,
    )


def plot_text(plot: TimelinePlot) -> str:
    return "\n".join(plot.render_line(y).text for y in range(plot.size.height))


def detail_text(app: App[None]) -> str:
    return str(app.screen.query_one("#timeline-detail", Static).content)


async def test_cursor_moves_through_a_lane_and_between_lanes() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(TimelinePlot)
        assert plot.cursor_event is not None and plot.cursor_event.id == "a1"
        await pilot.press("right")
        assert plot.cursor_event.id == "a2"
        await pilot.press("right", "right")
        assert plot.cursor_event.id == "a3"  # stops at the lane's last event
        await pilot.press("left")
        assert plot.cursor_event.id == "a2"
        await pilot.press("down")  # Bob's lane: nearest to 5 Sep is 1 Sep
        assert plot.cursor_lane == 1
        assert plot.cursor_event.id == "a1"
        await pilot.press("G")
        assert plot.cursor_event.id == "a3"
        await pilot.press("g")
        assert plot.cursor_event.id == "a1"
        await pilot.press("down", "down", "right")
        await pilot.pause()
        assert plot.cursor_event.id == "r1"
        assert "12-15 Sep 2023" in detail_text(app)


async def test_zoom_and_pan_change_the_visible_range() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(TimelinePlot)
        fitted = plot.view
        assert fitted.first_day() <= D(2023, 9, 1) and fitted.last_day() >= D(2023, 9, 20)
        await pilot.press("-")
        coarser = plot.view
        assert plot.zoom == ZOOM_LEVELS.index(fitted.level) + 1
        assert coarser.last_day() - coarser.first_day() > fitted.last_day() - fitted.first_day()
        await pilot.press("+", "+")
        finer = plot.view
        assert finer.last_day() - finer.first_day() < fitted.last_day() - fitted.first_day()
        await pilot.press("l")
        assert plot.view.first_day() > finer.first_day()
        await pilot.press("shift+left", "h")
        assert plot.view.first_day() < finer.first_day()
        header = str(app.screen.query_one("#timeline-header", Static).content)
        assert plot.view.level.name in header


async def test_enter_dismisses_with_the_event_id() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right", "enter")
        await pilot.pause()
        assert app.result == "a2"
        assert not isinstance(app.screen, TimelineScreen)


@pytest.mark.parametrize("key", ["escape", "t", "q"])
async def test_escape_t_and_q_dismiss_with_none(key: str) -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        assert app.result is None


async def test_undated_events_are_listed_and_selectable() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        undated = app.screen.query_one(UndatedList)
        listed = "\n".join(undated.render_line(y).text for y in range(undated.size.height))
        assert "Undated (1)" in listed and "No date known" in listed
        await pilot.press("U")
        await pilot.pause()
        assert "undated" in detail_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.result == "u1"


async def test_opening_on_a_given_event() -> None:
    app = Host(sample(), selected="b1")
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(TimelinePlot)
        assert plot.cursor_event is not None and plot.cursor_event.id == "b1"
    app = Host(sample(), selected="u1")
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen.focused, UndatedList)


async def test_hostile_titles_and_names_are_shown_literally() -> None:
    app = Host(sample(), selected="b1")
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        detail = detail_text(app)
        assert "[bold]x[/bold] \\x1b[31mred" in detail
        assert "\x1b" not in detail
        assert "Bob [red]B" in plot_text(app.screen.query_one(TimelinePlot))


async def test_markers_and_lane_labels_are_drawn() -> None:
    app = Host(sample())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        text = plot_text(app.screen.query_one(TimelinePlot))
        lines = text.splitlines()
        alice = next(line for line in lines if line.startswith("Alice"))
        assert "●" in alice and "○" in alice and "◇" in alice
        loose = next(line for line in lines if line.startswith(NO_ACTOR_LABEL))
        assert "●━━" in loose


async def test_an_empty_timeline_opens_and_closes() -> None:
    app = Host(timeline([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No dated events." in plot_text(app.screen.query_one(TimelinePlot))
        await pilot.press("right", "down", "+", "l", "enter")
        assert isinstance(app.screen, TimelineScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None


async def test_dates_at_the_ends_of_the_calendar_do_not_crash() -> None:
    data = timeline([event("old", "0001-01-01", "a"), event("new", "9999-12-31", "a")])
    app = Host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        plot = app.screen.query_one(TimelinePlot)
        await pilot.press("h", "h", "-", "+", "+", "+", "l", "right", "G", "l", "l")
        await pilot.pause()
        assert plot.cursor_event is not None and plot.cursor_event.id == "new"
        assert "●" in plot_text(plot)
