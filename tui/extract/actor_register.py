"""The run's actors, registered before merging: every candidate the articles found, full
names first, then every speaker, each joined to the actor it names or added anew.

Split from :mod:`tui.extract.merge` by job; code moved unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.actors import ActorCandidate
from tui.extract.article_stage import ArticleResult
from tui.extract.events import PRONOUN_SPEAKERS
from tui.extract.names import GROUP_WORDS
from tui.extract.registry import ActorRegistry
from tui.model.timeline import ActorKind


def register_actors(registry: ActorRegistry, results: Sequence[ArticleResult]) -> ActorRegistry:
    """``registry`` with every actor candidate and speaker of ``results`` registered."""
    candidates = [c for result in results for c in result.candidates]
    registry.block_given_names(_lone_not_given(results))
    # Full names first, so that "Kirby" later joins "John F. Kirby" rather than starting anew.
    for candidate in sorted(candidates, key=lambda c: (-len(c.surface.split()), c.surface)):
        _register(registry, candidate)
    speakers = sorted(
        {d.speaker for r in results for d in r.drafts if d.speaker not in ("", *PRONOUN_SPEAKERS)},
        key=lambda name: (-len(name.split()), name),
    )
    for speaker in speakers:
        _register(registry, ActorCandidate(speaker, ActorKind.PERSON, 0, 0))
    return registry


def _lone_not_given(results: Sequence[ArticleResult]) -> set[str]:
    """The one-word names of people written alone only in articles that give no full name
    starting with them (see :meth:`ActorRegistry.block_given_names`)."""
    given: set[str] = set()
    lone: set[str] = set()
    for result in results:
        people = [c.surface.split() for c in result.candidates if c.kind is ActorKind.PERSON]
        words = {name[0] for name in people if len(name) == 1}
        firsts = {name[0] for name in people if len(name) > 1}
        firsts.update(full.split()[0] for runs in result.full_names.values() for _, full in runs)
        given |= words & firsts
        lone |= words - firsts
    return lone - given


def _register(registry: ActorRegistry, candidate: ActorCandidate) -> None:
    if candidate.surface.casefold() in GROUP_WORDS:
        return  # "Dealers said", "Opposition MPs announced": a group, no actor
    if candidate.short:
        # "Reno" after "Janet Reno": the full name is the actor, the surname its alias (the
        # first person registered keeps a shared surname; each article resolves its own).
        registry.learn_alias(registry.add(candidate.surface, candidate.kind), candidate.short)
        return
    if registry.resolve(candidate.surface) is not None:
        registry.add(candidate.surface, candidate.kind)
        return
    words = candidate.surface.split()
    # "White House National Security Council" is the known "National Security Council".
    for start in range(1, len(words) - 1):
        if registry.resolve(" ".join(words[start:])) is not None:
            return
    registry.add(candidate.surface, candidate.kind)
