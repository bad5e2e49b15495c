"""JSON: everything in the timeline, with date precision and quote positions."""

from __future__ import annotations

import json

from tui.model.dates import Qualifier
from tui.model.export.base import (
    PRECISION_NAMES,
    Exporter,
    Row,
    escape_json_extras,
    rows,
)
from tui.model.timeline import Source, Timeline


def to_json(timeline: Timeline) -> str:
    """Everything in the timeline as one JSON document, events in time order.

    Dates keep their precision: ``date`` is the EDTF text as written, ``start``/``end`` the
    first and last day it covers, ``precision`` year, month or day. Resolved sources carry
    their character span and sentence index in the article.
    """
    articles = [
        {
            "id": article.id,
            "path": article.path,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "byline": article.byline,
            "source": article.source,
            "url": article.url,
        }
        for article in timeline.articles
    ]
    actors = [
        {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "aliases": list(actor.aliases),
            "description": actor.description,
        }
        for actor in timeline.actors
    ]
    events = [_event_json(row) for row in rows(timeline)]
    document = {
        "version": timeline.version,
        "articles": articles,
        "actors": actors,
        "events": events,
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    # json escapes C0 controls itself; C1 controls and bidi overrides it leaves raw.
    return escape_json_extras(text) + "\n"


def _event_json(row: Row) -> dict[str, object]:
    event, date = row.event, row.date
    return {
        "id": event.id,
        "date": date.edtf() if date else None,
        "start": row.first_day.isoformat() if date and row.first_day else None,
        "end": row.last_day.isoformat() if date and row.last_day else None,
        "precision": PRECISION_NAMES[date.precision] if date else None,
        "qualifier": _QUALIFIER_NAMES[date.qualifier] if date else "",
        "label": event.date_label(),
        "undated": date is None,
        "date_text": event.date_text,
        "status": event.status.value,
        "title": event.title,
        "actors": list(event.actors),
        "sources": [_source_json(source) for source in event.sources],
        "tags": list(event.tags),
        "notes": event.notes,
        "reviewed": event.reviewed,
    }


def _source_json(source: Source) -> dict[str, object]:
    out: dict[str, object] = {"article": source.article, "quote": source.quote}
    anchor = source.anchor
    if anchor is not None:
        out |= {
            "start": anchor.start,
            "end": anchor.end,
            "sentence": anchor.sentence,
            "match": anchor.match.value,
        }
    return out


_QUALIFIER_NAMES = {
    Qualifier.NONE: "",
    Qualifier.UNCERTAIN: "uncertain",
    Qualifier.APPROXIMATE: "approximate",
}

EXPORTER = Exporter(
    name="json",
    summary="everything, with date precision and quote positions",
    suffixes=(".json",),
    render=lambda timeline, options: to_json(timeline),
)
