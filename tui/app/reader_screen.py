"""The reader's first screen: Textual's default screen, styled once before its first paint.

Textual styles every node when it is mounted, then again when the screen is first resumed
(``ScreenResume(refresh_styles=True)``) and when the first Resize adds the width's breakpoint
class. On the reader's first screen those two passes restyled all of its nodes (and their
component classes) to the same result, before the first paint: here the breakpoint class is
set at creation and the first resume keeps the styles the mount gave.
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen


class ReaderScreen(Screen[object]):
    """The default screen of the reader (see the module's docstring)."""

    # Its widgets cover it, and it has no border or content of its own: Textual paints it as
    # blank lines of its colours instead of styling each line (8 million instructions a full
    # frame at 120 x 40). Its background is opaque: no screen below shows through.
    BLANK = True

    def __init__(self, width: int, breakpoints: list[tuple[int, str]]) -> None:
        super().__init__(id="_default")
        self._resumed = False
        for breakpoint, name in sorted(breakpoints, reverse=True):
            if width >= breakpoint:
                self.add_class(name, update=False)
                break

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._resumed:
            # First shown: every node was styled when mounted, a moment ago; a class or pseudo
            # class changed since restyled its own nodes.
            self._resumed = True
            event.refresh_styles = False
        super()._on_screen_resume(event)
