"""Filling a top-level section that is empty (``events: []``), as a new timeline's are, is
checked by re-reading only the new lines, and leaves the parsed tree exact (issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import node_positions

from tui.model.writer import TimelineDocument

LAYOUTS = [
    # The skeleton of a new timeline: every edit is checked locally.
    ("version: 1\narticles: []\nactors: []\nevents: []\n", 0),
    # Comments after the empty value stay on the key's line; blank lines and comments between.
    ("version: 1\narticles: []  # none yet\n\n# people\nactors: [ ]\nevents: []   # later\n", 0),
    # Windows line ends; the last key without a final line break is checked whole.
    ("version: 1\r\nactors: []\r\narticles: []\r\nevents: []", 1),
    # A file whose lists sit at the key's column.
    ("version: 1\narticles:\n- id: a\n  path: a.txt\nactors: []\nevents: []\n", 0),
    # Null values: written `~`, `null`, or nothing at all.
    ("version: 1\narticles: ~\nactors: null\nevents:\n", 0),
]


@pytest.mark.parametrize(("layout", "whole_checks"), LAYOUTS)
def test_empty_sections_are_filled_and_the_tree_stays_exact(
    tmp_path: Path, layout: str, whole_checks: int, whole_document_checks: list[int]
) -> None:
    document = TimelineDocument(tmp_path / "timeline.yaml", None, layout)
    document.add_items(
        "articles", [{"id": "b", "path": "b.txt", "title": "B", "published": "2023-09-12"}]
    )
    document.add_items("actors", [{"id": "kim", "name": "Kim"}, {"id": "putin", "name": "Putin"}])
    document.add_items(
        "events",
        [
            {
                "id": "2023-09-12-kim-arrives",
                "title": "Kim arrives: a train",
                "date": "2023-09-12",
                "actors": ["kim"],
                "sources": [{"article": "b", "quote": "Kim's train arrived."}],
            },
            {"id": "2023-09", "title": "Letters", "date": "2023-09"},
        ],
    )
    document.mark_extracted(["b#1", "b#2"])
    assert len(whole_document_checks) == whole_checks
    # Later edits land where the parsed tree says: it must match a fresh parse.
    document.add_aliases("putin", ["Vladimir Putin"])
    document.add_event({"id": "three", "title": "Three", "date": "2023-09-13"})
    fresh = yaml.compose(document.text())
    document._settle_all()
    assert node_positions(document._root) == node_positions(fresh)
    data = yaml.safe_load(document.text())
    assert [a["id"] for a in data["articles"] if a["id"] == "b"] == ["b"]
    assert [a["id"] for a in data["actors"]] == ["kim", "putin"]
    assert data["actors"][1]["aliases"] == ["Vladimir Putin"]
    assert [e["id"] for e in data["events"]] == ["2023-09-12-kim-arrives", "2023-09", "three"]
    assert data["events"][0]["sources"] == [{"article": "b", "quote": "Kim's train arrived."}]
    assert data["extracted"] == ["b#1", "b#2"]
    # Every line of the file is still there but the emptied values, in order.
    kept = iter(document.text().splitlines())
    for line in layout.splitlines():
        line = line.replace("[ ]", "").replace("[]", "").replace("~", "").replace("null", "")
        assert any(line.split() == other.split() for other in kept), line


def test_a_fill_that_does_not_read_back_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rendering bug is caught by the local check: the text stays as it was."""
    from tui.model.writer import WriterError, text_edits

    layout = "version: 1\nevents: []\n"
    document = TimelineDocument(tmp_path / "timeline.yaml", None, layout)
    render = text_edits.TextEdits._render_items

    def wrong(self: TimelineDocument, items: list, column: int) -> list[str]:
        return [line.replace("One", "Two") for line in render(self, items, column)]

    monkeypatch.setattr(text_edits.TextEdits, "_render_items", wrong)
    with pytest.raises(WriterError, match="did not read back"):
        document.add_event({"id": "one", "title": "One"})
    assert document.text() == layout
