"""Planning a curation edit: check it against the timeline, then say what to write (splices
of the touched items, through the writer) and how the in-memory timeline changes
(:class:`~tui.model.history.ListChange`). One planner per kind of edit; :func:`plan_edit`
picks it. Nothing here writes: :func:`tui.model.edits.apply_edit` does, once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from tui.model.dates import DateError, EventDate, parse_event_date
from tui.model.edit_kinds import (
    Accept,
    AddEvent,
    Edit,
    EditError,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetActors,
    SetDate,
    SetStatus,
    SetTags,
)
from tui.model.history import ListChange
from tui.model.timeline import Actor, Event, EventStatus, Source, Timeline
from tui.model.writer.document import TimelineDocument
from tui.model.writer.errors import UnknownIdError
from tui.model.writer.field_edits import Append
from tui.model.writer.item_edits import Splice

# --- planning: check the edit against the timeline, say what to write and what changes ------

WriteStep = Callable[[TimelineDocument], "Splice | None"]


@dataclass(slots=True)
class Plan:
    steps: list[WriteStep]
    model: list[ListChange]
    description: str
    focus: str | None


def plan_edit(timeline: Timeline, edit: Edit) -> Plan:
    planner = _PLANNERS.get(type(edit))
    if planner is None:
        raise TypeError(f"not an edit: {edit!r}")
    return planner(timeline, edit)


def _event(timeline: Timeline, event_id: str) -> tuple[int, Event]:
    event = timeline.event_by_id.get(event_id)
    if event is not None:
        for index, candidate in enumerate(timeline.events):
            if candidate is event:
                return index, event
    raise UnknownIdError(f"no event with id {event_id!r}")


def _actor(timeline: Timeline, actor_id: str) -> tuple[int, Actor]:
    actor = timeline.actor_by_id.get(actor_id)
    if actor is not None:
        for index, candidate in enumerate(timeline.actors):
            if candidate is actor:
                return index, actor
    raise UnknownIdError(f"no actor with id {actor_id!r}")


def _set(section: str, item_id: str, changes: dict[str, object]) -> WriteStep:
    return lambda document: document.set_fields(section, item_id, changes)


def _field_plan(
    timeline: Timeline,
    event_id: str,
    changes: dict[str, object],
    model: dict[str, Any],
    description: str,
) -> Plan:
    """One event's fields changed: in the file (``changes``) and in memory (``model``)."""
    index, event = _event(timeline, event_id)
    if all(getattr(event, name) == value for name, value in model.items()):
        return Plan([], [], f"{event_id}: nothing to change", event_id)
    new = dataclasses.replace(event, **model)
    change = ListChange("events", index, (event,), (new,))
    return Plan([_set("events", event_id, changes)], [change], description, event_id)


def _plan_reject(timeline: Timeline, edit: Reject) -> Plan:
    index, event = _event(timeline, edit.event_id)
    step: WriteStep = lambda document: document.remove_item("events", edit.event_id)  # noqa: E731
    change = ListChange("events", index, (event,), ())
    return Plan([step], [change], f"rejected {edit.event_id}", None)


def _plan_accept(timeline: Timeline, edit: Accept) -> Plan:
    _index, event = _event(timeline, edit.event_id)
    if event.reviewed:
        return Plan([], [], f"{edit.event_id} is already reviewed", edit.event_id)
    return _field_plan(
        timeline,
        edit.event_id,
        {"reviewed": True},
        {"reviewed": True},
        f"accepted {edit.event_id}",
    )


def _plan_status(timeline: Timeline, edit: SetStatus) -> Plan:
    try:
        status = EventStatus(edit.status)
    except ValueError:
        options = ", ".join(status.value for status in EventStatus)
        raise EditError(f"status {edit.status!r} is not one of {options}") from None
    return _field_plan(
        timeline,
        edit.event_id,
        {"status": status.value},
        {"status": status},
        f"{edit.event_id} is now {status.value}",
    )


def _plan_retitle(timeline: Timeline, edit: Retitle) -> Plan:
    if not edit.title.strip():
        raise EditError("an event's title cannot be empty")
    return _field_plan(
        timeline,
        edit.event_id,
        {"title": edit.title},
        {"title": edit.title},
        f"retitled {edit.event_id}",
    )


def _plan_date(timeline: Timeline, edit: SetDate) -> Plan:
    _index, event = _event(timeline, edit.event_id)
    date_text = edit.date_text or None
    if edit.edtf is None:
        first = event.sources[0].article if event.sources else None
        article = timeline.article_by_id.get(first) if first else None
        model: dict[str, Any] = {
            "date": None,
            "date_text": date_text or "",
            "fallback_date": article.published if article else None,
        }
        return _field_plan(
            timeline,
            edit.event_id,
            {"date": None, "date_text": date_text},
            model,
            f"{edit.event_id} is now undated",
        )
    try:
        date = parse_event_date(edit.edtf)
    except DateError as problem:
        hint = f" ({problem.hint})" if problem.hint else ""
        raise EditError(f"invalid date: {problem.message}{hint}") from None
    model = {"date": date, "date_text": date_text or "", "fallback_date": None}
    return _field_plan(
        timeline,
        edit.event_id,
        {"date": date.edtf(), "date_text": date_text},
        model,
        f"{edit.event_id} is now dated {date.edtf()}",
    )


def _unique_texts(values: Iterable[str], what: str) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise EditError(f"{what} must be non-empty text, not {value!r}")
        if value not in out:
            out.append(value)
    return tuple(out)


def _plan_tags(timeline: Timeline, edit: SetTags) -> Plan:
    tags = _unique_texts(edit.tags, "a tag")
    return _field_plan(
        timeline,
        edit.event_id,
        {"tags": list(tags) or None},
        {"tags": tags},
        f"tags of {edit.event_id}: {', '.join(tags) or 'none'}",
    )


def _known_actors(timeline: Timeline, actor_ids: Sequence[str]) -> tuple[str, ...]:
    actors = _unique_texts(actor_ids, "an actor id")
    for actor_id in actors:
        if actor_id not in timeline.actor_by_id:
            raise UnknownIdError(f"no actor with id {actor_id!r}")
    return actors


def _plan_actors(timeline: Timeline, edit: SetActors) -> Plan:
    actors = _known_actors(timeline, edit.actor_ids)
    return _field_plan(
        timeline,
        edit.event_id,
        {"actors": list(actors) or None},
        {"actors": actors},
        f"actors of {edit.event_id}: {', '.join(actors) or 'none'}",
    )


def _source_fields(source: Source) -> dict[str, str]:
    return {"article": source.article, "quote": source.quote}


def _plan_merge_events(timeline: Timeline, edit: MergeEvents) -> Plan:
    if edit.absorbed_id == edit.into_id:
        raise EditError("an event cannot be merged into itself")
    absorbed_index, absorbed = _event(timeline, edit.absorbed_id)
    into_index, into = _event(timeline, edit.into_id)
    cited = {(source.article, source.quote) for source in into.sources}
    new_sources = [s for s in absorbed.sources if (s.article, s.quote) not in cited]
    actors = tuple(dict.fromkeys([*into.actors, *absorbed.actors]))
    tags = tuple(dict.fromkeys([*into.tags, *absorbed.tags]))
    date, date_text, notes = _merged_dating(into, absorbed)
    changes: dict[str, object] = {}
    if new_sources:
        changes["sources"] = Append(tuple(_source_fields(s) for s in new_sources))
    if actors != into.actors:
        changes["actors"] = list(actors)
    if tags != into.tags:
        changes["tags"] = list(tags)
    if date != into.date:
        changes["date"] = date.edtf() if date is not None else None
    if date_text != into.date_text:
        changes["date_text"] = date_text
    if notes != into.notes:
        changes["notes"] = notes
    merged = dataclasses.replace(
        into,
        sources=[*into.sources, *new_sources],
        actors=actors,
        tags=tags,
        date=date,
        date_text=date_text,
        notes=notes,
        fallback_date=into.fallback_date if date is None else None,
    )
    steps: list[WriteStep] = []
    if changes:
        steps.append(_set("events", edit.into_id, changes))
    steps.append(lambda document: document.remove_item("events", edit.absorbed_id))
    model = [ListChange("events", into_index, (into,), (merged,))]
    model.append(ListChange("events", absorbed_index, (absorbed,), ()))
    if edit.absorbed_id not in timeline.extracted:
        steps.append(_ledger_step(edit.absorbed_id))
        model.append(ListChange("extracted", len(timeline.extracted), (), (edit.absorbed_id,)))
    return Plan(steps, model, f"merged {edit.absorbed_id} into {edit.into_id}", edit.into_id)


def _merged_dating(into: Event, absorbed: Event) -> tuple[EventDate | None, str, str]:
    """The date, ``date_text`` and notes of ``into`` once ``absorbed`` is merged into it,
    so that nothing the absorbed event said is lost.

    The survivor's date stands; an undated survivor takes the absorbed one's. The absorbed
    ``date_text`` is kept where the survivor has none, when it names the date kept. The
    notes are joined (a note already there is not repeated), and when the absorbed event
    was dated otherwise, a line of the notes says how, since its words would be wrong as
    the survivor's ``date_text``.
    """
    date = into.date if into.date is not None else absorbed.date
    date_text = into.date_text
    if not date_text and absorbed.date_text and absorbed.date == date:
        date_text = absorbed.date_text
    added = []
    if absorbed.notes.strip() and absorbed.notes.strip() not in into.notes:
        added.append(absorbed.notes.strip())
    if absorbed.date != date and (absorbed.date is not None or absorbed.date_text):
        said = f"dated {absorbed.date.edtf()}" if absorbed.date is not None else "undated"
        if absorbed.date_text:
            said += f" (“{absorbed.date_text}”)"
        added.append(f"merged {absorbed.id}, {said}")
    if not added:
        return date, date_text, into.notes
    if not into.notes.strip() and added == [absorbed.notes.strip()]:
        return date, date_text, absorbed.notes  # as it was written, its last newline too
    kept = [into.notes.strip()] if into.notes.strip() else []
    return date, date_text, "\n\n".join([*kept, *added])


def _ledger_step(event_id: str) -> WriteStep:
    """Record ``event_id`` in ``extracted:`` so extraction never proposes it again."""

    def step(document: TimelineDocument) -> Splice | None:
        if event_id in document.extracted_ids():
            return None
        splice = document.append_list_values("extracted", [event_id])
        if splice is None:  # no ledger yet, or one in flow style: the writer's general way
            document.mark_extracted([event_id])
        return splice

    return step


def _plan_merge_actors(timeline: Timeline, edit: MergeActors) -> Plan:
    if edit.absorbed_id == edit.into_id:
        raise EditError("an actor cannot be merged into itself")
    absorbed_index, absorbed = _actor(timeline, edit.absorbed_id)
    into_index, into = _actor(timeline, edit.into_id)
    known = set(into.names)
    aliases = [name for name in dict.fromkeys(absorbed.names) if name not in known]
    steps: list[WriteStep] = []
    model: list[ListChange] = []
    if aliases:
        steps.append(_set("actors", edit.into_id, {"aliases": Append(tuple(aliases))}))
        merged = dataclasses.replace(into, aliases=(*into.aliases, *aliases))
        model.append(ListChange("actors", into_index, (into,), (merged,)))
    for index, event in enumerate(timeline.events):
        if edit.absorbed_id not in event.actors:
            continue
        actors = tuple(
            dict.fromkeys(edit.into_id if a == edit.absorbed_id else a for a in event.actors)
        )
        steps.append(_set("events", event.id, {"actors": list(actors)}))
        model.append(
            ListChange("events", index, (event,), (dataclasses.replace(event, actors=actors),))
        )
    steps.append(lambda document: document.remove_item("actors", edit.absorbed_id))
    model.append(ListChange("actors", absorbed_index, (absorbed,), ()))
    return Plan(steps, model, f"merged actor {edit.absorbed_id} into {edit.into_id}", edit.into_id)


def _plan_add(timeline: Timeline, edit: AddEvent) -> Plan:
    if not edit.event_id.strip():
        raise EditError("a new event needs an id")
    if edit.event_id in timeline.event_by_id:
        raise EditError(f"there is already an event with id {edit.event_id!r}")
    if not edit.title.strip():
        raise EditError("an event's title cannot be empty")
    actors = _known_actors(timeline, edit.actors)
    tags = _unique_texts(edit.tags, "a tag")
    for article_id, _quote in edit.sources:
        if article_id not in timeline.article_by_id:
            raise UnknownIdError(f"no article with id {article_id!r}")
    date = None
    if edit.date is not None:
        try:
            date = parse_event_date(edit.date)
        except DateError as problem:
            raise EditError(f"invalid date: {problem.message}") from None
    sources = [Source(article, quote) for article, quote in edit.sources]
    fallback = None
    if date is None and sources:
        first = timeline.article_by_id.get(sources[0].article)
        fallback = first.published if first is not None else None
    event = Event(
        id=edit.event_id,
        title=edit.title,
        date=date,
        actors=actors,
        sources=sources,
        tags=tags,
        fallback_date=fallback,
    )
    fields: dict[str, object] = {"id": edit.event_id, "title": edit.title}
    if date is not None:
        fields["date"] = date.edtf()
    if actors:
        fields["actors"] = list(actors)
    if sources:
        fields["sources"] = [_source_fields(source) for source in sources]
    if tags:
        fields["tags"] = list(tags)
    change = ListChange("events", len(timeline.events), (), (event,))
    step: WriteStep = lambda document: document.add_item_recorded("events", fields)  # noqa: E731
    return Plan([step], [change], f"added event {edit.event_id}", edit.event_id)


_PLANNERS: dict[type, Callable[[Timeline, Any], Plan]] = {
    Reject: _plan_reject,
    Accept: _plan_accept,
    SetStatus: _plan_status,
    Retitle: _plan_retitle,
    SetDate: _plan_date,
    SetTags: _plan_tags,
    SetActors: _plan_actors,
    MergeEvents: _plan_merge_events,
    MergeActors: _plan_merge_actors,
    AddEvent: _plan_add,
}
