"""Loading and live reload, a part of :class:`~tui.app.app.ReaderApp`.

:class:`LoadingActions` reads the timeline (at once for a small file, else in a worker thread;
a big file's first screen is painted ahead of the rest), installs what it read into the state
and the panes, starts the writer's warm-up once the keys pause, and polls the files so that a
change made elsewhere is reloaded once it has settled.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, work
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.app.timeline import as_timeline_view
from tui.app.watcher import ChangeTracker, Signature, signature
from tui.app.widgets.status import DiagnosticsPanel
from tui.model.diagnostics import Diagnostic, Severity, printable
from tui.model.load_cache import cached_load
from tui.model.loader import load_timeline, thaw_kept_objects
from tui.model.timeline import LoadResult, Timeline

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.geometry import Size
    from textual.screen import Screen

    from tui.app.panes.actors import ActorList
    from tui.app.panes.events import EventList
    from tui.app.state import ReaderState
    from tui.model.first_screen import FirstScreen

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


class LoadingActions:
    """Loading and live reload, mixed into :class:`~tui.app.app.ReaderApp` (``self`` is the
    app)."""

    if TYPE_CHECKING:  # what the app provides, for readers and type checkers
        state: ReaderState
        tracker: ChangeTracker
        timeline_path: Path
        loader: Callable[[Path], LoadResult]
        loads: int
        first_screen_bytes: int
        size: Size
        screen_stack: list[Screen[Any]]
        events_list: EventList
        actors_list: ActorList
        _loading: bool
        _first_screen_opening: str | None
        _warm_timer: Timer | None

        def notify(self, message: str, **options: Any) -> None: ...
        def call_from_thread(self, callback: Callable[..., Any], *args: Any) -> Any: ...
        def call_after_refresh(self, callback: Callable[..., Any], *args: Any) -> bool: ...
        def set_timer(self, delay: float, callback: Callable[[], Any], **options: Any) -> Timer: ...
        def query_one(self, selector: type[Any]) -> Any: ...
        def warm_writer(self) -> None: ...
        def open_article(self, article_id: str | None) -> None: ...
        def _refresh_events(self, keep: str | None = None) -> None: ...
        def _update_header(self) -> None: ...

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
