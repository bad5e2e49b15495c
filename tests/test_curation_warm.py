"""What the reader makes ahead, once idle after a load, so that the first curation key does
not: the writer's parse of the file with its items indexed by id, and the actors' mention
finder (issue 8: a curation write's worst case)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_app, make_corpus, settle, workers_done

from tui.model.edits import Reject, apply_edit
from tui.model.loader import load_timeline
from tui.model.writer import TimelineDocument, TimelineEditor


def test_a_warmed_editor_writes_without_walking_the_items_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_corpus(tmp_path, TIMELINE_YAML)
    walks: list[str] = []
    original = TimelineDocument._find_items

    def find_items(self: TimelineDocument, section: str) -> dict[str, object]:
        walks.append(section)
        return original(self, section)

    monkeypatch.setattr(TimelineDocument, "_find_items", find_items)
    editor = TimelineEditor(path, settle=0)
    editor.warm()
    assert sorted(walks) == ["actors", "articles", "events"]
    walks.clear()
    timeline = load_timeline(path).timeline
    assert timeline is not None
    outcome = apply_edit(editor, timeline, Reject("summit"), None)
    assert outcome.record is not None and walks == []
    assert "id: summit" not in path.read_text(encoding="utf-8")


async def test_the_idle_warm_up_makes_the_mention_finder_of_the_actors_shown(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        state = app.state
        state._mention_finder = None
        app.warm_writer()
        await workers_done(app)
        await pilot.pause()
        finder = state._mention_finder
        assert finder is not None
        assert state.mention_finder() is finder
        assert [m.actor_id for m in finder.find("Putin met Kim.")] == ["putin", "kim"]


def test_a_finder_made_for_actors_no_longer_shown_is_not_kept(tmp_path: Path) -> None:
    from tui.app.state import ReaderState

    path = make_corpus(tmp_path, TIMELINE_YAML)
    timeline = load_timeline(path).timeline
    assert timeline is not None
    state = ReaderState(None)
    state.install(timeline)
    keep = state.make_mention_finder()
    state.install(load_timeline(path).timeline)  # a reload: the same actors, other objects
    keep()
    assert state._mention_finder is None
    keep = state.make_mention_finder()
    made = state.mention_finder()  # made on the app's thread meanwhile: that one stays
    keep()
    assert state.mention_finder() is made
    keep = state.make_mention_finder()
    state._mention_finder = None
    keep()
    assert state._mention_finder is not None
