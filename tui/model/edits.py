"""Curation of a timeline as pure operations: an edit in, one checked write out.

Each edit is a small frozen dataclass:

- :class:`Reject` ``(event_id)``: the event leaves ``events:``; the ``extracted:`` ledger is
  never touched, so re-extraction does not bring an extracted event back;
- :class:`Accept` ``(event_id)``: ``reviewed: true`` on the event;
- :class:`SetStatus` ``(event_id, status)``: occurred, planned or expected;
- :class:`Retitle` ``(event_id, title)``;
- :class:`SetDate` ``(event_id, edtf, date_text=None)``: an EDTF date (None: undated) and the
  words it was written as (None: no ``date_text``); impossible dates are refused with the
  messages of ``newsline check``;
- :class:`SetTags` ``(event_id, tags)`` and :class:`SetActors` ``(event_id, actor_ids)``: the
  whole new list (empty removes the field); actors must exist;
- :class:`MergeEvents` ``(absorbed_id, into_id)``: the absorbed event's sources, actors and
  tags are added to the other's, it leaves ``events:``, and its id is recorded in the ledger
  so extraction never revives it;
- :class:`MergeActors` ``(absorbed_id, into_id)``: the absorbed actor's name and aliases become
  aliases of the other, every event naming it names the other instead, and it leaves
  ``actors:``;
- :class:`AddEvent` ``(event_id, title, ...)``: a new event (the reader's ``c``).

:func:`apply_edit` ``(editor, timeline, edit, seen)`` checks the edit against the in-memory
timeline, writes the file once through the writer (atomically, and only from the state the
caller saw: :class:`~tui.model.writer.FileChangedError` otherwise, nothing written), splicing
only the touched items, and then updates ``timeline`` in place (only the touched items; the
file is never re-read). It returns an :class:`EditOutcome`: the timeline, a line for the
footer ("rejected train-departs-pyongyang"), the id to select, and an
:class:`~tui.model.history.EditRecord` for :class:`~tui.model.history.EditHistory` (None when
nothing needed writing). Invalid edits raise :class:`EditError` (or
:class:`~tui.model.writer.UnknownIdError`) before anything is written.

Positions (``Event.position``) of items after an edited one are as loaded; ask the writer
(:meth:`~tui.model.writer.TimelineEditor.line_of`) for the current line.

:func:`to_review` lists the events extraction proposed and nobody has reviewed yet
(:func:`is_to_review` tells it for one event).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.model.edit_kinds import (
    Accept,
    AddEvent,
    Edit,
    EditError,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetActors,
    SetDate,
    SetStatus,
    SetTags,
)
from tui.model.edit_plans import plan_edit
from tui.model.history import EditRecord, apply_list_changes
from tui.model.ledger import is_to_review, to_review
from tui.model.timeline import Timeline
from tui.model.writer.document import TimelineDocument
from tui.model.writer.editor import Sighting, TimelineEditor, editor_for
from tui.model.writer.item_edits import Splice

# is_to_review and to_review live in the ledger (the reader's review queue reads them there,
# without loading the writer); they are re-exported here with the edits.
__all__ = [
    "Accept",
    "AddEvent",
    "Edit",
    "EditError",
    "EditOutcome",
    "MergeActors",
    "MergeEvents",
    "Reject",
    "Retitle",
    "SetActors",
    "SetDate",
    "SetStatus",
    "SetTags",
    "apply_edit",
    "is_to_review",
    "to_review",
]


@dataclass(frozen=True, slots=True)
class EditOutcome:
    """What :func:`apply_edit` did."""

    timeline: Timeline
    description: str  # for the footer: "rejected train-departs-pyongyang"
    record: EditRecord | None  # for EditHistory.push; None: nothing was written
    focus: str | None = None  # the id to select afterwards (None: the edited one is gone)


def apply_edit(
    editor: TimelineEditor | Path,
    timeline: Timeline,
    edit: Edit,
    seen: Sighting | None = None,
) -> EditOutcome:
    """Write ``edit`` to the timeline file once and update ``timeline`` in place.

    ``editor`` is the file's :class:`TimelineEditor` (or its path); ``seen`` the state of the
    file the caller shows. Raises :class:`EditError` or :class:`UnknownIdError` for an edit
    that does not fit ``timeline``, :class:`~tui.model.writer.FileChangedError` when the file
    is not the one shown; nothing is written then.
    """
    if not isinstance(editor, TimelineEditor):
        editor = editor_for(editor)
    plan = plan_edit(timeline, edit)
    if not plan.steps:
        return EditOutcome(timeline, plan.description, None, plan.focus)
    made: dict[str, Any] = {}

    def change(document: TimelineDocument) -> None:
        made["before"] = document.disk_state.digest
        before_text = document.text()
        splices: list[Splice] | None = []
        for step in plan.steps:
            splice = step(document)
            if splice is None:
                splices = None
            elif splices is not None:
                splices.append(splice)
        made["splices"] = splices
        if splices is None:
            made["before_text"], made["after_text"] = before_text, document.text()
        made["document"] = document

    editor.edit(change, seen)
    document: TimelineDocument = made["document"]
    splices = made["splices"]
    record = EditRecord(
        path=editor.path,
        description=plan.description,
        before_digest=made["before"],
        after_digest=document.disk_state.digest,
        splices=None if splices is None else tuple(splices),
        model=tuple(plan.model),
        before_text=made.get("before_text"),
        after_text=made.get("after_text"),
    )
    apply_list_changes(timeline, plan.model)
    return EditOutcome(timeline, plan.description, record, plan.focus)
