"""Checks that an edit did exactly what was asked: the document before plus the change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import Enum
from typing import Any

from tui.model.dates import DateError, EventDate, PartialDate, parse_event_date
from tui.model.writer.emit import _DATE_FIELDS


def _to_plain(value: object) -> object:
    """Values as a YAML loader would hand them back (for the fallback and the checks)."""
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
