"""Loading and validating ``timeline.yaml``: every problem at once, each with its line and column.

The file is parsed with PyYAML's event parser (libyaml when available) and composed here into
small position-carrying nodes, then walked against the format by hand. Composing ourselves,
rather than calling ``yaml.compose``, is deliberate:

* libyaml's composer recurses in C and *segfaults* on deeply nested input (``[[[[...``); this
  composer is iterative and stops at :data:`MAX_DEPTH` with a message;
* aliases (``*name``) are rejected with a message, which rules out billion-laughs bombs and
  recursive aliases (``&a [*a]``) without any expansion budget to tune;
* no tag is ever constructed: scalars keep their source text, and only the core YAML tags are
  accepted at all (``!!python/object`` and friends are errors);
* it is faster than ``yaml.compose`` with libyaml, which builds a Mark object for every node.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeAlias

import yaml
from rapidfuzz import fuzz, process

from tui.model.anchors import resolve_quote
from tui.model.articles import ArticleText, decode_utf8, read_article
from tui.model.dates import FORMAT_HINT, DateError, EventDate, Precision, parse_event_date
from tui.model.diagnostics import Diagnostic, Severity
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
    LoadResult,
    Position,
    Source,
    Timeline,
    timeline_file,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "Corpus",
    "collector_paused",
    "compose_yaml",
    "load_timeline",
    "load_timeline_text",
    "scalar_python_value",
]

MAX_FILE_BYTES = 32 * 1024 * 1024
# The format itself is 5 levels deep (top -> events -> event -> sources -> source).
MAX_DEPTH = 64
# Past this many problems the rest are counted, not listed: nobody reads 10,000 messages.
MAX_DIAGNOSTICS = 1000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

TAG = "tag:yaml.org,2002:"
STR, INT, FLOAT, BOOL, NULL, TIMESTAMP = (
    TAG + "str",
    TAG + "int",
    TAG + "float",
    TAG + "bool",
    TAG + "null",
    TAG + "timestamp",
)
SCALAR_TAGS = frozenset({STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, "!"})
SEQ_TAGS = frozenset({TAG + "seq", "!"})
MAP_TAGS = frozenset({TAG + "map", "!"})

_STATUS_VALUES = [status.value for status in EventStatus]
_KIND_VALUES = [kind.value for kind in ActorKind]

SLUG = re.compile(r"^[a-z0-9]+(?:[-_.][a-z0-9]+)*$")


# --- nodes --------------------------------------------------------------------------------


class ScalarNode:
    """A scalar as written: its text, explicit tag (if any), whether it was plain, where."""

    __slots__ = ("column", "line", "plain", "tag", "value")

    def __init__(self, value: str, tag: str | None, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.tag = tag
        self.plain = plain
        self.line = line
        self.column = column

    @property
    def resolved_tag(self) -> str:
        """The YAML core tag this scalar has (explicit, or as PyYAML would resolve it)."""
        if self.tag is not None and self.tag != "!":
            return self.tag
        if not self.plain:
            return STR
        return _RESOLVER.resolve(yaml.ScalarNode, self.value, (True, False))


class SeqNode:
    __slots__ = ("column", "items", "line", "tag")

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.tag = tag
        self.line = line
        self.column = column


class MapNode:
    __slots__ = ("column", "line", "pairs", "tag")

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        self.pairs: list[tuple[Node, Node]] = []
        self.tag = tag
        self.line = line
        self.column = column


Node: TypeAlias = ScalarNode | SeqNode | MapNode


def compose_yaml(
    text: str, path: Path, *, line_offset: int = 0
) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into position-carrying nodes, never raising for any input.

    Returns ``(root, problems)``; ``root`` is ``None`` when the text is empty or unreadable.
    Lines and columns are 1-based; ``line_offset`` shifts lines (for embedded front matter).
    """
    problems: list[Diagnostic] = []

    def error(line: int, column: int, message: str, hint: str = "") -> None:
        problems.append(Diagnostic(path, line, column, Severity.ERROR, message, hint))

    root: Node | None = None
    stack: list[SeqNode | MapNode] = []
    # The children of each open collection (keys and values alternate for a mapping), and the
    # list the next node joins: None while it would be the root. This loop runs once per
    # YAML event of the file, so it is kept flat.
    children_stack: list[list[Node]] = []
    siblings: list[Node] | None = None
    documents = 0
    scalar_event, mapping_start, sequence_start = (
        yaml.ScalarEvent,
        yaml.MappingStartEvent,
        yaml.SequenceStartEvent,
    )
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent

    try:
        for event in yaml.parse(text, Loader=_Loader):
            kind = type(event)
            mark = event.start_mark
            if kind is scalar_event:
                tag = event.tag
                line, column = mark.line + 1 + line_offset, mark.column + 1
                if tag is None or tag in SCALAR_TAGS:
                    scalar = ScalarNode(event.value, tag, event.implicit[0], line, column)
                else:
                    error(line, column, f"unknown tag {tag_label(tag)}", _TAG_HINT)
                    scalar = ScalarNode("", None, True, line, column)
                if siblings is None:
                    root = scalar
                else:
                    siblings.append(scalar)
                continue
            if kind is mapping_end or kind is sequence_end:
                closed = stack.pop()
                members = children_stack.pop()
                if isinstance(closed, MapNode):
                    closed.pairs = list(zip(members[0::2], members[1::2], strict=False))
                else:
                    closed.items = members
                siblings = children_stack[-1] if children_stack else None
                continue
            line, column = mark.line + 1 + line_offset, mark.column + 1
            if kind is mapping_start or kind is sequence_start:
                if len(stack) >= MAX_DEPTH:
                    error(
                        line,
                        column,
                        f"nesting deeper than {MAX_DEPTH} levels",
                        "timeline.yaml needs at most 5 levels; is this the right file?",
                    )
                    return None, problems
                tag = event.tag
                allowed = MAP_TAGS if kind is mapping_start else SEQ_TAGS
                if tag is not None and tag not in allowed:
                    error(line, column, f"unknown tag {tag_label(tag)}", _TAG_HINT)
                    tag = "!rejected"
                collection: SeqNode | MapNode = (
                    MapNode(tag, line, column)
                    if kind is mapping_start
                    else SeqNode(tag, line, column)
                )
                if siblings is None:
                    root = collection
                else:
                    siblings.append(collection)
                stack.append(collection)
                siblings = []
                children_stack.append(siblings)
            elif kind is yaml.AliasEvent:
                error(
                    line,
                    column,
                    f"aliases (*{event.anchor}) are not supported in a timeline",
                    "write the value out in full",
                )
                rejected = ScalarNode("", "!rejected", True, line, column)
                if siblings is None:
                    root = rejected
                else:
                    siblings.append(rejected)
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    error(
                        line,
                        column,
                        "a second YAML document (after `---`) is not allowed",
                        "a timeline is one document; remove the extra `---` line",
                    )
                    break
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        column = mark.column + 1 if mark else 1
        message = " ".join(part for part in (problem.context, problem.problem) if part)
        error(line, column, f"not valid YAML: {message}", _syntax_hint(problem, text))
        return None, problems
    except yaml.reader.ReaderError as problem:
        line, column = _line_column(text, problem.position)
        character = problem.character
        code = ord(character) if isinstance(character, str) else int(character or 0)
        error(
            line + line_offset,
            column,
            f"not valid YAML: character U+{code:04X} is not allowed here",
            "remove control characters and NUL bytes; is this a text file?",
        )
        return None, problems
    except (RecursionError, MemoryError) as problem:  # pragma: no cover - belt and braces
        error(1 + line_offset, 1, f"the file is too complex to read ({type(problem).__name__})")
        return None, problems
    except yaml.YAMLError as problem:
        error(1 + line_offset, 1, f"not valid YAML: {problem}")
        return None, problems
    return root, problems


START_HINT = f"start with `version: {FORMAT_VERSION}`, then `articles:`, `actors:`, `events:`"
_TAG_HINT = "timeline.yaml takes plain values only; remove the `!` tag"


def tag_label(tag: str) -> str:
    """``tag:yaml.org,2002:python/object`` as the user wrote it: ``!!python/object``."""
    if tag.startswith(TAG):
        return "!!" + tag[len(TAG) :]
    return tag


def _syntax_hint(problem: yaml.MarkedYAMLError, text: str) -> str:
    mark = problem.problem_mark
    if mark is not None:
        lines = text.splitlines()
        if 0 <= mark.line < len(lines) and "\t" in lines[mark.line][: mark.column + 1]:
            return "indent with spaces, not tabs"
    detail = f"{problem.problem or ''} {problem.context or ''}"
    if "mapping values are not allowed" in detail:
        return "quote values that contain ': ' (e.g. title: \"A: B\")"
    if "found character" in detail and "cannot start any token" in detail:
        return "indent with spaces, not tabs, and quote values starting with @ or `"
    if "found undefined alias" in detail or "alias" in detail:
        return "quote values that start with * or &"
    return "check the indentation and the quoting around this line"


def _line_column(text: str, index: int) -> tuple[int, int]:
    index = max(0, min(index, len(text)))
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def scalar_python_value(node: object) -> object:
    """The Python value of a scalar node under the YAML core schema; text when unsure."""
    if not isinstance(node, ScalarNode):
        return None
    tag = node.resolved_tag
    if tag == NULL:
        return None
    if tag in (STR, "!"):
        return node.value
    try:
        built = yaml.ScalarNode(tag, node.value)
        if tag == BOOL:
            return _CONSTRUCTOR.construct_yaml_bool(built)
        if tag == INT:
            return _CONSTRUCTOR.construct_yaml_int(built)
        if tag == FLOAT:
            return _CONSTRUCTOR.construct_yaml_float(built)
        if tag == TIMESTAMP:
            return _CONSTRUCTOR.construct_yaml_timestamp(built)
    except (ValueError, TypeError, OverflowError, yaml.YAMLError):
        # "2023-02-30" resolves as a timestamp but is no date; huge ints exceed int() limits.
        return node.value
    return node.value


def describe(node: Node) -> str:
    """What kind of value a node holds, for messages: ``a list``, ``a number``, ``text``."""
    if isinstance(node, MapNode):
        return "a mapping"
    if isinstance(node, SeqNode):
        return "a list"
    return {
        NULL: "nothing",
        INT: "a number",
        FLOAT: "a number",
        BOOL: "true/false",
        TIMESTAMP: "a date",
    }.get(node.resolved_tag, "text")


_NULL_SPELLINGS = frozenset({"", "~", "null", "Null", "NULL"})


def is_null(node: Node | None) -> bool:
    """True for a missing value, ``~``, ``null`` or an empty plain value."""
    if node is None:
        return True
    if not isinstance(node, ScalarNode):
        return False
    if node.tag is None and node.plain:
        # The core schema's only null spellings; skips the resolver on every value.
        return node.value in _NULL_SPELLINGS
    return node.resolved_tag == NULL


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 70.0) -> str:
    """``did you mean 'x'?`` for the closest choice, or ``""``."""
    options = list(choices)
    if not options or not word:
        return ""
    # WRatio finds partial matches ("putin" in "vladimir-putin"); among those close enough,
    # plain edit distance picks the nearest ("dat" is "date", not "date_text").
    close = process.extract(word, options, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=5)
    if not close:
        return ""
    best = max(close, key=lambda match: (fuzz.ratio(word, match[0]), match[1]))
    return f"did you mean {shown(best[0])}?"


def shown(value: object, limit: int = 60) -> str:
    """``value`` quoted for a message, shortened so that one huge value cannot flood a terminal."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


def slugify(text: str) -> str:
    """A slug suggestion for an id: lowercase words joined by hyphens."""
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())) or "item"


# --- validation ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Field:
    key: ScalarNode
    value: Node


class _Walker:
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

    def fields(self, node: MapNode, allowed: tuple[str, ...], what: str) -> dict[str, _Field]:
        """The mapping's keys, reporting unknown, duplicate and non-text keys."""
        found: dict[str, _Field] = {}
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
            found[name] = _Field(key, value)
        return found

    def rejected(self, node: Node | None) -> bool:
        return node is not None and node.tag == "!rejected"

    def items(self, field: _Field | None, what: str) -> list[Node]:
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

    def text(self, fields: dict[str, _Field], name: str, what: str) -> str | None:
        """A text value (whatever YAML would resolve it to, the user's characters are kept)."""
        field = fields.get(name)
        if field is None or is_null(field.value) or self.rejected(field.value):
            return None
        node = field.value
        if isinstance(node, ScalarNode):
            return node.value
        self.error(node, f"{what} `{name}` must be text, not {describe(node)}", "")
        return None

    def required_text(
        self, fields: dict[str, _Field], name: str, what: str, node: MapNode
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

    def text_list(self, fields: dict[str, _Field], name: str, what: str) -> list[ScalarNode]:
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
        out: list[ScalarNode] = []
        for item in node.items:
            if self.rejected(item) or is_null(item):
                continue
            if isinstance(item, ScalarNode):
                out.append(item)
            else:
                self.error(item, f"each of {what} `{name}` must be text, not {describe(item)}", "")
        return out

    def identifier(
        self, fields: dict[str, _Field], what: str, node: MapNode, seen: dict[str, int]
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

    def choice(self, fields: dict[str, _Field], name: str, what: str, options: list[str]) -> str:
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

    def event_date(self, field: _Field | None) -> EventDate | None:
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
        try:
            return parse_event_date(node.value)
        except DateError as problem:
            # YAML timestamps with a time of day ("2023-09-10 12:00") are days too.
            value = scalar_python_value(node) if node.resolved_tag == TIMESTAMP else None
            if isinstance(value, dt.date):
                return parse_event_date(value)
            self.error(node, f"invalid date: {problem.message}", problem.hint)
            return None

    def published(self, field: _Field | None, what: str) -> dt.date | None:
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
        fields = self.fields(root, TOP_LEVEL_FIELDS, "the top level")
        timeline = Timeline(self.path)
        self.version(fields.get("version"), root)
        seen: dict[str, int] = {}
        for node in self.items(fields.get("articles"), "`articles`"):
            article = self.article(node, seen)
            if article is not None:
                timeline.articles.append(article)
        seen = {}
        for node in self.items(fields.get("actors"), "`actors`"):
            actor = self.actor(node, seen)
            if actor is not None:
                timeline.actors.append(actor)
        seen = {}
        for node in self.items(fields.get("events"), "`events`"):
            event = self.event(node, seen)
            if event is not None:
                timeline.events.append(event)
        extracted = self.text_list(fields, "extracted", "the top-level")
        timeline.extracted = [item.value for item in extracted]
        return timeline

    def version(self, field: _Field | None, root: MapNode) -> None:
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
        tags = tuple(item.value for item in self.text_list(fields, "tags", "event"))
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
            actors=tuple(item.value for item in actor_nodes),
            sources=sources,
            tags=tags,
            notes=self.text(fields, "notes", "event") or "",
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


# --- loading ------------------------------------------------------------------------------


class Corpus:
    """Article texts cached by ``(file, mtime_ns, size)``, so reloads re-read only what changed."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[int, int, ArticleText]] = {}

    def text(self, article: Article) -> ArticleText:
        """The article's text, read again only when its file changed. Never raises."""
        file = article.file if article.file is not None else Path(article.path)
        try:
            stat = file.stat()
        except OSError:
            self._cache.pop(file, None)
            return read_article(article)
        cached = self._cache.get(file)
        if cached is not None and cached[0] == stat.st_mtime_ns and cached[1] == stat.st_size:
            text = cached[2]
            if text.article_id != article.id:
                text = replace(text, article_id=article.id)
            return text
        text = read_article(article)
        self._cache[file] = (stat.st_mtime_ns, stat.st_size, text)
        return text

    def forget(self) -> None:
        """Drop every cached text."""
        self._cache.clear()


def load_timeline(
    path: Path | str, *, resolve_sources: bool = True, corpus: Corpus | None = None
) -> LoadResult:
    """Load and validate ``path`` (a file, or a folder holding ``timeline.yaml``). Never raises.

    With ``resolve_sources`` every source gets its anchor in the article text (or a warning);
    without it articles are not read, except to take metadata from front matter.
    """
    path = timeline_file(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _fatal(
                path,
                f"the file is too large ({size / (1024 * 1024):.1f} MiB)",
                f"a timeline is limited to {MAX_FILE_BYTES // (1024 * 1024)} MiB",
            )
        data = path.read_bytes()
    except IsADirectoryError:
        return _fatal(path, "this is a folder, not a timeline file", "")
    except OSError as error:
        return _fatal(path, f"cannot open the file: {error.strerror or error}", "check the path")
    text, problem = decode_utf8(data, path)
    if problem is not None:
        return LoadResult(path, None, [problem])
    return load_timeline_text(text, path, resolve_sources=resolve_sources, corpus=corpus)


def _fatal(path: Path, message: str, hint: str) -> LoadResult:
    return LoadResult(path, None, [Diagnostic(path, 0, 0, Severity.ERROR, message, hint)])


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a timeline is built.

    Loading creates hundreds of thousands of small objects that all stay alive, and the
    collector would walk them again and again: on 20,000 events that was half the load time.
    The nodes and the model form no reference cycles, so there is nothing to collect meanwhile.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_timeline_text(
    text: str, path: Path, *, resolve_sources: bool = True, corpus: Corpus | None = None
) -> LoadResult:
    """Validate ``text`` as the contents of ``path`` (articles resolve against its folder)."""
    with collector_paused():
        return _load_timeline_text(text, Path(path), resolve_sources, corpus)


def _load_timeline_text(
    text: str, path: Path, resolve_sources: bool, corpus: Corpus | None
) -> LoadResult:
    if text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > MAX_FILE_BYTES:
        return _fatal(
            path,
            "the text is too large",
            f"a timeline is limited to {MAX_FILE_BYTES // (1024 * 1024)} MiB",
        )
    root, problems = compose_yaml(text, path)
    if root is None:
        if not problems:
            problems.append(
                Diagnostic(
                    path,
                    1,
                    1,
                    Severity.ERROR,
                    "the file is empty",
                    START_HINT,
                )
            )
        return LoadResult(path, None, problems)
    walker = _Walker(path)
    walker.diagnostics.extend(problems)
    if not isinstance(root, MapNode) or root.tag == "!rejected":
        if not walker.rejected(root):
            walker.error(
                root,
                f"the top level must be a mapping, not {describe(root)}",
                START_HINT,
            )
        return LoadResult(path, None, walker.diagnostics)
    timeline = walker.walk(root)
    walker.cross_check(timeline)
    _read_articles(timeline, walker, resolve_sources, corpus or Corpus())
    if walker.suppressed:
        walker.diagnostics.append(
            Diagnostic(
                path,
                0,
                0,
                Severity.ERROR,
                f"{walker.suppressed} more problems not shown",
                "fix the ones above first",
            )
        )
    diagnostics = sorted(
        walker.diagnostics,
        key=lambda d: (d.path != path, str(d.path), d.line, d.column),
    )
    return LoadResult(path, timeline, diagnostics)


def _read_articles(
    timeline: Timeline, walker: _Walker, resolve_sources: bool, corpus: Corpus
) -> None:
    texts: dict[str, ArticleText] = {}
    for article in timeline.articles:
        file = article.file
        assert file is not None
        if not file.is_file():
            at = walker.article_path_position.get(article.id, article.position)
            if file.is_dir():
                reason = "is a folder"
            elif file.exists():
                reason = "is not a regular file"
            else:
                reason = "does not exist"
            walker.error(
                at,
                f"article file {shown(article.path)} {reason}",
                f"paths are relative to {timeline.folder.resolve()}",
            )
            continue
        needs_metadata = not article.title or article.published is None
        if not (resolve_sources or needs_metadata):
            continue
        text = corpus.text(article)
        if text.error is not None:
            walker.diagnostics.append(text.error)
            continue
        walker.diagnostics.extend(text.warnings)
        texts[article.id] = text
        _apply_front_matter(article, text, walker)
    for article in timeline.articles:
        if article.published is None and article.id not in walker.article_published_given:
            walker.warn(
                article.position,
                f"article {shown(article.id)} has no publication date",
                "add `published: YYYY-MM-DD` (undated events fall back to it)",
            )
    articles = timeline.article_by_id
    for event in timeline.events:
        if event.date is None and event.sources:
            first = articles.get(event.sources[0].article)
            event.fallback_date = first.published if first is not None else None
        if not resolve_sources:
            continue
        for source in event.sources:
            text = texts.get(source.article)
            if text is None or not source.quote.strip():
                continue
            match = resolve_quote(text.text, source.quote, text.sentences)
            source.anchor = match.anchor
            if match.anchor is None:
                walker.warn(
                    source.position,
                    f"quote not found in article {shown(source.article)}",
                    "copy the words exactly from the article",
                )
            elif match.occurrences > 1:
                walker.warn(
                    source.position,
                    f"quote occurs {match.occurrences} times in article {shown(source.article)};"
                    " the first is used",
                    "quote a longer span so that it is unique",
                )


def _apply_front_matter(article: Article, text: ArticleText, walker: _Walker) -> None:
    front = text.front_matter
    for name in ("title", "byline", "source"):
        value = front.get(name)
        if not getattr(article, name) and isinstance(value, str | int | float) and value != "":
            setattr(article, name, str(value))
    if article.published is None and front.get("published") is not None:
        value = front["published"]
        try:
            date = parse_event_date(value)
        except DateError as problem:
            walker.diagnostics.append(
                Diagnostic(
                    text.file or Path(article.path),
                    1,
                    1,
                    Severity.WARNING,
                    f"front matter: invalid `published`: {problem.message}",
                    problem.hint,
                )
            )
            return
        if date.precision is Precision.DAY and not date.is_range:
            article.published = date.first_day
