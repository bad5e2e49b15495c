"""The reader app: loads and watches the timeline, and turns keys and messages into changes.

The state lives in :class:`~tui.app.state.ReaderState` (no widgets); the panes render it
through :class:`~tui.app.panes.ReaderPanes`. Panes post messages up (cursor moved, chosen); the
app decides what that means, changes the state and has the panes show it. Loading runs in a
worker thread; a timer polls the timeline and article files and reloads once a change settled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.worker import get_current_worker

from tui.app import bindings
from tui.app.curation import CURATION_ACTIONS, CurationActions
from tui.app.editing import run_terminal_editor
from tui.app.keymap import config_path, keymap_conflicts, load_keymap, reader_positions
from tui.app.palette import (
    AskDateRange,
    ClearFilters,
    FilterBy,
    Jump,
    ReaderCommands,
)
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.layout import WIDE, ReaderPanes
from tui.app.panes.text import ArticleView
from tui.app.reading import ReadingTools, open_in_browser
from tui.app.screens.help import HelpScreen
from tui.app.screens.prompt import PromptScreen
from tui.app.state import ReaderState
from tui.app.timeline.screen import TimelineScreen
from tui.app.watcher import ChangeTracker, Signature, signature
from tui.app.widgets.command_palette import SteadyCommandPalette
from tui.app.widgets.footer import FittingFooter
from tui.app.widgets.status import DiagnosticsPanel, StatusHeader
from tui.model.diagnostics import Diagnostic, Severity, printable
from tui.model.filters import Filters, parse_date_range
from tui.model.load_cache import cached_load
from tui.model.loader import load_timeline
from tui.model.timeline import EventStatus, LoadResult, Timeline, timeline_file

EditorLauncher = Callable[[Path, int], None]
UrlOpener = Callable[[str], object]
Loader = Callable[[Path], LoadResult]
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
        "key_events",
        "key_count",
        "focus_pane",
        "cycle_pane",
        "search_all",
        "articles",
    }
)


def default_loader(path: Path) -> LoadResult:
    """Load ``path`` without resolving anchors: the reader resolves each one when it is shown.

    An unchanged file opens from the load cache (:mod:`tui.model.load_cache`).
    """
    return cached_load(path, _load_unresolved, "reader")


def _load_unresolved(path: Path) -> LoadResult:
    return load_timeline(path, resolve_sources=False)


class ReaderApp(CurationActions, ReadingTools, App[int]):
    """newsline: articles, events and actors in linked panes."""

    TITLE = "newsline"
    CSS_PATH = "reader.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    # The screen gets -narrow below 160 columns (Events over Text) and -wide from 160 (columns).
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (WIDE, "-wide")]

    BINDINGS: ClassVar[list[BindingType]] = [*bindings.APP_KEYS, *bindings.CURATE_KEYS]

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
        url_opener: UrlOpener | None = None,
    ) -> None:
        super().__init__()
        # The seam tests replace: opening a real browser from a test would be rude.
        self.url_opener: UrlOpener = url_opener or open_in_browser
        # The query of F waiting for the search index to be built.
        self._pending_search: str | None = None
        self.timeline_path = timeline_file(path)
        self.state = ReaderState(event_id)
        self.loader: Loader = loader or default_loader
        self.editor_launcher = editor_launcher
        self.watch_files = watch
        self.poll_interval = poll_interval
        self.keymap_path = keymap_path if keymap_path is not None else config_path()
        self.keymap: dict[str, str] = {}
        self.tracker = ChangeTracker()
        self.loads = 0
        self._loading = False
        self._binding_state: tuple[bool, ...] | None = None

    # --- which keys apply now ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that would do nothing now; reader keys do nothing over other screens."""
        if action in CURATION_ACTIONS:
            return self.curation_applies(action)
        if action in READER_ONLY_ACTIONS and len(self.screen_stack) > 1:
            # `e` also edits the event under the timeline view's cursor.
            return action == "edit" and self._timeline_screen_on_top() is not None
        if action == "source":
            return self.state.selected_source_count() > 1
        if action == "next_match":
            return self.state.search is not None
        if action == "clear":
            state = self.state
            return state.search is not None or state.filtering or state.curation.reviewing
        if action == "key_count":
            return self.state.key_events
        return True

    def _sync_bindings(self) -> None:
        """Refresh the footer when a key starts or stops applying (not on every cursor move)."""
        state = self.state
        applies = (
            state.selected_source_count() > 1,
            state.search is not None,
            state.filtering or state.curation.reviewing,
            state.key_events,
        )
        if applies != self._binding_state:
            self._binding_state = applies
            self.refresh_bindings()

    def _timeline_screen_on_top(self) -> TimelineScreen | None:
        screen = self.screen
        return screen if isinstance(screen, TimelineScreen) else None

    # --- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield StatusHeader(id="header")
        yield ReaderPanes(self.state, self._sync_bindings, id="panes")
        yield DiagnosticsPanel(id="diagnostics")
        yield FittingFooter()

    @property
    def panes(self) -> ReaderPanes:
        """Events, Text and Actors."""
        return self.query_one(ReaderPanes)

    @property
    def events_list(self) -> EventList:
        """The Events list."""
        return self.panes.events_list

    @property
    def text_view(self) -> ArticleView:
        """The Text pane."""
        return self.panes.text_view

    @property
    def actors_list(self) -> ActorList:
        """The Actors list."""
        return self.panes.actors_list

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
        if self.state.timeline is None:
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
        report = self.state.take_load(result)
        self.query_one(DiagnosticsPanel).show(report.problems, report.heading)
        if report.timeline is not None:
            self._install(report.timeline, initial=report.initial)
            self.warm_writer()
        else:
            self._update_header()
        self._rewatch(before)

    def _install(self, timeline: Timeline, *, initial: bool, edited: bool = False) -> None:
        """Show ``timeline`` (``edited``: the one shown, changed in place by a write of ours)."""
        state = self.state
        events_list = self.events_list
        scroll_y = events_list.scroll_y
        keep_id = state.initial_event_id if initial else state.selected_event_id
        if edited:
            state.refresh_edited()
        else:
            state.install(timeline)
        self.actors_list.set_actors(list(timeline.actors), state.event_counts)
        self._refresh_events(keep=keep_id)
        for screen in self.screen_stack:
            if isinstance(screen, TimelineScreen):
                # The events the reader shows now, its filters applied to the reloaded file.
                screen.set_timeline(
                    timeline,
                    state.shown_events,
                    state.filters_line(),
                    state.filters.actors,
                )
        if not initial:
            events_list.scroll_to(y=scroll_y, animate=False, immediate=True)
            if self.state.selected_event_id:
                events_list.scroll_row_into_view(
                    events_list.row_of_event.get(self.state.selected_event_id, 0)
                )
        missing = state.missing_initial_event(self.timeline_path.name) if initial else None
        if missing:
            self.notify(
                printable(missing),
                title="No such event",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if initial and state.selected_event_id is None and not state.ordered and timeline.articles:
            self.open_article(timeline.articles[0].id)

    def _rewatch(self, timeline_signature: Signature) -> None:
        paths = [self.timeline_path]
        if self.state.timeline is not None:
            paths += [a.file for a in self.state.timeline.articles if a.file is not None]
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

    def _refresh_events(self, keep: str | None = None) -> None:
        """Re-filter the events, keeping the cursor on ``keep`` when it is still shown."""
        self.panes.show_events(keep)
        self._update_header()

    def _update_header(self) -> None:
        state = self.state
        self.query_one(StatusHeader).show(
            self.timeline_path.resolve().parent.name,
            state.counts_line(self.timeline_path.name, self._loading),
            state.filters_line(),
            state.search_line(),
        )
        self._sync_bindings()

    def set_filters(self, filters: Filters) -> None:
        """Apply ``filters`` and keep the selection when it still passes."""
        self.state.set_filters(filters)
        self._refresh_events(keep=self.state.selected_event_id)

    @on(ActorList.Highlighted)
    def _actor_highlighted(self, message: ActorList.Highlighted) -> None:
        self.panes.update_inspector()

    @on(ActorList.Chosen)
    def _actor_chosen(self, message: ActorList.Chosen) -> None:
        self.state.toggle_actor(message.actor_id)
        self._refresh_events(keep=self.state.selected_event_id)

    def action_clear(self) -> None:
        """Escape: leave review mode first, then drop the search, then the filters."""
        if self.state.curation.reviewing:
            self.leave_review()
        elif self.state.search is not None:
            self._set_search(None)
        elif self.state.filtering:
            self.state.clear_filters()
            self._refresh_events(keep=self.state.selected_event_id)

    def action_key_events(self) -> None:
        """K: show only the key events (the most salient), or every event again."""
        self.state.toggle_key_events()
        self._refresh_events(keep=self.state.selected_event_id)

    def action_key_count(self, step: int) -> None:
        """{ and }: fewer or more key events."""
        if self.state.step_key_count(step):
            self._refresh_events(keep=self.state.selected_event_id)

    def action_command_palette(self) -> None:
        """ctrl+p: Textual's palette, in the variant that survives fast keys."""
        if self.use_command_palette and not SteadyCommandPalette.is_open(self):
            self.push_screen(SteadyCommandPalette(id="--command-palette"))

    def action_filter_menu(self) -> None:
        """Open the command palette on the filter commands."""
        self.action_command_palette()

    def filter_by_tag(self, tag: str | None) -> None:
        """Show only events with ``tag`` (``None`` clears)."""
        self.state.filter_by_tag(tag)
        self._refresh_events(keep=self.state.selected_event_id)

    def filter_by_status(self, status: EventStatus | None) -> None:
        """Show only events with ``status`` (``None`` clears)."""
        self.state.filter_by_status(status)
        self._refresh_events(keep=self.state.selected_event_id)

    @on(FilterBy)
    def _palette_filter(self, message: FilterBy) -> None:
        if message.field == "review":
            self.state.curation.only_to_review = True
            self._refresh_events(keep=self.state.selected_event_id)
        elif message.field == "status":
            status = message.value
            self.filter_by_status(status if isinstance(status, EventStatus) else None)
        else:
            tag = message.value
            self.filter_by_tag(tag if isinstance(tag, str) else None)

    @on(ClearFilters)
    def _palette_clear_filters(self, message: ClearFilters) -> None:
        self.state.clear_filters()
        self._refresh_events(keep=self.state.selected_event_id)

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
            self.state.filter_by_dates(start, end)
            self._refresh_events(keep=self.state.selected_event_id)

        current = self.state.date_range_text()
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
        self.state.select(message.event_id)
        self.show_event(message.event_id)

    @on(EventList.Chosen)
    def _event_chosen(self, message: EventList.Chosen) -> None:
        self.show_event(message.event_id)
        self.text_view.focus()

    def show_event(self, event_id: str) -> None:
        """Show ``event_id``'s current source sentence in Text and mark its actors."""
        self.panes.show_event(event_id)

    def open_article(self, article_id: str | None) -> None:
        """Show ``article_id`` in the Text pane (a message in its place when unreadable)."""
        self.panes.open_article(article_id)

    @on(ArticleView.SentenceMoved)
    def _sentence_moved(self, message: ArticleView.SentenceMoved) -> None:
        self.panes.cite_sentence(message.sentence)
        self.panes.reveal_cited()

    def action_source(self, step: int) -> None:
        """Step through the sources of the selected event."""
        event = self.state.selected_event
        if event is None:
            return
        if not self.state.step_source(step):
            self.notify("this event has one source", timeout=2)
            return
        self.show_event(event.id)

    def action_article(self, step: int) -> None:
        """Show the previous or next article."""
        article_id = self.state.next_article_id(step)
        if article_id is not None:
            self.show_article(article_id)

    def show_article(self, article_id: str, *, focus: bool = False) -> None:
        """Show ``article_id`` from its start, marks and cited events updated."""
        self.panes.show_article(article_id, focus=focus)

    def action_focus_pane(self, pane: str) -> None:
        """1/2/3: show and focus Events, Text or Actors (Actors replaces Events when narrow)."""
        self.panes.focus_pane(pane)

    def action_cycle_pane(self, step: int) -> None:
        """tab / shift+tab: Events, Text, Actors in turn."""
        self.panes.cycle_pane(step)

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
        search = self.state.search
        self.push_screen(PromptScreen(label, search.query if search else ""), done)

    def _set_search(self, query: str | None, scope: str = "events") -> None:
        self.panes.set_search(query, scope)
        self._update_header()

    def action_next_match(self, step: int, from_current: bool = False) -> None:
        """n / N: the next or previous search match after the cursor."""
        search = self.state.search
        if search is not None and search.scope == "all":
            hit = self.state.step_hit(step)
            if hit is None:
                self.notify("no sentence holds it", timeout=2)
                return
            self.show_hit()
            return
        why_not = self.panes.next_match(step, from_current)
        if why_not is not None:
            self.notify(why_not, timeout=2)

    # --- other screens -----------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key."""
        self.push_screen(HelpScreen(self.help_rows()))

    def action_timeline(self) -> None:
        """The full-screen timeline view; the event chosen there becomes the selection."""
        if self.state.timeline is None:
            return

        def chosen(event_id: str | None) -> None:
            if event_id:
                self.select_event(event_id)

        state = self.state
        # What the reader shows, not the whole file: the same filters, in the same order.
        screen = TimelineScreen(
            state.timeline,
            state.selected_event_id,
            ordered=state.shown_events,
            filtered=state.filters_line(),
            actors=state.filters.actors,
        )
        self.push_screen(screen, chosen)

    def select_event(self, event_id: str) -> None:
        """Select ``event_id`` in Events (clearing filters that hide it) and show it."""
        if self.state.timeline is None or event_id not in self.state.timeline.event_by_id:
            return
        if event_id not in self.events_list.row_of_event:
            self.state.curation.stop_review()
            self.state.clear_filters()
            self._refresh_events(keep=event_id)
        self.state.source_index = 0
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
        return self.state.line_of(self.timeline_path, section, item_id)

    def action_edit(self) -> None:
        """Open the editor on timeline.yaml at the selected event (or actor), then reload.

        Over the timeline view, the event is the one under its cursor.
        """
        timeline_screen = self._timeline_screen_on_top()
        first_error = self.state.first_error_line(self.timeline_path)
        if self.state.broken and first_error:
            line = first_error  # what needs fixing first, not the event of the last good file
        elif timeline_screen is not None:
            event_id = timeline_screen.current_event_id()
            line = self.line_of("events", event_id) if event_id else 1
        elif isinstance(self.focused, ActorList) and self.actors_list.cursor_actor_id:
            line = self.line_of("actors", self.actors_list.cursor_actor_id)
        elif self.state.selected_event_id:
            line = self.line_of("events", self.state.selected_event_id)
        else:
            line = 1
        self.open_editor(line)

    def open_editor(self, line: int) -> None:
        """Run the editor (or the injected launcher) on the timeline at ``line``; reload after."""
        if self.editor_launcher is not None:
            self.editor_launcher(self.timeline_path, line)
        else:
            run_terminal_editor(self, self.timeline_path, line)
        self.load()
