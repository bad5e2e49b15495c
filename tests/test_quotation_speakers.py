"""Titles of a quotation its attribution opens (issue 9, section 1): 'Smith said: "We ...'
is titled with its speaker, as '"We ...," Smith said' is, and a pronoun inside the quotation
is the quoted speaker's, never the name outside it."""

from __future__ import annotations

import pytest
from title_support import title_at


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            'Mayor Ann Okafor said: "We opened the new bridge to traffic on Monday."',
            "Monday",
            "Mayor Ann Okafor: \u201cWe opened the new bridge to traffic\u201d",
        ),
        (
            'Tom Reyes, a harbour pilot, said, "The ferry will resume service next week.',
            "next week",
            "Tom Reyes: The ferry will resume service",
        ),
    ],
)
def test_a_quotation_after_its_attribution_is_titled_with_its_speaker(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_a_pronoun_inside_the_quotation_is_not_the_speaker() -> None:
    # "It" is what the quoted speaker talks of: "Dana Pike is hard to ..." would be garbled.
    sentence = 'Dana Pike said: "It was hard to find a buyer for the mill last year.'
    assert title_at(sentence, "last year") == "Dana Pike: It was hard to find a buyer for the mill"


def test_a_quotation_that_would_not_fit_with_its_speaker_keeps_its_words() -> None:
    sentence = (
        'A North Valley Water Board spokeswoman said: "A 54-year-old engineer was hired '
        "following reports of a broken pipe under the reservoir road on Friday."
    )
    assert title_at(sentence, "Friday") == (
        "A 54-year-old engineer was hired following reports of a broken pipe "
        "under the reservoir road"
    )
