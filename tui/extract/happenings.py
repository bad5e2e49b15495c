"""Whether two reports tell the same happening: the rules extraction merges drafts by.

A draft and an event are one happening when their dates agree (at the same precision), their
actors overlap, and they say the same thing: close titles, near-identical sentences (a wire
story reprinted, a statement reworded), or, across articles, the same verbs and nouns about
the same main participant ("Shafiq said the attacks would be investigated" in three reports).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from rapidfuzz import fuzz

from tui.extract.events import EventDraft
from tui.extract.gazetteer import NEWS_SOURCE_IDS
from tui.model.timeline import Event


class Proposed(Protocol):
    """An event being merged (:class:`tui.extract.pipeline.ProposedEvent`)."""

    title: str
    date: str
    actors: list[str]
    sources: list[tuple[str, str]]


# Two drafts are one happening when their dates agree and their titles or quotes are this close.
SIMILARITY = 75.0


def same_happening(a: EventDraft, b: Proposed, b_sentences: Iterable[str]) -> bool:
    """Whether draft ``a`` tells the happening of event ``b``, whose reports are ``b_sentences``."""
    if a.date != b.date:
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    if fuzz.token_sort_ratio(a.title, b.title, score_cutoff=SIMILARITY):
        return True
    b_sentences = list(b_sentences)
    if any(_similar_quotes(a.sentence_text, sentence) for sentence in b_sentences):
        return True
    # Another article's report of the same day's happening by the same actors: worded
    # differently, but about the same thing (the same verbs and nouns).
    if (
        len(a.date) == 10
        and _share_main_participant(a.actors, b.actors)
        and all(article != a.article for article, _ in b.sources)
    ):
        words = predicate_words(a.sentence_text)
        return any(_similar_predicates(words, predicate_words(s)) for s in b_sentences)
    return False


# Words that say nothing about what happened: speech, time, quantity, and news boilerplate.
_NOT_PREDICATE = frozenset(
    re.findall(
        r"\w+",
        "said says told tell telling also would could should will might must have been being "
        "were that this these those there their they them then than what when where which while "
        "with without from into onto about after before over under more most many much some such "
        "other others only just very said year years week weeks month months today yesterday "
        "tomorrow monday tuesday wednesday thursday friday saturday sunday morning evening night "
        "time times people official officials government report reports reported according "
        "statement news agency percent first last least between against during since until "
        "because however though although does doing done make made like well back still even "
        "told added adding says saying",
    )
)
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z\-]{3,}")
_SUFFIX = re.compile(r"(?:ings?|edly|ed|ers?|es|s|ions?)$")
PREDICATE_OVERLAP = 0.34


def reports_on(statement: EventDraft, event: Proposed, reports: Iterable[str]) -> bool:
    """Whether ``statement`` (undated, by a speaker) tells the happening ``event`` of the same
    article: they share an actor and say it with the same content words ("Reno ruled that
    the case belongs in federal court" after "Reno on Wednesday ruled ...")."""
    if not set(statement.actors) & set(event.actors):
        return False
    words = predicate_words(statement.sentence_text)
    return any(_similar_predicates(words, predicate_words(report)) for report in reports)


def _share_main_participant(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether the main participant of one (its first actor) takes part in the other.

    A news agency both articles cite (a dateline's "(Reuters)") is no shared participant."""
    first = [actor for actor in first if actor not in NEWS_SOURCE_IDS]
    second = [actor for actor in second if actor not in NEWS_SOURCE_IDS]
    return bool(first and second) and (first[0] in second or second[0] in first)


@functools.lru_cache(maxsize=8192)
def predicate_words(sentence: str) -> frozenset[str]:
    """The lowercase content words of ``sentence``, crudely stemmed: what it says happened.

    Names (capitalised) are left to the actors; "killed" and "killing" are one word.
    """
    stems = set()
    for word in _LOWER_WORD.findall(sentence):
        if word in _NOT_PREDICATE:
            continue
        stem = _SUFFIX.sub("", word)
        stems.add((stem if len(stem) >= 4 else word)[:7])
    return frozenset(stems)


def _similar_predicates(first: frozenset[str], second: frozenset[str]) -> bool:
    shared = len(first & second)
    return shared >= 3 and shared >= PREDICATE_OVERLAP * min(len(first), len(second))


def _similar_quotes(first: str, second: str) -> bool:
    # Reworded reports of one statement share most words in a different frame ("As we have
    # warned publicly, ..."), which a plain ratio misses; short quotes share words by chance.
    if fuzz.ratio(first, second, score_cutoff=SIMILARITY):
        return True
    long_enough = min(len(first.split()), len(second.split())) >= 8
    return long_enough and bool(fuzz.token_set_ratio(first, second, score_cutoff=80))


def matches_existing(draft: EventDraft, existing: Sequence[Event]) -> bool:
    """Whether a hand-written or earlier event already tells this happening."""
    for event in existing:
        if event.date is None or event.date.edtf() != draft.date:
            continue
        if fuzz.token_sort_ratio(draft.title, event.title) >= SIMILARITY:
            return True
        if any(_similar_quotes(draft.quote, s.quote) for s in event.sources):
            return True
    return False
