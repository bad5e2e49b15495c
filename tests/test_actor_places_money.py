"""A country named for where or for its money, and a country's own court (issue 9, section 3):
one test per kind, on made-up sentences."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, merge_results, process_articles

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def names_in(text: str, word: str) -> list[str]:
    """The actor names of the event quoting ``word``."""
    extraction = merge_results(process_articles([ArticleInput("a", text, PUBLISHED)]))
    actors = {actor.id: actor for actor in extraction.new_actors}
    for event in extraction.events:
        if any(word in quote for _, quote in event.sources):
            return [actors[i].name if i in actors else i for i in event.actors]
    raise AssertionError(f"no event quoting {word!r}: {[e.sources for e in extraction.events]}")


def test_a_country_before_its_money_is_no_actor() -> None:
    found = names_in("Japan sold goods worth 2.5 million U.S. dollars in October.", "sold")
    assert found == ["Japan"]
    assert names_in("Rubber traded at 114 US cents on Monday, dealers said.", "Rubber") == []


def test_a_direction_from_a_country_or_its_capital_is_a_place() -> None:
    found = names_in("A U.S. fighter jet crashed northwest of Baghdad on Monday.", "crashed")
    assert found == ["United States"]
    assert names_in("Boats fished illegally south of South Africa on Monday.", "fished") == []


def test_another_country_s_supreme_court_is_that_country_not_the_us_court() -> None:
    assert names_in("Israel's Supreme Court on Thursday ruled on the strikes.", "ruled") == [
        "Israel"
    ]
    assert names_in("The Israeli Supreme Court on Thursday ruled on the strikes.", "ruled") == [
        "Israel"
    ]
    assert names_in("India's Congress party on Thursday withdrew its support.", "withdrew") == [
        "India"
    ]
    assert names_in("The U.S. Supreme Court on Monday ruled for the state.", "ruled") == [
        "US Supreme Court"
    ]
