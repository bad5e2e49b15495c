"""The in-memory timeline: articles, actors and events as ``timeline.yaml`` describes them.

These are plain values. Loading and validation live in :mod:`tui.model.loader`, writing in
:mod:`tui.model.writer`; nothing here touches the disk or the terminal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from tui.model.dates import EventDate, PartialDate
from tui.model.diagnostics import Diagnostic
from tui.model.records import record

# The records below are dataclasses (fields(), replace()) that write their own __init__ and
# take __eq__ and __repr__ from tui.model.records.record: compiled at import, the dataclass
# methods cost the reader's first frame millions of instructions each (see records).

FORMAT_VERSION = 1
TIMELINE_FILENAME = "timeline.yaml"

# The format's field names, in the order new items are written.
TOP_LEVEL_FIELDS = ("version", "articles", "actors", "events", "extracted")
ARTICLE_FIELDS = ("id", "path", "title", "published", "byline", "source", "url")
ACTOR_FIELDS = ("id", "name", "kind", "aliases", "description")
EVENT_FIELDS = (
    "id",
    "date",
    "date_text",
    "status",
    "title",
    "actors",
    "sources",
    "tags",
    "notes",
    "reviewed",
)
SOURCE_FIELDS = ("article", "quote")


def timeline_file(path: str | Path) -> Path:
    """``path`` as a user gives it: a timeline file, or a folder holding ``timeline.yaml``."""
    candidate = Path(path)
    try:
        is_folder = candidate.is_dir()
    except (OSError, ValueError):  # too long a name, a NUL: opening it says why
        is_folder = False
    return candidate / TIMELINE_FILENAME if is_folder else candidate


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    GROUP = "group"


class EventStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    EXPECTED = "expected"


class MatchKind(StrEnum):
    """How a source quote was found in its article."""

    EXACT = "exact"
    NORMALIZED = "normalized"  # equal once whitespace, quote marks and dashes are folded
    FUZZY = "fuzzy"


class Position(NamedTuple):
    """1-based line and column of a node in ``timeline.yaml``."""

    line: int
    column: int


# The position of an item made in memory, not read from a file.
NO_POSITION = Position(0, 0)


@record()
class Article:
    id: str
    path: str  # as written in timeline.yaml, relative to its folder
    title: str = ""
    published: dt.date | None = None
    byline: str = ""
    source: str = ""
    url: str = ""
    position: Position = NO_POSITION
    file: Path | None = None  # path resolved against the timeline's folder

    def __init__(
        self,
        id: str,
        path: str,
        title: str = "",
        published: dt.date | None = None,
        byline: str = "",
        source: str = "",
        url: str = "",
        position: Position = NO_POSITION,
        file: Path | None = None,
    ) -> None:
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.byline = byline
        self.source = source
        self.url = url
        self.position = position
        self.file = file


@record()
class Actor:
    id: str
    name: str
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = ()
    description: str = ""
    position: Position = NO_POSITION

    def __init__(
        self,
        id: str,
        name: str,
        kind: ActorKind = ActorKind.PERSON,
        aliases: tuple[str, ...] = (),
        description: str = "",
        position: Position = NO_POSITION,
    ) -> None:
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.description = description
        self.position = position

    @property
    def names(self) -> tuple[str, ...]:
        """The name and every alias, the name first."""
        return (self.name, *self.aliases)


class Anchor(NamedTuple):
    """Where a source quote sits in its article's text (Python string indices). Position and
    Anchor are NamedTuples (see tui.model.diagnostics.Diagnostic)."""

    start: int
    end: int
    sentence: int  # index into the article's sentences
    match: MatchKind = MatchKind.EXACT
    score: float = 100.0


@record()
class Source:
    article: str  # article id
    quote: str
    position: Position = NO_POSITION
    anchor: Anchor | None = None

    def __init__(
        self,
        article: str,
        quote: str,
        position: Position = NO_POSITION,
        anchor: Anchor | None = None,
    ) -> None:
        self.article = article
        self.quote = quote
        self.position = position
        self.anchor = anchor


@record()
class Event:
    id: str
    title: str
    date: EventDate | None = None
    date_text: str = ""
    status: EventStatus = EventStatus.OCCURRED
    actors: tuple[str, ...] = ()
    sources: list[Source] = field(default_factory=list)
    tags: tuple[str, ...] = ()
    notes: str = ""
    # Whether a person has checked the event (`reviewed: true`); absent means False.
    reviewed: bool = False
    position: Position = NO_POSITION
    # For an undated event: the publication date of its first source, used only for sorting.
    fallback_date: dt.date | None = None

    def __init__(
        self,
        id: str,
        title: str,
        date: EventDate | None = None,
        date_text: str = "",
        status: EventStatus = EventStatus.OCCURRED,
        actors: tuple[str, ...] = (),
        sources: list[Source] | None = None,
        tags: tuple[str, ...] = (),
        notes: str = "",
        reviewed: bool = False,
        position: Position = NO_POSITION,
        fallback_date: dt.date | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.date = date
        self.date_text = date_text
        self.status = status
        self.actors = actors
        self.sources = [] if sources is None else sources
        self.tags = tags
        self.notes = notes
        self.reviewed = reviewed
        self.position = position
        self.fallback_date = fallback_date

    @property
    def is_dated(self) -> bool:
        return self.date is not None

    def sort_key(self) -> tuple[int, tuple[dt.date, int, dt.date], str]:
        """Dated events in date order, then undated ones by their publication date."""
        if self.date is not None:
            return (0, self.date.sort_key(), self.id)
        day = self.fallback_date or dt.date.max
        return (1, (day, 0, day), self.id)

    def date_label(self) -> str:
        """The date at its real precision, or ``undated (published Mon 11 Sep 2023)``."""
        if self.date is not None:
            return self.date.label()
        if self.fallback_date is not None:
            return f"undated (published {PartialDate.from_date(self.fallback_date).label()})"
        return "undated"


@record(slots=False)
class Timeline:
    """A whole ``timeline.yaml``: what it says, where it is, and where each item was written."""

    path: Path
    version: int = FORMAT_VERSION
    articles: list[Article] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Ids `newsline extract` has proposed; one listed here but absent from events was deleted.
    extracted: list[str] = field(default_factory=list)

    def __init__(
        self,
        path: Path,
        version: int = FORMAT_VERSION,
        articles: list[Article] | None = None,
        actors: list[Actor] | None = None,
        events: list[Event] | None = None,
        extracted: list[str] | None = None,
    ) -> None:
        self.path = path
        self.version = version
        self.articles = [] if articles is None else articles
        self.actors = [] if actors is None else actors
        self.events = [] if events is None else events
        self.extracted = [] if extracted is None else extracted

    @property
    def folder(self) -> Path:
        return self.path.parent

    @cached_property
    def article_by_id(self) -> dict[str, Article]:
        return {article.id: article for article in self.articles}

    @cached_property
    def actor_by_id(self) -> dict[str, Actor]:
        return {actor.id: actor for actor in self.actors}

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return {event.id: event for event in self.events}

    def events_in_order(self) -> list[Event]:
        """Every event, dated ones in date order, undated ones last (as :meth:`Event.sort_key`).

        Each date's key is made once: the loader gives events written with the same date one
        shared :class:`EventDate`, and 20,000 events have a few thousand dates at most.
        """
        keys: dict[int, tuple[dt.date, int, dt.date]] = {}

        def key(event: Event) -> tuple[int, tuple[dt.date, int, dt.date], str]:
            date = event.date
            if date is None:
                return event.sort_key()
            known = keys.get(id(date))  # the dates outlive the sort: their ids stay theirs
            if known is None:
                known = keys[id(date)] = date.sort_key()
            return (0, known, event.id)

        return sorted(self.events, key=key)


@record()
class LoadResult:
    """What loading produced: the timeline (``None`` when unreadable) and every problem found."""

    path: Path
    timeline: Timeline | None
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __init__(
        self, path: Path, timeline: Timeline | None, diagnostics: list[Diagnostic] | None = None
    ) -> None:
        self.path = path
        self.timeline = timeline
        self.diagnostics = [] if diagnostics is None else diagnostics

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.is_error]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if not d.is_error]

    @property
    def ok(self) -> bool:
        return self.timeline is not None and not self.errors


# The Events list opens past outliers (one event dated 1701 does not greet a 1989-2006 story):
# on the first event on or after the day that 2.5 % of the dated events precede, once there
# are this many dated events; with fewer, on the first event.
OPENING_MIN_DATED = 40


def opening_rank(dated: int) -> int:
    """Among ``dated`` events sorted by day, the index of the day the Events list opens on."""
    return int(dated * 0.025) if dated >= OPENING_MIN_DATED else 0
