"""Small screens and panels of the reader: help, prompts, the diagnostics panel, the header."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tui.app.bindings import HELP_KEYS, PROMPT_KEYS
from tui.app.footer import FittingFooter
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
        # Two lines; the first keeps the app's name when it fits there.
        first = names[0] if names[0].cell_len <= width else names[1]
        return Text.assemble(first, "\n", extras)

    def _lay_out(self) -> None:
        self.update(self._text())


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

    def compose(self) -> ComposeResult:
        yield Static(id="diagnostic-lines")

    def show(self, diagnostics: list[Diagnostic], heading: str) -> None:
        """Show ``diagnostics`` under ``heading``, or hide the panel when there are none."""
        self.messages = [diagnostic.format() for diagnostic in diagnostics]
        self.set_class(bool(self.messages), "-shown")
        text = Text(heading, style="bold")
        for message in self.messages:
            text.append("\n" + message)
        self.query_one("#diagnostic-lines", Static).update(text)
        self.border_title = count(len(self.messages), "problem")


class HelpScreen(ModalScreen[None]):
    """Every key of the reader, with its binding id for the config file."""

    BINDINGS: ClassVar[list[BindingType]] = HELP_KEYS

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 98%; max-width: 100; height: 1fr; max-height: 96%; border: thick $primary;
        background: $surface; padding: 0 1; overflow-x: hidden;
    }
    HelpScreen .help-section { text-style: bold underline; margin-top: 1; }
    """

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        intro = Text()
        intro.append("newsline keys", style="bold")
        intro.append(
            '  (remap by id in $XDG_CONFIG_HOME/newsline/config.toml: [keymap] id = "key")'
        )
        sections: dict[str, list[tuple[str, str, str]]] = {}
        for where, keys, description, binding_id in self.rows:
            sections.setdefault(where, []).append((keys, description, binding_id))
        # One width per column for every section, so that the columns line up down the page;
        # the description takes what is left and wraps, so nothing scrolls sideways.
        key_width = min(18, max((cell_len(keys) for _, keys, _, _ in self.rows), default=8))
        id_width = max((cell_len(binding_id) for *_, binding_id in self.rows), default=8)
        legend = Text(
            "Marks: ○ planned, ◇ expected (in the timeline view ● occurred; dashed bars for "
            "planned and expected ranges), ▶ cites the sentence under the Text cursor, "
            "N§ number of sources. In Text, c captures the sentence as a new event; n/N go to "
            "the next/previous search match."
        )
        with VerticalScroll():
            yield Static(intro)
            for where, entries in sections.items():
                yield Static(Text(where), classes="help-section")
                table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
                table.add_column("keys", style="bold", width=key_width, no_wrap=True)
                table.add_column("does", ratio=1)
                table.add_column("id", style="dim", width=id_width, no_wrap=True)
                for keys, description, binding_id in entries:
                    table.add_row(Text(printable(keys)), Text(description), Text(binding_id))
                yield Static(table, classes="help-table")
            yield Static(Text(""))
            yield Static(legend)
        yield FittingFooter()

    def action_scroll_lines(self, lines: int) -> None:
        """j/k: scroll the help by a line."""
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_scroll_pages(self, direction: int) -> None:
        """Scroll the help by a page."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_relative(y=direction * max(1, scroll.size.height - 1), animate=False)

    def action_scroll_edge(self, direction: int) -> None:
        """g/G: the top or the bottom of the help."""
        scroll = self.query_one(VerticalScroll)
        scroll.scroll_to(y=scroll.max_scroll_y if direction > 0 else 0, animate=False)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text (a search, a date range); Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = PROMPT_KEYS

    DEFAULT_CSS = """
    PromptScreen { align: center bottom; }
    PromptScreen > Vertical {
        width: 100%; height: auto; background: $panel; border-top: solid $primary; padding: 0 1;
    }
    """

    def __init__(self, label: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.label))
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter twice in one burst submits twice; only the first may close the prompt, or
        # Textual pops the screen under it.
        if self.is_active:
            self.dismiss(event.value)

    def action_cancel(self) -> None:
        if self.is_active:
            self.dismiss(None)
