"""Curation in the reader (issue 10): the inspector, one key per edit, undo/redo, review mode.

Each action is driven through Pilot and checked on the reader's state AND on the file: what
was written, that undo restores the bytes exactly, and that nothing is written over an edit
made by another program.
"""

from __future__ import annotations

import time
from pathlib import Path

from conftest import (
    TIMELINE_YAML,
    load,
    make_app,
    notices,
    palette_search,
    settle,
    wait_for,
)

from tui.app.app import ReaderApp
from tui.app.panes.inspector import Inspector
from tui.app.screens.prompt import PromptScreen
from tui.app.timeline.screen import TimelineScreen
from tui.app.widgets.command_palette import SteadyCommandPalette

# The test timeline with what curation needs: words for a date, notes, and a ledger saying
# which events extraction proposed (summit and train-departs are to review).
CURATE_YAML = (
    TIMELINE_YAML.replace(
        "    date: 2023-09-10\n",
        "    date: 2023-09-10\n    date_text: Sunday night\n"
        "    notes: Seen by a South Korean official.\n",
    )
    + "extracted:\n  - summit\n  - train-departs\n  - an-event-rejected-long-ago\n"
)


def curate_app(tmp_path: Path, **options: object) -> ReaderApp:
    """A reader on the curation timeline, the settle wait of the writer not in the way."""
    return make_app(tmp_path, CURATE_YAML, **options)


def file_bytes(app: ReaderApp) -> bytes:
    return app.timeline_path.read_bytes()


def inspector(app: ReaderApp) -> Inspector:
    return app.query_one(Inspector)


def inspector_shown(app: ReaderApp) -> bool:
    """Whether the inspector shows (below 160 columns it is mounted when first switched on)."""
    return any(panel.display for panel in app.query(Inspector))


async def select(app: ReaderApp, pilot: object, event_id: str) -> None:
    app.select_event(event_id)
    await pilot.pause()  # type: ignore[attr-defined]


async def answer_prompt(pilot: object, app: ReaderApp, text: str) -> None:
    """Replace the prompt's text with ``text`` and press Enter."""
    assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
    prompt = app.screen.query_one("#prompt-input")
    prompt.value = text  # type: ignore[attr-defined]
    prompt.cursor_position = len(text)  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    # The answer is applied when the prompt closes: waited for, since on a loaded machine that
    # lands frames after the key.
    assert await wait_for(pilot, lambda: not isinstance(app.screen, PromptScreen))
    await pilot.pause()  # type: ignore[attr-defined]


# --- the inspector ------------------------------------------------------------------------------


async def test_the_inspector_shows_every_field_of_the_selected_event(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="train-departs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert not inspector_shown(app)  # off by default below 160 columns
        await pilot.press("i")
        await pilot.pause()
        panel = inspector(app)
        assert panel.display and panel.shown == ("event", "train-departs")
        text = panel.plain
        for expected in (
            "Armored train leaves Pyongyang",  # the full title
            "10 Sep 2023",
            "Sunday night",  # date_text
            "occurred",
            "no · to review",  # reviewed or not
            "Kim Jong Un (person)",  # actors with their kinds
            "travel",  # tags
            "Seen by a South Korean official.",  # notes
            "Kim Jong Un is heading to Russia",  # the source's article title
            "11 Sep 2023",  # ... and date
            "departed Pyongyang on Sunday night",  # the quote
            "train-departs",  # the id
        ):
            assert expected in text, expected
        # Under the panes when narrow.
        assert panel.region.y > app.text_view.region.y
        await pilot.press("i")
        await pilot.pause()
        assert not inspector_shown(app)


async def test_the_inspector_is_beside_the_panes_and_on_from_160_columns(tmp_path: Path) -> None:
    app = curate_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        panel = inspector(app)
        assert panel.display and panel.shown is not None
        # Beside Events and Text, under Actors in the third column.
        assert panel.region.x > app.text_view.region.x
        assert panel.region.x == app.actors_list.region.x
        assert panel.region.y > app.actors_list.region.y
        await pilot.press("i")
        await pilot.pause()
        assert not panel.display
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not panel.display  # switched off stays off at any width


async def test_the_inspector_shows_the_actor_under_the_actors_cursor(tmp_path: Path) -> None:
    app = curate_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        actor_id = app.actors_list.cursor_actor_id
        assert actor_id is not None
        assert inspector(app).shown == ("actor", actor_id)
        assert "3 events" in inspector(app).plain  # kim is named by three events
        await pilot.press("1")
        await pilot.pause()
        assert inspector(app).shown == ("event", app.state.selected_event_id)


# --- one key per edit, and undo -----------------------------------------------------------------


async def test_reject_removes_the_event_and_undo_restores_the_file_byte_for_byte(
    tmp_path: Path,
) -> None:
    app = curate_app(tmp_path, event_id="train-departs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = file_bytes(app)
        loads = app.loads
        await pilot.press("x")
        await pilot.pause()
        timeline = app.state.timeline
        assert timeline is not None and "train-departs" not in timeline.event_by_id
        assert b"id: train-departs\n" not in file_bytes(app)
        assert b"  - train-departs\n" in file_bytes(app)  # the ledger keeps it: never re-extracted
        assert "train-departs" not in app.events_list.row_of_event
        assert app.state.selected_event_id == "exercises"  # the next one
        assert any(n.startswith("rejected train-departs") and "u undoes" in n for n in notices(app))
        assert app.loads == loads  # updated in place, not reloaded
        reloaded = load(app.timeline_path).timeline
        assert reloaded is not None and "train-departs" not in reloaded.event_by_id
        await pilot.press("u")
        await pilot.pause()
        assert file_bytes(app) == before
        assert "train-departs" in app.state.timeline.event_by_id
        assert app.state.selected_event_id == "train-departs"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "train-departs" not in app.state.timeline.event_by_id
        assert b"id: train-departs\n" not in file_bytes(app)


async def test_accept_marks_the_event_reviewed(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="summit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "2 to review" in app.state.counts_line("timeline.yaml", False)
        await pilot.press("a")
        await pilot.pause()
        event = app.state.timeline.event_by_id["summit"]
        assert event.reviewed
        reloaded = load(app.timeline_path).timeline
        assert reloaded is not None and reloaded.event_by_id["summit"].reviewed
        assert "1 to review" in app.state.counts_line("timeline.yaml", False)


async def test_o_cycles_the_status(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="summit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        seen = []
        for _ in range(3):
            await pilot.press("o")
            await pilot.pause()
            seen.append(str(app.state.timeline.event_by_id["summit"].status))
        assert seen == ["expected", "occurred", "planned"]
        reloaded = load(app.timeline_path).timeline
        assert reloaded is not None and str(reloaded.event_by_id["summit"].status) == "planned"


async def test_retitle_tags_and_actors_are_prompts(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="summit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        assert app.screen.query_one("#prompt-input").value == "Kim and Putin meet in Vladivostok"
        await answer_prompt(pilot, app, "Kim and Putin meet at Vostochny")
        event = app.state.timeline.event_by_id["summit"]
        assert event.title == "Kim and Putin meet at Vostochny"
        await pilot.press("T")
        await answer_prompt(pilot, app, "summit, travel")
        assert app.state.timeline.event_by_id["summit"].tags == ("summit", "travel")
        await pilot.press("A")
        await answer_prompt(pilot, app, "Kim Jong Un, Shoigu")
        assert app.state.timeline.event_by_id["summit"].actors == ("kim", "shoigu")
        before = file_bytes(app)
        await pilot.press("A")
        await answer_prompt(pilot, app, "Kim Jong Un, Sergei Nobody")
        assert file_bytes(app) == before  # an unknown actor is refused, nothing written
        # Said when the prompt's answer was refused, which answer_prompt waited for.
        assert any("no actor is called 'Sergei Nobody'" in n for n in notices(app))
        reloaded = load(app.timeline_path).timeline
        assert reloaded is not None
        assert reloaded.event_by_id["summit"].title == "Kim and Putin meet at Vostochny"
        assert reloaded.event_by_id["summit"].actors == ("kim", "shoigu")


async def test_the_tags_prompt_completes_from_the_tags_in_use(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="exercises")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("T")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        await pilot.press("d", "i", "p")
        prompt = app.screen.query_one("#prompt-input")
        # The suggester runs in a worker: waited for, not paused for a fixed time.
        assert await wait_for(pilot, lambda: prompt._suggestion == "diplomacy")  # type: ignore[attr-defined]
        await pilot.press("right", "enter")  # takes the suggestion
        await pilot.pause()
        assert app.state.timeline.event_by_id["exercises"].tags == ("diplomacy",)


async def test_merge_an_event_into_another_chosen_in_the_palette(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="train-departs")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        assert await wait_for(pilot, lambda: isinstance(app.screen, SteadyCommandPalette))
        await palette_search(pilot, "vladivostok")
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "train-departs" not in app.state.timeline.event_by_id)
        summit = app.state.timeline.event_by_id["summit"]
        assert len(summit.sources) == 3  # the sources are united
        assert app.state.selected_event_id == "summit"
        await pilot.press("u")
        await pilot.pause()
        assert "train-departs" in app.state.timeline.event_by_id


async def test_merge_two_actors_in_the_actors_pane(tmp_path: Path) -> None:
    app = curate_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        assert app.actors_list.select_actor("shoigu")
        await pilot.press("M")
        assert await wait_for(pilot, lambda: isinstance(app.screen, SteadyCommandPalette))
        await palette_search(pilot, "putin")
        await pilot.press("enter")
        timeline = app.state.timeline
        assert await wait_for(pilot, lambda: "shoigu" not in app.state.timeline.actor_by_id)
        timeline = app.state.timeline
        assert "Shoigu" in timeline.actor_by_id["putin"].aliases
        assert timeline.event_by_id["exercises"].actors == ("putin",)


# --- refusals after an external edit ------------------------------------------------------------


async def test_a_write_over_an_external_edit_is_refused_and_the_file_reloaded(
    tmp_path: Path,
) -> None:
    app = curate_app(tmp_path, event_id="summit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        theirs = app.timeline_path.read_text(encoding="utf-8") + "# someone else's edit\n"
        app.timeline_path.write_text(theirs, encoding="utf-8")
        loads = app.loads
        await pilot.press("x")
        await settle(app, pilot)
        assert app.timeline_path.read_text(encoding="utf-8") == theirs
        assert any("nothing was written" in n for n in notices(app))
        assert app.loads == loads + 1  # and it shows their version now
        assert "summit" in app.state.timeline.event_by_id


async def test_undo_after_an_external_edit_is_refused_and_the_history_dropped(
    tmp_path: Path,
) -> None:
    app = curate_app(tmp_path, event_id="summit")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        time.sleep(0.01)
        theirs = file_bytes(app) + b"# someone else's edit\n"
        app.timeline_path.write_bytes(theirs)
        await pilot.press("u")
        await settle(app, pilot)
        assert file_bytes(app) == theirs  # their edit is never undone
        assert any("nothing was undone" in n for n in notices(app))
        assert not app.state.curation.history.can_undo


async def test_the_readers_own_write_is_not_reloaded_by_the_watcher(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="summit", watch=True, poll_interval=0.05)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        loads = app.loads
        await pilot.press("a")
        await pilot.pause(0.4)  # several polls
        assert app.loads == loads


# --- review mode --------------------------------------------------------------------------------


async def test_review_mode_walks_the_events_to_review(tmp_path: Path) -> None:
    app = curate_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        state = app.state
        # Each step is waited for, not paused once: a loaded machine lands the action later.
        assert await wait_for(pilot, lambda: state.curation.reviewing and inspector_shown(app))
        assert [e.id for e in state.shown_events] == ["summit", "train-departs"]  # by date
        assert await wait_for(pilot, lambda: state.selected_event_id == "summit")
        assert "REVIEW: 2 to review" in state.counts_line("timeline.yaml", False)
        await pilot.press("a")  # accepts and moves on
        assert await wait_for(pilot, lambda: state.selected_event_id == "train-departs")
        assert state.timeline.event_by_id["summit"].reviewed
        assert await wait_for(pilot, lambda: inspector(app).shown == ("event", "train-departs"))
        await pilot.press("x")  # rejects and moves on: nothing is left
        assert await wait_for(pilot, lambda: not state.curation.reviewing)
        assert "train-departs" not in state.timeline.event_by_id
        assert any("nothing left to review" in n for n in notices(app))  # said as it left
        assert len(state.shown_events) == 3


async def test_escape_leaves_review_mode(tmp_path: Path) -> None:
    app = curate_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        assert len(app.state.shown_events) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert not app.state.curation.reviewing and len(app.state.shown_events) == 4
        assert not inspector_shown(app)


# --- the timeline view --------------------------------------------------------------------------


async def test_in_the_timeline_view_the_keys_act_on_the_event_under_the_cursor(
    tmp_path: Path,
) -> None:
    app = curate_app(tmp_path, event_id="letters")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        assert await wait_for(pilot, lambda: isinstance(app.screen, TimelineScreen))
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("right")
        await pilot.pause()
        target = screen.current_event_id()
        assert target is not None and target != "letters"
        await pilot.press("a")
        await pilot.pause()
        assert app.state.timeline.event_by_id[target].reviewed
        assert not app.state.timeline.event_by_id["letters"].reviewed
        await pilot.press("u")
        await pilot.pause()
        assert not app.state.timeline.event_by_id[target].reviewed
        assert isinstance(app.screen, TimelineScreen)


# --- a new event from a sentence ----------------------------------------------------------------


async def test_c_opens_the_new_event_in_the_inspector_to_retitle(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="exercises")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        before = file_bytes(app)
        await pilot.press("enter", "c")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        new_id = app.state.selected_event_id
        assert new_id is not None and new_id not in ("exercises",)
        assert inspector_shown(app) and inspector(app).shown == ("event", new_id)
        await answer_prompt(pilot, app, "Russia weighs drills in North Korea")
        assert app.state.timeline.event_by_id[new_id].title == "Russia weighs drills in North Korea"
        await pilot.press("u", "u")  # the title, then the event itself
        await pilot.pause()
        assert file_bytes(app) == before


async def test_the_date_prompt_reads_what_people_type(tmp_path: Path) -> None:
    app = curate_app(tmp_path, event_id="train-departs")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("D")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PromptScreen))
        assert app.screen.query_one("#prompt-input").value == "2023-09-10"
        await answer_prompt(pilot, app, "Sep 2023")
        event = app.state.timeline.event_by_id["train-departs"]
        assert event.date is not None and event.date.edtf() == "2023-09"  # the typed precision
        assert event.date_text == "Sunday night"  # the article's words stay
        await pilot.press("D")
        await answer_prompt(pilot, app, "early August 2023")
        event = app.state.timeline.event_by_id["train-departs"]
        assert event.date is not None and event.date.is_range
        assert event.date.first_day.isoformat() == "2023-08-01"
        before = file_bytes(app)
        await pilot.press("D")
        await answer_prompt(pilot, app, "31 Feb 2023")
        assert file_bytes(app) == before  # impossible: refused, nothing written
        assert app.screen is app.screen_stack[0]
        await pilot.press("D")
        await answer_prompt(pilot, app, "")
        assert app.state.timeline.event_by_id["train-departs"].date is None  # empty: undated
        reloaded = load(app.timeline_path).timeline
        assert reloaded is not None and reloaded.event_by_id["train-departs"].date is None


async def test_counts_kept_after_each_write_equal_a_full_recount(tmp_path: Path) -> None:
    """The reader updates the to-review set and the actors' event counts for the changed
    events only; after accept, reject, undo, redo and an actor merge they match a recount."""
    from tui.model.edits import to_review

    app = curate_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        state = app.state

        def agree() -> None:
            timeline = state.timeline
            assert state.curation.to_review == {e.id for e in to_review(timeline)}
            assert state.event_counts == state.actor_counts()

        before = set(state.curation.to_review)
        await select(app, pilot, "summit")
        await pilot.press("a")
        assert await wait_for(pilot, lambda: state.timeline.event_by_id["summit"].reviewed)
        agree()
        assert state.curation.to_review == before - {"summit"}
        await select(app, pilot, "train-departs")
        await pilot.press("x")
        assert await wait_for(pilot, lambda: "train-departs" not in state.timeline.event_by_id)
        agree()
        await pilot.press("u")
        assert await wait_for(pilot, lambda: "train-departs" in state.timeline.event_by_id)
        agree()
        assert "train-departs" in state.curation.to_review
        await pilot.press("ctrl+r")
        assert await wait_for(pilot, lambda: "train-departs" not in state.timeline.event_by_id)
        agree()
        await pilot.press("3")
        assert app.actors_list.select_actor("shoigu")
        await pilot.press("M")
        assert await wait_for(pilot, lambda: isinstance(app.screen, SteadyCommandPalette))
        await palette_search(pilot, "putin")
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "shoigu" not in state.timeline.actor_by_id)
        agree()
        assert "shoigu" not in state.event_counts
