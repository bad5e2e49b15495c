"""Headline titles: cut at a phrase boundary, drop what only describes first, name the actor
(issue 9, section 1: the garbled, cut and headless kinds). Sentences are made up; each shows
one kind of failure the development gold's judges noted."""

from __future__ import annotations

import pytest
from title_support import title_at

from tui.extract.syntax.chunks import parse, subject_before, verb_groups
from tui.extract.title_names import name_subject
from tui.extract.titles import MAX_TITLE, lead_title, statement_gist


def gist_for(sentence: str, speaker: str) -> str:
    return statement_gist(sentence, speaker, sentence.index(speaker))


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # A participle after a noun describes it; the clause's verb comes later.
        (
            "Officials confirmed Monday that the car found near a river north of the town "
            "belonged to Anna Berg.",
            "Monday",
            "Officials: The car belonged to Anna Berg",
        ),
        # An apposition to a name inside the complement goes; the clause goes on after it.
        (
            "The mayor on Tuesday called for Acme Corp., the city's largest landlord, to be fined.",
            "Tuesday",
            "The mayor called for Acme Corp. to be fined",
        ),
        # A gapped second participle: both conjuncts, from the first subject.
        (
            "Four people were killed and at least 30 injured in a blast on Friday.",
            "Friday",
            "Four people were killed and at least 30 injured in a blast",
        ),
        # A name with a lowercase particle is one name.
        (
            "The storms on Sunday flooded roads in Nairobi and Dar es Salaam.",
            "Sunday",
            "The storms flooded roads in Nairobi and Dar es Salaam",
        ),
        # An aside between dashes is skipped back over to the subject; "About" stays.
        (
            "About 40 workers _ engineers and their assistants _ left the plant on Monday.",
            "Monday",
            "About 40 workers left the plant",
        ),
        # "X, after losing Y": X lost Y.
        (
            "Doctors say that Tom, after losing his brother in a crash last May, needs care.",
            "last May",
            "Doctors: Tom lost his brother in a crash",
        ),
        # What a listener was told is the title, not the listener as a speaker.
        (
            "Earlier yesterday, the exchange was told that a unit of Bolt S.A. bought "
            "Nordic shares.",
            "Earlier yesterday",
            "A unit of Bolt S.A. bought Nordic shares",
        ),
    ],
)
def test_the_clause_is_found_across_what_only_describes(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_a_subordinate_clause_cut_before_its_verb_goes_whole() -> None:
    sentence = (
        "The boy was found clinging to a raft on Nov. 5 off the coast of Malta after his "
        "uncle, cousin and others drowned in a failed crossing."
    )
    assert title_at(sentence, "Nov. 5") == (
        "The boy was found clinging to a raft off the coast of Malta"
    )


def test_a_preposition_without_its_clause_is_not_read_as_one() -> None:
    """ "in the days before the shooting, Clark said": "before" opens no clause here."""
    sentence = (
        "The killer hid the gun in the days before the trial, Mr. Hale said on Monday "
        "in an interview."
    )
    assert gist_for(sentence, "Hale").endswith("before the trial")


def test_a_long_complement_loses_descriptions_and_ranks_before_it_is_cut() -> None:
    sentence = (
        "Her father said in a letter published Wednesday that he wants Danish diplomats "
        "based in Berlin to meet with Foreign Minister Karl Hans Olsen in Copenhagen soon."
    )
    title = title_at(sentence, "Wednesday")
    assert "based in Berlin" not in title
    assert "Karl Hans Olsen" in title and "Foreign Minister" not in title
    assert len(title) <= MAX_TITLE


def test_a_speakers_pronoun_replaced_by_the_speaker_leaves_room_for_the_clause() -> None:
    sentence = (
        "The grandmother of Lena Moreau said she is ready to go to Lyon to bring the "
        "seven-year-old girl home to Quebec."
    )
    # 88 characters: the room of "Lena Moreau's grandmother: " would have cut it at "girl".
    assert gist_for(sentence, "Lena Moreau") == (
        "Lena Moreau's grandmother is ready to go to Lyon to bring the seven-year-old girl home"
    )


def test_a_speakers_its_is_the_speaker() -> None:
    sentence = "A spokesman for Dunn Reed Inc. said its offer would stand until December."
    assert (
        gist_for(sentence, "Dunn Reed Inc.") == "Dunn Reed Inc.'s offer would stand until December"
    )


def test_a_spokeswoman_for_a_company_speaks_for_it() -> None:
    sentence = (
        "A spokeswoman for Dunn amp Reed said workers were told on Monday that the plant "
        "would close."
    )
    assert title_at(sentence, "Monday") == "Dunn & Reed: The plant would close"


def test_a_participle_between_a_determiner_and_its_noun_is_no_verb() -> None:
    parsed = parse("The minister cancelled the hastily planned trip.")
    assert [parsed.tokens[g.start].text for g in verb_groups(parsed)] == ["cancelled"]


def test_a_verbless_sentence_gets_the_known_verb_after_its_subject() -> None:
    parsed = parse("He and Palestinian leader Yasser Arafat meet separately Monday with Ross.")
    groups = verb_groups(parsed)
    assert [parsed.tokens[g.start].text for g in groups] == ["meet"]
    subject = subject_before(parsed, groups[0].start)
    assert subject is not None and parsed.tokens[subject[0]].text == "He"


def test_a_list_of_names_is_the_subject_and_loses_its_ranks_for_room() -> None:
    sentence = (
        "Meanwhile, secretary of state Madeleine Albright, Berger and defense secretary "
        "William Cohen announced plans to travel to an unnamed city in the heartland next week."
    )
    assert title_at(sentence, "next week").startswith(
        "Madeleine Albright, Berger and William Cohen announced plans to travel"
    )


def test_a_name_after_a_preposition_is_no_list_with_the_subject() -> None:
    lead = lead_title("In Paris, Smith and Jones signed the lease.")
    assert lead.startswith("Smith and Jones signed")


def test_the_company_s_is_the_business_by_name() -> None:
    title = name_subject("The loss will be booked in the company's 1990 results", "", "Acme Inc.")
    assert title == "The loss will be booked in Acme Inc.'s 1990 results"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # Two adjectives joined by "and" are no new clause; the verb's object is its own
        # conjunct ("took hostage | and police found").
        (
            "Robbers kept the owner they took hostage and police found the damaged and abandoned "
            "car Friday parked in a field.",
            "Friday",
            "Police found the damaged and abandoned car parked in a field",
        ),
        # A dated noun of a happening with where it happened: a headline noun phrase.
        (
            "Travel warnings followed the Aug. 7 bombings at American embassies in Kenya and "
            "Tanzania and fresh threats.",
            "Aug. 7",
            "Bombings at American embassies in Kenya and Tanzania",
        ),
        # A name that only "is" a date: the named day itself.
        (
            "World Water Day is this coming Sunday, March 22.",
            "this coming Sunday",
            "World Water Day",
        ),
    ],
)
def test_headlines_of_descriptions_and_named_days(sentence: str, date: str, title: str) -> None:
    assert title_at(sentence, date) == title


def test_a_range_is_never_cut_and_a_period_end_goes_for_room() -> None:
    sentence = (
        "Kestrel Freight Systems Corp., Oshkosh, Wis., estimated earnings for its fourth quarter "
        "ended Sept. 30 fell 50% to 75% below the year-earlier $4.5 million."
    )
    assert lead_title(sentence) == (
        "Kestrel Freight Systems Corp. estimated earnings for its fourth quarter fell 50% to 75%"
    )


def test_capitals_in_running_text_name() -> None:
    assert lead_title("Earlier AT and T also announced a drop in profits.") == (
        "AT and T announced a drop in profits"
    )


def test_a_relative_clause_on_any_says_which_and_stays() -> None:
    sentence = "A spokesman, Ali Reza, said that Iran condemns any acts which may harm civilians."
    assert gist_for(sentence, "Ali Reza").endswith("any acts which may harm civilians")


def test_a_speech_verb_keeps_its_reported_subject_whole() -> None:
    parsed = parse("The agency said women and children make up most of the refugees.")
    make = next(g for g in verb_groups(parsed) if parsed.tokens[g.start].text == "make")
    subject = subject_before(parsed, make.start)
    assert subject is not None and parsed.tokens[subject[0]].text == "women"


def test_a_date_on_a_participant_of_a_meeting_dates_that_meeting() -> None:
    sentence = (
        "But party leader Mary Quinn kept her party out pending meetings with Prime Minister "
        "John Hale 10 days ago and President Ruiz last week."
    )
    assert title_at(sentence, "10 days ago") == "Mary Quinn met John Hale"
    assert title_at(sentence, "last week") == "Mary Quinn met President Ruiz"


def test_payment_and_record_dates_title_the_dividend() -> None:
    sentence = (
        "KESTREL Corp. declared a 5% stock dividend, payable Dec. 1 to stock of record Nov. 3."
    )
    assert title_at(sentence, "Dec. 1") == "KESTREL Corp.'s 5% stock dividend payable"
    assert title_at(sentence, "Nov. 3") == "KESTREL Corp.'s 5% stock dividend record date"


def test_an_institutions_his_is_the_person_last_named() -> None:
    title = name_subject("A federal court has reinstated his convictions", "Ann Lowe", "")
    assert title == "A federal court has reinstated Ann Lowe's convictions"
    # A person's "his" is their own.
    assert name_subject("The man was found in his car", "Ann Lowe", "") == (
        "The man was found in his car"
    )


def test_a_dated_happening_owned_by_its_date_is_titled_by_its_noun_phrase() -> None:
    sentence = (
        "Outflows doubled the level of the week after last month's Delta Corp. credit squeeze."
    )
    assert title_at(sentence, "last month") == "Delta Corp. credit squeeze"


def test_what_is_expected_is_the_ruling_on_the_case_not_the_case() -> None:
    sentence = (
        "They will wait for a federal court ruling on the case, which is expected next month."
    )
    assert title_at(sentence, "next month") == "A federal court ruling on the case is expected"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        (
            "Critics say the bomb was meant to undermine the peace process, set to resume "
            "Monday in Belfast.",
            "Monday",
            "The peace process set to resume in Belfast",
        ),
        (
            "Anna Berg has made the right decision to travel to Oslo on Thursday.",
            "Thursday",
            "Anna Berg to travel to Oslo",
        ),
    ],
)
def test_a_date_on_a_planned_infinitive_titles_the_plan(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # An attribution run on without its comma is no part of the clause.
        (
            "Results for the elections in Ruritania are due to be announced later on Saturday "
            "a UN spokesman said.",
            "Saturday",
            "Results for the elections in Ruritania are due to be announced",
        ),
        # "last day" inside a noun phrase is no other date to drop.
        (
            "The city lived through a last day of uncertainty Saturday before a nationwide vote.",
            "Saturday",
            "The city lived through a last day of uncertainty before a nationwide vote",
        ),
        # Another date owning a noun goes with its "'s"; an unnamed happening is no title.
        (
            "Parties are hitting the roads in the run-up to next year's general elections.",
            "next year",
            "Parties are hitting the roads in the run-up to the general elections",
        ),
        # A participle's phrase stays when no clause of the sentence goes on after it.
        (
            "A child was reported killed and eight others injured in the shooting on Friday "
            "between the two sides.",
            "Friday",
            "A child was reported killed and eight others injured in the shooting between the two "
            "sides",
        ),
    ],
)
def test_what_a_headline_keeps(sentence: str, date: str, title: str) -> None:
    assert title_at(sentence, date) == title


def test_after_a_participle_an_object_is_no_subject() -> None:
    assert not title_at(
        "Crowds chanted slogans, after attending a prayer session on Friday.", "Friday"
    ).startswith("Slogans attended")


def test_a_since_date_of_a_perfect_says_when_the_state_began() -> None:
    # Without "since 1975" the title says only that the rule goes on, no happening of 1975.
    sentence = "The island has been governed directly by Lisbon since 1975, officials said."
    assert title_at(sentence, "1975") == (
        "The island has been governed directly by Lisbon since 1975"
    )
    assert title_at("Rebels have been waging a war in the hills since 1984.", "1984") == (
        "Rebels have been waging a war in the hills since 1984"
    )
    # A "since" date of a simple past is no state's start; it leaves the title as before.
    assert title_at("Prices fell sharply since March.", "March") == "Prices fell sharply"
    # "since 1974 when ...": what the "when" clause tells is what began.
    sentence = "The island has been divided since 1974 when troops occupied its north."
    assert title_at(sentence, "1974") == "Troops occupied its north"
    # A day (the timeline shows it) is no start of an era.
    sentence = "The army has stepped up its offensive since Wednesday morning."
    assert title_at(sentence, "Wednesday morning") == "The army has stepped up its offensive"


def test_a_participle_of_belief_keeps_the_person_it_names() -> None:
    # "believed to be carrying X" says who the subject is about; cut, no one is named.
    sentence = (
        "A convoy of armoured cars believed to be carrying President Anna Weber left the "
        "capital on Sunday."
    )
    assert title_at(sentence, "on Sunday") == (
        "A convoy of armoured cars believed to be carrying President Anna Weber left the capital"
    )
    # Other participles still only describe: "a rifle | buried near the home".
    sentence = "A hunting rifle hidden near the old farm home of Tom Berg was found on Monday."
    assert title_at(sentence, "on Monday") == "A hunting rifle was found"


def test_a_date_closing_a_state_dates_the_act_after_its_comma() -> None:
    # A spoken sentence runs two clauses together: the mood before the date, the act after.
    sentence = (
        "And so, fans are increasingly hopeful by today, the city council, which backs the "
        "club, actually began to sell the new tickets."
    )
    assert title_at(sentence, "today") == "The city council began to sell the new tickets"
    # An attribution after the comma is no act of its own; nor a "when" clause.
    assert title_at("Prices were higher on Monday, the company said.", "on Monday") == (
        "Prices were higher"
    )
    sentence = "Investors were nervous on Monday, when traders sold shares in banks."
    assert title_at(sentence, "on Monday") == "Investors were nervous"
