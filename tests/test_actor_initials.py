"""Names written with initials and ranks of two words (issue 9, section 3): "V.P. Goel" keeps
both initials, "George W. Bush" is one name to the tokenizer, "Consul General" is a rank; on
made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_support import actors_of_event_quoting

from tui.extract.actors_speaker_names import name_after_verb
from tui.extract.names import clean_person_name, full_names
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.syntax.tokens import tokenize


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"We will not pay," party treasurer K.L. Verma said on Monday.', "K.L. Verma"),
        ('"We will not pay," said K.L. Verma on Monday.', "K.L. Verma"),
        ("Farm minister T.R. Bhalla on Monday opened the new dam.", "T.R. Bhalla"),
    ],
)
def test_initials_written_together_stay_with_the_name(sentence: str, name: str) -> None:
    assert actors_of_event_quoting(sentence, "Monday") == [name]


def test_a_run_of_initials_after_a_speech_verb_goes_on_to_the_name() -> None:
    assert name_after_verb("K.L. Verma on Monday.") == "K.L. Verma"


def test_a_rank_dropped_from_a_long_run_leaves_room_for_the_surname() -> None:
    text = "Prime Minister K.L. Dara Verma resigned. Later Dara Verma's party met."
    assert full_names(text)["Verma"][0][1] == "K.L. Dara Verma"


def test_the_name_after_a_persons_initials_is_that_person_in_later_sentences() -> None:
    text = (
        "Prime Minister K.L. Dara Verma resigned on Monday after a vote. "
        "Dara Verma's allies said on Tuesday that they would form a new coalition."
    )
    assert actors_of_event_quoting(text, "allies") == ["K.L. Dara Verma"]


def test_an_initial_before_a_name_is_one_token_and_titles_are_not_cut_at_it() -> None:
    assert [t.text for t in tokenize("the John Q. Public fund")] == [
        "the", "John", "Q.", "Public", "fund",
    ]  # fmt: skip
    text = "Ada Crane said on Monday that the John Q. Adams administration was failing."
    extraction = merge_results(process_articles([ArticleInput("a", text, dt.date(2021, 3, 10))]))
    assert "John Q. Adams administration" in extraction.events[0].title


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Consul General Ravi Nair", "Ravi Nair"),
        ("Inspector General Ada Crane", "Ada Crane"),
        ("Attorney General Ada Crane", "Ada Crane"),
        ("General Motors", "General Motors"),  # no rank before it: the name's own word
    ],
)
def test_general_after_a_rank_is_the_ranks_own(run: str, name: str) -> None:
    assert clean_person_name(run) == name


def test_a_consul_general_is_named_without_the_rank() -> None:
    sentence = '"The workers are safe," Consul General Ravi Nair said on Monday in Jeddah.'
    assert actors_of_event_quoting(sentence, "Jeddah") == ["Ravi Nair"]
