"""Titles of alleged acts (issue 9, section 1): a date inside "suspected of ... in 1988"
dates the act, and the title is the accused with the allegation, not the clause that
mentions them."""

from __future__ import annotations

import pytest
from title_support import title_at


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "The board delayed the hearing of three clerks suspected of stealing cash from "
            "the branch vault in 2004.",
            "2004",
            "Three clerks suspected of stealing cash from the branch vault",
        ),
        (
            "The governor pardoned a farmer accused of poisoning a neighbour's well in 1979.",
            "1979",
            "A farmer accused of poisoning a neighbour's well",
        ),
        (
            "The council sacked a builder charged with falsifying safety checks in March.",
            "March",
            "A builder charged with falsifying safety checks",
        ),
    ],
)
def test_a_date_on_an_alleged_act_titles_the_accused_and_the_act(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_the_clause_of_the_date_is_kept_when_the_date_is_not_on_the_act() -> None:
    # "Friday" dates the arrest, before the allegation: the arrest is the title.
    sentence = "On Friday, police arrested two men suspected of robbing a jeweller."
    assert title_at(sentence, "Friday") == "Police arrested two men suspected of robbing a jeweller"


def test_an_allegation_of_a_noun_has_no_act_to_title() -> None:
    # "accused of fraud": no verb of the act; the older rules title it as before.
    sentence = "The court freed a trader accused of fraud in 2011."
    assert "accused of fraud" in title_at(sentence, "2011")
