"""Right actors (issue 9, section 3), one test per kind of failure, on made-up sentences."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tui.extract.actors import detect_candidates, speaker_of
from tui.extract.gazetteer import GAZETTEER
from tui.extract.names import clean_person_name, full_name_of, full_names, is_generic
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.registry import ActorRegistry
from tui.model.timeline import Actor, ActorKind

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extract(text: str, user_actors: tuple[Actor, ...] = ()):
    """Run both stages on one article; return its events and every actor by id."""
    extraction = merge_results(
        process_articles([ArticleInput("a", text, PUBLISHED)]), user_actors=user_actors
    )
    actors = {actor.id: actor for actor in (*user_actors, *extraction.new_actors)}
    return extraction.events, actors


def event_with(events, word: str):
    for event in events:
        if any(word in quote for _, quote in event.sources):
            return event
    raise AssertionError(f"no event quoting {word!r}: {[e.sources for e in events]}")


def names_of(event, actors) -> list[str]:
    return [actors[actor_id].name for actor_id in event.actors]


# --- titles, ranks and dates are not names -------------------------------------------------


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Foreign Minister Jane Doerr", "Jane Doerr"),
        ("Harbor City Police Superintendent Ann Ortiz", "Ann Ortiz"),
        ("Sen. Paul Whitcombe", "Paul Whitcombe"),
        ("Tom Baxter Thursday", "Tom Baxter"),
        ("Gen. Ida Marsh", "Ida Marsh"),
        ("Mr. Okafor", "Mr. Okafor"),  # an honorific stays as the alias the registry knows
        ("Mr", ""),
        ("Dr.", ""),
        ("President", ""),
    ],
)
def test_ranks_titles_and_dates_are_cut_from_a_name(run: str, name: str) -> None:
    assert clean_person_name(run) == name


@pytest.mark.parametrize("word", ["Department", "Centers", "Agency", "Police", "Mr", "Tuesday"])
def test_a_generic_head_or_title_alone_names_nobody(word: str) -> None:
    assert is_generic(word)
    text = f"The {word} said on Monday that the bridge would reopen."
    assert [c.surface for c in detect_candidates(text)] == []


def test_a_rank_before_a_speaker_never_makes_the_actor() -> None:
    events, actors = extract(
        "Harbor City Police Superintendent Ann Ortiz said on Monday that two men were held.\n"
    )
    assert names_of(event_with(events, "two men"), actors) == ["Ann Ortiz"]


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    events, actors = extract("Governor Tom Baxter Thursday signed the water bill.\n")
    assert "Tom Baxter" in names_of(event_with(events, "water bill"), actors)
    assert not any("Thursday" in actor.name for actor in actors.values())


# --- places and listeners are not actors ---------------------------------------------------


def test_a_name_after_in_is_where_the_speakers_are() -> None:
    assert speaker_of("Officials in Springfield said the dam held.") is None
    text = "Officials in Springfield said on Tuesday that the dam held.\n"
    _, actors = extract(text)
    assert not any(actor.name == "Springfield" for actor in actors.values())


def test_an_apposition_that_is_a_name_is_the_speaker_not_the_place() -> None:
    sentence = "In Port Elara, Kenneth Varga, said the search goes on."
    assert speaker_of(sentence) == ("Kenneth Varga", sentence.index("Kenneth"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kenya condemned the attack.", ["kenya"]),
        ("The bombs hit embassies in Kenya and Tanzania.", []),
        ("A blast at the embassy in Nairobi, Kenya, killed ten.", []),
        ("A blast at the embassy in Nairobi, Kenya Friday morning killed ten.", []),
        ("After the talks in Oslo, Kenya agreed to the plan.", ["kenya"]),
        ("Police in Northern Ireland found the arms.", []),
        ("Hungary told CNN it would join.", ["hungary"]),  # the listener is no actor...
        ("In London, the shares rose 2 pence.", []),
        ("THE HAGUE, Netherlands (AP) _ The court met.", ["associated-press"]),  # dateline
        ("Hundreds of people from the US began to arrive.", []),
        ("A bomb ripped through a building next to the U.S. embassy.", []),
        ("The evidence arrived at the bureau's Washington headquarters.", []),
        ("The U.S. embassy said it would close.", ["united-states"]),  # ... a facility speaking is
    ],
)
def test_a_country_named_as_a_place_does_not_act(sentence: str, expected: list[str]) -> None:
    found = ActorRegistry().mentioned_ids(sentence)
    assert found == expected  # (the listener, "told CNN", is no mention of an actor either)


def test_an_institution_named_after_its_building_is_a_place_after_in() -> None:
    assert ActorRegistry().mentioned_ids("Clinton met his aides in the White House.") == []
    assert ActorRegistry().mentioned_ids("The White House said no.") == ["white-house"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blasts killed 250 people, most of them Kenyans and Tanzanians.", []),
        ("About 200 Americans left the country on Tuesday.", []),
        ("The Israelis rejected the offer.", ["israel"]),  # the people for their state
    ],
)
def test_counted_people_are_not_their_state(sentence: str, expected: list[str]) -> None:
    assert ActorRegistry().mentioned_ids(sentence) == expected


def test_a_demonym_before_police_is_the_country_and_a_center_is_named_whole() -> None:
    assert ActorRegistry().mentioned_ids("The FBI and Kenyan police said Monday.") == [
        "federal-bureau-of-investigation",
        "kenya",
    ]
    names = [c.surface for c in detect_candidates("Supplies came from the Walter Reed Army "
                                                  "Medical Center on Monday.")]  # fmt: skip
    assert "Walter Reed Army Medical Center" in names


def test_a_name_that_only_describes_another_in_an_apposition_is_not_an_actor() -> None:
    sentence = "Britain called for Sinn Fein, the IRA's political wing, to be expelled."
    assert ActorRegistry().mentioned_ids(sentence) == ["united-kingdom", "sinn-fein"]
    # Not in an apposition, the possessor may act: "the IRA's statement" names the IRA.
    assert "irish-republican-army" in ActorRegistry().mentioned_ids(
        "Britain read the IRA's statement."
    )


def test_a_source_cited_for_a_happening_is_not_its_actor() -> None:
    events, _ = extract(
        "Putin began a trip to Vladivostok on Monday, according to Russia\u2019s TASS "
        "news agency.\n"
        "Last week, $1.6 billion flowed out of junk funds, according to estimates by Dalbar "
        "Financial Services Inc., a Boston research firm.\n"
    )
    assert event_with(events, "Putin").actors[0] == "vladimir-putin"
    assert "tass" not in event_with(events, "Putin").actors
    assert event_with(events, "junk").actors == []
    # Cited for a statement, the source is the one speaking.
    events, actors = extract("According to Hanna Roos, the vote will be delayed.\n")
    assert names_of(events[0], actors) == ["Hanna Roos"]


def test_a_listener_is_not_among_a_statements_actors() -> None:
    events, actors = extract("Hanna Roos told CNN on Monday that the vote would be delayed.\n")
    assert names_of(event_with(events, "vote"), actors)[0] == "Hanna Roos"
    assert speaker_of("Hanna Roos told CNN that the vote would be delayed.")[0] == "Hanna Roos"


def test_a_news_agency_cited_is_not_an_actor_unless_it_speaks() -> None:
    events, _ = extract("CAIRO (Reuters) - Egypt closed the Rafah crossing on Tuesday.\n")
    assert [event.actors for event in events] == [["egypt"]]
    events, _ = extract("Reuters said on Tuesday it would close its Cairo bureau.\n")
    assert "reuters" in events[0].actors


def test_a_body_named_as_a_persons_affiliation_is_not_an_actor() -> None:
    found = ActorRegistry().mentioned_ids("NATO spokesman Erik Dahl spoke to reporters.")
    assert "nato" not in found
    assert ActorRegistry().mentioned_ids("NATO said it would send ships.") == ["nato"]


# --- kinds from evidence --------------------------------------------------------------------


def test_the_gazetteer_holds_every_un_member_state_and_the_major_organisations() -> None:
    countries = {entry.name for entry in GAZETTEER if entry.kind is ActorKind.COUNTRY}
    assert len(countries) >= 193
    assert {"Tuvalu", "Cabo Verde", "Eswatini", "Chad", "Cyprus"} <= countries
    organisations = {
        name for entry in GAZETTEER for name in (entry.name, *entry.aliases)
        if entry.kind is ActorKind.ORGANIZATION
    }  # fmt: skip
    assert {"UN", "NATO", "EU", "WHO", "FAA", "FBI", "IMF"} <= organisations


def test_every_country_and_organisation_is_written_once_in_the_data_file() -> None:
    from tui.extract import gazetteer

    data = json.loads(gazetteer.DATA_FILE.read_text(encoding="utf-8"))
    for section in ("countries", "organizations"):
        names = [entry["name"].casefold() for entry in data[section]]
        assert len(names) == len(set(names)), section
    written = {entry["name"] for section in data.values() if isinstance(section, list)
               for entry in section}  # fmt: skip
    built = {entry.name for entry in GAZETTEER if entry.kind is not ActorKind.PERSON}
    assert built == written  # no country or organisation is listed in the code as well
    # Capitals point to their governments.
    assert ActorRegistry().resolve("Pyongyang") == "north-korea"
    assert ActorRegistry().resolve("Kremlin") == "russia"


def test_title_words_are_one_list_for_cleaning_names_and_finding_them() -> None:
    from tui.extract import actors, names

    assert names.NAME_TITLES - {"General"} <= names.TITLE_WORDS
    assert names.HONORIFIC_WORDS <= names.TITLE_WORDS
    # Each title introduces a name and is cut from it: "Sen. Jane Doe", "Miss Jane Doe".
    for title in ("Sen.", "Miss", "Prime Minister", "spokeswoman"):
        found = actors.detect_candidates(f"{title} Jane Doe arrived.")
        assert [c.surface for c in found if "Doe" in c.surface], title
        assert clean_person_name(f"{title} Jane Doe") in ("Jane Doe", f"{title} Jane Doe")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Cypriot government condemned the attack.", ["cyprus"]),
        (
            "The British and Irish governments invited the party back.",
            ["united-kingdom", "ireland"],
        ),
        ("Israeli officials said the crossing was open.", ["israel"]),
        ("British tanks rolled past.", []),  # an adjective, not the country
        ("Pro-British voters marched.", []),
        ("The Swiss bank closed.", []),
    ],
)
def test_a_demonym_before_a_word_for_the_state_is_the_country(sentence, expected) -> None:
    assert ActorRegistry().mentioned_ids(sentence) == expected


def test_an_ambiguous_country_name_alone_is_not_the_country() -> None:
    registry = ActorRegistry()
    assert registry.mentioned_ids("Chad Morrow said the race was close.") == []
    assert registry.mentioned_ids("Chadian troops crossed the border.") == ["chad"]


def test_an_organisation_is_known_by_its_suffix_and_answers_to_its_short_name() -> None:
    text = (
        "Brightwater Mills Inc. said on Monday it would cut its dividend.\n"
        "Brightwater shares fell on Tuesday.\n"
    )
    events, actors = extract(text)
    first = event_with(events, "dividend")
    assert [(actors[i].name, actors[i].kind) for i in first.actors] == [
        ("Brightwater Mills Inc.", ActorKind.ORGANIZATION)
    ]


def test_an_unknown_word_with_no_evidence_is_not_made_a_person() -> None:
    # "Quorvex" could be a person, a company or a ship: nothing says which.
    _, actors = extract("Quorvex was sold on Monday for $2 million.\n")
    assert not any(actor.name == "Quorvex" for actor in actors.values())
    # An all-capital speaker is an organisation, not a person.
    _, actors = extract("ZETRA said on Monday that sales rose.\n")
    assert [a.kind for a in actors.values() if a.name == "ZETRA"] == [ActorKind.ORGANIZATION]


# --- one actor per entity -------------------------------------------------------------------


def test_a_surname_resolves_to_the_full_name_met_earlier_in_the_article() -> None:
    text = (
        "Mayor Maria Lindqvist opened the bridge on Monday.\n"
        "Lindqvist said on Tuesday that tolls would stay.\n"
    )
    events, actors = extract(text)
    assert names_of(event_with(events, "tolls"), actors) == ["Maria Lindqvist"]
    assert not any(actor.name == "Lindqvist" for actor in actors.values())


def test_a_shared_surname_is_the_nearest_full_name_before_it() -> None:
    text = (
        "Raul Mendez spoke first. Ana Mendez answered him.\n"
        "Mendez said on Tuesday that the deal was off.\n"
    )
    names = full_names(text)
    assert full_name_of(["Mendez"], text.index("Mendez said"), names) == "Ana Mendez"
    events, actors = extract(text)
    assert names_of(event_with(events, "deal"), actors) == ["Ana Mendez"]


def test_a_partial_name_resolves_to_the_longer_name_in_the_article() -> None:
    text = "Juan Pablo Ortega arrived on Monday. Pablo Ortega said on Tuesday he would stay.\n"
    events, actors = extract(text)
    assert names_of(event_with(events, "stay"), actors) == ["Juan Pablo Ortega"]


def test_a_surname_resolves_across_the_timeline_by_alias() -> None:
    user = (Actor("lindqvist", "Maria Lindqvist", ActorKind.PERSON),)
    events, _ = extract("Lindqvist said on Tuesday that tolls would stay.\n", user)
    assert event_with(events, "tolls").actors == ["lindqvist"]


# --- the main participant -------------------------------------------------------------------


def test_the_subject_of_the_verb_is_among_the_actors() -> None:
    text = (
        "Harlan Voss, 52, of Millbrook, was arrested on Tuesday at his home.\n"
        "Police had sought Voss for a week.\n"
    )
    events, actors = extract(text)
    assert "Harlan Voss" in names_of(event_with(events, "arrested"), actors)


def test_a_pronoun_subject_is_the_last_person_subject_before_it() -> None:
    text = (
        "Harlan Voss was charged with fraud on Monday. Voss denies it.\n"
        "The trial of his partner in the Ellery case begins in May.\n"
        "He was released on bail on Tuesday.\n"
    )
    events, actors = extract(text)
    assert names_of(event_with(events, "bail"), actors) == ["Harlan Voss"]


def test_a_description_of_a_business_is_the_company_the_article_is_about() -> None:
    text = (
        "Brightwater Mills Inc. said on Monday that it sold a plant to Ferro Bank Corp.\n"
        "The grain processor reported a loss on Tuesday.\n"
        "In fiscal 2020, the company earned $3 million.\n"
    )
    events, actors = extract(text)
    assert names_of(event_with(events, "loss"), actors) == ["Brightwater Mills Inc."]
    assert names_of(event_with(events, "earned"), actors) == ["Brightwater Mills Inc."]


def test_a_person_named_to_describe_another_is_not_whom_a_surname_means() -> None:
    text = (
        "Tomas Arden, brother of President Felipe Arden, spoke at the rally on Sunday.\n"
        "The march was led by Felipe Arden in 1990.\n"
        "Arden said on Monday that the fight goes on.\n"
    )
    events, actors = extract(text)
    assert names_of(event_with(events, "fight"), actors) == ["Tomas Arden"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The boy survived a voyage to the United States.", []),
        ("He is free to return to Cuba.", []),
        ("She spoke of the feud in both Cuba and Mexico.", []),
        ("Cuba sent a note to Mexico.", ["cuba"]),  # the recipient, like a listener, does not act
        ("The treaty was sent back to Mexico.", []),
    ],
)
def test_a_country_named_as_a_destination_does_not_act(sentence, expected) -> None:
    assert ActorRegistry().mentioned_ids(sentence) == expected


def test_a_given_name_alone_is_the_person_the_article_named_in_full() -> None:
    events, actors = extract(
        "Elian Gonzalez was found at sea. Gonzalez has two cousins.\n"
        "Elian was found on an inner tube on Nov. 25.\n"
    )
    assert names_of(event_with(events, "inner tube"), actors) == ["Elian Gonzalez"]
    # A place or a firm whose first word stands alone is nobody's given name.
    events, actors = extract(
        "Poughkeepsie Savings had a plan.\nSouth rejected the bid on Monday.\n"
    )
    assert event_with(events, "South").actors == []


def test_a_firm_called_by_its_first_word_is_the_firm_the_article_named() -> None:
    events, actors = extract(
        "Heritage Media Corp. said it offered to buy POP Radio Corp.\n"
        "Heritage, which owns 51% of POP, said it will exchange shares on Friday.\n"
    )
    assert names_of(event_with(events, "exchange"), actors)[0] == "Heritage Media Corp."


def test_a_lone_police_is_the_force_the_article_names_unless_only_cited() -> None:
    text = (
        "CAGUAS, Puerto Rico (AP) _ Police confirmed Friday that the body was that of Jorge "
        "Hernandez.\nHernandez was kidnapped Wednesday, police said.\n"
        "Puerto Rico Police Superintendent Pedro Toledo urged people to be alert.\n"
    )
    events, _ = extract(text)
    assert "puerto-rico-police" in event_with(events, "confirmed").actors
    assert "puerto-rico-police" not in event_with(events, "kidnapped").actors


def test_a_country_is_never_taken_for_a_firm_named_after_it() -> None:
    events, _ = extract(
        "Russia Today Inc. said it would expand.\nRussia closed its border on Monday.\n"
    )
    assert event_with(events, "border").actors[0] == "russia"
