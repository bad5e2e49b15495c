"""Make a new event from a sentence of an article: the :class:`~tui.model.edits.AddEvent` edit."""

from __future__ import annotations

from tui.model.edits import AddEvent
from tui.model.ids import event_id, free_id
from tui.model.timeline import Article, Timeline


def detect_date(sentence: str, article: Article) -> str | None:
    """The first date the temporal tagger finds in ``sentence``, as EDTF, or ``None``.

    The expression becomes a date by the same function as in ``newsline extract``.
    """
    # Imported here: the tagger's patterns and the extractor cost the reader's start-up about
    # a quarter of its import time, and are needed only when a sentence becomes an event.
    from tui.extract.events import event_date
    from tui.extract.temporal import tag

    for timex in tag(sentence, article.published):
        if date := event_date(timex):
            return date
    return None


def new_event_id(timeline: Timeline, title: str, date: str | None) -> str:
    """A readable id not yet in ``timeline``, by extraction's scheme (``2023-09-10-kim-heads``)."""
    return free_id(event_id(date, title), timeline.event_by_id)


def new_event_edit(timeline: Timeline, article: Article, quote: str, actors: list[str]) -> AddEvent:
    """The edit that adds an event quoting ``quote`` from ``article`` (written by the reader
    through :func:`tui.model.edits.apply_edit`, so that it is undoable like any other).

    The title is the quote, cut at a word near 80 characters; the date is the first one the
    temporal tagger finds in the quote; the id follows extraction's scheme.
    """
    quote = " ".join(quote.split())
    title = quote if len(quote) <= 80 else quote[:77].rsplit(" ", 1)[0] + "…"
    date = detect_date(quote, article)
    return AddEvent(
        event_id=new_event_id(timeline, title, date),
        title=title,
        date=date,
        actors=tuple(actors),
        sources=((article.id, quote),),
    )
