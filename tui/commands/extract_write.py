"""``newsline extract``'s writing: the timeline document opened alongside the extraction, and
what extraction found added to it in a few checked edits, then saved atomically.

Split from :mod:`tui.commands.extract`, which finds the articles and runs the extraction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from tui.model.loader import collector_paused
from tui.model.timeline import Actor

if TYPE_CHECKING:
    from tui.extract.pipeline import ProposedEvent
    from tui.extract.workers import Beside
    from tui.model.writer import TimelineDocument
    from tui.model.writer.text_edits import RenderedItems


class ArticleFile(Protocol):
    """What is written of an article (``tui.commands.extract.ArticleFile``)."""

    id: str
    relative: str  # its path as written in timeline.yaml
    title: str
    published: dt.date | None


TOO_COMPLEX = "the timeline is too complex to read in the memory available (MemoryError)"


class DocumentOpener:
    """The timeline document, read at once and parsed later, by :meth:`parse`.

    The file's bytes are read (and their state noted) when this is made, so that
    :meth:`TimelineDocument.save` refuses a hand edit made since; parsing them, which takes
    seconds on a big timeline, can then run while the workers extract. Raises ``OSError`` or
    ``WriterError`` when the file cannot be read, as ``TimelineDocument.open`` does.
    """

    def __init__(self, path: Path, *, exists: bool) -> None:
        from tui.model.writer import TimelineDocument

        self.path = path
        self.document: TimelineDocument | None = None
        self.problem = ""  # why there is no document, once parse() has run
        self._read = TimelineDocument.read(path) if exists else None

    def parse(self) -> None:
        """Make :attr:`document` (a new one when there was no file), or say why not in
        :attr:`problem`; never raises."""
        from tui.model.writer import TimelineDocument, WriterError

        try:
            if self._read is None:
                self.document = TimelineDocument.new(self.path)
            else:
                self.document = TimelineDocument(*self._read)
        except WriterError as error:
            self.problem = f"cannot open {self.path}: {error}"
        except MemoryError:
            self.problem = f"{self.path}: {TOO_COMPLEX}"
        self._read = None  # the bytes are not needed any more


# With several jobs and at least this many events, a helper process renders most of them
# while this one adds the articles and actors (below it, forking costs more than it saves).
RENDER_HELPER_FROM = 200
# The share of the events this process renders itself, after the articles and actors, while
# the helper renders the rest: about what balances the two.
OWN_SHARE = 0.3


def write_extraction(
    document: TimelineDocument,
    articles: list[ArticleFile],
    actors: list[Actor],
    aliases: dict[str, list[str]],
    events: list[ProposedEvent],
    ledger: list[str],
    jobs: int = 1,
) -> str | None:
    """Add everything to ``document`` and save it; None, or what went wrong (then the file on
    disk is untouched: every edit is in memory until the atomic save).

    With ``jobs`` > 1 (and enough events), most events' lines are rendered by a helper
    process forked now (:class:`tui.extract.workers.Beside`), beside the articles and
    actors added here: the write is the run's serial end, while the other cores idle. Its
    lines are checked as lines made here are, and made here should the helper fail.
    """
    from tui.model.writer import ConcurrentEditError, WriterError

    path = document.path
    try:
        # Thousands of new items and their nodes, none in a reference cycle: the garbage
        # collector would only walk them, and everything extraction left, again and again.
        with collector_paused():
            helped = jobs > 1 and len(events) >= RENDER_HELPER_FROM
            own = int(len(events) * OWN_SHARE) if helped else len(events)
            with _rendered_beside(document, events[own:]) as rest:
                document.add_items("articles", [_article_fields(article) for article in articles])
                document.add_items("actors", [_actor_fields(actor) for actor in actors])
                for actor_id, names in aliases.items():
                    document.add_aliases(actor_id, names)
                fields = [_event_fields(event) for event in events]
                rendered = None
                if rest is not None:
                    first = document.render_items("events", fields[:own])
                    with contextlib.suppress(ValueError):  # (a column moved: made here)
                        rendered = first.joined(rest.result())
                document.add_items("events", fields, rendered=rendered)
            # Remembered by source (tui.model.ledger), not by id: a better title is a new id.
            document.mark_extracted(ledger)
        document.save()
    except ConcurrentEditError:
        return (
            f"{path} changed while extracting. "
            "Run `newsline extract` again to extract against the new version"
        )
    except MemoryError:
        return f"{path}: {TOO_COMPLEX}"
    except WriterError as error:
        return str(error)
    except OSError as error:
        return f"cannot write {path}: {error.strerror or error}"
    return None


@contextlib.contextmanager
def _rendered_beside(
    document: TimelineDocument, events: list[ProposedEvent]
) -> Iterator[Beside[RenderedItems] | None]:
    """The lines of ``events``, rendered by a helper process forked now; None for none."""
    if not events:
        yield None
        return
    from tui.extract.workers import Beside

    with Beside(functools.partial(_render_events, document, events)) as helper:
        yield helper


def _render_events(document: TimelineDocument, events: list[ProposedEvent]) -> RenderedItems:
    return document.render_items("events", [_event_fields(event) for event in events])


def _drop_empty(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value not in ("", None, [], ())}


def _article_fields(article: ArticleFile) -> dict[str, Any]:
    return _drop_empty(
        {
            "id": article.id,
            "path": article.relative,
            "title": article.title,
            "published": article.published.isoformat() if article.published else None,
        }
    )


def _event_fields(event: ProposedEvent) -> dict[str, Any]:
    return _drop_empty(
        {
            "id": event.id,
            "title": event.title,
            "date": event.date,
            "date_text": event.date_text,
            "status": event.status.value,
            "actors": list(event.actors),
            "sources": [{"article": a, "quote": q} for a, q in event.sources],
        }
    )


def _actor_fields(actor: Actor) -> dict[str, Any]:
    return _drop_empty(
        {
            "id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "aliases": list(actor.aliases),
        }
    )
