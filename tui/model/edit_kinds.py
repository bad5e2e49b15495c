"""The curation edits as data: one small frozen dataclass per edit (see :mod:`tui.model.edits`
for what each does and :func:`~tui.model.edits.apply_edit`, which writes one)."""

from __future__ import annotations

from dataclasses import dataclass

from tui.model.writer.errors import WriterError


class EditError(WriterError, ValueError):
    """An edit that would make the timeline invalid (an empty title, an impossible date...);
    nothing was written."""


@dataclass(frozen=True, slots=True)
class Reject:
    event_id: str


@dataclass(frozen=True, slots=True)
class Accept:
    event_id: str


@dataclass(frozen=True, slots=True)
class SetStatus:
    event_id: str
    status: str


@dataclass(frozen=True, slots=True)
class Retitle:
    event_id: str
    title: str


@dataclass(frozen=True, slots=True)
class SetDate:
    event_id: str
    edtf: str | None
    date_text: str | None = None


@dataclass(frozen=True, slots=True)
class SetTags:
    event_id: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SetActors:
    event_id: str
    actor_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MergeEvents:
    absorbed_id: str
    into_id: str


@dataclass(frozen=True, slots=True)
class MergeActors:
    absorbed_id: str
    into_id: str


@dataclass(frozen=True, slots=True)
class AddEvent:
    """A new event; ``sources`` are ``(article_id, quote)`` pairs."""

    event_id: str
    title: str
    date: str | None = None
    actors: tuple[str, ...] = ()
    sources: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ()


Edit = (
    Reject
    | Accept
    | SetStatus
    | Retitle
    | SetDate
    | SetTags
    | SetActors
    | MergeEvents
    | MergeActors
    | AddEvent
)
