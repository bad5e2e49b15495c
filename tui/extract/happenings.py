"""Whether two reports tell the same happening: the rules extraction merges drafts by.

A draft and an event are one happening when their dates agree (at the same precision), their
actors overlap, and they say the same thing: close titles, near-identical sentences (a wire
story reprinted, a statement reworded), or, across articles, the same verbs and nouns about
the same main participant ("Shafiq said the attacks would be investigated" in three reports).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from rapidfuzz import fuzz

from tui.extract.event_dates import clock_only
from tui.extract.events import EventDraft
from tui.extract.gazetteer import NEWS_SOURCE_IDS
from tui.extract.kinds import (
    TOLLS,
    by_kind,
    predicate_kinds,
    title_kinds,
    travels,
    verb_kinds,
    verbs_of,
)
from tui.extract.predicates import (
    ASPECT_VERBS,
    GENERIC_VERBS,
    NOT_PREDICATE,
    NOT_SAME_DAY,
    lemma,
    predicate_of,
)
from tui.extract.titles import event_title
from tui.model.dates import DateError, parse_event_date
from tui.model.timeline import Event


class Proposed(Protocol):
    """An event being merged (:class:`tui.extract.pipeline.ProposedEvent`)."""

    title: str
    date: str
    actors: list[str]
    sources: list[tuple[str, str]]


# Two drafts are one happening when their dates agree and their titles or quotes are this close.
SIMILARITY = 75.0


def same_happening(
    a: EventDraft, b: Proposed, b_reports: Iterable[tuple[str, frozenset[str]]]
) -> bool:
    """Whether draft ``a`` tells the happening of event ``b``, whose reports are ``b_reports``
    (each report's sentence and :func:`predicate_of` its quote)."""
    if a.date != b.date:
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    # Titles of a word or two ("You know") are alike by chance: their quotes must be.
    titled = min(len(a.title.split()), len(b.title.split())) >= 3
    if titled and fuzz.token_sort_ratio(a.title, b.title, score_cutoff=SIMILARITY):
        return True
    reports = list(b_reports)
    if any(_similar_quotes(a.sentence_text, sentence) for sentence, _ in reports):
        return True
    if len(a.date) != 10 or any(article == a.article for article, _ in b.sources):
        return False
    # Another article's report of the same day's happening by the same actors: worded
    # differently, but about the same thing (the same verbs and nouns).
    if _share_main_participant(a.actors, b.actors):
        words = predicate_words(a.sentence_text)
        if any(_similar_predicates(words, predicate_words(s)) for s, _ in reports):
            return True
    # Or by actors they share, the same verb with the same nouns around it ("the man arrived
    # on Thursday after a stopover in Shanghai" / "The Mexican man arrived in Hong Kong on
    # Thursday following a stopover in Shanghai"); the shared actors' own names do not count.
    shared = (set(a.actors) & set(b.actors)) - NEWS_SOURCE_IDS
    if not a.actors or not b.actors:
        # A happening with no actor named ("a bomb ripped through an office building next to
        # the U.S. embassy in Nairobi" / "the blasts next to the U.S. embassies in Kenya"),
        # in one report at least ("The Cypriot government condemned two terrorist bomb
        # attacks in Kenya and Tanzania Friday" names who condemned, not who bombed): the
        # same kind of happening, that day, with three of the same nouns around it.
        kinds = predicate_kinds(a.predicate) - TOLLS
        return bool(kinds) and any(
            kinds & predicate_kinds(other)
            and _shared_nouns(by_kind(a.predicate), by_kind(other)) >= SAME_PLACE
            for _, other in reports
        )
    if not shared:
        return False
    names = {"n:" + lemma(word) for actor in shared for word in actor.split("-")}
    return any(same_predicate(a.predicate - names, other - names) for _, other in reports)


# Nouns two actor-less reports of one kind of happening must share (places, targets, figures).
SAME_PLACE = 3


def _shared_nouns(first: frozenset[str], second: frozenset[str]) -> int:
    return sum(1 for word in first & second if word.startswith("n:"))


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


def reports_on_verb(
    statement: EventDraft, speaker: str, event: Proposed, reports: Mapping[str, frozenset[str]]
) -> bool:
    """Whether ``statement`` (undated, by ``speaker``) says that the main participant of
    ``event``, a happening of the same day, did what the event tells it did ("Mohammadi said
    that Iran condemns any acts ..." / "Iran Saturday condemned the bombing ..."): that
    participant named by someone else, and one of the verbs of the event's ``reports``
    (predicates by report) in the statement."""
    if not event.actors or event.actors[0] == speaker or event.actors[0] not in statement.actors:
        return False
    verbs = {word for predicate in reports.values() for word in predicate if word[:2] == "v:"}
    return bool(statement.predicate & (verbs - GENERIC_VERBS))


def reports_on_kinds(statement: frozenset[str], reports: Iterable[frozenset[str]]) -> bool:
    """Whether a statement (undated, by a speaker) whose predicate is ``statement`` tells of a
    happening of its article whose reports' predicates are ``reports``, by two kinds of
    happening both name: "Chief Superintendent Al McHugh said the bomb discovered in the Irish
    Republic was destined for ..." and "Police seized a car bomb ...", "Police found ...
    explosives" (a bombing and a finding), whoever the speaker is."""
    kinds = predicate_kinds(statement)
    if len(kinds) < 2:
        return False
    told = {kind for predicate in reports for kind in predicate_kinds(predicate)}
    return len(kinds & told) >= 2


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
        if word in NOT_PREDICATE:
            continue
        stem = _SUFFIX.sub("", word)
        stems.add((stem if len(stem) >= 4 else word)[:7])
    return frozenset(stems)


def _similar_predicates(first: frozenset[str], second: frozenset[str]) -> bool:
    shared = len(first & second)
    return shared >= 3 and shared >= PREDICATE_OVERLAP * min(len(first), len(second))


def retells(
    draft: EventDraft,
    event: Proposed,
    reports: Iterable[tuple[str, frozenset[str]]],
    teller: str | None = None,
) -> bool:
    """Whether ``draft`` tells again, at another precision, a happening ``event`` of the same
    article dates (``reports``: its sentences and their predicates): one date inside the other
    ("in October" and "on Oct. 23"), the actors overlapping (or one report naming none), and
    the same verb with a noun, or one kind of happening in both titles ("Dr. Barnett Slepian
    slain" in October, "Slepian was shot to death" on Oct. 23). Another date of the same
    sentence is another happening ("met Blair 10 days ago and Clinton last week").

    On the same date, in another sentence, only the same verb and a common noun (no name, no
    verb of phase: "began") or, by a shared actor, three common nouns tell it again; an
    undated statement is left to the rules of remarks and reports (:mod:`tui.extract.merge`).

    ``teller`` is the draft's speaker (an actor id), who takes no part in a happening of
    others by telling of it.
    """
    # "Slepian was shot to death at 10 p.m.": a time of day names no day, and is dated at
    # publication only for want of one; told again, the happening keeps its own day.
    same_day = draft.date == event.date or clock_only(draft.date_text)
    # (A statement dated at publication is one of the remarks or reports merge.py joins.)
    if (draft.speaker or not same_day) and not draft.date_text:
        return False
    if not same_day and not _nested(draft.date, event.date):
        return False
    # Told again on the same day ("police found the man's body Friday", "Police confirmed
    # Friday that the body found along a highway ..."): only by the same verb and noun, as the
    # kind of happening alone would join two bombings of one day in two towns.
    shared_actors = set(draft.actors) & set(event.actors)
    # Linked by no one but its teller, a speaker's words about others' happening name no
    # participant of it ("``We were unjustly pushed out of the talks in February,'' Adams said").
    actors = draft.actors
    if teller and not shared_actors:
        actors = [actor for actor in actors if actor != teller]
    reports = list(reports)
    if any(sentence == draft.sentence_text for sentence, _ in reports):
        return False
    if same_day and _another_doer(draft, event):
        return False
    if actors and event.actors and not shared_actors:
        # "... Kopp ... fired the shots that killed a Buffalo, N.Y., abortion-clinic doctor
        # last October" / "Slepian was shot to death on Oct. 23": when one title names none of
        # its sentence's names, they are not the happening's; one kind of happening told by
        # the verbs of both, at nested dates, is one ("evidence from the Nairobi bombing
        # arrived" is an arrival, not a bombing).
        untitled = not names_any(draft.title, actors) or not names_any(event.title, event.actors)
        return (
            not same_day
            and untitled
            and bool(
                verb_kinds(draft.predicate)
                & {kind for _, other in reports for kind in verb_kinds(other)}
            )
        )
    names = {"n:" + lemma(word) for actor in shared_actors for word in actor.split("-")}
    first = draft.predicate - names
    for sentence, other in reports:
        shared = first & (other - names)
        if same_day:
            # (Not "began" and "Cuban": "Cuban television began to promote its coverage" and
            # "people from the US began to arrive, including some Cuban Americans".)
            shared -= ASPECT_VERBS | GENERIC_VERBS | NOT_SAME_DAY
            shared -= _capitalised(draft.sentence_text) | _capitalised(sentence)
        verbs = sum(1 for word in shared if word.startswith("v:"))
        if verbs and len(shared) > verbs:
            return True
        # "Shoney's ... recapitalization that took place in 1988" / "its 1988
        # recapitalization as a result of a $160 million restructuring of its bank debt": by
        # an actor both name, three things in common tell the same happening.
        if same_day and shared_actors and len(shared) - verbs >= SAME_DAY_NOUNS:
            return True
        # "Police seized a car bomb Sunday" / "Police found ... explosives Sunday": one kind
        # of happening (not deaths, counted over places) and another noun in common.
        if same_day and (predicate_kinds(first) & predicate_kinds(other)) - TOLLS:
            alike = by_kind(first) & by_kind(other)
            if _shared_nouns(alike - _capitalised(draft.sentence_text), alike) >= 2:
                return True
        if not shared_actors:
            continue
        # "Gonzalez also wrote to Attorney General Janet Reno earlier this week" / "Gonzalez's
        # second letter to Reno ... was published in Granma on Tuesday": the same participants
        # (not "a letter published Wednesday" naming no one else), at nested dates, and one
        # kind of happening, told by a verb of one ("U.S. travelers in the aftermath of the
        # Aug. 7 bombings" / "a Czech-made plastic explosive": nouns of other clauses).
        if not same_day and _same_parties(actors, event.actors):
            kinds = predicate_kinds(first) & predicate_kinds(other) - TOLLS
            if kinds & (verb_kinds(first) | verb_kinds(other)):
                return True
        # "Albright headed Tuesday to East Africa" / "Albright, after a 16-hour flight, is
        # scheduled to spend only five hours ... in Dar es Salaam, her first stop Tuesday
        # morning": one traveller's journeys of one day are one trip (the traveller the main
        # participant of both: Putin's own trip is not Kim's visit to him).
        if same_day and actors[0] == event.actors[0] and _one_trip(first, other):
            return True
    return not same_day and bool(
        title_kinds(draft.title, _title_words(draft.title))
        & title_kinds(event.title, _title_words(event.title))
    )


# Nouns two reports of one actor's doings on one day must share to be one without a verb.
SAME_DAY_NOUNS = 3


@functools.lru_cache(maxsize=4096)
def _capitalised(sentence: str) -> frozenset[str]:
    """The lemmas of the capitalised words of ``sentence`` after its first (names, demonyms:
    "Cuban"), as :func:`predicate_of` writes nouns; two reports sharing one share no thing."""
    words = re.findall(r"(?<=[^\w\s][ \t]|\w[ \t])[A-Z][a-z]+", sentence)
    return frozenset("n:" + lemma(word.lower()) for word in words)


# A title whose subject is a pronoun, after a speaker's name if any ("Area: They have ...").
_WEAK_TITLE = re.compile(r"\A(?:[^:\u201c\"]{2,80}:\s+)?(?:He|She|They|It|We|I|You|This|That)\b")


def weak_title(title: str) -> bool:
    """Whether ``title`` names no one: its subject is a pronoun ("They have gathered ...")."""
    return _WEAK_TITLE.match(title) is not None


def names_any(title: str, actors: Sequence[str]) -> bool:
    """Whether ``title`` names one of ``actors`` (ids: slugs of their names) by a word of its
    name ("Slepian" for ``barnett-slepian``)."""
    words = {word.casefold() for word in _WORD.findall(title)}
    return any(part in words for actor in actors for part in actor.split("-") if len(part) > 2)


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _another_doer(draft: EventDraft, event: Proposed) -> bool:
    """Whether ``draft`` says "also" of a main participant other than ``event``'s: the same
    kind of happening again, by another ("Credit Lyonnais ... bought 43,000 shares" / "a unit
    of Framatome S.A. also bought Navigation Mixte shares", the same day)."""
    return (
        bool(draft.actors and event.actors)
        and draft.actors[0] != event.actors[0]
        and draft.actors[0] not in event.actors
        and _ALSO.search(draft.sentence_text) is not None
    )


def _one_trip(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two :func:`predicate_of` sets both tell of travel, one by its verb ("headed
    to", "flying to"): "China will postpone exchanges of visits" tells of no one's trip."""
    return (
        travels(first)
        and travels(second)
        and (travels(verbs_of(first)) or travels(verbs_of(second)))
    )


def _same_parties(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two reports name the same participants."""
    return set(first) == set(second)


# Merging compares the same few hundred dates again and again: remembered per pair.
@functools.lru_cache(maxsize=1 << 14)
def _nested(first: str, second: str) -> bool:
    try:
        a, b = parse_event_date(first), parse_event_date(second)
    except DateError:
        return False
    return (a.first_day <= b.first_day and b.last_day <= a.last_day) or (
        b.first_day <= a.first_day and a.last_day <= b.last_day
    )


# Two quotes tell one happening when they share a verb and this many of its nouns, and this
# share of the shorter one's lemmas.
SAME_NOUNS = 2
SAME_SHARE = 0.4


def same_predicate(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two :func:`predicate_of` sets say the same thing happened: a verb and at least
    two nouns in common, which are a good part of the shorter."""
    shared = first & second
    verbs = sum(1 for word in shared if word.startswith("v:"))
    return (
        verbs >= 1
        and len(shared) - verbs >= SAME_NOUNS
        and len(shared) >= SAME_SHARE * min(len(first), len(second))
    )


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


# --- one sentence, one happening ----------------------------------------------------------------

# "between 1994 and 1997", "from May to July": two dates of one span, not two happenings.
_SPAN = "(?:between|from)\\s+{first}\\s+(?:and|to|until|through|till)\\s+{last}"
# "FBI officials: The first batch of evidence arrived": a statement's title, speaker first.
_SPEAKER_PREFIX = re.compile(r"\A[^:\u201c\"]{2,80}:\s+")
_WORD = re.compile(r"[\w'\u2019-]+")


def one_per_sentence(drafts: Sequence[EventDraft]) -> list[EventDraft]:
    """The drafts of one article with at most one per happening of each sentence, each with
    its :func:`predicate_of`.

    A sentence gives an event per date, which is one too many when two of its dates tell one
    happening: the two ends of a span ("attacks between 1994 and 1997" is one event, dated
    ``1994/1997``), or a statement and the happening it reports ("The evidence arrived over the
    weekend ..., FBI officials said Monday": the arrival, dated by its own date, is the event;
    the statement adds nothing). Dates that each date their own happening stay apart, even on
    one verb ("shot at in 1994, 1995 and 1997" are three shootings).
    """
    kept: list[EventDraft] = []
    start = 0
    while start < len(drafts):
        end = start
        while end < len(drafts) and drafts[end].sentence == drafts[start].sentence:
            end += 1
        group = list(drafts[start:end])
        if len(group) > 1:
            group = _without_reports(_spans_joined(group))
        kept.extend(group)
        start = end
    for draft in kept:
        # Parsed here, in the worker, where the titler has just parsed the same sentence.
        start = max(0, draft.sentence_text.find(draft.quote))
        draft.predicate = predicate_of(draft.sentence_text, start, start + len(draft.quote))
    return kept


def _spans_joined(group: list[EventDraft]) -> list[EventDraft]:
    """``group`` (one sentence's drafts) with the two ends of a span made one draft."""
    for first in range(len(group) - 1):
        a, b = group[first], group[first + 1]
        date = f"{a.date.partition('/')[0]}/{b.date.rpartition('/')[2]}"
        if not a.date_text or not b.date_text or not _ordered_span(date):
            continue
        lowered = a.sentence_text.lower()
        if "between" not in lowered and "from" not in lowered:
            continue  # (no span: spares compiling a pattern for these two dates)
        span = re.search(
            _SPAN.format(first=re.escape(a.date_text), last=re.escape(b.date_text)),
            a.sentence_text,
            re.IGNORECASE,
        )
        if span is None:
            continue
        # Titled again without the span: each end's title still held the other end.
        title = event_title(a.sentence_text, span.start(), span.end()) or a.title
        joined = replace(a, date=date, date_text=span.group(), title=title)
        return _spans_joined([*group[:first], joined, *group[first + 2 :]])
    return group


def _ordered_span(date: str) -> bool:
    """Whether ``date`` is an interval whose end is after its start."""
    try:
        span = parse_event_date(date)
    except DateError:
        return False
    return span.first_day < span.last_day and span.start.last_day < span.last_day


def _without_reports(group: list[EventDraft]) -> list[EventDraft]:
    """``group`` without the statements that report another draft's happening in the same
    words (nearly all of the statement's gist is in the happening's title)."""
    kept = []
    # The other drafts' dates are not what the statement says ("arrived over the weekend").
    dates = set().union(*(_title_words(draft.date_text) for draft in group))
    for draft in group:
        prefix = _SPEAKER_PREFIX.match(draft.title)
        gist_words = _title_words(draft.title[prefix.end() :]) - dates if prefix else set()
        reported = len(gist_words) >= 3 and any(
            other is not draft
            and not _SPEAKER_PREFIX.match(other.title)
            and len(gist_words & _title_words(other.title)) >= 0.8 * len(gist_words)
            for other in group
        )
        if not reported:
            kept.append(draft)
    return kept


def is_statement(draft: EventDraft) -> bool:
    """Whether ``draft`` is a statement, dated when it was made public, rather than a
    happening its speaker reported ("X said the train left on Sunday")."""
    return bool(draft.speaker) and not draft.date_text


def _title_words(title: str) -> set[str]:
    return {word.casefold() for word in _WORD.findall(title)}
