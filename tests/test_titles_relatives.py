"""The subject of a verb after a relative clause (issue 9, section 1): the noun the relative
clause describes, with the phrases it closes, never the relative clause's own subject."""

from __future__ import annotations

from title_support import title_at


def test_a_verb_right_after_a_relative_clauses_verb_has_the_described_noun_as_subject() -> None:
    sentence = (
        "The trial of the men accused of a 1975 coup in which the president was killed was "
        "opened on Monday."
    )
    assert title_at(sentence, "Monday") == (
        "The trial of the men accused of a 1975 coup was opened"
    )
    sentence = "The house where the poet was born was destroyed on Monday."
    assert title_at(sentence, "Monday") == "The house was destroyed"
    sentence = "The deal the company signed has been cancelled on Monday."
    assert title_at(sentence, "Monday") == "The deal has been cancelled"


def test_a_coordinated_verb_after_such_a_clause_shares_that_subject() -> None:
    sentence = (
        "The trial of the plotters of a coup in which the president was killed was opened "
        "and then abruptly adjourned Monday."
    )
    assert title_at(sentence, "Monday") == (
        "The trial of the plotters of a coup was opened and then abruptly adjourned"
    )


def test_the_described_noun_keeps_the_phrase_it_closes() -> None:
    sentence = "Divisions on the left that split the vote cost the party the election on Sunday."
    assert title_at(sentence, "Sunday") == "Divisions on the left cost the party the election"


def test_a_repeated_auxiliary_is_one_verb_group() -> None:
    # A typing slip ("were were") is no second clause.
    sentence = "The 11 were were detained soon after the riots on July 27."
    assert title_at(sentence, "July 27").startswith("The 11 were were detained")


def test_a_relative_clause_dated_by_its_noun_ends_before_the_main_verb() -> None:
    sentence = (
        "The trial of the plotters of a 1975 coup in which the country's founding leader "
        "Ali Hassan was killed was opened on Monday."
    )
    title = title_at(sentence, "1975")
    assert title.endswith("Ali Hassan was killed"), title


def test_a_date_joined_to_the_next_subject_is_not_part_of_it() -> None:
    sentence = "The king was deposed in 1952 and Farid went into exile in Italy in 1953."
    assert title_at(sentence, "1953") == "Farid went into exile in Italy"
    # A range stays one.
    sentence = "Between 20 and 30 people were arrested early Monday in the capital."
    assert "20 and 30 people were arrested" in title_at(sentence, "early Monday")
