"""CSV: one row per event, for a spreadsheet."""

from __future__ import annotations

import csv
import io

from tui.model.export.base import (
    PRECISION_NAMES,
    Exporter,
    article_label,
    clean,
    one_line,
    rows,
)
from tui.model.timeline import Timeline

CSV_COLUMNS = (
    "id",
    "date",
    "start",
    "end",
    "precision",
    "label",
    "date_text",
    "status",
    "title",
    "actors",
    "actor_ids",
    "tags",
    "sources",
    "articles",
    "quotes",
    "notes",
    "reviewed",
)
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    text = clean(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(timeline: Timeline) -> str:
    """One row per event, in time order, for a spreadsheet.

    Starts with a UTF-8 byte-order mark and uses CRLF line ends, which is what spreadsheet
    programs look for; several actors, tags or quotes share one cell, one per line.
    """
    articles = timeline.article_by_id
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows(timeline):
        event, date = row.event, row.date
        writer.writerow(
            [
                _cell(event.id),
                date.edtf() if date else "",
                row.first_day.isoformat() if date and row.first_day else "",
                row.last_day.isoformat() if date and row.last_day else "",
                PRECISION_NAMES[date.precision] if date else "",
                _cell(event.date_label()),
                _cell(event.date_text),
                event.status.value,
                _cell(event.title),
                _cell("\n".join(row.actor_names)),
                _cell("\n".join(event.actors)),
                _cell("\n".join(event.tags)),
                len(event.sources),
                _cell(
                    "\n".join(
                        article_label(articles.get(s.article), s.article) for s in event.sources
                    )
                ),
                _cell("\n".join(one_line(source.quote) for source in event.sources)),
                _cell(event.notes),
                "true" if event.reviewed else "false",
            ]
        )
    return out.getvalue()


EXPORTER = Exporter(
    name="csv",
    summary="one row per event for a spreadsheet",
    suffixes=(".csv",),
    render=lambda timeline, options: to_csv(timeline),
)
