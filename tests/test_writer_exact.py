"""The writer is exact: any text a user or an article may hold reads back as written, and edits
checked locally leave the parsed tree exactly as a fresh parse would."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import node_positions
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.model.loader import load_timeline_text
from tui.model.writer import (
    TimelineDocument,
    double_quoted,
)

# Text a user or an article may contain: YAML indicators, look-alikes of other types, controls.
_TRICKY = st.sampled_from(
    [
        "yes",
        "No",
        "null",
        "~",
        "2023-09-10",
        "1e3",
        "0x1F",
        ".inf",
        "- dash",
        "key: value",
        "# hash",
        "a #b",
        "[bold]red[/]",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "%",
        "@",
        "`",
        '"quoted"',
        "'single'",
        "trailing ",
        " leading",
        "tab\there",
        "line\nbreak",
        "\x1b[31mred\x1b[0m",
        "\u2028",
        "\ufeff",
        "\x85",
        "emoji \U0001f4f0",
        "back\\slash",
        "what?",  # PyYAML ends a plain scalar at `?` inside `[...]`; libyaml does not
        "",
    ]
)
_TEXT = st.one_of(
    _TRICKY,
    st.text(st.characters(exclude_categories=("Cs",)), max_size=40),
    st.lists(_TRICKY, min_size=1, max_size=4).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT.filter(str.strip), quote=_TEXT, tag=_TEXT.filter(bool), alias=_TEXT.filter(bool))
def test_any_text_reads_back_exactly(title: str, quote: str, tag: str, alias: str) -> None:
    document = TimelineDocument(
        Path("timeline.yaml"),
        None,
        "version: 1\nactors:\n  - id: kim\n    name: Kim\nevents: []\n",
    )
    document.add_event(
        {
            "id": "e",
            "title": title,
            "tags": [tag],
            "sources": [{"article": "a", "quote": quote}],
        }
    )
    alias_added = document.add_alias("kim", alias)
    assert alias_added == (alias != "Kim")
    data = yaml.safe_load(document.text())
    event = data["events"][0]
    assert event["title"] == title
    assert event["tags"] == [tag]
    assert event["sources"][0]["quote"] == quote
    assert data["actors"][0].get("aliases") == ([alias] if alias_added else None)
    # One line per value: no value may spill over and shift every line after it.
    for node in _scalar_nodes(yaml.compose(document.text())):
        assert node.start_mark.line == node.end_mark.line, node.value
    # And the project's own loader reads the same values.
    loaded = load_timeline_text(document.text(), Path("timeline.yaml"), resolve_sources=False)
    assert loaded.timeline is not None
    assert loaded.timeline.events[0].title == title


def _scalar_nodes(node: yaml.Node) -> list[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        return [node]
    if isinstance(node, yaml.SequenceNode):
        return [leaf for item in node.value for leaf in _scalar_nodes(item)]
    if isinstance(node, yaml.MappingNode):
        return [leaf for pair in node.value for item in pair for leaf in _scalar_nodes(item)]
    return []


@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_double_quoted_is_exact_and_one_line(text: str) -> None:
    quoted = double_quoted(text)
    assert "\n" not in quoted
    assert yaml.safe_load(f"k: {quoted}") == {"k": text}


@pytest.mark.parametrize(
    ("layout", "whole_checks"),
    [
        (
            "version: 1\narticles:\n  - id: a\n    path: a.txt  # mine\n\n# between\nactors:\n"
            "  - id: kim\n    name: Kim\n    aliases:\n      - Mr. Kim\nevents:\n  - id: one\n"
            "    title: One\n    notes: |\n      kept\n      as is\n# trailing\n"
            "extracted:\n- one\n",
            1,  # the new actor's flow list `aliases: [Vladimir]`
        ),
        (
            "version: 1\r\narticles:\r\n- id: a\r\n  path: a.txt\r\nactors:\r\n- id: kim\r\n"
            "  name: Kim\r\n  aliases: [Kim Jong Un]\r\nevents:\r\n- id: one\r\n  title: One\r\n",
            2,  # and kim's flow list; the new `extracted:` key is checked locally
        ),
    ],
)
def test_edits_checked_locally_keep_the_parsed_tree_exact(
    tmp_path: Path, layout: str, whole_checks: int, whole_document_checks: list[int]
) -> None:
    """After appends checked by re-parsing only their region, every position the writer
    keeps equals a fresh parse of the whole text: later edits land where they should."""
    document = TimelineDocument(tmp_path / "timeline.yaml", None, layout)
    document.add_event({"id": "two", "title": "Two", "sources": [{"article": "a", "quote": "q"}]})
    document.add_article({"id": "b", "path": "b.txt", "title": "B"})
    document.add_aliases("kim", ["Kim", "Supreme Leader"])
    document.add_actor({"id": "putin", "name": "Putin", "aliases": ["Vladimir"]})
    document.add_event({"id": "three", "title": "Three"})
    document.mark_extracted(["two", "three"])
    document.add_aliases("putin", ["V. Putin"])
    fresh = yaml.compose(document.text())
    document._settle_all()  # positions in list items move when looked at
    assert node_positions(document._root) == node_positions(fresh)
    data = yaml.safe_load(document.text())
    assert [e["id"] for e in data["events"]] == ["one", "two", "three"]
    assert [a["id"] for a in data["articles"]] == ["a", "b"]
    assert data["actors"][1]["aliases"] == ["Vladimir", "V. Putin"]
    assert data["extracted"][-2:] == ["two", "three"]
    # Appends to block lists and new last keys were checked locally; flow lists by the whole.
    assert len(whole_document_checks) == whole_checks


def test_new_sections_and_extracted_are_checked_locally(
    tmp_path: Path, whole_document_checks: list[int]
) -> None:
    layout = "version: 1\nevents:\n  - id: one\n    title: One\n# trailing comment\n"
    document = TimelineDocument(tmp_path / "timeline.yaml", None, layout)
    document.add_article({"id": "a", "path": "a.txt", "title": "A"})
    document.add_actor({"id": "kim", "name": "Kim"})
    document.mark_extracted(["one"])
    document.add_event({"id": "two", "title": "Two"})
    document.add_article({"id": "b", "path": "b.txt", "title": "B"})
    assert whole_document_checks == []
    lines = iter(document.text().splitlines())
    assert all(line in lines for line in layout.splitlines())  # only lines were added
    document._settle_all()  # positions in list items move when looked at
    assert node_positions(document._root) == node_positions(yaml.compose(document.text()))
    data = yaml.safe_load(document.text())
    assert [a["id"] for a in data["articles"]] == ["a", "b"]
    assert data["actors"] == [{"id": "kim", "name": "Kim"}]
    assert data["extracted"] == ["one"]
    assert [e["id"] for e in data["events"]] == ["one", "two"]
