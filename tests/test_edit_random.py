"""Random series of curation edits on two layouts and both line endings: each stays valid and
the series undoes to the original bytes."""

from __future__ import annotations

import pytest
from conftest import A1, A2, make_corpus
from edit_support import TEXT, assert_same_as_fresh_load, seen

from tui.model.edits import (
    Accept,
    AddEvent,
    MergeActors,
    MergeEvents,
    Reject,
    Retitle,
    SetActors,
    SetDate,
    SetStatus,
    SetTags,
    apply_edit,
)
from tui.model.history import EditHistory
from tui.model.loader import load_timeline
from tui.model.writer import (
    TimelineEditor,
    WriterError,
)

# A layout unlike the reader's own: lists not indented under their key, blank lines and
# comments between events, a block-scalar title, quoted values, a flow mapping source.
ODD_LAYOUT = f"""\
version: 1
articles:
- id: rohani
  path: seeds/{A1}
  published: 2023-09-11
- id: topnews
  path: "seeds/{A2}"
  published: 2023-09-11
actors:
- {{id: kim, name: Kim Jong Un, aliases: [Kim]}}
- id: putin
  name: Vladimir Putin
  aliases:
  - Putin
- id: shoigu
  name: Shoigu

events:
# first the letters
- id: letters
  title: |
    Kim and Putin
    exchange letters
  date: '2023-08'
  actors: [kim, putin]   # both of them

- id: summit
  title: "Kim and Putin meet"
  status: planned
  sources:
  - {{article: rohani, quote: "Vladivostok by armored train"}}
  tags:
  - diplomacy
  - summit
  # the end of the summit

- id: exercises
  title: Russia considers joint exercises
  actors:
  - shoigu
  notes: >-
    Said by Shoigu
    in Moscow
extracted: [letters, summit]
"""


def _random_edit(rng, timeline):
    events = [event.id for event in timeline.events]
    actors = [actor.id for actor in timeline.actors]
    tags = ["diplomacy", "summit", "arms", "travel: far", "# hash"]
    kind = rng.choice(
        [
            "accept",
            "status",
            "retitle",
            "date",
            "tags",
            "actors",
            "merge",
            "merge-actors",
            "add",
            "reject",
        ]
    )
    event = rng.choice(events)
    if kind == "accept":
        return Accept(event)
    if kind == "status":
        return SetStatus(event, rng.choice(["occurred", "planned", "expected"]))
    if kind == "retitle":
        return Retitle(event, rng.choice(["New title", "Title: with colon", "'quoted'", "é ü"]))
    if kind == "date":
        return SetDate(
            event,
            rng.choice([None, "2023", "2023-09-10", "2023-08-01/2023-08-10", "2023-09~"]),
            rng.choice([None, "early August", "on Sunday"]),
        )
    if kind == "tags":
        return SetTags(event, tuple(rng.sample(tags, rng.randint(0, 3))))
    if kind == "actors":
        return SetActors(event, tuple(rng.sample(actors, rng.randint(0, len(actors)))))
    if kind == "merge" and len(events) > 2:
        absorbed, into = rng.sample(events, 2)
        return MergeEvents(absorbed, into)
    if kind == "merge-actors" and len(actors) > 1:
        absorbed, into = rng.sample(actors, 2)
        return MergeActors(absorbed, into)
    if kind == "reject" and len(events) > 1:
        return Reject(event)
    return AddEvent(f"new-{rng.randrange(10**6)}", "Added", None, (), (("rohani", "Putin"),))


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("layout", ["reader", "odd"])
def test_random_edits_stay_valid_and_undo_to_the_original(tmp_path, seed, newline, layout):
    import random

    text = (TEXT if layout == "reader" else ODD_LAYOUT).replace("\n", newline)
    path = make_corpus(tmp_path, text)
    timeline = load_timeline(path).timeline
    editor = TimelineEditor(path, settle=0.0)
    history = EditHistory()
    rng = random.Random(seed)
    states = [path.read_bytes()]
    for _ in range(12):
        edit = _random_edit(rng, timeline)
        try:
            outcome = apply_edit(editor, timeline, edit, seen(path))
        except WriterError as error:  # an actor in flow style is refused, nothing written
            assert "edit it in your editor" in str(error)
            assert path.read_bytes() == states[-1]
            continue
        if outcome.record is None:
            continue
        history.push(outcome.record)
        states.append(path.read_bytes())
        assert_same_as_fresh_load(path, timeline)
    for state in reversed(states[:-1]):
        history.undo(editor, timeline, seen(path))
        assert path.read_bytes() == state
    assert_same_as_fresh_load(path, timeline)
