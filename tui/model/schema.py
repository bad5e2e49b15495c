"""The timeline format, checked: composed YAML nodes walked into a :class:`Timeline`.

:class:`Walker` reports every problem it meets (unknown keys with a "did you mean", wrong
shapes, duplicate ids, bad dates, unknown references) as a :class:`Diagnostic` with the line
and column of the node, and keeps going, so that a user sees all problems at once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.model.dates import FORMAT_HINT, DateError, EventDate, Precision, parse_event_date
from tui.model.diagnostics import Diagnostic, Severity, did_you_mean, shown
from tui.model.ids import slugify
from tui.model.timeline import (
    ACTOR_FIELDS,
    ARTICLE_FIELDS,
    EVENT_FIELDS,
    FORMAT_VERSION,
    SOURCE_FIELDS,
    TOP_LEVEL_FIELDS,
    Actor,
    ActorKind,
    Article,
    Event,
    EventStatus,
    Position,
    Source,
    Timeline,
)
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

__all__ = ["MAX_DIAGNOSTICS", "SECTIONS", "START_HINT", "Field", "Walker"]

# Past this many problems the rest are counted, not listed: nobody reads 10,000 messages.
MAX_DIAGNOSTICS = 1000
START_HINT = f"start with `version: {FORMAT_VERSION}`, then `articles:`, `actors:`, `events:`"

_STATUS_VALUES = [status.value for status in EventStatus]
_KIND_VALUES = [kind.value for kind in ActorKind]

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


@dataclass(slots=True)
class Field:
    """A key of a mapping and its value, as written."""

    key: ScalarNode
    value: Node


# The lists of items that are read one by one, and may be handed over while being composed.
SECTIONS = frozenset({"articles", "actors", "events"})


def _consumed(items: list[Node]) -> Iterator[Node]:
    """``items`` in order, each removed from the list as it is handed out."""
    items.reverse()
    while items:
        yield items.pop()


class Walker:
    """Walks the composed nodes against the format, collecting diagnostics."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.diagnostics: list[Diagnostic] = []
        self.suppressed = 0
        # Positions of each article's `path:` value, for "file not found" messages.
        self.article_path_position: dict[str, Position] = {}
        self.article_published_given: set[str] = set()
        # Where each reference was written, for messages about unknown actors and articles.
        self.actor_nodes: dict[str, list[ScalarNode]] = {}
        self.source_article_nodes: dict[int, Node] = {}
        self._dates: dict[str, EventDate] = {}
        # One string object per actor id, article id and tag named by events (each written
        # out again in every event that names it): 100,000 events hold far fewer copies.
        self._shared: dict[str, str] = {}
        # Per section: the ids seen (for duplicates) and the items read, not yet in a timeline.
        self._seen: dict[str, dict[str, int]] = {name: {} for name in SECTIONS}
        self._taken: dict[str, list[Article | Actor | Event]] = {name: [] for name in SECTIONS}
        self._readers: dict[str, Callable[[Node, dict[str, int]], Article | Actor | Event | None]]
        self._readers = {"articles": self.article, "actors": self.actor, "events": self.event}

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

    # sections

    def walk(self, root: MapNode) -> Timeline:
        """The timeline ``root`` describes, its problems reported.

        The items of ``articles``, ``actors`` and ``events`` are taken out of their sequence
        nodes as they are read, so that each item's nodes are let go at once: a file of
        100,000 events never holds all of its nodes and all of its model together.
        """
        fields = self.fields(root, TOP_LEVEL_FIELDS, "the top level")
        timeline = Timeline(self.path)
        self.version(fields.get("version"), root)
        for name, into in (
            ("articles", timeline.articles),
            ("actors", timeline.actors),
            ("events", timeline.events),
        ):
            # Handed over while composing, or (a list not handed over) read now.
            for node in _consumed(self.items(fields.get(name), f"`{name}`")):
                self.take(name, node)
            into.extend(self._taken[name])  # type: ignore[arg-type]
            self._taken[name].clear()
        extracted = self.text_list(fields, "extracted", "the top-level")
        timeline.extracted = [item.value for item in extracted]
        return timeline

    def take(self, section: str, node: Node) -> None:
        """Read one item of ``articles``, ``actors`` or ``events`` (handed over by
        :func:`~tui.model.yaml_nodes.compose_yaml` as soon as it is composed, or by
        :meth:`walk`); :meth:`walk` puts what it describes in the timeline."""
        read = self._readers[section]
        item = read(node, self._seen[section])
        if item is not None:
            self._taken[section].append(item)

    def version(self, field: Field | None, root: MapNode) -> None:
        if field is None:
            self.error(
                Position(1, 1),
                "missing `version`",
                f"add `version: {FORMAT_VERSION}` as the first line",
            )
            return
        node = field.value
        value = scalar_python_value(node) if isinstance(node, ScalarNode) else None
        if value == FORMAT_VERSION and isinstance(value, int) and not isinstance(value, bool):
            return
        if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT_VERSION:
            self.error(
                node,
                f"version {value} is newer than this newsline understands ({FORMAT_VERSION})",
                "upgrade newsline",
            )
            return
        written = node.value if isinstance(node, ScalarNode) else describe(node)
        self.error(
            node,
            f"unsupported version {shown(written)}",
            f"write `version: {FORMAT_VERSION}`",
        )

    def article(self, node: Node, seen: dict[str, int]) -> Article | None:
        mapping = self.mapping(node, "an article", "write `- id: ...` then `path: ...`")
        if mapping is None:
            return None
        fields = self.fields(mapping, ARTICLE_FIELDS, "an article")
        article_id = self.identifier(fields, "article", mapping, seen)
        path = self.required_text(fields, "path", "article", mapping)
        if article_id is None or path is None:
            return None
        self.article_path_position[article_id] = Position(
            fields["path"].value.line, fields["path"].value.column
        )
        published = self.published(fields.get("published"), "article")
        if "published" in fields and not is_null(fields["published"].value):
            self.article_published_given.add(article_id)
        return Article(
            id=article_id,
            path=path,
            title=self.text(fields, "title", "article") or "",
            published=published,
            byline=self.text(fields, "byline", "article") or "",
            source=self.text(fields, "source", "article") or "",
            url=self.text(fields, "url", "article") or "",
            position=Position(mapping.line, mapping.column),
            file=self.path.parent / path,
        )

    def actor(self, node: Node, seen: dict[str, int]) -> Actor | None:
        mapping = self.mapping(node, "an actor", "write `- id: ...` then `name: ...`")
        if mapping is None:
            return None
        fields = self.fields(mapping, ACTOR_FIELDS, "an actor")
        actor_id = self.identifier(fields, "actor", mapping, seen)
        name = self.required_text(fields, "name", "actor", mapping)
        kind = self.choice(fields, "kind", "actor", _KIND_VALUES)
        aliases = tuple(item.value for item in self.text_list(fields, "aliases", "actor"))
        if actor_id is None or name is None:
            return None
        return Actor(
            id=actor_id,
            name=name,
            kind=ActorKind(kind),
            aliases=aliases,
            description=self.text(fields, "description", "actor") or "",
            position=Position(mapping.line, mapping.column),
        )

    def event(self, node: Node, seen: dict[str, int]) -> Event | None:
        mapping = self.mapping(node, "an event", "write `- id: ...` then `title: ...`")
        if mapping is None:
            return None
        fields = self.fields(mapping, EVENT_FIELDS, "an event")
        event_id = self.identifier(fields, "event", mapping, seen)
        title = self.required_text(fields, "title", "event", mapping)
        date = self.event_date(fields.get("date"))
        status = self.choice(fields, "status", "event", _STATUS_VALUES)
        actor_nodes = self.text_list(fields, "actors", "event")
        shared = self._shared.setdefault
        tags = tuple(
            shared(item.value, item.value) for item in self.text_list(fields, "tags", "event")
        )
        reviewed = self.boolean(fields, "reviewed", "event")
        sources = [
            source
            for item in self.items(fields.get("sources"), "event `sources`")
            if (source := self.source(item)) is not None
        ]
        if event_id is None or title is None:
            return None
        event = Event(
            id=event_id,
            title=title,
            date=date,
            date_text=self.text(fields, "date_text", "event") or "",
            status=EventStatus(status),
            actors=tuple(shared(item.value, item.value) for item in actor_nodes),
            sources=sources,
            tags=tags,
            notes=self.text(fields, "notes", "event") or "",
            reviewed=reviewed,
            position=Position(mapping.line, mapping.column),
        )
        self.actor_nodes[event.id] = actor_nodes
        return event

    def source(self, node: Node) -> Source | None:
        mapping = self.mapping(
            node, "a source", "write `- article: ARTICLE-ID` then `quote: ...` on the next line"
        )
        if mapping is None:
            return None
        fields = self.fields(mapping, SOURCE_FIELDS, "a source")
        article = self.required_text(fields, "article", "source", mapping)
        quote = self.text(fields, "quote", "source")
        quote_node = fields["quote"].value if "quote" in fields else mapping
        if quote is None or not quote.strip():
            self.warn(
                quote_node,
                "source has no quote",
                "add `quote:` with the words of the article that report this event",
            )
        if article is None:
            return None
        article = self._shared.setdefault(article, article)
        source = Source(article, quote or "", Position(quote_node.line, quote_node.column))
        self.source_article_nodes[id(source)] = fields["article"].value
        return source

    def cross_check(self, timeline: Timeline) -> None:
        """Events must name existing actors and articles; unknown references are dropped."""
        actor_ids = {actor.id for actor in timeline.actors}
        article_ids = {article.id for article in timeline.articles}
        for event in timeline.events:
            kept: list[str] = []
            for node in self.actor_nodes.get(event.id, []):
                if node.value in actor_ids:
                    kept.append(node.value)
                    continue
                self.error(
                    node,
                    f"event {shown(event.id)} names unknown actor {shown(node.value)}",
                    did_you_mean(node.value, actor_ids) or "add it under `actors:`",
                )
            event.actors = tuple(kept)
            sources: list[Source] = []
            for source in event.sources:
                if source.article in article_ids:
                    sources.append(source)
                    continue
                at = self.source_article_nodes.get(id(source), source.position)
                self.error(
                    at,
                    f"event {shown(event.id)} cites unknown article {shown(source.article)}",
                    did_you_mean(source.article, article_ids) or "add it under `articles:`",
                )
            event.sources = sources
