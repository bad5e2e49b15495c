"""Curation edits (tui.model.edits): each writes only its item, keeps every other byte, stays
valid for `newsline check`, updates the in-memory timeline like a fresh load, and undoes
byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_corpus
from edit_support import LEDGER, TEXT, assert_same_as_fresh_load, diff, open_corpus, seen

from tui.model.edits import (
    Accept,
    AddEvent,
    EditError,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetActors,
    SetDate,
    SetStatus,
    SetTags,
    apply_edit,
    to_review,
)
from tui.model.history import EditHistory
from tui.model.loader import load_timeline
from tui.model.timeline import EventStatus, Timeline
from tui.model.writer import (
    FileChangedError,
    TimelineEditor,
    UnknownIdError,
)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, TimelineEditor, Timeline]:
    return open_corpus(tmp_path)


def test_reject_removes_the_event_lines_only_and_keeps_the_ledger(corpus):
    path, editor, timeline = corpus
    outcome = apply_edit(editor, timeline, Reject("exercises"), seen(path))
    after = path.read_text()
    removed, added = diff(TEXT, after)
    assert added == []
    assert removed[0] == "  - id: exercises"
    assert "    status: expected   # so Shoigu said" in removed
    assert len(removed) == 7
    assert "  - exercises" in after  # still in the ledger: re-extraction never revives it
    assert outcome.description == "rejected exercises"
    assert outcome.focus is None
    assert "exercises" not in timeline.event_by_id
    assert_same_as_fresh_load(path, timeline)


def test_reject_of_the_first_and_last_event_keeps_comments_around_them(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, Reject("letters"), seen(path))
    apply_edit(editor, timeline, Reject("exercises"), seen(path))
    after = path.read_text()
    assert "  # Letters first, in August.\n  - id: train-departs" in after
    assert after.endswith(
        "        quote: During the visit he will meet Putin and hold a summit\n" + LEDGER
    )
    assert_same_as_fresh_load(path, timeline)


def test_accept_adds_one_line_and_leaves_the_event_to_review_no_more(corpus):
    path, editor, timeline = corpus
    assert [e.id for e in to_review(timeline)] == ["letters", "summit", "exercises"]
    outcome = apply_edit(editor, timeline, Accept("summit"), seen(path))
    removed, added = diff(TEXT, path.read_text())
    assert (removed, added) == ([], ["    reviewed: true"])
    assert outcome.description == "accepted summit"
    assert timeline.event_by_id["summit"].reviewed is True
    assert [e.id for e in to_review(timeline)] == ["letters", "exercises"]
    assert_same_as_fresh_load(path, timeline)


def test_accepting_a_reviewed_event_writes_nothing(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, Accept("summit"), seen(path))
    before = path.stat()
    outcome = apply_edit(editor, timeline, Accept("summit"), seen(path))
    assert outcome.record is None
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_hand_written_events_are_never_to_review(corpus):
    _path, _editor, timeline = corpus
    assert "train-departs" not in {e.id for e in to_review(timeline)}


def test_other_edits_leave_reviewed_as_it_is(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, Accept("summit"), seen(path))
    apply_edit(editor, timeline, Retitle("summit", "Kim meets Putin"), seen(path))
    apply_edit(editor, timeline, SetStatus("summit", "occurred"), seen(path))
    assert timeline.event_by_id["summit"].reviewed is True
    assert "    reviewed: true\n" in path.read_text()
    assert_same_as_fresh_load(path, timeline)


def test_retitle_rewrites_only_the_title_and_keeps_the_comment_on_the_id_line(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, Retitle("summit", "Kim: meets Putin # in Vladivostok"), seen(path))
    removed, added = diff(TEXT, path.read_text())
    assert removed == ["    title: Kim and Putin meet in Vladivostok"]
    assert added == ['    title: "Kim: meets Putin # in Vladivostok"']
    assert "  - id: summit  # the meeting itself\n" in path.read_text()
    assert timeline.event_by_id["summit"].title == "Kim: meets Putin # in Vladivostok"
    assert_same_as_fresh_load(path, timeline)


def test_an_empty_title_is_refused_and_nothing_written(corpus):
    path, editor, timeline = corpus
    with pytest.raises(EditError):
        apply_edit(editor, timeline, Retitle("summit", "  "), seen(path))
    assert path.read_text() == TEXT


def test_status_is_set_and_a_wrong_status_refused(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, SetStatus("exercises", "planned"), seen(path))
    removed, added = diff(TEXT, path.read_text())
    assert removed == ["    status: expected   # so Shoigu said"]
    assert added == ["    status: planned   # so Shoigu said"]
    assert timeline.event_by_id["exercises"].status is EventStatus.PLANNED
    apply_edit(editor, timeline, SetStatus("letters", "expected"), seen(path))
    assert "    status: expected\n" in path.read_text()  # added where the format puts it
    with pytest.raises(EditError, match="occurred, planned, expected"):
        apply_edit(editor, timeline, SetStatus("letters", "rumoured"), seen(path))
    assert_same_as_fresh_load(path, timeline)


def test_date_is_stored_at_its_precision_with_its_words(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, SetDate("summit", "2023-09-13", "on Wednesday"), seen(path))
    removed, added = diff(TEXT, path.read_text())
    assert removed == ["    date: 2023-09"]
    assert added == ["    date: 2023-09-13", "    date_text: on Wednesday"]
    event = timeline.event_by_id["summit"]
    assert event.date is not None and event.date.edtf() == "2023-09-13"
    assert event.date_text == "on Wednesday"
    apply_edit(editor, timeline, SetDate("exercises", "2023-08-01/2023-08-10"), seen(path))
    assert_same_as_fresh_load(path, timeline)


def test_an_impossible_date_gets_checks_message_and_nothing_is_written(corpus):
    path, editor, timeline = corpus
    with pytest.raises(EditError, match="invalid date"):
        apply_edit(editor, timeline, SetDate("summit", "2023-02-30"), seen(path))
    assert path.read_text() == TEXT


def test_undating_removes_date_and_date_text_and_falls_back_to_publication(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, SetDate("summit", "2023-09-13", "Wednesday"), seen(path))
    apply_edit(editor, timeline, SetDate("summit", None), seen(path))
    text = path.read_text()
    assert "Wednesday" not in text
    event = timeline.event_by_id["summit"]
    assert event.date is None and event.fallback_date is not None
    assert_same_as_fresh_load(path, timeline)


def test_tags_and_actors_are_set_in_place_and_unknown_actors_refused(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, SetTags("summit", ("summit", "arms")), seen(path))
    apply_edit(editor, timeline, SetActors("summit", ("putin", "shoigu")), seen(path))
    removed, added = diff(TEXT, path.read_text())
    assert removed == ["    actors: [kim, putin]", "    tags: [diplomacy, summit]"]
    assert added == ["    actors: [putin, shoigu]", "    tags: [summit, arms]"]
    with pytest.raises(UnknownIdError):
        apply_edit(editor, timeline, SetActors("summit", ("nobody",)), seen(path))
    apply_edit(editor, timeline, SetTags("letters", ()), seen(path))
    assert timeline.event_by_id["letters"].tags == ()
    apply_edit(editor, timeline, SetTags("exercises", ("military",)), seen(path))
    assert_same_as_fresh_load(path, timeline)


def test_merging_events_unites_sources_and_records_the_absorbed_id(corpus):
    path, editor, timeline = corpus
    outcome = apply_edit(editor, timeline, MergeEvents("train-departs", "summit"), seen(path))
    text = path.read_text()
    assert "id: train-departs" not in text
    summit = timeline.event_by_id["summit"]
    assert [s.article for s in summit.sources] == ["rohani", "topnews", "topnews"]
    assert summit.tags == ("diplomacy", "summit", "travel")
    assert text.endswith(LEDGER + "  - train-departs\n")
    assert outcome.focus == "summit"
    assert outcome.description == "merged train-departs into summit"
    assert_same_as_fresh_load(path, timeline)


def test_merging_actors_makes_an_alias_and_repoints_every_event(corpus):
    path, editor, timeline = corpus
    apply_edit(editor, timeline, MergeActors("shoigu", "putin"), seen(path))
    text = path.read_text()
    assert "    aliases: [Putin, Shoigu]\n" in text
    assert "id: shoigu" not in text
    assert timeline.event_by_id["exercises"].actors == ("putin",)
    assert "shoigu" not in timeline.actor_by_id
    apply_edit(editor, timeline, MergeActors("putin", "kim"), seen(path))
    assert timeline.event_by_id["summit"].actors == ("kim",)  # named both: once now
    assert_same_as_fresh_load(path, timeline)


def test_a_new_event_is_appended_and_loads_as_in_memory(corpus):
    path, editor, timeline = corpus
    edit = AddEvent("meeting", "They meet", "2023-09", ("kim",), (("topnews", "Kim"),))
    outcome = apply_edit(editor, timeline, edit, seen(path))
    assert outcome.focus == "meeting"
    assert timeline.events[-1].id == "meeting"
    assert_same_as_fresh_load(path, timeline)
    with pytest.raises(EditError):
        apply_edit(editor, timeline, edit, seen(path))


@pytest.mark.parametrize(
    "edit",
    [Reject("nope"), Accept("nope"), Retitle("nope", "x"), MergeEvents("summit", "nope")],
    ids=["reject", "accept", "retitle", "merge"],
)
def test_unknown_ids_are_refused_and_nothing_written(corpus, edit):
    path, editor, timeline = corpus
    with pytest.raises(UnknownIdError):
        apply_edit(editor, timeline, edit, seen(path))
    assert path.read_text() == TEXT


def test_an_external_edit_since_it_was_shown_is_never_overwritten(corpus):
    path, editor, timeline = corpus
    shown = seen(path)
    external = TEXT.replace("Kim and Putin meet", "Kim and Putin will meet")
    path.write_text(external)
    with pytest.raises(FileChangedError):
        apply_edit(editor, timeline, Reject("summit"), shown)
    assert path.read_text() == external
    assert "summit" in timeline.event_by_id


def test_a_flow_style_event_is_retitled_in_block_style(tmp_path):
    # More layouts in tests/test_edits_flow.py.
    text = TIMELINE_YAML + "  - {id: flow, title: A flow event}\n"
    path = make_corpus(tmp_path, text)
    timeline = load_timeline(path).timeline
    editor = TimelineEditor(path, settle=0.0)
    apply_edit(editor, timeline, Retitle("flow", "B"), seen(path))
    assert path.read_text() == TIMELINE_YAML + "  - id: flow\n    title: B\n"
    assert_same_as_fresh_load(path, timeline)


def test_crlf_line_endings_are_kept_and_a_keep_chomped_scalar_is_checked_whole(tmp_path):
    # `|+` keeps the blank lines after it: such an item cannot be checked on its own, so
    # the whole document is re-read and compared instead (slower, same result).
    text = TEXT.replace(
        "    status: expected   # so Shoigu said\n",
        "    status: expected   # so Shoigu said\n    notes: |+\n      kept\n\n",
    )
    path = make_corpus(tmp_path, text.replace("\n", "\r\n"))
    timeline = load_timeline(path).timeline
    editor = TimelineEditor(path, settle=0.0)
    history = EditHistory()
    original = path.read_bytes()
    history.push(apply_edit(editor, timeline, Accept("train-departs"), seen(path)).record)
    history.push(
        apply_edit(editor, timeline, Retitle("exercises", "Joint drills"), seen(path)).record
    )
    data = path.read_bytes()
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"departed Pyongyang on Sunday night\r\n    reviewed: true\r\n" in data
    assert timeline.event_by_id["exercises"].notes == "kept\n\n"
    assert_same_as_fresh_load(path, timeline)
    history.undo(editor, timeline, seen(path))
    history.undo(editor, timeline, seen(path))
    assert path.read_bytes() == original


def test_on_the_seeds_rejected_and_merged_events_stay_out_after_re_extraction(tmp_path, capsys):
    # Issue 10's "done when", in the model: `x` removes the event and a re-extraction does not
    # bring it back; a merge neither; `a` marks an event reviewed and the JSON export says so.
    import json
    import shutil

    from tui.cli import main

    repo = Path(__file__).resolve().parent.parent
    shutil.copytree(repo / "seeds", tmp_path / "seeds")
    path = tmp_path / "timeline.yaml"
    shutil.copyfile(repo / "timeline.yaml", path)
    timeline = load_timeline(path).timeline
    editor = TimelineEditor(path, settle=0.0)
    apply_edit(editor, timeline, Reject("train-departs-pyongyang"), seen(path))
    apply_edit(editor, timeline, MergeEvents("watson-statement", "sullivan-warning"), seen(path))
    apply_edit(editor, timeline, Accept("sullivan-warning"), seen(path))
    curated = path.read_bytes()
    assert main(["extract", "--timeline", str(path)]) == 0
    assert path.read_bytes() == curated
    capsys.readouterr()
    assert main(["export", "--format", "json", str(path)]) == 0
    events = {e["id"]: e for e in json.loads(capsys.readouterr().out)["events"]}
    assert "train-departs-pyongyang" not in events and "watson-statement" not in events
    assert events["sullivan-warning"]["reviewed"] is True
    assert main(["check", "--strict", str(path)]) == 0
