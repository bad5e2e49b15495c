"""What the actor tests share: the actors extraction gives the event that quotes a word of a
made-up article."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, merge_results, process_articles

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def actors_of_event_quoting(text: str, word: str) -> list[str]:
    """The actor names of the event quoting ``word``, extracted from ``text`` as one article
    published on :data:`PUBLISHED` (an actor the run did not propose is given by its id)."""
    extraction = merge_results(process_articles([ArticleInput("a", text, PUBLISHED)]))
    names = {actor.id: actor.name for actor in extraction.new_actors}
    for event in extraction.events:
        if any(word in quote for _, quote in event.sources):
            return [names.get(actor_id, actor_id) for actor_id in event.actors]
    raise AssertionError(f"no event quoting {word!r}: {[e.sources for e in extraction.events]}")
