"""The writer's loader (``nodes._FastLoader``, cheaper resolver hooks) composes the same nodes,
tags and positions as PyYAML's own safe loader (issue 8: the write's read-back parse)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.writer.nodes import _BaseLoader, _FastLoader

ROOT = Path(__file__).resolve().parent.parent

# Every implicit type, at the top level, in lists, flow collections, keys and nested items.
TRICKY = """\
version: 1
empty:
tilde: ~
nulls: [null, Null, NULL, '', ""]
bools: [yes, No, TRUE, off, On, y, n]
ints: [0, -12, +3, 0x1F, 0o17, 017, 1_000, 190:20:30]
floats: [1.5, -.5, 1e3, 1.0e+3, .inf, -.Inf, .NaN, 6.8523015e+5]
dates: [2023-09-10, 2023-9-1, 2001-12-14t21:59:43.10-05:00, 2023-09, 2023]
merge: <<
eq: =
quoted: ['12', "2023-09-10", 'yes']
"12": numeric key
? complex key
: value
events:
  - id: 2023-09-10-kim-leaves
    date: 2023-09-10
    date_text: on Sunday
    actors: [kim-jong-un, ~]
    sources:
      - article: a
        quote: "He said: \\"no\\" # not a comment"
      - {article: b, quote: '1,000 people', n: 3}
  - block: |
      literal 12
    folded: >-
      folded yes
"""


def _shape(node: yaml.Node) -> object:
    """Everything a node says: its class, tag, value, style and both marks, all the way down."""
    marks = tuple((mark.index, mark.line, mark.column) for mark in (node.start_mark, node.end_mark))
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, node.flow_style, marks, [_shape(item) for item in node.value])
    return (
        "map",
        node.tag,
        node.flow_style,
        marks,
        [(_shape(key), _shape(value)) for key, value in node.value],
    )


def _same(text: str) -> None:
    ours = yaml.compose(text, Loader=_FastLoader)
    theirs = yaml.compose(text, Loader=_BaseLoader)
    assert _shape(ours) == _shape(theirs)
    try:
        expected = yaml.load(text, Loader=_BaseLoader)
    except yaml.YAMLError as error:  # ("<<" alone: a merge key with nothing to merge)
        with pytest.raises(type(error)):
            yaml.load(text, Loader=_FastLoader)
        return
    assert yaml.load(text, Loader=_FastLoader) == expected


def test_every_implicit_type_resolves_as_pyyaml_resolves_it() -> None:
    _same(TRICKY)
    node = yaml.compose(TRICKY, Loader=_FastLoader)
    tags = {key.value: value for key, value in node.value}
    assert tags["empty"].tag == "tag:yaml.org,2002:null"
    assert [item.tag.rsplit(":", 1)[1] for item in tags["nulls"].value] == ["null"] * 3 + [
        "str"
    ] * 2
    assert {item.tag for item in tags["bools"].value[:5]} == {"tag:yaml.org,2002:bool"}
    assert tags["merge"].tag == "tag:yaml.org,2002:merge"


def test_the_repository_timeline_composes_the_same() -> None:
    _same((ROOT / "timeline.yaml").read_text(encoding="utf-8"))


_SCALARS = st.text(st.sampled_from(list("0123456789-+._:eExXoObB TtFfNnYy~=<iIaA'/")), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SCALARS, min_size=1, max_size=6))
def test_any_plain_scalar_gets_the_same_tag(values: list[str]) -> None:
    # Written plain where the value allows it, so that the implicit resolvers decide its tag.
    lines = []
    for index, value in enumerate(values):
        plain = value and value == value.strip() and not value.startswith(("-", ":", "'"))
        lines.append(f"k{index}: {value if plain and ': ' not in value else repr(value)}")
    text = "\n".join(lines) + "\n"
    try:
        theirs = yaml.compose(text, Loader=_BaseLoader)
    except yaml.YAMLError:
        return  # not YAML: nothing to compare
    assert _shape(yaml.compose(text, Loader=_FastLoader)) == _shape(theirs)
