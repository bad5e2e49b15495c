"""Textual's command palette, steady under fast keys.

In Textual 8.2.8 a page key that reaches the palette before its list is first laid out raises
``KeyError`` in ``OptionList._move_page`` (the map from options to lines is still empty), and
the app ends: ``ctrl+p`` then ``pagedown`` typed quickly was enough. And two Enters in one
burst select twice, and the second dismiss pops the screen under the palette (the reader
itself: ``ScreenStackError``). And a search typed as the palette opens can run before its list
is mounted (``NoMatches`` in the search worker). This palette lets such keys do nothing
instead; everything else is Textual's own.
"""

from __future__ import annotations

import contextlib

from textual import work
from textual.await_complete import AwaitComplete
from textual.command import CommandPalette
from textual.css.query import NoMatches


class SteadyCommandPalette(CommandPalette):
    """The command palette, where a list key before the list exists does nothing, and a
    second dismiss once it is closed as well."""

    def dismiss(self, result: None = None) -> AwaitComplete:
        """Close the palette, unless it is closed already."""
        if not self.is_active:
            return AwaitComplete.nothing()
        return super().dismiss(result)

    @work(exclusive=True, group=CommandPalette._GATHER_COMMANDS_GROUP)
    async def _gather_commands(self, search_value: str) -> None:
        # Textual's search, minus its failure when the list is not mounted (yet, or any more):
        # the next keystroke searches again.
        with contextlib.suppress(NoMatches):
            await CommandPalette._gather_commands.__wrapped__(self, search_value)  # type: ignore[attr-defined]

    def _action_command_list(self, action: str) -> None:
        # KeyError: the list has no lines yet, so there is nothing to move through.
        with contextlib.suppress(KeyError):
            super()._action_command_list(action)
