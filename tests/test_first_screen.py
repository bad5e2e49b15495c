"""A big timeline's first screen, read and painted before the rest of the file (issue 8).

The model part (:mod:`tui.model.first_screen`) must give exactly the events the whole load
puts around the event the Events list opens on, with the same fields and positions, or
nothing at all. The reader shows it while the whole file loads, lets the cursor move, keeps
every key that needs the whole timeline waiting, and then installs the whole timeline in
its place (or shows no events when the whole file turns out unreadable).
"""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest
from conftest import make_app, screen_text, wait_for

import tui.app.loading as loading_module
from tui.app.panes.rows import opening_event
from tui.model.first_screen import first_screen, scan_first_screen
from tui.model.loader import load_timeline
from tui.model.timeline import LoadResult

ROWS = 12


def big_timeline(events: int = 400, seed: int = 1, undated_every: int = 9) -> str:
    """A valid timeline whose dates take every form the format has, in no order."""
    chooser = random.Random(seed)
    lines = ["# a generated timeline", "version: 1", "articles:"]
    for number in range(30):
        lines += [
            f"  - id: article-{number}",
            f"    path: articles/a{number}.txt",
            f"    title: Article {number}",
            f"    published: 2020-01-{number % 28 + 1:02d}",
        ]
    lines.append("actors:")
    for number in range(12):
        lines += [f"  - id: person-{number}", f"    name: Person {number}"]
    lines.append("events:")
    forms = [
        "2020-{m:02d}-{d:02d}",
        "'2020-{m:02d}-{d:02d}~'",
        "2020-{m:02d}",
        "2020",
        "2019",
        '"2020-{m:02d}-{d:02d}/2020-{m:02d}-{e:02d}"',
        "1701",  # far away: the list does not open on it
    ]
    for number in range(events):
        month, day = chooser.randint(1, 12), chooser.randint(1, 20)
        form = chooser.choice(forms).format(m=month, d=day, e=day + 3)
        item = [f"  - id: event-{chooser.randint(0, 10**6)}-{number}"]
        item.append(f"    title: 'Event {number}: it''s on'")
        if number % undated_every:
            item.append(f"    date: {form}  # as written")
        if number % 3 == 0:
            item.append("    status: planned")
        item.append(f"    actors: [person-{number % 12}]")
        item += [
            "    sources:",
            f"      - article: article-{number % 30}",
            f"        quote: words {number}",
        ]
        chooser.shuffle(item[1:2])
        lines += item
    return "\n".join(lines) + "\n"


def whole_window(path: Path, rows: int) -> tuple[list, str]:
    """The events the whole load puts around its opening event, and that event's id."""
    result = load_timeline(path, resolve_sources=False)
    assert result.timeline is not None
    ordered = result.timeline.events_in_order()
    opening = opening_event(ordered)
    assert opening is not None
    at = ordered.index(opening)
    return ordered[max(0, at - rows) : at + rows], opening.id


def test_the_first_screen_is_the_whole_loads_window_field_for_field(tmp_path: Path) -> None:
    for seed in range(6):
        path = tmp_path / f"timeline{seed}.yaml"
        path.write_text(big_timeline(seed=seed), encoding="utf-8")
        screen = first_screen(path, ROWS)
        assert screen is not None
        window, opening = whole_window(path, ROWS)
        assert screen.opening == opening
        # Same ids, titles, dates, sources and positions (line and column in the file).
        assert screen.timeline.events == window
        assert screen.total_events == 400
        cited = {source.article for event in window for source in event.sources}
        assert {article.id for article in screen.timeline.articles} == cited
        named = {actor for event in window for actor in event.actors}
        assert {actor.id for actor in screen.timeline.actors} == named


def test_crlf_and_a_byte_order_mark_keep_the_same_window(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    text = big_timeline(seed=3)
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    screen = first_screen(path, ROWS)
    assert screen is not None
    assert screen.timeline.events == whole_window(path, ROWS)[0]


def test_no_first_screen_when_the_scan_cannot_be_sure(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    text = big_timeline()
    cases = {
        "small": (text, 10**9),
        "flow list": (text.replace("events:\n", "events: [\n", 1), 0),
        "mostly undated": (big_timeline(undated_every=2), 0),
        "no events": (text.split("events:")[0], 0),
        "not yaml": ("\x00\x01 events:\n  - [", 0),
    }
    for name, (content, min_bytes) in cases.items():
        path.write_text(content, encoding="utf-8")
        assert first_screen(path, ROWS, min_bytes=min_bytes) is None, name
    assert first_screen(tmp_path / "missing.yaml", ROWS) is None
    assert first_screen(tmp_path, ROWS) is None  # a folder


def test_an_unreadable_item_is_left_to_the_whole_load(tmp_path: Path) -> None:
    """A broken item near the start is not shown from the scan, and nothing raises."""
    text = big_timeline(seed=2)
    broken = text.replace("    title: 'Event 5: it''s on'", "    title: [unclosed", 1)
    screen = scan_first_screen(broken.encode(), tmp_path / "timeline.yaml", ROWS)
    if screen is not None:
        assert all("Event 5:" not in event.title for event in screen.timeline.events)


@pytest.fixture
def release(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The reader's whole load held until the test sets the event (10 s at most), so that
    the first screen can be looked at while the rest is still loading."""
    held = threading.Event()
    whole = loading_module._load_unresolved

    def slow_load(path: Path) -> LoadResult:
        held.wait(10)
        return whole(path)

    monkeypatch.setattr(loading_module, "_load_unresolved", slow_load)
    return held


async def test_the_reader_shows_the_first_screen_then_the_whole_timeline(
    tmp_path: Path, release: threading.Event
) -> None:
    app = make_app(tmp_path, big_timeline(seed=4))
    app.first_screen_bytes = 0
    path = app.timeline_path
    before = path.read_bytes()
    async with app.run_test(size=(100, 30)) as pilot:
        state = app.state
        assert await wait_for(pilot, lambda: state.provisional)
        await pilot.pause()
        header = screen_text(app.query_one("#header"))
        assert f"{len(state.shown_events)} of 400 events · loading…" in header
        assert len(state.shown_events) <= 2 * 30  # a screen's height before and after
        opening = state.selected_event_id
        assert opening is not None
        # The cursor moves over the first screen; keys needing the whole timeline wait.
        await pilot.press("j")
        moved = state.selected_event_id
        assert moved != opening
        assert app.check_action("reject", ()) is None
        assert app.check_action("search", ()) is None
        await pilot.press("x", "a", "slash", "K")
        await pilot.pause()
        assert path.read_bytes() == before
        assert state.search is None and not state.key_events
        release.set()
        assert await wait_for(pilot, lambda: not state.provisional and not app._loading)
        assert state.timeline is not None and len(state.timeline.events) == 400
        assert state.selected_event_id == moved  # the user's move is kept
        assert app.check_action("reject", ()) is True
        assert "400 events" in state.counts_line("timeline.yaml", False)


async def test_an_unmoved_cursor_goes_to_the_whole_lists_opening_event(
    tmp_path: Path, monkeypatch
) -> None:
    app = make_app(tmp_path, big_timeline(seed=5))
    app.first_screen_bytes = 0
    async with app.run_test(size=(100, 30)) as pilot:
        assert await wait_for(pilot, lambda: app.loads == 1 and not app._loading)
        events = app.state.shown_events
        assert app.state.selected_event_id == opening_event(events).id  # type: ignore[union-attr]


async def test_a_whole_load_that_fails_leaves_no_part_of_the_file_shown(
    tmp_path: Path, monkeypatch
) -> None:
    release = threading.Event()

    def failing_load(path: Path) -> LoadResult:
        release.wait(10)
        path.write_text("version: 1\nevents: [", encoding="utf-8")
        return load_timeline(path, resolve_sources=False)

    monkeypatch.setattr(loading_module, "_load_unresolved", failing_load)
    app = make_app(tmp_path, big_timeline(seed=6))
    app.first_screen_bytes = 0
    async with app.run_test(size=(100, 30)) as pilot:
        state = app.state
        assert await wait_for(pilot, lambda: state.provisional)
        release.set()
        assert await wait_for(pilot, lambda: not app._loading)
        assert state.timeline is None and not state.provisional
        assert state.shown_events == [] and state.broken
        assert [(d.line, d.column) for d in state.diagnostics] == [(3, 1)]  # as ever


@pytest.mark.parametrize(("limit", "warmed"), [(0, False), (10**9, True)])
async def test_the_writer_parses_a_very_big_file_only_when_a_key_writes(
    tmp_path: Path, monkeypatch, limit: int, warmed: bool
) -> None:
    """Above WARM_WRITER_BYTES the writer's parse (memory about 30x the file) waits for the
    first write instead of running after the load; below it, it runs after the load."""
    from tui.model.writer import editor_for

    monkeypatch.setattr(loading_module, "WARM_WRITER_BYTES", limit)
    (tmp_path / "articles").mkdir()
    for number in range(30):  # the articles exist: a file without errors may be written
        (tmp_path / "articles" / f"a{number}.txt").write_text(f"words {number}.\n")
    app = make_app(tmp_path, big_timeline(seed=7))
    async with app.run_test(size=(100, 30)) as pilot:
        assert await wait_for(pilot, lambda: app.loads == 1)
        editor = editor_for(app.timeline_path)
        assert await wait_for(pilot, lambda: (editor._document is not None) == warmed)
        await pilot.pause(0.3)
        assert (editor._document is not None) == warmed
        selected = app.state.selected_event_id
        await pilot.press("a")  # accept: the first write parses the file if not yet done
        assert await wait_for(
            pilot,
            lambda: app.state.selected_event is not None and app.state.selected_event.reviewed,
        )
        assert app.state.selected_event_id == selected
        assert editor._document is not None


async def test_quitting_while_the_rest_loads_is_a_clean_quit(
    tmp_path: Path, release: threading.Event
) -> None:
    app = make_app(tmp_path, big_timeline(seed=8))
    app.first_screen_bytes = 0
    async with app.run_test(size=(100, 30)) as pilot:
        assert await wait_for(pilot, lambda: app.state.provisional)
        await pilot.press("q")
        await pilot.pause()
        release.set()  # the whole load ends after the app: nothing is shown, nothing raises
    assert app.return_code in (None, 0)  # an error in the app or its worker would be 1
