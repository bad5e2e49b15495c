"""Splicing new lines into the document's text at positions the parser reported.

A mixin of :class:`tui.model.writer.document.TimelineDocument`: these methods change
``self._text`` only; the document checks each edit before it counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import yaml

from tui.model.writer.emit import FIELD_ORDER, _flow_list, _ordered, _render_mapping, _scalar
from tui.model.writer.nodes import _content_end, _mapping_get, _mapping_key


class RenderedItems(NamedTuple):
    """New items of a section as :meth:`TextEdits.render_items` made them: the lines and the
    column of their dashes. Lines are made per item, so those of consecutive runs of items
    rendered apart (in another process, say) join into the lines of all of them."""

    column: int
    count: int  # items
    lines: list[str]

    def joined(self, after: RenderedItems) -> RenderedItems:
        """These items, then ``after``'s (rendered at the same column, else ValueError)."""
        if after.column != self.column:
            raise ValueError("items rendered at different columns do not join")
        return RenderedItems(self.column, self.count + after.count, self.lines + after.lines)


class TextEdits:
    """Insertions of whole lines, or of flow items, into the YAML text."""

    _text: str
    _newline: str
    _style: Any

    def render_items(self, section: str, items: Sequence[Mapping[str, object]]) -> RenderedItems:
        """The lines :meth:`add_items` would write for ``items`` now, made ahead of it: the
        slow part of adding thousands of items, and one that needs nothing but the items and
        the file's style, so another process can make it. ``add_items(..., rendered=...)``
        uses them when their column is still the one it writes at, and checks them as it
        checks its own."""
        column = self._item_column(section)
        ordered = [_ordered(fields, FIELD_ORDER[section]) for fields in items]
        return RenderedItems(column, len(ordered), self._render_items(ordered, column))

    def _item_column(self, section: str) -> int:
        """The column of the dashes of new items of ``section`` (as :meth:`_add_items` places
        them): the list's own, or the top-level keys' column plus the file's dash offset."""
        node = self._top_value(section)  # type: ignore[attr-defined]
        if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
            return node.start_mark.column
        root = self._root_mapping()  # type: ignore[attr-defined]
        key_column = root.value[0][0].start_mark.column if root is not None and root.value else 0
        return key_column + self._style.dash_offset

    def _lines_of(
        self,
        ordered: Sequence[Mapping[str, object]],
        rendered: RenderedItems | None,
        dash_column: int,
    ) -> list[str]:
        """The lines of new items at ``dash_column``: ``rendered`` ahead when it is theirs
        (as many items, at this column), else made now."""
        if rendered is not None and (rendered.column, rendered.count) == (
            dash_column,
            len(ordered),
        ):
            return list(rendered.lines)
        return self._render_items(ordered, dash_column)

    def _render_items(self, items: Sequence[Mapping[str, object]], dash_column: int) -> list[str]:
        """``- key: value`` lines of new mapping items whose dashes sit at ``dash_column``."""
        lines: list[str] = []
        for fields in items:
            body = _render_mapping(fields, dash_column + 2, self._style)
            lines += [" " * dash_column + "- " + body[0][dash_column + 2 :], *body[1:]]
        return lines

    def _append_to_list(self, node: yaml.SequenceNode, values: Sequence[str]) -> None:
        if node.flow_style:
            # Before the closing bracket: after the last item, or right inside `[]`.
            parts = [_scalar(value, flow=True) for value in values]
            if node.value:
                position = node.value[-1].end_mark.index
                self._splice(position, "".join(f", {part}" for part in parts))
            else:
                closing = self._text.rindex("]", 0, node.end_mark.index)
                self._splice(closing, ", ".join(parts))
            return
        dash_column = node.start_mark.column
        lines = [" " * dash_column + "- " + _scalar(value, flow=False) for value in values]
        self._insert_lines(_content_end(node), lines)

    def _set_key(
        self,
        mapping: yaml.MappingNode | None,
        key: str,
        values: list[str],
        key_column: int,
        order: Sequence[str],
        *,
        block: bool = False,
    ) -> None:
        """Give ``mapping`` a list ``key`` (absent or null), placed by the format's ``order``."""
        flow = _flow_list(values, key_column + len(key) + 2)
        if flow is not None and not block:
            value_lines = [f"{' ' * key_column}{key}: {flow}"]
        else:
            dash = " " * (key_column + self._style.dash_offset)
            value_lines = [f"{' ' * key_column}{key}:"]
            value_lines += [f"{dash}- {_scalar(value, flow=False)}" for value in values]
        existing = _mapping_key(mapping, key) if mapping is not None else None
        if mapping is not None and existing is not None:
            value = _mapping_get(mapping, key)
            assert value is not None
            self._replace_empty_value(existing, value, value_lines[1:], inline=value_lines[0])
            return
        if mapping is None or mapping.flow_style:
            self._append_top_level(value_lines)
            return
        # After the last key that comes before it in the format's order, else after all keys.
        rank = {name: index for index, name in enumerate(order)}
        anchor = mapping.value[-1]
        if key in rank:
            before = [
                pair for pair in mapping.value if rank.get(pair[0].value, 1 << 30) < rank[key]
            ]
            if before:
                anchor = before[-1]
        self._insert_lines(_content_end(anchor[1]), value_lines)

    def _replace_empty_value(
        self,
        key_node: yaml.Node,
        value: yaml.Node,
        lines: list[str],
        *,
        inline: str | None = None,
    ) -> None:
        """Turn ``key: []`` / ``key: ~`` / ``key:`` into a block list (``lines`` below the key).

        A comment after the value on the key's line stays where it was.
        """
        if inline is not None and inline.rstrip().endswith("]") and not lines:
            # A flow list replaces the empty value in place: `aliases: [Kim]`.
            flow_text = inline.split(":", 1)[1].strip()
            start, end = value.start_mark.index, value.end_mark.index
            if start == end:
                self._splice(
                    start, " " + flow_text if self._text[start - 1 : start] == ":" else flow_text
                )
            else:
                self._text = self._text[:start] + flow_text + self._text[end:]
            return
        start, end = value.start_mark.index, value.end_mark.index
        if end > start:
            cut_from = start
            while cut_from > key_node.end_mark.index and self._text[cut_from - 1] in " \t":
                cut_from -= 1
            # Keep the space before a trailing comment so `events:  # none` stays a comment.
            rest = self._text[end:]
            self._text = self._text[:cut_from] + rest
            insert_at = cut_from
        else:
            insert_at = key_node.end_mark.index
        self._insert_lines(insert_at, lines)

    def _append_top_level(self, lines: list[str]) -> None:
        """Add lines at the very end of the file (a new top-level key)."""
        self._insert_lines(len(self._text), lines)

    def _insert_lines(self, index: int, lines: list[str]) -> tuple[int, int]:
        """Insert whole lines at the start of the line after ``index`` (at it, at a line start).

        Returns where, in the text before, the insertion went and how many characters it added.
        """
        text = self._text
        if index > 0 and text[index - 1] != "\n":
            newline_at = text.find("\n", index)
            if newline_at < 0:
                text += self._newline
                index = len(text)
            else:
                index = newline_at + 1
        elif index == len(text) and text and not text.endswith("\n"):
            text += self._newline
            index = len(text)
        block = "".join(line + self._newline for line in lines)
        grown = len(text) - len(self._text)  # a line break added at the very end
        self._text = text[:index] + block + text[index:]
        return index - grown, len(block) + grown

    def _splice(self, index: int, addition: str) -> None:
        self._text = self._text[:index] + addition + self._text[index:]
