"""The keymap: unknown ids get a suggestion, and a remapping that breaks keys is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import make_app, notices, settle

from tui.app.app import ReaderApp
from tui.app.keymap import load_keymap
from tui.app.keymap_reach import keymap_conflicts, reader_positions


def conflicts(keymap: dict[str, str]) -> list[str]:
    return keymap_conflicts(reader_positions(ReaderApp), ReaderApp._normalize_keymap(keymap))


def test_an_unknown_id_gets_a_did_you_mean(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"list.dwn" = "x"\n', encoding="utf-8")
    keymap, problems = load_keymap(config, {"list.down", "list.up", "app.quit"})
    assert keymap == {}
    assert problems == [f"{config}: unknown binding id 'list.dwn'; did you mean 'list.down'?"]


def test_the_default_keys_and_harmless_remaps_report_nothing() -> None:
    assert conflicts({}) == []
    assert conflicts({"app.timeline": "z"}) == []
    assert conflicts({"list.up": "j", "list.down": "k"}) == []  # a swap loses nothing
    assert conflicts({"text.new_event": "c"}) == []  # its own key again


def test_a_key_taken_by_the_focused_pane_leaves_the_action_without_a_key() -> None:
    problems = conflicts({"app.timeline": "j"})
    assert problems[-1] == "app.timeline has no key left: other bindings take all its keys"
    shared = problems[0]
    assert shared.startswith("key 'j' reaches two bindings: list.down and app.timeline")
    assert "from Events, Actors (only list.down runs)" in shared
    assert "text.next_sentence and app.timeline from Text" in shared


def test_a_key_given_away_within_one_place_is_reported_with_what_lost_it() -> None:
    problems = conflicts({"app.timeline": "s"})
    assert "app.timeline and app.next_source from Events, Text, Actors" in problems[0]
    assert "app.next_source has no key left: other bindings take all its keys" in problems


@pytest.mark.parametrize(
    ("keymap", "expected"),
    [
        ({"list.down": "t"}, "list.down and app.timeline from Events, Actors"),
        ({"text.new_event": "n"}, "text.new_event and app.next_match from Text"),
        ({"app.quit": "ctrl+p"}, "app.palette has no key left"),
    ],
)
def test_other_conflicts(keymap: dict[str, str], expected: str) -> None:
    assert any(expected in problem for problem in conflicts(keymap))


async def test_the_reader_warns_about_a_conflicting_keymap(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"app.timeline" = "j"\n"list.dwn" = "x"\n', encoding="utf-8")
    app = make_app(tmp_path, keymap_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        messages = notices(app)
        assert any("did you mean 'list.down'?" in m for m in messages)
        assert any("app.timeline has no key left" in m for m in messages)
        assert all(m.startswith(str(config)) for m in messages)


def test_the_curation_keys_are_checked_like_the_others() -> None:
    # `u` is undo everywhere now; the timeline view's undated toggle moved to `U`.
    assert conflicts({}) == []
    problems = conflicts({"timeline.toggle_undated": "u"})
    assert any(
        "app.undo" in problem and "timeline.toggle_undated" in problem for problem in problems
    )
    assert any("event.reject" in problem for problem in conflicts({"app.timeline": "x"}))
