"""Background is no news (issue 9 section 2): what was said before the story's day, what has
gone on for long, a second lead sentence in the present perfect after a dated first, and
"whatever happens today"."""

from __future__ import annotations

from test_events import drafts_for

# Two sentences of body first: what follows is past the lead.
BODY = "The court met in the capital. The hearing was long. "


def test_a_statement_said_before_the_day_of_the_story_is_no_event() -> None:
    sentence = "Newspaper reports have said Amir was infatuated with Har-Shefi."
    assert drafts_for(BODY + sentence) == []
    assert [d.speaker for d in drafts_for(BODY + sentence.replace("have said", "said"))] == [
        "Newspaper"
    ]


def test_a_statement_said_on_the_day_is_one_whatever_tense_its_content_has() -> None:
    text = BODY + "Smith said the company had reported losses for years."
    assert [draft.speaker for draft in drafts_for(text)] == ["Smith"]


def test_a_present_perfect_after_a_dated_first_sentence_is_background() -> None:
    text = (
        "A friend of the assassin told the court on Friday that she regretted her words. "
        "Margalit Har-Shefi, 22, has pleaded innocent to charges that she failed to report it."
    )
    drafts = drafts_for(text, ("Friday", "DATE", "2023-09-08"))
    assert [draft.date for draft in drafts] == ["2023-09-08"]
    # When the first sentence told no news, the second's present perfect is the news.
    untold = "The trial went on in Tel Aviv. " + text[text.index("Margalit") :]
    assert [draft.sentence for draft in drafts_for(untold)] == [1]


def test_what_has_gone_on_for_long_or_again_and_again_is_no_lead() -> None:
    assert drafts_for("The US has tried to hasten his demise on several occasions.") == []
    assert drafts_for("The region has long been a flashpoint for the two countries.") == []
    assert [d.sentence for d in drafts_for("The prime minister has resigned.")] == [0]
    # "long-term" is no "has long been".
    assert [
        d.sentence for d in drafts_for("Moody's has assigned a long-term rating to the debt.")
    ] == [0]


def test_whatever_happens_on_a_day_is_no_happening() -> None:
    text = BODY + "I hope that, whatever happens today, our relations stay strong."
    assert drafts_for(text, ("today", "DATE", "2023-09-11")) == []
