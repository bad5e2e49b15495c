"""Whose names take part when an event's date is in an adverbial clause (issue 9, section 3):
the clause's parties, not the speaker or subject of the main clause, when the title tells the
clause; on made-up sentences."""

from __future__ import annotations

import pytest
from actor_support import actors_of_event_quoting

from tui.extract.adverbial_clauses import adverbial_clause


def test_the_speaker_of_the_main_clause_takes_no_part_in_the_dated_clause() -> None:
    text = (
        "The Foreign Office warned of new trade talks as Norway and Chile signed a fishing "
        "pact back in May."
    )
    assert actors_of_event_quoting(text, "fishing pact") == ["Norway", "Chile"]


def test_the_subject_of_the_main_clause_takes_no_part_in_the_dated_clause() -> None:
    text = "Senator Ada Crane spoke to reporters as the United Nations issued a report on Tuesday."
    assert actors_of_event_quoting(text, "report") == ["United Nations"]


@pytest.mark.parametrize(
    ("sentence", "date", "title", "clause"),
    [
        (  # the clause the title tells
            "The bank warned of losses as the two firms merged in May.",
            "in May",
            "The two firms merged",
            "as the two firms merged in May.",
        ),
        (  # the title tells the main clause: the date is its verb's
            "The bank warned of losses in May as the two firms merged.",
            "in May",
            "The bank warned of losses",
            "The bank warned of losses in May as the two firms merged.",
        ),
        (  # a pronoun subject is most often the main clause's: left alone
            "Look what Norway did when they won the cup in 2004.",
            "in 2004",
            "They won the cup",
            "Look what Norway did when they won the cup in 2004.",
        ),
        (  # nor is a phrase whose verb is far from its start
            "Ada Crane was ousted as PDI chairwoman by a government- backed faction in June.",
            "in June",
            "Ada Crane was ousted as PDI chairwoman by a government- backed faction",
            "Ada Crane was ousted as PDI chairwoman by a government- backed faction in June.",
        ),
        (  # "as a ..." with no verb is no clause
            "Ada Crane will serve as a goodwill envoy for children throughout next year.",
            "throughout next year",
            "Ada Crane will serve as a goodwill envoy for children",
            "Ada Crane will serve as a goodwill envoy for children throughout next year.",
        ),
    ],
)
def test_the_adverbial_clause_of_a_date(sentence: str, date: str, title: str, clause: str) -> None:
    assert adverbial_clause(sentence, date, title) == clause
