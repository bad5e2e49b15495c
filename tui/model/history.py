"""Undo and redo of the reader's own writes, per session, in memory.

An :class:`EditRecord` is what one curation write changed: the file's hash before and after,
the :class:`~tui.model.writer.item_edits.Splice` list that turns one into the other (the old and
new text of the touched items only, so a session of edits on a 5 MB file does not keep 5 MB
per edit), and the matching changes of the in-memory :class:`~tui.model.timeline.Timeline`.
An edit that could not be made of splices keeps the whole text before and after instead.

:class:`EditHistory` undoes a record only when the file's bytes are exactly the ones this
session wrote last (the ``after`` hash); then the file is restored byte for byte (checked by
hash before it is saved). If the file changed meanwhile, nothing is written, the history up to
that point is dropped, and :class:`~tui.model.writer.FileChangedError` says why. Redo is the
same the other way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.model.timeline import Timeline
from tui.model.writer.disk import digest
from tui.model.writer.document import TimelineDocument
from tui.model.writer.editor import FileChangedError, Sighting, TimelineEditor, editor_for
from tui.model.writer.errors import WriterError
from tui.model.writer.item_edits import Splice

__all__ = ["EditHistory", "EditRecord", "HistoryOutcome", "ListChange", "ModelMismatchError"]

_SECTIONS = ("events", "actors", "extracted")


class ModelMismatchError(WriterError):
    """The in-memory timeline is not the one the edit was made on: reload it."""


@dataclass(frozen=True, slots=True)
class ListChange:
    """Items ``before`` at ``index`` of one of the timeline's lists became ``after``."""

    section: str  # "events", "actors" or "extracted"
    index: int
    before: tuple[Any, ...]
    after: tuple[Any, ...]

    def inverse(self) -> ListChange:
        """The change that undoes this one."""
        return ListChange(self.section, self.index, self.after, self.before)


def apply_list_changes(timeline: Timeline, changes: Sequence[ListChange]) -> None:
    """Make ``changes`` (in order) to ``timeline``'s lists and its id lookups, in place.

    Raises :class:`ModelMismatchError`, changing nothing, when a list does not hold the
    items a change expects (the timeline was reloaded meanwhile).
    """
    for change in changes:
        if change.section not in _SECTIONS:
            raise ValueError(f"unknown list {change.section!r}")
    done: list[ListChange] = []
    try:
        for change in changes:
            _apply_one(timeline, change)
            done.append(change)
    except ModelMismatchError:
        for change in reversed(done):
            _apply_one(timeline, change.inverse())
        raise


def _apply_one(timeline: Timeline, change: ListChange) -> None:
    items: list[Any] = getattr(timeline, change.section)
    index, before, after = change.index, change.before, change.after
    current = items[index : index + len(before)]
    same = len(current) == len(before) and all(
        a is b or (change.section == "extracted" and a == b)
        for a, b in zip(current, before, strict=True)
    )
    if not same:
        raise ModelMismatchError(
            "the timeline in memory is not the one this edit was made on; reload it"
        )
    items[index : index + len(before)] = after
    lookup_name = {"events": "event_by_id", "actors": "actor_by_id"}.get(change.section)
    lookup = timeline.__dict__.get(lookup_name) if lookup_name else None
    if lookup is not None:
        for item in before:
            if lookup.get(item.id) is item:
                del lookup[item.id]
        for item in after:
            lookup.setdefault(item.id, item)


def events_changed(
    changes: Sequence[ListChange], *, backwards: bool = False
) -> tuple[list[Any], list[Any]]:
    """The events ``changes`` took out of the timeline's ``events`` and the ones they put in
    (``backwards``: when the changes are undone), each once, by identity.

    An edited event is a new object: the old one is taken out and the new one put in. The
    reader updates its order, rows and counts for these only, instead of comparing every
    event of the timeline after each key.
    """
    taken: dict[int, Any] = {}
    put: dict[int, Any] = {}
    for change in reversed(changes) if backwards else changes:
        if change.section != "events":
            continue
        gone, came = (change.after, change.before) if backwards else (change.before, change.after)
        for event in gone:
            if put.pop(id(event), None) is None:
                taken[id(event)] = event
        for event in came:
            if taken.pop(id(event), None) is None:
                put[id(event)] = event
    return list(taken.values()), list(put.values())


def revert_list_changes(timeline: Timeline, changes: Sequence[ListChange]) -> None:
    """Undo ``changes`` (made in that order) on ``timeline``, last first."""
    apply_list_changes(timeline, [change.inverse() for change in reversed(changes)])


@dataclass(frozen=True, slots=True)
class EditRecord:
    """One write of the reader, with what it takes to undo and redo it exactly."""

    path: Path
    description: str
    before_digest: str | None  # hash of the file's bytes before the write (None: no file)
    after_digest: str | None  # hash of the bytes the write left
    splices: tuple[Splice, ...] | None  # None: see before_text / after_text
    model: tuple[ListChange, ...] = ()
    before_text: str | None = None  # the whole file, only for edits not made of splices
    after_text: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryOutcome:
    """What an undo or redo did: the record, a line for the footer, and whether the
    in-memory timeline was updated (False: reload it)."""

    record: EditRecord
    description: str
    timeline_updated: bool


def _restore(document: TimelineDocument, record: EditRecord, *, backwards: bool) -> None:
    """Turn the document from one side of ``record`` into the other, byte for byte."""
    expected, target = (
        (record.after_digest, record.before_digest)
        if backwards
        else (record.before_digest, record.after_digest)
    )
    if document.disk_state.digest != expected:
        raise FileChangedError(
            f"{record.path} changed since newsline wrote it; "
            "nothing was undone, and the undo history before that change is dropped"
        )
    if record.splices is not None:
        if backwards:
            document.revert(record.splices)
        else:
            for splice in record.splices:
                document.apply_splice(splice)
    else:
        text = record.before_text if backwards else record.after_text
        if text is None:
            raise WriterError("this edit cannot be undone: its text was not kept")
        document.replace_text(text)
    if digest(document.text().encode("utf-8")) != target:
        raise WriterError("internal error: the file would not be restored byte for byte")


@dataclass
class EditHistory:
    """The reader's undo and redo stacks for one session (a restart starts a new one)."""

    undo_stack: list[EditRecord] = field(default_factory=list)
    redo_stack: list[EditRecord] = field(default_factory=list)

    def push(self, record: EditRecord | None) -> None:
        """Remember a new write (None: the edit wrote nothing); a new write ends redo."""
        if record is None:
            return
        self.undo_stack.append(record)
        self.redo_stack.clear()

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)

    def clear(self) -> None:
        """Forget everything (after a reload of a file changed elsewhere)."""
        self.undo_stack.clear()
        self.redo_stack.clear()

    def undo(
        self,
        editor: TimelineEditor | Path,
        timeline: Timeline | None = None,
        seen: Sighting | None = None,
    ) -> HistoryOutcome:
        """Restore the file as it was before the last write, byte for byte.

        Only when the file's bytes are the ones that write left: otherwise nothing is
        written, the history is dropped and :class:`FileChangedError` is raised. With
        ``timeline``, the in-memory timeline is changed back too. Raises ``IndexError`` when
        there is nothing to undo.
        """
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        record = self.undo_stack[-1]
        self._write(editor, record, seen, backwards=True)
        self.undo_stack.pop()
        self.redo_stack.append(record)
        updated = _update_model(timeline, record, backwards=True)
        return HistoryOutcome(record, f"undid: {record.description}", updated)

    def redo(
        self,
        editor: TimelineEditor | Path,
        timeline: Timeline | None = None,
        seen: Sighting | None = None,
    ) -> HistoryOutcome:
        """Make the last undone write again; the same rules as :meth:`undo`."""
        if not self.redo_stack:
            raise IndexError("nothing to redo")
        record = self.redo_stack[-1]
        self._write(editor, record, seen, backwards=False)
        self.redo_stack.pop()
        self.undo_stack.append(record)
        updated = _update_model(timeline, record, backwards=False)
        return HistoryOutcome(record, f"redid: {record.description}", updated)

    def _write(
        self,
        editor: TimelineEditor | Path,
        record: EditRecord,
        seen: Sighting | None,
        *,
        backwards: bool,
    ) -> None:
        if not isinstance(editor, TimelineEditor):
            editor = editor_for(editor)
        try:
            editor.edit(lambda document: _restore(document, record, backwards=backwards), seen)
        except FileChangedError:
            # An edit made elsewhere is never undone; what came before it cannot be either.
            self.clear()
            raise


def _update_model(timeline: Timeline | None, record: EditRecord, *, backwards: bool) -> bool:
    if timeline is None:
        return False
    try:
        if backwards:
            revert_list_changes(timeline, record.model)
        else:
            apply_list_changes(timeline, record.model)
    except ModelMismatchError:
        return False
    return True
