"""The article shown and where events' quotes sit in it, a part of
:class:`~tui.app.state.ReaderState` (no Textual).

Opening an article gives its text, sentences and actor mentions (cached per article), or the
reason it cannot be read; a huge article is split in a worker (``pending``). Anchors (where a
source's quote sits) are resolved on demand, and citations (which events cite a sentence) per
article. Kept apart from state.py so that each file has one job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from tui.model.anchors import resolve_quote
from tui.model.articles import ArticleText
from tui.model.mentions import Mention, MentionFinder
from tui.model.sentences import Sentence, fast_sentences
from tui.model.timeline import Actor, Anchor, Article, Event, Timeline

if TYPE_CHECKING:
    from tui.model.loader import Corpus

# An article longer than this (characters) is split into sentences in a worker thread: a
# 10 MB article takes seconds to split, which must not freeze the keys.
BACKGROUND_CHARS = 200_000
_LINE = re.compile(r"[^\r\n]+")


class ArticleShown(NamedTuple):
    """An article as Text shows it: its text and sentences, or why it cannot be read (a
    NamedTuple, as every record the first paint needs: no methods compiled at start-up).

    ``pending`` is a huge article's text, still to be split in a worker (see
    :meth:`ReaderState.article_prepared`); meanwhile there is nothing to show.
    """

    article: Article | None
    text: str
    sentences: list[Sentence]
    error: str | None
    mentions: list[Mention]
    pending: ArticleText | None = None
    # Split by punctuation rules only, for the first paint: syntok's split follows
    # (ReaderState.finish_quick_split).
    quick: bool = False


def in_background(text: ArticleText) -> bool:
    """Whether ``text`` is too long to split on the UI thread and is not split yet."""
    return not text.is_split and len(text.text) > BACKGROUND_CHARS


def quick_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` by punctuation rules alone (``fast_sentences``, each line on
    its own, as syntok's split takes lines as hard boundaries too): for the first article
    the reader paints, as importing syntok and its regex engine was about a tenth of the
    first paint. Mostly the same sentences; syntok's split replaces them after the paint."""
    found: list[Sentence] = []
    for line in _LINE.finditer(text):
        base = line.start()
        found.extend(
            Sentence(base + sentence.start, base + sentence.end)
            for sentence in fast_sentences(line.group())
        )
    return found


class ArticleState:
    """The article part of :class:`~tui.app.state.ReaderState` (a mixin: it reads the
    state's timeline, selection and caches)."""

    timeline: Timeline | None
    corpus: Corpus
    article_id: str | None
    source_index: int
    _mention_finder: MentionFinder | None
    _actors_seen: tuple[Actor, ...]
    _anchors: dict[tuple[str, int], Anchor | None]
    _mentions: dict[str, tuple[str, list[Mention]]]
    _citations: dict[str, dict[int, frozenset[str]]]
    _sources_by_article: dict[str, list[tuple[Event, int]]]
    # article id -> (its text, the quick sentences shown until syntok has split it)
    _quick: dict[str, tuple[str, list[Sentence]]]

    if TYPE_CHECKING:  # what the state provides, for readers and type checkers

        @property
        def selected_event(self) -> Event | None: ...

    def anchor_of(self, event: Event, index: int) -> Anchor | None:
        """Where source ``index`` of ``event`` sits in its article, resolved on demand."""
        key = (event.id, index)
        if key in self._anchors:
            return self._anchors[key]
        source = event.sources[index]
        anchor = source.anchor
        if anchor is None and self.timeline is not None:
            article = self.timeline.article_by_id.get(source.article)
            if article is not None:
                text = self.corpus.text(article)
                if text.error is None and in_background(text):
                    return None  # its sentences are being split: asked again once they are
                if text.error is None:
                    sentences = self._sentences_of(article.id, text)
                    anchor = resolve_quote(text.text, source.quote, sentences).anchor
        self._anchors[key] = anchor
        return anchor

    def _sentences_of(self, article_id: str, text: ArticleText) -> list[Sentence]:
        """The sentences shown of ``text``: its quick ones while syntok's are to come."""
        quick = self._quick_sentences(article_id, text)
        return quick if quick is not None else text.sentences

    def _quick_sentences(self, article_id: str, text: ArticleText) -> list[Sentence] | None:
        quick = self._quick.get(article_id)
        if quick is not None and quick[0] is text.text and not text.is_split:
            return quick[1]
        return None

    def open_article(self, article_id: str | None, *, quick: bool = False) -> ArticleShown:
        """Make ``article_id`` the article shown; its text, or a message in its place.

        ``quick``: an article not split yet is split by punctuation rules for now
        (:func:`quick_sentences`); :meth:`finish_quick_split` splits it by syntok."""
        timeline = self.timeline
        self.article_id = article_id
        article = timeline.article_by_id.get(article_id) if timeline and article_id else None
        if article is None:
            message = f"article {article_id!r} is not in the timeline" if article_id else None
            return ArticleShown(None, "", [], message, [])
        text = self.corpus.text(article)
        if text.error is not None:
            # Say where and what, in the words `newsline check` uses.
            return ArticleShown(article, "", [], text.error.format(), [])
        if in_background(text):
            return ArticleShown(article, "", [], None, [], pending=text)
        if quick and not text.is_split and article.id not in self._quick:
            self._quick[article.id] = (text.text, quick_sentences(text.text))
        sentences = self._quick_sentences(article.id, text)
        mentions: list[Mention] = []
        cached = self._mentions.get(article.id)
        if cached is not None and cached[0] is text.text:
            mentions = cached[1]
        elif sentences is None:
            # Split quickly, the article is shown before its actors are marked: making the
            # finder compiles a pattern of every actor's names (about a tenth of the seeds'
            # first paint), which finish_quick_split leaves to after the paint.
            mentions = self.mention_finder().find(text.text)
            self._mentions[article.id] = (text.text, mentions)
        if sentences is not None:
            return ArticleShown(article, text.text, list(sentences), None, mentions, quick=True)
        return ArticleShown(article, text.text, list(text.sentences), None, mentions)

    def finish_quick_split(self) -> set[str]:
        """Split by syntok the articles shown split quickly; the ids of those to show again:
        their sentences came out otherwise (their anchors and citations are dropped, to be
        found again), or their actors are still to be marked."""
        changed: set[str] = set()
        timeline = self.timeline
        for article_id, (text_seen, quick) in list(self._quick.items()):
            article = timeline.article_by_id.get(article_id) if timeline else None
            if article is None:
                continue
            text = self.corpus.text(article)
            if text.text is not text_seen or text.error is not None:
                continue  # the file changed meanwhile: its new text was never split quickly
            if text.sentences != quick:
                changed.add(article_id)
                for event, index in self._sources_by_article.get(article_id, []):
                    self._anchors.pop((event.id, index), None)
                self._citations.pop(article_id, None)
            elif self._actors_seen and article_id not in self._mentions:
                changed.add(article_id)
        self._quick.clear()
        return changed

    def mention_finder(self) -> MentionFinder:
        """The finder of the timeline's actors, made on first use (made twice at worst when a
        worker asks at the same time: the same finder, nothing lost)."""
        finder = self._mention_finder
        if finder is None:
            finder = self._mention_finder = MentionFinder(self._actors_seen)
        return finder

    def make_mention_finder(self) -> Callable[[], None]:
        """Make the finder of the actors shown now (a pattern of every name: a tenth of a
        second on a big registry, which the first article shown after the first paint paid;
        safe in a worker thread) and return what keeps it, to be called on the app's thread:
        it keeps the finder only while the same actors are shown and none was made meanwhile."""
        actors = self._actors_seen
        finder = MentionFinder(actors)

        def keep() -> None:
            if self._actors_seen is actors and self._mention_finder is None:
                self._mention_finder = finder

        return keep

    def find_mentions(self, text: str) -> list[Mention]:
        """The actor mentions in ``text`` (safe from a worker thread: nothing is stored)."""
        return self.mention_finder().find(text)

    def article_prepared(self, text: ArticleText, mentions: list[Mention]) -> bool:
        """Keep a huge article's ``mentions``, found in a worker once it was split; whether it
        is still the article shown. Anchors and citations asked for meanwhile are dropped."""
        article_id = text.article_id
        self._mentions[article_id] = (text.text, mentions)
        for event, index in self._sources_by_article.get(article_id, []):
            self._anchors.pop((event.id, index), None)
        self._citations.pop(article_id, None)
        return self.article_id == article_id and self.timeline is not None

    def selected_source_article(self) -> str | None:
        """The article of the selected event's current source, or None."""
        event = self.selected_event
        if event is None or not event.sources:
            return None
        return event.sources[self.source_index % len(event.sources)].article

    def selected_anchor(self) -> Anchor | None:
        """Where the selected event's current source sits, when that is the article shown."""
        event = self.selected_event
        if event is None or not event.sources:
            return None
        index = self.source_index % len(event.sources)
        if event.sources[index].article != self.article_id:
            return None
        return self.anchor_of(event, index)

    def citations(self, article_id: str) -> dict[int, frozenset[str]]:
        """sentence index -> ids of the events whose quote sits in that sentence."""
        cached = self._citations.get(article_id)
        if cached is not None:
            return cached
        by_sentence: dict[int, set[str]] = {}
        for event, index in self._sources_by_article.get(article_id, []):
            anchor = self.anchor_of(event, index)
            if anchor is not None:
                by_sentence.setdefault(anchor.sentence, set()).add(event.id)
        result = {sentence: frozenset(ids) for sentence, ids in by_sentence.items()}
        self._citations[article_id] = result
        return result

    def cited_by(self, sentence: int) -> frozenset[str]:
        """Ids of the events that cite ``sentence`` of the article shown."""
        if not self.article_id:
            return frozenset()
        return self.citations(self.article_id).get(sentence, frozenset())
