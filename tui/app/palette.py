"""Command palette provider: jump to any event, actor or article by name; set filters.

The provider knows the reader through two narrow seams, so that it imports nothing of the app:
it READS a :class:`PaletteSource`, the app's state (the timeline and its events in order), and it
ACTS by posting one of the messages below, which the app handles like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import ClassVar, Literal, Protocol, runtime_checkable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message

from tui.model.diagnostics import printable
from tui.model.timeline import Event, EventStatus, Timeline

MAX_HITS = 60


@runtime_checkable
class PaletteSource(Protocol):
    """What the palette reads: the timeline (None before the first load) and its events."""

    @property
    def timeline(self) -> Timeline | None: ...

    @property
    def ordered(self) -> Sequence[Event]: ...


@runtime_checkable
class PaletteHost(Protocol):
    """An app the palette serves: its ``state`` is what the palette reads."""

    @property
    def state(self) -> PaletteSource: ...


class Jump(Message):
    """Go to an event, an actor or an article, chosen in the palette."""

    def __init__(self, kind: Literal["event", "actor", "article"], item_id: str) -> None:
        super().__init__()
        self.kind = kind
        self.item_id = item_id


class FilterBy(Message):
    """Show only events with this status or tag (``value`` None clears that filter), or
    (``field`` ``review``) only the events to review."""

    def __init__(
        self, field: Literal["status", "tag", "review"], value: EventStatus | str | None
    ) -> None:
        super().__init__()
        self.field = field
        self.value = value


class ClearFilters(Message):
    """Show every event."""


class AskDateRange(Message):
    """Ask the user for a date range to filter by."""


class AskExport(Message):
    """Ask the user for a file to export the events shown to."""


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    """One palette entry: what it shows, what makes the message it posts, and a line of help.

    ``message`` makes a fresh message each time: a Message instance is delivered only once.
    """

    text: str
    message: Callable[[], Message]
    help: str


def palette_commands(source: PaletteSource) -> list[PaletteCommand]:
    """Every palette entry for ``source``: filters first, then articles, actors and events."""
    commands = [
        PaletteCommand("Filter: date range…", AskDateRange, "show events within dates"),
        PaletteCommand("Filter: clear all", ClearFilters, "show every event"),
        PaletteCommand(
            "Filter: to review",
            partial(FilterBy, "review", None),
            "show only the extracted events nobody has reviewed (v walks them)",
        ),
    ]
    for status in EventStatus:
        commands.append(
            PaletteCommand(
                f"Filter: status {status.value}",
                partial(FilterBy, "status", status),
                "show only events with this status",
            )
        )
    timeline = source.timeline
    if timeline is None:
        return commands
    commands.append(
        PaletteCommand(
            "Export the current view…",
            AskExport,
            "write the events shown to a file; its suffix picks the format (.md .csv .json .ics)",
        )
    )
    for tag in sorted({tag for event in timeline.events for tag in event.tags}):
        commands.append(
            PaletteCommand(
                f"Filter: tag {tag}",
                partial(FilterBy, "tag", tag),
                "show only events with this tag",
            )
        )
    for article in timeline.articles:
        commands.append(
            PaletteCommand(
                f"Article: {article.title or article.path}",
                partial(Jump, "article", article.id),
                article.path,
            )
        )
    for actor in timeline.actors:
        commands.append(
            PaletteCommand(
                f"Actor: {actor.name}",
                partial(Jump, "actor", actor.id),
                f"{actor.kind} · {actor.id}",
            )
        )
    for event in source.ordered:
        commands.append(
            PaletteCommand(
                f"Event: {event.title}",
                partial(Jump, "event", event.id),
                f"{event.date_label()} · {event.id}",
            )
        )
    return commands


def _score(needle_words: list[str], haystack: str) -> float:
    """1.0 for a prefix match, less for a substring, 0 when a word is missing."""
    folded = haystack.casefold()
    if not all(word in folded for word in needle_words):
        return 0.0
    return (
        1.0
        if folded.startswith(needle_words[0])
        else 0.8 - min(0.5, folded.find(needle_words[0]) / 200)
    )


class ReaderCommands(Provider):
    """Events, actors, articles and filters of the loaded timeline."""

    # (timeline, events in order, their entries): one palette opening's entries.
    _cached: tuple[Timeline | None, Sequence[Event], list[PaletteCommand]] | None = None

    def _commands(self) -> list[PaletteCommand]:
        host = self.app
        if not isinstance(host, PaletteHost):
            return []
        source = host.state
        # Every keystroke searches again: build the entries once per loaded timeline, not per
        # key (20,000 events take ~100 ms to list, five times what scoring them takes).
        # A reload installs new objects, so identity tells when the entries are stale.
        cached = self._cached
        if cached is None or cached[0] is not source.timeline or cached[1] is not source.ordered:
            cached = (source.timeline, source.ordered, palette_commands(source))
            self._cached = cached
        return cached[2]

    def _runner(self, command: PaletteCommand) -> Callable[[], None]:
        """What the palette calls when ``command`` is chosen: post its message to the app."""

        def run() -> None:
            self.app.post_message(command.message())

        return run

    async def discover(self) -> Hits:
        """The first entries, shown before anything is typed: filters, then articles."""
        for command in self._commands()[: 9 + len(EventStatus)]:
            yield DiscoveryHit(
                Content(printable(command.text)),
                self._runner(command),
                text=command.text,
                help=printable(command.help),
            )

    async def search(self, query: str) -> Hits:
        """Entries holding every word of ``query``, prefix matches first."""
        words = query.casefold().split()
        if not words:
            return
        hits: list[tuple[float, PaletteCommand]] = []
        for command in self._commands():
            score = _score(words, command.text + " " + command.help)
            if score:
                hits.append((score, command))
                if len(hits) >= MAX_HITS * 4:
                    break
        hits.sort(key=lambda hit: -hit[0])
        for score, command in hits[:MAX_HITS]:
            # Content(...) is literal: event titles may contain [markup] and must show as text.
            yield Hit(
                score,
                Content(printable(command.text)),
                self._runner(command),
                text=command.text,
                help=printable(command.help),
            )


class MergeChosen(Message):
    """Merge ``absorbed_id`` into ``into_id`` (an event or an actor), chosen in the palette."""

    def __init__(self, kind: Literal["event", "actor"], absorbed_id: str, into_id: str) -> None:
        super().__init__()
        self.kind = kind
        self.absorbed_id = absorbed_id
        self.into_id = into_id


def merge_commands(
    source: PaletteSource, kind: Literal["event", "actor"], absorbed_id: str
) -> list[PaletteCommand]:
    """The items ``absorbed_id`` may be merged into: every other event, or every other actor."""
    timeline = source.timeline
    if timeline is None:
        return []
    if kind == "event":
        return [
            PaletteCommand(
                f"Into: {event.title}",
                partial(MergeChosen, "event", absorbed_id, event.id),
                f"{event.date_label()} · {event.id}",
            )
            for event in source.ordered
            if event.id != absorbed_id
        ]
    return [
        PaletteCommand(
            f"Into: {actor.name}",
            partial(MergeChosen, "actor", absorbed_id, actor.id),
            f"{actor.kind} · {actor.id}",
        )
        for actor in timeline.actors
        if actor.id != absorbed_id
    ]


class MergeTargets(ReaderCommands):
    """The palette's entries when merging: the other events (or actors), nothing else."""

    kind: ClassVar[Literal["event", "actor"]] = "event"
    absorbed_id: ClassVar[str] = ""

    @classmethod
    def for_item(cls, kind: Literal["event", "actor"], absorbed_id: str) -> type[MergeTargets]:
        """A provider class for merging ``absorbed_id`` (Textual makes one per palette)."""
        return type("MergeTargets", (cls,), {"kind": kind, "absorbed_id": absorbed_id})

    def _commands(self) -> list[PaletteCommand]:
        host = self.app
        if not isinstance(host, PaletteHost):
            return []
        if self._cached is None:
            source = host.state
            self._cached = (None, (), merge_commands(source, self.kind, self.absorbed_id))
        return self._cached[2]

    async def discover(self) -> Hits:
        """The first targets, shown before anything is typed."""
        for command in self._commands()[:MAX_HITS]:
            yield DiscoveryHit(
                Content(printable(command.text)),
                self._runner(command),
                text=command.text,
                help=printable(command.help),
            )
