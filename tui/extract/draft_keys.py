"""What merging reads of each extracted draft that needs no actor registry: the words of the
part of its sentence whose names take part, its subject, its ledger key, its id, its title
key and where a described speaker's speech verb is. Made in the worker processes, which run
in parallel, so that merging, which runs alone, only looks them up
(:func:`tui.extract.merge.merge_results`).
"""

from __future__ import annotations

import re

from tui.extract.adverbial_clauses import adverbial_clause
from tui.extract.article_stage import ArticleResult, DraftKeys
from tui.extract.events import EventDraft
from tui.extract.offices import Holder, name_holders
from tui.extract.registry import MentionWords, mention_words
from tui.extract.remarks import described_speech
from tui.extract.roles import (
    event_clause,
    own_sentence,
    without_cause_authors,
    without_other_dates_names,
    without_scene_owners,
)
from tui.extract.victims import without_other_victims
from tui.model.ids import event_id
from tui.model.ledger import source_key


def title_key(title: str) -> str:
    """A title's words, lowercased and sorted: equal keys mean a token-sort ratio of 100."""
    return " ".join(sorted(re.findall(r"\w+", title.lower())))


def prepare(result: ArticleResult) -> ArticleResult:
    """``result`` with what merging reads of each draft that needs no registry made now (in
    the worker processes, which run in parallel: merging runs alone)."""
    subjects = result.subjects or [""] * len(result.drafts)
    result.prepared = [
        DraftKeys(
            *_participants_text(draft, subject, result.holders),
            source_key(draft.article, draft.quote),
            event_id(draft.date, draft.title),
            title_key(draft.title),
            described_speech(draft),
            _speaker_apart(draft),
        )
        for draft, subject in zip(result.drafts, subjects, strict=True)
    ]
    return result


def prepared_keys(result: ArticleResult) -> list[DraftKeys]:
    """:func:`prepare`'s part of ``result``, made here when the caller did not."""
    if len(result.prepared) != len(result.drafts):
        prepare(result)
    return result.prepared


def _participants_text(
    draft: EventDraft, subject: str, holders: tuple[Holder, ...] = ()
) -> tuple[MentionWords, str]:
    """The words of the part of ``draft``'s sentence whose names take part in its happening,
    and its subject (``subject``, or "" when the happening is told in a clause without it)."""
    # A news agency named in a sentence is where the news came from ("(Reuters) -",
    # "told CNN", "TASS reported"), not a participant, unless it is the one speaking.
    told = own_sentence(draft.sentence_text, draft.quote, draft.date_text)
    if not draft.speaker:
        # A date in a relative clause: that clause's names take part, not the main
        # clause's subject; nor the owner of an opening circumstance (tui.extract.roles).
        clause = event_clause(told, draft.date_text, draft.title)
        if clause == told:
            # "... warned of talks as the two countries exchanged letters back in August".
            clause = adverbial_clause(told, draft.date_text, draft.title)
        if clause != told and subject.rsplit(" ", 1)[-1] not in clause:
            subject = ""  # ("Semionov, who ...": the subject's surname is in it)
        told = without_cause_authors(without_scene_owners(clause, draft.title), draft.title)
    elif _speaker_apart(draft):
        told = adverbial_clause(told, draft.date_text, draft.title)
        if subject == draft.speaker:
            subject = ""  # the main clause's subject, the speaker: no part of the clause
    # "meetings with Tony Blair 10 days ago and President Clinton last week": a name
    # another date follows goes with that date's happening.
    told = without_other_dates_names(told, draft.date_text)
    # "... a warrant for his arrest in the killing of Dr. Ada Crane": the killing's victim.
    told = without_other_victims(told, draft.title)
    # "Fidel Castro and the Pope are having": the one person the article gave that office.
    sentence_start = draft.quote_start - max(0, draft.sentence_text.find(draft.quote))
    told = name_holders(told, sentence_start, holders)
    return mention_words(told), subject


def _speaker_apart(draft: EventDraft) -> bool:
    """Whether ``draft``'s date is in an adverbial clause its title tells and its speaker is
    not named in ("the White House warned of talks as the two countries exchanged letters back
    in August": the exchange, whose parties the White House is not)."""
    if not draft.speaker:
        return False
    told = own_sentence(draft.sentence_text, draft.quote, draft.date_text)
    clause = adverbial_clause(told, draft.date_text, draft.title)
    return clause != told and draft.speaker.rsplit(" ", 1)[-1] not in clause
