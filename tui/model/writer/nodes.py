"""Helpers over PyYAML nodes: finding keys, telling empty values, and where content ends."""

from __future__ import annotations

from typing import Any

import yaml

try:  # libyaml makes re-parsing after every edit cheap; the pure-Python loader is the fallback.
    _FastLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _FastLoader = yaml.SafeLoader


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
