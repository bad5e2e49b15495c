"""News media are sources, not participants (issue 9, section 3): a paper, an agency or a
broadcaster that tells a happening is where the news came from."""

from __future__ import annotations

from actor_support import actors_of_event_quoting

from tui.extract.actors_media import is_news_medium


def test_a_medium_is_known_by_its_noun_or_the_last_word_of_its_name() -> None:
    sentence = "Iran has offered cheap power, local newspaper Dawn reported on Sunday."
    assert is_news_medium("Dawn", sentence)
    assert is_news_medium("Vietnam News", "He was quoted by Vietnam News.")
    assert is_news_medium("Statesman", "The Statesman said.")
    assert is_news_medium("PAP", "23 miners died, the official PAP news agency reported.")
    # A firm or a person is no medium, nor a country a paper writes about.
    assert not is_news_medium("Ford Motor Co", "Ford Motor Co said it would cut jobs.")
    assert not is_news_medium("Pakistan", sentence)


def test_a_paper_or_agency_that_reports_a_happening_takes_no_part_in_it() -> None:
    text = (
        "Iran has offered to provide cheap electricity to Pakistan, local newspaper Dawn "
        "reported on Sunday. Indian police arrested two officers on Thursday. Government "
        "officials in the eastern state of Bihar made the discovery when they paid a surprise "
        "visit to the officer's village, The Statesman said. Three women were killed after "
        "lightning struck late Tuesday in the western state of Maharashtra, PTI said."
    )
    assert "Dawn" not in actors_of_event_quoting(text, "electricity")
    assert "Iran" in actors_of_event_quoting(text, "electricity")
    assert actors_of_event_quoting(text, "Bihar") == []
    assert actors_of_event_quoting(text, "lightning") == []


def test_a_paper_named_for_a_country_is_the_paper_not_the_country() -> None:
    text = (
        "TEHRAN, April 8 (AFP) - A cow fled an Iranian butcher on Monday. The butcher had only "
        "made a small cut in the throat of the cow before it managed to free itself, the daily "
        "Iran said."
    )
    assert actors_of_event_quoting(text, "small cut") == []


def test_a_country_whose_name_opens_a_paper_s_name_still_acts() -> None:
    text = (
        "A joint venture between Vietnam and China will build a steel mill in 2007, the "
        "daily Vietnam News reported on Tuesday."
    )
    assert "Vietnam" in actors_of_event_quoting(text, "steel mill")
    assert "Vietnam News" not in actors_of_event_quoting(text, "steel mill")
