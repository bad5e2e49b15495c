"""Capturing a sentence as an event, without an app: the edit made and what writing it does."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import load, make_corpus

from tui.app.new_event import new_event_edit
from tui.model.edits import apply_edit
from tui.model.writer import FileChangedError, Sighting
from tui.model.writer.disk import stat_signature

QUOTE = "Russia is considering holding joint military exercises in North Korea."


def test_a_capture_is_an_add_event_edit_quoting_the_sentence(tmp_path: Path) -> None:
    timeline = load(make_corpus(tmp_path)).timeline
    assert timeline is not None
    edit = new_event_edit(timeline, timeline.article_by_id["rohani"], f"  {QUOTE}\n", ["shoigu"])
    assert edit.title == QUOTE and edit.sources == (("rohani", QUOTE),)
    assert edit.actors == ("shoigu",) and edit.event_id not in timeline.event_by_id
    long_quote = " ".join(["word"] * 40)
    long_edit = new_event_edit(timeline, timeline.article_by_id["rohani"], long_quote, [])
    assert len(long_edit.title) <= 80 and long_edit.title.endswith("…")


def test_a_capture_is_written_once_and_read_back(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    timeline = load(path).timeline
    assert timeline is not None
    edit = new_event_edit(timeline, timeline.article_by_id["rohani"], QUOTE, [])
    seen = Sighting(stat_signature(path), time.monotonic() - 1)
    outcome = apply_edit(path, timeline, edit, seen)
    assert edit.event_id in timeline.event_by_id and outcome.record is not None
    reloaded = load(path).timeline
    assert reloaded is not None and edit.event_id in reloaded.event_by_id


def test_a_file_changed_since_it_was_shown_is_not_written(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    timeline = load(path).timeline
    assert timeline is not None
    seen = Sighting(stat_signature(path), time.monotonic() - 1)
    theirs = path.read_text(encoding="utf-8") + "# someone else's edit\n"
    path.write_text(theirs, encoding="utf-8")
    edit = new_event_edit(timeline, timeline.article_by_id["rohani"], QUOTE, [])
    with pytest.raises(FileChangedError):
        apply_edit(path, timeline, edit, seen)
    assert path.read_text(encoding="utf-8") == theirs
