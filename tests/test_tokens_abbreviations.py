"""Abbreviations keep their period (issue 8: the tokenizer turns other words away from the
abbreviations at once, by a lookahead that every abbreviation passes)."""

from __future__ import annotations

import re

import pytest

from tui.extract.syntax.tokens import _ABBREVIATIONS, tokenize


def test_every_abbreviation_passes_the_lookahead_before_them() -> None:
    # (The lookahead "[A-Za-z][a-z]*\." holds wherever an abbreviation and its period are.)
    assert all(re.fullmatch("[A-Za-z][a-z]*", word) for word in _ABBREVIATIONS.split("|"))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Mr. Smith met Gov. Jones, etc. on Sept. 9.", ["Mr.", "Smith", "met", "Gov.", "Jones",
         ",", "etc.", "on", "Sept.", "9", "."]),
        ("Acme Corp., of Calif.", ["Acme", "Corp.", ",", "of", "Calif."]),
        ("The Mrs.Ford case", ["The", "Mrs", ".", "Ford", "case"]),  # no space after
        ("She said Dr.", ["She", "said", "Dr."]),  # the period ending the text
        ("MR. SMITH and Mrx. Lee", ["MR", ".", "SMITH", "and", "Mrx", ".", "Lee"]),
        ("a U.S. envoy at 9 a.m. vs. them", ["a", "U.S.", "envoy", "at", "9", "a.m.", "vs.",
         "them"]),
    ],
)  # fmt: skip
def test_abbreviations_keep_their_period_and_other_words_do_not(
    text: str, tokens: list[str]
) -> None:
    assert [token.text for token in tokenize(text)] == tokens
