"""The timeline's undated list: the events without a date, with their own cursor."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.strip import Strip
from textual.widget import Widget

from tui.app.screen_keys import UNDATED_KEYS
from tui.app.strips import text_strip
from tui.app.timeline.draw import STATUS_COMPONENT
from tui.app.timeline.lanes import MARKERS
from tui.app.timeline.plot import TimelinePlot
from tui.model.diagnostics import printable
from tui.model.timeline import Event


class UndatedList(Widget, can_focus=True):
    """The events without a date, in publication order, with their own cursor."""

    BINDINGS: ClassVar[list[BindingType]] = UNDATED_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "undated--heading",
        "undated--cursor",
        "timeline--occurred",
        "timeline--planned",
        "timeline--expected",
    }

    DEFAULT_CSS = """
    UndatedList {
        width: 34; height: 1fr; border-left: vkey $panel-lighten-2; background: $surface;
    }
    UndatedList > .undated--heading { color: $text-primary; text-style: bold; }
    UndatedList > .undated--cursor { background: $block-cursor-blurred-background; }
    UndatedList:focus > .undated--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    UndatedList > .timeline--occurred { color: $success; }
    UndatedList > .timeline--planned { color: $warning; }
    UndatedList > .timeline--expected { color: $accent; }
    """

    def __init__(self, undated: list[Event], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.undated = undated
        self.cursor = 0
        self.top = 0

    def set_events(self, undated: list[Event]) -> None:
        """Show a reloaded list of undated events."""
        self.undated = undated
        self.cursor = max(0, min(self.cursor, len(undated) - 1))
        self.top = max(0, min(self.top, self.cursor))
        self.refresh()

    @property
    def cursor_event(self) -> Event | None:
        if 0 <= self.cursor < len(self.undated):
            return self.undated[self.cursor]
        return None

    def select_event(self, event_id: str) -> bool:
        """Put the cursor on ``event_id``; ``False`` when it is not an undated event."""
        for index, event in enumerate(self.undated):
            if event.id == event_id:
                self.move_cursor(index)
                return True
        return False

    def move_cursor(self, index: int) -> None:
        """Put the cursor on row ``index`` (clamped) and keep it visible."""
        if not self.undated:
            return
        self.cursor = max(0, min(index, len(self.undated) - 1))
        rows = max(1, self.size.height - 1)
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + rows:
            self.top = self.cursor - rows + 1
        self.refresh()
        self.post_message(TimelinePlot.CursorMoved(self.cursor_event, self))

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_first(self) -> None:
        self.move_cursor(0)

    def action_cursor_last(self) -> None:
        self.move_cursor(len(self.undated) - 1)

    def action_choose(self) -> None:
        event = self.cursor_event
        if event is not None:
            self.post_message(TimelinePlot.Chosen(event.id))

    def on_focus(self) -> None:
        self.refresh()
        self.post_message(TimelinePlot.CursorMoved(self.cursor_event, self))

    def on_blur(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        if event.y >= 1:
            self.move_cursor(self.top + event.y - 1)

    def _scroll(self, delta: int) -> None:
        """Scroll the list without moving the cursor (mouse wheel)."""
        most = max(0, len(self.undated) - max(1, self.size.height - 1))
        self.top = max(0, min(self.top + delta, most))
        self.refresh()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll(3)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll(-3)
        event.stop()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        text = Text(no_wrap=True)
        if y == 0:
            text.append(
                f"Undated ({len(self.undated)})", self.get_component_rich_style("undated--heading")
            )
            return text_strip(text, width, self)
        index = self.top + y - 1
        if index >= len(self.undated):
            return Strip.blank(width, self.rich_style)
        event = self.undated[index]
        component = STATUS_COMPONENT[event.status]
        text.append(MARKERS[event.status] + " ", self.get_component_rich_style(component))
        text.append(printable(event.title) or printable(event.id))
        if index == self.cursor:
            text.stylize(self.get_component_rich_style("undated--cursor"))
        return text_strip(text, width, self)
