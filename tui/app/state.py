"""What the reader shows, without a widget: the timeline, its order, filters, search, selection.

:class:`ReaderState` is the reader's one source of truth. The app's handlers change it only
through its methods and then push the result to the panes, which render from it; nothing here
imports Textual, so every rule about what is selected, shown, matched or cited is tested
without running an app (tests/test_state.py). The curation state lives here too (issue 10):
the undo history of this session's writes, the events to review and the review mode, and the
inspector's switch; the keys that change them are in :mod:`tui.app.curation`. Two parts live in
their own files: the article shown, its anchors and citations (:mod:`tui.app.article_state`),
and the searches (:mod:`tui.app.search_state`).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, insort
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tui.app.article_state import ArticleState
from tui.app.review import Curation
from tui.app.search_state import Search, SearchState
from tui.model.diagnostics import OUTSIDE_FOLDER, Diagnostic, count, did_you_mean
from tui.model.filters import Filters
from tui.model.loader import Corpus
from tui.model.mentions import Mention, MentionFinder
from tui.model.sentences import Sentence
from tui.model.timeline import Actor, Anchor, Event, EventStatus, LoadResult, Timeline

if TYPE_CHECKING:
    from tui.model.salience import Salience
    from tui.model.search import SearchIndex

# How many key events K shows, and the steps { and } move through.
KEY_EVENT_STEPS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
DEFAULT_KEY_EVENTS = 25


class LoadReport(NamedTuple):
    """What a load means: the timeline to show (None: keep the one shown, if any), whether it
    is the first one shown, and the problems to list with their heading."""

    timeline: Timeline | None
    initial: bool
    problems: list[Diagnostic]
    heading: str


def step_to(positions: list[int], current: int, step: int) -> int:
    """The first of the sorted ``positions`` after ``current`` going by ``step``, wrapping round."""
    candidates = [p for p in positions if (p - current) * step > 0]
    if candidates:
        return candidates[0] if step > 0 else candidates[-1]
    return positions[0] if step > 0 else positions[-1]


class ReaderState(ArticleState, SearchState):
    """The reader's state: the loaded timeline and what the user chose to see of it."""

    def __init__(self, initial_event_id: str | None = None) -> None:
        self.initial_event_id = initial_event_id
        self.timeline: Timeline | None = None
        # While the timeline shown is the first screen of a big file, read ahead of the rest
        # (tui.model.first_screen): how many events the file lists. None once it is whole.
        self.first_screen_total: int | None = None
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
        self._quick: dict[str, tuple[str, list[Sentence]]] = {}
        # The full-text index of one timeline (built in a worker on the first F), and which.
        self._search_index: tuple[Timeline, SearchIndex] | None = None
        # The actors the mention finder is made of (made on first use: see mention_finder).
        self._actors_seen: tuple[Actor, ...] = ()
        self.event_counts: dict[str, int] = {}  # actor id -> how many events name it
        # Undo history, the events to review, review mode and the inspector's switch.
        self.curation = Curation()

    # --- loading -----------------------------------------------------------------------------

    def take_load(self, result: LoadResult) -> LoadReport:
        """Note what a load found; a file with errors keeps the last good timeline shown."""
        errors = result.errors
        # The first load to finish is the first one shown, even over a first screen.
        first = self.timeline is None or self.provisional
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

    @property
    def provisional(self) -> bool:
        """Whether the timeline shown is only a big file's first screen, the rest loading:
        what needs the whole timeline (writes, searches, filters, exports) waits."""
        return self.first_screen_total is not None

    def install_first_screen(self, timeline: Timeline, total_events: int) -> None:
        """Show ``timeline``, the first screen of a file of ``total_events`` events, until
        the whole file is loaded and installed (or :meth:`drop_first_screen` drops it)."""
        self.install(timeline)
        self.first_screen_total = total_events

    def drop_first_screen(self) -> None:
        """The whole file turned out unreadable: show no events rather than a part of it."""
        self.first_screen_total = None
        self.timeline = None
        self.ordered = []
        self.shown_events = []
        self.selected_event_id = None
        self.event_counts = {}

    def install(self, timeline: Timeline) -> None:
        """Take ``timeline`` as the one shown; actor filters for actors now gone are dropped."""
        self.timeline = timeline
        self.first_screen_total = None
        self.ordered = timeline.events_in_order()
        self._mention_finder = None
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
            self._mention_finder = None
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
            from tui.model.salience import top_events  # only with key events on (K)

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
            from tui.model.salience import salience

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

    # --- what the header says ----------------------------------------------------------------

    def counts_line(self, file_name: str, loading: bool) -> str:
        """``4 events · 4 actors · 2 articles`` (``2/4 events`` when filtered), or the state."""
        timeline = self.timeline
        if timeline is None:
            return f"loading {file_name}…" if loading else "no timeline"
        if self.first_screen_total is not None:
            return f"{len(self.shown_events):,} of {self.first_screen_total:,} events · loading…"
        events = count(len(timeline.events), "event")
        shown = f"{len(self.shown_events):,}/{events}" if self.filtering else events
        line = (
            f"{shown} · {count(len(timeline.actors), 'actor')}"
            f" · {count(len(timeline.articles), 'article')}"
        )
        line += self.curation.counts()
        return line + " · FILE HAS ERRORS" if self.broken else line

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
