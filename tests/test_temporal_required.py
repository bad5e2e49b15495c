"""The words a date rule cannot match without (issue 8: extraction speed): a text that holds
none of them is not searched with that rule, and that changes nothing, because no match of
the rule exists in it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.extract.temporal.prefilter import ASCII_FOLDS, required_words
from tui.extract.temporal.rules import RULES

SILVER = Path(__file__).resolve().parent.parent.parent / "shared" / "timeml" / "silver"


def _holds(words: frozenset[str] | None, text: str) -> bool:
    lowered = text.translate(ASCII_FOLDS).lower()
    return words is None or any(word in lowered for word in words)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bweek(?:end)?s?\b", {"week"}),
        (r"\b(?:last|next)\s+(?:autumn|winter)\b", {"autumn", "winter"}),
        (r"(?:early\s+)?noon", {"noon"}),
        (r"\d+\s*(?:a\.m\.|p\.m\.)", {"a.m.", "p.m."}),
        (r"(?:the\s+)?\d{4}", None),  # only digits: nothing to look for
        (r"(?:spring|\d+)", None),  # one branch needs no word
        (r"(?=[Ss]ummer)\w+", None),  # a lookahead is not part of the match
    ],
)
def test_required_words(pattern: str, words: set[str] | None) -> None:
    assert required_words(pattern) == (None if words is None else frozenset(words))


def test_case_insensitive_oddities_still_count() -> None:
    # The Kelvin sign matches "k" and the dotted capital I matches "i" case-insensitively.
    assert re.search(r"\bkilo", "\u212ailo", re.IGNORECASE)
    assert _holds(required_words(r"\bkilo"), "\u212ailo")
    assert re.search(r"\bin\b", "\u0130n", re.IGNORECASE)
    assert _holds(required_words(r"\bin\b"), "\u0130n")


def _texts() -> list[str]:
    texts = [example for rule in RULES for example, _value in rule.examples]
    if SILVER.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SILVER.glob("*.tml"))[:400]]
    return texts


def test_every_rule_match_holds_a_required_word() -> None:
    texts = _texts()
    for rule in RULES:
        for text in texts:
            if rule.compiled.search(text) is not None:
                assert _holds(rule.required, text), (rule.name, rule.required, text[:200])


@pytest.mark.shared
@pytest.mark.skipif(not SILVER.is_dir(), reason="../shared/timeml/silver is absent")
def test_most_rules_skip_most_silver_articles() -> None:
    texts = _texts()
    skipped = sum(not _holds(rule.required, text) for rule in RULES for text in texts)
    assert skipped > len(RULES) * len(texts) // 4
