"""Quote anchors: exact, then with typography folded, then fuzzy; offsets into the original text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.anchors import resolve_quote
from tui.model.sentences import split_sentences
from tui.model.timeline import MatchKind

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_3422d561840cf15d.txt"
TEXT = (
    "Kirby said it was a sign of “desperation and weakness on Putin’s part.”\n"
    "The meeting — planned for later this month — is new.\r\n"
    "Officials  met\nin India. Officials met again.\n"
)


def resolve(quote: str, text: str = TEXT):
    return resolve_quote(text, quote, split_sentences(text))


def test_exact_match_with_sentence_index() -> None:
    match = resolve("planned for later this month")
    assert match.kind is MatchKind.EXACT and match.occurrences == 1
    assert match.anchor is not None
    assert TEXT[match.anchor.start : match.anchor.end] == "planned for later this month"
    assert match.anchor.sentence == 1


def test_surrounding_whitespace_in_the_quote_is_ignored() -> None:
    match = resolve("  planned for later this month \n")
    assert match.kind is MatchKind.EXACT


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            '"desperation and weakness on Putin\'s part."',
            "“desperation and weakness on Putin’s part.”",
        ),
        ("The meeting - planned", "The meeting — planned"),
        ("The meeting--planned", None),  # two dashes are not one
        ("Officials met in India.", "Officials  met\nin India."),
        ("meeting —\n   planned", "meeting — planned"),
    ],
)
def test_normalized_match_maps_back_to_original_offsets(quote: str, expected: str | None) -> None:
    match = resolve(quote)
    if expected is None:
        assert match.kind is not MatchKind.NORMALIZED
        return
    assert match.kind is MatchKind.NORMALIZED and match.anchor is not None
    assert TEXT[match.anchor.start : match.anchor.end] == expected


def test_fuzzy_match_of_a_slightly_misquoted_sentence() -> None:
    match = resolve("Kirby said it was a sign of desparation and weakness on Putins part")
    assert match.kind is MatchKind.FUZZY and match.anchor is not None
    assert 90 <= match.anchor.score <= 100
    found = TEXT[match.anchor.start : match.anchor.end]
    assert found.startswith("Kirby said") and "weakness" in found


def test_short_quotes_are_never_fuzzy() -> None:
    assert resolve("Oficials").anchor is None


def test_unrelated_quote_is_not_found() -> None:
    match = resolve("The president vetoed the budget bill on Friday afternoon")
    assert match.anchor is None and match.occurrences == 0 and match.kind is None


def test_ambiguous_quote_counts_occurrences_and_anchors_the_first() -> None:
    match = resolve("Officials")
    assert match.occurrences == 2 and match.anchor is not None
    assert match.anchor.start == TEXT.index("Officials")


def test_empty_inputs() -> None:
    assert resolve("   ").anchor is None
    assert resolve_quote("", "x", []).anchor is None


def test_every_seed_sentence_anchors_exactly_to_itself() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    for index, sentence in enumerate(sentences):
        quote = text[sentence.start : sentence.end]
        match = resolve_quote(text, quote, sentences)
        assert match.anchor is not None and match.kind is MatchKind.EXACT
        assert text.startswith(quote, match.anchor.start)
        if match.occurrences == 1:
            assert match.anchor.sentence == index


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), quote=st.text(max_size=60))
def test_never_raises_and_spans_stay_inside_the_text(text: str, quote: str) -> None:
    match = resolve_quote(text, quote, split_sentences(text))
    if match.anchor is not None:
        assert 0 <= match.anchor.start < match.anchor.end <= len(text)
        assert match.occurrences >= 1
