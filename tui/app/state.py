"""What the reader shows, without a widget: the timeline, its order, filters, search, selection.

:class:`ReaderState` is the reader's one source of truth. The app's handlers change it only
through its methods and then push the result to the panes, which render from it; nothing here
imports Textual, so every rule about what is selected, shown, matched or cited is tested
without running an app (tests/test_state.py). The curation state lives here too (issue 10):
the undo history of this session's writes, the events to review and the review mode, and the
inspector's switch; the keys that change them are in :mod:`tui.app.curation`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from tui.app.review import Curation
from tui.model.anchors import resolve_quote
from tui.model.articles import ArticleText
from tui.model.diagnostics import OUTSIDE_FOLDER, Diagnostic, count, did_you_mean
from tui.model.filters import Filters
from tui.model.loader import Corpus
from tui.model.mentions import Mention, MentionFinder
from tui.model.salience import Salience, salience, top_events
from tui.model.search import Hit, Results, SearchIndex
from tui.model.sentences import Sentence
from tui.model.timeline import Anchor, Article, Event, EventStatus, LoadResult, Timeline

# events: the listed events; text: the article shown; all: every article and quote (F).
SearchScope = Literal["events", "text", "all"]
# An article longer than this (characters) is split into sentences in a worker thread: a
# 10 MB article takes seconds to split, which must not freeze the keys.
BACKGROUND_CHARS = 200_000
# How many key events K shows, and the steps { and } move through.
KEY_EVENT_STEPS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
DEFAULT_KEY_EVENTS = 25


@dataclass(frozen=True, slots=True)
class Search:
    """The active search: its text, where it looks, and what it found."""

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


@dataclass(frozen=True, slots=True)
class ArticleShown:
    """An article as Text shows it: its text and sentences, or why it cannot be read.

    ``pending`` is a huge article's text, still to be split in a worker (see
    :meth:`ReaderState.article_prepared`); meanwhile there is nothing to show.
    """

    article: Article | None
    text: str
    sentences: list[Sentence]
    error: str | None
    mentions: list[Mention]
    pending: ArticleText | None = None


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load means: the timeline to show (None: keep the one shown, if any), whether it
    is the first one shown, and the problems to list with their heading."""

    timeline: Timeline | None
    initial: bool
    problems: list[Diagnostic]
    heading: str


def in_background(text: ArticleText) -> bool:
    """Whether ``text`` is too long to split on the UI thread and is not split yet."""
    return not text.is_split and len(text.text) > BACKGROUND_CHARS


def step_to(positions: list[int], current: int, step: int) -> int:
    """The first of the sorted ``positions`` after ``current`` going by ``step``, wrapping round."""
    candidates = [p for p in positions if (p - current) * step > 0]
    if candidates:
        return candidates[0] if step > 0 else candidates[-1]
    return positions[0] if step > 0 else positions[-1]


class ReaderState:
    """The reader's state: the loaded timeline and what the user chose to see of it."""

    def __init__(self, initial_event_id: str | None = None) -> None:
        self.initial_event_id = initial_event_id
        self.timeline: Timeline | None = None
        self.diagnostics: list[Diagnostic] = []
        self.broken = False
        self.ordered: list[Event] = []
        self.shown_events: list[Event] = []
        self.filters = Filters()
        # The key-events filter (K): the `key_count` most salient of the events the other
        # filters keep, still in date order. `kept_before_key` is how many those were.
        self.key_events = False
        self.key_count = DEFAULT_KEY_EVENTS
        self.kept_before_key = 0
        self._salience: dict[str, Salience] | None = None
        self.search: Search | None = None
        self.selected_event_id: str | None = None
        self.source_index = 0
        self.article_id: str | None = None
        # Article texts are read again only when their file changes, across reloads too.
        self.corpus = Corpus()
        self._mention_finder: MentionFinder | None = None
        self._anchors: dict[tuple[str, int], Anchor | None] = {}
        # article id -> (the text searched, its mentions): switching back costs no search.
        self._mentions: dict[str, tuple[str, list[Mention]]] = {}
        self._citations: dict[str, dict[int, frozenset[str]]] = {}
        self._sources_by_article: dict[str, list[tuple[Event, int]]] = {}
        # The full-text index of one timeline (built in a worker on the first F), and which.
        self._search_index: tuple[Timeline, SearchIndex] | None = None
        self._actors_seen: tuple[object, ...] = ()
        self.event_counts: dict[str, int] = {}  # actor id -> how many events name it
        # Undo history, the events to review, review mode and the inspector's switch.
        self.curation = Curation()

    # --- loading -----------------------------------------------------------------------------

    def take_load(self, result: LoadResult) -> LoadReport:
        """Note what a load found; a file with errors keeps the last good timeline shown."""
        errors = result.errors
        first = self.timeline is None
        self.diagnostics = result.diagnostics
        self.broken = bool(errors)
        # Articles read from outside the timeline's folder are shown with the errors: a
        # timeline from someone else could otherwise show any file without a word.
        outside = [d for d in result.diagnostics if d.code == OUTSIDE_FOLDER]
        if errors:
            heading = (
                "The timeline file has errors:"
                if first
                else "The timeline file has errors; showing the last good version. Fix and save:"
            )
            problems = [*errors, *outside]
        elif outside:
            heading, problems = "Article files from outside the timeline's folder:", outside
        else:
            heading, problems = "", []
        usable = result.timeline is not None and (not errors or first)
        # The first timeline shown is "initial" even when the first load failed: --event
        # still applies once the file is fixed.
        return LoadReport(result.timeline if usable else None, first, problems, heading)

    def missing_initial_event(self, file_name: str) -> str | None:
        """What to say when the event asked for with ``--event`` is not there (else None)."""
        wanted = self.initial_event_id
        if not wanted or self.timeline is None or self.selected_event_id == wanted:
            return None
        hint = did_you_mean(wanted, self.timeline.event_by_id)
        return (
            f"--event {wanted}: {file_name} has no event with this id; "
            f"{hint + ' ' if hint else ''}Showing the first event."
        )

    def install(self, timeline: Timeline) -> None:
        """Take ``timeline`` as the one shown; actor filters for actors now gone are dropped."""
        self.timeline = timeline
        self.ordered = timeline.events_in_order()
        self._mention_finder = MentionFinder(timeline.actors)
        self._actors_seen = tuple(timeline.actors)
        self._anchors.clear()
        self._mentions.clear()
        self._citations.clear()
        self._sources_by_article = {}
        self._salience = None  # scored again when the key events are next asked for
        for event in self.ordered:
            for index, source in enumerate(event.sources):
                self._sources_by_article.setdefault(source.article, []).append((event, index))
        self.curation.install(timeline)
        self.event_counts = self.actor_counts()
        valid_actors = frozenset(a for a in self.filters.actors if a in timeline.actor_by_id)
        if valid_actors != self.filters.actors:
            self.filters = replace(self.filters, actors=valid_actors)

    def refresh_edited(self, changed: tuple[list[Event], list[Event]] | None = None) -> None:
        """The shown timeline was edited in place (a curation write, an undo): bring the
        order, the caches and the counts up to date, touching only the events that changed.

        ``changed`` is (the events taken out, the events put in) when the caller knows
        (:func:`~tui.model.history.events_changed`); otherwise identity tells, as the model
        replaces an edited event with a new object. A write on 20,000 events must not sort
        them all again, forget every anchor, or even compare every event (about 10 ms).
        """
        timeline = self.timeline
        if timeline is None:
            return
        if changed is None:
            now = {id(event) for event in timeline.events}
            before = {id(event) for event in self.ordered}
            removed = [event for event in self.ordered if id(event) not in now]
            added = [event for event in timeline.events if id(event) not in before]
        else:
            removed, added = changed
        # A new list: the palette's cache sees the change.
        self.ordered = _without(self.ordered, removed)
        for event in added:
            insort(self.ordered, event, key=Event.sort_key)
        changed_ids = {event.id for event in (*removed, *added)}
        for key in [key for key in self._anchors if key[0] in changed_ids]:
            del self._anchors[key]
        gone_ids = {id(event) for event in removed}
        for article in {source.article for event in (*removed, *added) for source in event.sources}:
            self._citations.pop(article, None)
            kept = [
                pair
                for pair in self._sources_by_article.get(article, [])
                if id(pair[0]) not in gone_ids
            ]
            self._sources_by_article[article] = kept
        for event in added:
            for index, source in enumerate(event.sources):
                self._sources_by_article.setdefault(source.article, []).append((event, index))
        if tuple(timeline.actors) != self._actors_seen:
            self._mention_finder = MentionFinder(timeline.actors)
            self._actors_seen = tuple(timeline.actors)
            self._mentions.clear()
            valid = frozenset(a for a in self.filters.actors if a in timeline.actor_by_id)
            if valid != self.filters.actors:
                self.filters = replace(self.filters, actors=valid)
        self.curation.update(timeline, removed, added)
        self._recount_actors(removed, added)
        self._salience = None  # the events changed: scored again when next asked for

    def _recount_actors(self, removed: list[Event], added: list[Event]) -> None:
        """Bring :attr:`event_counts` up to date for the events an edit changed only."""
        counts = dict(self.event_counts)
        for event, step in [*((event, -1) for event in removed), *((event, 1) for event in added)]:
            for actor_id in set(event.actors):
                count = counts.get(actor_id, 0) + step
                if count > 0:
                    counts[actor_id] = count
                else:
                    counts.pop(actor_id, None)
        self.event_counts = counts

    def actor_counts(self) -> dict[str, int]:
        """actor id -> how many events name the actor."""
        counts: dict[str, int] = {}
        for event in self.timeline.events if self.timeline else []:
            for actor_id in set(event.actors):
                counts[actor_id] = counts.get(actor_id, 0) + 1
        return counts

    # --- filters -----------------------------------------------------------------------------

    def apply_filters(self) -> list[Event]:
        """The events the filters keep, in reading order (also kept as ``shown_events``).

        With only those to review shown, the others go; with key events on, only the most
        salient of the rest stay, in the same order.
        """
        kept = self.curation.keep(self.filters.apply(self.ordered))
        self.kept_before_key = len(kept)
        if self.key_events:
            kept = top_events(kept, self.key_count, self.salience())
        self.shown_events = kept
        return self.shown_events

    @property
    def filtering(self) -> bool:
        """Whether some events may be hidden: a filter, the to-review filter or key events."""
        return self.filters.active or self.curation.only_to_review or self.key_events

    def clear_filters(self) -> None:
        """Every event shows again (review mode, if on, keeps its own filter)."""
        self.filters = Filters()
        self.key_events = False
        self.curation.only_to_review = self.curation.reviewing

    def salience(self) -> dict[str, Salience]:
        """event id -> salience, scored once per installed timeline (only when asked for)."""
        if self._salience is None:
            self._salience = salience(self.timeline) if self.timeline is not None else {}
        return self._salience

    def toggle_key_events(self) -> None:
        """Show only the key events from now on, or every event again."""
        self.key_events = not self.key_events

    def step_key_count(self, step: int) -> bool:
        """Show ``step`` steps more (or fewer) key events; False when already at the end."""
        steps = KEY_EVENT_STEPS
        current = self.key_count
        if step > 0:
            bigger = [n for n in steps if n > current]
            new = bigger[0] if bigger else current
        else:
            smaller = [n for n in steps if n < current]
            new = smaller[-1] if smaller else current
        self.key_count = new
        return new != current

    def key_events_line(self) -> str:
        """``key events: 25 of 7,736`` while the key-events filter is on, else empty."""
        if not self.key_events:
            return ""
        return f"key events: {len(self.shown_events):,} of {self.kept_before_key:,}"

    def filters_line(self) -> str:
        """Every filter on, for the header: to review, the event filters, then the key events."""
        parts = [
            "to review" if self.curation.only_to_review else "",
            self.filters.describe(self.timeline),
            self.key_events_line(),
        ]
        return " · ".join(part for part in parts if part)

    def set_filters(self, filters: Filters) -> None:
        """Use ``filters`` from now on; call :meth:`apply_filters` to see what they keep."""
        self.filters = filters

    def toggle_actor(self, actor_id: str) -> None:
        """Filter by ``actor_id`` too, or stop filtering by it."""
        self.filters = self.filters.toggle_actor(actor_id)

    def filter_by_tag(self, tag: str | None) -> None:
        """Show only events with ``tag`` (``None`` clears); the other filters stay."""
        self.filters = replace(self.filters, tag=tag)

    def filter_by_status(self, status: EventStatus | None) -> None:
        """Show only events with ``status`` (``None`` clears); the other filters stay."""
        self.filters = replace(self.filters, status=status)

    def filter_by_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        """Show only events within ``start`` and ``end`` (either may be open)."""
        self.filters = replace(self.filters, date_from=start, date_to=end)

    def date_range_text(self) -> str:
        """The date filter as the prompt takes it (``2023-09-01..2023-09-15``), or empty."""
        if self.filters.date_from or self.filters.date_to:
            return f"{self.filters.date_from or ''}..{self.filters.date_to or ''}"
        return ""

    def empty_message(self) -> str:
        """What Events says when it shows no event."""
        if self.curation.reviewing:
            return "Nothing left to review (esc leaves review mode)"
        if self.filtering:
            return "No events match the filters (esc clears)"
        return "No events yet (c in Text captures one from a sentence)"

    # --- selection ---------------------------------------------------------------------------

    @property
    def selected_event(self) -> Event | None:
        """The selected event, or None."""
        timeline = self.timeline
        return timeline.event_by_id.get(self.selected_event_id or "") if timeline else None

    def selected_source_count(self) -> int:
        """How many sources the selected event has (0 without a selection)."""
        event = self.selected_event
        return len(event.sources) if event is not None else 0

    def select(self, event_id: str | None) -> None:
        """Select ``event_id``; another event starts again from its first source."""
        if event_id != self.selected_event_id:
            self.source_index = 0
        self.selected_event_id = event_id

    def captured(self, event_id: str) -> None:
        """Select ``event_id``, just written, once the reload brings it (not --event's any more)."""
        self.initial_event_id = None
        self.selected_event_id = event_id
        self.source_index = 0

    def step_source(self, step: int) -> bool:
        """Go ``step`` sources on in the selected event; False when it has fewer than two."""
        sources = self.selected_source_count()
        if sources < 2:
            return False
        self.source_index = (self.source_index + step) % sources
        return True

    def next_article_id(self, step: int) -> str | None:
        """The article ``step`` places after the one shown, wrapping round (None: no article)."""
        if self.timeline is None or not self.timeline.articles:
            return None
        ids = [article.id for article in self.timeline.articles]
        index = ids.index(self.article_id) if self.article_id in ids else -step
        return ids[(index + step) % len(ids)]

    # --- articles, anchors and citations -----------------------------------------------------

    def anchor_of(self, event: Event, index: int) -> Anchor | None:
        """Where source ``index`` of ``event`` sits in its article, resolved on demand."""
        key = (event.id, index)
        if key in self._anchors:
            return self._anchors[key]
        source = event.sources[index]
        anchor = source.anchor
        if anchor is None and self.timeline is not None:
            article = self.timeline.article_by_id.get(source.article)
            if article is not None:
                text = self.corpus.text(article)
                if text.error is None and in_background(text):
                    return None  # its sentences are being split: asked again once they are
                if text.error is None:
                    anchor = resolve_quote(text.text, source.quote, text.sentences).anchor
        self._anchors[key] = anchor
        return anchor

    def open_article(self, article_id: str | None) -> ArticleShown:
        """Make ``article_id`` the article shown; its text, or a message in its place."""
        timeline = self.timeline
        self.article_id = article_id
        article = timeline.article_by_id.get(article_id) if timeline and article_id else None
        if article is None:
            message = f"article {article_id!r} is not in the timeline" if article_id else None
            return ArticleShown(None, "", [], message, [])
        text = self.corpus.text(article)
        if text.error is not None:
            # Say where and what, in the words `newsline check` uses.
            return ArticleShown(article, "", [], text.error.format(), [])
        if in_background(text):
            return ArticleShown(article, "", [], None, [], pending=text)
        mentions: list[Mention] = []
        if self._mention_finder is not None:
            cached = self._mentions.get(article.id)
            if cached is None or cached[0] is not text.text:
                cached = (text.text, self._mention_finder.find(text.text))
                self._mentions[article.id] = cached
            mentions = cached[1]
        return ArticleShown(article, text.text, list(text.sentences), None, mentions)

    def find_mentions(self, text: str) -> list[Mention]:
        """The actor mentions in ``text`` (safe from a worker thread: nothing is stored)."""
        finder = self._mention_finder
        return finder.find(text) if finder is not None else []

    def article_prepared(self, text: ArticleText, mentions: list[Mention]) -> bool:
        """Keep a huge article's ``mentions``, found in a worker once it was split; whether it
        is still the article shown. Anchors and citations asked for meanwhile are dropped."""
        article_id = text.article_id
        self._mentions[article_id] = (text.text, mentions)
        for event, index in self._sources_by_article.get(article_id, []):
            self._anchors.pop((event.id, index), None)
        self._citations.pop(article_id, None)
        return self.article_id == article_id and self.timeline is not None

    def selected_source_article(self) -> str | None:
        """The article of the selected event's current source, or None."""
        event = self.selected_event
        if event is None or not event.sources:
            return None
        return event.sources[self.source_index % len(event.sources)].article

    def selected_anchor(self) -> Anchor | None:
        """Where the selected event's current source sits, when that is the article shown."""
        event = self.selected_event
        if event is None or not event.sources:
            return None
        index = self.source_index % len(event.sources)
        if event.sources[index].article != self.article_id:
            return None
        return self.anchor_of(event, index)

    def citations(self, article_id: str) -> dict[int, frozenset[str]]:
        """sentence index -> ids of the events whose quote sits in that sentence."""
        cached = self._citations.get(article_id)
        if cached is not None:
            return cached
        by_sentence: dict[int, set[str]] = {}
        for event, index in self._sources_by_article.get(article_id, []):
            anchor = self.anchor_of(event, index)
            if anchor is not None:
                by_sentence.setdefault(anchor.sentence, set()).add(event.id)
        result = {sentence: frozenset(ids) for sentence, ids in by_sentence.items()}
        self._citations[article_id] = result
        return result

    def cited_by(self, sentence: int) -> frozenset[str]:
        """Ids of the events that cite ``sentence`` of the article shown."""
        if not self.article_id:
            return frozenset()
        return self.citations(self.article_id).get(sentence, frozenset())

    # --- search ------------------------------------------------------------------------------

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
        self.search = replace(search, current=current)
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

    # --- what the header says ----------------------------------------------------------------

    def counts_line(self, file_name: str, loading: bool) -> str:
        """``4 events · 4 actors · 2 articles`` (``2/4 events`` when filtered), or the state."""
        timeline = self.timeline
        if timeline is None:
            return f"loading {file_name}…" if loading else "no timeline"
        events = count(len(timeline.events), "event")
        shown = f"{len(self.shown_events)}/{events}" if self.filtering else events
        line = (
            f"{shown} · {count(len(timeline.actors), 'actor')}"
            f" · {count(len(timeline.articles), 'article')}"
        )
        line += self.curation.counts()
        return line + " · FILE HAS ERRORS" if self.broken else line

    def search_line(self) -> str:
        """``query (3 in events)`` while a search is on, else empty."""
        search = self.search
        if search is not None and search.results is not None:
            return f"{search.query} ({search.results.counter(search.current)} in all articles)"
        return f"{search.query} ({search.found} in {search.scope})" if search else ""

    # --- editing -----------------------------------------------------------------------------

    def first_error_line(self, path: Path) -> int:
        """The line of the first error the last load found in the file at ``path`` (0: none)."""
        here = path.resolve()
        lines = (
            d.line
            for d in self.diagnostics
            if d.is_error and d.line > 0 and Path(d.path).resolve() == here
        )
        return next(lines, 0)

    def line_of(self, path: Path, section: str, item_id: str) -> int:
        """The line of ``item_id`` in the timeline file at ``path`` (1 when unknown)."""
        try:
            from tui.model.writer import editor_for

            # The writer's kept document: no re-read of the file right after the reader wrote it.
            line = editor_for(path).line_of(section, item_id)
            if line:
                return int(line)
        except Exception:  # an unreadable or broken file: fall back to the loaded positions
            pass
        timeline = self.timeline
        if timeline is not None:
            items = timeline.event_by_id if section == "events" else timeline.actor_by_id
            item = items.get(item_id)
            if item is not None and item.position.line:
                return item.position.line
        return 1


def _without(ordered: list[Event], removed: list[Event]) -> list[Event]:
    """A copy of ``ordered`` (sorted by :meth:`Event.sort_key`, which is unique) without the
    ``removed`` events, each found by bisection rather than by walking the list."""
    result = list(ordered)
    for event in removed:
        index = bisect_left(result, event.sort_key(), key=Event.sort_key)
        if index < len(result) and result[index] is event:
            del result[index]
        else:  # not where its key says (it should be): look for it by identity
            index = next((i for i, e in enumerate(result) if e is event), -1)
            if index >= 0:
                del result[index]
    return result
