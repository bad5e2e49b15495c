"""What the article text says about each day, for the key-dates export.

The timeline alone knows its events and when each article was published
(:func:`tui.model.export.key_dates_format.timeline_evidence`). The text says more: which days
each article names, to the day (newsline's date tagger, relative dates resolved against the
article's publication date), and in which sentences. Timeline summarization ranks dates by
exactly that (news-tls' date features; Martschat and Markert's date frequency) and tells a
date with the sentences that name it and the first sentences of the articles published on
it or the next day (news-tls' "PM" candidates: a report of the day opens with it).

Only days that have a day-precision event can be chosen, so only their evidence is kept.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping

from tui.extract.temporal import Timex, tag, value_range
from tui.model.export.key_dates_format import COVERAGE_DAYS, events_by_day, timeline_evidence
from tui.model.key_days import Candidate, DayEvidence, inverse_frequencies
from tui.model.loader import Corpus
from tui.model.timeline import Timeline

# How many opening sentences of an article stand for its publication day (news-tls' clip).
LEAD_SENTENCES = 5


def story_evidence(
    timeline: Timeline, corpus: Corpus | None = None
) -> tuple[dict[dt.date, DayEvidence], dict[str, float]]:
    """day -> :class:`DayEvidence` from the timeline and its articles' text, and the story's
    word weights (inverse sentence frequencies) for choosing central sentences.

    An article that cannot be read adds nothing (``newsline check`` says why); the export
    still has the timeline's own evidence.
    """
    corpus = corpus if corpus is not None else Corpus()
    evidence = timeline_evidence(timeline)
    quotes = _quotes_by_article_and_day(timeline)
    texts: list[str] = []
    for article in timeline.articles:
        text = corpus.text(article)
        if text.error is not None or not text.text:
            continue
        spans = text.sentences
        sentences = [text.text[s.start : s.end] for s in spans]
        texts.extend(sentences)
        starts = [s.start for s in spans]
        named: set[dt.date] = set()
        dated_sentences: set[int] = set()
        for timex in tag(text.text, article.published):
            day = _day(timex)
            index = bisect.bisect_right(starts, timex.start) - 1
            if day is None or index < 0 or timex.start >= spans[index].end:
                continue
            dated_sentences.add(index)
            found = evidence.get(day)
            if found is None:
                continue
            named.add(day)
            sentence = sentences[index]
            found.candidates.append(
                Candidate(sentence, article.id, _events_in(sentence, quotes, article.id, day))
            )
        published = article.published
        if published is None:
            continue
        for day in named:
            if day < published:
                evidence[day].later_mentions += 1
        for index, sentence in enumerate(sentences[:LEAD_SENTENCES]):
            if index in dated_sentences:
                continue  # it tells the day it names, not the day it was published
            for offset in range(COVERAGE_DAYS):
                day = published - dt.timedelta(days=offset)
                found = evidence.get(day)
                if found is not None:
                    events = _events_in(sentence, quotes, article.id, day)
                    found.candidates.append(Candidate(sentence, article.id, events))
    return evidence, inverse_frequencies(texts)


def _day(timex: Timex) -> dt.date | None:
    """The one day a date expression names, or None (a month, a week, a duration...)."""
    if timex.type not in ("DATE", "TIME"):
        return None
    covered = value_range(timex.value)
    return covered[0] if covered is not None and covered[0] == covered[1] else None


# (article, day) -> (quote, event id) of that day's events quoting that article.
Quotes = Mapping[tuple[str, dt.date], list[tuple[str, str]]]


def _quotes_by_article_and_day(timeline: Timeline) -> Quotes:
    """(article, day) -> (quote on one line, event id) of the events dated to that day."""
    out: dict[tuple[str, dt.date], list[tuple[str, str]]] = {}
    for day, events in events_by_day(timeline).items():
        for event in events:
            for source in event.sources:
                quote = " ".join(source.quote.split())
                if quote:
                    out.setdefault((source.article, day), []).append((quote, event.id))
    return out


def _events_in(sentence: str, quotes: Quotes, article: str, day: dt.date) -> tuple[str, ...]:
    """Our events of ``day`` whose quote from ``article`` is this sentence or inside it."""
    flat = " ".join(sentence.split())
    ids: list[str] = []
    for quote, event in quotes.get((article, day), ()):
        if (quote in flat or flat in quote) and event not in ids:
            ids.append(event)
    return tuple(ids)
