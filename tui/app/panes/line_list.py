"""A virtualized list with a cursor: the Line API base of the Events and Actors panes.

Only the visible lines are ever rendered, each once per (row, width, state) thanks to an LRU
cache, so a list of 20,000 rows costs no more to paint or to move through than one of 20. The
list remembers the state each visible row was painted with, so a change of marks repaints
only the rows whose state changed, not the whole list.
Subclasses say how many rows there are, which rows the cursor may stop on, and how one row
looks as a :class:`rich.text.Text` (never markup: user data is shown literally).
"""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.app.bindings import LIST_KEYS
from tui.app.strips import FrameStyled, set_virtual_size, text_strip


class LineList(FrameStyled, ScrollView, can_focus=True):
    """A scrollable list of one-line rows with a cursor that skips non-selectable rows."""

    BINDINGS: ClassVar[list[BindingType]] = LIST_KEYS

    DEFAULT_CSS = """
    LineList {
        overflow-x: hidden;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.cursor_row = -1
        self._row_count = 0
        self._generation = 0
        self._line_cache: LRUCache[tuple[int, int, int, int, Style], Strip] = LRUCache(2048)
        # The (generation, state) each row was last painted with: see marks_changed.
        self._painted: dict[int, tuple[int, int]] = {}
        # Shown on the first line when there are no rows: why the list is empty.
        self.empty_message = ""

    # --- what subclasses provide -------------------------------------------------------------

    def row_count(self) -> int:
        """How many rows the list has."""
        return 0

    def is_selectable(self, index: int) -> bool:
        """Whether the cursor may stop on row ``index``."""
        return True

    def render_row(self, index: int, width: int, is_cursor: bool) -> Text:
        """Row ``index`` as styled text of at most ``width`` cells."""
        return Text()

    def row_state(self, index: int) -> int:
        """A small number that changes when a row must be repainted (marks, highlights)."""
        return 0

    def on_cursor_moved(self, index: int) -> None:
        """Called after the cursor moved to row ``index`` (post a message here)."""

    def action_choose(self) -> None:
        """Enter (and a double click) on the cursor's row; subclasses say what it means."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Choosing needs a row under the cursor: off the footer otherwise."""
        if action == "choose":
            return 0 <= self.cursor_row < self._row_count and self.is_selectable(self.cursor_row)
        return True

    # --- content changes ---------------------------------------------------------------------

    def rows_changed(self) -> None:
        """Forget every cached line and re-measure: call after the rows were replaced."""
        self._generation += 1
        self._line_cache.clear()
        self._painted.clear()
        was_empty = self._row_count == 0
        self._row_count = self.row_count()
        set_virtual_size(self, Size(self.size.width, self._row_count))
        cursor_lost = self.cursor_row >= self._row_count
        if cursor_lost:
            self.cursor_row = -1
        self.refresh()
        if cursor_lost or was_empty != (self._row_count == 0):
            # Enter means nothing without a row under the cursor. Only then: the footer is
            # rebuilt whole on each refresh of the keys, a cost a write would pay for nothing.
            self.refresh_bindings()

    def marks_changed(self) -> None:
        """Repaint the visible rows whose :meth:`row_state` changed (cached lines are keyed on
        it): a cursor move that marks other events repaints those rows, not the whole list."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        painted = self._painted
        for index in range(max(0, top), min(top + height, self._row_count)):
            if painted.get(index) != (self._generation, self._line_state(index)):
                self.refresh_line(index)

    def _line_state(self, index: int) -> int:
        """What row ``index``'s line depends on besides the row: marks, cursor and focus."""
        is_cursor = index == self.cursor_row
        return (self.row_state(index) << 2) | (is_cursor << 1) | int(self.has_focus)

    # --- cursor ------------------------------------------------------------------------------

    def move_cursor(self, index: int, *, notify: bool = True, center: bool = False) -> None:
        """Put the cursor on row ``index`` (clamped), scroll it into view, maybe notify."""
        if self._row_count == 0:
            self.cursor_row = -1
            self.refresh()
            return
        index = max(0, min(index, self._row_count - 1))
        previous = self.cursor_row
        self.cursor_row = index
        if 0 <= previous < self._row_count:
            self.refresh_line(previous)
        self.refresh_line(index)
        self.scroll_row_into_view(index, center=center)
        if notify:
            self.on_cursor_moved(index)

    def scroll_row_into_view(self, index: int, *, center: bool = False) -> None:
        """Scroll so that row ``index`` is visible, keeping a row of context when possible."""
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if center:
            self.scroll_to(y=max(0, index - height // 2), animate=False, immediate=True)
            return
        # Keep the heading above the first event visible when the cursor reaches the top.
        if index < top + 1:
            self.scroll_to(y=max(0, index - 1), animate=False, immediate=True)
        elif index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False, immediate=True)

    def _step(self, start: int, direction: int) -> int | None:
        index = start + direction
        while 0 <= index < self._row_count:
            if self.is_selectable(index):
                return index
            index += direction
        return None

    def action_cursor_up(self) -> None:
        target = self._step(self.cursor_row if self.cursor_row >= 0 else self._row_count, -1)
        if target is not None:
            self.move_cursor(target)

    def action_cursor_down(self) -> None:
        target = self._step(self.cursor_row, 1)
        if target is not None:
            self.move_cursor(target)

    def action_cursor_first(self) -> None:
        target = self._step(-1, 1)
        if target is not None:
            self.move_cursor(target)

    def action_cursor_last(self) -> None:
        target = self._step(self._row_count, -1)
        if target is not None:
            self.move_cursor(target)

    def _page(self, direction: int) -> None:
        if self._row_count == 0:  # the filters hide everything: nowhere to go
            return
        height = max(1, self.scrollable_content_region.height - 1)
        index = max(0, min(self._row_count - 1, self.cursor_row + direction * height))
        target = index if self.is_selectable(index) else self._step(index, direction)
        if target is None:
            target = self._step(index, -direction)
        if target is not None:
            self.move_cursor(target)

    def action_page_up_rows(self) -> None:
        self._page(-1)

    def action_page_down_rows(self) -> None:
        self._page(1)

    # --- rendering ---------------------------------------------------------------------------

    def on_resize(self) -> None:
        set_virtual_size(self, Size(self.size.width, self._row_count))
        # A panel opening below, or a smaller terminal, must not hide the cursor.
        if 0 <= self.cursor_row < self._row_count:
            self.scroll_row_into_view(self.cursor_row)

    def render_line(self, y: int) -> Strip:
        """One visible line, from the cache when the row, width and state are unchanged."""
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base_style = self.base_style()
        if width <= 0:
            return Strip.blank(0, base_style)
        if index >= self._row_count:
            if self._row_count or y or not self.empty_message:
                return Strip.blank(width, base_style)
            message = Text(" " + self.empty_message, style="italic")
            return text_strip(message, width, self, base=base_style)
        state = self._line_state(index)
        key = (index, width, self._generation, state, base_style)
        strip = self._line_cache.get(key)
        if strip is None:
            row = self.render_row(index, width, index == self.cursor_row)
            strip = text_strip(row, width, self, base=base_style)
            self._line_cache[key] = strip
        if len(self._painted) > 4096:  # a long scroll through many rows: keep it small
            self._painted.clear()
        self._painted[index] = (self._generation, state)
        return strip

    def style_of(self, component: str) -> Style:
        """The rich style of one of this widget's component classes."""
        return self.get_component_rich_style(component, partial=True)

    def row_at(self, y: int) -> int | None:
        """The row drawn at content line ``y``, or ``None`` below the last row."""
        index = round(self.scroll_y) + y
        return index if y >= 0 and 0 <= index < self._row_count else None

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the row under it; a double click also chooses it."""
        offset = event.get_content_offset(self)
        index = self.row_at(offset.y) if offset is not None else None
        if index is None or not self.is_selectable(index):
            return
        if index != self.cursor_row:
            self.move_cursor(index)
        if event.chain >= 2:
            self.action_choose()

    def on_focus(self) -> None:
        self.marks_changed()  # the cursor row's look says whether the list has the focus

    def on_blur(self) -> None:
        self.marks_changed()
