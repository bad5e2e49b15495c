"""The reader app: holds the state and links the three panes.

Panes post messages up (cursor moved, chosen); the app decides what that means and pushes the
new state down (rows, marks, article). Loading runs in a worker thread; a timer polls the
timeline and article files and reloads once a change has settled.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Container
from textual.worker import get_current_worker

from tui.app import bindings
from tui.app.actors_pane import ActorList
from tui.app.command_palette import SteadyCommandPalette
from tui.app.events_pane import EventList, EventsPane, TimeRuler
from tui.app.filters import Filters, parse_date_range
from tui.app.footer import FittingFooter
from tui.app.keymap import config_path, keymap_conflicts, load_keymap, reader_positions
from tui.app.line_list import LineList
from tui.app.palette import AskDateRange, ClearFilters, FilterBy, Jump, ReaderCommands
from tui.app.screens import DiagnosticsPanel, HelpScreen, PromptScreen, StatusHeader
from tui.app.text_pane import ArticleView
from tui.app.timeline_screen import TimelineScreen
from tui.app.watcher import ChangeTracker, Signature, signature
from tui.model.anchors import resolve_quote
from tui.model.articles import ArticleText
from tui.model.diagnostics import (
    OUTSIDE_FOLDER,
    Diagnostic,
    Severity,
    count,
    did_you_mean,
    printable,
)
from tui.model.loader import Corpus, load_timeline
from tui.model.mentions import Mention, MentionFinder
from tui.model.sentences import Interrupted
from tui.model.timeline import (
    Anchor,
    Article,
    Event,
    EventStatus,
    LoadResult,
    Timeline,
    timeline_file,
)

EditorLauncher = Callable[[Path, int], None]
Loader = Callable[[Path], LoadResult]
WIDE = 160
POLL_SECONDS = 0.3
# Actions about the reader's panes: they do nothing while another screen is on top.
READER_ONLY_ACTIONS = frozenset(
    {
        "search",
        "next_match",
        "source",
        "article",
        "timeline",
        "edit",
        "reload",
        "clear",
        "filter_menu",
        "focus_pane",
        "cycle_pane",
    }
)


# An article longer than this (characters) is split into sentences in a worker thread: a
# 10 MB article takes seconds to split, which must not freeze the keys.
BACKGROUND_CHARS = 200_000


def _in_background(text: ArticleText) -> bool:
    """Whether ``text`` is too long to split on the UI thread and is not split yet."""
    return not text.is_split and len(text.text) > BACKGROUND_CHARS


def default_loader(path: Path) -> LoadResult:
    """Load ``path`` without resolving anchors: the reader resolves each one when it is shown."""
    return load_timeline(path, resolve_sources=False)


@dataclass(frozen=True, slots=True)
class Search:
    """The active search: its text, where it looks, and what it found."""

    query: str
    scope: str  # "events" or "text"
    event_ids: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


class ReaderApp(App[int]):
    """newsline: articles, events and actors in linked panes."""

    TITLE = "newsline"
    CSS_PATH = "reader.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    # The screen gets -narrow below 160 columns (Events over Text) and -wide from 160 (columns).
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = bindings.APP_KEYS

    def __init__(
        self,
        path: str | Path,
        event_id: str | None = None,
        *,
        loader: Loader | None = None,
        editor_launcher: EditorLauncher | None = None,
        watch: bool = True,
        keymap_path: Path | None = None,
        poll_interval: float = POLL_SECONDS,
    ) -> None:
        super().__init__()
        self.timeline_path = timeline_file(path)
        self.initial_event_id = event_id
        self.loader: Loader = loader or default_loader
        self.editor_launcher = editor_launcher
        self.watch_files = watch
        self.poll_interval = poll_interval
        self.keymap_path = keymap_path if keymap_path is not None else config_path()
        self.keymap: dict[str, str] = {}
        self.timeline: Timeline | None = None
        self.diagnostics: list[Diagnostic] = []
        self.broken = False
        self.ordered: list[Event] = []
        self.shown_events: list[Event] = []
        self.filters = Filters()
        self.search: Search | None = None
        self.selected_event_id: str | None = None
        self.source_index = 0
        self.article_id: str | None = None
        self.corpus = Corpus()
        self._mention_finder: MentionFinder | None = None
        self._anchors: dict[tuple[str, int], Anchor | None] = {}
        # article id -> (the text searched, its mentions): switching back costs no search.
        self._mentions: dict[str, tuple[str, list[Mention]]] = {}
        self._citations: dict[str, dict[int, frozenset[str]]] = {}
        self._sources_by_article: dict[str, list[tuple[Event, int]]] = {}
        self.tracker = ChangeTracker()
        self.loads = 0
        self._loading = False
        self._binding_state: tuple[bool, bool, bool] | None = None

    # --- which keys apply now ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that would do nothing now; reader keys do nothing over other screens."""
        if action in READER_ONLY_ACTIONS and len(self.screen_stack) > 1:
            # `e` also edits the event under the timeline view's cursor.
            return action == "edit" and self._timeline_screen_on_top() is not None
        if action == "source":
            return self._selected_source_count() > 1
        if action == "next_match":
            return self.search is not None
        if action == "clear":
            return self.search is not None or self.filters.active
        return True

    def _selected_source_count(self) -> int:
        timeline = self.timeline
        event = timeline.event_by_id.get(self.selected_event_id or "") if timeline else None
        return len(event.sources) if event is not None else 0

    def _sync_bindings(self) -> None:
        """Refresh the footer when a key starts or stops applying (not on every cursor move)."""
        state = (self._selected_source_count() > 1, self.search is not None, self.filters.active)
        if state != self._binding_state:
            self._binding_state = state
            self.refresh_bindings()

    def _timeline_screen_on_top(self) -> TimelineScreen | None:
        screen = self.screen
        return screen if isinstance(screen, TimelineScreen) else None

    # --- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="header")
        with Container(id="panes"):
            events_pane = EventsPane(id="events-pane")
            events_pane.border_title = "1 Events"
            yield events_pane
            text = ArticleView(id="text")
            text.border_title = "2 Text"
            yield text
            actors = ActorList(id="actors")
            actors.border_title = "3 Actors"
            yield actors
        yield DiagnosticsPanel(id="diagnostics")
        yield FittingFooter()

    @property
    def events_list(self) -> EventList:
        return self.query_one("#events", EventList)

    @property
    def text_view(self) -> ArticleView:
        return self.query_one("#text", ArticleView)

    @property
    def actors_list(self) -> ActorList:
        return self.query_one("#actors", ActorList)

    def on_mount(self) -> None:
        self._apply_keymap()
        self.events_list.focus()
        self.load()
        if self.watch_files:
            self.set_interval(self.poll_interval, self._poll_files, name="watch-files")

    def _apply_keymap(self) -> None:
        keymap, problems = load_keymap(self.keymap_path, set(self.binding_ids()))
        self.keymap = keymap
        if keymap:
            self.set_keymap(keymap)
            conflicts = keymap_conflicts(reader_positions(type(self)), self._keymap)
            problems += [f"{self.keymap_path}: {conflict}" for conflict in conflicts]
        for problem in problems:
            self.notify(
                printable(problem), title="Key config", severity="warning", markup=False, timeout=8
            )

    def binding_ids(self) -> list[str]:
        """Every binding id the user may remap (the registry in tui.app.bindings)."""
        return bindings.binding_ids()

    def help_rows(self) -> list[tuple[str, str, str, str]]:
        """(section, keys, description, id) for every binding, with remapped keys."""
        return bindings.help_rows(self.keymap, self.get_key_display)

    # --- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Load the timeline in a worker thread; the result arrives in :meth:`_loaded`."""
        self._loading = True
        if self.timeline is None:
            self._update_header()
        self._load_worker()

    @work(thread=True, exclusive=True, group="load")
    def _load_worker(self) -> None:
        # The file as it was before reading: a save made while the loader runs must still
        # count as a change afterwards, not become the "known" state unread.
        before = signature(self.timeline_path)
        try:
            result = self.loader(self.timeline_path)
        except Exception as error:  # a loader bug becomes a message, not a crash
            result = LoadResult(
                self.timeline_path,
                None,
                [Diagnostic(self.timeline_path, 0, 0, Severity.ERROR, f"cannot load: {error}")],
            )
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._loaded, result, before)

    def _loaded(self, result: LoadResult, before: Signature = None) -> None:
        self._loading = False
        self.loads += 1
        errors = result.errors
        self.diagnostics = result.diagnostics
        usable = result.timeline is not None and (not errors or self.timeline is None)
        self.broken = bool(errors)
        panel = self.query_one(DiagnosticsPanel)
        # Articles read from outside the timeline's folder are shown with the errors: a
        # timeline from someone else could otherwise show any file without a word.
        outside = [d for d in result.diagnostics if d.code == OUTSIDE_FOLDER]
        if errors:
            heading = (
                "The timeline file has errors; showing the last good version. Fix and save:"
                if self.timeline is not None
                else "The timeline file has errors:"
            )
            panel.show([*errors, *outside], heading)
        elif outside:
            panel.show(outside, "Article files from outside the timeline's folder:")
        else:
            panel.show([], "")
        if usable:
            assert result.timeline is not None
            # The first timeline shown is "initial" even when the first load failed: --event
            # still applies once the file is fixed.
            self._install(result.timeline, initial=self.timeline is None)
        else:
            self._update_header()
        self._rewatch(before)

    def _install(self, timeline: Timeline, *, initial: bool) -> None:
        events_list = self.events_list
        scroll_y = events_list.scroll_y
        keep_id = self.initial_event_id if initial else self.selected_event_id
        self.timeline = timeline
        self.ordered = timeline.events_in_order()
        self._mention_finder = MentionFinder(timeline.actors)
        self._anchors.clear()
        self._mentions.clear()
        self._citations.clear()
        self._sources_by_article = {}
        for event in self.ordered:
            for index, source in enumerate(event.sources):
                self._sources_by_article.setdefault(source.article, []).append((event, index))
        counts: dict[str, int] = {}
        for event in timeline.events:
            for actor_id in set(event.actors):
                counts[actor_id] = counts.get(actor_id, 0) + 1
        valid_actors = frozenset(a for a in self.filters.actors if a in timeline.actor_by_id)
        if valid_actors != self.filters.actors:
            self.filters = replace(self.filters, actors=valid_actors)
        self.actors_list.set_actors(list(timeline.actors), counts)
        self._refresh_events(keep=keep_id)
        for screen in self.screen_stack:
            if isinstance(screen, TimelineScreen):
                screen.set_timeline(timeline)
        if not initial:
            events_list.scroll_to(y=scroll_y, animate=False, immediate=True)
            if self.selected_event_id:
                events_list.scroll_row_into_view(
                    events_list.row_of_event.get(self.selected_event_id, 0)
                )
        if initial and self.initial_event_id and self.selected_event_id != self.initial_event_id:
            hint = did_you_mean(self.initial_event_id, timeline.event_by_id)
            self.notify(
                printable(
                    f"--event {self.initial_event_id}: {self.timeline_path.name} has no event "
                    f"with this id; {hint + ' ' if hint else ''}Showing the first event."
                ),
                title="No such event",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if initial and self.selected_event_id is None and not self.ordered:
            self._show_first_article()

    def _rewatch(self, timeline_signature: Signature) -> None:
        paths = [self.timeline_path]
        if self.timeline is not None:
            paths += [a.file for a in self.timeline.articles if a.file is not None]
        self.tracker.watch(paths, known={self.timeline_path: timeline_signature})

    def _poll_files(self) -> None:
        if self._loading:
            return
        if self.tracker.poll():
            self.load()

    def action_reload(self) -> None:
        """Reload the timeline and articles now."""
        self.load()

    # --- events list and filters -------------------------------------------------------------

    def _refresh_events(self, keep: str | None = None, *, notify_move: bool = True) -> None:
        """Re-filter the events, keeping the cursor on ``keep`` when it is still shown."""
        self.shown_events = self.filters.apply(self.ordered)
        events_list = self.events_list
        empty = (
            "No events match the filters (esc clears)"
            if self.filters.active
            else "No events yet (c in Text captures one from a sentence)"
        )
        events_list.set_events(self.shown_events, empty=empty)
        self.query_one(TimeRuler).set_events(self.shown_events)
        if self.search is not None and self.search.scope == "events":
            self._run_event_search(self.search.query)
        target = keep if keep in events_list.row_of_event else None
        if target is None and self.shown_events:
            target = self.shown_events[0].id
        if target is not None:
            if target != self.selected_event_id:
                self.source_index = 0
            events_list.select_event(target, center=True)
            self.show_event(target)
        else:
            self.selected_event_id = None
            self.query_one(TimeRuler).set_cursor(None)
            if self.ordered:  # the filters hide every event: Text shows none of them now
                self.text_view.border_title = "2 Text · no event selected"
        self._update_marks()
        self._update_header()

    def _update_header(self) -> None:
        timeline = self.timeline
        if timeline is None:
            counts = f"loading {self.timeline_path.name}…" if self._loading else "no timeline"
        else:
            shown = (
                f"{len(self.shown_events)}/{count(len(timeline.events), 'event')}"
                if self.filters.active
                else count(len(timeline.events), "event")
            )
            counts = (
                f"{shown} · {count(len(timeline.actors), 'actor')}"
                f" · {count(len(timeline.articles), 'article')}"
            )
            if self.broken:
                counts += " · FILE HAS ERRORS"
        search = ""
        if self.search is not None:
            found = (
                len(self.search.event_ids)
                if self.search.scope == "events"
                else len(self.search.spans)
            )
            search = f"{self.search.query} ({found} in {self.search.scope})"
        self.query_one(StatusHeader).show(
            self.timeline_path.resolve().parent.name,
            counts,
            self.filters.describe(timeline),
            search,
        )
        self._sync_bindings()

    def set_filters(self, filters: Filters) -> None:
        """Apply ``filters`` and keep the selection when it still passes."""
        self.filters = filters
        self._refresh_events(keep=self.selected_event_id)

    @on(ActorList.Chosen)
    def _actor_chosen(self, message: ActorList.Chosen) -> None:
        self.set_filters(self.filters.toggle_actor(message.actor_id))

    def action_clear(self) -> None:
        """Escape: drop the search first, then the filters."""
        if self.search is not None:
            self._set_search(None)
        elif self.filters.active:
            self.set_filters(Filters())

    def action_command_palette(self) -> None:
        """ctrl+p: Textual's palette, in the variant that survives fast keys."""
        if self.use_command_palette and not SteadyCommandPalette.is_open(self):
            self.push_screen(SteadyCommandPalette(id="--command-palette"))

    def action_filter_menu(self) -> None:
        """Open the command palette on the filter commands."""
        self.action_command_palette()

    def filter_by_tag(self, tag: str | None) -> None:
        """Show only events with ``tag`` (``None`` clears)."""
        self.set_filters(replace(self.filters, tag=tag))

    def filter_by_status(self, status: EventStatus | None) -> None:
        """Show only events with ``status`` (``None`` clears)."""
        self.set_filters(replace(self.filters, status=status))

    @on(FilterBy)
    def _palette_filter(self, message: FilterBy) -> None:
        if message.field == "status":
            status = message.value
            self.filter_by_status(status if isinstance(status, EventStatus) else None)
        else:
            tag = message.value
            self.filter_by_tag(tag if isinstance(tag, str) else None)

    @on(ClearFilters)
    def _palette_clear_filters(self, message: ClearFilters) -> None:
        self.set_filters(Filters())

    @on(AskDateRange)
    def _palette_date_range(self, message: AskDateRange) -> None:
        self.prompt_date_range()

    def prompt_date_range(self) -> None:
        """Ask for a date range such as ``2023-09`` or ``2023-09-01..2023-09-15``."""

        def done(value: str | None) -> None:
            if value is None:
                return
            try:
                start, end = parse_date_range(value)
            except ValueError as error:
                self.notify(
                    printable(str(error)), title="Date range", severity="error", markup=False
                )
                return
            self.set_filters(replace(self.filters, date_from=start, date_to=end))

        current = ""
        if self.filters.date_from or self.filters.date_to:
            current = f"{self.filters.date_from or ''}..{self.filters.date_to or ''}"
        self.push_screen(
            PromptScreen(
                "Date range (2023-09, 2023-09-01..2023-09-15, 2023.. ; empty clears):",
                current,
            ),
            done,
        )

    # --- selection and linking ---------------------------------------------------------------

    @on(EventList.Highlighted)
    def _event_highlighted(self, message: EventList.Highlighted) -> None:
        if message.event_id != self.selected_event_id:
            self.source_index = 0
        self.show_event(message.event_id)

    @on(EventList.Chosen)
    def _event_chosen(self, message: EventList.Chosen) -> None:
        self.show_event(message.event_id)
        self.text_view.focus()

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
                if text.error is None and _in_background(text):
                    return None  # its sentences are being split: asked again once they are
                if text.error is None:
                    anchor = resolve_quote(text.text, source.quote, text.sentences).anchor
        self._anchors[key] = anchor
        return anchor

    def show_event(self, event_id: str) -> None:
        """Show ``event_id``'s current source sentence in Text and mark its actors."""
        timeline = self.timeline
        if timeline is None or event_id not in timeline.event_by_id:
            return
        event = timeline.event_by_id[event_id]
        self.selected_event_id = event_id
        self.query_one(TimeRuler).set_cursor(event)
        title = "2 Text"
        if event.sources:
            self.source_index %= len(event.sources)
            source = event.sources[self.source_index]
            if source.article != self.article_id:
                self.open_article(source.article)
            anchor = self.anchor_of(event, self.source_index)
            view = self.text_view
            if len(event.sources) > 1:
                title += f" · source {self.source_index + 1} of {len(event.sources)}"
            if anchor is not None and source.article == self.article_id:
                view.set_cursor_sentence(anchor.sentence, notify=False, center=True)
                self._cite_sentence(anchor.sentence)
            elif view.error is None and source.article == self.article_id:
                title += " · quote not found in this article"
        self.text_view.border_title = title
        self._update_marks()
        self._sync_bindings()

    def open_article(self, article_id: str | None) -> None:
        """Show ``article_id`` in the Text pane (a message in its place when unreadable)."""
        timeline = self.timeline
        self.article_id = article_id
        article = timeline.article_by_id.get(article_id) if timeline and article_id else None
        view = self.text_view
        if article is None:
            message = f"article {article_id!r} is not in the timeline" if article_id else None
            view.set_article(None, "", [], message, [])
            return
        text = self.corpus.text(article)
        if text.error is None and _in_background(text):
            # A huge article: split and search it in a worker, so that keys (q) still work.
            note = f"loading the article ({len(text.text) / 1e6:.1f} million characters)…"
            view.set_article(article, "", [], None, [], note=note)
            self._prepare_article(article, text)
            return
        mentions: list[Mention] = []
        if text.error is None and self._mention_finder is not None:
            cached = self._mentions.get(article.id)
            if cached is None or cached[0] is not text.text:
                cached = (text.text, self._mention_finder.find(text.text))
                self._mentions[article.id] = cached
            mentions = cached[1]
        if text.error is not None:
            # Say where and what, in the words `newsline check` uses.
            view.set_article(article, "", [], text.error.format(), [])
        else:
            view.set_article(article, text.text, list(text.sentences), None, mentions)
        if self.search is not None and self.search.scope == "text":
            self._run_text_search(self.search.query)

    @work(thread=True, exclusive=True, group="article")
    def _prepare_article(self, article: Article, text: ArticleText) -> None:
        """Split a huge article and find its mentions off the UI thread; stops when cancelled
        (another article opened, or the reader quitting)."""
        worker = get_current_worker()
        try:
            text.split(lambda: worker.is_cancelled)
        except Interrupted:
            return
        finder = self._mention_finder
        mentions = finder.find(text.text) if finder is not None else []
        if not worker.is_cancelled:
            self.call_from_thread(self._article_prepared, article.id, text, mentions)

    def _article_prepared(
        self, article_id: str, text: ArticleText, mentions: list[Mention]
    ) -> None:
        self._mentions[article_id] = (text.text, mentions)
        # Anchors and citations asked for while it loaded had no sentences: ask again.
        for event, index in self._sources_by_article.get(article_id, []):
            self._anchors.pop((event.id, index), None)
        self._citations.pop(article_id, None)
        if self.article_id != article_id or self.timeline is None:
            return
        self.open_article(article_id)
        event = self.timeline.event_by_id.get(self.selected_event_id or "")
        sources = event.sources if event is not None else []
        if sources and sources[self.source_index % len(sources)].article == article_id:
            self.show_event(self.selected_event_id or "")
            return
        self._update_marks()
        self._cite_sentence(0)

    def _show_first_article(self) -> None:
        if self.timeline and self.timeline.articles:
            self.open_article(self.timeline.articles[0].id)

    def _update_marks(self) -> None:
        timeline = self.timeline
        event = timeline.event_by_id.get(self.selected_event_id or "") if timeline else None
        event_actors = frozenset(event.actors) if event else frozenset()
        span = None
        if event is not None and event.sources:
            source = event.sources[self.source_index % len(event.sources)]
            anchor = self.anchor_of(event, self.source_index % len(event.sources))
            if anchor is not None and source.article == self.article_id:
                span = (anchor.start, anchor.end)
        self.text_view.set_marks(
            source_span=span, event_actors=event_actors, chosen_actors=self.filters.actors
        )
        self.actors_list.set_marks(event_actors, self.filters.actors)

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

    def _cite_sentence(self, sentence: int) -> None:
        cited = (
            self.citations(self.article_id).get(sentence, frozenset())
            if self.article_id
            else frozenset()
        )
        self.events_list.set_cited(cited)

    @on(ArticleView.SentenceMoved)
    def _sentence_moved(self, message: ArticleView.SentenceMoved) -> None:
        self._cite_sentence(message.sentence)
        self._reveal_cited()

    def _reveal_cited(self) -> None:
        """Scroll Events (not its cursor) so that an event citing the sentence shows."""
        events_list = self.events_list
        rows = sorted(
            events_list.row_of_event[event_id]
            for event_id in events_list.cited
            if event_id in events_list.row_of_event
        )
        if not rows:
            return
        top = round(events_list.scroll_y)
        height = events_list.scrollable_content_region.height
        if not any(top <= row < top + height for row in rows):
            events_list.scroll_row_into_view(rows[0])

    def action_source(self, step: int) -> None:
        """Step through the sources of the selected event."""
        timeline = self.timeline
        if timeline is None or self.selected_event_id is None:
            return
        event = timeline.event_by_id[self.selected_event_id]
        if len(event.sources) < 2:
            self.notify("this event has one source", timeout=2)
            return
        self.source_index = (self.source_index + step) % len(event.sources)
        self.show_event(event.id)

    def action_article(self, step: int) -> None:
        """Show the previous or next article."""
        timeline = self.timeline
        if timeline is None or not timeline.articles:
            return
        ids = [article.id for article in timeline.articles]
        index = ids.index(self.article_id) if self.article_id in ids else -step
        self.show_article(ids[(index + step) % len(ids)])

    def show_article(self, article_id: str, *, focus: bool = False) -> None:
        """Show ``article_id`` from its start, marks and cited events updated."""
        self.open_article(article_id)
        self.text_view.border_title = "2 Text"
        self._update_marks()
        self._cite_sentence(0)
        if focus:
            self.text_view.focus()

    def action_focus_pane(self, pane: str) -> None:
        """1/2/3: show and focus Events, Text or Actors (Actors replaces Events when narrow)."""
        widget: LineList | ArticleView = {
            "events": self.events_list,
            "text": self.text_view,
            "actors": self.actors_list,
        }[pane]
        self._show_pane(widget)

    def action_cycle_pane(self, step: int) -> None:
        """tab / shift+tab: Events, Text, Actors in turn.

        Textual's own focus chain skips hidden widgets, and below 160 columns Actors and
        Events hide each other, so the order is kept here.
        """
        panes: list[LineList | ArticleView] = [self.events_list, self.text_view, self.actors_list]
        focused = self.screen_stack[0].focused
        index = panes.index(focused) if focused in panes else -step
        self._show_pane(panes[(index + step) % len(panes)])

    def _show_pane(self, widget: LineList | ArticleView) -> None:
        """Show and focus ``widget`` now, not after the keys already queued.

        ``Widget.focus`` defers the change: a ``/`` typed right after ``1`` would still see the
        old pane, and a focus that lands once a prompt is open would leave the shown pane and
        the focused one apart.
        """
        screen = self.screen_stack[0]
        if not isinstance(widget, ArticleView):
            screen.set_class(isinstance(widget, ActorList), "-show-actors")
        screen.set_focus(widget)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Events and Actors share a slot below 160 columns: the focused one is shown."""
        widget = event.widget
        # A late message about a widget that lost the focus since must not hide its successor.
        if isinstance(widget, ActorList | EventList) and widget is widget.screen.focused:
            widget.screen.set_class(isinstance(widget, ActorList), "-show-actors")

    # --- search ------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Search events (from Events or Actors) or the article text (from Text)."""
        scope = "text" if isinstance(self.focused, ArticleView) else "events"

        def done(value: str | None) -> None:
            if value is None:
                return
            if not value.strip():
                self._set_search(None)
                return
            self._set_search(value, scope)
            self.action_next_match(1)

        label = "Search article text:" if scope == "text" else "Search events:"
        self.push_screen(PromptScreen(label, self.search.query if self.search else ""), done)

    def _set_search(self, query: str | None, scope: str = "events") -> None:
        if query is None:
            self.search = None
            self.events_list.set_matches(frozenset())
            self.text_view.set_matches([])
        elif scope == "events":
            self.text_view.set_matches([])
            self._run_event_search(query)
        else:
            self.events_list.set_matches(frozenset())
            self.search = Search(query, "text")
            self._run_text_search(query)
        self._update_header()

    def _run_event_search(self, query: str) -> None:
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
        self.events_list.set_matches(frozenset(found), query)

    def _run_text_search(self, query: str) -> None:
        view = self.text_view
        spans = tuple(
            (m.start(), m.end())
            for m in re.finditer(re.escape(query), view.text, flags=re.IGNORECASE)
        )
        self.search = Search(query, "text", spans=spans)
        view.set_matches(list(spans))

    def action_next_match(self, step: int, from_current: bool = False) -> None:
        """n / N: the next or previous search match after the cursor."""
        search = self.search
        if search is None:
            self.notify("no search: press / first", timeout=2)
            return
        if search.scope == "events":
            rows = self.events_list.row_of_event
            ordered = sorted((rows[e], e) for e in search.event_ids if e in rows)
            if not ordered:
                self.notify("no event matches", timeout=2)
                return
            current = self.events_list.cursor_row
            if from_current:
                current -= step
            candidates = [r for r in ordered if (r[0] - current) * step > 0]
            _row, event_id = (
                (candidates[0] if step > 0 else candidates[-1])
                if candidates
                else (ordered[0] if step > 0 else ordered[-1])
            )
            self.events_list.select_event(event_id, notify=True)
        else:
            view = self.text_view
            if not search.spans:
                self.notify("no match in this article", timeout=2)
                return
            starts = [view.sentence_at_offset(start) for start, _ in search.spans]
            current = view.cursor_sentence - (step if from_current else 0)
            candidates = [s for s in starts if (s - current) * step > 0]
            target = (
                (candidates[0] if step > 0 else candidates[-1])
                if candidates
                else (starts[0] if step > 0 else starts[-1])
            )
            view.set_cursor_sentence(target, center=True)

    # --- other screens -----------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key."""
        self.push_screen(HelpScreen(self.help_rows()))

    def action_timeline(self) -> None:
        """The full-screen timeline view; the event chosen there becomes the selection."""
        if self.timeline is None:
            return

        def chosen(event_id: str | None) -> None:
            if event_id:
                self.select_event(event_id)

        self.push_screen(TimelineScreen(self.timeline, self.selected_event_id), chosen)

    def select_event(self, event_id: str) -> None:
        """Select ``event_id`` in Events (clearing filters that hide it) and show it."""
        if self.timeline is None or event_id not in self.timeline.event_by_id:
            return
        if event_id not in self.events_list.row_of_event:
            self.filters = Filters()
            self._refresh_events(keep=event_id)
        self.source_index = 0
        self.events_list.select_event(event_id, notify=False, center=True)
        self.show_event(event_id)

    def select_actor(self, actor_id: str) -> None:
        """Put the Actors cursor on ``actor_id`` and focus the pane."""
        if self.actors_list.select_actor(actor_id):
            self.actors_list.focus()

    @on(Jump)
    def _palette_jump(self, message: Jump) -> None:
        if message.kind == "event":
            self.select_event(message.item_id)
        elif message.kind == "actor":
            self.select_actor(message.item_id)
        else:
            self.show_article(message.item_id, focus=True)

    # --- editing -----------------------------------------------------------------------------

    def line_of(self, section: str, item_id: str) -> int:
        """The line of ``item_id`` in timeline.yaml (1 when unknown)."""
        try:
            from tui.model.writer import TimelineDocument

            document = TimelineDocument.open(self.timeline_path)
            line = document.line_of(section, item_id)
            if line:
                return int(line)
        except Exception:
            pass
        timeline = self.timeline
        if timeline is not None:
            item = (timeline.event_by_id if section == "events" else timeline.actor_by_id).get(
                item_id
            )
            if item is not None and item.position.line:
                return item.position.line
        return 1

    def action_edit(self) -> None:
        """Open the editor on timeline.yaml at the selected event (or actor), then reload.

        Over the timeline view, the event is the one under its cursor.
        """
        timeline_screen = self._timeline_screen_on_top()
        here = self.timeline_path.resolve()
        first_error = next(
            (
                d.line
                for d in self.diagnostics
                if d.is_error and d.line > 0 and Path(d.path).resolve() == here
            ),
            0,
        )
        if self.broken and first_error:
            line = first_error  # what needs fixing first, not the event of the last good file
        elif timeline_screen is not None:
            event_id = timeline_screen.current_event_id()
            line = self.line_of("events", event_id) if event_id else 1
        elif isinstance(self.focused, ActorList) and self.actors_list.cursor_actor_id:
            line = self.line_of("actors", self.actors_list.cursor_actor_id)
        elif self.selected_event_id:
            line = self.line_of("events", self.selected_event_id)
        else:
            line = 1
        self.open_editor(line)

    def open_editor(self, line: int) -> None:
        """Run the editor (or the injected launcher) on the timeline at ``line``; reload after."""
        if self.editor_launcher is not None:
            self.editor_launcher(self.timeline_path, line)
        else:
            self._run_terminal_editor(self.timeline_path, line)
        self.load()

    def _run_terminal_editor(self, path: Path, line: int) -> None:
        command = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
        try:
            with self.suspend():
                subprocess.run([*shlex.split(command), f"+{line}", str(path)], check=False)
        except (OSError, ValueError) as error:
            self.notify(
                printable(f"cannot run {command!r}: {error}"), severity="error", markup=False
            )
        except Exception as error:  # SuspendNotSupported and the like
            self.notify(
                printable(f"cannot open the editor here: {error}"), severity="error", markup=False
            )

    @on(ArticleView.NewEventRequested)
    def _new_event(self, message: ArticleView.NewEventRequested) -> None:
        from tui.app.new_event import create_event_from_sentence

        timeline = self.timeline
        if timeline is None or self.broken:
            self.notify("fix the timeline file first", severity="warning")
            return
        article = timeline.article_by_id.get(message.article_id)
        if article is None:
            return
        quote, actors = message.quote, list(message.actor_ids)
        from tui.model.writer import FileChangedError

        try:
            event_id = create_event_from_sentence(
                self.timeline_path,
                timeline,
                article,
                quote,
                actors,
                seen=self.tracker.sighting(self.timeline_path),
            )
        except FileChangedError as error:
            # Someone else's save is in progress or was never shown: show it, write nothing.
            self.notify(printable(str(error)), severity="warning", markup=False, timeout=8)
            self.load()
            return
        except Exception as error:
            self.notify(
                printable(f"cannot add the event: {error}"),
                severity="error",
                markup=False,
                timeout=8,
            )
            return
        self.initial_event_id = None
        self.selected_event_id = event_id
        self.source_index = 0
        self.notify(f"added event {event_id}", markup=False)
        self.open_editor(self.line_of("events", event_id))
