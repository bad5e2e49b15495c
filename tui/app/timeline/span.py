"""The span of days worth fitting on a time axis: the Events ruler's and the timeline view's.

Apart from :mod:`tui.app.timeline.axis` (which re-exports it) because the reader's first screen
needs it for the ruler, and the axis module's zoom levels and views only when the timeline view
opens: its dataclasses cost the start-up about as much as a module of our own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypeVar

# A day: a date, or a day number (the Events ruler's ordinals).
T = TypeVar("T", dt.date, int)


def robust_span(firsts: Sequence[T], lasts: Sequence[T], trim: float = 0.025) -> tuple[T, T] | None:
    """The days that matter for fitting: all of them, minus a few far-flung outliers.

    With 40 events or more, the earliest and latest ``trim`` share are left out so that one
    event dated decades away does not squash everything else into a single column; the user
    can still zoom out or pan to it. Of those, the ones lying within a tenth of the span's
    width of it are kept: they are the story's edges, not outliers. Works on dates and on
    day numbers alike.
    """
    if not firsts:
        return None
    starts = sorted(firsts)
    ends = sorted(lasts)
    cut = int(len(starts) * trim) if len(starts) >= 40 else 0
    low, high = starts[cut], ends[len(ends) - 1 - cut]
    margin = (high - low) / 10  # type: ignore[operator]
    # Differences, not low - margin: a date near year 1 or 9999 must not overflow.
    low = next(day for day in starts if low - day <= margin)  # type: ignore[operator]
    high = next(day for day in reversed(ends) if day - high <= margin)  # type: ignore[operator]
    return low, high
