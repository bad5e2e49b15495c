"""Sort keys, row labels and ruler days are made once per date object (issue 8: install speed).

Events written with the same date share one ``EventDate`` (the loader reads each date text
once); the reader's ordering, the Events rows and the ruler reuse per-date work. They must
give exactly what the per-event definitions give.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tui.app.panes.events import _ordinals
from tui.app.panes.rows import RowKind, build_rows, event_day, row_date_label
from tui.model.dates import parse_event_date
from tui.model.loader import load_timeline
from tui.model.timeline import Event, Timeline

ROOT = Path(__file__).resolve().parent.parent
DATES = ["2023", "2023-09", "2023-09-10", "2023-09-09/2023-09-11", "2023-09-10~", "2022-12-31?"]


def _events(seed: int) -> list[Event]:
    rng = random.Random(seed)
    shared = {text: parse_event_date(text) for text in DATES}
    events = []
    for number in range(300):
        choice = rng.random()
        if choice < 0.5:
            date = shared[rng.choice(DATES)]  # shared, as the loader gives them
        elif choice < 0.8:
            date = parse_event_date(rng.choice(DATES))  # equal value, another object
        else:
            date = None
        event = Event(id=f"e{rng.randrange(1000):03d}-{number}", title="t", date=date)
        if date is None and rng.random() < 0.7:
            event.fallback_date = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
        events.append(event)
    return events


def test_events_in_order_is_the_per_event_order() -> None:
    for seed in range(5):
        timeline = Timeline(Path("t.yaml"), events=_events(seed))
        assert timeline.events_in_order() == sorted(timeline.events, key=Event.sort_key)


def test_rows_and_ruler_days_are_the_per_event_ones() -> None:
    for seed in range(5):
        ordered = sorted(_events(seed), key=Event.sort_key)
        rows = [row for row in build_rows(ordered) if row.kind is RowKind.EVENT]
        assert [row.event for row in rows] == ordered
        assert [row.label for row in rows] == [row_date_label(event) for event in ordered]
        expected = [day.toordinal() for e in ordered if (day := event_day(e)) is not None]
        assert _ordinals(ordered) == expected


def test_the_loader_shares_one_date_object_per_date_text() -> None:
    timeline = load_timeline(ROOT / "timeline.yaml", resolve_sources=False).timeline
    assert timeline is not None
    by_text: dict[str, set[int]] = {}
    for event in timeline.events:
        if event.date is not None:
            by_text.setdefault(event.date.edtf(), set()).add(id(event.date))
    assert by_text and all(len(ids) == 1 for ids in by_text.values())
    assert any(
        sum(e.date is not None and e.date.edtf() == text for e in timeline.events) > 1
        for text in by_text
    )  # the seeds do repeat a date: sharing was tested
