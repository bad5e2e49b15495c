"""Export what the reader shows: its events, from the file as ``newsline export`` reads it.

The reader's palette entry "Export the current view" and ``newsline export`` with filters end in
the same place: the timeline loaded with every quote anchored (the reader's own copy skips
that), narrowed to the events shown, rendered in the format the output file's suffix asks for,
and written atomically. Nothing here raises on a user's file or path: the outcome says what
happened, in words for a notification.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from tui.model.diagnostics import count
from tui.model.filters import with_events
from tui.model.timeline import Timeline


@dataclass(frozen=True, slots=True)
class ViewExport:
    """What an export of the view did: whether it wrote the file, and what to tell the user."""

    written: bool
    message: str


def is_own_file(output: Path, path: Path, timeline: Timeline) -> bool:
    """Whether writing ``output`` would replace the timeline at ``path`` or one of its articles."""
    inputs = [path, *(article.file for article in timeline.articles if article.file)]
    try:
        return any(output.resolve() == item.resolve() for item in inputs)
    except (OSError, ValueError):  # ValueError: a NUL byte in a path
        return False


def export_view(path: Path, event_ids: Collection[str], output: Path, title: str) -> ViewExport:
    """Write the events ``event_ids`` of the timeline at ``path`` to ``output``, in the format
    its suffix names (``.csv``, ``.md``, ``.json``, ``.timelinejs.json``, ``.ics``)."""
    from tui.model.export import FORMATS, format_for, left_out, render
    from tui.model.loader import load_timeline
    from tui.model.writer import WriterError, write_text_atomically

    result = load_timeline(path, resolve_sources=True)
    if result.timeline is None or result.errors:
        return ViewExport(False, f"{path.name} has errors: fix them before exporting")
    timeline = result.timeline
    if is_own_file(output, path, timeline):
        return ViewExport(False, f"{output}: that is one of the timeline's own files")
    fmt = format_for(output)
    if fmt is None:
        suffixes = _suffixes(FORMATS)
        return ViewExport(False, f"{output.name}: say the format by the suffix: {suffixes}")
    wanted = set(event_ids)
    view = with_events(timeline, [event for event in timeline.events if event.id in wanted])
    try:
        stamp = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        write_text_atomically(output, render(view, fmt, title=title, stamp=stamp))
    except (OSError, WriterError) as error:
        why = getattr(error, "strerror", None) or error
        return ViewExport(False, f"{output}: cannot write: {why}")
    skipped = len(left_out(view, fmt))
    note = f" ({count(skipped, 'undated event')} left out)" if skipped else ""
    events = count(len(view.events) - skipped, "event")
    return ViewExport(True, f"{output}: {events} as {fmt}{note}")


def _suffixes(formats: Collection[str]) -> str:
    from tui.model.export import EXPORTERS

    return ", ".join(suffix for name in formats for suffix in EXPORTERS[name].suffixes)
