"""Make a new event from a sentence of an article, written through ``TimelineDocument``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tui.model.timeline import Article, Timeline


def detect_date(sentence: str, article: Article) -> str | None:
    """The first date the temporal tagger finds in ``sentence``, as EDTF, or ``None``."""
    try:
        from tui.extract.temporal import tag
    except ImportError:
        return None
    try:
        found = tag(sentence, article.published)
    except Exception:
        return None
    for item in found or []:
        for attribute in ("edtf", "value", "date"):
            value = getattr(item, attribute, None)
            if isinstance(value, str) and re.match(r"^\d{4}(-\d{2}){0,2}([/?~].*)?$", value):
                return value
            edtf = getattr(value, "edtf", None)
            if callable(edtf):
                return str(edtf())
    return None


def new_event_id(timeline: Timeline, title: str, date: str | None) -> str:
    """A readable id not yet in ``timeline``: ``2023-09-10-kim-heads-to-russia``."""
    words = re.findall(r"[a-z0-9]+", title.casefold())[:5]
    base = "-".join(([date.split("/")[0].rstrip("?~")] if date else []) + words) or "event"
    candidate, number = base, 2
    while candidate in timeline.event_by_id:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def create_event_from_sentence(
    path: Path, timeline: Timeline, article: Article, quote: str, actors: list[str]
) -> str:
    """Append an event quoting ``quote`` from ``article`` to the file; return its id."""
    from tui.model.writer import TimelineDocument

    quote = " ".join(quote.split())
    title = quote if len(quote) <= 80 else quote[:77].rsplit(" ", 1)[0] + "…"
    date = detect_date(quote, article)
    event_id = new_event_id(timeline, title, date)
    fields: dict[str, Any] = {"id": event_id, "title": title}
    if date:
        fields["date"] = date
    if actors:
        fields["actors"] = actors
    fields["sources"] = [{"article": article.id, "quote": quote}]
    document = TimelineDocument.open(path)
    document.add_event(fields)
    document.save()
    return event_id
