"""The prompt screen: one line of text (a search, a date range); Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.app.bindings import PROMPT_KEYS


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
