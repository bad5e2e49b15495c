"""What an import adds: new articles with safe, unique names; duplicates skipped, saying why."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from tui.importer.records import Incoming
from tui.importer.text import normalise_url, text_fingerprint
from tui.model.articles import read_article
from tui.model.ids import free_id, slugify
from tui.model.paths import is_inside
from tui.model.timeline import Article, Timeline

MAX_SLUG = 60
# Names Windows refuses for a file whatever its extension.
_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$")
CORPUS_SUFFIXES = (".md", ".txt", ".markdown", ".text")


@dataclass(slots=True)
class Planned:
    """An article to write (or, for ``write=False``, a file to register only)."""

    article: Incoming
    id: str
    file: Path
    relative: str  # as timeline.yaml names it, relative to the timeline's folder
    write: bool = True


@dataclass(slots=True)
class Skipped:
    article: Incoming
    reason: str


@dataclass(slots=True)
class Plan:
    added: list[Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(slots=True)
class _Known:
    where: str  # how to name it in a message
    file: Path | None
    registered: bool


class Planner:
    """Decides, article by article, what is new: by url and by the fingerprint of the text."""

    def __init__(self, corpus: Path, timeline_path: Path, timeline: Timeline | None) -> None:
        self.corpus = corpus
        self.timeline_folder = timeline_path.parent
        self.by_url: dict[str, _Known] = {}
        self.by_text: dict[str, _Known] = {}
        self.taken: set[str] = set()
        self.plan = Plan()
        listed: set[Path] = set()
        for article in timeline.articles if timeline else []:
            self.taken.add(article.id)
            if article.file is not None:
                listed.add(_resolved(article.file))
                self._learn(article, f"article {article.id!r}", registered=True)
            if article.url:
                self.by_url.setdefault(
                    normalise_url(article.url), _Known(f"article {article.id!r}", None, True)
                )
        if corpus.is_dir():
            for path in sorted(corpus.iterdir()):
                self.taken.add(path.stem.lower())
                if path.suffix.lower() in CORPUS_SUFFIXES and _resolved(path) not in listed:
                    self._learn(
                        Article(path.stem, str(path), file=path), str(path), registered=False
                    )

    def _learn(self, article: Article, where: str, *, registered: bool) -> None:
        read = read_article(article)
        if read.error is not None:
            return
        known = _Known(where, article.file, registered)
        url = read.front_matter.get("url")
        if isinstance(url, str) and url.strip():
            self.by_url.setdefault(normalise_url(url), known)
        if read.text.strip():
            self.by_text.setdefault(text_fingerprint(read.text), known)

    def consider(self, article: Incoming) -> None:
        """Add ``article`` to the plan, or to the skipped with the reason."""
        url = normalise_url(article.url)
        fingerprint = text_fingerprint(article.text)
        known = (self.by_url.get(url) if url else None) or self.by_text.get(fingerprint)
        if known is not None:
            if not known.registered and known.file is not None:
                # Written by an import whose timeline save failed: register it now (counted
                # as imported: it is in the timeline from now on).
                known.registered = True
                self._register_existing(article, known.file)
                return
            how = "url" if url and self.by_url.get(url) is known else "text"
            self.plan.skipped.append(Skipped(article, f"same {how} as {known.where}"))
            return
        article_id = self._new_id(article, fingerprint)
        target = self.corpus / f"{article_id}.md"
        if not is_inside(target, self.corpus):  # cannot happen with a slug; checked anyway
            raise ValueError(f"{target} is outside {self.corpus}")
        planned = Planned(article, article_id, target, self._relative(target))
        self.plan.added.append(planned)
        known = _Known(f"{planned.relative} (this import)", None, True)
        if url:
            self.by_url[url] = known
        self.by_text[fingerprint] = known

    def _register_existing(self, article: Incoming, file: Path) -> None:
        article_id = free_id(slugify(file.stem, "article"), self.taken - {file.stem.lower()})
        self.taken.add(article_id)
        self.plan.added.append(Planned(article, article_id, file, self._relative(file), False))

    def _relative(self, target: Path) -> str:
        folder = os.path.abspath(self.timeline_folder)
        return os.path.relpath(os.path.abspath(target), folder).replace(os.sep, "/")

    def _new_id(self, article: Incoming, fingerprint: str) -> str:
        base = article_slug(
            article.title, article.published.isoformat() if article.published else "", fingerprint
        )
        article_id = free_id(base, self.taken)
        self.taken.add(article_id)
        return article_id


def article_slug(title: str, date: str, fingerprint: str) -> str:
    """A file-safe id from the title, transliterated when not in Latin letters; never empty.

    ``"Ким прибыл во Владивосток"`` -> ``kim-pribyl-vo-vladivostok``; a title with nothing to
    spell (only marks, or empty) -> ``<date>-<short hash>``.
    """
    from anyascii import anyascii  # small; only imports need it

    spelt = anyascii(title)
    slug = slugify(spelt) if re.search(r"[A-Za-z0-9]", spelt) else ""
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    if not slug or not any(c.isalpha() for c in slug):
        short = hashlib.sha256(fingerprint.encode()).hexdigest()[:8]
        slug = f"{date}-{short}" if date else f"article-{short}"
    if _RESERVED.match(slug):
        slug += "-article"
    return slug


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()
