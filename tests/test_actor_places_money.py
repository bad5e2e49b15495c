"""A country named for where or for its money, and a country's own court (issue 9, section 3):
one test per kind, on made-up sentences."""

from __future__ import annotations

from actor_support import actors_of_event_quoting


def test_a_country_before_its_money_is_no_actor() -> None:
    found = actors_of_event_quoting(
        "Japan sold goods worth 2.5 million U.S. dollars in October.", "sold"
    )
    assert found == ["Japan"]
    assert (
        actors_of_event_quoting("Rubber traded at 114 US cents on Monday, dealers said.", "Rubber")
        == []
    )


def test_a_direction_from_a_country_or_its_capital_is_a_place() -> None:
    found = actors_of_event_quoting(
        "A U.S. fighter jet crashed northwest of Baghdad on Monday.", "crashed"
    )
    assert found == ["United States"]
    assert (
        actors_of_event_quoting("Boats fished illegally south of South Africa on Monday.", "fished")
        == []
    )


def test_another_country_s_supreme_court_is_that_country_not_the_us_court() -> None:
    assert actors_of_event_quoting(
        "Israel's Supreme Court on Thursday ruled on the strikes.", "ruled"
    ) == ["Israel"]
    assert actors_of_event_quoting(
        "The Israeli Supreme Court on Thursday ruled on the strikes.", "ruled"
    ) == ["Israel"]
    assert actors_of_event_quoting(
        "India's Congress party on Thursday withdrew its support.", "withdrew"
    ) == ["India"]
    assert actors_of_event_quoting(
        "The U.S. Supreme Court on Monday ruled for the state.", "ruled"
    ) == ["US Supreme Court"]


def test_a_country_before_its_stock_market_is_no_actor() -> None:
    text = "The key indices of the Malaysia stock market closed lower on Monday."
    assert actors_of_event_quoting(text, "indices") == []
    # ("shares" is a verb too: the country acts.)
    found = actors_of_event_quoting("Italy shares the same view, Turkey said on Monday.", "Italy")
    assert "Italy" in found
