"""Moving around the reader, a part of :class:`~tui.app.app.ReaderApp`.

Sources and articles (``[``/``]``, ``(``/``)``), pane focus, help, the timeline view, jumps from
the palette and the user's editor (``e``): handlers that change the selection in
:class:`~tui.app.state.ReaderState` and have the panes show it. Kept out of app.py so that it
stays one job: loading and wiring.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.app.editing import run_terminal_editor
from tui.app.panes.actors import ActorList

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.screen import Screen

    from tui.app.palette import Jump
    from tui.app.panes.events import EventList
    from tui.app.panes.layout import ReaderPanes
    from tui.app.state import ReaderState
    from tui.app.timeline.screen import TimelineScreen


class NavigationActions:
    """Selection, panes, screens and the editor, mixed into :class:`~tui.app.app.ReaderApp`
    (``self`` is the app)."""

    if TYPE_CHECKING:  # what the app provides, for readers and type checkers
        state: ReaderState
        panes: ReaderPanes
        events_list: EventList
        actors_list: ActorList
        timeline_path: Path
        focused: Any
        editor_launcher: Callable[[Path, int], None] | None

        def notify(self, message: str, **options: Any) -> None: ...
        def push_screen(self, screen: Screen[Any], callback: Any = None) -> Any: ...
        def load(self) -> None: ...
        def show_event(self, event_id: str) -> None: ...
        def help_rows(self) -> list[tuple[str, str, str, str]]: ...
        def _refresh_events(self, keep: str | None = None) -> None: ...
        def _timeline_screen_on_top(self) -> TimelineScreen | None: ...

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

    def action_help(self) -> None:
        """Show every key."""
        from tui.app.screens.help import HelpScreen  # on demand: not at start-up

        self.push_screen(HelpScreen(self.help_rows()))

    def action_timeline(self) -> None:
        """The full-screen timeline view; the event chosen there becomes the selection."""
        if self.state.timeline is None:
            return

        def chosen(event_id: str | None) -> None:
            if event_id:
                self.select_event(event_id)

        from tui.app.timeline.screen import TimelineScreen  # on demand: not at start-up

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

    def on_jump(self, message: Jump) -> None:
        if message.kind == "event":
            self.select_event(message.item_id)
        elif message.kind == "actor":
            self.select_actor(message.item_id)
        else:
            self.show_article(message.item_id, focus=True)

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
