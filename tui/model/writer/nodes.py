"""Helpers over PyYAML nodes: finding keys, telling empty values, and where content ends."""

from __future__ import annotations

from typing import Any

import yaml

try:  # libyaml makes re-parsing after every edit cheap; the pure-Python loader is the fallback.
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _FastLoader(_BaseLoader):
    """The safe loader, with the resolver hooks PyYAML calls for every node it composes made
    cheaper; the same nodes, tags and positions (``tests/test_writer_loader.py``).

    Composing the new lines of a write (or a whole timeline) is mostly these Python calls
    from libyaml's C composer: ``descend_resolver`` and ``ascend_resolver`` around each node,
    which only serve path resolvers (``yaml.add_path_resolver``, which newsline never uses),
    and ``resolve``, whose list building per scalar is spared here (about 10 % of the
    instructions of composing a 600-article timeline).
    """

    if not _BaseLoader.yaml_path_resolvers:
        # C callables that take the hooks' arguments and do nothing that matters (a slice
        # object made and dropped, the empty tuple): no Python frame per node.
        descend_resolver = slice
        ascend_resolver = tuple

        def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
            """The tag of a node, as ``BaseResolver.resolve`` gives it without path
            resolvers: a plain scalar's by the implicit resolvers of its first character
            (then the wildcard ones), in their order; else the kind's default."""
            if kind is not yaml.ScalarNode:
                return super().resolve(kind, value, implicit)
            if implicit[0]:
                resolvers = self.yaml_implicit_resolvers
                for tag, pattern in resolvers.get(value[:1], ()):
                    if pattern.match(value):
                        return tag
                for tag, pattern in resolvers.get(None, ()):
                    if pattern.match(value):
                        return tag
            return self.DEFAULT_SCALAR_TAG


def _mapping_key(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, _value in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node
    return None


def _mapping_get(mapping: yaml.MappingNode, key: str) -> yaml.Node | None:
    for key_node, value in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return value
    return None


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _is_empty_flow_list(node: yaml.Node) -> bool:
    return isinstance(node, yaml.SequenceNode) and bool(node.flow_style) and not node.value


def _plain_value(node: yaml.Node) -> object:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _content_end(node: yaml.Node) -> int:
    """Index just past the last character that belongs to ``node``'s content.

    A block collection's own end mark sits at the next token, after any comments that follow
    it; those comments belong to what comes next, so the end is found in the last child.
    """
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        key, value = node.value[-1]
        end = _content_end(value)
        return max(end, key.end_mark.index)
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1])
    return node.end_mark.index


_UNSET: Any = object()


def _safe_load(text: str) -> Any:
    return yaml.load(text, Loader=_FastLoader)
