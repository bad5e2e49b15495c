"""What the curation-edit tests share: the corpus text, a reader's sighting of the file, and the
check that an edited file loads as exactly the in-memory timeline."""

from __future__ import annotations

import difflib
import time
from pathlib import Path

from conftest import TIMELINE_YAML, make_corpus

from tui.model.loader import load_timeline
from tui.model.timeline import Timeline
from tui.model.writer import (
    Sighting,
    TimelineEditor,
)
from tui.model.writer.disk import stat_signature

LEDGER = "extracted:\n  - letters\n  - summit\n  - exercises\n"
TEXT = (
    TIMELINE_YAML.replace("  - id: summit\n", "  - id: summit  # the meeting itself\n").replace(
        "    status: expected\n", "    status: expected   # so Shoigu said\n"
    )
    + LEDGER
)


def seen(path: Path) -> Sighting:
    """The file as the reader shows it, seen long enough ago to count as stable."""
    return Sighting(stat_signature(path), time.monotonic() - 60)


def diff(before: str, after: str) -> tuple[list[str], list[str]]:
    """Lines removed and lines added."""
    removed: list[str] = []
    added: list[str] = []
    for line in difflib.ndiff(before.splitlines(), after.splitlines()):
        if line.startswith("- "):
            removed.append(line[2:])
        elif line.startswith("+ "):
            added.append(line[2:])
    return removed, added


def assert_same_as_fresh_load(path: Path, timeline: Timeline) -> None:
    """The file passes `check` (no errors) and loads as exactly the in-memory timeline."""
    result = load_timeline(path)
    assert result.errors == []
    fresh = result.timeline
    assert fresh is not None
    assert [e.id for e in fresh.events] == [e.id for e in timeline.events]
    for mine, theirs in zip(timeline.events, fresh.events, strict=True):
        for name in ("title", "date", "date_text", "status", "actors", "tags", "reviewed"):
            assert getattr(mine, name) == getattr(theirs, name), (mine.id, name)
        assert [(s.article, s.quote) for s in mine.sources] == [
            (s.article, s.quote) for s in theirs.sources
        ]
        assert mine.fallback_date == theirs.fallback_date
    assert [(a.id, a.name, a.aliases) for a in timeline.actors] == [
        (a.id, a.name, a.aliases) for a in fresh.actors
    ]
    assert timeline.extracted == fresh.extracted
    assert set(timeline.event_by_id) == {e.id for e in fresh.events}
    assert all(timeline.event_by_id[e.id] is e for e in timeline.events)
    assert set(timeline.actor_by_id) == {a.id for a in fresh.actors}


def open_corpus(tmp_path: Path) -> tuple[Path, TimelineEditor, Timeline]:
    """The edit corpus written to ``tmp_path``, an editor on it and its loaded timeline."""
    path = make_corpus(tmp_path, TEXT)
    timeline = load_timeline(path).timeline
    assert timeline is not None
    return path, TimelineEditor(path, settle=0.0), timeline
