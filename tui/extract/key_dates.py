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
import re
from collections.abc import Callable, Mapping

from tui.extract.page_furniture import read_page
from tui.extract.temporal import Timex, tag, value_range
from tui.model.export.key_dates_format import COVERAGE_DAYS, events_by_day, timeline_evidence
from tui.model.key_days import Candidate, DayEvidence, inverse_frequencies
from tui.model.loader import Corpus
from tui.model.sentences import Sentence
from tui.model.timeline import Timeline

# A word a date expression naming a day is written with; a sentence without one is not tagged.
_DATE_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\b(?:today|tonight|yesterday|tomorrow|day|days|night|morning|afternoon|evening|ago"
    r"|earlier|later|midnight|noon|eve|christmas|easter|thanksgiving|year)\b"
    r"|\b(?:1[89]|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)\b|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
    r"|\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?[ap]\.?m\b",
    re.IGNORECASE,
)
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
        # A saved page's stamps and readers' comments are no evidence (as in extraction).
        page = read_page(text.text, article.published)
        spans = [s for s in text.sentences if not page.text[s.start : s.end].isspace()]
        sentences = [page.text[s.start : s.end].strip() for s in spans]
        texts.extend(sentences)
        named: set[dt.date] = set()
        dated_sentences: set[int] = set()
        day_at = page.written_on(article.published) if article.published else None
        for index, day in days_named(page.text, spans, article.published, day_at):
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


def days_named(
    text: str,
    spans: list[Sentence],
    published: dt.date | None,
    day_at: Callable[[int], dt.date] | None = None,
) -> list[tuple[int, dt.date]]:
    """(sentence index, day) for every expression of ``text`` that names one day.

    The tagger runs only on the sentences holding a word a date is written with (a month, a
    weekday, a year, "yesterday", a clock time...), joined by line breaks: about a quarter of
    a story's sentences, at half the tagger's time. What a date says depends on the dates
    before it ("March 20" after "in 2003"), and every sentence left out has none of them.
    ``day_at(offset)``, where a page's stamps say so, is the day the text there was written:
    its sentences are read from that day.
    """
    kept = [i for i, span in enumerate(spans) if _DATE_WORD.search(text, span.start, span.end)]
    by_day: dict[dt.date | None, list[int]] = {}
    for i in kept:
        by_day.setdefault(day_at(spans[i].start) if day_at else published, []).append(i)
    named: list[tuple[int, dt.date]] = []
    for written, members in by_day.items():
        offsets: list[int] = []  # where each kept sentence starts in the joined text
        parts: list[str] = []
        at = 0
        for i in members:
            offsets.append(at)
            parts.append(text[spans[i].start : spans[i].end].replace("\n", " "))
            at += len(parts[-1]) + 1
        for timex in tag("\n".join(parts), written):
            day = _day(timex)
            if day is not None:
                named.append((members[bisect.bisect_right(offsets, timex.start) - 1], day))
    return sorted(named, key=lambda found: found[0])


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
