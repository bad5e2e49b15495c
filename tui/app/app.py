"""The reader app: loads and watches the timeline, and turns keys and messages into changes.

The state lives in :class:`~tui.app.state.ReaderState` (no widgets); the panes render it
through :class:`~tui.app.panes.ReaderPanes`. Panes post messages up (cursor moved, chosen); the
app decides what that means, changes the state and has the panes show it. Loading (in a
worker thread for all but a small file) and live reload are :mod:`tui.app.loading`; the other
parts of the app are mixed in from filtering, navigation, reading, curation and
prompted_edits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.timer import Timer

from tui.app import bindings
from tui.app.curation import CURATION_ACTIONS, CurationActions
from tui.app.filtering import FilterActions
from tui.app.keymap import config_path, load_keymap
from tui.app.loading import FIRST_SCREEN_BYTES, LoadingActions, default_loader
from tui.app.navigation import NavigationActions
from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.layout import WIDE, ReaderPanes
from tui.app.panes.text import ArticleView
from tui.app.prompted_edits import PromptedEdits
from tui.app.reader_screen import ReaderScreen
from tui.app.reading import ReadingTools, open_in_browser
from tui.app.state import ReaderState
from tui.app.timeline import as_timeline_view
from tui.app.watcher import ChangeTracker
from tui.app.widgets.footer import FittingFooter
from tui.app.widgets.status import DiagnosticsPanel, StatusHeader
from tui.model.diagnostics import printable
from tui.model.timeline import LoadResult, timeline_file

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from tui.app.timeline.screen import TimelineScreen

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


class ReaderApp(
    CurationActions,
    PromptedEdits,
    ReadingTools,
    FilterActions,
    NavigationActions,
    LoadingActions,
    App[int],
):
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
