"""Capturing a sentence as an event, without an app: what is written and what the user is told."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import load, make_corpus

from tui.app.new_event import capture_sentence
from tui.model.writer import Sighting
from tui.model.writer.disk import stat_signature

QUOTE = "Russia is considering holding joint military exercises in North Korea."


def test_a_capture_writes_the_event_and_says_so(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    timeline = load(path).timeline
    assert timeline is not None
    seen = Sighting(stat_signature(path), time.monotonic() - 1)
    capture = capture_sentence(path, timeline, timeline.article_by_id["rohani"], QUOTE, [], seen)
    assert capture.event_id is not None and capture.severity == "information"
    assert capture.notice == f"added event {capture.event_id}" and not capture.reload
    reloaded = load(path).timeline
    assert reloaded is not None and capture.event_id in reloaded.event_by_id


def test_a_file_changed_since_it_was_shown_is_not_written_and_is_reloaded(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    timeline = load(path).timeline
    assert timeline is not None
    seen = Sighting(stat_signature(path), time.monotonic() - 1)
    before = path.read_text(encoding="utf-8") + "# someone else's edit\n"
    path.write_text(before, encoding="utf-8")
    capture = capture_sentence(path, timeline, timeline.article_by_id["rohani"], QUOTE, [], seen)
    assert capture.event_id is None and capture.severity == "warning" and capture.reload
    assert path.read_text(encoding="utf-8") == before


def test_a_write_that_fails_costs_a_message(tmp_path: Path) -> None:
    path = make_corpus(tmp_path)
    timeline = load(path).timeline
    assert timeline is not None
    missing = tmp_path / "gone" / "timeline.yaml"
    capture = capture_sentence(missing, timeline, timeline.article_by_id["rohani"], QUOTE, [])
    assert capture.event_id is None and capture.severity == "error"
    assert capture.notice.startswith("cannot add the event: ")
