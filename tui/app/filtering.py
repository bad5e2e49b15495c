"""Filters and search, a part of :class:`~tui.app.app.ReaderApp`.

The handlers that turn the filter keys (escape, ``K``, ``{``/``}``), the palette's filter
commands and ``/``/``n``/``N`` into changes of :class:`~tui.app.state.ReaderState`, then have
the Events list show them. Kept out of app.py so that it stays one job: loading and wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.app.panes.text import ArticleView
from tui.model.diagnostics import printable
from tui.model.filters import Filters, parse_date_range
from tui.model.timeline import EventStatus

if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.app.palette import AskDateRange, ClearFilters, FilterBy
    from tui.app.panes.layout import ReaderPanes
    from tui.app.state import ReaderState


class FilterActions:
    """Filters and search, mixed into :class:`~tui.app.app.ReaderApp` (``self`` is the app)."""

    if TYPE_CHECKING:  # what the app provides, for readers and type checkers
        state: ReaderState
        panes: ReaderPanes
        focused: Any
        use_command_palette: bool

        def notify(self, message: str, **options: Any) -> None: ...
        def push_screen(self, screen: Screen[Any], callback: Any = None) -> Any: ...
        def leave_review(self) -> None: ...
        def show_hit(self) -> None: ...
        def _refresh_events(self, keep: str | None = None) -> None: ...
        def _update_header(self) -> None: ...

    def set_filters(self, filters: Filters) -> None:
        """Apply ``filters`` and keep the selection when it still passes."""
        self.state.set_filters(filters)
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
        # Imported when first opened, as the palette's commands are (ReaderApp.COMMANDS).
        from tui.app.widgets.command_palette import SteadyCommandPalette

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

    def on_filter_by(self, message: FilterBy) -> None:
        if message.field == "review":
            self.state.curation.only_to_review = True
            self._refresh_events(keep=self.state.selected_event_id)
        elif message.field == "status":
            status = message.value
            self.filter_by_status(status if isinstance(status, EventStatus) else None)
        else:
            tag = message.value
            self.filter_by_tag(tag if isinstance(tag, str) else None)

    def on_clear_filters(self, message: ClearFilters) -> None:
        self.state.clear_filters()
        self._refresh_events(keep=self.state.selected_event_id)

    def on_ask_date_range(self, message: AskDateRange) -> None:
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

        from tui.app.screens.prompt import PromptScreen  # on demand: not at start-up

        current = self.state.date_range_text()
        self.push_screen(
            PromptScreen(
                "Date range (2023-09, 2023-09-01..2023-09-15, 2023.. ; empty clears):",
                current,
            ),
            done,
        )

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

        from tui.app.screens.prompt import PromptScreen  # on demand: not at start-up

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
