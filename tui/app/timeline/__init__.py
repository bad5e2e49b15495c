"""The full-screen timeline: a plot of lanes along a time axis, and the undated list."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.app.timeline.screen import TimelineScreen

# The view's module, imported when the view first opens (not at the reader's start-up).
_SCREEN_MODULE = "tui.app.timeline.screen"


def as_timeline_view(screen: object) -> TimelineScreen | None:
    """``screen`` if it is the timeline view, else None.

    Asking imports nothing: until the view's module is imported, no screen can be one.
    """
    module = sys.modules.get(_SCREEN_MODULE)
    if module is None:
        return None
    return screen if isinstance(screen, module.TimelineScreen) else None
