"""Headline titles from the event's own clause (issue 9, section 1)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.pipeline import ArticleInput, merge_results, process_article, process_articles
from tui.extract.subjects import last_person
from tui.extract.title_names import name_pronoun
from tui.extract.titles import (
    MAX_TITLE,
    event_title,
    lead_title,
    statement_gist,
)


def _at(sentence: str, date: str) -> tuple[str, int, int]:
    start = sentence.index(date)
    return sentence, start, start + len(date)


def title_for(sentence: str, date: str) -> str:
    return event_title(*_at(sentence, date))


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # The date and its preposition leave; actor, verb and object stay.
        (
            "A bullet-proof train carrying the leader departed Pyongyang on Sunday night "
            "for Vladivostok.",
            "Sunday night",
            "A bullet-proof train carrying the leader departed Pyongyang for Vladivostok",
        ),
        # A fronted date: the verb after it.
        (
            "On Tuesday, the city council approved the new budget for schools.",
            "Tuesday",
            "The city council approved the new budget for schools",
        ),
        # Modality stays with the verb.
        (
            "The two leaders will meet in Vladivostok next week, officials said.",
            "next week",
            "The two leaders will meet in Vladivostok",
        ),
        (
            "The ship is expected to arrive in Lisbon on Friday.",
            "Friday",
            "The ship is expected to arrive in Lisbon",
        ),
        # No leading conjunction or discourse word.
        (
            "But the board rejected the offer on Monday.",
            "Monday",
            "The board rejected the offer",
        ),
        # The clause the date is in, not the main clause.
        (
            "Smith, who founded the company in 1972, retired last year.",
            "1972",
            "Smith founded the company",
        ),
        # A subject across an apposition.
        (
            "Jane Doe, 44, of Albany, was arrested in March at her home.",
            "March",
            "Jane Doe was arrested at her home",
        ),
    ],
)
def test_title_is_the_dated_clause(sentence: str, date: str, title: str) -> None:
    assert title_for(sentence, date) == title


def test_a_pronoun_subject_is_the_name_the_sentence_gives() -> None:
    sentence = "Mary Jones has been in hiding since she was released on Nov. 25 from jail."
    assert title_for(sentence, "Nov. 25") == "Mary Jones was released from jail"


def test_a_participle_clause_borrows_its_subject_in_the_past_tense() -> None:
    sentence = "The rebels fought for years, declaring victory on Jan. 1, 1959 in the capital."
    assert title_for(sentence, "Jan. 1, 1959") == "The rebels declared victory in the capital"


def test_timebank_quote_marks_and_datelines_are_cleaned() -> None:
    sentence = "LONDON (AP) _ The agency announced a ``major development'' on Thursday."
    title = title_for(sentence, "Thursday")
    assert title == "The agency announced a \u201cmajor development\u201d"


def test_a_long_clause_is_cut_before_a_phrase_never_mid_phrase() -> None:
    sentence = (
        "The regional transport authority approved on Monday a plan to extend the tram line "
        "from the central station to the airport and to the new hospital in the northern "
        "suburbs of the city."
    )
    title = title_for(sentence, "Monday")
    assert len(title) <= MAX_TITLE
    assert title.startswith("The regional transport authority approved a plan")
    assert title.split()[-1] not in {"the", "to", "and", "of", "from", "in", "a"}


@pytest.mark.parametrize(
    ("sentence", "speaker", "title"),
    [
        (
            "Reno said the relatives should be able to make their case in federal court.",
            "Reno",
            "Reno: The relatives should be able to make their case in federal court",
        ),
        (
            "\u201cThe two countries are joining forces, expanding cooperation,\u201d "
            "Koffler said.",
            "Koffler",
            "Koffler: The two countries are joining forces",
        ),
        (
            "According to Kirby, the talks are a sign of desperation on Moscow's part.",
            "Kirby",
            "Kirby: The talks are a sign of desperation on Moscow's part",
        ),
        # A reported "she" is the speaker: the title says what she did.
        (
            "Juanita Castro said she has not visited the relatives in Miami.",
            "Juanita Castro",
            "Juanita Castro has not visited the relatives in Miami",
        ),
        # A listener is not the gist.
        (
            "Smith told CNN that the factory will close in June.",
            "Smith",
            "Smith: The factory will close in June",
        ),
    ],
)
def test_a_statement_is_its_gist_with_its_speaker(sentence: str, speaker: str, title: str) -> None:
    assert statement_gist(sentence, speaker, sentence.index(speaker)) == title


def test_a_first_person_gist_is_quoted() -> None:
    sentence = "\u201cWe are discussing it with everyone,\u201d Shoigu told reporters."
    title = statement_gist(sentence, "Shoigu", sentence.index("Shoigu"))
    assert title == "Shoigu: \u201cWe are discussing it with everyone\u201d"


def test_no_clause_gives_no_title() -> None:
    assert title_for("(Updated 9:02 a.m. Friday)", "Friday") == ""
    assert statement_gist("Smith said.", "Smith", 0) == ""


def test_name_pronoun_and_last_person() -> None:
    people = [(0, "Anna Berg"), (50, "Tom Hale")]
    assert last_person(people, 40) == "Anna Berg"
    assert last_person(people, 0) == ""
    assert name_pronoun("She was released", "Anna Berg") == "Anna Berg was released"
    assert name_pronoun("Shell shares fell", "Anna Berg") == "Shell shares fell"
    assert name_pronoun("He was released", "") == "He was released"
    # A possessive is the person's too: "His car" is James Kopp's car.
    assert name_pronoun("His car was found", "James Kopp") == "James Kopp's car was found"
    assert name_pronoun("Her appeal failed", "Amy Jones") == "Amy Jones' appeal failed"
    assert name_pronoun("Her Majesty's ship sailed", "Amy Jones") == "Her Majesty's ship sailed"
    assert name_pronoun("History was made", "Amy Jones") == "History was made"


def test_extraction_titles_name_the_person_a_pronoun_stands_for() -> None:
    text = (
        "Anna Berg sued the city in May.\nOn Friday the mayor said that Berg had lied.\n"
        "She was arrested on Monday at her office.\n"
    )
    result = process_article(ArticleInput("a", text, dt.date(2023, 9, 13)))
    titles = [draft.title for draft in result.drafts]
    assert "Anna Berg was arrested at her office" in titles, titles


def test_a_list_of_names_is_never_cut_in_the_middle() -> None:
    sentence = (
        "President Bill Clinton Thursday condemned terrorist bomb attacks at U.S. embassies "
        "in Kenya and Tanzania and vowed to find the bombers."
    )
    title = title_for(sentence, "Thursday")
    assert len(title) <= MAX_TITLE
    assert not title.endswith("Kenya"), title  # Tanzania cut off would mislead
    # The rank gives way first, so the list fits whole.
    assert title == (
        "Bill Clinton condemned terrorist bomb attacks at U.S. embassies in Kenya and Tanzania"
    )


def test_the_comma_closing_a_date_does_not_end_the_clause() -> None:
    sentence = "The ship landed on Dec. 2, 1956, with 82 armed men aboard."
    assert title_for(sentence, "Dec. 2, 1956") == "The ship landed with 82 armed men aboard"


def test_a_reported_it_is_the_speaker_unless_it_stands_for_nothing() -> None:
    sentence = "Acme said it is continuing to try to sell itself."
    assert statement_gist(sentence, "Acme", 0) == "Acme is continuing to try to sell itself"
    sentence = "Clark said it was easier to seek extradition of a suspect."
    assert statement_gist(sentence, "Clark", 0) == (
        "Clark: It was easier to seek extradition of a suspect"
    )


def test_a_quotation_keeps_its_adverbs_a_headline_drops_discourse_links() -> None:
    quoted = "\u201cI formally object to the legal moves,\u201d Gonzalez said."
    assert statement_gist(quoted, "Gonzalez", quoted.index("Gonzalez")) == (
        "Gonzalez: \u201cI formally object to the legal moves\u201d"
    )
    sentence = "Putin also began a two-day trip to Vladivostok on Monday."
    assert title_for(sentence, "Monday") == "Putin began a two-day trip to Vladivostok"


def test_the_company_is_named() -> None:
    text = (
        "Shoney's Inc. said it will report a write-off.\n"
        "The restaurant operator cited transaction costs on Monday.\n"
    )
    result = process_article(ArticleInput("a", text, dt.date(1989, 10, 30)))
    titles = [draft.title for draft in result.drafts]
    assert "Shoney's Inc. cited transaction costs" in titles, titles


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # The main clause, past the apposition that follows the subject.
        (
            "Ratners Group PLC, a fast-growing, acquisition-minded London-based jeweler, raised "
            "its price for Weisfield's Inc. to $57.50 a share.",
            "Ratners Group PLC raised its price for Weisfield's Inc. to $57.50 a share",
        ),
        # What the speaker said, with the speaker.
        (
            "Shoney's Inc. said it will report a write-off of $2.5 million, or seven cents a "
            "share, for its fourth quarter ended yesterday.",
            "Shoney's Inc. will report a write-off of $2.5 million",
        ),
        # A relative clause without "that" ends the headline at its noun.
        (
            "Heritage Media Corp., New York, said it offered to buy the shares of POP Radio "
            "Corp. it doesn't already own in a stock swap.",
            "Heritage Media Corp. offered to buy the shares of POP Radio Corp.",
        ),
    ],
)
def test_a_lead_is_titled_by_its_main_clause(sentence: str, title: str) -> None:
    assert lead_title(sentence) == title


def test_a_result_reported_at_publication_is_titled_by_the_report_not_the_period() -> None:
    text = (
        "Upjohn Co. said it will offer an early retirement package to as many as 1,100 "
        "employees in a cost-cutting move expected to result in a fourth-quarter charge.\n"
    )
    result = process_article(ArticleInput("a", text, dt.date(1989, 11, 2)))
    assert [draft.title for draft in result.drafts] == [
        "Upjohn Co. will offer an early retirement package"
    ]


def test_a_headline_never_ends_on_as() -> None:
    sentence = (
        "Friendly institutions were likely to buy its stock as soon as trading opened Monday."
    )
    assert not title_for(sentence, "Monday").endswith((" as", " soon"))


def test_a_city_and_its_state_inside_a_noun_phrase_do_not_end_the_headline() -> None:
    sentence = (
        "Kopp fired the shots that killed a Buffalo, N.Y., abortion-clinic doctor last October."
    )
    assert title_for(sentence, "last October").endswith("a Buffalo, N.Y., abortion-clinic doctor")


def test_a_quoted_clause_on_what_or_where_is_part_of_what_was_said() -> None:
    sentence = "\u201cI cannot predict to you what will happen,\u201d Jake Sullivan said on Monday."
    assert statement_gist(sentence, "Jake Sullivan", sentence.index("Jake")).endswith(
        "what will happen\u201d"
    )


def test_a_description_in_apposition_to_a_name_is_titled_by_the_name() -> None:
    sentence = (
        "It was said by Patricia Hurt, the county prosecutor, who created the task force on "
        "Tuesday."
    )
    assert title_for(sentence, "Tuesday") == "Patricia Hurt created the task force"


def test_it_is_the_thing_an_earlier_clause_of_the_sentence_is_about() -> None:
    sentence = (
        "The sweetened offer has acceptances from most shareholders, and it is scheduled for "
        "completion by Dec. 10."
    )
    assert title_for(sentence, "Dec. 10") == (
        "The sweetened offer is scheduled for completion by Dec. 10"  # a limit keeps its date
    )


def test_a_speaker_described_by_kin_of_a_name_is_not_the_name() -> None:
    sentence = "The grandmother of Elian Gonzalez said she is willing to go to Miami."
    title = statement_gist(sentence, "Elian Gonzalez", sentence.index("Elian"))
    assert title == "Elian Gonzalez's grandmother is willing to go to Miami"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "Amir is serving a life sentence for the November 1995 assassination of Rabin at a "
            "Tel Aviv peace rally.",
            "November 1995",
            "Rabin assassinated at a Tel Aviv peace rally",
        ),
        (
            "They gathered evidence in the October slaying of Dr. Barnett Slepian to begin "
            "presenting a case.",
            "October",
            "Dr. Barnett Slepian slain",
        ),
    ],
)
def test_a_date_on_a_noun_of_a_happening_titles_that_happening(sentence, date, title) -> None:
    assert title_for(sentence, date) == title


def test_a_progressive_interrupted_by_a_when_clause_is_titled_by_the_interruption() -> None:
    sentence = (
        "Dr. Barnett Slepian was heating soup in his kitchen last fall when he was gunned "
        "down with a single shot through a window."
    )
    assert title_for(sentence, "last fall") == (
        "Dr. Barnett Slepian was gunned down with a single shot through a window"
    )


def test_a_happening_noun_the_subject_owns_titles_that_happening() -> None:
    sentence = "Acme Corp. cited transaction costs from its 1988 recapitalization as a result."
    assert title_for(sentence, "1988") == "Acme Corp. recapitalized"
    # With an object, the owner did it to someone: no such title.
    other = "The sheriff recalled his 1995 arrest of the suspects in the case."
    assert not title_for(other, "1995").endswith("arrested")


def test_a_possessive_opening_names_its_person_in_title_and_actors() -> None:
    text = (
        "James Kopp was charged in the slaying of a doctor. Kopp, 44, denied it.\n"
        "His car was found abandoned at the Newark airport on Dec. 7.\n"
    )
    extraction = merge_results(process_articles([ArticleInput("a", text, dt.date(1999, 5, 7))]))
    (event,) = [e for e in extraction.events if "car" in e.title]
    assert event.title == "James Kopp's car was found abandoned at the Newark airport"
    assert event.actors == ["james-kopp"]


def test_a_rank_gives_way_before_the_complement_is_cut() -> None:
    sentence = (
        "Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space "
        "Shuttle Columbia in December."
    )
    assert title_for(sentence, "December") == (
        "Eileen Collins will be named commander of the Space Shuttle Columbia"
    )
    long_role = (
        "On Friday, Attorney General Janet Reno lifted the deadline to give the relatives of "
        "the boy in Miami a chance to fight."
    )
    assert title_for(long_role, "Friday").startswith("Janet Reno lifted the deadline")
    # A title with room keeps the rank: it says who the person is.
    assert title_for("Attorney General Janet Reno resigned on Friday.", "Friday") == (
        "Attorney General Janet Reno resigned"
    )


def test_a_participle_after_a_noun_is_a_place_to_cut() -> None:
    # "called Semtex ..." describes the explosive: cut there, not before "of".
    sentence = (
        "A U.S. official said last week that field tests suggested the presence of a "
        "Czech-made plastic explosive called Semtex that has been used by terrorists."
    )
    title = title_for(sentence, "last week")
    assert title.endswith("the presence of a Czech-made plastic explosive"), title
