"""Changing and removing single items in place: the curation edits (reject, retitle, merge...).

A mixin of :class:`tui.model.writer.document.TimelineDocument`. Every edit here is a
:class:`Splice`: the whole lines of some consecutive items of one block list (a section, or
``extracted:``) replaced by new lines. Inside a changed item only the changed fields' text is
rewritten; its other fields, comments, quoting and line endings are kept byte for byte.

Each splice is checked the way appends are (:mod:`.splice`): the new lines are parsed on their
own and must read back as exactly the values asked for, and the parsed tree of the document
has its positions after the splice shifted, so an edit costs the size of the item, not of the
file. Where the region does not stand alone (an anchor or alias, a merge key, a keep-chomped
block scalar), the whole document is re-read and compared instead: slower, never wrong.

A splice knows its old text, so :meth:`ItemEdits.revert` undoes it exactly, by the same
checked path: undo restores the file byte for byte without re-reading it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml

from tui.model.loader import collector_paused
from tui.model.writer.checks import _same_value, _to_plain
from tui.model.writer.emit import _scalar
from tui.model.writer.errors import TimelineSyntaxError, UnknownIdError, WriterError
from tui.model.writer.field_edits import Append, _line_after, changed_item
from tui.model.writer.flow_items import rewritten_in_block_style
from tui.model.writer.nodes import _UNSET, _content_end, _FastLoader, _mapping_get
from tui.model.writer.splice import construct, mark_settled, move_to, region_start, settle

# An anchor defined in a region may be used elsewhere: removing or rewriting it is not local.
_ANCHOR = re.compile(r"(?:^|[\s,\[{])[&*]\S")
# A block scalar that keeps its trailing blank lines (`|+`) would swallow what follows it.
_KEEP_CHOMP = re.compile(r"[|>][1-9]?\+")
_NEXT_CONTENT = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*( *)(\S?)")


@dataclass(frozen=True, slots=True)
class Splice:
    """One checked replacement of whole lines of a block list, and all it takes to undo it.

    ``section`` is a top-level key ("events", "actors", "extracted"...); the items
    ``[index, index + len(old_values))`` of its list, written as ``old_text`` at character
    ``start`` of the text, became ``new_values``, written as ``new_text``. (``start`` says
    where between two items, around blank and comment lines, a removed item stood.)
    """

    section: str
    index: int
    old_text: str
    new_text: str
    old_values: tuple[Any, ...]
    new_values: tuple[Any, ...]
    start: int

    def inverse(self) -> Splice:
        """The splice that undoes this one."""
        return Splice(
            self.section,
            self.index,
            self.new_text,
            self.old_text,
            self.new_values,
            self.old_values,
            self.start,
        )


class _NotLocal(Exception):
    """The splice cannot be checked on its own; the whole document must be."""


class ItemEdits:
    """Field changes and removals of one item, each a checked :class:`Splice`."""

    _text: str
    _newline: str
    _style: Any
    _root: yaml.Node | None
    _ids: dict[str, dict[str, yaml.Node]] | None
    _data: Any

    # --- public edits --------------------------------------------------------------------

    def set_fields(
        self, section: str, item_id: str, changes: Mapping[str, object]
    ) -> Splice | None:
        """Change fields of the item ``item_id`` of ``section``: each value of ``changes``
        replaces the field (None removes it; :class:`Append` adds to a list field).

        Returns the splice made (None when nothing changed). Raises
        :class:`UnknownIdError` for an unknown id and :class:`WriterError` for an item whose
        layout cannot be edited in place (a flow-style item); nothing changes then.
        """
        node, index = self._item_at(section, item_id)
        text = self._text
        column = self._list_node(section).start_mark.column
        start = region_start(text, node, column)
        if start is None or not isinstance(node, yaml.MappingNode):
            raise WriterError(
                f"{section} item {item_id!r} does not start on its own `- ` line at the "
                "list's indentation (a tag, an anchor or an unusual indentation before it), "
                "so the reader cannot tell its lines apart; edit it in your editor"
            )
        end = _line_after(text, _content_end(node))
        old_value = construct(node)
        if node.flow_style:
            # `- {id: x, ...}`: written again, alone, as the block item it means.
            resolved = {
                name: [*(old_value.get(name) or []), *change.values]
                if isinstance(change, Append)
                else change
                for name, change in changes.items()
            }
            lines, expected = rewritten_in_block_style(
                text, node, (start, end), column, old_value, resolved, section, self._style
            )
            return self._splice_items(section, index, 1, self._joined(lines), [expected])
        new_region, expected = changed_item(
            text, node, (start, end), changes, section, old_value, self._style, self._newline
        )
        if new_region == text[start:end]:
            return None
        return self._splice_items(section, index, 1, new_region, [expected])

    def remove_item(self, section: str, item_id: str) -> Splice:
        """Remove the item ``item_id`` from ``section`` (its lines, comments inside it too)."""
        _node, index = self._item_at(section, item_id)
        return self._splice_items(section, index, 1, "", [])

    def append_list_values(self, section: str, values: Sequence[str]) -> Splice | None:
        """Append text ``values`` to the top-level block list ``section`` (``extracted``)
        when it has items; None when its layout needs another way (the caller's)."""
        node = self._top_value(section)  # type: ignore[attr-defined]
        if not isinstance(node, yaml.SequenceNode) or node.flow_style or not node.value:
            return None
        dash = " " * node.start_mark.column
        lines = "".join(f"{dash}- {_scalar(v, flow=False)}{self._newline}" for v in values)
        return self._splice_items(section, len(node.value), 0, lines, list(values))

    def add_item_recorded(self, section: str, fields: Mapping[str, object]) -> Splice | None:
        """Append one item to ``section`` (as :meth:`add_items`), and return it as a splice
        when it went at the end of a non-empty block list (None: it went another way)."""
        node = self._top_value(section)  # type: ignore[attr-defined]
        count = len(node.value) if isinstance(node, yaml.SequenceNode) else 0
        text_before = self._text
        self.add_items(section, [fields])  # type: ignore[attr-defined]
        node = self._top_value(section)  # type: ignore[attr-defined]
        if (
            not count
            or not isinstance(node, yaml.SequenceNode)
            or node.flow_style
            or len(node.value) != count + 1
        ):
            return None
        try:
            start, end = self._region(node, count, 1)
        except WriterError:
            return None
        text = self._text
        if text[:start] + text[end:] != text_before:
            return None
        with collector_paused():
            value = construct(node.value[-1])
        return Splice(section, count, "", text[start:end], (), (value,), start)

    def apply_splice(self, splice: Splice) -> Splice:
        """Make ``splice`` again (a redo); checked as when it was first made."""
        node = self._list_node(splice.section)
        count = len(splice.old_values)
        start, end = self._region(node, splice.index, count, splice.start)
        if self._text[start:end] != splice.old_text:
            raise WriterError(f"the {splice.section} list is not what the edit was made on")
        return self._splice_items(
            splice.section,
            splice.index,
            count,
            splice.new_text,
            list(splice.new_values),
            splice.start,
        )

    def revert(self, splices: Sequence[Splice]) -> None:
        """Undo ``splices`` (made in that order), last first."""
        for splice in reversed(splices):
            self.apply_splice(splice.inverse())

    def replace_text(self, text: str) -> None:
        """Replace the whole document by ``text`` (re-read in full: the slow, sure way)."""
        if text.startswith("\ufeff"):
            self._bom, text = "\ufeff", text[1:]  # type: ignore[attr-defined]
        else:
            self._bom = ""  # type: ignore[attr-defined]
        self._text = text
        with collector_paused():
            self._reparse()  # type: ignore[attr-defined]

    # --- internals -------------------------------------------------------------------------

    def _list_node(self, section: str) -> yaml.SequenceNode:
        node = self._top_value(section)  # type: ignore[attr-defined]
        if not isinstance(node, yaml.SequenceNode):
            raise WriterError(f"`{section}:` is not a list; fix it in your editor")
        if node.flow_style:
            raise WriterError(
                f"`{section}:` is written as one flow list ([...]), so no item has lines of its "
                "own: the reader would have to write every item again to change one. Nothing "
                f"was written; in your editor, put one `- ` item per line under `{section}:`"
            )
        return node

    def _item_at(self, section: str, item_id: str) -> tuple[yaml.Node, int]:
        node = self._items_by_id(section).get(item_id)  # type: ignore[attr-defined]
        if node is None:
            raise UnknownIdError(f"no {section[:-1]} with id {item_id!r}")
        items = self._list_node(section).value
        try:
            # By identity, in C: a loop in Python over 20,000 items took milliseconds a key.
            index = list(map(id, items)).index(id(node))
        except ValueError:
            raise WriterError(f"internal error: {section}/{item_id} is not in its list") from None
        return settle(node, self._shift_log), index  # type: ignore[attr-defined]

    def _region(
        self, node: yaml.SequenceNode, index: int, count: int, at: int | None = None
    ) -> tuple[int, int]:
        """The whole lines of ``node``'s items ``[index, index + count)`` (an empty region
        where new items would go when ``count`` is 0: at ``at`` when given, a line start
        between the items around it)."""
        items, text, column = node.value, self._text, node.start_mark.column
        if index < 0 or index + count > len(items):
            raise WriterError("internal error: a splice outside its list")
        log = self._shift_log  # type: ignore[attr-defined]
        for item in (*items[max(index - 1, 0) : index + max(count, 1)], *items[-1:]):
            settle(item, log)  # a no-op when already settled
        if count == 0 and at is not None:
            lowest = _line_after(text, _content_end(items[index - 1])) if index else 0
            highest = region_start(text, items[index], column) if index < len(items) else None
            starts_line = at == 0 or text[at - 1] == "\n"
            if not starts_line or at < lowest or (highest is not None and at > highest):
                raise WriterError("internal error: an insertion between the wrong items")
            if highest is None and _NEXT_CONTENT.match(text, lowest).end() < at:
                raise WriterError("internal error: an insertion after the end of its list")
            return at, at
        if count == 0 and index == len(items):
            if not items:
                raise WriterError("internal error: an insertion into an empty list")
            end = _line_after(text, _content_end(items[-1]))
            return end, end
        start = region_start(text, items[index], column)
        if start is None:
            raise WriterError(
                "an item is written in a layout the reader cannot edit in place; "
                "edit it in your editor"
            )
        if count == 0:
            return start, start
        return start, _line_after(text, _content_end(items[index + count - 1]))

    def _splice_items(
        self,
        section: str,
        index: int,
        count: int,
        new_text: str,
        expected: list[Any],
        at: int | None = None,
    ) -> Splice:
        """Replace the lines of items ``[index, index + count)`` of ``section`` by
        ``new_text``, which must read back as exactly ``expected``; return the splice.
        ``at``: where an insertion (``count`` 0) goes, if not right after the items before."""
        node = self._list_node(section)
        if count == len(node.value) and not expected:
            raise WriterError(f"the last item of `{section}:` cannot be removed in place")
        start, end = self._region(node, index, count, at)
        text = self._text
        old_text = text[start:end]
        splice_args = (section, index, old_text, new_text)
        with collector_paused():
            old_values = tuple(construct(item) for item in node.value[index : index + count])
            new_full = text[:start] + new_text + text[end:]
            try:
                nodes = self._check_region(node, new_full, start, old_text, new_text, expected)
            except _NotLocal:
                self._splice_checked_whole(section, index, count, new_full, expected)
                return Splice(*splice_args, old_values, tuple(expected), start)
            self._text = new_full
            delta = len(new_text) - len(old_text)
            lines = new_text.count("\n") - old_text.count("\n")
            self._shift_after(end, delta, lines)  # type: ignore[attr-defined]
            removed = node.value[index : index + count]
            node.value[index : index + count] = nodes
            mark_settled(nodes, self._shift_log)  # type: ignore[attr-defined]
            self._forget_ids(section, removed, nodes)
            self._data = _UNSET
        return Splice(*splice_args, old_values, tuple(expected), start)

    def _check_region(
        self,
        node: yaml.SequenceNode,
        new_full: str,
        start: int,
        old_text: str,
        new_text: str,
        expected: list[Any],
    ) -> list[yaml.Node]:
        """The nodes of ``new_text`` (at ``start`` of ``new_full``, replacing ``old_text``),
        checked to read back as ``expected``; :class:`_NotLocal` when the region cannot be
        checked on its own."""
        column = node.start_mark.column
        for region in (old_text, new_text):
            if _ANCHOR.search(region) or _KEEP_CHOMP.search(region) or "<<" in region:
                raise _NotLocal
        # What follows must start outside the list, or be the next item of the same list.
        end = start + len(new_text)
        after = _NEXT_CONTENT.match(new_full, end)
        if after is not None and after.group(2):
            indent = len(after.group(1))
            if indent > column:
                raise _NotLocal
        if not expected:
            return []
        try:
            parsed = yaml.compose(new_text, Loader=_FastLoader)
        except yaml.YAMLError:
            raise _NotLocal from None
        if (
            not isinstance(parsed, yaml.SequenceNode)
            or parsed.flow_style
            or parsed.start_mark.column != column
        ):
            raise _NotLocal
        values = [construct(item) for item in parsed.value]
        if not _same_value(values, expected, None):
            raise WriterError("internal error: the edit did not read back as asked")
        move_to(parsed, start, new_full.count("\n", 0, start))
        return list(parsed.value)

    def _splice_checked_whole(
        self, section: str, index: int, count: int, new_full: str, expected: list[Any]
    ) -> None:
        """The slow path: re-read the whole document and compare it with what was asked."""
        before = self._values()  # type: ignore[attr-defined]
        text_before = self._text
        wanted = dict(before) if isinstance(before, dict) else {}
        items = list(wanted.get(section) or [])
        items[index : index + count] = [_to_plain(value) for value in expected]
        wanted[section] = items
        self._text = new_full
        try:
            self._reparse()  # type: ignore[attr-defined]
            after = self._values()  # type: ignore[attr-defined]
            same = isinstance(after, dict) and list(after) == list(wanted)
            if same:
                for key in wanted:
                    if key == section:
                        same = same and _same_value(after[key], wanted[key], None)
                    else:
                        same = same and after[key] == wanted[key]
            if not same:
                raise WriterError("internal error: the edit did not read back as asked")
        except (TimelineSyntaxError, yaml.YAMLError):
            self._text = text_before
            self._reparse()  # type: ignore[attr-defined]
            raise WriterError("internal error: the edit made the YAML invalid") from None
        except BaseException:
            self._text = text_before
            self._reparse()  # type: ignore[attr-defined]
            raise

    def _forget_ids(
        self, section: str, removed: Sequence[yaml.Node], added: Sequence[yaml.Node]
    ) -> None:
        if self._ids is None or section not in self._ids:
            return
        by_id = self._ids[section]
        for item in removed:
            item_id = _id_of(item)
            if item_id is not None and by_id.get(item_id) is item:
                del by_id[item_id]
        for item in added:
            item_id = _id_of(item)
            if item_id is not None:
                by_id.setdefault(item_id, item)

    def _joined(self, lines: Sequence[str]) -> str:
        return "".join(line + self._newline for line in lines)


def _id_of(item: yaml.Node) -> str | None:
    if isinstance(item, yaml.MappingNode):
        value = _mapping_get(item, "id")
        if isinstance(value, yaml.ScalarNode) and value.value != "":
            return str(value.value)
    return None
