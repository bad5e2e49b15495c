"""One event per happening (issue 9 section 4): an interview is one event, and several
articles reporting the same happening give one event with several sources."""

from __future__ import annotations

import datetime as dt

from tui.extract.events import EventDraft
from tui.extract.happenings import (
    lemma,
    one_per_sentence,
    predicate_of,
    predicate_words,
    same_happening,
    same_predicate,
)
from tui.extract.pipeline import ArticleInput, ProposedEvent, merge_results, process_articles
from tui.model.timeline import EventStatus

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extract(*texts: str):
    items = [ArticleInput(f"a{index}", text, PUBLISHED) for index, text in enumerate(texts)]
    return merge_results(process_articles(items)).events


def test_one_speakers_remarks_in_one_article_are_one_event() -> None:
    events = extract(
        "Vladimir Putin said the talks had failed.\n"
        "Nothing else was agreed with NATO, Putin said.\n"
        "Putin said the Japanese prime minister would visit in May.\n"
    )
    statements = [event for event in events if event.date == "2021-03-10"]
    assert len(statements) == 1
    assert len(statements[0].sources) == 2
    # The other remarks do not make NATO a participant of the first one.
    assert statements[0].actors == ["vladimir-putin"]


def test_two_speakers_stay_two_events() -> None:
    events = extract(
        "Vladimir Putin said the talks with Kyiv had failed.\n"
        "Xi Jinping said the talks would go on.\n"
    )
    assert len(events) == 2


def test_the_same_happening_in_two_articles_is_one_event_with_two_sources() -> None:
    events = extract(
        "Vladimir Putin signed a decree on Tuesday banning imports of Turkish fruit.\n",
        "On Tuesday Putin banned the import of fruit from Turkey by decree, officials said.\n",
    )
    tuesday = [event for event in events if event.date == "2021-03-09"]
    assert len(tuesday) == 1
    assert {article for article, _ in tuesday[0].sources} == {"a0", "a1"}


def test_another_happening_of_the_same_actor_and_day_is_not_merged() -> None:
    events = extract(
        "Vladimir Putin signed a decree on Tuesday banning imports of Turkish fruit.\n",
        "Vladimir Putin met the Chinese president in Moscow on Tuesday to discuss gas prices.\n",
    )
    assert len([event for event in events if event.date == "2021-03-09"]) == 2


def test_a_month_and_a_day_are_not_the_same_precision() -> None:
    events = extract(
        "Vladimir Putin signed a decree on Tuesday banning imports of Turkish fruit.\n",
        "Putin banned the import of fruit from Turkey by decree in March.\n",
    )
    assert sorted(event.date for event in events) == ["2021-03", "2021-03-09"]


def test_predicate_words_are_the_lowercase_content_words_stemmed() -> None:
    words = predicate_words("Putin banned the imports of Turkish fruit on Tuesday, he said.")
    assert words == {"bann", "import", "fruit"}
    assert predicate_words("banning imports") <= words


def test_a_statement_about_a_happening_of_the_article_is_one_of_its_reports() -> None:
    events = extract(
        "Attorney General Janet Reno on Tuesday ruled that the custody case belongs in "
        "federal court.\n"
        "The custody case belongs in federal court because the father lives abroad, Reno said.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-09", 2)]


def test_a_pronoun_speaker_adds_to_the_remarks_of_the_person_named_and_makes_nothing_alone() -> (
    None
):
    text = (
        "Kabul is quiet.\nThe war goes on.\n"
        "Homira Atimadi says the war has created a nation of widows.\n"
        "Ms. Atimadi says the women of Kabul suffer most.\n"
        "She says her group is appealing to the combatants to stop the bloodletting.\n"
    )
    extraction = merge_results(process_articles([ArticleInput("a", text, dt.date(1998, 3, 5))]))
    (event,) = extraction.events
    assert len(event.sources) == 3 and "appealing" in event.sources[2][1]
    assert [actor.name for actor in extraction.new_actors] == ["Homira Atimadi"]
    alone = "Kabul is quiet.\nThe war goes on.\nShe says the war has created a nation of widows.\n"
    assert (
        merge_results(process_articles([ArticleInput("a", alone, dt.date(1998, 3, 5))])).events
        == []
    )


def test_the_two_ends_of_a_span_are_one_event() -> None:
    events = extract("Snipers attacked three clinics in Ontario between 1994 and 1997.\n")
    assert [(event.date, event.date_text) for event in events] == [
        ("1994/1997", "between 1994 and 1997")
    ]


def test_dates_of_separate_happenings_in_one_sentence_stay_apart() -> None:
    events = extract("Three Canadian doctors were shot at in 1994, 1995 and 1997.\n")
    assert sorted(event.date for event in events) == ["1994", "1995", "1997"]


def test_a_statement_reporting_the_happening_of_its_sentence_is_that_happening() -> None:
    events = extract(
        "The first batch of evidence from the bombing arrived over the weekend at the FBI lab "
        "in Washington, FBI officials said Monday.\n"
    )
    # The arrival, dated by its own words; not also a statement dated Monday.
    assert [(event.date, event.title) for event in events] == [
        (
            "2021-03-06/2021-03-07",
            "The first batch of evidence from the bombing arrived at the FBI lab in Washington",
        )
    ]


def test_a_span_joins_its_ends_into_one_valid_interval() -> None:
    sentence = "Prices rose between last week and November, and fell between 1997 and 1994."

    def draft(date: str, date_text: str) -> EventDraft:
        return EventDraft("a", 0, date, date_text, EventStatus.OCCURRED, "Prices rose",
                          sentence, 0, sentence)  # fmt: skip

    week = draft("2005-09-05/2005-09-11", "last week")
    joined = one_per_sentence([week, draft("2005-11", "November")])
    assert [(d.date, d.date_text) for d in joined] == [
        ("2005-09-05/2005-11", "between last week and November")
    ]
    backwards = [draft("1997", "1997"), draft("1994", "1994")]
    assert [d.date for d in one_per_sentence(backwards)] == ["1997", "1994"]


def test_one_persons_statements_of_one_day_in_several_articles_are_one_event() -> None:
    events = extract(
        "Health Secretary Alan Johnson said the schools would stay open.\n",
        "Alan Johnson said no more cases had been found in London.\n",
        "Gordon Brown said the schools would stay open.\n",
    )
    johnson = [event for event in events if "alan-johnson" in event.actors]
    assert [sorted({a for a, _ in e.sources}) for e in johnson] == [["a0", "a1"]]
    assert len(events) == 2  # Gordon Brown's words stay his own


def test_a_happening_a_person_reported_is_not_one_of_that_persons_statements() -> None:
    events = extract(
        "Alan Johnson said the first patient left hospital on Tuesday.\n",
        "Alan Johnson said a school in Dulwich closed on Tuesday.\n",
    )
    assert len([event for event in events if event.date == "2021-03-09"]) == 2


def test_the_same_verb_and_nouns_tell_one_happening_however_framed() -> None:
    first = predicate_of(
        "The man arrived on a China Eastern flight on Thursday after a stopover in Shanghai."
    )
    second = predicate_of(
        "The Mexican man arrived in Hong Kong from Mexico on Thursday following a stopover "
        "in Shanghai."
    )
    assert {"v:arriv", "n:stopove", "n:shangha"} <= first & second
    assert same_predicate(first, second)
    # A shared verb with one shared noun is not enough: "police arrested" is many happenings.
    assert not same_predicate(
        predicate_of("Police arrested 12 protesters in Alexandria."),
        predicate_of("Police arrested a journalist near the museum."),
    )


def test_dates_and_live_page_stamps_are_not_what_happened() -> None:
    stamped = predicate_of(
        "(Update 7:58 p.m. in Cairo, 12:58 p.m. ET) The U.S. is preparing aid on January 28."
    )
    assert stamped == {"n:cairo", "n:u.s", "v:prepar", "n:aid"}
    assert not same_predicate(
        stamped,
        predicate_of("(Update 9:19 p.m. in Cairo, 2:19 p.m. ET) Wael Ghonim is heading home."),
    )


def test_lemmas_join_the_forms_of_a_word() -> None:
    assert {lemma(w) for w in ("embassies", "embassy")} == {"embassy"}
    assert {lemma(w) for w in ("arrived", "arrive", "arriving", "arrives")} == {"arriv"}
    assert {lemma(w) for w in ("stopped", "stop", "stops")} == {"stop"}
    assert {lemma(w) for w in ("killed", "killing", "kills")} == {"kill"}


def test_titles_of_two_words_are_alike_by_chance() -> None:
    def draft(article: str, title: str, sentence: str) -> EventDraft:
        return EventDraft(article, 0, "2021-03-09", "Tuesday", EventStatus.OCCURRED, title,
                          sentence, 0, sentence)  # fmt: skip

    def event(first: EventDraft) -> ProposedEvent:
        return ProposedEvent("", first.title, first.date, first.date_text, first.status, [],
                             [(first.article, first.quote)])  # fmt: skip

    host = draft("a", "You know", "HOST: You know what, I still haven't seen it on Tuesday.")
    guest = draft("b", "You know", "GUEST: You know, it is going to happen Tuesday.")
    assert not same_happening(guest, event(host), [(host.sentence_text, frozenset())])
    docked = draft("a", "Four vessels had docked", "Four vessels had docked by Tuesday evening.")
    again = draft("b", "Four vessels had docked", "By Tuesday evening four vessels had docked.")
    assert same_happening(again, event(docked), [(docked.sentence_text, frozenset())])


def test_a_happening_told_again_at_another_precision_is_one_event() -> None:
    text = (
        "Police have gathered evidence in the October slaying of Barnett Slepian.\n"
        "Barnett Slepian was shot to death on Oct. 23 at his home in Amherst.\n"
        "Adams met Tony Blair 10 days ago and Bill Clinton last week.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1999, 4, 19))]))
    slaying = [e for e in events.events if "Slepian" in e.title]
    assert [(e.date, len(e.sources)) for e in slaying] == [("1998-10-23", 2)]
    assert slaying[0].title.startswith("Barnett Slepian was shot to death")
    # Two dates of one sentence: two meetings, however close their dates.
    assert len([e for e in events.events if e.date.startswith("1999-04")]) == 2


def test_a_firm_called_by_its_first_word_speaks_in_the_remarks_of_its_full_name() -> None:
    events = extract(
        "Poughkeepsie Savings Bank said a plan to sell its branch offices to First Citizens "
        "Bank fell through.\n"
        "High fees imposed by regulators on such transfers altered the economics of the deal, "
        "Poughkeepsie said.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-10", 2)]


def test_a_statement_about_the_news_of_the_lead_is_one_of_its_reports() -> None:
    events = extract(
        "Heritage Media Corp. offered to buy the shares of POP Radio Corp. it does not already "
        "own in a stock swap.\n"
        "The weather was mild.\nMarkets were calm.\n"
        "Heritage, which owns half of POP's shares, said it will exchange one share of new "
        "preferred stock for each POP share it does not already own.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-10", 2)]


def test_a_speakers_undated_words_are_more_of_the_remarks_the_article_dates_just_before() -> None:
    text = (
        "President Bill Clinton on Tuesday condemned the bomb attacks on two embassies and "
        "vowed to bring the bombers to justice.\n"
        "Clinton said the United States will not retreat from the world.\n"
    )
    events = extract(text)
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-09", 2)]
    # Remarks dated a week before publication are another occasion than today's words.
    earlier = extract(text.replace("on Tuesday", "on March 2"))
    assert sorted(event.date for event in earlier) == ["2021-03-02", "2021-03-10"]


def test_a_happening_no_one_is_named_for_is_one_across_articles_by_its_kind_and_nouns() -> None:
    events = extract(
        "A bomb ripped through an office building next to the U.S. embassy in Nairobi "
        "on Tuesday morning.\n",
        "More than 100 people were killed in the blasts next to the U.S. embassies in Kenya "
        "and Tanzania on Tuesday.\n",
        "A fire destroyed a warehouse next to the U.S. embassies in Kenya on Tuesday.\n",
    )
    tuesday = [event for event in events if event.date == "2021-03-09"]
    # The bomb and the blasts are one bombing; the fire is another kind of happening.
    assert sorted(len(event.sources) for event in tuesday) == [1, 2]
    assert {article for article, _ in max(tuesday, key=lambda e: len(e.sources)).sources} == {
        "a0",
        "a1",
    }


def test_deaths_counted_in_several_articles_are_no_one_happening_without_an_actor() -> None:
    events = extract(
        "The first death of a child from the H1N1 flu virus was confirmed on Tuesday.\n",
        "The H1N1 flu virus has killed more than 150 people in Mexico by Tuesday.\n",
    )
    assert len([event for event in events if event.date == "2021-03-09"]) == 2


def test_an_actors_doing_said_again_by_a_spokesman_is_one_of_its_reports() -> None:
    events = extract(
        "Iran on Wednesday condemned the bombing of U.S. embassies in Kenya and Tanzania.\n"
        "Foreign Ministry spokesman Mahmoud Mohammadi said that Iran condemns any acts which "
        "may result in the death of innocent people.\n"
    )
    assert [(event.date, len(event.sources)) for event in events] == [("2021-03-10", 2)]


def test_a_happening_told_again_on_the_same_day_is_one_event() -> None:
    text = (
        "Kidnappers kept their promise and police found the man's body Friday in garbage bags.\n"
        "Police confirmed Friday that the body found along a highway belonged to Jorge Hernandez.\n"
        "Cuban television began to promote its papal coverage today.\n"
        "Today, hundreds of people began to arrive, including some Cuban Americans.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1998, 2, 13))]))
    friday = [event for event in events.events if event.date == "1998-02-13"]
    body = [event for event in friday if "body" in event.title]
    assert len(body) == 1 and len(body[0].sources) == 2
    # The earlier telling keeps its title; the later one adds its source.
    assert body[0].title.startswith("Police found the man's body")
    # "began" and "Cuban" alone do not make the coverage and the arrivals one happening.
    assert len([event for event in friday if "began" in event.title]) == 2


def test_a_happening_told_again_at_a_time_of_day_keeps_its_day() -> None:
    text = (
        "Barnett Slepian was shot to death last Oct. 23 at his home in Amherst.\n"
        "Police say they have new evidence.\n"
        "Slepian was shot to death at 10 p.m. as he stood in the kitchen of his home.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1999, 4, 19))]))
    shot = [event for event in events.events if "shot" in event.title]
    # "10 p.m." names no day: not a second shooting at publication.
    assert [(event.date, len(event.sources)) for event in shot] == [("1998-10-23", 2)]


def test_one_companys_doings_of_one_year_with_three_things_in_common_are_one_event() -> None:
    text = (
        "Shoney's Inc. cited costs from its 1988 recapitalization and a restructuring of its "
        "bank debt.\n"
        "Shoney's Inc. said the restructuring affected bank debt incurred to finance its "
        "recapitalization that took place in 1988.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1989, 11, 2))]))
    assert [len(event.sources) for event in events.events if event.date == "1988"] == [2]


def test_one_kind_of_happening_told_again_on_the_same_day_is_one_event() -> None:
    text = (
        "Police seized a car bomb under construction Sunday in a town near the border.\n"
        "Police found more than 1,300 pounds of explosives Sunday in a shed in Dundalk.\n"
        "Gunmen killed two men Sunday in Belfast.\n"
        "A sniper killed a woman Sunday in Derry.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1998, 3, 22))]))
    bomb = [event for event in events.events if "bomb" in event.title]
    assert len(bomb) == 1 and len(bomb[0].sources) == 2
    # Deaths are counted over places: two killings stay two.
    assert len([event for event in events.events if "killed" in event.title]) == 2


def test_a_report_naming_others_joins_another_articles_happening_no_one_is_named_for() -> None:
    events = extract(
        "More than 100 people were wounded in the blasts next to the U.S. embassies in Kenya "
        "and Tanzania on Tuesday.\n",
        "The Cypriot government condemned the bomb attacks on the U.S. embassies in Kenya and "
        "Tanzania on Tuesday.\n",
    )
    tuesday = [event for event in events if event.date == "2021-03-09"]
    assert [len(event.sources) for event in tuesday] == [2]
    # Cyprus condemned; it did not bomb.
    assert tuesday[0].actors == []


def test_a_happening_re_dated_by_a_finer_telling_joins_the_same_days_happening() -> None:
    events = extract(
        "The blasts next to the U.S. embassies in Kenya and Tanzania on March 2 wounded 1,000 "
        "people.\n",
        "Terrorist bombings this month destroyed U.S. embassies in Kenya and Tanzania.\n"
        "The embassy bombings, on March 2, killed 247 people in Kenya and 10 in Tanzania.\n",
    )
    # The month's bombings, dated March 2 by the second sentence, are the first article's.
    assert [event.date for event in events] == ["2021-03-02"]
    assert [article for article, _ in events[0].sources] == ["a0", "a1", "a1"]
    # The earlier event keeps its title.
    assert "wounded 1,000 people" in events[0].title


def test_an_article_tells_again_a_happening_it_merged_into_another_articles() -> None:
    events = extract(
        "Barnett Slepian was shot to death on March 2 at his home in Amherst.\n",
        "Slepian was shot to death on March 2 at his home in Amherst, police said.\n"
        "James Kopp fired the shots that killed Slepian this month.\n",
    )
    shot = [event for event in events if "shot" in event.title or "killed" in event.title]
    assert [(event.date, len(event.sources)) for event in shot] == [("2021-03-02", 3)]


def test_sources_and_units_in_common_tell_no_same_day_happening() -> None:
    text = (
        "Boris Yeltsin on Monday sacked his transport minister, the Interfax agency reported, "
        "quoting informed sources.\n"
        "Also Monday, Yeltsin accepted the resignation of his tax chief, Interfax quoted the "
        "same sources as saying.\n"
        "Gross foreign investments rose sharply to 9.4 billion dollars on Monday.\n"
        "On Monday, debt service payments to foreign banks also rose, to 3.6 billion dollars.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1997, 4, 15))]))
    assert [len(event.sources) for event in events.events] == [1, 1, 1, 1]


def test_a_retelling_that_names_what_happened_titles_a_pronoun_titled_event() -> None:
    text = (
        # (A pronoun title: "With the finding of a buried rifle 11 days ago, the authorities
        # ... say they ..." is titled "Buried rifle found" since the TT happening-noun rule.)
        "They say they found a buried rifle 11 days ago and have gathered enough evidence.\n"
        "The rifle was discovered April 8 buried one foot below the ground.\n"
    )
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(1999, 4, 19))]))
    assert [event.title for event in events.events if event.date == "1999-04-08"] == [
        "The rifle was discovered buried one foot below the ground"
    ]
