"""The command palette: its entries read from a narrow source, its choices reach the reader."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from conftest import load, make_app, make_corpus, palette_search, settle, wait_for

from tui.app.palette import AskDateRange, FilterBy, Jump, palette_commands
from tui.app.panes.actors import ActorList
from tui.app.screens.prompt import PromptScreen
from tui.model.timeline import Event, EventStatus, Timeline


@dataclass
class Source:
    """A palette source that is not the app: the palette needs only these two attributes."""

    timeline: Timeline | None
    ordered: Sequence[Event] = field(default_factory=list)


def test_entries_before_a_timeline_loads_are_the_filters() -> None:
    commands = palette_commands(Source(None))
    texts = [command.text for command in commands]
    assert texts[:3] == ["Filter: date range…", "Filter: clear all", "Filter: to review"]
    assert len(texts) == 3 + len(EventStatus)
    assert isinstance(commands[0].message(), AskDateRange)


def test_entries_name_every_tag_article_actor_and_event(tmp_path: Path) -> None:
    timeline = load(make_corpus(tmp_path)).timeline
    assert timeline is not None
    commands = palette_commands(Source(timeline, timeline.events_in_order()))
    texts = [command.text for command in commands]
    assert "Filter: tag summit" in texts
    assert "Article: Kim Jong Un is heading to Russia" in texts
    assert "Actor: Vladimir Putin" in texts
    chosen = commands[texts.index("Event: Armored train leaves Pyongyang")].message()
    assert isinstance(chosen, Jump) and (chosen.kind, chosen.item_id) == ("event", "train-departs")
    # Each choice makes a fresh message: a Message instance is delivered only once.
    status = commands[texts.index("Filter: status planned")]
    first, second = status.message(), status.message()
    assert isinstance(first, FilterBy) and first is not second


async def choose(pilot: object, query: str) -> None:
    """Open the palette, type ``query`` and take the first hit."""
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    await palette_search(pilot, query)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_palette_filters_by_status_and_tag_then_clears(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await choose(pilot, "status planned")
        assert await wait_for(pilot, lambda: app.state.filters.status is EventStatus.PLANNED)
        assert [event.id for event in app.state.shown_events] == ["summit"]
        await choose(pilot, "filter tag travel")
        assert await wait_for(pilot, lambda: app.state.filters.tag == "travel")
        assert app.state.shown_events == []  # planned and tagged travel: nothing
        await choose(pilot, "clear all")
        assert await wait_for(pilot, lambda: not app.state.filters.active)
        assert len(app.state.shown_events) == 4


async def test_palette_jumps_to_an_actor_and_asks_for_a_date_range(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await choose(pilot, "actor vladimir")
        assert await wait_for(pilot, lambda: isinstance(app.focused, ActorList))
        assert app.actors_list.cursor_actor_id == "putin"
        await choose(pilot, "date range")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))


async def test_palette_entries_follow_a_reload_while_it_is_open(tmp_path: Path) -> None:
    # The entries are built once per timeline, not per keystroke: a reload must still show.
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await palette_search(pilot, "a")
        app.timeline_path.write_text(
            app.timeline_path.read_text(encoding="utf-8").replace(
                "Armored train leaves Pyongyang", "Armoured convoy reaches Khasan"
            ),
            encoding="utf-8",
        )
        loads = app.loads
        app.load()
        assert await wait_for(pilot, lambda: app.loads > loads)
        await palette_search(pilot, "rmoured convoy")
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: app.state.selected_event_id == "train-departs")
