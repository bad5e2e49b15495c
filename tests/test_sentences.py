"""Sentence ends in wire text (the extraction splitter, :func:`fast_sentences`)."""

from __future__ import annotations

import pytest

from tui.model.sentences import fast_sentences


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in fast_sentences(text)]


def test_a_sentence_ends_before_a_timebank_quotation() -> None:
    text = "Crowds vowed to march in July. ``We will not be moved,'' said Ann Lee, a leader."
    assert _split(text) == [
        "Crowds vowed to march in July.",
        "``We will not be moved,'' said Ann Lee, a leader.",
    ]


@pytest.mark.parametrize("abbreviation", ["Cie.", "Cos.", "Bros.", "Assn.", "Dept."])
def test_a_company_abbreviation_inside_a_name_ends_nothing(abbreviation: str) -> None:
    text = f"The bid was launched by {abbreviation} Generale de Banque at noon. It failed."
    assert _split(text) == [
        f"The bid was launched by {abbreviation} Generale de Banque at noon.",
        "It failed.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # A quotation ending in "!" or "?" goes on with its speaker, whatever the marks.
        ("``Never again!'' Maria Lopez shouted.", 1),
        ("\u201cWho will pay?\u201d Mr. Kim asked. Nobody knew.", 2),
        ("''Here, no one gives up!'' Castro declared.", 1),
        # Not a speaker: a new sentence after the quotation.
        ("\u201cWho will pay?\u201d The question went unanswered.", 2),
    ],
)
def test_an_exclaimed_quotation_goes_on_with_its_speaker(text: str, sentences: int) -> None:
    assert len(_split(text)) == sentences
