"""Checks that an edit did exactly what was asked: the document before plus the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any

import yaml

from tui.model.dates import DateError, EventDate, PartialDate, parse_event_date
from tui.model.writer.emit import _DATE_FIELDS
from tui.model.writer.splice import construct


def _to_plain(value: object) -> object:
    """Values as a YAML loader would hand them back (for the fallback and the checks)."""
    if type(value) is str:  # (most values: text is as it is, without the checks below)
        return value
    if isinstance(value, Mapping):
        return {str(key): _to_plain(item) for key, item in value.items() if item is not None}
    if isinstance(value, list | tuple | set | frozenset):
        return [_to_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, EventDate | PartialDate):
        return value.edtf() if isinstance(value, EventDate) else value.iso()
    return value


def _same_value(written: object, wanted: object, key: str | None) -> bool:
    """Whether what was read back means what was asked for (dates compare as dates)."""
    # Made plain once: converting again at every level cost more than the comparison.
    return _same_plain(written, _to_plain(wanted), key)


_STR = "tag:yaml.org,2002:str"


def node_matches(node: yaml.Node, wanted: object) -> bool:
    """``_same_value(construct(node), wanted, None)``, decided on the parsed nodes where they
    are plain (lists, mappings with text keys, text scalars, which the safe constructor turns
    into lists, dicts and their text as is) without building the value: building thousands of
    new items with PyYAML's pure-Python constructor cost as much as parsing them. Any other
    node is built and compared as before."""
    try:
        return _node_plain(node, _to_plain(wanted), None)
    except RecursionError:  # (an alias inside itself: only the constructor builds that)
        return _same_plain(construct(node), _to_plain(wanted), None)


def pair_matches(pair: yaml.MappingNode, key: str, value: object) -> bool:
    """Whether the mapping ``pair`` reads back as exactly ``{key: value}``."""
    if len(pair.value) == 1:
        key_node, value_node = pair.value[0]
        if type(key_node) is yaml.ScalarNode and key_node.tag == _STR:
            return key_node.value == key and node_matches(value_node, value)
    read_back = construct(pair)
    return list(read_back) == [key] and _same_value(read_back[key], value, None)


def _node_plain(node: yaml.Node, wanted: object, key: str | None) -> bool:
    """:func:`_same_plain` of what ``node`` constructs to (see :func:`node_matches`)."""
    kind = type(node)
    if kind is yaml.ScalarNode and node.tag == _STR:
        if type(wanted) is str and key not in _DATE_FIELDS:
            return node.value == wanted  # (what _same_plain decides for two texts)
        return _same_plain(node.value, wanted, key)
    if kind is yaml.SequenceNode and isinstance(wanted, list):
        items = node.value
        return len(items) == len(wanted) and all(
            _node_plain(item, plain, None) for item, plain in zip(items, wanted, strict=True)
        )
    if kind is yaml.MappingNode and (type(wanted) is dict or isinstance(wanted, Mapping)):
        pairs = node.value
        # Text keys, as many as wanted, in its order: the dict built has those keys in that
        # order (a merge key or a repeated key would not be a text key equal to a new one).
        if len(pairs) == len(wanted) and all(
            type(k) is yaml.ScalarNode and k.tag == _STR for k, _ in pairs
        ):
            return all(
                k.value == name and _node_plain(v, wanted[name], name)
                for (k, v), name in zip(pairs, wanted, strict=True)
            )
    return _same_plain(construct(node), wanted, key)


def _same_plain(written: object, wanted: object, key: str | None) -> bool:
    if key in _DATE_FIELDS and wanted is not None:
        if type(wanted) is str and (
            (type(written) is str and written == wanted)
            or (type(written) is dt.date and written.isoformat() == wanted)
        ):
            # The same text read back (a day is read as a date): the same date, or the same
            # text that is none, which the comparison below finds equal too, more slowly.
            return True
        try:
            return parse_event_date(
                written.isoformat() if isinstance(written, dt.date) else written
            ) == parse_event_date(wanted.isoformat() if isinstance(wanted, dt.date) else wanted)
        except (DateError, TypeError, AttributeError):
            return str(written) == str(wanted)
    if isinstance(wanted, Mapping):
        return (
            isinstance(written, Mapping)
            and list(written) == list(wanted)
            and all(_same_plain(written[name], wanted[name], name) for name in wanted)
        )
    if isinstance(wanted, list):
        return (
            isinstance(written, list)
            and len(written) == len(wanted)
            and all(_same_plain(a, b, None) for a, b in zip(written, wanted, strict=True))
        )
    if isinstance(wanted, str) and not isinstance(written, str):
        return False
    return bool(written == wanted)


def _edit_matches(before: Any, after: Any, where: tuple[str, ...], value: object) -> bool:
    """The document after an edit equals the one before plus exactly the requested change."""
    if not isinstance(after, dict):
        return False
    before = dict(before) if isinstance(before, dict) else {}
    section = where[0]
    if section == "extracted":
        old = before.get("extracted") or []
        return _same_value(after.get("extracted"), [*old, *value], None) and _rest_equal(
            before, after, "extracted"
        )
    old_items = before.get(section) or []
    new_items = after.get(section)
    if not isinstance(new_items, list):
        return False
    if len(where) == 1:  # new items at the end
        assert isinstance(value, list)
        count = len(value)
        return (
            len(new_items) == len(old_items) + count
            and new_items[: len(old_items)] == old_items
            and _same_value(new_items[len(old_items) :], value, None)
            and _rest_equal(before, after, section)
        )
    # aliases added to one actor
    actor_id = where[1]
    if len(new_items) != len(old_items):
        return False
    for old, new in zip(old_items, new_items, strict=True):
        if isinstance(old, dict) and str(old.get("id")) == actor_id:
            old_aliases = old.get("aliases") or []
            if (new.get("aliases") or []) != [*old_aliases, *value]:
                return False
            if {k: v for k, v in old.items() if k != "aliases"} != {
                k: v for k, v in new.items() if k != "aliases"
            }:
                return False
        elif old != new:
            return False
    return _rest_equal(before, after, section)


def _rest_equal(before: dict, after: dict, changed: str) -> bool:
    return {k: v for k, v in before.items() if k != changed} == {
        k: v for k, v in after.items() if k != changed
    }
