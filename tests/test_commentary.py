"""Commentators: an analyst's or a professor's undated remark is commentary, not an event; a
participant's remark is a statement on record; a happening a commentator dates is kept."""

from __future__ import annotations

import pytest
from test_events import drafts_for

from tui.extract.commentary import (
    commentators,
    is_commentator,
    is_feature_quote,
    is_standing_figure,
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebekah Koffler, a former DIA analyst, said so.", "Rebekah Koffler"),
        ("A former DIA official, Rebekah Koffler, put it this way:", "Rebekah Koffler"),
        ("Leif-Eric Easley, professor of international studies at Ewha, told CNN.", "Easley"),
        ("said Jim O'Neill, Goldman Sachs' chief economist.", "Jim O'Neill"),
        ("said economist Jane Doe.", "Jane Doe"),
        ("Juan Cole, a Middle East historian at the University of Michigan, said.", "Juan Cole"),
        ("Edward Walker, a former U.S. ambassador to Egypt, said.", "Walker"),
    ],
)
def test_the_role_the_article_gives_makes_a_commentator(text: str, name: str) -> None:
    assert name in commentators(text)


@pytest.mark.parametrize(
    "text",
    [
        # A leader's past, not a commentator's job.
        "Vladimir Putin, a former KGB officer, said the talks went well.",
        # A capital "Professor" is a title officials wear too.
        "Professor Nick Phin, head of the agency's pandemic office, said.",
        # The role is someone else's, after a preposition.
        "Mark Textor, a colleague of the strategist Lynton Crosby, arrived.",
        "Nadal beat his fellow Spaniard David Ferrer.",
        "John Kirby, the National Security Council spokesman, said.",
    ],
)
def test_other_roles_make_no_commentator(text: str) -> None:
    names = commentators(text)
    assert not any(is_commentator(who, names) for who in ("Vladimir Putin", "Nick Phin",
                                                          "Mark Textor", "David Ferrer",
                                                          "John Kirby"))  # fmt: skip


def test_a_commentators_undated_remark_is_no_event_a_participants_is() -> None:
    text = (
        "Rebekah Koffler, a former DIA analyst, followed the talks. "
        "\u201cTwo of our top adversaries are joining forces,\u201d Koffler said. "
        "\u201cThe talks are advancing,\u201d Kirby said."
    )
    statements = [d.speaker for d in drafts_for(text) if d.speaker]
    assert statements == ["Kirby"]


def test_a_happening_a_commentator_dates_is_kept() -> None:
    text = (
        "Rebekah Koffler, a former DIA analyst, spoke at a forum. "
        "The two leaders met in 2019, Koffler said."
    )
    drafts = drafts_for(text, ("2019", "DATE", "2019"))
    assert [(d.date, d.speaker) for d in drafts] == [("2019", "Koffler")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The last two months have been the whole ball game," says Steven Norwitz, a vice '
        "president.",
        "Mutual fund groups haven't lost control of much of the money, says Louis Harvey, "
        "Dalbar's president.",
        "Junk funds have lost about $6 billion through sales of junk-fund shares, Dalbar says.",
        "The fund has met all the redemptions, Mr. Litvack says.",
        "People have been saying: `I'm getting out,'\" says Kurt Brouwer of Brouwer & Co.",
    ],
)
def test_a_feature_quote_attributed_after_the_words_in_the_present_is_no_event(
    sentence: str,
) -> None:
    assert is_feature_quote(sentence)
    assert drafts_for(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A report: the past tense says the statement was made, and when.
        "The talks are advancing, Kirby said.",
        # The broadcast style names the speaker first.
        "Israeli Prime Minister Benjamin Netanyahu says considerable gaps remain.",
        "Ms. Atimadi says Afghan women have been victims of violations of human rights.",
    ],
)
def test_a_statement_reported_or_naming_its_speaker_first_is_kept(sentence: str) -> None:
    assert not is_feature_quote(sentence)
    assert [draft.date for draft in drafts_for(sentence)] == ["2023-09-11"]


@pytest.mark.parametrize(
    ("sentence", "standing"),
    [
        ("The United Nations says women and children make up about seventy-five percent of "
         "the Afghan population.", True),
        ("Polls say 60 percent of voters back the plan.", True),
        ("John Kirby says 60 percent of the troops withdrew.", False),
        ("The United Nations said 75 percent of the population fled.", False),
        ("The United Nations says 75 percent of the refugees will return.", False),
    ],
)  # fmt: skip
def test_a_share_told_in_the_present_is_a_standing_figure(sentence: str, standing: bool) -> None:
    assert is_standing_figure(sentence) is standing
    # A standing figure gives no statement; news of a share does.
    assert (drafts_for(sentence + "\n") == []) is standing
