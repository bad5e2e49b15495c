"""Full-text search over every article and every quote of a timeline, without Textual.

:class:`SearchIndex` is built once per loaded timeline (the reader builds it in a worker): it
joins every article's text into one string, so that a query is a single case-insensitive scan
(about 1.3 MB for 300 articles) instead of one scan per article, and it knows where each
event's quote sits, so that a hit can name the events that cite its sentence. A hit's sentence
is found around the match with the fast punctuation rules (:func:`fast_sentences`) on its line
only, so nothing is split into sentences ahead of time; the reader's Text pane places its own
cursor on the sentence holding the match.

Quotes that were not found in their article (retyped, or their article cannot be read) are
searched too, on their own: a result then shows the quote itself.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tui.model.anchors import resolve_quote
from tui.model.filters import event_matches
from tui.model.sentences import Interrupted, fast_sentences
from tui.model.timeline import Event, Timeline

# Between two articles in the joined text: no query can match across it (queries are one line).
_SEPARATOR = "\n\x00\n"
# More hits than this are counted but not listed: nobody reads 20,000 lines of "the".
MAX_HITS = 1_000
# How far each side of a match its sentence is looked for (characters).
WINDOW = 300


@dataclass(frozen=True, slots=True)
class Hit:
    """One sentence that holds the query: where, the matches in it, and who cites it.

    ``start``/``end`` are the sentence's span in the article's text (or in the quote, when
    ``in_quote``), ``matches`` the query's spans there, ``event_ids`` the events whose quote
    overlaps the sentence.
    """

    article_id: str
    start: int
    end: int
    matches: tuple[tuple[int, int], ...]
    sentence: str
    event_ids: tuple[str, ...] = ()
    in_quote: bool = False

    @property
    def offset(self) -> int:
        """Where the first match starts in the article (what Text moves its cursor to)."""
        return self.matches[0][0]


@dataclass(frozen=True, slots=True)
class Results:
    """What a query found: the hits in reading order, and whether that is all of them."""

    query: str
    hits: tuple[Hit, ...]
    complete: bool = True  # False: there were more than the search's limit

    def counter(self, index: int) -> str:
        """``3/14`` for hit ``index`` (0-based), ``3/1000+`` when there were more."""
        more = "" if self.complete else "+"
        return f"{index + 1}/{len(self.hits)}{more}" if self.hits else "0/0"


@dataclass(slots=True)
class _Document:
    article_id: str
    base: int  # where the text starts in the joined text
    text: str
    # Quote spans in the text with their event, by start: (start, end, event id).
    cited: list[tuple[int, int, str]] = field(default_factory=list)
    cited_starts: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Quote:
    article_id: str
    event_id: str
    text: str


class SearchIndex:
    """Every article's text and every quote of one timeline, ready for :meth:`search`."""

    def __init__(self, documents: list[_Document], quotes: list[_Quote]) -> None:
        self._documents = documents
        self._bases = [document.base for document in documents]
        self._joined = _SEPARATOR.join(document.text for document in documents)
        self._quotes = quotes
        # The joined text lowered once, when lowering keeps every offset (it does not for a
        # few letters, such as the dotted capital I; then the slower case-blind regex is used).
        folded = self._joined.lower()
        self._folded = folded if len(folded) == len(self._joined) else None

    @classmethod
    def build(
        cls,
        timeline: Timeline,
        text_of: Callable[[str], str | None],
        should_stop: Callable[[], bool] | None = None,
    ) -> SearchIndex:
        """Index ``timeline``: ``text_of(article_id)`` gives an article's text (None: unreadable).

        Articles are taken in publication order, so that hits come in reading order.
        ``should_stop`` is asked between articles; :class:`Interrupted` is raised when it says
        yes (a newer load replaced this timeline).
        """
        sources: dict[str, list[tuple[Event, str]]] = {}
        for event in timeline.events:
            for source in event.sources:
                sources.setdefault(source.article, []).append((event, source.quote))
        articles = sorted(
            timeline.articles,
            key=lambda a: (a.published or dt.date.max, a.title.casefold(), a.id),
        )
        documents: list[_Document] = []
        quotes: list[_Quote] = []
        base = 0
        for article in articles:
            if should_stop is not None and should_stop():
                raise Interrupted
            text = text_of(article.id) or ""
            document = _Document(article.id, base, text)
            for event, quote in sources.get(article.id, []):
                anchor = resolve_quote(text, quote, []).anchor if text else None
                if anchor is None:
                    if quote.strip():
                        quotes.append(_Quote(article.id, event.id, quote.strip()))
                    continue
                document.cited.append((anchor.start, anchor.end, event.id))
            document.cited.sort()
            document.cited_starts = [start for start, _, _ in document.cited]
            documents.append(document)
            base += len(text) + len(_SEPARATOR)
        known = {article.id for article in articles}
        for article_id, pairs in sources.items():
            if article_id not in known:  # a source naming an article that is not listed
                quotes.extend(_Quote(article_id, e.id, q.strip()) for e, q in pairs if q.strip())
        return cls(documents, quotes)

    @property
    def characters(self) -> int:
        """How many characters of article text the index holds."""
        return sum(len(document.text) for document in self._documents)

    @property
    def articles(self) -> int:
        """How many articles the index holds."""
        return len(self._documents)

    def search(self, query: str, limit: int = MAX_HITS) -> Results:
        """Every sentence holding ``query`` (ignoring case), article by article, then quotes.

        At most ``limit`` sentences are listed; :attr:`Results.complete` says whether there
        were more.
        """
        needle = query.strip()
        if not needle:
            return Results(query, (), True)
        hits: list[Hit] = []
        # Matches of one sentence are gathered into one hit; matches come in offset order.
        current: tuple[_Document, int, int] | None = None
        spans: list[tuple[int, int]] = []
        sentences = _Sentences()
        for joined_start, joined_end in self._matches(needle):
            document = self._documents[bisect.bisect_right(self._bases, joined_start) - 1]
            start, end = joined_start - document.base, joined_end - document.base
            if current is not None and current[0] is document and start < current[2]:
                spans.append((start, end))
                continue
            if current is not None:
                hits.append(self._hit(current, spans))
                if len(hits) >= limit:
                    return Results(query, tuple(hits), False)
            sentence_start, sentence_end = sentences.around(document.text, start, end)
            current = (document, sentence_start, sentence_end)
            spans = [(start, end)]
        if current is not None:
            hits.append(self._hit(current, spans))
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        for quote in self._quotes:
            found = tuple((m.start(), m.end()) for m in pattern.finditer(quote.text))
            if not found:
                continue
            if len(hits) >= limit:
                return Results(query, tuple(hits), False)
            hits.append(
                Hit(
                    quote.article_id, 0, len(quote.text), found, quote.text, (quote.event_id,), True
                )
            )
        return Results(query, tuple(hits), True)

    def _matches(self, needle: str) -> Iterator[tuple[int, int]]:
        """Where ``needle`` occurs in the joined text, ignoring case, in order."""
        folded_needle = needle.lower()
        if self._folded is not None and len(folded_needle) == len(needle):
            # str.find on text lowered once is many times faster than a case-blind regex.
            haystack, size = self._folded, len(needle)
            at = haystack.find(folded_needle)
            while at >= 0:
                yield at, at + size
                at = haystack.find(folded_needle, at + size)
            return
        pattern = re.compile(re.escape(needle), re.IGNORECASE)
        for match in pattern.finditer(self._joined):
            yield match.start(), match.end()

    def _hit(self, where: tuple[_Document, int, int], spans: list[tuple[int, int]]) -> Hit:
        document, start, end = where
        return Hit(
            document.article_id,
            start,
            end,
            tuple(spans),
            document.text[start:end],
            _citing(document, start, end),
        )


def matching_events(timeline: Timeline, query: str) -> list[str]:
    """Ids of the events whose title or one of whose quotes holds ``query`` (ignoring case)."""
    return [event.id for event in timeline.events if event_matches(event, query)]


def _citing(document: _Document, start: int, end: int) -> tuple[str, ...]:
    """Events whose quote overlaps ``[start, end)`` of ``document``, in quote order, once each."""
    found: dict[str, None] = {}
    # Quotes are short, so any that overlap start at most a sentence's length before ``start``.
    last = bisect.bisect_left(document.cited_starts, end)
    for quote_start, quote_end, event_id in document.cited[:last]:
        if quote_end > start and quote_start < end:
            found[event_id] = None
    return tuple(found)


class _Sentences:
    """The sentence around a match, from the punctuation rules run on a window around it.

    The window reaches :data:`WINDOW` characters each side of the match, or to the line's
    ends. Later matches reuse it, unless their sentence runs into an edge that cuts a line:
    then a window around them is split instead.
    """

    def __init__(self) -> None:
        self._text_id = -1
        self._window = (0, 0)
        self._cut = (False, False)  # whether the window's start, its end, cut a line
        self._starts: list[int] = []
        self._ends: list[int] = []

    def around(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence holding ``text[start:end]`` (line breaks end sentences)."""
        found = self._lookup(text, start, end, fresh=False)
        if found is None:
            self._split(text, start, end)
            found = self._lookup(text, start, end, fresh=True)
        return found or (start, end)

    def _split(self, text: str, start: int, end: int) -> None:
        line_start = text.rfind("\n", max(0, start - WINDOW), start) + 1
        low = line_start if line_start > 0 else max(0, start - WINDOW)
        line_end = text.find("\n", end, end + WINDOW)
        high = line_end if line_end >= 0 else min(len(text), end + WINDOW)
        self._text_id, self._window = id(text), (low, high)
        self._cut = (line_start == 0 and low > 0, line_end < 0 and high < len(text))
        found = fast_sentences(text[low:high])
        self._starts = [low + sentence.start for sentence in found]
        self._ends = [low + sentence.end for sentence in found]

    def _lookup(self, text: str, start: int, end: int, *, fresh: bool) -> tuple[int, int] | None:
        low, high = self._window
        if self._text_id != id(text) or not low <= start < end <= high:
            return None
        index = bisect.bisect_right(self._starts, start) - 1
        if index < 0 or start >= self._ends[index]:
            return (start, end) if fresh else None
        cut_low, cut_high = self._cut
        at_edge = (index == 0 and cut_low) or (index == len(self._starts) - 1 and cut_high)
        if at_edge and not fresh:
            return None
        return self._starts[index], max(self._ends[index], end)
