"""No junk actors (issue 9, section 3): a word for a people, a count or a compound adjective
is never a name, nor part of one; one test per kind, on made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.actors import speaker_of
from tui.extract.names import clean_person_name, full_names
from tui.extract.pipeline import ArticleInput, merge_results, process_articles

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def actor_names(*texts: str) -> set[str]:
    """The names of every actor extraction proposes for ``texts`` (one article each)."""
    items = [ArticleInput(f"a{index}", text, PUBLISHED) for index, text in enumerate(texts)]
    return {actor.name for actor in merge_results(process_articles(items)).new_actors}


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Six Japanese", ""),  # a count of people
        ("Noting Chinese", ""),  # a participle before a people word
        ("Additional Italian", ""),
        ("Croatian", ""),  # "said the Croatian"
        ("Two Palestinians", ""),
        ("Bosnian Serb", ""),
        ("Seoul-based MBC", "MBC"),  # a compound adjective describes the name
        ("Iranian-backed Hezbollah", ""),  # one word left: no evidence of a kind
        ("Cancer-stricken Mobutu", ""),  # a lone word left is no evidence of a name
        ("Later MBC", "MBC"),  # a sentence opener glued to the name
        ("All Burma Students Democratic Front", "All Burma Students Democratic Front"),
        ("South Korean", ""),  # a people of two words
        ("New York-based Labour", ""),  # a compound adjective anywhere in the run
        ("Secretary of State Madeleine Albright", "Madeleine Albright"),  # the rank's department
        ("Kim Jong-Un", "Kim Jong-Un"),  # a capitalised second part is the name's own
        ("Kim Jong-un", "Kim Jong-un"),  # and so is a lowercase one that is no adjective
        ("Bill English", "Bill English"),  # a people word that is a surname too
        ("Noting British", ""),
        ("Jean-Marie Lemaire", "Jean-Marie Lemaire"),
    ],
)
def test_people_words_counts_and_modifiers_make_no_name(run: str, name: str) -> None:
    assert clean_person_name(run) == name


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We will," said Chinese foreign ministry spokesman Li Wenbo.', "Li Wenbo"),
        ('"We try," said British finance minister Ada Crane, who chaired it.', "Ada Crane"),
        ('"It is hard," said a British source, speaking on condition of anonymity.', None),
        ('"Our group is good," said the Croatian.', None),
        ('"Yes," said British officials in the capital Jakarta.', None),
        # The body whose field ends its name speaks, not the field ("Investigation").
        (
            "The Federal Bureau of Investigation said on Monday it had a suspect.",
            "Federal Bureau of Investigation",
        ),
        ("Rates will stay, the Bank of Korea said on Friday.", "Bank of Korea"),
    ],
)
def test_a_people_word_before_a_role_is_not_the_speaker(sentence: str, speaker: str | None) -> None:
    found = speaker_of(sentence)
    assert (found[0] if found else None) == speaker


def test_a_people_word_never_becomes_an_actor_of_other_articles() -> None:
    names = actor_names(
        "Six Japanese left Kinshasa on Sunday as part of an evacuation, the embassy said.\n"
        '"We are leaving," said the Croatian on Monday.\n',
        "Japanese exporters cut prices on Tuesday. Japanese officials met on Monday.\n",
    )
    assert not {name for name in names if "Japanese" in name or "Croatian" in name}


def test_no_name_starts_inside_a_word() -> None:
    # "IMF. It is time": no "F. It", whom a later "It" would stand for.
    assert full_names("Critics blamed the IMF. It is time to act, said Ana Ruiz.") == {
        "Ruiz": [(48, "Ana Ruiz")]
    }


def test_a_name_the_text_writes_as_a_place_is_no_person() -> None:
    text = (
        "The club was founded in Hong Kong in 1894. Kong could not be reached on Monday.\n"
        "In New York, a North Korean official said on Tuesday that talks would resume.\n"
    )
    assert "Hong Kong" not in {name for runs in full_names(text).values() for _, name in runs}
    assert not {"Hong Kong", "New York"} & actor_names(text)


def test_a_front_is_an_organisation() -> None:
    text = "The Patriotic Unity Front seized the town of Oruba on Monday.\n"
    assert "Patriotic Unity Front" in actor_names(text)


def test_a_body_and_its_initials_in_brackets_are_one_actor() -> None:
    text = (
        "The Central Bureau of Investigation (CBI) said on Monday it had charged 55 people.\n"
        'The CBI said on Tuesday that "more charges will follow."\n'
    )
    names = actor_names(text)
    assert "Central Bureau of Investigation" in names
    assert "CBI" not in names


def test_a_member_of_parliament_s_mp_is_a_rank_not_part_of_the_name() -> None:
    assert clean_person_name("MP Sirri Sakik") == "Sirri Sakik"
    assert clean_person_name("former MP Walid Jumblatt") == "Walid Jumblatt"
    # Police and army ranks below an officer's are ranks too.
    assert clean_person_name("Constable Peni Verekauta") == "Peni Verekauta"
    assert clean_person_name("Corporal John Lyon") == "John Lyon"
    names = actor_names('"I\'ll miss it greatly," said Corporal John Lyon on Tuesday.')
    assert names == {"John Lyon"}


def test_a_dotted_abbreviation_stays_whole_in_an_organisation_s_name() -> None:
    names = actor_names("The U.S. Senate voted 52-48 on Tuesday to approve the bill.")
    assert "U.S. Senate" in names
    assert "S. Senate" not in names  # (its name began inside the "U.S.")


def test_a_participle_or_verb_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    names = actor_names(
        "Excluding South Africa, sub-Saharan Africa grew 5 percent in 2005, the World Bank "
        "said on Monday. Africa will grow again, the bank said."
    )
    assert "Excluding South Africa" not in names
    assert "World Bank" in names
