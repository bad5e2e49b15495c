"""Who takes part in an event and who is only named beside it (issue 9, section 3): those left
out, those told of it, a party's paper; and firms whose legal form opens their name. Made-up
sentences, one test per kind."""

from __future__ import annotations

import datetime as dt

from actor_support import actors_of_event_quoting

from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.registry import ActorRegistry

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extract(text: str):
    """Every event of ``text`` (one article) and every actor's name by id."""
    extraction = merge_results(process_articles([ArticleInput("a", text, PUBLISHED)]))
    return extraction.events, {actor.id: actor.name for actor in extraction.new_actors}


def actor_names(text: str, word: str) -> list[str]:
    """The actor names of the event quoting ``word``."""
    events, names = extract(text)
    for event in events:
        if any(word in quote for _, quote in event.sources):
            return [names.get(actor_id, actor_id) for actor_id in event.actors]
    raise AssertionError(f"no event quoting {word!r}: {[e.sources for e in events]}")


def test_those_left_out_take_no_part() -> None:
    text = (
        "Foreign Minister Ana Ruiz said on Tuesday that the talks would go on.\n"
        "The Harbor Council met in Geneva on Monday, excluding Russia and "
        "North Korea.\n"
    )
    names = actor_names(text, "excluding")
    assert "Harbor Council" in names
    assert "Russia" not in names and "North Korea" not in names


def test_one_told_of_a_happening_is_no_participant_of_it() -> None:
    text = (
        "The Ardoise Securities Commission was told on Monday that a unit of Brightwater "
        "Mills Inc. bought 40,000 Ferro Holdings shares.\n"
    )
    names = actor_names(text, "was told")
    assert "Brightwater Mills Inc." in names
    assert "Ardoise Securities Commission" not in names


def test_a_party_s_paper_is_not_the_party() -> None:
    text = (
        '"We are worried," Tomas Vidal wrote in a letter published on Monday on the front '
        "page of the Labour Party daily Clarion.\n"
    )
    assert actor_names(text, "worried") == ["Tomas Vidal"]


def test_a_firm_whose_legal_form_opens_its_name_is_one_organisation() -> None:
    text = (
        "Crane Bank bought 43,000 shares of Cie. de Navigation Ardoise on Tuesday.\n"
        "Both banks back Navigation Ardoise against a hostile bid launched on Monday by "
        "Cie. Financiere de Ravel at 1,850 francs a share.\n"
    )
    _, names = extract(text)
    assert "Cie. Financiere de Ravel" in actor_names(text, "hostile bid")
    assert "Cie. de Navigation Ardoise" in actor_names(text, "hostile bid")
    # "Navigation Ardoise" is the firm named in full before, not a second actor.
    assert sum("Navigation Ardoise" in name for name in names.values()) == 1


def test_the_two_countries_are_the_two_the_article_is_about() -> None:
    text = (
        "Russia and North Korea plan a summit, Kremlin aides said on Monday. Russia wants "
        "shells and North Korea wants technology. U.S. officials warned against it.\n"
        "The two countries exchanged letters in August.\n"
    )
    assert set(actor_names(text, "exchanged letters")) == {"Russia", "North Korea"}


def test_the_two_leaders_are_the_two_people_the_article_calls_leaders() -> None:
    text = (
        "Envoy Ivo Marsh met President Lena Stavrou on Monday, Marsh said. Marsh said "
        "opposition leader Tarik Ozen was ready to talk.\n"
        "The two leaders have not met since October 1994.\n"
    )
    assert set(actor_names(text, "not met since")) == {"Lena Stavrou", "Tarik Ozen"}


def test_a_pair_the_title_does_not_open_with_names_no_one() -> None:
    text = (
        "Crane Bank and Holt Mills Inc. bought Navigation Ardoise shares on Monday.\n"
        "Both companies back Navigation Ardoise against a hostile bid launched on Tuesday "
        "by Cie. Financiere de Ravel.\n"
    )
    names = actor_names(text, "hostile bid")
    assert "Crane Bank" not in names and "Holt Mills Inc." not in names


def test_the_one_told_is_a_listener_not_a_participant() -> None:
    text = (
        "Premier Wen Lao told visiting French Defense Minister Paul Ardent on Monday that "
        "he welcomed the decision.\n"
        "Ana Ruiz told reporters on Tuesday that Brightwater Mills Inc. would close its plant.\n"
    )
    assert actor_names(text, "welcome") == ["Wen Lao"]
    # What was told is no listener: the firm closing its plant takes part.
    assert "Brightwater Mills Inc." in actor_names(text, "close its plant")


def test_a_country_s_land_is_where_not_who() -> None:
    registry = ActorRegistry()
    assert registry.mentioned_ids("The pageant began on China's Hainan Island in 2003.") == []
    assert registry.mentioned_ids("He is back on Malaysia's political landscape.") == []
    assert registry.mentioned_ids("Troops crossed the US border.") == []
    assert registry.mentioned_ids("China's border guards fired.") == ["china"]
    assert registry.mentioned_ids("Britain seized the territory in 1841.") == ["united-kingdom"]


def test_a_collective_possessive_is_inside_an_organisation_s_name() -> None:
    text = "China's People's Liberation Army entered the city on Monday, officials said.\n"
    assert actor_names(text, "entered the city") == ["People's Liberation Army"]


def test_he_said_after_a_named_speaker_s_remark_is_that_speaker() -> None:
    text = (
        "GENEVA, Dec 13 (AFP) - Talks on cotton opened on Tuesday. US Trade Representative Rob "
        'Portman said on Tuesday: "In July 2004 we agreed to deal with cotton expeditiously." '
        '"If we can resolve something this week with regards to cotton, that would be great," '
        "he said."
    )
    assert actors_of_event_quoting(text, "resolve") == ["Rob Portman"]
    # A remark of someone unnamed in between: "he" is that one, not the last person named.
    text = (
        "The dollar rose on Tuesday, Finance Minister Hiroshi Mitsuzuka said. "
        '"The dollar is likely to test the upper limit today," a dealer at a European bank '
        'said on Tuesday. "The advance is too fast," he said.'
    )
    assert "Hiroshi Mitsuzuka" not in actors_of_event_quoting(text, "upper limit")
