"""The timeline format, checked: composed YAML nodes walked into a :class:`Timeline`.

:class:`Walker` reports every problem it meets (unknown keys with a "did you mean", wrong
shapes, duplicate ids, bad dates, unknown references) as a :class:`Diagnostic` with the line
and column of the node, and keeps going, so that a user sees all problems at once. The
reading of single values is :class:`~tui.model.schema_fields.FieldReader`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from tui.model.diagnostics import did_you_mean, shown
from tui.model.schema_fields import MAX_DIAGNOSTICS, SLUG, Field, FieldReader
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
    MapNode,
    Node,
    ScalarNode,
    describe,
    is_null,
    scalar_python_value,
)

__all__ = ["MAX_DIAGNOSTICS", "SECTIONS", "SLUG", "START_HINT", "Field", "Walker"]

START_HINT = f"start with `version: {FORMAT_VERSION}`, then `articles:`, `actors:`, `events:`"

_STATUS_VALUES = [status.value for status in EventStatus]
_KIND_VALUES = [kind.value for kind in ActorKind]

# The lists of items that are read one by one, and may be handed over while being composed.
SECTIONS = frozenset({"articles", "actors", "events"})


def _consumed(items: list[Node]) -> Iterator[Node]:
    """``items`` in order, each removed from the list as it is handed out."""
    items.reverse()
    while items:
        yield items.pop()


class Walker(FieldReader):
    """Walks the composed nodes against the format, collecting diagnostics."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        # Positions of each article's `path:` value, for "file not found" messages.
        self.article_path_position: dict[str, Position] = {}
        self.article_published_given: set[str] = set()
        # Where each reference was written, for messages about unknown actors and articles.
        self.actor_nodes: dict[str, list[ScalarNode]] = {}
        self.source_article_nodes: dict[int, Node] = {}
        # One string object per actor id, article id and tag named by events (each written
        # out again in every event that names it): 100,000 events hold far fewer copies.
        self._shared: dict[str, str] = {}
        # Per section: the ids seen (for duplicates) and the items read, not yet in a timeline.
        self._seen: dict[str, dict[str, int]] = {name: {} for name in SECTIONS}
        self._taken: dict[str, list[Article | Actor | Event]] = {name: [] for name in SECTIONS}
        # The ids of the articles and actors read so far. A reference to one of them is
        # sound whatever comes later (every item read goes into the timeline), so its node is
        # not kept for cross_check: in the usual order (articles, actors, then events) that is
        # every reference, and 100,000 events no longer keep two nodes each while loading.
        self._known: dict[str, set[str]] = {"articles": set(), "actors": set()}
        self._readers: dict[str, Callable[[Node, dict[str, int]], Article | Actor | Event | None]]
        self._readers = {"articles": self.article, "actors": self.actor, "events": self.event}

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
            known = self._known.get(section)
            if known is not None:
                known.add(item.id)

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
        known = self._known["actors"]
        if any(item.value not in known for item in actor_nodes):
            self.actor_nodes[event.id] = actor_nodes  # checked by cross_check, at the end
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
        if article not in self._known["articles"]:  # checked by cross_check, at the end
            self.source_article_nodes[id(source)] = fields["article"].value
        return source

    def cross_check(self, timeline: Timeline) -> None:
        """Events must name existing actors and articles; unknown references are dropped."""
        actor_ids = {actor.id for actor in timeline.actors}
        article_ids = {article.id for article in timeline.articles}
        for event in timeline.events:
            nodes = self.actor_nodes.get(event.id)
            if nodes is not None:  # else every actor it names was known when it was read
                kept: list[str] = []
                for node in nodes:
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
