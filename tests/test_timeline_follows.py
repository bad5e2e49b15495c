"""The timeline view shows what the reader shows: filters, header, narrowed lanes, outliers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import make_app, settle
from textual.app import App
from textual.widgets import Static

from tui.app.timeline.lanes import LaneChoice, TimelineLayout
from tui.app.timeline.plot import TimelinePlot
from tui.app.timeline.screen import TimelineScreen
from tui.model.dates import parse_event_date
from tui.model.timeline import Actor, ActorKind, Event, Timeline


def header(screen: TimelineScreen) -> str:
    return str(screen.query_one("#timeline-header", Static).content)


def lane_ids(screen: TimelineScreen) -> list[str]:
    return [lane.actor_id for lane in screen.lanes_layout.lanes]


async def test_t_after_an_actor_filter_shows_only_that_actors_lanes_and_events(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        assert app.actors_list.select_actor("putin")
        await pilot.press("enter")  # filter Events by Vladimir Putin
        await pilot.pause()
        shown = [event.id for event in app.state.shown_events]
        assert shown == ["letters", "summit"]
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        laid_out = [e.id for e in screen.lanes_layout.events + screen.lanes_layout.undated]
        assert laid_out == shown
        assert lane_ids(screen) == ["putin"]
        assert "filtered: actor: Vladimir Putin · 2 of 4" in header(screen)
        await pilot.press("H")  # hiding the filter's own lane leaves no lane, not every lane
        await pilot.pause()
        assert lane_ids(screen) == []
        await pilot.press("0")
        await pilot.pause()
        assert lane_ids(screen) == ["putin"]
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")  # clear the filter: t shows everything again
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert len(screen.lanes_layout.events + screen.lanes_layout.undated) == 4
        assert "filtered" not in header(screen)
        assert set(lane_ids(screen)) == {"kim", "putin", "whitehouse"}


def people_and_places() -> Timeline:
    actors = [
        Actor("kim", "Kim", ActorKind.PERSON),
        Actor("putin", "Putin", ActorKind.PERSON),
        Actor("un", "United Nations", ActorKind.ORGANIZATION),
        Actor("ru", "Russia", ActorKind.COUNTRY),
    ]
    events = [
        Event("e1", "One", parse_event_date("2023-09-01"), actors=("kim", "un")),
        Event("e2", "Two", parse_event_date("2023-09-02"), actors=("putin", "ru")),
        Event("e3", "Three", parse_event_date("2023-09-03"), actors=("kim",)),
        Event("e4", "Four", parse_event_date("2023-09-04")),
    ]
    return Timeline(Path("timeline.yaml"), actors=actors, events=events)


class Host(App[None]):
    def __init__(self, data: Timeline) -> None:
        super().__init__()
        self.data = data

    def on_mount(self) -> None:
        self.push_screen(TimelineScreen(self.data))


async def test_lanes_can_be_hidden_narrowed_to_a_kind_and_shown_again() -> None:
    app = Host(people_and_places())
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert lane_ids(screen) == ["kim", "putin", "ru", "un", ""]
        await pilot.press("H")  # the cursor's lane: Kim's
        await pilot.pause()
        assert lane_ids(screen) == ["putin", "ru", "un", ""]
        assert "1 hidden" in header(screen)
        await pilot.press("L")  # persons only (Kim stays hidden)
        await pilot.pause()
        assert lane_ids(screen) == ["putin"]
        assert "persons only" in header(screen)
        await pilot.press("L")  # organizations
        await pilot.pause()
        assert lane_ids(screen) == ["un"]
        await pilot.press("L", "L")  # countries, then every kind again
        await pilot.pause()
        assert lane_ids(screen) == ["putin", "ru", "un", ""]
        await pilot.press("0")
        await pilot.pause()
        assert lane_ids(screen) == ["kim", "putin", "ru", "un", ""]
        assert "hidden" not in header(screen)
        plot = screen.query_one(TimelinePlot)
        assert plot.cursor_event is not None


def with_an_outlier() -> Timeline:
    start = dt.date(1990, 1, 1)
    events = [
        Event(
            f"e{n}", f"Event {n}", parse_event_date((start + dt.timedelta(days=60 * n)).isoformat())
        )
        for n in range(60)
    ]
    # "Resolution 1701" read as a year.
    events.append(Event("old", "Resolution 1701", parse_event_date("1701")))
    return Timeline(Path("timeline.yaml"), events=events)


async def test_an_outlier_is_left_off_the_fitted_view_and_marked_at_its_edge() -> None:
    app = Host(with_an_outlier())
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        plot = screen.query_one(TimelinePlot)
        assert plot.view.first_day().year >= 1989  # fitted to the 1990s, not to 1701
        assert "off screen ◀1" in header(screen)
        lane = plot.render_line(2).text  # the one lane: "(no actor)"
        assert lane[plot.label_width] == "◀"
        await pilot.press("g")  # a key reaches it
        await pilot.pause()
        assert plot.cursor_event is not None and plot.cursor_event.id == "old"
        assert plot.view.first_day().year <= 1701


def test_a_lane_choice_keeps_events_but_not_their_other_lanes() -> None:
    data = people_and_places()
    layout = TimelineLayout(data, None, LaneChoice(only=frozenset({"kim"})))
    assert [lane.actor_id for lane in layout.lanes] == ["kim"]
    assert layout.lanes_in_all == 5
    assert layout.kinds(data) == [ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.COUNTRY]


def outlier_yaml() -> str:
    lines = ["version: 1", "events:"]
    for n in range(60):
        day = dt.date(1990, 1, 1) + dt.timedelta(days=100 * n)
        lines += [f"  - id: e{n}", f"    date: {day.isoformat()}", f"    title: Event {n}"]
    lines += ["  - id: old", "    date: '1701'", "    title: Resolution 1701"]
    return "\n".join(lines) + "\n"


async def test_the_reader_opens_past_an_outlier_and_its_ruler_marks_it(tmp_path: Path) -> None:
    from tui.app.panes.events import TimeRuler

    app = make_app(tmp_path, outlier_yaml())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.state.shown_events[0].id == "old"  # first in date order...
        assert app.state.selected_event_id == "e0"  # ...but the list opens where most lie
        ruler = app.query_one(TimeRuler)
        bars = ruler.render_line(0).text
        assert bars.startswith("◀") and "▶" not in bars
        labels = ruler.render_line(1).text
        assert "1701" not in labels and "1990" in labels
        await pilot.press("g")  # a key reaches it
        await pilot.pause()
        assert app.state.selected_event_id == "old"


async def test_the_timeline_follows_the_key_events_filter_too(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        app.state.key_count = 2
        await pilot.press("K")
        await pilot.pause()
        shown = [event.id for event in app.state.shown_events]
        assert 0 < len(shown) < 4
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        laid_out = {e.id for e in screen.lanes_layout.events + screen.lanes_layout.undated}
        assert laid_out == set(shown)
        assert f"filtered: key events: {len(shown)} of 4" in header(screen)
        assert f"{len(shown)} of 4 · {len(shown)} of 4" not in header(screen)  # said once


async def test_every_event_key_shows_its_count_once_in_the_timeline(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")  # more key events than events: every one shown
        await pilot.pause()
        assert len(app.state.shown_events) == 4
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        assert "filtered: key events: 4 of 4 ·" in header(screen)
        assert header(screen).count("4 of 4") == 1
