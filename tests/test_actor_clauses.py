"""Which clause's names take part in an event (issue 9, section 3): the clause its date is in,
a pronoun subject wherever the sentence hides it, the speaker of every remark of a statement.
Made-up sentences, one test per kind."""

from __future__ import annotations

from actor_support import PUBLISHED, actors_of_event_quoting

from tui.extract.actors import detect_candidates
from tui.extract.bodies import described_body
from tui.extract.people import lead_person
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.roles import (
    event_clause,
    own_sentence,
    without_cause_authors,
    without_other_dates_names,
)
from tui.extract.subjects import owner_of_described, sentence_subject
from tui.model.timeline import ActorKind


def test_a_date_in_a_relative_clause_dates_that_clause_with_what_it_is_about() -> None:
    sentence = (
        "Most voters oppose uniting Ireland and want a strong council for Northern Ireland, "
        "which has been ruled directly by London since 1972."
    )
    title = "Northern Ireland has been ruled directly by London"
    assert event_clause(sentence, "1972", title) == (
        "a strong council for Northern Ireland, which has been ruled directly by London since 1972."
    )
    # The noun phrase whole, not from a determiner inside its prepositional phrase.
    sentence = "They wait for an appeals court ruling on the case, which is expected next month."
    clause = event_clause(sentence, "next month", "An appeals court ruling on the case is expected")
    assert clause.startswith("an appeals court ruling on the case, which")
    # A name before the comma is what a "who" clause is about.
    sentence = "Juanita Perez, who arrived in Miami in 1961, runs a pharmacy."
    assert event_clause(sentence, "1961", "Juanita Perez arrived in Miami") == (
        "Juanita Perez, who arrived in Miami in 1961"
    )


def test_a_date_of_the_main_clause_keeps_the_whole_sentence() -> None:
    # The title tells the main clause: the date was its verb's, whatever comma comes before.
    sentence = "The White House, which hosted Lee, downgraded the talks on Friday."
    assert event_clause(sentence, "Friday", "The White House downgraded the talks") == sentence
    sentence = "Britain Tuesday recalled its envoy, who had arrived in May, to London."
    assert event_clause(sentence, "Tuesday", "Britain recalled its envoy") == sentence
    # No relative clause, or no date in it.
    sentence = "Kenya voted on Monday."
    assert event_clause(sentence, "Monday", "Kenya voted") == sentence
    assert event_clause("Kenya voted.", "", "Kenya voted") == "Kenya voted."


def test_the_main_clause_subject_is_no_actor_of_a_relative_clause_event() -> None:
    text = (
        "Mr. Paul Ortega, the union's lawyer, spoke on Tuesday. "
        "Ortega and the members will wait for an appeals court ruling on the strike, "
        "which is expected next month."
    )
    assert "Paul Ortega" not in actors_of_event_quoting(text, "appeals court ruling")


def test_a_pronoun_subject_after_a_subordinate_clause_is_the_person_last_named() -> None:
    text = (
        "Anna Brill has run the harbour board since 2019. Brill visited the harbour on Monday. "
        "And while she avoids the quarrel over the port, Friday she had firm opinions on "
        "the new toll."
    )
    assert "Anna Brill" in actors_of_event_quoting(text, "firm opinions")


def test_the_speaker_of_a_remark_merged_into_a_statement_takes_part_in_it() -> None:
    text = (
        "WELLINGTON (AP) _\n\n"
        "The ferry company had the right to raise its fares, New Zealand said Friday in "
        "response to the strike.\n\n"
        "Transport Minister Don Mackay said the strike was unlawful.\n\n"
        "``Companies have the right to raise their fares and New Zealand understands the "
        "steps the ferry company has taken,'' Mackay said.\n"
    )
    assert {"New Zealand", "Don Mackay"} <= set(
        actors_of_event_quoting(text, "had the right to raise")
    )


def test_the_owner_in_an_opening_circumstance_is_no_actor_of_the_main_clause() -> None:
    text = (
        "Just ahead of Mr. Ray Dole's trip, the State Department on Sunday issued a caution to "
        "travelers."
    )
    assert actors_of_event_quoting(text, "issued a caution") == ["State Department"]
    # Not a circumstance: the owner of what the sentence tells takes part.
    text = "Mr. Ray Dole's trip was cancelled on Sunday by the State Department."
    assert "Ray Dole" in actors_of_event_quoting(text, "trip was cancelled")


def test_a_name_another_date_follows_goes_with_that_dates_happening() -> None:
    sentence = (
        "Ann Lee held meetings with Prime Minister Tom Hale 10 days ago and Raj Patel last week."
    )
    assert "Raj Patel" not in without_other_dates_names(sentence, "10 days ago")
    assert "Tom Hale" in without_other_dates_names(sentence, "10 days ago")
    assert "Tom Hale" not in without_other_dates_names(sentence, "last week")
    # Offsets kept; nothing blanked when the event's own date follows no name.
    assert len(without_other_dates_names(sentence, "last week")) == len(sentence)
    sentence = "On Monday Ann Lee said Tom Hale left Friday."
    assert without_other_dates_names(sentence, "Monday") == sentence


def test_a_quotation_the_splitter_ran_in_after_the_sentence_is_not_its_own() -> None:
    sentence = (
        "``He did not write it,'' said Mr. Tom Hale, spokesman for the family. "
        "``Ruiz has been dreaming since Monday.''"
    )
    quote = "``He did not write it,'' said Mr. Tom Hale"
    assert own_sentence(sentence, quote) == sentence.split(" ``Ruiz")[0]
    # Unless the event's date is only in the quotation after.
    assert own_sentence(sentence, quote, "Monday") == sentence


def test_who_a_person_is_before_the_name_makes_a_person() -> None:
    text = (
        "Rebels fought the troops of dictator Ramon Vasco for years. They declared victory on "
        "Jan. 1, 1959 when Vasco fled the country."
    )
    assert actors_of_event_quoting(text, "declared victory") == ["Ramon Vasco"]


def test_initials_joined_by_a_spelt_out_ampersand_are_one_firm() -> None:
    text = "Earlier AT and T also announced a drop in profits on Monday."
    assert actors_of_event_quoting(text, "a drop in profits") == ["AT&T"]


def test_a_body_named_by_its_place_and_a_lowercase_head_is_an_organisation() -> None:
    text = "CAMDEN, N.J. _ A new Mercer County task force began work Thursday on the cases."
    assert actors_of_event_quoting(text, "began work") == ["Mercer County task force"]
    # Not a country's: "The Kenya commission" is no new body's name.
    assert sentence_subject("The Kenya commission met on Monday.", 0, "", {}) is None


def test_a_described_thing_is_its_owners_whom_the_article_named_before() -> None:
    text = (
        "Vantor Group PLC raised its price for Bellamy's Inc. on Monday, after another firm "
        "said it would outbid Vantor's initial offer. "
        "The sweetened offer is scheduled for completion by Dec. 10."
    )
    assert "Vantor Group PLC" in actors_of_event_quoting(text, "sweetened offer")
    # Not a function word taken for the thing: "The filing of the charges has ...".
    assert owner_of_described("The filing of the charges has grown.", 40, text, {}) == ""


def test_a_descriptive_lead_is_about_the_person_introduced_next_with_an_age() -> None:
    text = (
        "BAYAMON (AP)_ Kidnappers kept their promise to kill a store owner they held and police "
        "found the man's body Friday. Police confirmed Friday that the body belonged to Luis "
        "Ortiz, 49. Ortiz was kidnapped on Wednesday."
    )
    assert "Luis Ortiz" in actors_of_event_quoting(text, "found the man's body")
    # A lead that describes no one looks for no one.
    lead = "Prices rose sharply on Friday."
    assert lead_person(lead + " Ann Cole, 41, said so.", 0, len(lead)) == ""


def test_a_person_named_beside_a_relation_is_found_by_it_in_other_articles() -> None:
    first = (
        "Tomas Vega, 6, was found at sea. "
        "The agency had ruled that Tomas must be returned to his father, Pablo Ruiz Vega, by "
        "Friday. Vega said on Monday he was ready."
    )
    second = "Tomas Vega's father said in a letter published Wednesday that he wants a visit."
    third = "The agency ruled last month that only Tomas's father can speak for the boy."
    extraction = merge_results(
        process_articles(
            [
                ArticleInput(name, text, PUBLISHED)
                for name, text in (("a", first), ("b", second), ("c", third))
            ]
        )
    )
    names = {actor.id: actor.name for actor in extraction.new_actors}
    by_article = {
        event.sources[0][0]: [names.get(i, i) for i in event.actors] for event in extraction.events
    }
    assert "Pablo Ruiz Vega" in by_article["b"]
    assert "Pablo Ruiz Vega" in by_article["c"]
    # The owner's surname in "Tomas Vega's father" is not the father's own mention.
    assert "Tomas Vega" not in by_article["b"]


def test_a_body_described_by_its_field_is_the_one_the_article_names_so() -> None:
    text = (
        "Finally today, we learned that the space agency has taken a leap forward. "
        "It was years before NASA included women, and it has named one commander on Monday."
    )
    assert described_body(text.split(". ")[0], text, []) == (
        "National Aeronautics and Space Administration"
    )
    # Found by a rule in the article too; none when no body of the article has the field.
    sentence = "The immigration service ruled on Monday."
    named = ["Immigration and Naturalization Service"]
    assert described_body(sentence, sentence, named) == named[0]
    assert described_body(sentence, sentence, ["Internal Revenue Service"]) == ""


def test_the_author_of_a_cause_is_no_actor_of_what_it_caused() -> None:
    sentence = "The party was expelled on Feb. 20 for two killings blamed on the Liberty Front."
    assert "Liberty Front" not in without_cause_authors(sentence, "The party was expelled")
    # The author stays when the title tells the cause's own happening.
    title = "Two killings blamed on the Liberty Front"
    assert without_cause_authors(sentence, title) == sentence


def test_only_a_company_has_shares() -> None:
    text = "A unit of Framatome S.A. also bought Navigation Mixte shares on Monday."
    assert set(actors_of_event_quoting(text, "bought Navigation Mixte")) == {
        "Framatome S.A.",
        "Navigation Mixte",
    }
    # A market is no company: "Hong Kong shares closed", "bought Japanese shares".
    text = "Hong Kong shares closed higher on Monday as funds bought Japanese shares."
    assert [c.surface for c in detect_candidates(text) if c.kind is ActorKind.ORGANIZATION] == []
