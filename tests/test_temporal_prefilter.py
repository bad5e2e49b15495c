"""The first-character filter in front of each rule's pattern changes no match, only speed."""

from __future__ import annotations

import re

import pytest

from tui.extract.temporal.prefilter import with_prefilter
from tui.extract.temporal.rules import RULES

TEXTS = [
    "In 1998 the 2nd quarter rose; about 3 1/2 years ago, some 20 days later, nearly two weeks.",
    "Talks resumed at 1600 GMT Thursday, 'til the mid-1990s and the '80s, on April 24 and 25.",
    "MONDAY, Sept. 8: Easter, Christmas Eve and the year two thousand; Jan Kavan, 60 Minutes.",
    "Profits doubled in fiscal 1996-97 and the first half, and (2004)-2005 twenty-four hours.",
]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_the_filter_keeps_every_match(rule) -> None:
    plain = re.compile(rule.pattern, re.IGNORECASE)
    texts = TEXTS + [text.replace("[", "").replace("]", "") for text, _ in rule.examples]
    for text in texts:
        for start in range(len(text)):
            expected = plain.search(text, start)
            found = rule.compiled.search(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)


def test_the_filter_is_the_set_of_first_characters() -> None:
    compiled = with_prefilter(r"\b(?:next|last)\s+week|\d+\s+days")
    assert compiled.pattern.startswith("(?=[")
    assert compiled.search("It rained for 3 days.").group(0) == "3 days"
    assert compiled.search("NEXT WEEK") is not None


@pytest.mark.parametrize("pattern", [r".?day", r"[^a]+day", r"(?:x)?", r"\w+day"])
def test_no_filter_when_the_first_characters_cannot_be_known(pattern: str) -> None:
    assert with_prefilter(pattern).pattern == pattern
