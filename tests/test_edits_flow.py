"""The curation edits on a flow-style item (``- {id: x, title: ...}``): the item is rewritten,
alone, as the block item it means, with its comments kept and every other byte of the file
unchanged; undo restores the file byte for byte. What cannot be spliced safely is refused
with a message that says why, and nothing is written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_app, make_corpus, settle, wait_for
from edit_support import assert_same_as_fresh_load

from tui.model.edits import (
    Accept,
    Edit,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetDate,
    SetStatus,
    SetTags,
    apply_edit,
)
from tui.model.history import EditHistory
from tui.model.loader import load_timeline
from tui.model.writer import Sighting, TimelineEditor, WriterError
from tui.model.writer.disk import stat_signature

BLOCK_EXERCISES = """\
  - id: exercises
    title: Russia considers joint exercises
    status: expected
    actors: [shoigu]
    sources:
      - article: rohani
        quote: Russia is “considering holding joint military exercises in North Korea.”
"""
# Over three lines, a comment after a field and after the brace, a `#` inside a quoted title.
FLOW_EXERCISES = (
    '  - {id: exercises, title: "Russia # considers joint exercises",   # said by Shoigu\n'
    "     status: expected, actors: [shoigu],\n"
    '     sources: [{article: rohani, quote: "Russia is “considering holding joint military'
    ' exercises in North Korea.”"}]}  # kept\n'
)
FLOW = TIMELINE_YAML.replace(BLOCK_EXERCISES, FLOW_EXERCISES)


def seen(path: Path) -> Sighting:
    return Sighting(stat_signature(path), time.monotonic() - 60)


def edited(tmp_path: Path, text: str, edit: Edit) -> str:
    """Write ``edit`` on ``text``; check the file loads as the timeline in memory and that
    undo restores it byte for byte. The text after the edit is returned."""
    path = make_corpus(tmp_path, text)
    timeline = load_timeline(path).timeline
    assert timeline is not None
    editor = TimelineEditor(path, settle=0.0)
    history = EditHistory()
    history.push(apply_edit(editor, timeline, edit, seen(path)).record)
    after = path.read_bytes().decode("utf-8")
    assert_same_as_fresh_load(path, timeline)
    history.undo(editor, timeline, seen(path))
    assert path.read_bytes() == text.encode("utf-8")
    assert_same_as_fresh_load(path, timeline)
    return after


def around(text: str, item: str) -> tuple[str, str]:
    """What comes before and after ``item`` in ``text``."""
    before, found, after = text.partition(item)
    assert found
    return before, after


@pytest.mark.parametrize(
    "edit",
    [
        Accept("exercises"),
        SetStatus("exercises", "planned"),
        Retitle("exercises", "Shoigu: joint exercises — “soon”"),
        SetTags("exercises", ("military", "north korea")),
        SetDate("exercises", "2023-09-13", "next Wednesday"),
    ],
    ids=["accept", "status", "retitle", "tags", "date"],
)
def test_a_flow_item_is_rewritten_alone_in_block_style(tmp_path: Path, edit: Edit) -> None:
    after = edited(tmp_path, FLOW, edit)
    head, tail = around(FLOW, FLOW_EXERCISES)
    assert after.startswith(head) and after.endswith(tail)
    item = after[len(head) : len(after) - len(tail)]
    assert item.startswith("  - id: exercises  # kept\n")  # the comment after the brace
    assert "{" not in item and "[{" not in item
    # The comment after the title stays on its line; the `#` in the title is the title's.
    title_line = next(line for line in item.splitlines() if line.startswith("    title:"))
    assert title_line.endswith("  # said by Shoigu")
    if not isinstance(edit, Retitle):
        assert '"Russia # considers joint exercises"' in title_line


def test_merging_into_a_flow_item_rewrites_it_and_removes_the_other(tmp_path: Path) -> None:
    after = edited(tmp_path, FLOW, MergeEvents("summit", "exercises"))
    head, tail = around(FLOW, FLOW_EXERCISES)
    summit = head[head.index("  - id: summit\n") :]
    assert after.startswith(head.replace(summit, ""))
    assert after.endswith(tail + "extracted:\n  - summit\n")
    assert "  - id: exercises  # kept\n" in after


def test_reject_and_merge_away_remove_the_flow_item_and_nothing_else(tmp_path: Path) -> None:
    for edit in (Reject("exercises"), MergeEvents("exercises", "summit")):
        after = edited(tmp_path / type(edit).__name__, FLOW, edit)
        assert "id: exercises" not in after and "# said by Shoigu" not in after
    head, tail = around(FLOW, FLOW_EXERCISES)
    after = edited(tmp_path / "again", FLOW, Reject("exercises"))
    assert after == head + tail


def test_crlf_tabs_and_unicode_survive_the_rewrite(tmp_path: Path) -> None:
    item = (
        '  - {id: exercises, title: "Tab\\there: 北朝鮮 — ünïcödé", status: expected,\r\n'
        "     sources: [{article: rohani, quote: Russia}]}\r\n"
    )
    text = TIMELINE_YAML.replace(BLOCK_EXERCISES, "").replace("\n", "\r\n") + "events_end: 1\r\n"
    text = text.replace("events_end: 1\r\n", "")
    text = text.replace("  - id: summit\r\n", item + "  - id: summit\r\n")
    after = edited(tmp_path, text, Accept("exercises"))
    assert "\n" not in after.replace("\r\n", "")  # every line ends as the file's do
    timeline = load_timeline(make_corpus(tmp_path / "check", after)).timeline
    assert timeline is not None
    event = timeline.event_by_id["exercises"]
    assert event.title == "Tab\there: 北朝鮮 — ünïcödé" and event.reviewed


def test_an_anchor_on_a_flow_item_is_kept(tmp_path: Path) -> None:
    text = FLOW.replace("  - {id: exercises,", "  - &ex {id: exercises,")
    after = edited(tmp_path, text, Accept("exercises"))
    assert "  - &ex  # kept\n    id: exercises\n" in after


def test_a_flow_actor_takes_a_merged_alias(tmp_path: Path) -> None:
    text = TIMELINE_YAML.replace(
        "  - id: putin\n    name: Vladimir Putin\n    kind: person\n    aliases: [Putin]\n",
        "  - {id: putin, name: Vladimir Putin, kind: person, aliases: [Putin]}  # the president\n",
    )
    after = edited(tmp_path, text, MergeActors("shoigu", "putin"))
    assert "  - id: putin  # the president\n" in after
    assert "    aliases: [Putin, Shoigu]\n" in after


def test_a_flow_section_is_refused_with_the_reason_and_nothing_written(tmp_path: Path) -> None:
    actors = TIMELINE_YAML[TIMELINE_YAML.index("actors:\n") : TIMELINE_YAML.index("events:\n")]
    flow = (
        "actors: [{id: kim, name: Kim Jong Un, kind: person, aliases: [Kim Jong-Un, Kim,"
        " North Korean leader]}, {id: putin, name: Vladimir Putin, kind: person, aliases:"
        " [Putin]}, {id: shoigu, name: Shoigu, kind: person}, {id: whitehouse, name: White"
        " House, kind: organization}]\n"
    )
    text = TIMELINE_YAML.replace(actors, flow)
    path = make_corpus(tmp_path, text)
    timeline = load_timeline(path).timeline
    assert timeline is not None and "shoigu" in timeline.actor_by_id
    with pytest.raises(WriterError, match=r"one flow list .* every item"):
        apply_edit(TimelineEditor(path, settle=0.0), timeline, MergeActors("shoigu", "putin"))
    assert path.read_text(encoding="utf-8") == text
    assert "shoigu" in timeline.actor_by_id


async def test_the_reader_accepts_and_retitles_a_flow_item(tmp_path: Path) -> None:
    app = make_app(tmp_path, FLOW, event_id="exercises")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        assert await wait_for(pilot, lambda: app.state.timeline.event_by_id["exercises"].reviewed)
        text = app.timeline_path.read_text(encoding="utf-8")
        assert "    reviewed: true\n" in text and "# said by Shoigu" in text
        await pilot.press("u")
        assert await wait_for(pilot, lambda: app.timeline_path.read_text(encoding="utf-8") == FLOW)
