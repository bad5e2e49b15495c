"""A footer that shows whole entries only: what does not fit is left out, never cut mid-word.

Textual's Footer lays its keys out in one row and clips the row at the edge, so at 80 columns
the last visible entry could read ``? H`` or a bare ``q``. This one hides every entry from the
first that does not fit completely (a key group goes with its label). The entries come in the
order the bindings are listed, most useful first, so what is left out is what everyone knows.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer

# Textual exports only Footer; its parts are needed to tell the entries apart.
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup


class FittingFooter(Footer):
    """A compact footer whose entries are shown whole or not at all."""

    def __init__(self) -> None:
        super().__init__(compact=True)
        self._fit_attempts = 0

    def compose(self) -> ComposeResult:
        """Textual's entries (rebuilt whenever the bindings change), fitted once laid out."""
        yield from super().compose()
        self._fit_attempts = 0
        self.call_after_refresh(self.fit_entries)

    def on_resize(self) -> None:
        # Show everything again and measure once laid out at the new width.
        for entry in self._entries():
            entry.display = True
        self.call_after_refresh(self.fit_entries)

    def _entries(self) -> list[Widget]:
        return [
            child
            for child in self.children
            if isinstance(child, FooterKey | FooterLabel | KeyGroup)
            and not child.has_class("-command-palette")
        ]

    def fit_entries(self) -> None:
        """Hide the entries from the first one that does not fit whole."""
        if not self.is_attached or self.size.width <= 0:
            return
        limit = self.region.right
        for child in self.children:
            if child.has_class("-command-palette") and child.display:
                limit = min(limit, child.region.x)
        entries = self._entries()
        if entries and entries[0].display and entries[0].region.width == 0:
            # Not laid out yet (the entries were only just mounted): measure after a refresh.
            self._fit_attempts += 1
            if self._fit_attempts < 10:
                self.call_after_refresh(self.fit_entries)
            return
        for index, entry in enumerate(entries):
            region = entry.region
            if region.width > 0 and region.right <= limit:
                continue
            # A group's label must not stay without its keys, nor the keys without the label.
            first = index - 1 if isinstance(entry, FooterLabel) and index > 0 else index
            for hidden in entries[first:]:
                hidden.display = False
            break
