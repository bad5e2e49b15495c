"""A title opening with "They" is the plural subject opening the sentence before (issue 9,
section 1), and only that: a number or a singular there names no one."""

from __future__ import annotations

import datetime as dt

from title_support import title_at

from tui.extract.pipeline import ArticleInput, process_article
from tui.extract.title_pronouns import name_they


def test_they_is_the_plural_subject_of_the_sentence_before() -> None:
    text = (
        "The refugees walked for five months through the forest. "
        "They crossed into Zaire in 1994 after the war began. "
    )
    start = text.index("They")
    assert name_they("They crossed into Zaire", text, start) == "The refugees crossed into Zaire"
    text = "The refugees walked for five months. Their camp closed in 1996. "
    start = text.index("Their")
    assert name_they("Their camp closed", text, start) == "The refugees' camp closed"


def test_a_number_or_a_singular_before_names_no_one() -> None:
    text = "At least 10,000 had arrived by noon. They were due to rally in 1997. "
    start = text.index("They")
    assert name_they("They were due to rally", text, start) == "They were due to rally"
    text = "The army sealed the town. They were due to rally in 1997. "
    start = text.index("They")
    assert name_they("They were due to rally", text, start) == "They were due to rally"


def test_extraction_names_they() -> None:
    text = (
        "The refugees walked for five months through the forest.\n"
        "They crossed into Zaire in 1994 after the war began.\n"
    )
    drafts = process_article(ArticleInput("a", text, dt.date(1997, 4, 1))).drafts
    assert any(d.title.startswith("The refugees crossed into Zaire") for d in drafts), [
        d.title for d in drafts
    ]


def test_it_is_the_thing_or_body_opening_the_sentence_before_never_a_person() -> None:
    text = (
        "The Resolute, launched in 1959, is the navy's oldest ship. "
        "In 1962, it served in the blockade of Cuba. "
    )
    start = text.index("In 1962")
    assert name_they("It served in the blockade of Cuba", text, start) == (
        "The Resolute served in the blockade of Cuba"
    )
    persons = frozenset({"Anna Berg"})
    text = "Anna Berg left the firm. It collapsed in 1998. "
    start = text.index("It collapsed")
    assert name_they("It collapsed", text, start, persons) == "It collapsed"
    # "It was ..." is often no thing; an "it" inside the sentence is not this rule's.
    text = "The ship sailed. It was the last voyage in 1962. The court sat since it opened. "
    assert name_they("It was the last voyage", text, text.index("It was")) == (
        "It was the last voyage"
    )
    assert name_they("It opened", text, text.index("The court")) == "It opened"


def test_it_with_a_plan_or_a_possession_is_the_thing_before() -> None:
    text = (
        "Northern Ruritania was captured by rebels in 1991. Under a 1995 peace plan, it is due "
        "to return to state control by January. "
    )
    start = text.index("Under")
    assert name_they("It is due to return to state control", text, start) == (
        "Northern Ruritania is due to return to state control"
    )
    text = "Acme Systems is a provider of services. It had income of $14 billion last year. "
    start = text.index("It had")
    assert name_they("It had income of $14 billion", text, start) == (
        "Acme Systems had income of $14 billion"
    )


def test_an_it_that_may_stand_for_nothing_is_left() -> None:
    text = "Acme Systems is a provider of services. It is likely that prices rose in 1997. "
    start = text.index("It is")
    assert name_they("It is likely that prices rose", text, start).startswith("It is")
    text = "Acme Systems is a provider of services. It was reported that prices rose in 1997. "
    start = text.index("It was")
    assert name_they("It was reported that prices rose", text, start).startswith("It was")
    text = "Acme Systems is a provider of services. It has been said that prices rose in 1997. "
    start = text.index("It has")
    assert name_they("It has been said that prices rose", text, start).startswith("It has")


def test_the_subject_before_may_follow_a_fronted_phrase_and_the_pronoun_a_link_word() -> None:
    text = (
        "On Wednesday, the Ruritanian Employers Council warned of a slowdown. "
        "Instead it called for lower taxes in 1998. "
    )
    start = text.index("Instead")
    assert name_they("It called for lower taxes", text, start) == (
        "The Ruritanian Employers Council called for lower taxes"
    )


def test_a_pronoun_after_the_date_that_opens_its_reported_clause_is_the_speaker() -> None:
    # "said that | on May 3 | they had": the date between the opener and the pronoun.
    sentence = "Harbour police said that on May 3 they had seized a boat carrying stolen copper."
    assert title_at(sentence, "May 3") == "Harbour police had seized a boat carrying stolen copper"


def test_an_adverb_after_the_pronoun_does_not_hide_the_clause_it_hangs_on() -> None:
    # The title leaves "also" out; the pronoun is still found ("they also crossed").
    sentence = (
        "When the farmers blocked Ashford, 20 kilometres north of Kent at the end of June, "
        "they also crossed the river to close the ferry."
    )
    assert title_at(sentence, "the end of June") == (
        "The farmers crossed the river to close the ferry"
    )
