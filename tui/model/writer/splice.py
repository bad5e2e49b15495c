"""Checking a splice by re-parsing only the spliced region, and moving the parsed tree along.

Appending to a block list is the writer's common edit (a new event, the items extraction
adds, an alias, an ``extracted:`` id). Re-reading the whole document after it costs time and
memory in proportion to the file (2.5 minutes and 2.6 GB for 2 events in a 500,000-event
file). YAML's block structure is local, so the region from the line of the list's last item
to the end of the new lines can be parsed on its own: if it reads back as that last item plus
exactly the new values, and the next line of the file starts outside the list, the document
as a whole is the old one plus the new items. The parsed tree of the document then only
needs its positions after the insertion shifted, and the new items' nodes grafted in.

Shifting every node after an edit in the middle of a big file would cost as much as parsing
it again, so the top level moves at once (:func:`shift_root`) and each item of a top-level
list moves when an edit next looks at it (:func:`settle`), through the shifts logged since.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import yaml

from tui.model.writer.nodes import _FastLoader

# Blank and comment-only lines, then the indentation and first character of the next line.
_NEXT_CONTENT = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)(\S?)")
_DASH_PREFIX = re.compile(r"( *)- +")


class RegionMismatch(Exception):
    """The region parsed, but says something else than was asked: a bug in the writer."""


def region_start(text: str, last: yaml.Node, column: int) -> int | None:
    """Start of the line of ``last`` (the list's last item) when that line is ``- item`` with
    the dash at ``column``; None for layouts this check does not cover."""
    start = text.rfind("\n", 0, last.start_mark.index) + 1
    match = _DASH_PREFIX.fullmatch(text, start, last.start_mark.index)
    if match is None or len(match.group(1)) != column:
        return None
    return start


def parse_region(text: str, start: int, end: int, column: int, line: int) -> list[yaml.Node] | None:
    """The item nodes of the block list in ``text[start:end]`` (``start`` the beginning of
    0-based line ``line``), positions made absolute;
    None when the region does not stand alone (an alias to an earlier anchor, a merge key,
    a tag the safe loader does not know) or the next line continues it."""
    region = text[start:end]
    if "<<" in region or ("*" in region and re.search(r"(?:^|[\s,\[{])\*", region)):
        return None
    following = _NEXT_CONTENT.match(text, end)
    if following is not None and following.group(2):
        indent = len(following.group(1))
        if indent > column or (indent == column and following.group(2) == "-"):
            return None
    node = compose_in_place(text, start, end, line)
    if not isinstance(node, yaml.SequenceNode) or node.flow_style:
        return None
    return list(node.value)


_DOCUMENT_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t\r]|$)", re.MULTILINE)


def parse_new_key(text: str, start: int, end: int, after: int) -> yaml.Node | None:
    """The ``(key, value)`` pair of a new top-level key written at ``text[start:end]``, the
    root's last content ending at ``after``, positions made absolute; None when the region
    does not stand alone or is not the document's last content."""
    region = text[start:end]
    if _DOCUMENT_MARKER.search(text, after, start) or "<<" in region:
        return None
    following = _NEXT_CONTENT.match(text, end)
    if following is not None and following.group(2):
        return None  # only comments and blank lines may follow a key added last
    node = compose_in_place(text, start, end, text.count("\n", 0, start))
    if not isinstance(node, yaml.MappingNode) or node.flow_style or len(node.value) != 1:
        return None
    return node


def parse_filled_key(text: str, start: int, end: int) -> yaml.Node | None:
    """The one-key mapping of a top-level key whose empty value (``key: []``) was replaced
    by the block list in ``text[start:end]`` (``start`` the key's line), positions made
    absolute; None when the region does not stand alone or the next line continues it."""
    region = text[start:end]
    if "<<" in region or ("*" in region and re.search(r"(?:^|[\s,\[{])\*", region)):
        return None
    if _DOCUMENT_MARKER.search(region):
        return None
    following = _NEXT_CONTENT.match(text, end)
    # What follows must be the next top-level key: at column 0, and not a list item.
    if (
        following is not None
        and following.group(2)
        and (following.group(1) or following.group(2) in "-?:")
    ):
        return None
    node = compose_in_place(text, start, end, text.count("\n", 0, start))
    if not isinstance(node, yaml.MappingNode) or node.flow_style or len(node.value) != 1:
        return None
    return node


def compose_in_place(text: str, start: int, end: int, line: int) -> yaml.Node | None:
    """The node of ``text[start:end]`` parsed on its own, with the positions it has in
    ``text`` (``start`` is the beginning of 0-based line ``line``); None if it is not YAML.

    The region is parsed behind blank lines as long as the text before it, so libyaml
    reports its positions where they are: making them absolute afterwards meant walking
    every node in Python, which cost more than the parse for thousands of new items.
    """
    padding = " " * (start - line) + "\n" * line
    try:
        return yaml.compose(padding + text[start:end], Loader=_FastLoader)
    except yaml.YAMLError:
        return None


def construct(node: yaml.Node) -> Any:
    """The value of one node, as the safe loader builds it."""
    return yaml.constructor.SafeConstructor().construct_document(node)


def move_to(node: yaml.Node, index: int, line: int) -> None:
    """Make the positions of ``node``, parsed from a region on its own, absolute: the
    region starts at ``index`` of the document, on 0-based line ``line``."""
    _shift(node, index=index, lines=line, at=0, seen={})


# The number of logged shifts a list item has been brought through (see settle()).
_EPOCH = "_newsline_shifts"


def shift_root(root: yaml.Node, at: int, length: int, lines: int) -> None:
    """Move what lies at or after ``at`` by ``length`` characters and ``lines`` lines, at
    the top level only: the root, its keys and values, but of a top-level list only its own
    marks. Its items are moved when next looked at (:func:`settle`), so an edit in the
    middle of 20,000 events does not move the 200,000 nodes after it."""
    seen: dict[int, tuple[Any, Any]] = {}
    if not isinstance(root, yaml.MappingNode):
        _shift(root, index=length, lines=lines, at=at, seen=seen)
        return
    if root.end_mark.index < at:
        return
    root.start_mark = _moved(root.start_mark, length, lines, at, seen)
    root.end_mark = _moved(root.end_mark, length, lines, at, seen)
    for key, value in reversed(root.value):
        if key.end_mark.index < at and value.end_mark.index < at:
            break
        _shift(key, index=length, lines=lines, at=at, seen=seen)
        if isinstance(value, yaml.SequenceNode):
            if value.end_mark.index >= at:
                value.start_mark = _moved(value.start_mark, length, lines, at, seen)
                value.end_mark = _moved(value.end_mark, length, lines, at, seen)
        else:
            _shift(value, index=length, lines=lines, at=at, seen=seen)


def settle(item: yaml.Node, log: list[tuple[int, int, int]]) -> yaml.Node:
    """Bring a top-level list item through the shifts logged since it was last settled."""
    epoch = getattr(item, _EPOCH, 0)
    if epoch < len(log):
        for at, length, lines in log[epoch:]:
            if item.end_mark.index >= at:
                _shift(item, index=length, lines=lines, at=at, seen={})
        setattr(item, _EPOCH, len(log))
    return item


def mark_settled(nodes: Iterable[yaml.Node], log: list[tuple[int, int, int]]) -> None:
    """New nodes, parsed where they now stand: already through every logged shift."""
    for node in nodes:
        setattr(node, _EPOCH, len(log))


def _shift(
    node: yaml.Node, *, index: int, lines: int, at: int, seen: dict[int, tuple[Any, Any]]
) -> None:
    if node.end_mark.index < at:
        return
    node.start_mark = _moved(node.start_mark, index, lines, at, seen)
    # A scalar that ends exactly where text was inserted does not grow; a collection's end
    # (the next token) moves with what follows.
    if not isinstance(node, yaml.ScalarNode) or node.end_mark.index > at:
        node.end_mark = _moved(node.end_mark, index, lines, at, seen)
    children: list[yaml.Node] = []
    if isinstance(node, yaml.MappingNode):
        children = [child for pair in node.value for child in pair]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
    for child in reversed(children):
        if child.end_mark.index < at:
            break
        _shift(child, index=index, lines=lines, at=at, seen=seen)


def _moved(mark: Any, index: int, lines: int, at: int, seen: dict[int, tuple[Any, Any]]) -> Any:
    """``mark`` moved (libyaml's marks are read-only, so a new one); a mark shared by two
    nodes moves once and stays shared."""
    if mark.index < at:
        return mark
    known = seen.get(id(mark))
    if known is not None:
        return known[1]
    moved = yaml.Mark(mark.name, mark.index + index, mark.line + lines, mark.column, None, None)
    seen[id(mark)] = (mark, moved)  # the old mark is kept alive so its id is not reused
    return moved
