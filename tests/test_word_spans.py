"""A word's whole-word spans found without a pattern per word (issue 8: extraction speed): the
same spans as ``re.finditer(rf"\\b{re.escape(word)}\\b", text)``."""

from __future__ import annotations

import random
import re

import pytest

from tui.extract.names import word_spans


def _regex(text: str, word: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(rf"\b{re.escape(word)}\b", text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Castro said Castro's aides met Castroville", "Castro"),
        ("O'Neill and O'Neills, not xO'Neill", "O'Neill"),
        ("Jr. Jr.x .Jr.", "Jr."),
        ("_Kim Kim_ Kim2 2Kim Kim", "Kim"),
        ("Müller Müllers Müller", "Müller"),
        ("aaaa", "aa"),
        ("", "Kim"),
        ("ab", ""),
    ],
)
def test_same_spans_as_the_pattern(text: str, word: str) -> None:
    assert list(word_spans(text, word)) == _regex(text, word)


def test_same_spans_on_random_texts() -> None:
    rng = random.Random(7)
    alphabet = "ab_1 .,'-\u00e9\u0661\u2019A"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        assert list(word_spans(text, word)) == _regex(text, word), (text, word)
