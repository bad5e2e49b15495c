"""Participants the article describes before naming, states acting through their people, and
lists of countries (issue 9, section 3): one test per kind, on made-up sentences."""

from __future__ import annotations

from actor_support import actors_of_event_quoting

from tui.extract.actors_described import described_subject, person_apposition


def test_a_noun_before_a_name_says_what_kind_of_actor_the_subject_is() -> None:
    assert described_subject("Japanese veteran Kenji Morota won the title on Thursday.") == (
        "Kenji Morota",
        True,
    )
    assert described_subject("The world's largest retailer Dalmart last year required it.") == (
        "Dalmart",
        False,
    )
    # One word after a person's noun may be anyone's surname; a people is no person.
    assert described_subject("Striker Morota scored twice on Sunday.") is None
    assert described_subject("Police and militant Protestants clashed on Sunday.") is None
    assert actors_of_event_quoting(
        "Japanese veteran Kenji Morota won the men's all-around title on Thursday.", "Morota"
    ) == ["Kenji Morota"]
    assert actors_of_event_quoting(
        "The world's largest retailer Dalmart last year required its staff to smile.", "Dalmart"
    ) == ["Dalmart"]


def test_a_who_or_an_age_after_a_name_makes_it_a_person() -> None:
    sentence = "Abdul Sorenta, who channeled funds from a cell abroad, was captured in June."
    assert person_apposition(sentence, len("Abdul Sorenta"))
    assert not person_apposition("Harbin Steel, which makes pipes, was sold.", len("Harbin Steel"))
    assert actors_of_event_quoting(sentence, "Sorenta") == ["Abdul Sorenta"]


def test_a_state_acts_through_its_lawmakers_soldiers_and_prosecutors() -> None:
    assert actors_of_event_quoting(
        "Bulgarian lawmakers on Tuesday approved the amendments.", "lawmakers"
    ) == ["Bulgaria"]
    assert actors_of_event_quoting(
        "Israeli soldiers shot two men in Gaza on Saturday.", "soldiers"
    ) == ["Israel"]
    # Those told are listeners, whoever they are.
    found = actors_of_event_quoting(
        "Prime Minister Dominique de Villepin told the French parliament on Wednesday that "
        "taxes would fall.",
        "parliament",
    )
    assert "France" not in found


def test_each_country_of_a_list_takes_part_and_a_city_s_country_does_not() -> None:
    found = actors_of_event_quoting(
        "Repatriations began after the DRC, Angola and Zambia signed an accord in 2003.",
        "accord",
    )
    assert found == ["Democratic Republic of the Congo", "Angola", "Zambia"]
    found = actors_of_event_quoting(
        "Officials of the United States, Britain, France and Russia met on Monday.", "met"
    )
    assert found == ["United States", "United Kingdom", "France", "Russia"]
    # A capital and its country, and the next places of a list after "in", are places.
    assert actors_of_event_quoting("Bombs exploded in Nairobi, Kenya, on Friday.", "Bombs") == []
    found = actors_of_event_quoting(
        "Serbia set up a court in 2003 for the wars in Bosnia, Croatia and Kosovo.", "court"
    )
    assert found == ["Serbia"]


def test_a_un_agency_described_by_its_field_is_that_agency() -> None:
    assert actors_of_event_quoting(
        "The UN refugee agency has begun to fly home 1,800 refugees, it announced on Tuesday.",
        "refugee agency",
    ) == ["UN Refugee Agency"]
    assert actors_of_event_quoting(
        "The U.N. nuclear watchdog said on Monday that inspectors would return.", "watchdog"
    ) == ["International Atomic Energy Agency"]


def test_a_name_then_a_rank_of_a_body_without_an_article_is_a_person() -> None:
    found = actors_of_event_quoting(
        "The Munich prosecutor's office on Monday announced that Tomas Grendel, former head "
        "of the unit, had been detained.",
        "detained",
    )
    assert found == ["Tomas Grendel"]
    found = actors_of_event_quoting(
        "Han Sung-Ryol, deputy ambassador to the UN, met officials on Monday. "
        "Han said on Tuesday that the North was willing to resume talks.",
        "resume",
    )
    assert found == ["Han Sung-Ryol"]


def test_a_body_named_on_after_its_head_up_to_its_initials_is_one_actor() -> None:
    found = actors_of_event_quoting(
        "The Harbin Organizing Committee for the Winter Games (HOCWG) on Wednesday revealed "
        "the ticket prices. The prices reflect the spirit of the Games, HOCWG officials said "
        "on Thursday.",
        "spirit",
    )
    assert found == ["Harbin Organizing Committee for the Winter Games"]
    # More capitals than the initials spell: the name stops at its head.
    found = actors_of_event_quoting(
        "The Harbin Trade Council of the Northern Region and Oil Ministry (HTC) on Monday "
        "cut fees.",
        "fees",
    )
    assert "Harbin Trade Council of the Northern Region and Oil Ministry" not in found
