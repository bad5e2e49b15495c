"""Undo and redo of curation edits: byte for byte, refused after an external edit, and the
writer's positions equal to a fresh parse afterwards."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from conftest import make_corpus, node_positions
from edit_support import TEXT, assert_same_as_fresh_load, open_corpus, seen

from tui.model.edits import (
    Accept,
    AddEvent,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetActors,
    SetDate,
    SetStatus,
    SetTags,
    apply_edit,
)
from tui.model.history import EditHistory
from tui.model.loader import load_timeline
from tui.model.timeline import Timeline
from tui.model.writer import (
    FileChangedError,
    Sighting,
    TimelineEditor,
)
from tui.model.writer.disk import stat_signature


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, TimelineEditor, Timeline]:
    return open_corpus(tmp_path)


EDITS = {
    "accept": Accept("letters"),
    "status": SetStatus("exercises", "occurred"),
    "retitle": Retitle("train-departs", "The train leaves"),
    "date": SetDate("exercises", "2023-09-12", "Tuesday"),
    "tags": SetTags("summit", ()),
    "actors": SetActors("letters", ("kim",)),
    "merge": MergeEvents("letters", "exercises"),
    "merge-actors": MergeActors("whitehouse", "kim"),
    "add": AddEvent("new", "A new event", None, (), (("rohani", "Putin"),)),
    "reject": Reject("summit"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_undo_restores_the_file_byte_for_byte_and_redo_makes_it_again(corpus, name):
    path, editor, timeline = corpus
    history = EditHistory()
    original = path.read_bytes()
    history.push(apply_edit(editor, timeline, EDITS[name], seen(path)).record)
    edited = path.read_bytes()
    assert edited != original
    outcome = history.undo(editor, timeline, seen(path))
    assert path.read_bytes() == original
    assert outcome.timeline_updated
    assert outcome.description.startswith("undid: ")
    assert_same_as_fresh_load(path, timeline)
    history.redo(editor, timeline, seen(path))
    assert path.read_bytes() == edited
    assert_same_as_fresh_load(path, timeline)


def test_a_series_of_edits_undoes_step_by_step_to_the_original(corpus):
    path, editor, timeline = corpus
    history = EditHistory()
    states = [path.read_bytes()]
    for edit in EDITS.values():
        history.push(apply_edit(editor, timeline, edit, seen(path)).record)
        states.append(path.read_bytes())
    for state in reversed(states[:-1]):
        history.undo(editor, timeline, seen(path))
        assert path.read_bytes() == state
    assert not history.can_undo
    assert_same_as_fresh_load(path, timeline)


def test_undo_after_an_external_edit_is_refused_and_drops_the_history(corpus):
    path, editor, timeline = corpus
    history = EditHistory()
    history.push(apply_edit(editor, timeline, Reject("summit"), seen(path)).record)
    history.push(apply_edit(editor, timeline, Accept("letters"), seen(path)).record)
    external = path.read_text().replace("Russia considers", "Russia weighs")
    path.write_text(external)
    with pytest.raises(FileChangedError):
        history.undo(editor, timeline, seen(path))
    assert path.read_text() == external
    assert not history.can_undo and not history.can_redo


def test_redo_after_an_external_edit_is_refused(corpus):
    path, editor, timeline = corpus
    history = EditHistory()
    history.push(apply_edit(editor, timeline, Reject("summit"), seen(path)).record)
    history.undo(editor, timeline, seen(path))
    path.write_text(path.read_text() + "# a note\n")
    with pytest.raises(FileChangedError):
        history.redo(editor, timeline, seen(path))
    assert path.read_text().endswith("# a note\n")
    assert not history.can_redo


def test_a_new_write_ends_redo(corpus):
    path, editor, timeline = corpus
    history = EditHistory()
    history.push(apply_edit(editor, timeline, Reject("summit"), seen(path)).record)
    history.undo(editor, timeline, seen(path))
    history.push(apply_edit(editor, timeline, Accept("letters"), seen(path)).record)
    assert not history.can_redo
    with pytest.raises(IndexError):
        history.redo(editor, timeline, seen(path))


def test_a_write_from_the_editors_own_last_write_is_not_delayed(tmp_path):
    from tui.model.writer.disk import open_for_writing

    path = make_corpus(tmp_path, TEXT)
    if open_for_writing(path) is None:
        pytest.skip("no file leases here: every write waits for the file to settle")
    timeline = load_timeline(path).timeline
    waits: list[float] = []
    editor = TimelineEditor(path, settle=0.3, sleep=waits.append)
    apply_edit(editor, timeline, Accept("summit"), Sighting(stat_signature(path), time.monotonic()))
    assert len(waits) == 1  # a state just seen must first be seen to stay put
    assert editor.wrote(stat_signature(path))
    apply_edit(editor, timeline, Accept("letters"), editor.last_write)
    assert len(waits) == 1  # the state it wrote itself is known to the byte
    # Another program is writing it: wait, then refuse.
    with open(path, "ab"), pytest.raises(FileChangedError):
        apply_edit(editor, timeline, Accept("exercises"), editor.last_write)
    assert len(waits) == 2


def test_positions_the_writer_keeps_match_a_fresh_parse_after_edits_and_undo(corpus):
    # Edits in the middle move the items after them lazily; once settled, every position
    # equals a fresh parse of the text, so later edits land where they should.
    path, editor, timeline = corpus
    history = EditHistory()
    for edit in EDITS.values():
        history.push(apply_edit(editor, timeline, edit, seen(path)).record)
    history.undo(editor, timeline, seen(path))
    history.undo(editor, timeline, seen(path))
    history.redo(editor, timeline, seen(path))
    document = editor._document
    assert document is not None
    document._settle_all()
    assert node_positions(document._root) == node_positions(yaml.compose(document.text()))
    assert_same_as_fresh_load(path, timeline)
