"""A monarch the article names by title and one name is that person, resolved by what the
article says, never by another article's holder of the name (issue 9, section 3)."""

from __future__ import annotations

import datetime as dt

from tui.extract.actors_described import royal_names
from tui.extract.pipeline import ArticleInput, merge_results, process_articles


def test_king_hussein_is_not_the_saddam_hussein_of_another_article() -> None:
    iraq = ArticleInput(
        "a",
        "Iraqi President Saddam Hussein said on Monday that inspectors must leave. "
        "Saddam Hussein later met envoys.",
        dt.date(1998, 2, 10),
    )
    jordan = ArticleInput(
        "b",
        "Jordan's King Hussein on Tuesday urged Iraq to comply. "
        "Hussein said on Wednesday that war must be avoided.",
        dt.date(1998, 2, 11),
    )
    extraction = merge_results(process_articles([iraq, jordan]))
    names = {actor.id: actor.name for actor in extraction.new_actors}
    by_quote = {
        quote: [names.get(i, i) for i in event.actors]
        for event in extraction.events
        for _, quote in event.sources
    }
    urged = next(actors for quote, actors in by_quote.items() if "urged" in quote)
    said = next(actors for quote, actors in by_quote.items() if "war must" in quote)
    leave = next(actors for quote, actors in by_quote.items() if "must leave" in quote)
    assert "King Hussein" in urged and "Saddam Hussein" not in urged
    assert said == ["King Hussein"]
    assert leave == ["Saddam Hussein"]


def test_a_royal_name_is_the_title_and_one_name_only() -> None:
    text = "King Gyanendra of Nepal met Queen Elizabeth and King Juan Carlos on Monday."
    assert [name for _, name in royal_names(text)] == ["King Gyanendra", "Queen Elizabeth"]
