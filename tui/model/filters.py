"""Filters over the events: actor, tag, status and date range, combined with AND.

Textual-free, so that the reader and the commands (``newsline export --actor ...``) keep
exactly the same events for the same choices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import field, replace

from tui.model.dates import parse_event_date
from tui.model.records import record
from tui.model.timeline import Event, EventStatus, Timeline


@record(frozen=True)
class Filters:
    """What the Events pane shows; empty means everything. (Its value methods are
    tui.model.records', not compiled at import.)"""

    actors: frozenset[str] = field(default_factory=frozenset)
    tag: str | None = None
    status: EventStatus | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    # Full-text search's "filter events to matches": events whose title or a quote holds it.
    matching: str = ""
    # True: only events with `reviewed: true`; False: only those without it.
    reviewed: bool | None = None

    def __init__(
        self,
        actors: frozenset[str] = frozenset(),
        tag: str | None = None,
        status: EventStatus | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        matching: str = "",
        reviewed: bool | None = None,
    ) -> None:
        set_field = object.__setattr__
        set_field(self, "actors", actors)
        set_field(self, "tag", tag)
        set_field(self, "status", status)
        set_field(self, "date_from", date_from)
        set_field(self, "date_to", date_to)
        set_field(self, "matching", matching)
        set_field(self, "reviewed", reviewed)

    @property
    def active(self) -> bool:
        """Whether any filter is set."""
        return bool(
            self.actors
            or self.tag
            or self.status
            or self.date_from
            or self.date_to
            or self.matching
            or self.reviewed is not None
        )

    def keeps(self, event: Event) -> bool:
        """Whether ``event`` passes every filter."""
        if self.actors and not self.actors.intersection(event.actors):
            return False
        if self.tag is not None and self.tag not in event.tags:
            return False
        if self.status is not None and event.status is not self.status:
            return False
        if self.reviewed is not None and event.reviewed is not self.reviewed:
            return False
        if self.date_from is not None or self.date_to is not None:
            if event.date is None:
                return False
            if self.date_from is not None and event.date.last_day < self.date_from:
                return False
            if self.date_to is not None and event.date.first_day > self.date_to:
                return False
        return not self.matching or event_matches(event, self.matching)

    def apply(self, events: list[Event]) -> list[Event]:
        """The events that pass, in their order."""
        return [event for event in events if self.keeps(event)] if self.active else events

    def toggle_actor(self, actor_id: str) -> Filters:
        """Add ``actor_id`` to the filter, or remove it when it is there."""
        actors = self.actors ^ {actor_id}
        return replace(self, actors=frozenset(actors))

    def describe(self, timeline: Timeline | None) -> str:
        """``actor: Kim Jong Un · tag: summit · planned · 2023-09..2023-10`` for the header."""
        parts = []
        if self.actors:
            names = [
                timeline.actor_by_id[a].name if timeline and a in timeline.actor_by_id else a
                for a in sorted(self.actors)
            ]
            parts.append("actor: " + ", ".join(names))
        if self.tag:
            parts.append(f"tag: {self.tag}")
        if self.status:
            parts.append(f"status: {self.status.value}")
        if self.date_from or self.date_to:
            left = self.date_from.isoformat() if self.date_from else "…"
            right = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"dates: {left}..{right}")
        if self.reviewed is not None:
            parts.append("reviewed" if self.reviewed else "unreviewed")
        if self.matching:
            parts.append(f"matching: {self.matching}")
        return " · ".join(parts)


def event_matches(event: Event, text: str) -> bool:
    """Whether ``event``'s title or one of its quotes holds ``text`` (ignoring case)."""
    needle = text.strip().casefold()
    if not needle:
        return False
    return needle in event.title.casefold() or any(
        needle in source.quote.casefold() for source in event.sources
    )


def with_events(timeline: Timeline, events: Sequence[Event]) -> Timeline:
    """A copy of ``timeline`` holding only ``events`` (articles and actors kept whole)."""
    return replace(timeline, events=list(events))


def filter_timeline(timeline: Timeline, filters: Filters) -> Timeline:
    """``timeline`` with only the events ``filters`` keep, for an export of what one reads."""
    if not filters.active:
        return timeline
    return with_events(timeline, [event for event in timeline.events if filters.keeps(event)])


def parse_date_range(text: str) -> tuple[dt.date | None, dt.date | None]:
    """``2023-09``, ``2023-09-01..2023-09-15``, ``2023..`` or ``..2023-10`` to first/last days.

    Raises ``ValueError`` with a readable message when the text is not a range.
    """
    text = text.strip()
    if not text:
        return None, None
    separator = ".." if ".." in text else ("/" if "/" in text else None)
    if separator is None:
        date = parse_event_date(text)
        return date.first_day, date.last_day
    left, right = (part.strip() for part in text.split(separator, 1))
    start = parse_event_date(left).first_day if left else None
    end = parse_event_date(right).last_day if right else None
    if start and end and start > end:
        raise ValueError(f"{left} is after {right}")
    return start, end
