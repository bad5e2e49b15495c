"""Events from articles that are not in English: dated sentences found by dateparser's search.

newsline's own tagger (:mod:`tui.extract.temporal`) reads English only. For an article in
another language, ``dateparser.search.search_dates`` finds its dates in that language
("10 сентября", "9월 10일", "el 10 de septiembre", "el martes"), resolved against the
publication date. Each sentence with a date becomes one event: titled by the sentence trimmed
at a word boundary, quoting the sentence, status ``occurred``. Its actors are only those whose
registered names or aliases the sentence contains (the pipeline's merge step finds them): no
name detection is attempted in languages it was not written for.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.events import EventDraft
from tui.extract.foreign_languages import DATEPARSER_LANGUAGES
from tui.model.sentences import Sentence, split_sentences
from tui.model.timeline import EventStatus
from tui.model.user_dates import UserDateError, parse_user_date

MAX_TITLE = 80
PREFER = "current_period"
# A found "date" made only of a number ("33", "2") is a count, not a date; keep numbers only in
# a numeric date form (10.09.2023, 2023-09-10, 10/09).
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?")
# A date wider than a year is background ("в 1990-е"), not a happening.
MAX_EVENT_DAYS = 366


def foreign_events(
    article_id: str, text: str, published: dt.date, language: str
) -> list[EventDraft]:
    """One event draft per sentence of ``text`` that holds a date, in text order."""
    found = _dated_spans(text, published, language)
    if not found:
        return []
    sentences = split_sentences(text)
    drafts: list[EventDraft] = []
    used: set[int] = set()
    for start, end, edtf in found:
        index = _sentence_at(sentences, start)
        if index is None or index in used:
            continue  # one event per sentence: its first date
        used.add(index)
        sentence = sentences[index]
        quote = text[sentence.start : sentence.end]
        drafts.append(
            EventDraft(
                article=article_id,
                sentence=index,
                date=edtf,
                date_text=text[start:end],
                status=EventStatus.OCCURRED,
                title=title_of(quote),
                quote=quote,
                quote_start=sentence.start,
                sentence_text=quote,
            )
        )
    return drafts


def supports(language: str) -> bool:
    """Whether dateparser reads dates in ``language`` (an ISO 639-1 code), answered without
    importing dateparser (:mod:`tui.extract.foreign_languages`)."""
    return language in DATEPARSER_LANGUAGES


def title_of(sentence: str, limit: int = MAX_TITLE) -> str:
    """The sentence on one line, without its final stop, trimmed at a word boundary."""
    text = " ".join(sentence.split()).rstrip(" .。!?！？؟")
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:،、") + "\u2026"


def _dated_spans(text: str, published: dt.date, language: str) -> list[tuple[int, int, str]]:
    """(start, end, EDTF) of each date dateparser's search finds, in text order."""
    from dateparser.search import search_dates

    base = dt.datetime(published.year, published.month, published.day, 12)
    # A day and month without a year are in the article's own year ("13 сентября" in a story
    # of 12 September is the next day, not a year ago); a weekday is the last on or before it.
    settings = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": PREFER,
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        found = search_dates(text, languages=[language], settings=settings) or []
    except (ValueError, OverflowError, TypeError, RecursionError):
        return []
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for phrase, _when in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        end = start + len(phrase)
        cursor = end
        if not any(c.isalpha() for c in phrase) and not _NUMERIC_DATE.search(phrase):
            continue
        edtf = _edtf(phrase, base, language)
        if edtf is not None:
            spans.append((start, end, edtf))
    return spans


def _edtf(phrase: str, base: dt.datetime, language: str) -> str | None:
    """The phrase's date at its precision, or None when it is not one (or wider than a year)."""
    try:
        found = parse_user_date(phrase, base=base, languages=[language], prefer=PREFER)
    except UserDateError:
        return None
    try:
        value = found.event_date()
    except ValueError:
        return None
    if (value.last_day - value.first_day).days >= MAX_EVENT_DAYS:
        return None
    return found.edtf


def _sentence_at(sentences: list[Sentence], offset: int) -> int | None:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return None
