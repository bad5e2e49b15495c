"""Key dates: the T days that matter most in the story, each told in at most K sentences.

``newsline export --format key-dates --dates T [--per-date K]`` writes a JSON list of
``{"date": "YYYY-MM-DD", "summary": [sentence, ...], "events": [id, ...]}``, sorted by date:
the task of timeline summarization (Timeline17: a journalist's timeline has T dates and a few
sentences per date), so that bench/tls_score.py can score it against journalists' timelines.

Only a day with a day-precision event can be chosen (a month names no day). Days are
weighed by :func:`tui.model.key_days.day_weight`; a day's summary is its most central
candidate sentences (:func:`tui.model.key_days.central`). What the article text adds (the
days it names, its sentences) is gathered by :mod:`tui.extract.key_dates` and passed in as
``evidence``; without it the timeline alone gives the publication counts, the events' later
citations and their quotes. ``events`` lists the ids whose sources supplied the summary.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass

from tui.model.dates import Precision
from tui.model.export.base import Exporter, ExportOptions, escape_json_extras, one_line
from tui.model.key_days import Candidate, DayEvidence, central, day_weight
from tui.model.timeline import Event, Timeline

DEFAULT_PER_DATE = 1
# Articles published on these many days from a day on count as its coverage (the day and
# the next: a day's news is written that evening and printed the morning after).
COVERAGE_DAYS = 2


@dataclass(frozen=True, slots=True)
class KeyDate:
    """One chosen day: its summary sentences and the events whose sources gave them."""

    date: dt.date
    summary: tuple[str, ...]
    events: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        """The day as the export writes it."""
        return {
            "date": self.date.isoformat(),
            "summary": list(self.summary),
            "events": list(self.events),
        }


def day_of(event: Event) -> dt.date | None:
    """The one day ``event`` is dated to, or None (undated, a month, a year, a range)."""
    date = event.date
    if date is None or date.precision is not Precision.DAY or date.first_day != date.last_day:
        return None
    return date.first_day


def events_by_day(timeline: Timeline) -> dict[dt.date, list[Event]]:
    """day -> the timeline's events dated to that one day, in the timeline's order."""
    by_day: dict[dt.date, list[Event]] = {}
    for event in timeline.events:
        day = day_of(event)
        if day is not None:
            by_day.setdefault(day, []).append(event)
    return by_day


def timeline_evidence(timeline: Timeline) -> dict[dt.date, DayEvidence]:
    """What the timeline alone says of each day that has a day-dated event: the articles
    published on it or the next day, the later articles citing its events, and the events'
    quotes as candidate sentences (``later_mentions`` needs the text: it stays 0)."""
    published: dict[dt.date, int] = {}
    for article in timeline.articles:
        if article.published is not None:
            for offset in range(COVERAGE_DAYS):
                day = article.published - dt.timedelta(days=offset)
                published[day] = published.get(day, 0) + 1
    published_on = {article.id: article.published for article in timeline.articles}
    evidence: dict[dt.date, DayEvidence] = {}
    for day, events in events_by_day(timeline).items():
        later = {
            source.article
            for event in events
            for source in event.sources
            if (published_on.get(source.article) or day) > day
        }
        candidates = [
            Candidate(source.quote, source.article, (event.id,))
            for event in events
            for source in event.sources
            if source.quote.strip()
        ]
        evidence[day] = DayEvidence(0, published.get(day, 0), len(later), candidates)
    return evidence


def key_dates(
    timeline: Timeline,
    dates: int,
    per_date: int = DEFAULT_PER_DATE,
    evidence: Mapping[dt.date, DayEvidence] | None = None,
    idf: Mapping[str, float] | None = None,
) -> list[KeyDate]:
    """The ``dates`` days that matter most (fewer only when fewer days have a day-precision
    event), in date order, each with at most ``per_date`` summary sentences.

    ``evidence`` (day -> :class:`DayEvidence`) is what :mod:`tui.extract.key_dates` read in
    the articles; without it, :func:`timeline_evidence`. ``idf`` weighs words for centrality.
    """
    known = evidence if evidence is not None else timeline_evidence(timeline)
    days = [day for day in events_by_day(timeline) if day in known]
    # Heaviest first; ties to the earlier day, so the choice is the same on every run.
    ranked = sorted(days, key=lambda day: (-day_weight(known[day]), day))
    chosen = sorted(ranked[: max(dates, 0)])
    return [_summarise(day, known[day], per_date, idf) for day in chosen]


def _summarise(
    day: dt.date, evidence: DayEvidence, per_date: int, idf: Mapping[str, float] | None
) -> KeyDate:
    """The day's ``per_date`` most central sentences, each said once, with their events."""
    summary = central(evidence.candidates, per_date, idf)
    ids: list[str] = []
    for sentence in summary:
        ids.extend(event for event in sentence.events if event not in ids)
    return KeyDate(day, tuple(one_line(s.text) for s in summary), tuple(ids))


def to_key_dates(
    timeline: Timeline,
    dates: int,
    per_date: int = DEFAULT_PER_DATE,
    evidence: Mapping[dt.date, DayEvidence] | None = None,
    idf: Mapping[str, float] | None = None,
) -> str:
    """:func:`key_dates` as the JSON text the export writes."""
    days = key_dates(timeline, dates, per_date, evidence, idf)
    document = [key.to_json() for key in days]
    return escape_json_extras(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def _render(timeline: Timeline, options: ExportOptions) -> str:
    if options.dates is None:
        raise ValueError("key-dates needs the number of dates (--dates T)")
    return to_key_dates(timeline, options.dates, options.per_date or DEFAULT_PER_DATE)


EXPORTER = Exporter(
    name="key-dates",
    summary="the T days that matter most (--dates T), each with --per-date K summary sentences",
    suffixes=(".key-dates.json",),
    render=_render,
)
