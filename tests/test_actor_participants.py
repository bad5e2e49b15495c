"""The event's main participant among its actors, and nothing that only describes (issue 9,
section 3): one test per kind of failure, on made-up sentences."""

from __future__ import annotations

import datetime as dt

from tui.extract.actors import cited_source, detect_candidates
from tui.extract.names import full_name_of, full_names
from tui.extract.people import article_names, surname_mentions
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.registry import ActorRegistry
from tui.extract.subjects import (
    clause_start,
    last_person,
    person_subjects,
    pronoun_referent,
    sentence_subject,
)
from tui.model.timeline import ActorKind

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extract(text: str):
    extraction = merge_results(process_articles([ArticleInput("a", text, PUBLISHED)]))
    return extraction.events, {actor.id: actor for actor in extraction.new_actors}


def names_in(text: str, word: str) -> list[str]:
    """The actor names of the event quoting ``word``."""
    events, actors = extract(text)
    for event in events:
        if any(word in quote for _, quote in event.sources):
            return [actors[i].name if i in actors else i for i in event.actors]
    raise AssertionError(f"no event quoting {word!r}: {[e.sources for e in events]}")


def test_a_person_called_by_surname_alone_is_the_full_name_met_before() -> None:
    text = (
        "Mr. Harlan Voss, 51, became the subject of a manhunt in May. "
        "Voss said he was innocent. "
        "The filing of the charges on Monday has raised interest in Voss as a suspect."
    )
    assert "Harlan Voss" in names_in(text, "interest in Voss")


def test_a_surname_is_only_an_alias_of_a_run_the_article_shows_is_a_person() -> None:
    # "Northern Ireland" ... "Ireland": a capitalised run with no evidence it is a person's.
    text = "Troops left Northern Ireland. Ireland objected. Afghan Women marched. Women spoke."
    names = full_names(text)
    assert surname_mentions(text, names, []) == []
    # "Afghan Women" ... "Women": a demonym starts a group's name, whatever a rule took it for.
    assert surname_mentions(text, names, ["Afghan Women"]) == []
    # "North Korea" ... "Korea": a country, whatever a rule took it for.
    text = "North Korea fired. Korea is split."
    assert surname_mentions(text, full_names(text), ["North Korea"]) == []
    text = "Dr. Ann Cole spoke. Cole left."
    found = surname_mentions(text, full_names(text), ["Dr. Ann Cole"])
    assert [(c.surface, c.short, c.kind) for c in found] == [("Ann Cole", "Cole", ActorKind.PERSON)]


def test_the_main_clause_starts_after_a_conjunction_a_date_or_an_introductory_phrase() -> None:
    for sentence, clause in [
        ("In over-the-counter trading yesterday, KLM plunged $4.", "KLM plunged $4."),
        ("Earlier Sunday, police and protesters clashed.", "police and protesters clashed."),
        ("Friday she had definite opinions.", "she had definite opinions."),
        ("But Labor leader Ann Cole kept out.", "Labor leader Ann Cole kept out."),
        ("The company, which makes trucks, said so.", "The company, which makes trucks, said so."),
    ]:
        assert sentence[clause_start(sentence) :] == clause


def test_the_subject_after_an_introductory_phrase_or_a_role_is_found() -> None:
    text = (
        "Ann Cole met voters on Monday in the capital and in three other towns. Cole said "
        "she would win. Polls on Tuesday said otherwise. But Labor leader Ann Cole kept her "
        "party out."
    )
    names = full_names(text)
    sentence = "But Labor leader Ann Cole kept her party out."
    assert sentence_subject(sentence, text.index("But"), text, names) == ("Ann Cole", True)
    sentence = "In trading yesterday, KLM plunged $4."
    assert sentence_subject(sentence, 0, sentence, {}) == ("KLM", False)


def test_a_pronoun_after_a_date_or_joined_to_a_name_is_the_last_person() -> None:
    people = [(0, "Ann Cole")]
    assert pronoun_referent("Friday she had definite opinions.", 50, people) == "Ann Cole"
    assert pronoun_referent("He and Ben Ruiz meet Monday.", 50, people) == "Ann Cole"
    assert pronoun_referent("The hen and the fox met.", 50, people) is None


def test_one_resolver_names_a_pronoun_for_actors_and_titles_alike() -> None:
    # No person subject before: the surname the article calls a person by, never a demonym.
    text = "South Korean police met Carl Ivo Brandt on Monday. Brandt left. He came home.\n"
    names = article_names(text)
    offset = text.index("He came")
    assert pronoun_referent("He came home.", offset, [], names, text) == "Carl Ivo Brandt"
    assert last_person([], offset, names, text) == "Carl Ivo Brandt"
    korean = {"Korean": [(0, "South Korean")]}
    assert last_person([], offset, korean, text + " Korean Korean") == ""
    assert pronoun_referent("He came home.", 1, [], names, text) is None


def test_the_company_anywhere_in_a_sentence_is_the_business_the_article_is_about() -> None:
    text = (
        "Grell Tools Inc. said on Monday it would sell its Ohio plant. "
        "The sale on Tuesday is expected to save the company about $4 million."
    )
    assert names_in(text, "save the company") == ["Grell Tools Inc."]


def test_names_in_a_relative_clause_describe_and_do_not_take_part() -> None:
    registry = ActorRegistry()
    text = (
        "Libya, which brought the case in its dispute with the United States and Britain, "
        "hailed the ruling."
    )
    assert registry.mentioned_ids(text) == ["libya"]


def test_an_organisation_that_only_modifies_a_noun_is_not_an_actor() -> None:
    registry = ActorRegistry()
    registry.add("Communist Party", ActorKind.ORGANIZATION)
    assert registry.mentioned_ids("TV clings to the Communist Party line.") == []
    assert registry.mentioned_ids("The Communist Party said so.") == ["communist-party"]
    # A happening it owns, or its own head, keeps it the actor.
    assert registry.mentioned_ids("the NATO summit opened") == ["nato"]


def test_a_persons_home_is_a_place_not_a_participant() -> None:
    registry = ActorRegistry()
    registry.add("Barry Sloan", ActorKind.PERSON)
    assert registry.mentioned_ids("A rifle was found behind Barry Sloan's house.") == []
    assert registry.mentioned_ids("Barry Sloan's car was found.") == ["barry-sloan"]
    # "the Sloan shooting": a person's name as a noun's modifier names the case, not who acts.
    assert registry.mentioned_ids("a warrant in the Barry Sloan shooting") == []


def test_a_relation_only_people_have_shows_a_name_is_a_persons() -> None:
    text = (
        "A friend of Avram Selig's assassin testified on Friday. "
        "Dov Kehat, 27, is serving a life sentence for the 1995 murder of Selig on Monday."
    )
    assert "Avram Selig" in names_in(text, "murder of Selig")


def test_a_possessor_opening_a_sentence_is_the_firm_the_article_names() -> None:
    text = (
        "Ratley Group PLC raised its offer on Monday. "
        "In London yesterday, Ratley's shares were up 2 pence on Tuesday."
    )
    assert names_in(text, "shares were up") == ["Ratley Group PLC"]
    # A possessor with no evidence is no actor: "International Women's Day is Sunday".
    sentence = "International Women's Day is this coming Sunday."
    assert sentence_subject(sentence, 0, sentence + " Women marched.", {}) is None


def test_a_name_the_next_sentence_calls_he_is_a_person() -> None:
    text = (
        "Police named a suspect on Monday. Eric Rudbeck has been on the run since the 1998 "
        "bombing. He also is charged in the 1996 bombing in Atlanta."
    )
    assert names_in(text, "1996 bombing") == ["Eric Rudbeck"]


def test_the_content_of_a_charge_or_a_claim_is_not_the_happenings() -> None:
    registry = ActorRegistry()
    assert registry.mentioned_ids(
        "Clinton glossed over warnings from Moscow that US air strikes against Iraq would harm ties"
    ) == ["russia"]
    assert registry.mentioned_ids(
        "U.S. and British officials filed objections, claiming resolutions on Libya overruled it"
    ) == ["united-states", "united-kingdom"]


def test_a_country_left_is_a_place_and_a_demonym_before_objections_is_the_state() -> None:
    registry = ActorRegistry()
    assert registry.mentioned_ids("About 200 Americans left Pakistan today.") == []
    assert registry.mentioned_ids("The court rejected British objections.") == ["united-kingdom"]


def test_the_agency_that_reported_a_statement_is_its_source() -> None:
    sentence = (
        "Spokesman Omid Rahbar said that Iran condemns the attacks, the official news agency "
        "IRNA reported."
    )
    assert cited_source(sentence) == "IRNA"


def test_a_country_before_an_organisations_name_is_only_where_it_belongs() -> None:
    registry = ActorRegistry()
    text = (
        "The U.S. Immigration and Naturalization Service set a deadline for his "
        "repatriation to Cuba."
    )
    assert registry.mentioned_ids(text) == ["immigration-and-naturalization-service"]


def test_a_relation_names_a_person_without_taking_a_surname_from_another() -> None:
    text = (
        "Raul Castro spoke on Monday. The brother of President Fidel Castro said so. "
        "The grandmother of Elian Gonzalez wrote. Castro declared victory."
    )
    names = article_names(text)
    assert full_name_of(["Castro"], text.index("Castro declared"), names) == "Raul Castro"
    assert [full for found in names.values() for _, full in found if "Elian" in full] == [
        "Elian Gonzalez"
    ]


def test_a_text_with_no_sentence_start_has_no_person_subjects() -> None:
    assert person_subjects("", {}) == []
    assert person_subjects("no capital letter here", {}) == []


def test_a_firm_of_partners_is_one_organisation_however_its_ampersand_is_written() -> None:
    text = "A spokeswoman for Crum amp Forster said on Monday that jobs would go."
    assert names_in(text, "jobs would go") == ["Crum & Forster"]


def test_one_name_listed_between_two_people_is_a_persons() -> None:
    text = (
        "On Monday, secretary of state Ann Marlow, Berger and defense secretary Will Cohn "
        "announced plans to travel."
    )
    assert [c.surface for c in detect_candidates(text) if c.surface == "Berger"] == ["Berger"]
    text = "On Monday he flew to New York, Boston and Los Angeles."
    assert [c.surface for c in detect_candidates(text)] == []


def test_a_firm_called_by_its_first_words_is_found_in_the_articles_full_names() -> None:
    text = "The Vanguard Group Inc. said so. Ratners Group PLC raised its price."
    sentence = "Vanguard's $1 billion High Yield Bond Portfolio has seen $161 million flow out."
    assert sentence_subject(sentence, len(text), text + " " + sentence, {}) == (
        "Vanguard Group Inc.",
        False,
    )
