"""Rendering new YAML text that reads back as exactly the values asked for, in the file's style."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import yaml

from tui.model.dates import DateError, EventDate, PartialDate, parse_event_date
from tui.model.timeline import ACTOR_FIELDS, ARTICLE_FIELDS, EVENT_FIELDS, SOURCE_FIELDS
from tui.model.writer.nodes import _FastLoader

# New items are written with their fields in the format's order; unknown fields follow.
FIELD_ORDER: dict[str, tuple[str, ...]] = {
    "articles": ARTICLE_FIELDS,
    "actors": ACTOR_FIELDS,
    "events": EVENT_FIELDS,
    "sources": SOURCE_FIELDS,
}
_DATE_FIELDS = frozenset({"date", "published"})
# Prose a person writes and reads in the file: text of several lines is a literal block.
# Every other value stays on one line (extraction appends quotes by the line).
_BLOCK_FIELDS = frozenset({"notes"})
# Lists of short scalars read best inline, as in hand-written files: `actors: [kim, putin]`.
_FLOW_LIST_WIDTH = 100


@dataclass(frozen=True, slots=True)
class _Style:
    """How the file indents: sequence dash offset under its key, and mapping indentation."""

    dash_offset: int = 2  # `events:\n  - id:` is 2, `events:\n- id:` is 0
    mapping_indent: int = 2


def _ordered(fields: Mapping[str, object], order: Sequence[str]) -> dict[str, object]:
    """``fields`` in the format's order, unknown keys after, None values dropped."""
    keys = [key for key in order if key in fields]
    keys += [key for key in fields if key not in order]
    return {key: fields[key] for key in keys if fields[key] is not None}


def _render_mapping(fields: Mapping[str, object], column: int, style: _Style) -> list[str]:
    """Block mapping lines with keys at ``column``."""
    pad = " " * column
    lines: list[str] = []
    for key, value in fields.items():
        key_text = _scalar(str(key), flow=False)
        if key in _DATE_FIELDS:
            lines.append(f"{pad}{key_text}: {_date_scalar(value)}")
        elif type(value) is str and key not in _BLOCK_FIELDS:
            lines.append(f"{pad}{key_text}: {_scalar(value, flow=False)}")  # (most fields)
        elif isinstance(value, Mapping):
            lines.append(f"{pad}{key_text}:")
            lines += _render_mapping(value, column + style.mapping_indent, style)
        elif isinstance(value, list | tuple | set | frozenset):
            items = list(value)
            if not items:
                lines.append(f"{pad}{key_text}: []")
                continue
            if all(not isinstance(item, Mapping) for item in items):
                flow = _flow_list([_leaf(item) for item in items], column + len(key_text) + 2)
                if flow is not None:
                    lines.append(f"{pad}{key_text}: {flow}")
                    continue
            lines.append(f"{pad}{key_text}:")
            dash_column = column + style.dash_offset
            for item in items:
                if isinstance(item, Mapping):
                    order = FIELD_ORDER["sources"] if key == "sources" else ()
                    body = _render_mapping(_ordered(item, order), dash_column + 2, style)
                    lines.append(" " * dash_column + "- " + body[0][dash_column + 2 :])
                    lines += body[1:]
                else:
                    lines.append(" " * dash_column + "- " + _scalar(_leaf(item), flow=False))
        else:
            block = None
            if key in _BLOCK_FIELDS and isinstance(value, str):
                block = _literal_block(value, style.mapping_indent)
            if block is None:
                lines.append(f"{pad}{key_text}: {_scalar_any(value)}")
            else:
                header, body = block
                lines.append(f"{pad}{key_text}: {header}")
                lines += [pad + line if line else "" for line in body]
    return lines


def _literal_block(text: str, indent: int) -> tuple[str, list[str]] | None:
    """``text`` of several lines as a literal block (``|``, ``|-`` or ``|+`` and its lines,
    indented by ``indent`` under the key), or None when it has one line or a character a
    block cannot hold as is; then it is double-quoted on one line.

    Notes joined by a merge are paragraphs: a file curated by hand reads them as written,
    not as ``"...\n\n..."``. Only what reads back exactly is written so: checked by parsing.
    """
    if "\n" not in text or not 0 < indent < 10:
        return None
    body_text = text[:-1] if text.endswith("\n") else text
    lines = body_text.split("\n")
    if not all(line.isprintable() and line == line.rstrip() for line in lines):
        return None  # tabs, controls, line separators and trailing blanks stay escaped
    chomp = "+" if text.endswith("\n\n") else "" if text.endswith("\n") else "-"
    first = next((line for line in lines if line), "")
    header = "|" + (str(indent) if first.startswith(" ") else "") + chomp
    body = [" " * indent + line if line else "" for line in lines]
    try:
        read = yaml.load("\n".join([f"k: {header}", *body, "z: 0", ""]), Loader=_FastLoader)
    except yaml.YAMLError:
        return None
    return (header, body) if read == {"k": text, "z": 0} else None


def _leaf(value: object) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _scalar_any(value: object) -> str:
    """A non-string value as YAML: booleans, numbers and dates plain; anything else as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date | EventDate | PartialDate):
        return _date_scalar(value)
    return _scalar(_leaf(value), flow=False)


def _date_scalar(value: object) -> str:
    """A date as plain EDTF (``2023-08``, ``2023-09-09/2023-09-10``, ``2023-09-10``)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, EventDate):
        return value.edtf()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    try:
        parsed = parse_event_date(text)
    except DateError:
        return _scalar(text, flow=False)  # not a date: keep it as the text it is
    # Plain is safe only if YAML reads it back as the same date (a day, a year or EDTF text).
    plain = parsed.edtf()
    return plain if plain == text.strip() else _scalar(text, flow=False)


def _flow_list(values: Sequence[str], column: int) -> str | None:
    """``[a, b]`` if every value is safe inline and the line stays short, else None."""
    parts = [_scalar(value, flow=True) for value in values]
    text = "[" + ", ".join(parts) + "]"
    if column + len(text) > _FLOW_LIST_WIDTH or any("\n" in part for part in parts):
        return None
    return text


_PLAIN_FIRST_FORBIDDEN = set("-?:,[]{}#&*!|>'\"%@`")
# PyYAML's pure-Python scanner ends a plain scalar at any of these inside `[...]` (libyaml
# reads `[a?]` fine, PyYAML does not), so such values are quoted in flow lists.
_FLOW_FORBIDDEN = set(",?[]{}")
# Letters, digits, spaces and punctuation with no meaning inside a plain scalar (the first
# character is checked against _PLAIN_FIRST_FORBIDDEN before, ": ", " #" and a final ":"
# too, and "," in a flow list): quotes' commas and double quotes, the ledger's "#" and
# times' ":" used to send half the values of a new timeline to the parsing check.
_COMMON = re.compile(r"[\w .'’()/&!?;+#,\":\u2026-]*")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _scalar(text: str, *, flow: bool) -> str:
    """``text`` as a YAML scalar that reads back as exactly ``text``: plain when that is safe,
    else double-quoted with every unusual character escaped."""
    if _plain_ok(text, flow=flow):
        return text
    return double_quoted(text)


@functools.lru_cache(maxsize=1 << 16)
def _plain_ok(text: str, *, flow: bool) -> bool:
    """Whether ``text`` can be written plain and read back as exactly ``text`` by PyYAML
    (YAML 1.1) and ruamel (YAML 1.2) alike.

    Decided by the syntax rules below and the two resolvers' own tag rules; a value with
    characters outside the common set is parsed as a document to be sure. Generated ids all
    start with a digit (a date), so parsing every such value (ruamel's pure-Python parser)
    used to be most of the time `newsline extract` took to write (issue 8).
    """
    if not text or text != text.strip() or not text.isprintable():
        return False
    if text[0] in _PLAIN_FIRST_FORBIDDEN or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (_FLOW_FORBIDDEN & set(text)):
        return False
    if "\t" in text:
        return False
    # Words, numbers and sentences: no character with a meaning inside a plain scalar, so
    # only the resolvers decide (a number, bool, null or date must be quoted).
    if _COMMON.fullmatch(text):
        return _resolves_to_str(text)
    return _plain_ok_parsed(text)


def _resolves_to_str(text: str) -> bool:
    """Whether both resolvers read the plain scalar ``text`` (not empty) as a string: the
    first of each one's implicit rules for its first character that matches gives its tag,
    none a string (what their ``resolve`` does, without choosing the rules again each time:
    that was most of the cost of writing a new timeline's values)."""
    for rules in _implicit_rules(text[0]):
        for tag, regexp in rules:
            if regexp.match(text):
                if str(tag) != _STR_TAG:
                    return False
                break
    return True


@functools.cache
def _implicit_rules(first: str) -> tuple[tuple[tuple[Any, re.Pattern[str]], ...], ...]:
    """PyYAML's (YAML 1.1) and ruamel's (YAML 1.2) implicit rules, in their order, for a plain
    scalar starting with ``first``; read from the resolvers themselves, once."""
    resolver, _scalar_node = _yaml12_resolver()
    if _RESOLVER.yaml_path_resolvers or resolver.yaml_path_resolvers:  # pragma: no cover
        raise RuntimeError("path resolvers are not expected in the writer's resolvers")
    tables = (_RESOLVER.yaml_implicit_resolvers, resolver.versioned_resolver)
    return tuple(tuple([*table.get(first, []), *table.get(None, [])]) for table in tables)


@functools.cache
def _yaml12_resolver() -> tuple[Any, type]:
    """ruamel's YAML 1.2 resolver, and its scalar node type (imported on first use)."""
    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    return VersionedResolver(version=(1, 2)), ScalarNode


def _plain_ok_parsed(text: str) -> bool:
    """The slow, sure way: parse ``k: text`` with both libraries (for unusual characters)."""
    # Anything a resolver could read as a number, bool, null or date must be quoted, under
    # YAML 1.1 (PyYAML) and YAML 1.2 (ruamel) alike.
    try:
        if yaml.load(f"k: {text}", Loader=_FastLoader) != {"k": text}:
            return False
    except yaml.YAMLError:
        return False
    if text[0] in "0123456789+-.":
        from ruamel.yaml import YAML

        try:
            if YAML(typ="safe", pure=True).load(f"k: {text}") != {"k": text}:
                return False
        except Exception:
            return False
    return True


_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\0": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\x1b": "\\e",
}


def double_quoted(text: str) -> str:
    """A YAML double-quoted scalar for ``text`` on one line: exact, never folded.

    Every character that is not printable (controls, line separators, BOM, surrogates) is
    written as an escape, so the file stays one line per value and reads back unchanged.
    """
    out = ['"']
    for char in text:
        escaped = _ESCAPES.get(char)
        if escaped is not None:
            out.append(escaped)
        elif char == " " or char.isprintable():
            out.append(char)
        else:
            code = ord(char)
            if code <= 0xFF:
                out.append(f"\\x{code:02x}")
            elif code <= 0xFFFF:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


def detect_style(root: yaml.Node | None) -> _Style:
    """The dash offset and mapping indent a file already uses (defaults: 2 and 2)."""
    dash_offsets: list[int] = []
    mapping_indents: list[int] = []

    def visit(node: yaml.Node, key_column: int | None) -> None:
        if isinstance(node, yaml.MappingNode) and not node.flow_style:
            for key, value in node.value:
                if isinstance(value, yaml.MappingNode) and not value.flow_style and value.value:
                    child = value.value[0][0].start_mark.column
                    if value.start_mark.line > key.start_mark.line:
                        mapping_indents.append(child - key.start_mark.column)
                visit(value, key.start_mark.column)
        elif isinstance(node, yaml.SequenceNode) and not node.flow_style:
            if key_column is not None and node.value:
                dash_offsets.append(node.start_mark.column - key_column)
            for item in node.value:
                visit(item, None)

    if root is not None:
        visit(root, None)
    style = _Style()
    if dash_offsets:
        style = _Style(max(set(dash_offsets), key=dash_offsets.count), style.mapping_indent)
    if mapping_indents:
        indent = max(set(mapping_indents), key=mapping_indents.count)
        if indent > 0:
            style = _Style(style.dash_offset, indent)
    return style
