"""Headline titles, kinds of failure judged on the development gold (issue 9, section 1):
an appeal titled whole, a dated participle with its agent made active."""

from __future__ import annotations

import pytest
from title_support import title_at

from tui.extract.clause_titles import statement_title
from tui.extract.syntax.chunks import parse
from tui.extract.title_names import name_subject
from tui.extract.titles import statement_gist


def test_an_appeal_is_titled_whole_with_the_people_it_addresses() -> None:
    sentence = (
        "State Fire Marshal Karen Olsen urged people who live near the river to leave their homes."
    )
    title = statement_title(sentence, "Karen Olsen", sentence.index("Karen"))
    assert title == "Karen Olsen urged people who live near the river to leave their homes"


def test_a_dated_participle_with_its_agent_is_what_the_agent_did() -> None:
    sentence = (
        "The two firms oppose a hostile tender offer launched on Monday by Acme Holdings "
        "for all of the shares."
    )
    assert title_at(sentence, "Monday") == (
        "Acme Holdings launched a hostile tender offer for all of the shares"
    )


def test_a_participle_without_an_agent_keeps_its_clause() -> None:
    sentence = "Officials inspected the bridge opened on Monday in the city centre."
    assert not title_at(sentence, "Monday").startswith("in ")
    assert "launched" not in title_at(sentence, "Monday")


def test_a_city_and_its_state_inside_a_subject_stay_in_it() -> None:
    # (Not "Area: They arrested ...": the speaker is the officials, and "they" is them.)
    sentence = (
        "Officials in the Tulsa, Okla., area said they arrested two men on Friday at a motel."
    )
    assert title_at(sentence, "Friday") == "Officials arrested two men at a motel"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        ("With the discovery of a stolen painting last week, the case was reopened.",
         "last week", "Stolen painting discovered"),
        ("The killing of three soldiers on Tuesday angered the government.",
         "Tuesday", "Three soldiers killed"),
    ],
)  # fmt: skip
def test_a_date_after_a_happening_of_something_dates_that_happening(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_the_company_anywhere_in_a_title_is_the_business_by_name() -> None:
    assert name_subject("The cuts will save the company $4 million", "", "Acme Corp.") == (
        "The cuts will save Acme Corp. $4 million"
    )
    assert name_subject("The company's bond sale took place", "", "Acme Corp.") == (
        "Acme Corp.'s bond sale took place"
    )
    # Not another firm the sentence names after "the company".
    assert name_subject("It bought the company Zeta", "", "Acme Corp.") == (
        "It bought the company Zeta"
    )


def test_a_name_after_said_with_a_verb_of_its_own_is_what_was_said_about() -> None:
    sentence = "Moreno, echoing the mayor, said Parliament would vote on the plan in June."
    title = statement_gist(sentence, "Parliament", sentence.index("Parliament"))
    assert title == "Moreno: Parliament would vote on the plan in June"


def test_a_fronted_date_then_a_participle_aside_on_the_subject() -> None:
    sentence = (
        "On Monday, divers, hoping the storm had moved the wreck, searched the bay again "
        "and found the missing boat."
    )
    assert (
        title_at(sentence, "Monday") == "Divers searched the bay again and found the missing boat"
    )


def test_once_more_is_no_subordinate_clause() -> None:
    sentence = "Rescuers searched the river on Monday once more and found the car."
    assert title_at(sentence, "Monday") == "Rescuers searched the river once more and found the car"


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # The verb has its own day: the later date is the happening's.
        ("The ministry Sunday strongly condemned two rocket attacks on Haifa Saturday.",
         "Saturday", "Two rocket attacks on Haifa"),
        # A present perfect takes no past date.
        ("The arrest has renewed interest in two bombings of clinics in Ohio in 1996.",
         "in 1996", "Two bombings of clinics in Ohio"),
    ],
)  # fmt: skip
def test_a_date_after_a_happening_noun_the_verb_cannot_take(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_a_date_on_a_gathering_the_subject_held() -> None:
    sentence = (
        "Thousands of farmers blocked the roads to the capital in a protest Monday "
        "demanding lower fuel prices."
    )
    assert (
        title_at(sentence, "Monday") == "Thousands of farmers protested demanding lower fuel prices"
    )


def test_an_adjective_after_an_adverb_is_no_verb() -> None:
    # ("hundreds visibly pregnant and others ...": the tagger read "pregnant" as a verb, which
    # made "others carrying children" the subject of the march.)
    parsed = parse("Thousands of women -- dozens visibly pregnant and others carrying babies.")
    words = [token.text for token in parsed.tokens]
    assert parsed.tags[words.index("pregnant")] == "JJ"
    assert parsed.tags[words.index("visibly")] == "RB"


def test_a_when_clause_right_after_the_date_goes_with_it() -> None:
    sentence = "The rebels took the capital on May 4, 1975 when the army fled to the coast."
    assert (
        title_at(sentence, "May 4, 1975")
        == "The rebels took the capital when the army fled to the coast"
    )


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # An auxiliary or a speech verb after "and" opens a clause of its own.
        ("The board approved the plan on Monday and said that work would go ahead in the spring.",
         "Monday", "The board approved the plan"),
        # A "when" clause cut before its verb would read as cut: it goes whole or not at all.
        ("The Netherlands reacted furiously on Monday when France, which had promised to "
         "support the candidate of the European Union at the meeting, changed its vote.",
         "Monday", "The Netherlands reacted furiously"),
    ],
)  # fmt: skip
def test_what_follows_the_clause_goes_whole_or_not_at_all(
    sentence: str, date: str, title: str
) -> None:
    assert title_at(sentence, date) == title


def test_a_past_tense_after_a_subject_is_no_reduced_relative_to_cut_at() -> None:
    sentence = (
        "The top policy-making body of the IMF Monday ordered a broad study of the "
        "implications of European Monetary Union (EMU) for the world monetary system."
    )
    assert "ordered a broad study" in title_at(sentence, "Monday")


def test_an_agent_owned_by_a_name_and_a_subject_participle() -> None:
    sentence = "He said the towns conquered by Kabila's guerrillas since October were calm."
    assert "conquered all" not in title_at(sentence, "since October")


def test_a_when_clause_after_a_date_on_a_noun_is_that_dates_happening() -> None:
    sentence = (
        "The march marked a return to the larger protests of early May, when tens of thousands "
        "of workers rallied in the capital's main square."
    )
    assert title_at(sentence, "early May") == (
        "Tens of thousands of workers rallied in the capital's main square"
    )
    sentence = "Acme Corp. has lent $2 billion since 1998, when Acme began lending to farms."
    assert title_at(sentence, "1998") == "Acme began lending to farms"
    # A state is no happening: "in 1959, when he was 20" dates the move, not his age.
    sentence = "He moved to Paris in 1959, when he was 20."
    assert "20" not in title_at(sentence, "1959")


def test_a_clause_a_few_characters_over_the_limit_is_kept_whole() -> None:
    sentence = (
        "``We've gotten to the point where we know what we want to introduce before a grand "
        "jury,'' Clark said in a telephone interview Monday."
    )
    title = statement_gist(sentence, "Clark", sentence.index("Clark"))
    assert title == (
        "Clark: \u201cWe've gotten to the point where we know what we want to introduce before "
        "a grand jury\u201d"
    )
    assert 90 < len(title) <= 94


@pytest.mark.parametrize(
    ("sentence", "date", "title"),
    [
        # The article agrees with the word after the date that went: "an accord".
        (
            "The ambassador is one of the architects of a November 1995 accord between Zagreb "
            "and the rebel Serbs.",
            "November 1995",
            "The ambassador is one of the architects of an accord between Zagreb and the rebel "
            "Serbs",
        ),
        # An adjective after the object is its complement, not a cut: "left ... dead".
        (
            "Last week's clashes, which left 30 rebels and four soldiers dead, came after a lull.",
            "Last week",
            "The clashes left 30 rebels and four soldiers dead",
        ),
        # A name with a particle is a person's: its "he" is the speaker.
        (
            "Syrian President Bashar al-Assad said Monday that he expects the UN commission of "
            "enquiry to be objective.",
            "Monday",
            "Syrian President Bashar al-Assad expects the UN commission of enquiry to be objective",
        ),
        # A quotation opened at the verb goes on with its subject.
        (
            'Paroubek said on Monday that the British proposal "was at least worth very good '
            'consideration".',
            "on Monday",
            "Paroubek: The British proposal was at least worth very good consideration",
        ),
        # A date inside a noun phrase takes only itself: not "election Islamic revolution".
        (
            "Nine women have signed up for the first time in a presidential election since the "
            "1979 Islamic revolution.",
            "1979",
            "Nine women have signed up for the first time in a presidential election",
        ),
    ],
)
def test_a_title_reads_as_the_sentence_wrote_it(sentence: str, date: str, title: str) -> None:
    assert title_at(sentence, date) == title


def test_a_condition_goes_on_with_its_clause_and_a_lowercase_rank_goes_for_room() -> None:
    sentence = (
        "On Friday, Moscow said the US must hold off at least until UN secretary general "
        "Kofi Annan visits Baghdad in a last-ditch effort at diplomacy."
    )
    # "visits" is the verb of the "until" clause, not a plural noun; the condition is
    # what was said; "UN secretary general" goes before anything is cut.
    parsed = parse(sentence)
    assert parsed.tags[[t.text for t in parsed.tokens].index("visits")] == "VBZ"
    assert title_at(sentence, "On Friday") == (
        "Moscow: The US must hold off at least until Kofi Annan visits Baghdad"
    )


def test_a_subordinate_clause_cut_before_its_verb_goes_whole_even_after_a_passive() -> None:
    # "while his brother, who is ..., was arrested": the relative clause's verb is not the
    # subordinate clause's; a passive is complete without the clause.
    sentence = (
        "Police said a member of the group was killed on Monday while his brother, who is also "
        "linked to the group, was arrested in the raid."
    )
    assert title_at(sentence, "on Monday") == "Police: A member of the group was killed"
    # An adverb leaning on the clause that went goes with it.
    sentence = "The tumor was detected on Oct. 30 shortly after he was elected to a second term."
    assert title_at(sentence, "on Oct. 30") == "The tumor was detected"


def test_a_lone_past_after_and_is_the_same_subjects_next_act() -> None:
    sentence = "Turkes was born in Nicosia in 1917 and graduated from the Military Academy in 1938."
    assert title_at(sentence, "in 1938") == "Turkes graduated from the Military Academy"
    # A passive shared by both participles is not an act of the subject.
    sentence = "The witness was arrested and held for four months in 1995."
    assert not title_at(sentence, "in 1995").startswith("The witness held")
    sentence = (
        "The figures suggested that a poll by ICM and published by the Guardian on Monday "
        "was wrong."
    )
    assert not title_at(sentence, "on Monday").startswith("The figures published")
