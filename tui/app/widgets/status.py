"""The reader's status widgets: the header line and the diagnostics panel."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.model.diagnostics import Diagnostic, count, printable


class StatusHeader(Static):
    """Corpus name, counts, the active filters and the search (plain text, never markup).

    One line when it fits. When not, the app's name goes first, then the filters and the
    search move to a second line, which wraps between words: a filter value is never cut.
    """

    DEFAULT_CSS = """
    StatusHeader {
        dock: top; height: auto; max-height: 4; background: $primary; color: $text;
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._parts: tuple[str, str, str, str] = ("", "", "", "")
        self._shown: Text | None = None

    def show(self, corpus: str, counts: str, filters: str, search: str) -> None:
        """Update the header."""
        self._parts = (corpus, counts, filters, search)
        self._lay_out()

    def on_resize(self) -> None:
        self._lay_out()

    def _text(self) -> Text:
        corpus, counts, filters, search = self._parts
        width = self.content_region.width or 10_000
        extras = Text()
        if filters:
            extras.append("⚲ " + printable(filters), style="bold reverse")
        if search:
            extras.append("  " if filters else "")
            extras.append("/ " + printable(search), style="italic")
        names = [
            Text.assemble((name + printable(corpus), "bold"), "  " + counts)
            for name in ("newsline · ", "")
        ]
        for line in names:
            one_line = Text.assemble(line, "  ", extras) if extras else line
            if one_line.cell_len <= width:
                return one_line
        if not extras:  # nothing for a second line: the counts wrap (no blank line below)
            return names[1]
        # Two lines; the first keeps the app's name when it fits there.
        first = names[0] if names[0].cell_len <= width else names[1]
        return Text.assemble(first, "\n", extras)

    def _lay_out(self) -> None:
        text = self._text()
        if text == self._shown:
            return
        # A layout of the screen only when the header may change height: a new count after
        # a write, on one line as before, repaints the header alone (a layout repainted every
        # widget on the screen, about half of a curation key's frame on 20,000 events).
        one_line = "\n" not in text.plain
        same_height = one_line and self._shown is not None and "\n" not in self._shown.plain
        self._shown = text
        self.update(text, layout=not same_height)


class DiagnosticsPanel(VerticalScroll):
    """The problems of the timeline file, ``path:line:col`` each; hidden when there are none."""

    DEFAULT_CSS = """
    DiagnosticsPanel {
        height: auto; max-height: 8; display: none;
        border-top: heavy $error; background: $error 15%; padding: 0 1;
    }
    DiagnosticsPanel.-shown { display: block; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.messages: list[str] = []

    def show(self, diagnostics: list[Diagnostic], heading: str) -> None:
        """Show ``diagnostics`` under ``heading``, or hide the panel when there are none.

        Its lines are mounted when there are first problems to show: most timelines have none,
        and a hidden widget costs the first paint its styles and layout all the same."""
        self.messages = [diagnostic.format() for diagnostic in diagnostics]
        self.set_class(bool(self.messages), "-shown")
        text = Text(heading, style="bold")
        for message in self.messages:
            text.append("\n" + message)
        lines = self.query("#diagnostic-lines")
        if lines:
            lines.first(Static).update(text)
        elif self.messages:
            self.mount(Static(text, id="diagnostic-lines"))
        self.border_title = count(len(self.messages), "problem")
