"""Curation in the reader: one key per edit of ``timeline.yaml``, written at once, undoable.

:class:`CurationActions` is the part of :class:`~tui.app.app.ReaderApp` that binds issue 10's
keys (reject, accept, status, review, undo and redo) to the model's pure edits
(:mod:`tui.model.edits`); the keys that ask first (retitle, date, tags, actors, merge, a new
event from a sentence) are :mod:`tui.app.prompted_edits`, which writes through
:meth:`CurationActions.write_edit` too. Each write goes through
:func:`~tui.model.edits.apply_edit`: one atomic save from the state the reader shows (refused
when another program changed the file: the reader says so and reloads), the in-memory timeline
updated in place (no reload), and the file watcher told of the write so that it does not read
the file back. Undo and redo (:class:`~tui.model.history.EditHistory`, held by the state) are
refused, with a message, once the file changed elsewhere.

Over the timeline view, the keys act on the event under its cursor.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.screen import Screen

from tui.app.review import after_removal
from tui.app.timeline import as_timeline_view
from tui.model.diagnostics import printable
from tui.model.timeline import EventStatus

# The writer, the edits and the prompt are imported by the first key that needs them, inside
# the actions: the reader's first paint needs none of them (tests/test_smoke.py checks it).
if TYPE_CHECKING:
    from tui.app.panes.actors import ActorList
    from tui.app.panes.layout import ReaderPanes
    from tui.app.state import ReaderState
    from tui.app.watcher import ChangeTracker
    from tui.model.edits import Edit, EditOutcome
    from tui.model.history import EditRecord

# `o` goes round these.
STATUS_CYCLE = (EventStatus.OCCURRED, EventStatus.PLANNED, EventStatus.EXPECTED)
# The actions of this module: over the reader and the timeline view only, never over help,
# a prompt or the palette.
CURATION_ACTIONS = frozenset(
    {
        "reject",
        "accept",
        "cycle_status",
        "retitle",
        "change_date",
        "edit_tags",
        "edit_actors",
        "merge_event",
        "undo",
        "redo",
        "review",
        "inspector",
    }
)
# Of those, the ones that make no sense over the timeline view.
READER_PANES_ONLY = frozenset({"review", "inspector"})


class CurationActions:
    """Issue 10's keys, for :class:`~tui.app.app.ReaderApp` (a mixin: it uses the app's state,
    panes, file watcher and screens)."""

    # What the app provides (declared for readers of this class; set by ReaderApp.__init__).
    state: ReaderState
    tracker: ChangeTracker
    timeline_path: Path
    panes: ReaderPanes
    actors_list: ActorList
    screen: Screen[Any]
    screen_stack: list[Screen[Any]]

    if TYPE_CHECKING:  # what the app provides, for readers and type checkers

        def notify(self, message: str, **options: Any) -> None: ...
        def push_screen(self, screen: Screen[Any], callback: Any = None) -> Any: ...
        def load(self) -> None: ...
        def _update_header(self) -> None: ...
        def _refresh_events(self, keep: str | None = None) -> None: ...

    # --- what applies now --------------------------------------------------------------------

    def curation_applies(self, action: str) -> bool:
        """Whether ``action`` may run over the screen on top (reader or timeline view)."""
        screen = self.screen
        if len(self.screen_stack) == 1:
            return True
        return as_timeline_view(screen) is not None and action not in READER_PANES_ONLY

    def _target_event_id(self) -> str | None:
        """The event a key acts on: under the timeline view's cursor, else the selected one."""
        view = as_timeline_view(self.screen)
        if view is not None:
            return view.current_event_id()
        return self.state.selected_event_id

    def _writable(self) -> bool:
        """Whether the reader may write now; says why not."""
        state = self.state
        if state.timeline is None:
            return False
        if state.provisional:  # only the first screen of a big file is read yet
            self.notify("still loading the timeline: try again in a moment", timeout=3)
            return False
        if state.broken:
            self.notify("fix the timeline file first: it has errors", severity="warning", timeout=4)
            return False
        return True

    # --- writing -----------------------------------------------------------------------------

    def write_edit(self, edit: Edit, *, then_select: str | None = None) -> EditOutcome | None:
        """Write ``edit`` now, update the shown timeline in place, and say what was done.

        ``then_select`` is the event to select afterwards (default: the one the model
        names). Returns None when nothing was written (and says why).
        """
        if not self._writable():
            return None
        from tui.model.edits import apply_edit
        from tui.model.writer import FileChangedError, WriterError, editor_for

        state = self.state
        timeline = state.timeline
        assert timeline is not None
        path = self.timeline_path
        seen = self.tracker.sighting(path)
        try:
            outcome = apply_edit(editor_for(path), timeline, edit, seen)
        except FileChangedError as error:
            self._refuse(str(error))
            return None
        except (WriterError, ValueError) as error:
            self.notify(printable(str(error)), severity="error", markup=False, timeout=8)
            return None
        except OSError as error:  # a disk that refuses costs a message, never the reader
            self.notify(
                printable(f"cannot write {path.name}: {error}"),
                severity="error",
                markup=False,
                timeout=8,
            )
            return None
        if outcome.record is None:
            self.notify(printable(outcome.description), markup=False, timeout=3)
            return outcome
        focus = then_select if then_select is not None else outcome.focus
        state.curation.wrote(outcome.record, getattr(edit, "event_id", None) or focus)
        self._show_written(focus, outcome.record)
        self.notify(printable(f"{outcome.description} · u undoes"), markup=False, timeout=4)
        return outcome

    def _refuse(self, why: str, *, undoing: bool = False) -> None:
        """Another program changed the file: write nothing, say so, and show its new state."""
        if undoing:
            why += "; nothing was undone, and the undo history before that change is dropped"
        self.notify(
            printable(f"{why} (nothing was written; reloading)"),
            title="Not written",
            severity="warning",
            markup=False,
            timeout=8,
        )
        self.load()

    def _show_written(
        self, select: str | None, record: EditRecord, *, backwards: bool = False
    ) -> None:
        """After a write of ours (``record``; ``backwards``: undone): tell the watcher (no
        reload follows) and show the change, redoing only what the changed events touch."""
        from tui.model.history import events_changed
        from tui.model.writer import editor_for

        editor = editor_for(self.timeline_path)
        if editor.last_write is not None:
            self.tracker.saw(self.timeline_path, editor.last_write)
        state = self.state
        if select is not None:
            state.select(select)
        timeline = state.timeline
        assert timeline is not None
        state.refresh_edited(events_changed(record.model, backwards=backwards))
        self.actors_list.set_actors(list(timeline.actors), state.event_counts)
        self.panes.show_events(state.selected_event_id, edited=True)
        self._update_header()
        for screen in self.screen_stack:
            if (view := as_timeline_view(screen)) is not None:
                # The events the reader shows now, its filters applied to the edited timeline.
                view.set_timeline(
                    timeline, state.shown_events, state.filters_line(), state.filters.actors
                )

    @work(thread=True, exclusive=True, group="warm-writer")
    def warm_writer(self) -> None:
        """Parse (and index) the file for the writer and make the actors' mention finder now,
        in a thread, so that the first key that writes does not (seconds on 20,000 events); a
        failure here is met again, and reported, by that write."""
        # A file the loader read without an error need not be screened again (a second full
        # parse of it), as long as it is still the state the load saw.
        from tui.model.writer import editor_for

        seen = None if self.state.broken else self.tracker.sighting(self.timeline_path)
        with contextlib.suppress(Exception):
            editor_for(self.timeline_path).warm(seen.signature if seen is not None else None)
            self.call_from_thread(self.state.make_mention_finder())  # type: ignore[attr-defined]

    # --- the one-key edits -------------------------------------------------------------------

    def action_reject(self) -> None:
        """x: the event leaves ``events:`` (extraction will not bring it back)."""
        event_id = self._target_event_id()
        if event_id is None or not self._writable():
            return
        from tui.model.edit_kinds import Reject

        state = self.state
        if state.curation.reviewing:
            self._write_and_walk(Reject(event_id), event_id)
            return
        self.write_edit(Reject(event_id), then_select=after_removal(state.shown_events, event_id))

    def action_accept(self) -> None:
        """a: mark the event reviewed (in review mode, then go to the next one)."""
        event_id = self._target_event_id()
        if event_id is None or not self._writable():
            return
        from tui.model.edit_kinds import Accept

        if self.state.curation.reviewing:
            self._write_and_walk(Accept(event_id), event_id)
        else:
            self.write_edit(Accept(event_id), then_select=event_id)

    def _write_and_walk(self, edit: Edit, event_id: str) -> None:
        """Review mode: write ``edit`` about ``event_id``, then go to the next event to review
        (leaving review mode after the last one)."""
        state = self.state
        after = state.curation.next_to_review(state.filters.apply(state.ordered), event_id)
        outcome = self.write_edit(edit, then_select=after or event_id)
        if outcome is not None and after is None:
            self.leave_review("review done: nothing left to review")

    def action_cycle_status(self) -> None:
        """o: occurred, planned, expected, and round again."""
        event_id = self._target_event_id()
        timeline = self.state.timeline
        if event_id is None or timeline is None or event_id not in timeline.event_by_id:
            return
        status = timeline.event_by_id[event_id].status
        index = STATUS_CYCLE.index(status) if status in STATUS_CYCLE else -1
        following = STATUS_CYCLE[(index + 1) % len(STATUS_CYCLE)]
        from tui.model.edit_kinds import SetStatus

        self.write_edit(SetStatus(event_id, str(following)), then_select=event_id)

    # --- undo and redo -----------------------------------------------------------------------

    def action_undo(self) -> None:
        """u: undo the reader's last write of this session, byte for byte."""
        self._history_step(undo=True)

    def action_redo(self) -> None:
        """ctrl+r: make the last undone write again."""
        self._history_step(undo=False)

    def _history_step(self, *, undo: bool) -> None:
        state = self.state
        history = state.curation.history
        if not (history.can_undo if undo else history.can_redo):
            self.notify("nothing to undo" if undo else "nothing to redo", timeout=2)
            return
        if state.broken:
            self._writable()
            return
        from tui.model.writer import FileChangedError, WriterError, editor_for

        path = self.timeline_path
        step = history.undo if undo else history.redo
        try:
            outcome = step(editor_for(path), state.timeline, self.tracker.sighting(path))
        except FileChangedError as error:
            self._refuse(str(error), undoing=True)
            return
        except (WriterError, OSError) as error:
            self.notify(printable(str(error)), severity="error", markup=False, timeout=8)
            return
        if not outcome.timeline_updated:
            self.notify(printable(outcome.description), markup=False, timeout=4)
            self.load()
            return
        self._show_written(state.curation.target_of(outcome.record), outcome.record, backwards=undo)
        self.notify(printable(outcome.description), markup=False, timeout=4)

    # --- review mode -------------------------------------------------------------------------

    def action_review(self) -> None:
        """v: walk the events to review one by one (again: leave)."""
        state = self.state
        if state.curation.reviewing:
            self.leave_review()
            return
        first = state.curation.start_review(
            state.filters.apply(state.ordered), state.selected_event_id
        )
        if first is None:
            self.notify("nothing to review: every extracted event is reviewed", timeout=4)
            return
        self.panes.show_inspector_state()
        self._refresh_events(keep=first)
        self.panes.focus_pane("events")

    def leave_review(self, message: str | None = None) -> None:
        """Leave review mode: every event shows again, the cursor stays where it is."""
        keep = self.state.selected_event_id
        self.state.curation.stop_review()
        self.panes.show_inspector_state()
        self._refresh_events(keep=keep)
        if message:
            self.notify(message, timeout=4)

    def action_inspector(self) -> None:
        """i: the inspector on or off."""
        self.panes.toggle_inspector()
