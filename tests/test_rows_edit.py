"""The Events rows after one write, reused instead of built again: always the same rows as a
fresh build (headings of an emptied month or year gone), or None when a fresh build is needed."""

from __future__ import annotations

import random
from dataclasses import replace

from tui.app.panes.rows import RowIndex, build_rows, rows_after_edit
from tui.model.dates import parse_event_date
from tui.model.timeline import Event, EventStatus

DATES = ["2023", "2023-08", "2023-08-03", "2023-09", "2023-09-10", "2023-09-11", "2024-01-02", None]


def made(seed: int, count: int = 12) -> list[Event]:
    rnd = random.Random(seed)
    events = []
    for n in range(count):
        text = rnd.choice(DATES)
        events.append(Event(f"e{n}", f"Event {n}", date=parse_event_date(text) if text else None))
    return sorted(events, key=Event.sort_key)


def test_replaced_events_keep_their_rows_with_the_new_objects() -> None:
    for seed in range(30):
        old = made(seed)
        new = list(old)
        for index in random.Random(seed).sample(range(len(old)), 3):
            new[index] = replace(old[index], status=EventStatus.PLANNED, reviewed=True)
        rows = rows_after_edit(build_rows(old), old, new)
        assert rows == build_rows(new)
        assert rows is not None and all(r.event is None or r.event in new for r in rows)


def test_one_removed_event_leaves_the_rows_of_a_fresh_build() -> None:
    for seed in range(40):
        old = made(seed, count=random.Random(seed).randint(1, 10))
        for gone in range(len(old)):
            new = old[:gone] + old[gone + 1 :]
            assert rows_after_edit(build_rows(old), old, new) == build_rows(new), (seed, gone)


def test_anything_else_asks_for_a_fresh_build() -> None:
    old = made(1)
    moved = list(old)
    moved[0] = replace(old[0], date=parse_event_date("1999"))  # a new date label
    assert rows_after_edit(build_rows(old), old, moved) is None
    assert rows_after_edit(build_rows(old), old, old[2:]) is None  # two removed
    added = [*old, Event("new", "New")]
    assert rows_after_edit(build_rows(old), old, added) is None
    assert rows_after_edit(build_rows(old), old, list(reversed(old))) is None


def test_the_row_index_kept_through_removals_is_the_index_of_a_fresh_build() -> None:
    full = 0
    for seed in range(30):
        rnd = random.Random(seed)
        events = made(seed, count=rnd.randint(2, 50))
        rows = build_rows(events)
        index = RowIndex(rows)
        while len(events) > 1:
            before = list(events)
            gone = events.pop(rnd.randrange(len(events)))
            after = rows_after_edit(rows, before, events)
            assert after is not None
            if not index.removed(gone.id, len(rows) - len(after)):
                # Its log of shifts full: it changed nothing, and is made again.
                assert len(index._shifts) == RowIndex.MAX_SHIFTS and gone.id in index
                index, full = RowIndex(after), full + 1
            rows = after
            fresh = {row.event.id: n for n, row in enumerate(rows) if row.event is not None}
            assert index == fresh and dict(index) == fresh, (seed, gone.id)
            assert all(index.get(event.id) == fresh[event.id] for event in events)
    assert full  # some series were long enough to fill it
