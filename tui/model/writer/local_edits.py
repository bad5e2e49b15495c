"""Edits checked by re-parsing only the spliced region (see :mod:`.splice`).

A mixin of :class:`tui.model.writer.document.TimelineDocument`: each method returns False,
having changed nothing, when the layout needs the whole-document check instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import yaml

from tui.model.loader import collector_paused
from tui.model.writer.checks import node_matches, pair_matches
from tui.model.writer.emit import _scalar
from tui.model.writer.errors import WriterError
from tui.model.writer.nodes import _UNSET, _content_end, _mapping_key
from tui.model.writer.splice import (
    RegionMismatch,
    construct,
    mark_settled,
    parse_filled_key,
    parse_new_key,
    parse_region,
    region_start,
)


class LocalEdits:
    """Appends whose cost is the size of the change, not of the file."""

    _text: str
    _root: yaml.Node | None
    _ids: dict[str, dict[str, yaml.Node]] | None
    _data: Any
    _shift_log: list[tuple[int, int, int]]

    @contextmanager
    def _restored_unless_read_back(self, text_before: str, where: str) -> Iterator[None]:
        """Put ``text_before`` back if the body fails; a region that does not read back as
        intended is the writer's bug, said as such (the user's file is untouched)."""
        try:
            yield
        except (yaml.YAMLError, RegionMismatch):
            self._text = text_before
            raise WriterError(f"internal error: the edit at {where} did not read back") from None
        except BaseException:
            self._text = text_before
            raise

    def _adopt_key(self, pair: yaml.MappingNode, key: str) -> None:
        """The parsed ``key: value`` pair is now the document's: its list items are settled,
        and what was derived from the old tree is dropped."""
        if isinstance(pair.value[0][1], yaml.SequenceNode):
            mark_settled(pair.value[0][1].value, self._shift_log)
        if self._ids is not None:
            self._ids.pop(key, None)
        self._data = _UNSET

    def _append_scalars_locally(
        self,
        node: yaml.Node | None,
        values: Sequence[str],
        where: str,
        container: yaml.Node | None = None,
    ) -> bool:
        """Append text ``values`` to a non-empty block list, checked locally; False when the
        list's layout needs the whole-document check."""
        if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
            return False
        dash_column = node.start_mark.column
        lines = [" " * dash_column + "- " + _scalar(value, flow=False) for value in values]
        return self._append_checked_locally(node, lines, values, where, container)

    def _new_key_checked_locally(
        self, index: int, lines: list[str], key: str, value: object
    ) -> bool:
        """Add a top-level ``key`` (``lines``, rendering ``value``) after the root's last
        content, checked by parsing only the new lines; False when the layout needs the
        whole-document check (keys not at column 0, a flow root, a document marker...)."""
        root = self._root_mapping()
        if root is None or root.flow_style or not root.value:
            return False
        if root.value[0][0].start_mark.column != 0 or _mapping_key(root, key) is not None:
            return False
        text_before = self._text
        after = _content_end(root.value[-1][1])
        at, length = self._insert_lines(index, lines)
        with self._restored_unless_read_back(text_before, key), collector_paused():
            pair = parse_new_key(self._text, at, at + length, after) if at >= after else None
            if pair is None:
                self._text = text_before
                return False
            if not pair_matches(pair, key, value):
                raise RegionMismatch
        self._shift_after(at, length, self._text.count("\n", at, at + length))  # type: ignore[attr-defined]
        root.value.append(pair.value[0])
        self._adopt_key(pair, key)
        return True

    def _fill_empty_checked_locally(
        self, key: str, value_node: yaml.Node, lines: list[str], value: Sequence[object]
    ) -> bool:
        """Replace the empty value of the top-level ``key`` (``key: []``, ``key: ~``,
        ``key:``) with the block list ``lines`` (rendering ``value``), checked by parsing only
        the key's new lines; False (nothing changed) when the layout needs the whole-document
        check. A new timeline's sections are filled so: re-reading the whole file after each
        section cost more than the extraction that filled it."""
        root = self._root_mapping()
        if root is None or root.flow_style or not root.value:
            return False
        key_node = _mapping_key(root, key)
        if key_node is None or key_node.start_mark.column != 0:
            return False
        pairs = [index for index, (k, _v) in enumerate(root.value) if k is key_node]
        text_before = self._text
        line_start = text_before.rfind("\n", 0, key_node.start_mark.index) + 1
        old_end = text_before.find("\n", max(value_node.end_mark.index, key_node.end_mark.index))
        if len(pairs) != 1 or old_end < 0 or value_node.end_mark.line != key_node.start_mark.line:
            return False  # the empty value must sit on the key's line, which must end
        old_end += 1  # past the key line's line break: everything after it moves
        self._replace_empty_value(key_node, value_node, lines)  # type: ignore[attr-defined]
        new_end = old_end + len(self._text) - len(text_before)
        with self._restored_unless_read_back(text_before, key), collector_paused():
            pair = parse_filled_key(self._text, line_start, new_end)
            if pair is None:
                self._text = text_before
                return False
            if not pair_matches(pair, key, list(value)):
                raise RegionMismatch
        lines_added = self._text.count("\n", line_start, new_end) - text_before.count(
            "\n", line_start, old_end
        )
        # What follows the key's line moves; the key and its new list are the parsed pair.
        self._shift_after(old_end, new_end - old_end, lines_added)  # type: ignore[attr-defined]
        root.value[pairs[0]] = pair.value[0]
        self._adopt_key(pair, key)
        return True

    def _append_checked_locally(
        self,
        node: yaml.SequenceNode,
        lines: list[str],
        values: Sequence[object],
        where: str,
        container: yaml.Node | None = None,
    ) -> bool:
        """Append ``lines`` (rendering ``values``) after the block list's last item, checked by
        re-parsing only that item and the new lines; False (nothing changed) when the layout
        needs the whole-document check instead.

        The check is as strict as the whole-document one: the region must read back as the
        old last item plus exactly ``values``, and the file's next line must lie outside the
        list. Cost: the size of the new lines and of one item, whatever the file's size.
        """
        text_before = self._text
        last = node.value[-1]
        column = node.start_mark.column
        start = region_start(text_before, last, column)
        if start is None or self._root is None:
            return False
        try:
            old_last = construct(last)
        except yaml.YAMLError:
            return False
        at, length = self._insert_lines(_content_end(node), lines)
        with self._restored_unless_read_back(text_before, where), collector_paused():
            new_nodes = parse_region(self._text, start, at + length, column, last.start_mark.line)
            if new_nodes is None:
                self._text = text_before
                return False
            if construct(new_nodes[0]) != old_last or not node_matches(
                yaml.SequenceNode("tag:yaml.org,2002:seq", new_nodes[1:]), list(values)
            ):
                raise RegionMismatch
        lines_added = self._text.count("\n", at, at + length)
        self._shift_after(at, length, lines_added, container)  # type: ignore[attr-defined]
        node.value.extend(new_nodes[1:])
        mark_settled(new_nodes[1:], self._shift_log)
        self._data = _UNSET
        return True
