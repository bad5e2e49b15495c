"""After a curation write the reader updates only what the changed events touch (issue 10's
200 ms budget): the order, the Events rows, the ruler's days, the counts. Each of these must
always equal what a full install of the edited timeline would show."""

from __future__ import annotations

import importlib.util
import random
from dataclasses import replace
from pathlib import Path

from conftest import REPO, load, settle, wait_for

from tui.app.app import ReaderApp
from tui.app.palette import FilterBy
from tui.app.panes.events import TimeRuler
from tui.app.panes.rows import build_rows, event_day, list_changes
from tui.model.dates import parse_event_date
from tui.model.edits import Accept, MergeEvents, Reject, Retitle, apply_edit, to_review
from tui.model.history import events_changed
from tui.model.timeline import Event

# --- the model says which events a write changed --------------------------------------------


def test_events_changed_names_the_events_a_write_took_out_and_put_in(tmp_path: Path) -> None:
    from conftest import TIMELINE_YAML, make_corpus

    path = make_corpus(tmp_path, TIMELINE_YAML)
    timeline = load(path).timeline
    assert timeline is not None
    summit = timeline.event_by_id["summit"]
    accepted = apply_edit(path, timeline, Accept("summit"))
    assert accepted.record is not None
    gone, came = events_changed(accepted.record.model)
    assert gone == [summit] and came == [timeline.event_by_id["summit"]]
    assert came[0].reviewed and came[0] is not summit
    # Undone, the same events the other way round.
    assert events_changed(accepted.record.model, backwards=True) == (came, gone)

    train = timeline.event_by_id["train-departs"]
    rejected = apply_edit(path, timeline, Reject("train-departs"))
    assert rejected.record is not None
    assert events_changed(rejected.record.model) == ([train], [])
    assert events_changed(rejected.record.model, backwards=True) == ([], [train])

    into = timeline.event_by_id["summit"]
    absorbed = timeline.event_by_id["exercises"]
    merged = apply_edit(path, timeline, MergeEvents("exercises", "summit"))
    assert merged.record is not None
    gone, came = events_changed(merged.record.model)
    assert {id(e) for e in gone} == {id(into), id(absorbed)}
    assert came == [timeline.event_by_id["summit"]]


def test_events_changed_counts_an_event_put_in_then_taken_out_as_neither(tmp_path: Path) -> None:
    from tui.model.history import ListChange

    a, b, c = Event("a", "A"), Event("b", "B"), Event("c", "C")
    changes = [ListChange("events", 0, (a,), (b,)), ListChange("events", 0, (b,), (c,))]
    assert events_changed(changes) == ([a], [c])
    assert events_changed(changes, backwards=True) == ([c], [a])
    assert events_changed([ListChange("actors", 0, (a,), ())]) == ([], [])


# --- which events differ between two lists ---------------------------------------------------


def events(count: int, seed: int) -> list[Event]:
    rnd = random.Random(seed)
    made = [
        Event(f"e{n}", f"Event {n}", date=parse_event_date(f"2023-{rnd.randint(1, 12):02d}"))
        for n in range(count)
    ]
    return sorted(made, key=Event.sort_key)


def same_objects(found: list[Event], expected: list[Event]) -> bool:
    return sorted(map(id, found)) == sorted(map(id, expected))


def test_list_changes_finds_a_replaced_a_removed_an_added_and_a_moved_event() -> None:
    for seed in range(30):
        rnd = random.Random(seed)
        old = events(rnd.randint(2, 40), seed)
        k = rnd.randrange(len(old))
        copy = replace(old[k], title="edited")
        replaced = [*old[:k], copy, *old[k + 1 :]]
        found = list_changes(old, replaced)
        assert found is not None and found[0] == [old[k]] and found[1] == [copy]
        removed = old[:k] + old[k + 1 :]
        assert list_changes(old, removed) == ([old[k]], [])
        new = Event("new", "New")
        added = [*old[:k], new, *old[k:]]
        assert list_changes(old, added) == ([], [new])
        # A new date: the copy goes elsewhere, every event between shifts by one.
        to = rnd.randrange(len(old))
        moved = old[:k] + old[k + 1 :]
        moved.insert(to, copy)
        found = list_changes(old, moved)
        assert found is not None
        assert same_objects(found[0], [old[k]]) and same_objects(found[1], [copy])
        assert list_changes(old, list(old)) == ([], [])


def test_list_changes_gives_up_on_lists_that_differ_in_many_places() -> None:
    old = events(300, 1)
    far_apart = [replace(e, title="x") if n % 3 == 0 else e for n, e in enumerate(old)]
    assert list_changes(old, far_apart) is None
    assert list_changes(old, list(reversed(old))) is None
    assert list_changes(old, old[100:]) is None


# --- the reader after a series of writes equals a fresh install ------------------------------


def generated_corpus(folder: Path, count: int) -> Path:
    """A timeline from the benchmarks' generator, with a ledger so that some events are to
    review."""
    spec = importlib.util.spec_from_file_location(
        "make_large_timeline", REPO / "bench" / "make_large_timeline.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = module.write_large_timeline(folder, events=count, articles=8, seed=3)
    timeline = load(path).timeline
    assert timeline is not None
    ledger = "".join(f"  - {event.id}\n" for event in timeline.events[::2])
    with path.open("a", encoding="utf-8", newline="") as handle:
        handle.write("extracted:\n" + ledger)
    return path


def recounted_bars(ruler: TimeRuler) -> list[int]:
    """The ruler's bars counted from all its days, its cache left as it was."""
    cached = ruler._counts_cache
    ruler._counts_cache = None
    try:
        return ruler._counts(ruler.size.width)
    finally:
        ruler._counts_cache = cached


def fresh_view(app: ReaderApp) -> dict[str, object]:
    """What a full install of the reader's timeline would show."""
    state = app.state
    timeline = state.timeline
    assert timeline is not None
    shown = state.shown_events
    days = sorted(d.toordinal() for e in shown if (d := event_day(e)) is not None)
    return {
        "ordered": [e.id for e in timeline.events_in_order()],
        "rows": build_rows(shown),
        "row_of_event": {r.event.id: i for i, r in enumerate(build_rows(shown)) if r.event},
        "days": days,
        "bars": recounted_bars(app.query_one(TimeRuler)),
        "to_review": {e.id for e in to_review(timeline)},
        "counts": state.actor_counts(),
    }


def shown_view(app: ReaderApp) -> dict[str, object]:
    """What the reader shows after its in-place updates."""
    state = app.state
    return {
        "ordered": [e.id for e in state.ordered],
        "rows": app.events_list.rows,
        "row_of_event": app.events_list.row_of_event,
        "days": app.query_one(TimeRuler)._days,
        # The bars as painted: counted again only when the span moved, else by the days moved.
        "bars": app.query_one(TimeRuler)._counts(app.query_one(TimeRuler).size.width),
        "to_review": set(state.curation.to_review),
        "counts": state.event_counts,
    }


async def test_after_each_write_undo_and_redo_the_reader_equals_a_fresh_install(
    tmp_path: Path,
) -> None:
    path = generated_corpus(tmp_path, 90)
    app = ReaderApp(path, loader=load, watch=False, keymap_path=tmp_path / "none.toml")
    rnd = random.Random(5)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        state = app.state
        writes = 0
        for step in range(36):
            if step == 18:  # half of the series with only the events to review listed
                app.post_message(FilterBy("review", True))
                await pilot.pause()
            before = app.timeline_path.read_bytes()
            key = rnd.choice(["x", "a", "o", "u", "ctrl+r", "j", "x", "a"])
            await pilot.press(key)
            if key != "j":
                await wait_for(pilot, lambda b=before: app.timeline_path.read_bytes() != b, 1.0)
            await pilot.pause()
            writes += app.timeline_path.read_bytes() != before
            assert shown_view(app) == fresh_view(app), (step, key)
            selected = state.selected_event_id
            assert selected is None or selected in app.events_list.row_of_event
        assert writes >= 15  # the series wrote, undid and redid


async def test_a_new_date_and_a_merge_keep_the_rows_of_a_fresh_install(tmp_path: Path) -> None:
    path = generated_corpus(tmp_path, 60)
    app = ReaderApp(path, loader=load, watch=False, keymap_path=tmp_path / "none.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        state = app.state
        timeline = state.timeline
        assert timeline is not None
        first, last = state.ordered[0], state.ordered[-1]
        from tui.model.edits import SetDate

        app.write_edit(SetDate(first.id, "2031-05-04", None), then_select=first.id)
        await pilot.pause()
        moved = timeline.event_by_id[first.id]
        assert moved.date is not None and moved.date.edtf() == "2031-05-04"
        assert state.ordered.index(moved) > 0  # it left the head of the list
        assert shown_view(app) == fresh_view(app)
        app.write_edit(Retitle(last.id, "A title written in the reader"), then_select=last.id)
        await pilot.pause()
        assert shown_view(app) == fresh_view(app)
        second = state.ordered[1]
        app.write_edit(MergeEvents(second.id, last.id), then_select=last.id)
        await pilot.pause()
        assert shown_view(app) == fresh_view(app)
        for _ in range(3):
            await pilot.press("u")
            await pilot.pause()
            assert shown_view(app) == fresh_view(app)


# --- the collector never walks what the reader keeps -----------------------------------------


def test_the_reader_freezes_what_a_load_built_and_commands_do_not(tmp_path: Path) -> None:
    """In the reader, a loaded timeline and the writer's document leave the cyclic
    collector's sight (its passes over them stalled keys for up to 2 s on 20,000 events);
    elsewhere nothing is frozen. In a subprocess: freezing is for the whole process."""
    import subprocess
    import sys

    from conftest import TIMELINE_YAML, make_corpus

    path = make_corpus(tmp_path, TIMELINE_YAML)
    script = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from tui.model.loader import freeze_kept_objects, load_timeline\n"
        "from tui.model.writer import TimelineDocument\n"
        "if sys.argv[2] == 'reader':\n"
        "    freeze_kept_objects()\n"
        "assert load_timeline(Path(sys.argv[1])).timeline is not None\n"
        "after_load = gc.get_freeze_count()\n"
        "gc.unfreeze()\n"
        "TimelineDocument.open(Path(sys.argv[1]))\n"
        "print(after_load, gc.get_freeze_count())\n"
    )
    for mode in ("reader", "command"):
        done = subprocess.run(
            [sys.executable, "-c", script, str(path), mode],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=True,
        )
        after_load, after_open = map(int, done.stdout.split())
        if mode == "reader":
            assert after_load > 1000 and after_open > 1000, done.stdout
        else:
            assert after_load == after_open == 0, done.stdout


# --- the first write: the writer's parse after a load ------------------------------------------


def test_the_writers_parse_after_a_load_skips_only_the_screening_the_loader_did(
    tmp_path: Path, monkeypatch: object
) -> None:
    """The reader's first write waits on the writer's one-time parse of the file; when the
    loader has just read that very state without an error, the parse does not screen it a
    second time (a full parse of its own). Any other state is screened."""
    import os

    from conftest import TIMELINE_YAML, make_corpus

    from tui.model.writer import TimelineDocument, TimelineEditor
    from tui.model.writer.disk import stat_signature

    path = make_corpus(tmp_path, TIMELINE_YAML)
    screened: list[Path] = []
    original = TimelineDocument._screen

    def screen(self: TimelineDocument) -> None:
        screened.append(self.path)
        original(self)

    monkeypatch.setattr(TimelineDocument, "_screen", screen)  # type: ignore[attr-defined]
    loaded = stat_signature(path)
    TimelineEditor(path).warm(loaded)
    assert screened == []
    TimelineEditor(path).warm(None)
    assert len(screened) == 1
    path.write_text(TIMELINE_YAML + "# saved since\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    editor = TimelineEditor(path)
    editor.warm(loaded)  # not the state the loader read: screened
    assert len(screened) == 2
    assert editor.line_of("events", "summit")  # the parse is kept for the first write


def test_rows_after_many_replaced_events_equal_a_fresh_build() -> None:
    """An actor merge re-points hundreds of events at once: the rows are still those of a
    fresh build, by one pass over the rows rather than a search per event."""
    from tui.app.panes.rows import rows_after_edit

    old = events(300, 4)
    for every in (1, 2, 7):
        new = [replace(e, actors=("merged",)) if n % every == 0 else e for n, e in enumerate(old)]
        rows = rows_after_edit(build_rows(old), old, new)
        assert rows == build_rows(new)
        assert rows is not None and all(r.event is None or r.event in new for r in rows)


def test_cyclic_garbage_frozen_with_a_load_is_collected_before_the_next(tmp_path: Path) -> None:
    """A freeze keeps whatever cyclic garbage exists at that moment; the reader gives it back
    to the collector before each load (thaw_kept_objects), so reloads do not leak."""
    import subprocess
    import sys

    from conftest import TIMELINE_YAML, make_corpus

    path = make_corpus(tmp_path, TIMELINE_YAML)
    script = (
        "import gc, sys, weakref\n"
        "from pathlib import Path\n"
        "from tui.model.loader import freeze_kept_objects, load_timeline, thaw_kept_objects\n"
        "freeze_kept_objects()\n"
        "class Node: pass\n"
        "a, b = Node(), Node()\n"
        "a.other, b.other = b, a\n"
        "gone = weakref.ref(a)\n"
        "del a, b\n"
        "load_timeline(Path(sys.argv[1]))  # freezes the cycle with the timeline\n"
        "gc.collect()\n"
        "frozen = gone() is not None\n"
        "thaw_kept_objects()\n"
        "print(frozen, gone() is None)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    assert done.stdout.split() == ["True", "True"], done.stdout + done.stderr
