"""The reader's curation state, without a widget: undo history, review queue, inspector switch.

:class:`Curation` belongs to :class:`~tui.app.state.ReaderState` (as ``state.curation``). It
holds this session's :class:`~tui.model.history.EditHistory` and the event each write was
about (to select it again on undo), the events to review (extraction proposed them and nobody
reviewed them: :func:`tui.model.edits.to_review`), the to-review filter, review mode, and the
inspector's switch. The functions below it say which event comes next after a removal or an
accept, and read a list of actor names typed in a prompt. Tested without an app in
tests/test_review.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.model.diagnostics import did_you_mean
from tui.model.ledger import is_to_review, to_review
from tui.model.timeline import Event, Timeline

if TYPE_CHECKING:
    from tui.model.history import EditHistory, EditRecord


class Curation:
    """What the curation keys change besides the file: history, review mode, inspector."""

    def __init__(self) -> None:
        self._history: EditHistory | None = None
        self._targets: dict[int, str | None] = {}
        self.to_review: frozenset[str] = frozenset()
        self._ledger: frozenset[str] = frozenset()  # the `extracted:` entries last installed
        self._ledger_size = 0
        self.only_to_review = False  # the to-review filter
        self.reviewing = False  # review mode (the filter is on while it lasts)
        self._filter_before_review = False
        self.inspector: bool | None = None  # None: on from 160 columns, off below

    @property
    def history(self) -> EditHistory:
        """This session's undo history, made on the first write or undo."""
        if self._history is None:
            # Imported here: the history brings the writer, which the reader's first paint
            # does not need (tests/test_smoke.py checks the start-up imports).
            from tui.model.history import EditHistory

            self._history = EditHistory()
        return self._history

    def install(self, timeline: Timeline) -> None:
        """Note which events of ``timeline`` are to review."""
        self._ledger = frozenset(timeline.extracted)
        self._ledger_size = len(timeline.extracted)
        self.to_review = frozenset(event.id for event in to_review(timeline))

    def update(self, timeline: Timeline, removed: Sequence[Event], added: Sequence[Event]) -> None:
        """After an in-place edit, look again only at the events that changed.

        Asking of every event costs a hash per source (about 20 ms on 20,000 events), on each
        key that writes. An edit that grew the ledger (a merge records the absorbed id) may
        concern other events too, so it is installed whole.
        """
        if len(timeline.extracted) != self._ledger_size:
            self.install(timeline)
            return
        ids = set(self.to_review).difference(event.id for event in removed)
        ids.update(event.id for event in added if is_to_review(event, self._ledger))
        self.to_review = frozenset(ids)

    def keep(self, events: list[Event]) -> list[Event]:
        """``events`` as the to-review filter keeps them (all when it is off)."""
        if not self.only_to_review:
            return events
        return [event for event in events if event.id in self.to_review]

    def counts(self) -> str:
        """`` · 312 to review`` for the header (empty when none), or the review mode's line."""
        left = len(self.to_review)
        if self.reviewing:
            return f" · REVIEW: {left} to review (a accepts, x rejects, esc leaves)"
        return f" · {left} to review" if left else ""

    # --- the history ---------------------------------------------------------------------------

    def wrote(self, record: EditRecord, target: str | None) -> None:
        """Remember a write of ours for undo, with the event it was about."""
        self.history.push(record)
        self._targets[id(record)] = target

    def target_of(self, record: EditRecord) -> str | None:
        """The event a write was about (None: unknown), to select after undoing it."""
        return self._targets.get(id(record))

    # --- review mode ---------------------------------------------------------------------------

    def start_review(self, kept: Sequence[Event], selected: str | None) -> str | None:
        """Enter review mode over ``kept`` (the events the other filters keep, in date order);
        the event to start at: ``selected`` when it is to review, else the first to review.
        None, and no review mode, when none of them is to review."""
        candidates = [event.id for event in kept if event.id in self.to_review]
        if not candidates:
            return None
        if not self.reviewing:
            self._filter_before_review = self.only_to_review
        self.reviewing = True
        self.only_to_review = True
        return selected if selected in candidates else candidates[0]

    def stop_review(self) -> None:
        """Leave review mode; the to-review filter is as it was before."""
        self.reviewing = False
        self.only_to_review = self._filter_before_review

    def next_to_review(self, kept: Sequence[Event], event_id: str) -> str | None:
        """The next event to review after ``event_id`` in ``kept`` (date order), else the first
        one before it; None when ``event_id`` is the last one left."""
        after: str | None = None
        first: str | None = None
        passed = False
        for event in kept:
            if event.id == event_id:
                passed = True
                continue
            if event.id not in self.to_review:
                continue
            if passed:
                after = event.id
                break
            if first is None:
                first = event.id
        return after or first


def after_removal(shown: Sequence[Event], event_id: str) -> str | None:
    """The event to select once ``event_id`` left ``shown``: the next one, else the one
    before (None: no other)."""
    ids = [event.id for event in shown]
    if event_id not in ids:
        return None
    index = ids.index(event_id)
    if index + 1 < len(ids):
        return ids[index + 1]
    return ids[index - 1] if index > 0 else None


def actor_ids_for(timeline: Timeline, text: str) -> tuple[tuple[str, ...], str | None]:
    """The actor ids of a comma-separated list of names, aliases or ids, and what is wrong
    with it (None: nothing). A name no actor has is refused with a did-you-mean."""
    by_name: dict[str, str] = {}
    for actor in timeline.actors:
        for name in (actor.id, *actor.names):
            by_name.setdefault(name.casefold(), actor.id)
    ids: list[str] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        actor_id = by_name.get(name.casefold())
        if actor_id is None:
            hint = did_you_mean(name, [actor.name for actor in timeline.actors])
            return (), f"no actor is called {name!r}{'; ' + hint if hint else ''}"
        if actor_id not in ids:
            ids.append(actor_id)
    return tuple(ids), None
