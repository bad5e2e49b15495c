"""Merging two events loses nothing: sources, actors and tags are united, the notes joined,
the words of the date kept where the survivor has none, an undated survivor takes the
absorbed event's date, and a date that differed is said in the notes. Undo restores the file
byte for byte."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_corpus
from edit_support import assert_same_as_fresh_load

from tui.model.edits import MergeEvents, apply_edit
from tui.model.history import EditHistory
from tui.model.loader import load_timeline
from tui.model.timeline import Timeline
from tui.model.writer import Sighting, TimelineEditor
from tui.model.writer.disk import stat_signature

# train-departs: dated 2023-09-10 with words and two lines of notes; summit: 2023-09, no
# words, no notes; exercises: undated, no sources in common.
TEXT = TIMELINE_YAML.replace(
    "    date: 2023-09-10\n",
    "    date: 2023-09-10\n    date_text: Sunday night\n"
    "    notes: |\n      Seen by a South Korean official.\n      Confirmed on Monday.\n",
)


def opened(tmp_path: Path, text: str = TEXT) -> tuple[Path, TimelineEditor, Timeline]:
    path = make_corpus(tmp_path, text)
    timeline = load_timeline(path).timeline
    assert timeline is not None
    return path, TimelineEditor(path, settle=0.0), timeline


def seen(path: Path) -> Sighting:
    return Sighting(stat_signature(path), time.monotonic() - 60)


def merge_and_undo(tmp_path: Path, absorbed: str, into: str, text: str = TEXT) -> Timeline:
    """Merge, check the file loads as the timeline in memory, undo, check the bytes; the
    timeline as it was right after the merge is returned (reloaded from that file)."""
    path, editor, timeline = opened(tmp_path, text)
    before = path.read_bytes()
    history = EditHistory()
    history.push(apply_edit(editor, timeline, MergeEvents(absorbed, into), seen(path)).record)
    assert_same_as_fresh_load(path, timeline)
    merged = load_timeline(path).timeline
    assert merged is not None
    assert merged.event_by_id[into].notes == timeline.event_by_id[into].notes
    history.undo(editor, timeline, seen(path))
    assert path.read_bytes() == before
    assert_same_as_fresh_load(path, timeline)
    return merged


def test_notes_are_joined_and_a_different_date_is_said_in_them(tmp_path: Path) -> None:
    merged = merge_and_undo(tmp_path, "train-departs", "summit")
    summit = merged.event_by_id["summit"]
    assert summit.notes == (
        "Seen by a South Korean official.\nConfirmed on Monday.\n\n"
        "merged train-departs, dated 2023-09-10 (“Sunday night”)"
    )
    # The survivor's date stands; "Sunday night" is not the words of "2023-09".
    assert summit.date is not None and summit.date.edtf() == "2023-09"
    assert summit.date_text == ""
    assert summit.tags == ("diplomacy", "summit", "travel")
    assert "train-departs" in merged.extracted


def test_an_undated_survivor_takes_the_date_and_its_words(tmp_path: Path) -> None:
    merged = merge_and_undo(tmp_path, "train-departs", "exercises")
    exercises = merged.event_by_id["exercises"]
    assert exercises.date is not None and exercises.date.edtf() == "2023-09-10"
    assert exercises.date_text == "Sunday night"
    assert exercises.notes == "Seen by a South Korean official.\nConfirmed on Monday.\n"
    assert exercises.actors == ("shoigu", "kim")
    assert [s.article for s in exercises.sources] == ["rohani", "topnews"]


def test_the_words_of_the_same_date_are_kept_where_the_survivor_has_none(tmp_path: Path) -> None:
    same_day = TEXT.replace("    date: 2023-09\n", "    date: 2023-09-10\n", 1)
    merged = merge_and_undo(tmp_path, "train-departs", "summit", same_day)
    summit = merged.event_by_id["summit"]
    assert summit.date_text == "Sunday night"
    assert summit.notes == "Seen by a South Korean official.\nConfirmed on Monday.\n"


def test_the_survivors_own_words_and_notes_come_first_and_are_not_repeated(
    tmp_path: Path,
) -> None:
    text = TEXT.replace(
        "    date: 2023-09\n",
        "    date: 2023-09-10\n    date_text: on Sunday\n"
        "    notes: Seen by a South Korean official.\n",
        1,
    )
    merged = merge_and_undo(tmp_path, "summit", "train-departs", text)
    train = merged.event_by_id["train-departs"]
    assert train.date_text == "Sunday night"  # its own, not "on Sunday"
    assert train.notes == "Seen by a South Korean official.\nConfirmed on Monday.\n"
    # The other way round, the survivor's note is only part of the absorbed one's: both.
    merged = merge_and_undo(tmp_path / "b", "train-departs", "summit", text)
    summit = merged.event_by_id["summit"]
    assert summit.date_text == "on Sunday"
    assert summit.notes == (
        "Seen by a South Korean official.\n\nSeen by a South Korean official.\nConfirmed on Monday."
    )


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_merged_notes_are_written_in_the_files_line_endings(tmp_path: Path, line_end: str) -> None:
    text = TEXT.replace("\n", line_end)
    merged = merge_and_undo(tmp_path, "train-departs", "summit", text)
    assert "merged train-departs" in merged.event_by_id["summit"].notes


def test_merged_notes_are_written_as_a_literal_block_a_person_can_read(tmp_path: Path) -> None:
    path, editor, timeline = opened(tmp_path)
    apply_edit(editor, timeline, MergeEvents("train-departs", "summit"), seen(path))
    text = path.read_text(encoding="utf-8")
    assert (
        "    notes: |-\n"
        "      Seen by a South Korean official.\n"
        "      Confirmed on Monday.\n"
        "\n"
        "      merged train-departs, dated 2023-09-10 (“Sunday night”)\n"
    ) in text
    assert_same_as_fresh_load(path, timeline)
