"""A happening found twice because one telling of it was re-dated, or told by a statement before
the report that shows what it is: the two events made one.

Merging compares each draft with the events of its own date. When a later sentence tells an
article's happening again at a finer date ("terrorist bombings this month", then "The embassy
bombings, on Aug. 7, killed ..."), the event moves to that date after other articles' reports
of that day were already compared with it under its old one; the same happening told by
another article that day then stays a second event. Once all drafts are merged, each re-dated
event is compared again, report by report, with the events of its new date, by the rules of
:func:`tui.extract.happenings.same_happening`, and joined to the earlier one it tells.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from tui.extract.events import EventDraft
from tui.extract.happenings import Proposed, reports_on_kinds, same_happening
from tui.model.timeline import EventStatus


class Folded(Proposed, Protocol):
    """An event being merged (:class:`tui.extract.merge.ProposedEvent`), with what refolding
    reads beyond what comparing happenings does."""

    date_text: str
    status: EventStatus


# The events of a date each re-dated event is compared with, at most.
MAX_COMPARED = 256


def refold(
    events: Sequence[Folded],
    reports: Sequence[dict[str, frozenset[str]]],
    redated: Sequence[int],
) -> list[int]:
    """The indices of ``events`` to keep, after each of ``redated`` (events whose date a
    retelling changed) that tells the happening of an earlier event of its date is joined to
    it: its sources added after that event's, its actors too when that event names some.

    ``reports`` are each event's report sentences with their predicates.
    """
    gone: set[int] = set()
    if not redated:
        return list(range(len(events)))
    dates = {events[index].date for index in redated}
    on_date: dict[str, list[int]] = {}
    for other, event in enumerate(events):
        if event.date in dates:
            on_date.setdefault(event.date, []).append(other)
    for index in sorted(set(redated)):
        if index in gone:
            continue
        event = events[index]
        # (Bounded like merging's candidates: a day of thousands of events is not compared
        # whole for each re-dated one.)
        for other in on_date.get(event.date, [])[:MAX_COMPARED]:
            if other == index or other in gone:
                continue
            if not _one_happening(event, reports[index], events[other], reports[other]):
                continue
            # The earlier event keeps its title and first quote; the later one's join it.
            keep, fold = (other, index) if other < index else (index, other)
            kept, folded = events[keep], events[fold]
            for source in folded.sources:
                if source not in kept.sources:
                    kept.sources.append(source)
            if kept.actors:
                kept.actors[:] = list(dict.fromkeys([*kept.actors, *folded.actors]))
            reports_kept = reports[keep]
            for sentence, predicate in reports[fold].items():
                reports_kept.setdefault(sentence, predicate)  # type: ignore[attr-defined]
            gone.add(fold)
            break
    return [index for index in range(len(events)) if index not in gone]


def _one_happening(
    event: Folded,
    event_reports: dict[str, frozenset[str]],
    other: Folded,
    other_reports: dict[str, frozenset[str]],
) -> bool:
    """Whether a report of ``event`` tells the happening of ``other`` (from another article)."""
    articles = {article for article, _ in other.sources}
    for sentence, predicate in event_reports.items():
        # (A report's quote is a part of its sentence: that source's article told it.)
        article, quote = next(
            (source for source in event.sources if source[1] in sentence), ("", "")
        )
        if not article or article in articles:
            continue
        draft = EventDraft(
            article=article,
            sentence=0,
            date=event.date,
            date_text=event.date_text,
            status=event.status,
            title=event.title,
            quote=quote,
            quote_start=0,
            sentence_text=sentence,
            actors=list(event.actors),
            predicate=predicate,
        )
        if same_happening(draft, other, other_reports.items()):
            return True
    return False


def late_reports(
    events: Sequence[Folded],
    reports: Sequence[dict[str, frozenset[str]]],
    speakers: Sequence[str | None],
    kept: Sequence[int],
) -> list[int]:
    """``kept`` without the undated statements that tell, by two kinds of happening, a
    happening their article dates, joined to it as one more source: merging compared each
    statement only with what the article had told before it ("Police seized a car bomb
    Sunday", then "McHugh said the bomb discovered in the Irish Republic was destined for
    ...", then "Police found ... explosives Sunday": a bombing and a finding once all are
    told). ``speakers`` are each event's first speaker (``None``: no statement)."""
    dated: dict[str, list[int]] = {}
    for index in kept:
        # (Happenings, not dated statements: "the Marines' initial release was false,
        # Colonel Navarre told a press conference Thursday" is no report of what it corrects.)
        if events[index].date_text and speakers[index] is None:
            for article in dict.fromkeys(article for article, _ in events[index].sources):
                dated.setdefault(article, []).append(index)
    gone: set[int] = set()
    for index in kept:
        event = events[index]
        if event.date_text or speakers[index] is None or len(event.sources) != 1:
            continue
        (predicate,) = reports[index].values()
        for other in dated.get(event.sources[0][0], ()):
            if other in gone or not reports_on_kinds(predicate, reports[other].values()):
                continue
            if event.sources[0] not in events[other].sources:
                events[other].sources.append(event.sources[0])
            gone.add(index)
            break
    return [index for index in kept if index not in gone]
