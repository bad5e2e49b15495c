"""Every rule of the date tagger's table carries examples, and every example holds: the text
between [brackets] is tagged as one expression with the example's value, and it is the rule's
own pattern that matches it (so the examples really exercise the rule they sit beside)."""

from __future__ import annotations

import re

import pytest

from tui.extract.temporal import tag
from tui.extract.temporal.rules import EXAMPLES_PUBLISHED, RULES, Rule

_EXAMPLES = [
    pytest.param(rule, text, value, id=f"{rule.name}: {text}")
    for rule in RULES
    for text, value in rule.examples
]


def _unbracket(text: str) -> tuple[str, int, int]:
    """The example without its brackets, and where the bracketed expression is in it."""
    found = re.fullmatch(r"([^\[\]]*)\[([^\[\]]+)\]([^\[\]]*)", text)
    assert found, f"an example marks exactly one expression with [brackets]: {text!r}"
    before, expression, after = found.groups()
    return before + expression + after, len(before), len(before) + len(expression)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_has_examples(rule: Rule) -> None:
    assert rule.examples, f"rule {rule.name!r} has no examples"


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("rule", "text", "value"), _EXAMPLES)
def test_rule_example(rule: Rule, text: str, value: str) -> None:
    plain, start, end = _unbracket(text)
    found = [(t.start, t.end, t.value) for t in tag(plain, EXAMPLES_PUBLISHED)]
    assert (start, end, value) in found, found
    own = rule.compiled.match(plain, start)
    assert own is not None and own.end() == end, (
        f"{rule.name!r} does not match {plain[start:end]!r}"
    )
