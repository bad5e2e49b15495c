"""The model-layer services the reader uses, behind one seam.

The reader needs four things from :mod:`tui.model`: load a timeline, read an article's text and
sentences, find a quote in that text, and find actor mentions. They are imported lazily here so
that the app starts even while a model module is missing or broken, falling back to simple
versions that keep the reader usable (plain file reading, exact quote search).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from tui.model.diagnostics import Diagnostic, Severity
from tui.model.sentences import Sentence, sentence_index_at, split_sentences
from tui.model.timeline import Actor, Anchor, Article, LoadResult, MatchKind


class ArticleTextLike(Protocol):
    """What the reader reads from an article: its text, its sentences, or why it is missing."""

    text: str
    sentences: list[Sentence]
    error: str | None


@dataclass(slots=True)
class PlainArticleText:
    """An article's text as read from disk, used when :mod:`tui.model.loader` is unavailable."""

    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    error: str | None = None


Loader = Callable[[Path], LoadResult]


def default_loader(path: Path) -> LoadResult:
    """Load ``path`` with :func:`tui.model.loader.load_timeline`, anchors resolved lazily."""
    try:
        from tui.model.loader import load_timeline
    except Exception as error:  # an absent or broken loader module: say so, don't crash
        return LoadResult(
            path,
            None,
            [
                Diagnostic(
                    path, 0, 0, Severity.ERROR, f"the timeline loader is unavailable: {error}"
                )
            ],
        )
    try:
        return load_timeline(path, resolve_sources=False)
    except TypeError:  # an older loader without the keyword
        return load_timeline(path)


class ArticleReader:
    """Reads and caches article texts; one per loaded timeline folder."""

    def __init__(self) -> None:
        self._corpus: Any = None
        for module_name in ("tui.model.loader", "tui.model.corpus"):
            try:
                module = importlib.import_module(module_name)
                self._corpus = module.Corpus()
                break
            except Exception:  # absent, or without a Corpus: try the next
                continue
        self._cache: dict[tuple[str, int], ArticleTextLike] = {}

    def text(self, article: Article) -> ArticleTextLike:
        """The text of ``article``, or an object whose ``error`` says why there is none."""
        file = article.file
        stamp = _mtime(file)
        key = (str(file), stamp)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        try:
            if self._corpus is not None:
                raw = self._corpus.text(article)
            else:
                raw = _read_with_model(article)
            result: ArticleTextLike = _normalize(raw)
        except Exception as error:  # a reading bug must not take the reader down
            result = PlainArticleText(error=f"cannot read {article.path}: {error}")
        self._cache[key] = result
        return result


def _read_with_model(article: Article) -> object:
    try:
        from tui.model.articles import read_article
    except ImportError:
        return _read_plain(article)
    return read_article(article)


def _normalize(raw: object) -> PlainArticleText:
    """Any article-text object as text, sentences and a one-line error message (or None)."""
    error = getattr(raw, "error", None)
    if error is not None and not isinstance(error, str):
        # A Diagnostic: say where and what, in the words the checker uses.
        format_message = getattr(error, "format", None)
        error = format_message() if callable(format_message) else str(error)
    text = getattr(raw, "text", "") or ""
    sentences = list(getattr(raw, "sentences", []) or []) if error is None else []
    return PlainArticleText(text=text, sentences=sentences, error=error)


def _mtime(file: Path | None) -> int:
    try:
        return file.stat().st_mtime_ns if file is not None else -1
    except OSError:
        return -1


def _read_plain(article: Article) -> PlainArticleText:
    if article.file is None:
        return PlainArticleText(error=f"article {article.id!r} has no file")
    try:
        text = article.file.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return PlainArticleText(error=f"cannot read {article.path}: {error.strerror or error}")
    return PlainArticleText(text=text, sentences=split_sentences(text))


def resolve_anchor(text: str, quote: str, sentences: list[Sentence]) -> Anchor | None:
    """Where ``quote`` sits in ``text``: :func:`tui.model.anchors.resolve_quote` if present."""
    if not quote.strip():
        return None
    try:
        from tui.model.anchors import resolve_quote
    except Exception:  # absent or broken: fall back to an exact search
        resolve_quote = None
    if resolve_quote is not None:
        try:
            return resolve_quote(text, quote, sentences).anchor
        except Exception:
            return None
    start = text.find(quote)
    if start < 0:
        folded = re.sub(r"\s+", " ", quote.strip())
        start = text.find(folded)
        if start < 0:
            return None
        quote = folded
    return Anchor(start, start + len(quote), sentence_index_at(sentences, start), MatchKind.EXACT)


@dataclass(frozen=True, slots=True)
class MentionSpan:
    """A mention as the reader uses it."""

    start: int
    end: int
    actor_id: str


def find_mentions(text: str, actors: Sequence[Actor]) -> list[MentionSpan]:
    """Actor mentions in ``text``, via :mod:`tui.model.mentions`."""
    if not text or not actors:
        return []
    from tui.model.mentions import find_mentions as model_find_mentions

    return [MentionSpan(m.start, m.end, m.actor_id) for m in model_find_mentions(text, actors)]
