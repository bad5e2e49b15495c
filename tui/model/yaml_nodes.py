"""YAML text to small position-carrying nodes, never raising, for timelines and front matter.

The text is parsed with PyYAML's event parser (libyaml when available) and composed here into
nodes that keep their line and column; :mod:`tui.model.schema` then walks them against the
format. Composing ourselves,
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

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from tui.model.diagnostics import Diagnostic, Severity

if TYPE_CHECKING:
    import yaml

__all__ = [
    "MAX_DEPTH",
    "NULL_SPELLINGS",
    "MapNode",
    "Node",
    "ScalarNode",
    "SeqNode",
    "compose_yaml",
    "describe",
    "is_null",
    "scalar_python_value",
    "tag_label",
]

# The format itself is 5 levels deep (top -> events -> event -> sources -> source).
MAX_DEPTH = 64


@functools.cache
def _pyyaml() -> tuple[Any, Any, Any, Any]:
    """PyYAML, its fastest safe loader, a resolver and a constructor, made on first use.

    Imported here, not with the module: a timeline opened from the load cache, with articles
    without front matter, is shown without PyYAML (about 15 ms of the reader's start-up);
    imported without compiling the pattern only its pure-Python reader uses (see pyyaml).
    """
    from tui.model.pyyaml import import_yaml

    yaml = import_yaml()

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml, loader, yaml.resolver.Resolver(), yaml.constructor.SafeConstructor()


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
        yaml, _loader, resolver, _constructor = _pyyaml()
        return resolver.resolve(yaml.ScalarNode, self.value, (True, False))


class SeqNode:
    """A sequence: its items in order, explicit tag (if any), where it starts."""

    __slots__ = ("column", "items", "line", "tag")

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.tag = tag
        self.line = line
        self.column = column


class MapNode:
    """A mapping: its (key, value) pairs in order, duplicates kept, explicit tag, where."""

    __slots__ = ("column", "line", "pairs", "tag")

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        self.pairs: list[tuple[Node, Node]] = []
        self.tag = tag
        self.line = line
        self.column = column


Node: TypeAlias = ScalarNode | SeqNode | MapNode


def compose_yaml(
    text: str | bytes,
    path: Path,
    *,
    line_offset: int = 0,
    sink: Callable[[str, Node], None] | None = None,
    sections: frozenset[str] = frozenset(),
) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into position-carrying nodes, never raising for any input.

    Returns ``(root, problems)``; ``root`` is ``None`` when the text is empty or unreadable.
    Lines and columns are 1-based; ``line_offset`` shifts lines (for embedded front matter).
    ``text`` may be UTF-8 bytes already checked (a file's own bytes, of which the parser then
    makes no copy): the same nodes and messages as the same text as a string.

    With a ``sink``, each item of a list under one of the root mapping's ``sections`` keys
    is handed to ``sink(section, item)`` as soon as it is composed, and not kept: the list's
    node stays in the tree, empty. A big file then never holds all of its nodes at once. Only
    a root mapping's first key of each name is handed over so (a later one is a duplicate,
    which the schema reports and ignores), and only a list without an unknown tag. When
    ``root`` comes back None the items handed over belong to no document.
    """
    yaml, loader, _resolver, _constructor = _pyyaml()
    problems: list[Diagnostic] = []
    # The children list of the section list being handed to the sink, and its name.
    streamed: list[Node] | None = None
    section = ""

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
        for event in yaml.parse(text, Loader=loader):
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
                elif siblings is streamed:
                    sink(section, scalar)  # type: ignore[misc]
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
                if siblings is streamed and siblings is not None:
                    sink(section, closed)  # type: ignore[misc]
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
                name = None
                if sink is not None and len(stack) == 1 and kind is sequence_start:
                    name = _section_name(stack[0], children_stack[0], sections)
                if siblings is None:
                    root = collection
                elif siblings is not streamed:
                    siblings.append(collection)  # (a streamed item goes once it is whole)
                stack.append(collection)
                siblings = []
                children_stack.append(siblings)
                if name is not None and tag != "!rejected":
                    streamed, section = siblings, name
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
                elif siblings is streamed:
                    sink(section, rejected)  # type: ignore[misc]
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
        error(line, column, f"not valid YAML: {message}", _syntax_hint(problem, _str(text)))
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


_TAG_HINT = "timeline.yaml takes plain values only; remove the `!` tag"


def _section_name(
    root: SeqNode | MapNode, members: list[Node], sections: frozenset[str]
) -> str | None:
    """The section whose list starts now under ``root`` (its keys and values so far are
    ``members``, the key of this list last), or None: not a section, or not its first key."""
    if not isinstance(root, MapNode) or root.tag == "!rejected" or len(members) % 2 != 1:
        return None
    key = members[-1]
    if not isinstance(key, ScalarNode) or key.tag == "!rejected" or key.value not in sections:
        return None
    # A duplicate key is reported and ignored by the schema: the first one counts.
    earlier = members[0:-1:2]
    if any(
        isinstance(k, ScalarNode) and k.tag != "!rejected" and k.value == key.value for k in earlier
    ):
        return None
    return key.value


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


def _str(text: str | bytes) -> str:
    return text.decode("utf-8", errors="replace") if isinstance(text, bytes) else text


def _line_column(text: str | bytes, index: int) -> tuple[int, int]:
    """Line and column (in characters) of ``index``: a byte offset in UTF-8 ``text`` bytes."""
    if isinstance(text, bytes):
        index = max(0, min(index, len(text)))
        line_start = text.rfind(b"\n", 0, index) + 1
        column = len(text[line_start:index].decode("utf-8", errors="replace")) + 1
        return text.count(b"\n", 0, index) + 1, column
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
    yaml, _loader, _resolver, constructor = _pyyaml()
    try:
        built = yaml.ScalarNode(tag, node.value)
        if tag == BOOL:
            return constructor.construct_yaml_bool(built)
        if tag == INT:
            return constructor.construct_yaml_int(built)
        if tag == FLOAT:
            return constructor.construct_yaml_float(built)
        if tag == TIMESTAMP:
            return constructor.construct_yaml_timestamp(built)
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


# The core schema's only null spellings of a plain scalar.
NULL_SPELLINGS = frozenset({"", "~", "null", "Null", "NULL"})


def is_null(node: Node | None) -> bool:
    """True for a missing value, ``~``, ``null`` or an empty plain value."""
    if node is None:
        return True
    if not isinstance(node, ScalarNode):
        return False
    if node.tag is None and node.plain:
        # The core schema's only null spellings; skips the resolver on every value.
        return node.value in NULL_SPELLINGS
    return node.resolved_tag == NULL
