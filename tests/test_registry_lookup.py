"""The registry's mention look-up tries only the phrases that can be names (issue 8: merging
is serial, so its cost bounds --jobs): the same actors found as when every phrase of up to
eight words was looked up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.extract.registry import ActorRegistry
from tui.model.timeline import Actor, ActorKind

# Words that start, continue and end the names below, in several spellings a text uses.
WORDS = ["New", "new", "York", "York's", "Yorks", "Stock", "Exchange", "Sinn", "Fein", "Sinn-Fein"]
WORDS += ["the", "The", "said", "in", "Kim", "Kim's", "Jong", "Un", "leader", "s", "U.S.", "US"]


def _names() -> st.SearchStrategy[list[str]]:
    name = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
    return st.lists(name, min_size=1, max_size=6, unique=True)


def _registry(names: list[str]) -> ActorRegistry:
    kinds = list(ActorKind)
    actors = [
        Actor(f"actor-{n}", name, kinds[n % len(kinds)], ())
        for n, name in enumerate(names)
        if any(c.isalpha() for c in name)
    ]
    return ActorRegistry(actors, gazetteer=())


def _every_phrase(registry: ActorRegistry, text: str) -> list[str]:
    """What the look-up finds when it tries every phrase, longest first (as it did before)."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(
            ActorRegistry, "_reach", lambda self, keys, at: min(self._longest, len(keys) - at)
        )
        return registry.mentioned_ids(text)


@settings(max_examples=300, deadline=None)
@given(names=_names(), words=st.lists(st.sampled_from([*WORDS, ",", "."]), max_size=14))
def test_looking_up_only_possible_names_finds_what_every_phrase_finds(
    names: list[str], words: list[str]
) -> None:
    text = " ".join(words)
    assert _registry(names).mentioned_ids(text) == _every_phrase(_registry(names), text)


def test_a_long_name_is_found_past_the_shorter_names_it_begins_with() -> None:
    registry = _registry(
        ["New York", "New York Stock Exchange", "Sinn Fein", "Kim Jong Un", "the North leader"]
    )
    ids = registry.mentioned_ids("The New York Stock Exchange and new York's Sinn-Fein met Kim")
    assert ids[:2] == ["actor-1", "actor-2"]
    # A name with its first letter capitalised, or a possessive, is still found in full.
    assert registry.mentioned_ids("Kim Jong Un's visit") == ["actor-3"]
    assert "actor-0" in registry.mentioned_ids("they flew to New York's airport")
    # A name written in lowercase, at the start of a sentence.
    assert registry.mentioned_ids("The North leader left") == ["actor-4"]
