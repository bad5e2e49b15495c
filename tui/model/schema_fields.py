"""Reading the values of a timeline's items: the field checks every section shares.

:class:`FieldReader` is the part of :class:`~tui.model.schema.Walker` that reads one value
at a time (a mapping's keys, text, lists of text, ids, choices, booleans, dates) and reports
what is wrong with it at the node's line and column, with a hint, then keeps going.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tui.model.dates import FORMAT_HINT, DateError, EventDate, Precision, parse_event_date
from tui.model.diagnostics import Diagnostic, Severity, did_you_mean, shown
from tui.model.ids import slugify
from tui.model.records import record
from tui.model.timeline import Position
from tui.model.yaml_nodes import (
    BOOL,
    NULL_SPELLINGS,
    TIMESTAMP,
    MapNode,
    Node,
    ScalarNode,
    SeqNode,
    describe,
    is_null,
    scalar_python_value,
)

__all__ = ["MAX_DIAGNOSTICS", "SLUG", "Field", "FieldReader"]

# Past this many problems the rest are counted, not listed: nobody reads 10,000 messages.
MAX_DIAGNOSTICS = 1000

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


@record()
class Field:
    """A key of a mapping and its value, as written (value methods: tui.model.records')."""

    key: ScalarNode
    value: Node

    def __init__(self, key: ScalarNode, value: Node) -> None:
        self.key = key
        self.value = value


class FieldReader:
    """Reads single values of ``path``'s nodes, collecting diagnostics."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = []
        self.suppressed = 0
        self._dates: dict[str, EventDate] = {}

    # reporting

    def report(self, severity: Severity, at: Node | Position, message: str, hint: str) -> None:
        if len(self.diagnostics) >= MAX_DIAGNOSTICS:
            self.suppressed += 1
            return
        self.diagnostics.append(Diagnostic(self.path, at.line, at.column, severity, message, hint))

    def error(self, at: Node | Position, message: str, hint: str = "") -> None:
        self.report(Severity.ERROR, at, message, hint)

    def warn(self, at: Node | Position, message: str, hint: str = "") -> None:
        self.report(Severity.WARNING, at, message, hint)

    # shapes

    def fields(self, node: MapNode, allowed: tuple[str, ...], what: str) -> dict[str, Field]:
        """The mapping's keys, reporting unknown, duplicate and non-text keys."""
        found: dict[str, Field] = {}
        for key, value in node.pairs:
            if not isinstance(key, ScalarNode) or key.tag == "!rejected":
                if isinstance(key, SeqNode | MapNode):
                    self.error(
                        key, f"a key must be text, not {describe(key)}", "write `name: value`"
                    )
                continue
            name = key.value
            if name not in allowed:
                suggestion = did_you_mean(name, allowed)
                hint = suggestion or f"{what} keys are: {', '.join(allowed)}"
                self.warn(key, f"unknown key {shown(name)} in {what}", hint)
                continue
            if name in found:
                first = found[name].key
                self.error(
                    key,
                    f"duplicate key {shown(name)} in {what} (first at line {first.line})",
                    "keep one of them",
                )
                continue
            found[name] = Field(key, value)
        return found

    def rejected(self, node: Node | None) -> bool:
        return node is not None and node.tag == "!rejected"

    def items(self, field: Field | None, what: str) -> list[Node]:
        """A list's items; null means empty; anything else is reported."""
        if field is None or is_null(field.value) or self.rejected(field.value):
            return []
        if isinstance(field.value, SeqNode):
            return field.value.items
        self.error(
            field.value,
            f"{what} must be a list, not {describe(field.value)}",
            f"write each item on its own line starting with `- ` under `{field.key.value}:`",
        )
        return []

    def mapping(self, node: Node, what: str, example: str) -> MapNode | None:
        if isinstance(node, MapNode) and node.tag != "!rejected":
            return node
        if not self.rejected(node):
            self.error(node, f"{what} must be a mapping, not {describe(node)}", example)
        return None

    def text(self, fields: dict[str, Field], name: str, what: str) -> str | None:
        """A text value (whatever YAML would resolve it to, the user's characters are kept)."""
        field = fields.get(name)
        if field is None:
            return None
        node = field.value
        if type(node) is ScalarNode and node.tag is None:
            # The usual case, decided without the resolver (as is_null decides it): this
            # runs for every field of every event.
            value = node.value
            return None if node.plain and value in NULL_SPELLINGS else value
        if is_null(node) or self.rejected(node):
            return None
        if isinstance(node, ScalarNode):
            return node.value
        self.error(node, f"{what} `{name}` must be text, not {describe(node)}", "")
        return None

    def required_text(
        self, fields: dict[str, Field], name: str, what: str, node: MapNode
    ) -> str | None:
        value = self.text(fields, name, what)
        if value is None or not value.strip():
            if name not in fields or is_null(fields[name].value):
                self.error(
                    fields[name].value if name in fields else node,
                    f"{what} has no `{name}`",
                    f"add `{name}: ...`",
                )
            elif value is not None:
                self.error(fields[name].value, f"{what} `{name}` is empty", f"fill in `{name}`")
            return None
        return value

    def text_list(self, fields: dict[str, Field], name: str, what: str) -> list[ScalarNode]:
        field = fields.get(name)
        if field is None or is_null(field.value) or self.rejected(field.value):
            return []
        node = field.value
        if isinstance(node, ScalarNode):
            self.error(
                node,
                f"{what} `{name}` must be a list, not {describe(node)}",
                f"write {name}: [{node.value}]" if node.value else f"write {name}: [...]",
            )
            return []
        if isinstance(node, MapNode):
            self.error(
                node, f"{what} `{name}` must be a list, not a mapping", f"write {name}: [...]"
            )
            return []
        items = node.items
        if all(type(item) is ScalarNode and item.tag is None for item in items) and not any(
            item.plain and item.value in NULL_SPELLINGS for item in items
        ):
            return list(items)  # plain text items, the usual case: nothing to report
        out: list[ScalarNode] = []
        for item in items:
            if self.rejected(item) or is_null(item):
                continue
            if isinstance(item, ScalarNode):
                out.append(item)
            else:
                self.error(item, f"each of {what} `{name}` must be text, not {describe(item)}", "")
        return out

    def identifier(
        self, fields: dict[str, Field], what: str, node: MapNode, seen: dict[str, int]
    ) -> str | None:
        """A required, unique id; a non-slug id is only a warning."""
        value = self.required_text(fields, "id", what, node)
        if value is None:
            return None
        at = fields["id"].value
        if value in seen:
            self.error(
                at,
                f"duplicate {what} id {shown(value)} (first at line {seen[value]})",
                "ids must be unique; rename one of them",
            )
            return None
        seen[value] = at.line
        if not SLUG.match(value):
            self.warn(
                at,
                f"{what} id {shown(value)} is not a slug",
                f"use lowercase letters, digits and hyphens, e.g. {slugify(value)[:60]}",
            )
        return value

    def choice(self, fields: dict[str, Field], name: str, what: str, options: list[str]) -> str:
        value = self.text(fields, name, what)
        if value is None:
            return options[0]
        if value not in options:
            suggestion = did_you_mean(value, options, cutoff=60)
            self.error(
                fields[name].value,
                f"{what} `{name}` {shown(value)} is not one of {', '.join(options)}",
                suggestion or f"write one of {', '.join(options)}",
            )
            return options[0]
        return value

    def boolean(self, fields: dict[str, Field], name: str, what: str) -> bool:
        """A ``true``/``false`` value; absent (or null) is False, anything else an error."""
        field = fields.get(name)
        if field is None or is_null(field.value) or self.rejected(field.value):
            return False
        node = field.value
        if isinstance(node, ScalarNode) and node.resolved_tag == BOOL:
            return bool(scalar_python_value(node))
        written = node.value if isinstance(node, ScalarNode) else describe(node)
        self.error(
            node,
            f"{what} `{name}` must be true or false, not {shown(written)}",
            f"write `{name}: true` or `{name}: false` (or leave it out)",
        )
        return False

    def event_date(self, field: Field | None) -> EventDate | None:
        if field is None or is_null(field.value) or self.rejected(field.value):
            return None
        node = field.value
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                f"a date must be text, not {describe(node)}",
                "write YYYY, YYYY-MM, YYYY-MM-DD or START/END",
            )
            return None
        if len(node.value) > 64:
            self.error(node, f"invalid date: {shown(node.value, 30)} is not a date", FORMAT_HINT)
            return None
        # Many events share a date: each text is read once, and its (frozen) EventDate shared.
        known = self._dates.get(node.value)
        if known is not None:
            return known
        try:
            date = parse_event_date(node.value)
        except DateError as problem:
            # YAML timestamps with a time of day ("2023-09-10 12:00") are days too.
            value = scalar_python_value(node) if node.resolved_tag == TIMESTAMP else None
            if isinstance(value, dt.date):
                return parse_event_date(value)
            self.error(node, f"invalid date: {problem.message}", problem.hint)
            return None
        self._dates[node.value] = date
        return date

    def published(self, field: Field | None, what: str) -> dt.date | None:
        date = self.event_date(field)
        if date is None:
            return None
        assert field is not None
        if date.is_range or date.precision is not Precision.DAY or date.qualifier.value:
            self.error(
                field.value,
                f"{what} `published` must be one day, not {shown(date.edtf())}",
                "write published: YYYY-MM-DD",
            )
            return None
        return date.first_day
