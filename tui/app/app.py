"""The reader app: loads and watches the timeline, and turns keys and messages into changes.

The state lives in :class:`~tui.app.state.ReaderState` (no widgets); the panes render it
through :class:`~tui.app.panes.ReaderPanes`. Panes post messages up (cursor moved, chosen); the
app decides what that means, changes the state and has the panes show it. Loading runs in a
worker thread; a timer polls the timeline and article files and reloads once a change settled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.app import bindings
from tui.app.curation import CURATION_ACTIONS, CurationActions
from tui.app.filtering import FilterActions
from tui.app.keymap import config_path, load_keymap
from tui.app.navigation import NavigationActions
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.layout import WIDE, ReaderPanes
from tui.app.panes.text import ArticleView
from tui.app.reader_screen import ReaderScreen
from tui.app.reading import ReadingTools, open_in_browser
from tui.app.state import ReaderState
from tui.app.timeline import as_timeline_view
from tui.app.watcher import ChangeTracker, Signature, signature
from tui.app.widgets.footer import FittingFooter
from tui.app.widgets.status import DiagnosticsPanel, StatusHeader
from tui.model.diagnostics import Diagnostic, Severity, printable
from tui.model.load_cache import cached_load
from tui.model.loader import load_timeline, thaw_kept_objects
from tui.model.timeline import LoadResult, Timeline, timeline_file

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from tui.app.timeline.screen import TimelineScreen
    from tui.model.first_screen import FirstScreen

EditorLauncher = Callable[[Path, int], None]
UrlOpener = Callable[[str], object]
Loader = Callable[[Path], LoadResult]
POLL_SECONDS = 0.3
# From this size on, the first screen of a timeline is read and painted ahead of the whole
# file (tui.model.first_screen): below it the whole load is about as quick.
FIRST_SCREEN_BYTES = 1024 * 1024
# The writer's parse of the file for the first key that writes (warm_writer) keeps about
# 30 bytes of memory per byte of the file: on 100,000 events (27 MB) it took the reader from
# 266 to 1,050 MB. Above this size it is left to the first write, which then waits for it.
WARM_WRITER_BYTES = 8 * 1024 * 1024
# A first load of a file up to this size runs before the first frame, not in a worker: about
# 100 events; their load takes a few ms, less than the extra frame a worker's result costs.
SYNC_LOAD_BYTES = 64 * 1024
# How long the full load waits for the first screen to be painted before it starts anyway.
FIRST_SCREEN_WAIT = 2.0
# The writer's one-time parse of a loaded file (seconds at 20,000 events, holding the GIL all
# the while) starts once no key came for this long: started while keys come, it made every
# frame of a cursor move twice as slow.
WARM_AFTER_IDLE = 0.5
# Files looked at per poll: the timeline each time, its articles in turn (see ChangeTracker.poll).
POLL_BUDGET = 100
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
# What waits while only the first screen of a big file is read: whatever needs the whole
# timeline (writes, searches, filters, the timeline view, exports, the palette, a reload).
WAITS_FOR_WHOLE = (
    (READER_ONLY_ACTIONS - {"focus_pane", "cycle_pane", "source"})
    | CURATION_ACTIONS
    | {"command_palette"}
)


def reader_commands() -> type[Provider]:
    """The palette's commands, imported when the palette first opens (Textual takes a callable
    in ``App.COMMANDS``): the first paint needs none of them."""
    from tui.app.palette import ReaderCommands

    return ReaderCommands


def default_loader(path: Path) -> LoadResult:
    """Load ``path`` without resolving anchors: the reader resolves each one when it is shown.

    An unchanged file opens from the load cache (:mod:`tui.model.load_cache`).
    """
    return cached_load(path, _load_unresolved, "reader")


def _load_unresolved(path: Path) -> LoadResult:
    return load_timeline(path, resolve_sources=False)


def _file_size(path: Path) -> int:
    """``path``'s size in bytes (0 when it cannot be looked at: the write says why)."""
    try:
        return path.stat().st_size
    except (OSError, ValueError):
        return 0


class ReaderApp(CurationActions, ReadingTools, FilterActions, NavigationActions, App[int]):
    """newsline: articles, events and actors in linked panes."""

    TITLE = "newsline"
    CSS_PATH = "reader.tcss"
    COMMANDS = App.COMMANDS | {reader_commands}
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
        # Files from this size on show their first screen while the rest loads (tests lower it).
        self.first_screen_bytes = FIRST_SCREEN_BYTES
        # The event a first screen opened on: while still selected at the full install, the
        # whole list chooses its own opening event again.
        self._first_screen_opening: str | None = None
        self._warm_timer: Timer | None = None

    # --- which keys apply now ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide the keys that would do nothing now; reader keys do nothing over other screens."""
        if action in WAITS_FOR_WHOLE and self.state.provisional:
            return None  # shown disabled until the whole timeline is loaded
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
            state.provisional,
            state.selected_source_count() > 1,
            state.search is not None,
            state.filtering or state.curation.reviewing,
            state.key_events,
        )
        if applies != self._binding_state:
            self._binding_state = applies
            self.refresh_bindings()

    def _timeline_screen_on_top(self) -> TimelineScreen | None:
        return as_timeline_view(self.screen)

    def get_default_screen(self) -> Screen:
        """The first screen, styled once before its first paint (tui.app.reader_screen)."""
        return ReaderScreen(self.size.width, self.HORIZONTAL_BREAKPOINTS)

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
        # The selection follows the Events cursor in the same frame as the key that moved it.
        self.events_list.on_highlight = self._select_highlighted
        self.events_list.focus()
        self.load()
        if self.watch_files:
            self.set_interval(self.poll_interval, self._poll_files, name="watch-files")

    def _apply_keymap(self) -> None:
        keymap, problems = load_keymap(self.keymap_path, set(self.binding_ids()))
        self.keymap = keymap
        if keymap:
            from tui.app.keymap_reach import keymap_conflicts, reader_positions

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
        """Load the timeline in a worker thread; the result arrives in :meth:`_loaded`.

        The first load of a big file shows its first screen before the rest is read
        (:meth:`_show_first_screen`); not with ``--event`` (the screen is elsewhere) or a
        loader of a test's own.
        """
        self._loading = True
        if self.state.timeline is None:
            self._update_header()
        ahead = (
            self.loads == 0
            and self.state.timeline is None
            and self.loader is default_loader
            and not self.state.initial_event_id
        )
        if ahead and _file_size(self.timeline_path) <= SYNC_LOAD_BYTES:
            # Read at once, before the first frame: a thread's hand-over costs this file more
            # than its load, and the first frame would be an empty one, painted twice.
            before = signature(self.timeline_path)
            self._loaded(self._read_timeline(), before)
            return
        # Events before and after the one the list opens on: a screen's height either way.
        self._load_worker(max(self.size.height, 24) if ahead else 0)

    @work(thread=True, exclusive=True, group="load")
    def _load_worker(self, first_screen_rows: int = 0) -> None:
        # The file as it was before reading: a save made while the loader runs must still
        # count as a change afterwards, not become the "known" state unread.
        before = signature(self.timeline_path)
        thaw_kept_objects()  # what the last load froze, its garbage collected now
        if first_screen_rows:
            # Only a big file's first load reads a first screen ahead: not imported at start.
            from tui.model.first_screen import first_screen

            screen = first_screen(
                self.timeline_path, first_screen_rows, min_bytes=self.first_screen_bytes
            )
            if screen is not None and not get_current_worker().is_cancelled:
                painted = threading.Event()
                self.call_from_thread(self._show_first_screen, screen, painted)
                # The whole load holds the interpreter for seconds: it starts once the first
                # screen is on the terminal, not while it is being drawn.
                painted.wait(FIRST_SCREEN_WAIT)
        result = self._read_timeline()
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._loaded, result, before)

    def _read_timeline(self) -> LoadResult:
        """The loader's result for the timeline file; a loader bug becomes a message."""
        try:
            return self.loader(self.timeline_path)
        except Exception as error:  # a loader bug becomes a message, not a crash
            return LoadResult(
                self.timeline_path,
                None,
                [Diagnostic(self.timeline_path, 0, 0, Severity.ERROR, f"cannot load: {error}")],
            )

    def _show_first_screen(self, screen: FirstScreen, painted: threading.Event) -> None:
        """Show the first screen of a big file while the rest loads (the header says so);
        ``painted`` is set once it is on the terminal."""
        try:
            if self.state.timeline is None:
                self.state.install_first_screen(screen.timeline, screen.total_events)
                self._first_screen_opening = screen.opening
                self._refresh_events(keep=screen.opening)
        finally:
            self.call_after_refresh(painted.set)

    def _loaded(self, result: LoadResult, before: Signature = None) -> None:
        self._loading = False
        self.loads += 1
        over_first_screen = self.state.provisional
        report = self.state.take_load(result)
        self.query_one(DiagnosticsPanel).show(report.problems, report.heading)
        if report.timeline is not None:
            self._install(
                report.timeline, initial=report.initial, over_first_screen=over_first_screen
            )
            # After the rows are on screen and the keys pause: the writer's parse holds the
            # GIL for seconds on a big file, and started at once it slowed the first paint
            # and then every key by as much.
            if _file_size(self.timeline_path) <= WARM_WRITER_BYTES:
                self.call_after_refresh(self._warm_writer_when_idle)
        else:
            if over_first_screen:  # the whole file is unreadable: none of it stays shown
                self.state.drop_first_screen()
                self._refresh_events()
            self._update_header()
        self._rewatch(before)

    def _warm_writer_when_idle(self) -> None:
        """Start the writer's parse once no key came for WARM_AFTER_IDLE seconds (a write
        asked for before then parses the file itself, as it does when the parse failed)."""
        if self._warm_timer is not None:
            self._warm_timer.stop()
        self._warm_timer = self.set_timer(WARM_AFTER_IDLE, self._start_warm, name="warm")

    def _start_warm(self) -> None:
        self._warm_timer = None
        self.warm_writer()

    async def on_event(self, event: events.Event) -> None:
        """Every event passes here first: a key puts off the writer's parse (see above)."""
        if isinstance(event, events.Key) and self._warm_timer is not None:
            self._warm_timer.reset()
        await super().on_event(event)

    def _install(
        self, timeline: Timeline, *, initial: bool, over_first_screen: bool = False
    ) -> None:
        """Show ``timeline`` (a write of ours shows its change through CurationActions).

        ``over_first_screen``: in place of a first screen shown while it loaded; the event the
        user moved to meanwhile stays selected (else the whole list picks its opening event).
        """
        state = self.state
        events_list = self.events_list
        scroll_y = events_list.scroll_y
        keep_id = state.initial_event_id if initial else state.selected_event_id
        if over_first_screen and state.selected_event_id != self._first_screen_opening:
            keep_id = state.selected_event_id
        state.install(timeline)
        self.actors_list.set_actors(list(timeline.actors), state.event_counts)
        self._refresh_events(keep=keep_id)
        for screen in self.screen_stack:
            if (view := as_timeline_view(screen)) is not None:
                # The events the reader shows now, its filters applied to the reloaded file.
                view.set_timeline(
                    timeline,
                    state.shown_events,
                    state.filters_line(),
                    state.filters.actors,
                )
        if not initial and not over_first_screen:
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
        if self.tracker.poll(POLL_BUDGET):
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

    @on(ActorList.Highlighted)
    def _actor_highlighted(self, message: ActorList.Highlighted) -> None:
        self.panes.update_inspector()

    @on(ActorList.Chosen)
    def _actor_chosen(self, message: ActorList.Chosen) -> None:
        self.state.toggle_actor(message.actor_id)
        self._refresh_events(keep=self.state.selected_event_id)

    # --- selection and linking ---------------------------------------------------------------

    @on(EventList.Highlighted)
    def _event_highlighted(self, message: EventList.Highlighted) -> None:
        self._select_highlighted(message.event_id)

    def _select_highlighted(self, event_id: str) -> None:
        """The Events cursor moved onto ``event_id``: select it and show it."""
        self.state.select(event_id)
        self.show_event(event_id)

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
