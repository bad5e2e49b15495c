"""Stage two of extraction, run once over every article's results, in order: actors are
registered (the user's first), mentions resolved, the same happening told by several articles
merged into one event with several sources, and deterministic ids given.

Split from :mod:`tui.extract.pipeline` (which re-exports its public names); code moved
unchanged.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tui.extract.actor_register import register_actors
from tui.extract.article_stage import ArticleResult
from tui.extract.draft_actors import parties_in_order
from tui.extract.draft_keys import prepared_keys
from tui.extract.event_dates import clock_only
from tui.extract.events import PRONOUN_SPEAKERS
from tui.extract.happenings import (
    matches_existing,
    names_any,
    reports_on,
    reports_on_kinds,
    reports_on_verb,
    retells,
    same_happening,
    weak_title,
)
from tui.extract.kinds import names_a_kind
from tui.extract.refold import late_reports, refold
from tui.extract.registry import ActorRegistry
from tui.extract.remarks import (
    dated_remarks,
    described_speaker,
    just_before,
    occasion_speaker,
    remarks_of_day,
)
from tui.model.dates import parse_event_date
from tui.model.ids import event_id, free_id
from tui.model.ledger import is_source_key, source_key
from tui.model.timeline import Actor, Event, EventStatus

# Merging compares a draft with the events of its date and actors, and with each report of
# them. A long article (or many on one day) can give thousands of drafts under one key, which
# made merging quadratic; the most recent events and an event's first reports are enough to
# find the same happening told again, and keep the cost per draft bounded.
MERGE_CANDIDATES = 128
MERGE_REPORTS = 16


@dataclass(slots=True)
class ProposedEvent:
    """An event extraction proposes: fields as ``timeline.yaml`` writes them."""

    id: str
    title: str
    date: str
    date_text: str
    status: EventStatus
    actors: list[str]
    sources: list[tuple[str, str]]  # (article id, verbatim quote)


@dataclass(slots=True)
class Extraction:
    """Everything extraction proposes for a timeline, in a stable order."""

    events: list[ProposedEvent]
    new_actors: list[Actor]  # actors not yet in the timeline, used by at least one event
    new_aliases: dict[str, list[str]]  # user actor id -> aliases found in the articles
    # Source keys to add to the `extracted:` ledger (tui.model.ledger), in a stable order: the
    # sources of the events proposed, and of the drafts not proposed because the timeline or
    # the ledger already tells them (so that a later titler or tagger cannot bring them back).
    ledger: list[str] = field(default_factory=list)


def merge_results(
    results: Sequence[ArticleResult],
    user_actors: Sequence[Actor] = (),
    existing_events: Sequence[Event] = (),
    ledger: Iterable[str] = (),
    jobs: int = 1,
) -> Extraction:
    """Stage two: resolve actors, merge drafts into events, give ids.

    ``user_actors`` are the timeline's actors (they win every name they claim);
    ``existing_events`` are the timeline's events (a draft they already tell is dropped);
    ``ledger`` is the timeline's ``extracted:`` list: an event with a source recorded there was
    proposed before and is never proposed again, whatever its title and id are now; an older
    ledger's event ids are still honoured (see :mod:`tui.model.ledger`). With ``jobs`` > 1, who
    takes part in each draft is found by a second process while this one merges (the same
    answers: :func:`tui.extract.draft_actors.parties_in_order`).
    """
    ledger = set(ledger)
    legacy = {entry for entry in ledger if not is_source_key(entry)}
    # What to add to the ledger: a dict as an ordered set (parallel and serial runs agree).
    recorded: dict[str, None] = {}
    registry = register_actors(ActorRegistry(user_actors), results)

    merged: list[ProposedEvent] = []
    # Each event's distinct report sentences, with the predicate of the first quote from each:
    # the same sentence reported again adds nothing to compare with.
    merged_reports: list[dict[str, frozenset[str]]] = []
    merged_sources: list[set[tuple[str, str]]] = []  # each event's sources, for a set look-up
    merged_speakers: list[str | None] = []  # the speaker of each event's first report
    # Only drafts on the same date sharing an actor can be one happening: compare within those.
    # (date, actor) -> indices of merged events, in order (a dict as an ordered set).
    by_date: dict[tuple[str, str], dict[int, None]] = {}
    # (date, title words) -> events with that title: the same happening, told again, is found
    # whatever the number of events of that day.
    titles: dict[tuple[str, str], list[int]] = {}
    # (article, date, speaker id) -> the event of that speaker's remarks of that day.
    statements: dict[tuple[str, str, str], int] = {}
    # (day, person id) -> the event of that person's remarks of that day, from any article:
    # several articles quoting one person on one day report one briefing or interview.
    said_on: dict[tuple[str, str], int] = {}
    # article -> its events dated by its text (not statements dated at publication).
    happenings: dict[str, list[int]] = {}
    # Events a finer retelling re-dated, compared again with their new date's at the end.
    redated: list[int] = []
    # (article, date) -> every event of that article on that date.
    told_on: dict[tuple[str, str], list[int]] = {}
    # article -> its undated news (its lead's, happened at publication).
    leads: dict[str, list[int]] = {}
    # (article, speaker id) -> that speaker's remarks the article dates the day or two before
    # its publication (a wire story's "on Thursday", told on Friday).
    spoken: dict[tuple[str, str], int] = {}
    existing_by_date: dict[str, list[Event]] = {}
    for event in existing_events:
        existing_by_date.setdefault(event.date.edtf() if event.date else "", []).append(event)
    quoted = {(s.article, s.quote) for event in existing_events for s in event.sources}
    # What the workers made of each draft (see draft_keys.prepare): ids by date and title,
    # ledger entries by source.
    draft_ids: dict[tuple[str, str], str] = {}
    sources: dict[tuple[str, str], str] = {}
    # Who takes part in each draft needs the whole registry and nothing of the merge: with
    # several jobs it is made beside the merge, by a helper process (tui.extract.draft_actors).
    with parties_in_order(registry, results, helper=jobs > 1) as parties_of_articles:
        for result, parties in zip(results, parties_of_articles, strict=True):
            for draft, (_, _, source, base_id, title_words, said, _), draft_parties in zip(
                result.drafts, prepared_keys(result), parties, strict=True
            ):
                # (Every event's date, title and sources are some draft's: see the ids below.)
                draft_ids[(draft.date, draft.title)] = base_id
                sources[(draft.article, draft.quote)] = source
                draft.actors, speaker_id, subject_id = draft_parties
                if (draft.article, draft.quote) in quoted or matches_existing(
                    draft, existing_by_date.get(draft.date, ())
                ):
                    # Told by an event of the timeline: remembered, so that an edit of that event
                    # (or a new title or date for the draft) does not make it new again.
                    recorded[source] = None
                    continue
                keys = [(draft.date, actor) for actor in draft.actors] or [(draft.date, "")]
                same_day = (draft.article, draft.date)
                title_key = (draft.date, title_words)
                same_title = [
                    index
                    for index in titles.get(title_key, [])[:MERGE_CANDIDATES]
                    if any(index in by_date.get(key, {}) for key in keys)
                ]
                # (An event no actor is named for may be this one's kind of happening, whoever
                # else the draft names.)
                looked_up = keys
                if draft.actors and names_a_kind(draft.predicate):
                    looked_up = [*keys, (draft.date, "")]
                recent = {
                    index
                    for key in looked_up
                    for index in itertools.islice(reversed(by_date.get(key, {})), MERGE_CANDIDATES)
                }
                candidates = [
                    *same_title,
                    *sorted(recent.difference(same_title))[-MERGE_CANDIDATES:],
                ]
                # Several statements of one speaker in one article, on one date, are one interview,
                # speech or testimony: one happening, however different their words.
                remarks = (draft.article, draft.date, speaker_id) if speaker_id else None
                described = (
                    None if speaker_id else described_speaker(registry, draft, subject_id, said)
                )
                if described:
                    # "a friend of Yitzhak Rabin's assassin said Friday that ...": the person the
                    # description stands for speaks; "Har-Shefi said ..." that day is more of it.
                    remarks = (draft.article, draft.date, described)
                elif not speaker_id and (occasion := occasion_speaker(registry, draft, subject_id)):
                    # "She took the stand for more than four hours Friday": where she said it.
                    remarks = (draft.article, draft.date, occasion)
                said_before = statements.get(remarks) if remarks else None
                day_remarks = remarks_of_day(registry, draft, speaker_id)
                if said_before is None and day_remarks:
                    said_before = said_on.get(day_remarks)
                if speaker_id and not draft.date_text:
                    # A statement about a happening this article dates (or about the news its lead
                    # reports) is a report of it.
                    said_before = next(
                        (
                            index
                            for index in (
                                *happenings.get(draft.article, ()),
                                *leads.get(draft.article, ()),
                            )
                            # (Or by two kinds of happening: "the farmers were shot dead and
                            # their bodies were first found ..., said Dakheel Karim".)
                            if reports_on(draft, merged[index], merged_reports[index])
                            or reports_on_kinds(draft.predicate, merged_reports[index].values())
                        ),
                        said_before,
                    )
                    if said_before is None:
                        # "Iran Saturday condemned the bombing", "Mohammadi said that Iran
                        # condemns any acts ...": what an actor of it did that day, said again.
                        said_before = next(
                            (
                                index
                                for index in happenings.get(draft.article, ())
                                if merged[index].date == draft.date
                                and reports_on_verb(
                                    draft, speaker_id, merged[index], merged_reports[index]
                                )
                            ),
                            None,
                        )
                    if said_before is None:
                        # "Clinton on Thursday condemned ...", then "Clinton said ...": the
                        # speaker's undated words are more of the remarks the article dates.
                        said_before = spoken.get((draft.article, speaker_id))
                        if said_before is not None and not just_before(
                            merged[said_before].date, draft.date
                        ):
                            said_before = None
                if draft.speaker in PRONOUN_SPEAKERS and not draft.date_text:
                    # "She says ...": only more remarks of one the article quoted by name that day.
                    said_before = statements.get(remarks) if remarks else None
                    if said_before is None:
                        # Left out, yet remembered: a re-run finds these words told by an event
                        # of the timeline (another article's same remarks) and would record them
                        # then, so a second extract of the same articles would change the file.
                        recorded[source] = None
                        continue
                # The same happening told again in this article at another precision, or on the
                # same day in other words.
                retold = next(
                    (
                        index
                        for index in dict.fromkeys(
                            [
                                *happenings.get(draft.article, ()),
                                *told_on.get(same_day, ())[-MERGE_CANDIDATES:],
                            ]
                        )
                        if retells(draft, merged[index], merged_reports[index].items(), speaker_id)
                    ),
                    None,
                )
                if said_before is not None:
                    candidates = [said_before, *candidates]
                if retold is not None:
                    candidates = [retold, *candidates]
                for index in candidates:
                    event = merged[index]
                    reports = itertools.islice(merged_reports[index].items(), MERGE_REPORTS)
                    if index in (said_before, retold) or same_happening(draft, event, reports):
                        added = draft.actors
                        if not event.actors and not any(
                            a == draft.article for a, _ in event.sources
                        ):
                            # Another article's happening no one is named for: this report's
                            # names are of its own clause ("the State Department issued a caution
                            # after the Aug. 7 bombings"), not the happening's.
                            added = []
                        if index == retold:
                            # A speaker who tells of a happening takes no part in it.
                            added = [actor for actor in added if actor != speaker_id]
                            if added and event.actors and not set(added) & set(event.actors):
                                # Told with other names (happenings.retells): the telling whose
                                # title names its own names gives the happening's actors.
                                if names_any(draft.title, added):
                                    event.actors = []
                                else:
                                    added = []
                            if _finer(draft.date, event.date) and not clock_only(draft.date_text):
                                # The most precise telling dates and titles the happening.
                                event.date, event.date_text = draft.date, draft.date_text
                                redated.append(index)
                                event.title, event.status = draft.title, draft.status
                                told_by = merged_speakers[index]
                                event.actors = [actor for actor in event.actors if actor != told_by]
                            elif weak_title(event.title) and not weak_title(draft.title):
                                # Told again: the telling that names who did it titles it
                                # ("They have gathered evidence ..." / "The rifle was discovered").
                                event.title = draft.title
                        if (draft.article, draft.quote) not in merged_sources[index]:
                            merged_sources[index].add((draft.article, draft.quote))
                            event.sources.append((draft.article, draft.quote))
                        if index != said_before:
                            # (An interview's other remarks name others, not its participants.)
                            event.actors = list(dict.fromkeys([*event.actors, *added]))
                        elif speaker_id and merged_speakers[index] is not None:
                            # But who speaks in a statement takes part in it: "New Zealand said
                            # Friday ...", then "..., McKinnon said" (its foreign minister);
                            # not a surname left unresolved of one already there ("Hu").
                            name = registry.get(speaker_id).name
                            if " " in name or not any(
                                name in registry.get(actor).name.split() for actor in event.actors
                            ):
                                event.actors = list(dict.fromkeys([*event.actors, speaker_id]))
                        for key in keys:
                            by_date.setdefault(key, {})[index] = None
                        merged_reports[index].setdefault(draft.sentence_text, draft.predicate)
                        if draft.date_text and index not in happenings.get(draft.article, ()):
                            # Another article's happening, told by this one too: this article may
                            # tell it again ("the shots that killed ... last October").
                            happenings.setdefault(draft.article, []).append(index)
                        break
                else:
                    for key in keys:
                        by_date.setdefault(key, {})[len(merged)] = None
                    titles.setdefault(title_key, []).append(len(merged))
                    merged.append(
                        ProposedEvent(
                            id="",
                            title=draft.title,
                            date=draft.date,
                            date_text=draft.date_text,
                            status=draft.status,
                            actors=list(draft.actors),
                            sources=[(draft.article, draft.quote)],
                        )
                    )
                    merged_reports.append({draft.sentence_text: draft.predicate})
                    merged_speakers.append(speaker_id)
                    merged_sources.append({(draft.article, draft.quote)})
                    if remarks:
                        statements[remarks] = len(merged) - 1
                    if day_remarks:
                        said_on.setdefault(day_remarks, len(merged) - 1)
                    told_on.setdefault(same_day, []).append(len(merged) - 1)
                    if draft.date_text:
                        happenings.setdefault(draft.article, []).append(len(merged) - 1)
                    elif not speaker_id:
                        leads.setdefault(draft.article, []).append(len(merged) - 1)
                    # (Without a subject found, the first actor named: "Bill Clinton on Thursday
                    # condemned ...".)
                    agent = speaker_id or subject_id or next(iter(draft.actors), None)
                    if described:
                        agent = described  # (who speaks, not whom the sentence names first)
                    if agent and (described or dated_remarks(draft)):
                        spoken.setdefault((draft.article, agent), len(merged) - 1)

    kept = refold(merged, merged_reports, redated)
    merged = [
        merged[index] for index in late_reports(merged, merged_reports, merged_speakers, kept)
    ]

    # A source extraction proposed before is never proposed again: its event is either still
    # there (maybe edited) or was rejected or merged by hand. An older ledger's id counts too.
    # A hand-written event's id is only avoided.
    used = {event.id for event in existing_events}
    proposed: list[ProposedEvent] = []
    for event in merged:
        keys = [
            sources.get(pair) or source_key(*pair)  # (made in the workers)
            for pair in event.sources
        ]
        recorded.update(dict.fromkeys(keys))
        if any(key in ledger for key in keys):
            continue
        base = draft_ids.get((event.date, event.title)) or event_id(event.date, event.title)
        if base in legacy:
            used.add(base)
            continue
        candidate = free_id(base, used)
        if candidate in legacy:
            continue
        used.add(candidate)
        event.id = candidate
        proposed.append(event)
    merged = proposed

    used_actors = {actor_id for event in merged for actor_id in event.actors}
    new_actors = [
        actor.to_actor() for actor in registry if actor.origin != "user" and actor.id in used_actors
    ]
    new_aliases = {
        actor.id: list(actor.new_aliases)
        for actor in registry
        if actor.origin == "user" and actor.new_aliases
    }
    merged.sort(key=lambda event: (parse_event_date(event.date).sort_key(), event.id))
    new_entries = [key for key in recorded if key not in ledger]
    return Extraction(merged, new_actors, new_aliases, new_entries)


def _finer(date: str, than: str) -> bool:
    """Whether ``date`` is the narrower of two nested dates."""
    first, second = parse_event_date(date), parse_event_date(than)
    return (first.last_day - first.first_day) < (second.last_day - second.first_day)
