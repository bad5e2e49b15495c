"""Extraction's cost stays linear in the article: merging compares each draft with a bounded
number of events, and an exact repeat of a title is still found however far back it was.

Speed itself is printed by bench/bench_long_inputs.py; these tests count comparisons."""

from __future__ import annotations

import random
import string

import pytest

from tui.extract import merge
from tui.extract.events import EventDraft
from tui.extract.pipeline import MERGE_CANDIDATES, ArticleResult, merge_results
from tui.model.timeline import EventStatus


def _title(rng: random.Random) -> str:
    # Distinct happenings: titles of random words share too little to reach the similarity.
    words = ("".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9))) for _ in range(6))
    return " ".join(words).capitalize()


def _draft(index: int, title: str, sentence: str = "") -> EventDraft:
    sentence = sentence or f"{title}."
    return EventDraft(
        "a", index, "2023-09-13", "", EventStatus.OCCURRED, title, sentence, 0, sentence
    )


def _drafts(count: int) -> list[EventDraft]:
    rng = random.Random(12)
    return [_draft(i, _title(rng)) for i in range(count)]


def test_comparisons_per_draft_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    original = merge.same_happening

    def counting(*args: object) -> bool:
        nonlocal calls
        calls += 1
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge, "same_happening", counting)
    drafts = _drafts(3 * MERGE_CANDIDATES)
    extraction = merge_results([ArticleResult("a", drafts, [])])
    assert len(extraction.events) == len(drafts)  # all different happenings
    # Quadratic merging compared each draft with every earlier one: n(n-1)/2 calls.
    assert calls <= len(drafts) * MERGE_CANDIDATES
    assert calls < len(drafts) * (len(drafts) - 1) // 2


def test_a_repeated_title_far_back_is_still_the_same_happening() -> None:
    drafts = _drafts(3 * MERGE_CANDIDATES)
    again = f"{drafts[0].title}, as the ministry said again on Wednesday."
    drafts.append(_draft(len(drafts), drafts[0].title, again))
    extraction = merge_results([ArticleResult("a", drafts, [])])
    assert len(extraction.events) == len(drafts) - 1
    first = next(e for e in extraction.events if e.title == drafts[0].title)
    assert len(first.sources) == 2
