"""The loader reads articles, actors and events while the YAML is composed (issue 8: memory).

Each item of those lists is handed from :func:`compose_yaml` to the schema walker as soon as
it is whole, so that a big file never holds all of its nodes at once. These tests hold the
streamed load to the result of composing the whole tree first and walking it, on clean and
on broken files, including the cases where a list must not be handed over.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.model.loader import load_timeline, load_timeline_text
from tui.model.schema import SECTIONS, Walker
from tui.model.yaml_nodes import MapNode, Node, ScalarNode, SeqNode, compose_yaml

ROOT = Path(__file__).resolve().parent.parent


def _tree(node: Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, ScalarNode):
        return ("scalar", node.value, node.tag, node.plain, node.line, node.column)
    if isinstance(node, SeqNode):
        return ("seq", node.tag, node.line, node.column, [_tree(i) for i in node.items])
    assert isinstance(node, MapNode)
    pairs = [(_tree(k), _tree(v)) for k, v in node.pairs]
    return ("map", node.tag, node.line, node.column, pairs)


def _whole_then_walked(text: str, path: Path) -> tuple[object, list[str]]:
    """What loading gave before streaming: the whole tree composed, then walked."""
    root, problems = compose_yaml(text, path)
    walker = Walker(path)
    walker.diagnostics.extend(problems)
    assert isinstance(root, MapNode)
    timeline = walker.walk(root)
    walker.cross_check(timeline)
    found = sorted(walker.diagnostics, key=lambda d: (d.line, d.column, d.message))
    model = (timeline.articles, timeline.actors, timeline.events, timeline.extracted)
    return model, [d.format() for d in found]


def _streamed(text: str, path: Path) -> tuple[object, list[str]]:
    result = load_timeline_text(text, path, resolve_sources=False)
    timeline = result.timeline
    assert timeline is not None
    # Articles are not read here (no files): only the walk's own problems are compared.
    found = [d for d in result.diagnostics if "article file" not in d.message]
    found = [d for d in found if "no publication date" not in d.message]
    found.sort(key=lambda d: (d.line, d.column, d.message))
    for event in timeline.events:
        event.fallback_date = None  # set from articles, which the other side does not read
    model = (timeline.articles, timeline.actors, timeline.events, timeline.extracted)
    return model, [d.format() for d in found]


BROKEN = {
    "duplicate events, the first a list": """version: 1
articles:
  - id: a
    path: a.txt
    published: 2023-01-01
events:
  - id: e1
    title: One
    date: 2023-01-02
    sources: [{article: a, quote: x}]
events:
  - id: e2
    title: Two
""",
    "duplicate events, the first empty": """version: 1
events:
events:
  - id: e2
    title: Two
""",
    "items that are not mappings": """version: 1
events:
  - just text
  - [a, list]
  - id: ok
    title: Fine
  - *alias
""",
    "an unknown tag on the list": """version: 1
events: !!set
  - id: e1
    title: One
""",
    "a flow list of events": """version: 1
events: [{id: e1, title: One}, plain]
""",
    "duplicate ids, bad dates, unknown actors": """version: 1
actors:
  - id: kim
    name: Kim
  - id: kim
    name: Kim again
events:
  - id: e1
    title: One
    date: 2023-02-30
    actors: [kim, nobody]
  - id: e1
    title: Again
    date: 2023-01-01
    statuss: planned
""",
    "a key that is a list, then events": """version: 1
[a]: 1
events:
  - id: e1
    title: One
""",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_streamed_load_equals_whole_tree_walk(name: str, tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    text = BROKEN[name]
    assert _streamed(text, path) == _whole_then_walked(text, path)


def test_seeds_load_the_same_streamed(tmp_path: Path) -> None:
    text = (ROOT / "timeline.yaml").read_text(encoding="utf-8")
    path = ROOT / "timeline.yaml"
    streamed, problems = _streamed(text, path)
    assert (streamed, problems) == _whole_then_walked(text, path)
    assert streamed[2]  # the seeds have events: the comparison compared something


def test_sink_gets_each_item_once_in_order_and_the_lists_stay_empty() -> None:
    text = (ROOT / "timeline.yaml").read_text(encoding="utf-8")
    whole, _ = compose_yaml(text, Path("t.yaml"))
    handed: list[tuple[str, Node]] = []
    root, _ = compose_yaml(
        text, Path("t.yaml"), sink=lambda s, n: handed.append((s, n)), sections=SECTIONS
    )
    assert isinstance(whole, MapNode) and isinstance(root, MapNode)
    expected = [
        (key.value, _tree(item))
        for key, value in whole.pairs
        if isinstance(key, ScalarNode) and key.value in SECTIONS and isinstance(value, SeqNode)
        for item in value.items
    ]
    assert [(section, _tree(node)) for section, node in handed] == expected
    for key, value in root.pairs:
        assert isinstance(key, ScalarNode)
        if key.value in SECTIONS:
            assert isinstance(value, SeqNode) and value.items == []
        elif key.value == "extracted":  # not a section: kept whole
            assert isinstance(value, SeqNode) and value.items


def test_a_syntax_error_after_streamed_items_reports_only_the_syntax_error(
    tmp_path: Path,
) -> None:
    text = "version: 1\nevents:\n  - id: e1\n    title: [One\n  - id: e2\n"
    result = load_timeline_text(text, tmp_path / "timeline.yaml")
    assert result.timeline is None
    assert len(result.diagnostics) == 1
    assert result.diagnostics[0].message.startswith("not valid YAML")


UTF8_TEXTS = {
    "accents and an emoji": (
        "version: 1\narticles:\n  - id: a\n    path: a.txt\n    title: «Ünïcödé» 😀 title\n"
        "events:\n  - id: e1\n    title: Café ouvert\n    date: 2023-01-02\n"
        "    actors: [zoë]\n    sources:\n      - article: a\n        quote: “é” 😀\n"
    ),
    "a byte order mark": "\ufeffversion: 1\nevents:\n  - id: e1\n    title: é\n    bogus: ü\n",
    "a syntax error after accents": "version: 1\nevents:\n  - id: é\n    title: [ü\n",
}


@pytest.mark.parametrize("name", sorted(UTF8_TEXTS))
def test_a_file_parsed_as_bytes_loads_as_its_text(name: str, tmp_path: Path) -> None:
    """load_timeline hands the parser the file's UTF-8 bytes (no text copy while the model
    grows); load_timeline_text parses the text. Same nodes, model and messages."""
    text = UTF8_TEXTS[name]
    path = tmp_path / "timeline.yaml"
    path.write_bytes(text.encode("utf-8"))
    from_file = load_timeline(path, resolve_sources=False)
    from_text = load_timeline_text(text, path, resolve_sources=False)
    assert [d.format() for d in from_file.diagnostics] == [
        d.format() for d in from_text.diagnostics
    ]
    if from_text.timeline is None:
        assert from_file.timeline is None
    else:
        assert from_file.timeline is not None
        assert from_file.timeline.events == from_text.timeline.events
        assert from_file.timeline.articles == from_text.timeline.articles


def test_a_control_character_after_accents_is_placed_at_its_character_column(
    tmp_path: Path,
) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes("version: 1\ntitle: éé x\x01y\n".encode())
    result = load_timeline(path)
    assert result.timeline is None
    (problem,) = result.diagnostics
    assert "U+0001" in problem.message
    assert (problem.line, problem.column) == (2, 12)  # t-i-t-l-e-:-space-é-é-space-x: 11
