"""The help screen: every key of the reader, with its binding id."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.screen_keys import HELP_KEYS
from tui.app.widgets.footer import FittingFooter
from tui.model.diagnostics import printable


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
