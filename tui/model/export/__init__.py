"""The timeline in common forms: one module per format, listed once in :data:`EXPORTERS`.

The command line takes its ``--format`` choices, its help and the ``-o`` suffix mapping from
this registry, so a new format is one module with an ``EXPORTER`` plus one line here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from tui.model.export import (
    csv_format,
    ics_format,
    json_format,
    key_dates_format,
    markdown_format,
    timelinejs_format,
)
from tui.model.export.base import Exporter, ExportOptions, clean, one_line
from tui.model.export.markdown_format import md
from tui.model.timeline import Event, Timeline

__all__ = [
    "EXPORTERS",
    "FORMATS",
    "SUFFIX_FORMATS",
    "ExportOptions",
    "Exporter",
    "clean",
    "format_for",
    "formats_help",
    "left_out",
    "md",
    "one_line",
    "render",
]

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        json_format.EXPORTER,
        csv_format.EXPORTER,
        markdown_format.EXPORTER,
        timelinejs_format.EXPORTER,
        ics_format.EXPORTER,
        key_dates_format.EXPORTER,
    )
}
FORMATS = tuple(EXPORTERS)
# What a file name's ending says about the format it wants.
SUFFIX_FORMATS = {
    suffix: exporter.name for exporter in EXPORTERS.values() for suffix in exporter.suffixes
}


def format_for(path: PurePath | str) -> str | None:
    """The format a file name asks for by its ending (``events.CSV`` -> ``csv``), or ``None``.

    The longest ending wins, so ``x.timelinejs.json`` is TimelineJS, not plain JSON.
    """
    name = PurePath(path).name.lower()
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.endswith(suffix) and len(name) > len(suffix):
            return SUFFIX_FORMATS[suffix]
    return None


def formats_help() -> str:
    """One clause per format for ``--help``: ``csv (.csv): one row per event ...``."""
    return "; ".join(
        f"{exporter.name} ({', '.join(exporter.suffixes)}): {exporter.summary}"
        for exporter in EXPORTERS.values()
    )


def render(
    timeline: Timeline,
    fmt: str,
    *,
    title: str = "",
    stamp: dt.datetime | None = None,
    dates: int | None = None,
    per_date: int = 1,
) -> str:
    """The timeline in format ``fmt`` (one of :data:`FORMATS`); ``dates`` and ``per_date``
    are key-dates' T and K."""
    return _exporter(fmt).render(timeline, ExportOptions(title, stamp, dates, per_date))


def left_out(timeline: Timeline, fmt: str) -> list[Event]:
    """The events format ``fmt`` cannot place on a date (and so leaves out)."""
    return _exporter(fmt).left_out(timeline)


def _exporter(fmt: str) -> Exporter:
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return exporter
