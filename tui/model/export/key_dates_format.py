"""Key dates: the T days that matter most in the story, each told in at most K sentences.

``newsline export --format key-dates --dates T [--per-date K]`` writes a JSON list of
``{"date": "YYYY-MM-DD", "summary": [sentence, ...], "events": [id, ...]}``, sorted by date:
the task of timeline summarization (Timeline17: a journalist's timeline has T dates and a few
sentences per date), so that bench/tls_score.py can score it against journalists' timelines.

Only day-precision events can put a day forward (a month names no day). A day's weight is how
many distinct articles published after it still cite an event on it (a day the story keeps
coming back to, not one day's routine coverage), then how many articles cite it at all
(:func:`tui.model.salience.date_references`), then how many events it has.

A day's summary is made of its events' source quotes: the ones that share the most words
with the day's other quotes (what the articles agree happened that day), reported by the most
articles, without saying the same thing twice. ``events`` lists the ids whose sources
supplied the summary.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter
from dataclasses import dataclass

from tui.model.dates import Precision
from tui.model.export.base import Exporter, ExportOptions, escape_json_extras, one_line
from tui.model.salience import Salience, date_references, salience
from tui.model.timeline import Event, Timeline

DEFAULT_PER_DATE = 1

# Words that say nothing about what happened; left out when sentences are compared.
_STOPWORDS = frozenset(
    [
        "a",
        "about",
        "after",
        "again",
        "against",
        "all",
        "also",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "during",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "just",
        "more",
        "most",
        "no",
        "not",
        "of",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "said",
        "says",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "will",
        "with",
        "would",
        "you",
    ]
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A summary sentence sharing this much of its words with one already chosen says it again.
_SAME_SENTENCE = 0.5


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


def key_dates(timeline: Timeline, dates: int, per_date: int = DEFAULT_PER_DATE) -> list[KeyDate]:
    """The ``dates`` days that matter most (fewer only when fewer days have a day-precision
    event), in date order, each with at most ``per_date`` summary sentences."""
    by_day: dict[dt.date, list[Event]] = {}
    for event in timeline.events:
        day = day_of(event)
        if day is not None:
            by_day.setdefault(day, []).append(event)
    references = date_references(timeline.events)
    scores = salience(timeline)
    published = {article.id: article.published for article in timeline.articles}

    def weight(day: dt.date) -> tuple[int, int, int, int, dt.date]:
        # Later articles citing the day, all articles citing it, its events, its sources;
        # ties to the earlier day.
        events = by_day[day]
        later = {
            source.article
            for event in events
            for source in event.sources
            if (published.get(source.article) or day) > day
        }
        sources = sum(len(event.sources) for event in events)
        return (-len(later), -references.get((day, day), 0), -len(events), -sources, day)

    chosen = sorted(sorted(by_day, key=weight)[: max(dates, 0)])
    return [_summarise(day, by_day[day], per_date, scores) for day in chosen]


def _summarise(
    day: dt.date, events: list[Event], per_date: int, scores: dict[str, Salience]
) -> KeyDate:
    """The day's ``per_date`` most central quotes, each said once, with their events."""
    candidates: list[tuple[str, frozenset[str], Event]] = []
    for event in events:
        for source in event.sources:
            text = one_line(source.quote)
            if text:
                candidates.append((text, _content_words(text), event))
    # How many of the day's quotes use each word: a quote made of such words tells what the
    # articles agree happened, not one article's aside.
    spread = Counter(word for _, words, _ in candidates for word in words)

    def centrality(item: tuple[str, frozenset[str], Event]) -> tuple[float, float, str, str]:
        text, words, event = item
        shared = sum(spread[word] - 1 for word in words)
        found = scores.get(event.id)
        reports = found.score if found is not None else 0.0
        return (-shared / math.sqrt(len(words) or 1), -reports, event.id, text)

    summary: list[str] = []
    picked_words: list[frozenset[str]] = []
    ids: list[str] = []
    for text, words, event in sorted(candidates, key=centrality):
        if len(summary) >= per_date:
            break
        if text in summary or any(_overlap(words, seen) >= _SAME_SENTENCE for seen in picked_words):
            continue
        summary.append(text)
        picked_words.append(words)
        if event.id not in ids:
            ids.append(event.id)
    return KeyDate(day, tuple(summary), tuple(ids))


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        word for word in (w.casefold() for w in _WORD.findall(text)) if word not in _STOPWORDS
    )


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller word set found in the other (1.0: one says nothing new)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def to_key_dates(timeline: Timeline, dates: int, per_date: int = DEFAULT_PER_DATE) -> str:
    """:func:`key_dates` as the JSON text the export writes."""
    document = [key.to_json() for key in key_dates(timeline, dates, per_date)]
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
