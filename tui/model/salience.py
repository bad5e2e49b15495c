"""How much an event matters in its story: the reader's key events and the key-dates export.

On a story of hundreds of articles, the same happening is reported again and again, and the
days that matter are the ones many articles come back to. Three counts say so, each from the
timeline alone (no article text is read):

- ``articles``: distinct articles among the event's sources (the same happening reported by
  several articles is one event with several sources once merged);
- ``outlets``: distinct outlets among those articles (an article's ``source`` field; an
  article without one counts as an outlet of its own, since nothing says two such articles
  came from the same desk);
- ``date_articles``: how many articles refer to the event's date, that is, cite some event
  dated to the same day (or the same month or year, at that precision). A day that many
  articles talk about is a day the story turns on, even when each article's events about it
  stayed separate.

An undated event has no ``date_articles``. The score combines the three on one scale; ties go
to the earlier event, then the id, so a ranking is the same on every run.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass

from tui.model.timeline import Event, Timeline

# Date key: the first and last day a date covers, so "2011-01-25" and "2011-01" differ.
DateKey = tuple[dt.date, dt.date]


@dataclass(frozen=True, slots=True)
class Salience:
    """The counts that say how much one event matters, and their combined score."""

    articles: int
    outlets: int
    date_articles: int

    @property
    def score(self) -> float:
        """Reports of the event itself count most; how often its day comes up, on a log
        scale, decides between events reported equally often (a story's big day is cited by
        dozens of articles, while a single event rarely has more than a handful of sources).
        """
        return self.articles + 0.5 * self.outlets + math.log1p(self.date_articles)


def date_key(event: Event) -> DateKey | None:
    """The span of days the event's date covers, or None when it is undated."""
    date = event.date
    return None if date is None else (date.first_day, date.last_day)


def date_references(events: Iterable[Event]) -> dict[DateKey, int]:
    """date span -> how many distinct articles cite an event dated to it."""
    by_date: dict[DateKey, set[str]] = {}
    for event in events:
        key = date_key(event)
        if key is None or not event.sources:
            continue
        cited = by_date.setdefault(key, set())
        for source in event.sources:
            cited.add(source.article)
    return {key: len(cited) for key, cited in by_date.items()}


def salience(timeline: Timeline) -> dict[str, Salience]:
    """event id -> its :class:`Salience`, for every event of ``timeline``."""
    outlet_of = {article.id: article.source.strip().casefold() for article in timeline.articles}
    references = date_references(timeline.events)
    out: dict[str, Salience] = {}
    for event in timeline.events:
        articles = {source.article for source in event.sources}
        # An article with no outlet named (or not in the timeline) is an outlet of its own.
        outlets = {outlet_of.get(article) or f"\0{article}" for article in articles}
        key = date_key(event)
        dated = references.get(key, 0) if key is not None else 0
        out[event.id] = Salience(len(articles), len(outlets), dated)
    return out


def ranked(timeline: Timeline, scores: dict[str, Salience] | None = None) -> list[Event]:
    """Every event, the most salient first; ties by date (undated last), then by id."""
    scores = scores if scores is not None else salience(timeline)
    return sorted(timeline.events, key=lambda event: _rank_key(event, scores))


def top_events(events: list[Event], count: int, scores: dict[str, Salience]) -> list[Event]:
    """The ``count`` most salient of ``events``, kept in the order ``events`` had."""
    if count >= len(events):
        return list(events)
    chosen = {id(e) for e in sorted(events, key=lambda e: _rank_key(e, scores))[: max(count, 0)]}
    return [event for event in events if id(event) in chosen]


def _rank_key(event: Event, scores: dict[str, Salience]) -> tuple[float, tuple[object, ...]]:
    found = scores.get(event.id)
    score = found.score if found is not None else 0.0
    return (-score, event.sort_key())
