"""Make a new event from a sentence of an article, written through ``edit_timeline``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from tui.model.ids import event_id, free_id
from tui.model.timeline import Article, Timeline
from tui.model.writer.editor import Sighting


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


def create_event_from_sentence(
    path: Path,
    timeline: Timeline,
    article: Article,
    quote: str,
    actors: list[str],
    seen: Sighting | None = None,
) -> str:
    """Append an event quoting ``quote`` from ``article`` to the file; return its id.

    Written through :func:`tui.model.writer.edit_timeline`: only when the file is still
    ``seen`` (the state the reader shows) and nobody is saving it; else
    :class:`tui.model.writer.FileChangedError` and nothing is written.
    """
    from tui.model.writer import edit_timeline

    quote = " ".join(quote.split())
    title = quote if len(quote) <= 80 else quote[:77].rsplit(" ", 1)[0] + "…"
    date = detect_date(quote, article)
    new_id = new_event_id(timeline, title, date)
    fields: dict[str, Any] = {"id": new_id, "title": title}
    if date:
        fields["date"] = date
    if actors:
        fields["actors"] = actors
    fields["sources"] = [{"article": article.id, "quote": quote}]
    edit_timeline(path, lambda document: document.add_event(fields), seen)
    return new_id


@dataclass(frozen=True, slots=True)
class Capture:
    """How capturing a sentence went: the new event's id (None: nothing written), what to tell
    the user and how loudly, and whether to reload (another program changed the file)."""

    event_id: str | None
    notice: str
    severity: Literal["information", "warning", "error"]
    reload: bool = False


def capture_sentence(
    path: Path,
    timeline: Timeline,
    article: Article,
    quote: str,
    actors: list[str],
    seen: Sighting | None = None,
) -> Capture:
    """:func:`create_event_from_sentence`, its failures turned into a :class:`Capture`."""
    from tui.model.writer import FileChangedError

    try:
        new_id = create_event_from_sentence(path, timeline, article, quote, actors, seen)
    except FileChangedError as error:
        # Someone else's save is in progress or was never shown: show it, write nothing.
        return Capture(None, str(error), "warning", reload=True)
    except Exception as error:  # a write that fails costs a message, never the reader
        return Capture(None, f"cannot add the event: {error}", "error")
    return Capture(new_id, f"added event {new_id}", "information")
