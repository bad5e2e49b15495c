"""A flow-style item (``- {id: x, title: ...}``) changed by rewriting it, and only it, in block
style: the curation keys work on any valid item.

A flow mapping cannot be edited field by field the way a block item is (a new field would go
inside the braces, a long title would have to be wrapped to stay readable, a comment between
two fields binds to no line), so the item is written again as the block mapping it means,
with the changes made. Every other byte of the file stays. The item's comments are kept: each
goes at the end of the first line of the field it followed (one before the first field, or
after the closing brace, on the dash line). The new lines are checked like every splice, by
reading them back (:meth:`ItemEdits._splice_items`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

import yaml

from tui.model.writer.emit import FIELD_ORDER, _render_mapping, _Style
from tui.model.writer.errors import WriterError

# A comment in flow context: `#` at a line start or after a space or tab, to the line end.
_COMMENT = re.compile(r"(?:^|(?<=[ \t]))#[^\r\n]*", re.MULTILINE)
_COMMENT_START = re.compile(r"(?:^|(?<=[ \t]))#", re.MULTILINE)


def rewritten_in_block_style(
    text: str,
    node: yaml.MappingNode,
    region: tuple[int, int],
    column: int,
    value: Mapping[str, Any],
    changes: Mapping[str, object],
    section: str,
    style: _Style,
) -> tuple[list[str], dict[str, Any]]:
    """The block lines (without line ends) of the flow item ``node``, which stands alone on
    the lines ``text[region[0]:region[1]]`` with its dash at ``column``, once ``changes`` are
    made to its ``value``; and the value they must read back as.

    Raises :class:`WriterError` (nothing changes) for a value block style cannot write back
    exactly, such as an empty (null) field.
    """
    new_value = changed_value(value, changes, FIELD_ORDER.get(section, ()))
    problem = _unwritable(new_value)
    if problem:
        raise WriterError(
            f"{section} item {value.get('id')!r} is written in flow style ({{...}}) and "
            f"holds {problem}, which the reader cannot write back exactly in block style; "
            "edit it in your editor"
        )
    before_first, by_field = _comments(text, node, region)
    key_column = column + 2
    lines: list[str] = []
    for name, field_value in new_value.items():
        field_lines = _render_mapping({name: field_value}, key_column, style)
        notes = by_field.get(name, [])
        if notes:
            field_lines[0] += "  " + " ".join(notes)
        lines += field_lines
    if not lines:
        raise WriterError(f"{section} item would have no fields left")
    # An anchor before the brace (`- &a {...}`) stays the item's: on the dash line alone.
    brace = text.find("{", node.start_mark.index)
    properties = " ".join(_COMMENT.sub("", text[node.start_mark.index : max(brace, 0)]).split())
    if properties:
        lines.insert(0, " " * column + "- " + properties)
    else:
        lines[0] = " " * column + "- " + lines[0][key_column:]
    if before_first:
        lines[0] += "  " + " ".join(before_first)
    return lines, new_value


def changed_value(
    value: Mapping[str, Any], changes: Mapping[str, object], order: tuple[str, ...]
) -> dict[str, Any]:
    """``value`` with ``changes`` made (None removes a field): fields keep their places; a
    new one goes after the last field that comes before it in the format's ``order``."""
    rank = {name: position for position, name in enumerate(order)}
    result = {name: field for name, field in value.items() if changes.get(name, 1) is not None}
    for name, change in changes.items():
        if change is None:
            continue
        if name in result:
            result[name] = change
            continue
        position = rank.get(name, len(rank))
        keys = list(result)
        where = len(keys)
        if name in rank:
            earlier = [k for k, key in enumerate(keys) if rank.get(key, 1 << 30) < position]
            where = earlier[-1] + 1 if earlier else 0
        items = list(result.items())
        items.insert(where, (name, change))
        result = dict(items)
    return result


def _unwritable(value: object) -> str | None:
    """What in ``value`` block style cannot write back exactly (None: all of it can)."""
    if value is None:
        return "an empty (null) field"
    if isinstance(value, str | bool | int | float | dt.date):
        return None
    if isinstance(value, list | tuple):
        return next(filter(None, map(_unwritable, value)), None)
    if isinstance(value, Mapping):
        if not value:
            return "an empty mapping"
        if not all(isinstance(key, str) for key in value):
            return "a key that is not text"
        return next(filter(None, map(_unwritable, value.values())), None)
    return f"a value of type {type(value).__name__}"


def _comments(
    text: str, node: yaml.MappingNode, region: tuple[int, int]
) -> tuple[list[str], dict[str, list[str]]]:
    """The comments in the item's lines: those before its first field or after its closing
    brace, and those after each field (by the field's name)."""
    covered = list(_scalar_spans(node))
    keys = [(key.start_mark.index, str(key.value)) for key, _value in node.value]
    before_first: list[str] = []
    by_field: dict[str, list[str]] = {}
    start, end = region
    # Each `#` on its own: one inside a quoted value must not hide a comment after it.
    for match in _COMMENT_START.finditer(text, start, end):
        at = match.start()
        if any(a <= at < b for a, b in covered):
            continue
        comment = _COMMENT.match(text, at).group().rstrip()  # type: ignore[union-attr]
        owner = [name for key_at, name in keys if key_at < at]
        if owner and at < node.end_mark.index:
            by_field.setdefault(owner[-1], []).append(comment)
        else:
            before_first.append(comment)
    return before_first, by_field


def _scalar_spans(node: yaml.Node) -> Iterator[tuple[int, int]]:
    """The text spans of every scalar under ``node`` (quotes included): a ``#`` in them is
    part of a value, not a comment."""
    if isinstance(node, yaml.ScalarNode):
        yield node.start_mark.index, node.end_mark.index
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalar_spans(item)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _scalar_spans(key)
            yield from _scalar_spans(value)
