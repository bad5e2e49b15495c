"""The reader's searches, a part of :class:`~tui.app.state.ReaderState` (no Textual).

``/`` searches the events listed or the article shown, ``F`` every article and quote (its
index built in a worker, once per timeline); :class:`Search` is the search on, with what it
found. Kept apart from state.py so that each file has one job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, NamedTuple

from tui.model.timeline import Timeline

if TYPE_CHECKING:
    from tui.model.loader import Corpus
    from tui.model.search import Hit, Results, SearchIndex
    from tui.model.timeline import Event

# events: the listed events; text: the article shown; all: every article and quote (F).
SearchScope = Literal["events", "text", "all"]


class Search(NamedTuple):
    """The active search: its text, where it looks, and what it found (a NamedTuple: no
    methods compiled at start-up)."""

    query: str
    scope: SearchScope
    event_ids: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    results: Results | None = None  # a search of everything: its hits
    current: int = -1  # ... and the one shown (-1: none yet)

    @property
    def found(self) -> int:
        """How many matches: events for an events search, spans for a text search."""
        if self.results is not None:
            return len(self.results.hits)
        return len(self.event_ids) if self.scope == "events" else len(self.spans)

    @property
    def hit(self) -> Hit | None:
        """The hit of a search of everything that is shown now, if any."""
        if self.results is None or not 0 <= self.current < len(self.results.hits):
            return None
        return self.results.hits[self.current]


class SearchState:
    """The search part of :class:`~tui.app.state.ReaderState` (a mixin: it reads the
    state's timeline, the events shown and the article texts)."""

    timeline: Timeline | None
    shown_events: list[Event]
    corpus: Corpus
    search: Search | None
    _search_index: tuple[Timeline, SearchIndex] | None

    def search_events(self, query: str) -> Search:
        """Search the shown events' titles, ids, notes, dates, tags and actor names."""
        needle = query.casefold()
        timeline = self.timeline
        found = []
        for event in self.shown_events:
            names = []
            if timeline is not None:
                names = [
                    timeline.actor_by_id[a].name for a in event.actors if a in timeline.actor_by_id
                ]
            haystack = " ".join(
                [event.title, event.id, event.notes, event.date_label(), *event.tags, *names]
            ).casefold()
            if needle in haystack:
                found.append(event.id)
        self.search = Search(query, "events", event_ids=tuple(found))
        return self.search

    def search_text(self, query: str, text: str) -> Search:
        """Search the article shown (its ``text``), ignoring case."""
        spans = tuple(
            (m.start(), m.end()) for m in re.finditer(re.escape(query), text, flags=re.IGNORECASE)
        )
        self.search = Search(query, "text", spans=spans)
        return self.search

    def search_all(self, results: Results, current: int = -1) -> Search:
        """Make ``results``, a search of every article and quote, the search; ``current``:
        the hit shown."""
        self.search = Search(results.query, "all", results=results, current=current)
        return self.search

    def step_hit(self, step: int) -> Hit | None:
        """Show the hit ``step`` places on (wrapping round); None without such a search."""
        search = self.search
        if search is None or search.results is None or not search.results.hits:
            return None
        count = len(search.results.hits)
        current = (search.current + step) % count if search.current >= 0 else 0
        if search.current < 0 and step < 0:
            current = count - 1
        self.search = search._replace(current=current)
        return self.search.hit

    def hit_spans(self, article_id: str) -> list[tuple[int, int]]:
        """Every match of the search of everything in ``article_id``'s text, for Text to mark."""
        search = self.search
        if search is None or search.results is None:
            return []
        return [
            span
            for hit in search.results.hits
            if hit.article_id == article_id and not hit.in_quote
            for span in hit.matches
        ]

    @property
    def search_index(self) -> SearchIndex | None:
        """The full-text index of the timeline shown, when it is built."""
        held = self._search_index
        return held[1] if held is not None and held[0] is self.timeline else None

    def build_search_index(
        self, timeline: Timeline, should_stop: Callable[[], bool] | None = None
    ) -> SearchIndex:
        """Index ``timeline``'s articles and quotes (slow: from a worker thread; stores nothing)."""

        def text_of(article_id: str) -> str | None:
            article = timeline.article_by_id.get(article_id)
            text = self.corpus.text(article) if article is not None else None
            return text.text if text is not None and text.error is None else None

        from tui.model.search import SearchIndex  # on the first search of everything

        return SearchIndex.build(timeline, text_of, should_stop)

    def keep_search_index(self, timeline: Timeline, index: SearchIndex) -> bool:
        """Keep ``index``, built for ``timeline``; False when another timeline is shown now."""
        if timeline is not self.timeline:
            return False
        self._search_index = (timeline, index)
        return True

    def clear_search(self) -> None:
        """No search from now on."""
        self.search = None

    def search_line(self) -> str:
        """``query (3 in events)`` while a search is on, else empty."""
        search = self.search
        if search is not None and search.results is not None:
            return f"{search.query} ({search.results.counter(search.current)} in all articles)"
        return f"{search.query} ({search.found} in {search.scope})" if search else ""
