"""Writing with several jobs (issue 8): most events' lines are rendered by a helper process
forked beside the parent's own edits (``tui.extract.workers.Beside``); the file is the same
bytes as one process writes, a helper that dies changes nothing, and lines that do not read
back as the events meant are refused before anything reaches the disk."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from fork_support import reaped, spy_forks

from tui.commands import extract_write
from tui.commands.extract_write import RENDER_HELPER_FROM, write_extraction
from tui.extract import workers
from tui.extract.pipeline import ProposedEvent
from tui.model.timeline import Actor, ActorKind, EventStatus
from tui.model.writer import TimelineDocument
from tui.model.writer.text_edits import RenderedItems

EVENTS = RENDER_HELPER_FROM + 40  # enough for the helper


def _events() -> list[ProposedEvent]:
    """Events of the kinds extraction writes: quotes to escape, lists, dates of each precision."""
    dates = ["2023-09-04", "2023-09", "2023", "2023-09-04/2023-09-06"]
    return [
        ProposedEvent(
            id=f"2023-09-04-event-{number}",
            title=f"Event {number}: the mayor's \u201cnew\u201d bridge #{number}",
            date=dates[number % len(dates)],
            date_text="on Monday" if number % 3 else "",
            status=EventStatus.OCCURRED if number % 4 else EventStatus.PLANNED,
            actors=[f"actor-{number % 5}"] if number % 2 else [],
            sources=[(f"a{number % 7}", f"She said: 'it opens {number}' - yes"), ("b", "x: y")],
        )
        for number in range(EVENTS)
    ]


ACTORS = [Actor(f"actor-{n}", f"Actor {n}", ActorKind.PERSON, [f"A{n}"]) for n in range(5)]


def _write(path: Path, jobs: int) -> str | None:
    document = TimelineDocument.new(path)
    return write_extraction(document, [], ACTORS, {}, _events(), ["s1", "s2"], jobs=jobs)


def test_the_helper_writes_the_bytes_one_process_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _write(tmp_path / "one.yaml", jobs=1) is None
    forked = spy_forks(monkeypatch)
    assert _write(tmp_path / "two.yaml", jobs=2) is None
    assert len(forked) == 1 and reaped(forked[0])
    one = (tmp_path / "one.yaml").read_bytes()
    assert one == (tmp_path / "two.yaml").read_bytes()
    assert one.count(b"\n  - id: 2023-09-04-event-") == EVENTS


def test_few_events_or_one_job_need_no_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forked = spy_forks(monkeypatch)
    assert _write(tmp_path / "one.yaml", jobs=1) is None
    document = TimelineDocument.new(tmp_path / "few.yaml")
    few = _events()[: RENDER_HELPER_FROM - 1]
    assert write_extraction(document, [], ACTORS, {}, few, [], jobs=2) is None
    assert forked == []


def test_a_helper_that_dies_leaves_the_write_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper that ends without an answer (killed, out of memory): the lines are made
    here, and the file is the same."""
    assert _write(tmp_path / "one.yaml", jobs=1) is None
    parent = os.getpid()
    render = extract_write._render_events

    def dying(document: TimelineDocument, events: list[ProposedEvent]) -> RenderedItems:
        if os.getpid() != parent:
            os._exit(1)
        return render(document, events)

    monkeypatch.setattr(extract_write, "_render_events", dying)
    forked = spy_forks(monkeypatch)
    assert _write(tmp_path / "two.yaml", jobs=2) is None
    assert len(forked) == 1 and reaped(forked[0])
    assert (tmp_path / "one.yaml").read_bytes() == (tmp_path / "two.yaml").read_bytes()


def test_lines_that_do_not_read_back_are_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lines from the helper are checked as lines made here are: wrong ones (a bug) fail the
    write before the save, and the user's file stays as it was."""
    path = tmp_path / "timeline.yaml"
    original = b"# mine\nversion: 1\narticles: []\nactors: []\nevents: []\n"
    path.write_bytes(original)
    render = extract_write._render_events

    def wrong(document: TimelineDocument, events: list[ProposedEvent]) -> RenderedItems:
        right = render(document, events)
        return right._replace(lines=[line.replace("Event", "Evant") for line in right.lines])

    monkeypatch.setattr(extract_write, "_render_events", wrong)
    document = TimelineDocument.open(path)
    problem = write_extraction(document, [], ACTORS, {}, _events(), [], jobs=2)
    assert problem is not None and "did not read back" in problem
    assert path.read_bytes() == original


def test_items_rendered_ahead_are_used_only_at_their_column(tmp_path: Path) -> None:
    items = [{"id": f"e{n}", "title": f"T {n}", "date": "2023-09-04"} for n in range(3)]
    plain = TimelineDocument.new(tmp_path / "a.yaml")
    plain.add_items("events", items)
    ahead = TimelineDocument.new(tmp_path / "b.yaml")
    first = ahead.render_items("events", items[:1])
    ahead.add_items("events", items, rendered=first.joined(ahead.render_items("events", items[1:])))
    assert ahead.text() == plain.text()
    # Lines for another column, or for other items, are not taken: made here instead.
    moved = TimelineDocument.new(tmp_path / "c.yaml")
    rendered = moved.render_items("events", items)
    moved.add_items("events", items, rendered=rendered._replace(column=rendered.column + 4))
    assert moved.text() == plain.text()
    short = TimelineDocument.new(tmp_path / "d.yaml")
    short.add_items("events", items, rendered=short.render_items("events", items[:2]))
    assert short.text() == plain.text()
    with pytest.raises(ValueError):
        first.joined(first._replace(column=first.column + 2))


def test_beside_computes_where_it_can_and_ends_its_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    with workers.Beside(lambda: ("from", os.getpid() != parent)) as helper:
        assert helper.result() == ("from", True)  # made by the helper
    with workers.Beside(lambda: os._exit(3) if os.getpid() != parent else "here") as dying:
        assert dying.result() == "here"
    # A value never asked for: the helper is ended and reaped on leaving.
    forked = spy_forks(monkeypatch)
    with workers.Beside(lambda: time.sleep(60)):
        pass
    assert len(forked) == 1 and reaped(forked[0])
