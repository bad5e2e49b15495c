"""The new text of a block item whose fields change: only the changed fields' text is
rewritten (a new field after the last one that comes before it in the format's order, a
removed one's lines dropped, an appended list value after the list's last line, a one-line
``[a, b]`` list or scalar in place), so the item's other fields, comments, quoting and line
endings stay byte for byte. Used by :meth:`ItemEdits.set_fields
<tui.model.writer.item_edits.ItemEdits.set_fields>`, which checks the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from tui.model.writer.checks import _to_plain
from tui.model.writer.emit import FIELD_ORDER, _flow_list, _render_mapping, _scalar, _Style
from tui.model.writer.errors import WriterError
from tui.model.writer.nodes import _content_end


@dataclass(frozen=True, slots=True)
class Append:
    """A field change: add ``values`` at the end of a list field (``sources``, ``aliases``)."""

    values: tuple[Any, ...]


def _line_after(text: str, index: int) -> int:
    """The start of the line after the one ``index`` is on (``index`` if it starts a line)."""
    if index > 0 and text[index - 1] == "\n":
        return index
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def changed_item(
    text: str,
    node: yaml.MappingNode,
    region: tuple[int, int],
    changes: Mapping[str, object],
    section: str,
    old_value: Any,
    style: _Style,
    newline: str,
) -> tuple[str, dict[str, Any]]:
    """The block item ``node``'s new lines (``text[start:end]`` of ``region`` with only the
    changed fields rewritten) and the value they must read back as."""
    start, end = region

    def joined(lines: Sequence[str]) -> str:
        return "".join(line + newline for line in lines)

    order = FIELD_ORDER.get(section, ())
    rank = {name: position for position, name in enumerate(order)}
    key_column = node.value[0][0].start_mark.column
    pairs = {
        key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)
    }
    expected: list[tuple[str, Any]] = list(old_value.items())
    inserted: dict[str, tuple[str, int]] = {}  # new keys: (the key they follow, rank)
    removed = {name for name, change in changes.items() if change is None}
    # (from, to, new text, rank): applied last first, so positions stay valid.
    edits: list[tuple[int, int, str, int]] = []
    for name, change in changes.items():
        position = rank.get(name, len(rank))
        found = pairs.get(name)
        if found is None:
            if change is None:
                continue
            if isinstance(change, Append):
                change = list(change.values)
            # After the last field that comes before it in the format's order (one
            # that stays: a field removed by this same edit is no place to follow).
            staying = [pair for pair in node.value if pair[0].value not in removed]
            anchor = staying[-1]
            if name in rank:
                before = [pair for pair in staying if rank.get(pair[0].value, 1 << 30) < position]
                if before:
                    anchor = before[-1]
            at = _line_after(text, _content_end(anchor[1]))
            lines = _render_mapping({name: change}, key_column, style)
            edits.append((at, at, joined(lines), position))
            keys = [key for key, _ in expected]
            after_key = anchor[0].value
            where = keys.index(after_key) + 1 if after_key in keys else len(keys)
            # New keys at the same place go in the format's order, as in the text.
            while where < len(keys):
                earlier = inserted.get(keys[where])
                if earlier is None or earlier[0] != after_key or earlier[1] > position:
                    break
                where += 1
            inserted[name] = (after_key, position)
            expected.insert(where, (name, _to_plain(change)))
            continue
        key, value = found
        if change is None:
            line_start = _line_start(text, key.start_mark.index)
            if text[line_start : key.start_mark.index].strip():
                raise WriterError(f"the first field `{name}` of an item cannot be removed")
            edits.append((line_start, _line_after(text, _content_end(value)), "", position))
            expected = [(k, v) for k, v in expected if k != name]
            continue
        if isinstance(change, Append):
            old_list = old_value.get(name)
            if isinstance(value, yaml.SequenceNode) and not value.flow_style and value.value:
                at = _line_after(text, _content_end(value))
                dash_column = value.start_mark.column
                offset = style.dash_offset
                lines = _render_mapping({name: list(change.values)}, dash_column - offset, style)
                if len(lines) < 2 or not lines[1].lstrip().startswith("-"):
                    lines = [
                        "",
                        *[
                            " " * dash_column + "- " + _scalar(str(v), flow=False)
                            for v in change.values
                        ],
                    ]
                edits.append((at, at, joined(lines[1:]), position))
                new_list = [*old_list, *(_to_plain(v) for v in change.values)]
                expected = [(k, new_list if k == name else v) for k, v in expected]
                continue
            if (
                isinstance(value, yaml.SequenceNode)
                and value.flow_style
                and value.value
                and value.start_mark.line == value.end_mark.line
                and all(isinstance(v, str) for v in change.values)
            ):
                # `aliases: [Moscow]` stays one line: `aliases: [Moscow, North Korea]`.
                at = value.value[-1].end_mark.index
                added = "".join(", " + _scalar(v, flow=True) for v in change.values)
                edits.append((at, at, added, position))
                new_list = [*old_list, *change.values]
                expected = [(k, new_list if k == name else v) for k, v in expected]
                continue
            change = [*(old_list or []), *change.values]
        simple = (
            isinstance(value, yaml.ScalarNode)
            and value.style not in ("|", ">")
            and value.start_mark.line == value.end_mark.line
            and not isinstance(change, list | tuple | Mapping)
            # Text of several lines may become a literal block: the field is written again.
            and not (isinstance(change, str) and "\n" in change)
        )
        flow = None
        if (
            isinstance(value, yaml.SequenceNode)
            and value.flow_style
            and value.start_mark.line == value.end_mark.line
            and isinstance(change, list | tuple)
            and change
            and all(isinstance(v, str) for v in change)
        ):
            flow = _flow_list([str(v) for v in change], value.start_mark.column)
        if flow is not None:
            # A one-line `[a, b]` is rewritten in place: a comment after it stays.
            edits.append((value.start_mark.index, value.end_mark.index, flow, position))
        elif simple:
            rendered = _render_mapping({name: change}, 0, style)[0]
            scalar_text = rendered[len(rendered.split(":", 1)[0]) + 2 :]
            a, b = value.start_mark.index, value.end_mark.index
            if a == b and text[a - 1 : a] == ":":
                scalar_text = " " + scalar_text
            edits.append((a, b, scalar_text, position))
        else:
            lines = _render_mapping({name: change}, key.start_mark.column, style)
            first = lines[0][key.start_mark.column :]
            at = key.start_mark.index
            edits.append(
                (
                    at,
                    _line_after(text, _content_end(value)),
                    joined([first, *lines[1:]]),
                    position,
                )
            )
        expected = [(k, _to_plain(change) if k == name else v) for k, v in expected]
    region = text[start:end]
    for a, b, new, _rank in sorted(edits, key=lambda e: (e[0], e[3]), reverse=True):
        region = region[: a - start] + new + region[b - start :]
    return region, dict(expected)
