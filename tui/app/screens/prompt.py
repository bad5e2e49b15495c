"""The prompt screen: one line of text (a search, a date range, a title); Escape cancels.

For lists (tags, actors) the prompt completes the item being typed from the ones that exist:
:class:`CommaListSuggester` offers the rest of the first known item that starts with it, and
the right arrow (or End) takes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from tui.app.screen_keys import PROMPT_KEYS


def complete_last_item(value: str, choices: Iterable[str]) -> str | None:
    """``value`` with its last comma-separated item completed from ``choices`` (ignoring
    case, skipping items already in the list), or None when nothing fits."""
    head, comma, last = value.rpartition(",")
    typed = last.lstrip()
    if not typed:
        return None
    taken = {item.strip().casefold() for item in head.split(",")} if comma else set()
    folded = typed.casefold()
    for choice in choices:
        candidate = choice.casefold()
        if candidate.startswith(folded) and len(choice) > len(typed) and candidate not in taken:
            return value + choice[len(typed) :]
    return None


class CommaListSuggester(Suggester):
    """Completes the last item of a comma-separated list from known items."""

    def __init__(self, choices: Iterable[str]) -> None:
        # Case-sensitive here so that the value comes as typed: the completion keeps it.
        super().__init__(use_cache=False, case_sensitive=True)
        self.choices = sorted(set(choices), key=str.casefold)

    async def get_suggestion(self, value: str) -> str | None:
        """The whole value with its last item completed, or None."""
        return complete_last_item(value, self.choices)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text (a search, a date range, a title); Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = PROMPT_KEYS

    DEFAULT_CSS = """
    PromptScreen { align: center bottom; }
    PromptScreen > Vertical {
        width: 100%; height: auto; background: $panel; border-top: solid $primary; padding: 0 1;
    }
    """

    def __init__(
        self,
        label: str,
        value: str = "",
        placeholder: str = "",
        *,
        suggester: Suggester | None = None,
    ) -> None:
        super().__init__()
        self.label = label
        self.value = value
        self.placeholder = placeholder
        self.suggester = suggester

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.label))
            yield Input(
                value=self.value,
                placeholder=self.placeholder,
                suggester=self.suggester,
                id="prompt-input",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter twice in one burst submits twice; only the first may close the prompt, or
        # Textual pops the screen under it.
        if self.is_active:
            self.dismiss(event.value)

    def action_cancel(self) -> None:
        if self.is_active:
            self.dismiss(None)
