"""Who takes part in each draft: the actors its words name, its speaker and its subject,
resolved against the run's whole registry (so only once every article is registered).

Split from :mod:`tui.extract.merge` (code moved unchanged), because it reads nothing of the
merge: only the registry, the draft and its article's results. Merging itself runs alone,
after the last worker result, while every other core idles; with several jobs this part runs
beside it instead, in a helper process forked once the registry is made, which hands its
answers over article by article, in order, while the merge reads them
(:func:`parties_in_order`). Both ways run the same functions on the same registry, so they
give the same answers; the helper only changes when they are made.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import re
from collections.abc import Iterator, Sequence

from tui.extract.actors_media import is_news_medium, tells_of_itself
from tui.extract.article_stage import ArticleResult
from tui.extract.draft_keys import prepared_keys
from tui.extract.events import PRONOUN_SPEAKERS, EventDraft
from tui.extract.gazetteer import NEWS_SOURCE_IDS
from tui.extract.names import full_name_of, word_spans
from tui.extract.pairs import PAIR_SEPARATOR
from tui.extract.people import is_lone
from tui.extract.registry import ActorRegistry
from tui.extract.subjects import firm_by_first_word, police_of_article
from tui.model.timeline import ActorKind

# A remark's speaker the text gives as a pronoun after the quotation: '"...," he said'.
_PRONOUN_SAID = re.compile(
    r"[,\u201d\"']['\u2019]?[ \t]*(?:he|she)[ \t]+(?:said|says|added|adds|told|explained|"
    r"noted|stressed|insisted|argued)\b"
)

# A draft's (actors, speaker id, subject id).
Parties = tuple[list[str], str | None, str | None]

# Articles per message from the helper: small enough that merging starts at once, large
# enough that the pipe and pickle cost little (a message is a few kilobytes).
BATCH = 16
# Below this many articles, forking costs more than the helper saves.
HELPER_FROM = 40


def article_parties(registry: ActorRegistry, result: ArticleResult) -> list[Parties]:
    """The parties of each draft of ``result``, in order."""
    firms = [c.surface for c in result.candidates if c.kind is ActorKind.ORGANIZATION]
    parties: list[Parties] = []
    last_speaker: str | None = None  # the person who spoke the last remark, if named
    for draft, keys in zip(result.drafts, prepared_keys(result), strict=True):
        words, subject = keys.words, keys.subject
        found = [
            actor_id
            for actor_id in registry.mentioned_ids(words.text, words)
            if actor_id not in NEWS_SOURCE_IDS
            and not is_news_medium(registry.get(actor_id).name, draft.sentence_text)
        ]
        # "The two countries ...": a pair's second party takes part too (tui.extract.pairs).
        subject, _, second = subject.partition(PAIR_SEPARATOR)
        if second and (second_id := registry.resolve(second)) is not None:
            found.insert(0, second_id)
        speaker_id = registry.resolve(draft.speaker) if draft.speaker else None
        # The subject of the verb is a participant even when mention lookup misses it.
        subject_id = registry.resolve(subject) if subject else None
        if draft.speaker in PRONOUN_SPEAKERS:
            speaker_id = subject_id  # the person the pronoun stands for
        elif not draft.speaker and subject_id is None and _PRONOUN_SAID.search(draft.quote):
            # '"...," he said' right after a remark of a named person: that speaker goes on
            # ("Rob Portman said: ``...'' ``If we can resolve something ...,'' he said").
            speaker_id = subject_id = last_speaker
        # (Only the remark right before: a sentence between may be another's.)
        last_speaker = _named_person(registry, speaker_id)
        # A source cited for a happening ("according to TASS") is no participant of it.
        cited_id = registry.resolve(draft.cited) if draft.cited else None
        found = [actor_id for actor_id in found if actor_id != cited_id]
        # (A speaker apart from the clause the date is in speaks, but takes no part.)
        speaking = None if keys.speaker_apart else speaker_id
        ids = [i for i in (speaking, subject_id) if i is not None] + found
        ids = [
            _in_article(registry, i, draft.quote_start, result.full_names, draft.sentence_text)
            for i in ids
        ]
        ids = [_firm_in_article(registry, i, firms) for i in ids]
        # The speaker and subject as this article means them ("Poughkeepsie" is the
        # Poughkeepsie Savings Bank it named): its remarks are found under that actor.
        if speaking is not None:
            speaker_id = ids[0]
        if subject_id is not None:
            subject_id = ids[1 if speaking is not None else 0]
        police = police_of_article(draft.sentence_text, firms)
        if police is not None and (police_id := registry.resolve(police)) is not None:
            ids.append(police_id)  # "Police confirmed ...": the force the article names
        if speaker_id is not None and _medium_speaks(registry, speaker_id, draft):
            # "..., local newspaper Dawn reported": the paper is the source, not a party
            # (it still speaks the remarks the merge joins).
            ids = [i for i in ids if i != speaker_id]
        parties.append((list(dict.fromkeys(ids)), speaker_id, subject_id))
    return parties


@contextlib.contextmanager
def parties_in_order(
    registry: ActorRegistry, results: Sequence[ArticleResult], helper: bool = False
) -> Iterator[Iterator[list[Parties]]]:
    """The parties of each article of ``results``, in order (see :func:`article_parties`).

    With ``helper`` (the caller was given several jobs) and enough articles, they are made by
    a process forked now, so that the caller's merge, reading them one article after
    another, runs beside their making instead of after it. Should the helper fail in any
    way, what it did not hand over is made here: the answers are the same either way. On
    leaving, the helper is ended and reaped whatever happened.
    """
    stream = _forked(registry, results) if helper and len(results) >= HELPER_FROM else None
    if stream is None:
        yield (article_parties(registry, result) for result in results)
        return
    try:
        yield stream
    finally:
        stream.close()  # (ends and reaps the helper when the caller stopped early)


def _forked(
    registry: ActorRegistry, results: Sequence[ArticleResult]
) -> Iterator[list[Parties]] | None:
    if not hasattr(os, "fork"):
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the helper: never returns into the caller's code
        _helper(registry, results, read_end, write_end)
    os.close(write_end)
    return _received(registry, results, pid, read_end)


def _helper(
    registry: ActorRegistry, results: Sequence[ArticleResult], read_end: int, write_end: int
) -> None:
    """Write the parties of ``results`` to ``write_end`` in batches, then exit at once (no
    exit handlers, no flushing of what the parent had buffered: they are the parent's). A
    parent that died makes the next write fail, which ends the helper too."""
    code = 1
    try:
        os.close(read_end)
        with os.fdopen(write_end, "wb") as out:
            for start in range(0, len(results), BATCH):
                batch = [article_parties(registry, r) for r in results[start : start + BATCH]]
                pickle.dump(batch, out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()  # (the merge starts on the first batch)
        code = 0
    finally:
        os._exit(code)


def _received(
    registry: ActorRegistry, results: Sequence[ArticleResult], pid: int, read_end: int
) -> Iterator[list[Parties]]:
    done = 0
    try:
        with os.fdopen(read_end, "rb") as received:
            while done < len(results):
                try:
                    batch = pickle.load(received)
                except Exception:  # (the helper died: EOF or a message cut short)
                    break
                for parties in batch:
                    done += 1
                    yield parties
    finally:
        if done < len(results):
            with contextlib.suppress(OSError):
                os.kill(pid, 9)  # SIGKILL: its answers are not needed any more
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)
    for result in results[done:]:  # what the helper did not hand over
        yield article_parties(registry, result)


def _named_person(registry: ActorRegistry, actor_id: str | None) -> str | None:
    """``actor_id`` when it is a person's, else ``None``."""
    if actor_id is None or registry.get(actor_id).kind is not ActorKind.PERSON:
        return None
    return actor_id


def _medium_speaks(registry: ActorRegistry, speaker_id: str, draft: EventDraft) -> bool:
    """Whether the speaker ``speaker_id`` of ``draft`` is a news medium (the gazetteer's news
    agencies, or one :func:`tui.extract.actors_media.is_news_medium` reads as a medium) that
    tells of others."""
    sentence = draft.sentence_text
    if tells_of_itself(sentence):
        return False  # "Reuters said on Tuesday it would close its Cairo bureau"
    if speaker_id in NEWS_SOURCE_IDS:
        return True
    return is_news_medium(draft.speaker, sentence) or is_news_medium(
        registry.get(speaker_id).name, sentence
    )


def _in_article(
    registry: ActorRegistry,
    actor_id: str,
    position: int,
    names: dict[str, list[tuple[int, str]]],
    sentence: str = "",
) -> str:
    """The person this article means by a short name: its own full name for it, if known.

    "Castro" is Raul Castro in an article that named Raul Castro last, whoever else the
    timeline knows as Castro; a person the sentence names in full stays as found.
    """
    actor = registry.get(actor_id)
    if actor.kind is not ActorKind.PERSON or actor.origin == "user":
        return actor_id
    words = actor.name.split()
    if len(words) > 1 and sentence and actor.name not in sentence:
        if not any(is_lone(sentence, start, end) for start, end in word_spans(sentence, words[-1])):
            # Found by another alias ("Elian" for Elian Gonzalez; "Elian Gonzalez's father"
            # for Juan Miguel Gonzalez, whose surname there is another's).
            return actor_id
        # Found by its surname alias ("Castro" for Fidel Castro): the article decides whose.
        words = words[-1:]
    if len(words) > 2:
        return actor_id
    full = full_name_of(words, position, names)
    if full is None:
        return actor_id
    return registry.resolve(full) or actor_id


def _firm_in_article(registry: ActorRegistry, actor_id: str, firms: Sequence[str]) -> str:
    """ "Heritage" is the Heritage Media Corp. this article names (the rule is in
    :func:`tui.extract.subjects.firm_by_first_word`)."""
    actor = registry.get(actor_id)
    if actor.origin in ("user", "gazetteer"):
        return actor_id  # ("Russia" is the country, whatever firm is called "Russia ...")
    firm = firm_by_first_word(actor.name, firms)
    return (registry.resolve(firm) or actor_id) if firm else actor_id
