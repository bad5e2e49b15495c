"""Whose clause a title tells, and who its subject is (issue 9, section 1, sixth round): a bare
verb after "and" shares the subject and auxiliaries of the verb it is coordinated with; a
description named in apposition is the name; a subject keeps the phrases that reach its
clause's start; a date that is a verb's object or a noun's modifier stays; a "He" opening a
title is the person whose name is the subject nearest before it."""

from __future__ import annotations

import datetime as dt

from title_support import title_at

from tui.extract.article_stage import process_article
from tui.extract.headline_subjects import coordinated_verb
from tui.extract.pipeline import ArticleInput
from tui.extract.syntax.chunks import parse, verb_groups
from tui.extract.title_pronouns import person_named_before


def test_a_bare_verb_after_and_shares_the_subject_and_auxiliary_it_is_coordinated_with() -> None:
    sentence = (
        "The regional board had ruled that the ferry must be sold to its operator, Acme "
        "Lines, and set Monday as the deadline for the sale."
    )
    assert title_at(sentence, "Monday").startswith(
        "The regional board had set Monday as the deadline"
    )
    sentence = "Leaders will meet in Paris and discuss the crisis on Monday."
    assert title_at(sentence, "Monday") == "Leaders will discuss the crisis"


def test_a_passive_is_no_verb_to_share_with() -> None:
    # "must be returned ... and set": the ferry set nothing; "had ruled ... and set" did.
    sentence = "The board ruled the ferry must be returned, and set Monday as the deadline."
    parsed = parse(sentence)
    groups = verb_groups(parsed)
    setting = next(g for g in groups if parsed.word(g.start) == "set")
    assert coordinated_verb(parsed, groups, setting, 0) is None
    sentence = "The board had ruled the ferry must be returned, and set Monday as the deadline."
    parsed = parse(sentence)
    groups = verb_groups(parsed)
    setting = next(g for g in groups if parsed.word(g.start) == "set")
    shared = coordinated_verb(parsed, groups, setting, 0)
    assert shared is not None and parsed.word(shared.start) == "had"


def test_a_date_after_its_verb_and_before_as_is_the_verbs_object() -> None:
    sentence = "The council has set Friday as the deadline for bids."
    assert title_at(sentence, "Friday") == "The council has set Friday as the deadline for bids"
    # A time with its preposition, or before a clause, goes as before.
    sentence = "Oil prices climbed on Monday as forecasts for cold weather offset the decision."
    assert "Monday" not in title_at(sentence, "Monday")
    sentence = "Experts warned Tuesday as they met in the capital."
    assert "Tuesday" not in title_at(sentence, "Tuesday")


def test_a_date_between_a_preposition_and_its_noun_names_the_noun() -> None:
    sentence = "The watchdog vetted 495 candidates for December 15 poll, rejecting most of them."
    assert title_at(sentence, "December 15") == (
        "The watchdog vetted 495 candidates for December 15 poll"
    )
    # A time before the clause's subject is no modifier of it.
    sentence = "Throughout the past week trade officials have expressed gloom about the talks."
    assert title_at(sentence, "the past week") == (
        "Trade officials have expressed gloom about the talks"
    )


def test_a_described_subject_is_the_name_in_apposition_after_it() -> None:
    sentence = "A French free newspaper, Metro, on Wednesday published an interview with the actor."
    assert title_at(sentence, "on Wednesday") == "Metro published an interview with the actor"
    sentence = "The country's second largest city, Lubumbashi, fell Wednesday."
    assert title_at(sentence, "Wednesday") == "Lubumbashi fell"
    # A list after the description is no one name.
    sentence = "The ministers, Smith, Jones and Brown, met on Wednesday."
    assert not title_at(sentence, "on Wednesday").startswith("Smith met")


def test_a_subject_keeps_the_phrases_that_reach_its_clause_start() -> None:
    sentence = (
        "Officials said that a vote in the council on new rules for banks in the region was "
        "postponed on Friday."
    )
    assert title_at(sentence, "on Friday").startswith("Officials: A vote")
    sentence = (
        "The soldier assigned to the 2nd Infantry Division was killed on Saturday in a blast."
    )
    assert title_at(sentence, "on Saturday") == (
        "The soldier assigned to the 2nd Infantry Division was killed in a blast"
    )
    # A name's own past tense is its verb, not a participle describing it.
    sentence = "In 1937, Hermlin emigrated to Palestine, then moved to France in 1940."
    assert not title_at(sentence, "1940").startswith("Hermlin emigrated")


def test_he_is_the_person_whose_name_is_the_subject_nearest_before() -> None:
    text = (
        "Prime Minister Kamal Ahmed Ganzouri arrived here Tuesday for a visit. "
        "Officials will host a dinner for Kamal later Tuesday. "
        "Kamal would on Wednesday attend briefings on transport. "
        "On Thursday, he would be briefed on the pension scheme."
    )
    start = text.index("On Thursday")
    people = ["Kamal Ahmed Ganzouri", "Lee Kuan Yew"]
    sentence = text[start:]
    assert person_named_before(text, start, sentence, people) == "Kamal Ahmed Ganzouri"
    # Only mentioned ("a dinner for Kamal") is no subject; a body is no person.
    text = "Officials will host a dinner for Kamal. The US Air Force said it regretted it. He left."
    start = text.index("He left")
    assert person_named_before(text, start, "He left.", ["Kamal Ganzouri", "US Air Force"]) == ""


def test_the_sentences_own_subject_before_its_pronoun_counts() -> None:
    text = (
        "Baroness Chalker told the meeting the bank was transformed. De Larosiere, 67, has "
        "been asked to serve again, but says he will give an answer in May."
    )
    start = text.index("De Larosiere")
    people = ["Lynda Chalker", "Jacques de Larosiere"]
    assert person_named_before(text, start, text[start:], people) == "Jacques de Larosiere"


def test_a_title_opening_with_his_names_the_subject_before_it() -> None:
    text = (
        "Dean Hirsch, president of World Vision, told a news conference on Friday that aid "
        "was needed. \u201cWe must respond now,\u201d Hirsch said. His mission returned "
        "Thursday from a five-day visit to the north."
    )
    result = process_article(ArticleInput("a", text, dt.date(1997, 4, 25)))
    titles = [d.title for d in result.drafts if "mission" in d.quote]
    assert titles and "Hirsch's mission returned" in titles[0]


def test_a_date_in_an_aside_between_dashes_dates_the_clause_after_it() -> None:
    sentence = (
        "There are tapes of his car crossing the border around the days _ in 1994, 1995 and "
        "1997 _ that three doctors who perform abortions were shot at."
    )
    assert title_at(sentence, "1994") == "Three doctors were shot"


def test_whom_after_a_name_is_the_object_of_the_relative_clause() -> None:
    sentence = (
        "The party is loyal to former premier Carlos Gomes, whom Vieira sacked also on May 28."
    )
    assert title_at(sentence, "May 28") == "Vieira sacked Carlos Gomes"


def test_a_participle_phrase_with_its_agent_stays_inside_the_subject() -> None:
    sentence = (
        "The sources said troops backed by 15 military jeeps raided the eastern district "
        "early on Monday."
    )
    assert "Troops backed by 15 military jeeps raided the eastern district" in title_at(
        sentence, "early on Monday"
    )


def test_one_persons_two_roles_go_before_a_long_titles_name() -> None:
    sentence = (
        "The junta chief and coup leader General Sonthi Boonyaratglin was in the southern "
        "province of Pattani on Thursday to meet local army commanders."
    )
    assert title_at(sentence, "on Thursday").startswith("Sonthi Boonyaratglin was in")


def test_a_described_person_of_an_organisation_keeps_the_description() -> None:
    sentence = (
        "A senior leader of the Islamic Resistance Movement (Hamas) was shot dead by Israeli "
        "troops in the West Bank town of Nablus early on Monday, Palestinian sources said."
    )
    assert title_at(sentence, "early on Monday").startswith("A senior leader of the Islamic")


def test_only_a_modal_is_tagged_as_one() -> None:
    parsed = parse("Yordan Lechkov, also mayor of Sliven, was elected on Tuesday.")
    assert parsed.tags[[parsed.word(i) for i in range(len(parsed.tokens))].index("mayor")] == "NN"
    sentence = "Yordan Lechkov, also mayor of Sliven, was elected on Tuesday as vice president."
    assert title_at(sentence, "on Tuesday").startswith("Yordan Lechkov was elected")


def test_an_impersonal_it_or_they_is_no_speaker() -> None:
    from tui.extract.gist import with_speaker

    parsed = parse("Ten men have been arrested in the south.")
    pieces = list(range(len(parsed.tokens) - 1))
    assert with_speaker("It", parsed, pieces, False) == "Ten men have been arrested in the south"
    assert with_speaker("Police", parsed, pieces, False).startswith("Police: Ten men")
