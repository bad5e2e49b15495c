"""Merging with several jobs (issue 8): who takes part in each draft is found by a helper
process forked once the registry is made, beside the merge; the merge is the same as one
process makes, and a helper that fails or is no longer needed is ended and reaped."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from fork_support import reaped, spy_forks

from tui.extract import draft_actors
from tui.extract.actor_register import register_actors
from tui.extract.pipeline import ArticleInput, ArticleResult, merge_results, process_articles
from tui.extract.registry import ActorRegistry
from tui.model.timeline import Actor, ActorKind

NOTES = [
    "The mayor of Springfield opened the new bridge on Monday, officials said.",
    "Acme Corp. said it will cut 2,000 jobs. The cuts begin in March, the company said.",
    "Jane Doe, 44, was elected chair on Tuesday. Doe said the vote was a surprise.",
    "The storm hit the coast late Sunday. It is expected to weaken by Wednesday.",
    "President John Smith met Prime Minister Ann Lee in Paris on Friday. Lee said the "
    "talks went well, and Smith praised Acme Corp. on Saturday.",
]
ARTICLES = 2 * draft_actors.HELPER_FROM  # enough for the helper, in batches


def _results() -> list[ArticleResult]:
    """Stage one of short notes that share people and firms across articles."""
    items = [
        ArticleInput(
            f"note{number:02}",
            NOTES[number % len(NOTES)].replace("Springfield", f"Town {number % 7}"),
            dt.date(2023, 9, 1) + dt.timedelta(days=number % 9),
        )
        for number in range(ARTICLES)
    ]
    return process_articles(items)


USER = [Actor("acme", "Acme Corp.", ActorKind.ORGANIZATION, ["Acme"])]


def test_the_helper_gives_the_merge_one_process_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    alone = merge_results(_results(), user_actors=USER)
    forked = spy_forks(monkeypatch)
    helped = merge_results(_results(), user_actors=USER, jobs=2)
    assert len(forked) == 1 and reaped(forked[0])
    assert helped == alone
    # (Something to agree on: events with actors found across articles.)
    assert any(len(event.actors) >= 2 for event in alone.events)
    assert any("acme" in event.actors for event in alone.events)


def test_few_articles_need_no_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    forked = spy_forks(monkeypatch)
    few = _results()[: draft_actors.HELPER_FROM - 1]
    merge_results(few, jobs=2)
    assert forked == []


@pytest.mark.parametrize("written", [b"", b"\x80\x05\x95 cut short"])
def test_a_helper_that_dies_leaves_the_merge_whole(
    monkeypatch: pytest.MonkeyPatch, written: bytes
) -> None:
    """A helper that ends before handing everything over (killed, out of memory) leaves
    nothing out: the merge makes the rest itself."""
    alone = merge_results(_results())

    def dying(registry: object, results: object, read_end: int, write_end: int) -> None:
        os.write(write_end, written)
        os._exit(1)

    monkeypatch.setattr(draft_actors, "_helper", dying)
    forked = spy_forks(monkeypatch)
    assert merge_results(_results(), jobs=2) == alone
    assert len(forked) == 1 and reaped(forked[0])


def test_a_merge_stopped_early_ends_its_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    results = _results()
    registry = register_actors(ActorRegistry(), results)
    expected = [draft_actors.article_parties(registry, result) for result in results[:2]]
    forked = spy_forks(monkeypatch)
    with pytest.raises(KeyError), draft_actors.parties_in_order(registry, results, True) as got:
        assert [next(got), next(got)] == expected
        raise KeyError("the merge failed")
    assert len(forked) == 1 and reaped(forked[0])
