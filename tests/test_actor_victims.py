"""A happening noun's victim is no party of another happening, and a person's car or yard
after a preposition of place is where, not who (issue 9, section 3); made-up sentences."""

from __future__ import annotations

from actor_support import actors_of_event_quoting

from tui.extract.victims import without_other_victims


def test_the_victim_of_a_killing_is_no_party_of_the_finding_the_sentence_dates() -> None:
    text = (
        "Dr. Ada Crane was shot in October. "
        "Including a pistol found in March buried near the clinic, officials said they would "
        "seek a warrant in the killing of Dr. Ada Crane."
    )
    assert actors_of_event_quoting(text, "pistol") == []


def test_a_person_is_no_party_where_their_car_is_a_place() -> None:
    text = (
        "Tom Hale was charged in May. "
        "A pistol was found on March 3 under a blanket in Hale's car, officials said."
    )
    assert actors_of_event_quoting(text, "blanket") == []


def test_a_persons_car_that_does_something_keeps_its_owner() -> None:
    text = (
        "Tom Hale was charged in May. "
        "Cameras showed Hale's car crossing the border on March 3 near the clinic."
    )
    assert actors_of_event_quoting(text, "border") == ["Tom Hale"]


def test_a_victim_the_title_names_is_kept() -> None:
    sentence = "Rabin was killed at a rally in the assassination of Rabin in 1995."
    assert without_other_victims(sentence, "Rabin assassinated at a rally") == sentence
    blanked = without_other_victims("A warrant in the killing of Dr. Ada Crane.", "Rifle found")
    assert "Crane" not in blanked and len(blanked) == len(
        "A warrant in the killing of Dr. Ada Crane."
    )
