"""A pronoun opening a title's subordinate clause is the name the same sentence gives it
(issue 9, section 1): the subject of the clause it hangs on when that agrees, or for "it"
the nearest country or organisation before it."""

from __future__ import annotations

from title_support import title_at


def test_they_is_the_subject_of_the_clause_it_hangs_on() -> None:
    sentence = (
        "The rebels have seized a third of the country since they began their offensive in October."
    )
    assert title_at(sentence, "October") == "The rebels began their offensive"
    sentence = "Police seized the cash when they raided the house in July last year."
    assert title_at(sentence, "July last year") == "Police raided the house"


def test_it_is_the_nearest_country_when_the_governing_subject_cannot_be_it() -> None:
    sentence = (
        "International sanctions were imposed on Libya after it refused to hand over the "
        "suspects in 1992."
    )
    assert title_at(sentence, "1992").startswith("Libya refused to hand over the suspects")


def test_a_subject_that_does_not_agree_or_a_possessed_place_names_nothing() -> None:
    # "a list of candidates": the head is the list, which "they" cannot be.
    sentence = "Once a list of candidates is released, they can campaign for the May 23 polls."
    assert title_at(sentence, "May 23").startswith("They can campaign")
    # "it" is the court, not Serbia, whose court it is.
    sentence = (
        "Observers have attended hearings in Serbia's war crimes court since it opened in March."
    )
    assert not title_at(sentence, "March").startswith("Serbia")
    # An "it is" is often no thing at all.
    sentence = "Britain said on Monday that it is ready to talk."
    assert not title_at(sentence, "Monday").startswith("Britain is")
