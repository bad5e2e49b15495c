"""Loading ``timeline.yaml``: every problem at once, each with its line and column.

The steps live in their own modules: :mod:`tui.model.yaml_nodes` composes the text into
position-carrying nodes, :mod:`tui.model.schema` walks them against the format, and
:mod:`tui.model.articles` reads the article files. This module runs them in order, caches
article texts between reloads, and anchors each source's quote in its article.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from tui.model.anchors import resolve_quote
from tui.model.articles import ArticleText, decode_utf8, read_article
from tui.model.dates import DateError, Precision, parse_event_date
from tui.model.diagnostics import OUTSIDE_FOLDER, Diagnostic, Severity, shown
from tui.model.paths import (
    PathError,
    inside_of,
    modified_stamp,
    path_problem,
    read_regular_file,
    reason_of,
)
from tui.model.schema import SECTIONS, START_HINT, Walker
from tui.model.timeline import Article, LoadResult, Timeline, timeline_file
from tui.model.yaml_nodes import MapNode, compose_yaml, describe

__all__ = [
    "MAX_FILE_BYTES",
    "Corpus",
    "collector_paused",
    "freeze_kept_objects",
    "load_timeline",
    "load_timeline_text",
    "thaw_kept_objects",
]

MAX_FILE_BYTES = 32 * 1024 * 1024


class Corpus:
    """Article texts cached by ``(file, mtime_ns, size)``, so reloads re-read only what changed."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[int, int, ArticleText]] = {}

    def text(self, article: Article) -> ArticleText:
        """The article's text, read again only when its file changed. Never raises."""
        file = article.file if article.file is not None else Path(article.path)
        stamp = modified_stamp(file)
        if stamp is None:  # gone, or a path that cannot be looked at: say why
            self._cache.pop(file, None)
            return read_article(article)
        cached = self._cache.get(file)
        if cached is not None and cached[:2] == stamp:
            text = cached[2]
            if text.article_id != article.id:
                text = replace(text, article_id=article.id)
            return text
        text = read_article(article)
        self._cache[file] = (*stamp, text)
        return text

    def forget(self) -> None:
        """Drop every cached text."""
        self._cache.clear()


def load_timeline(
    path: Path | str,
    *,
    resolve_sources: bool = True,
    corpus: Corpus | None = None,
    keep_anchors: bool = True,
) -> LoadResult:
    """Load and validate ``path`` (a file, or a folder holding ``timeline.yaml``). Never raises.

    With ``resolve_sources`` every source gets its anchor in the article text (or a warning);
    without it articles are not read, except to take metadata from front matter. Without
    ``keep_anchors`` every quote is still looked for, with the same warnings, but no anchor is
    kept and no article is split into sentences (three quarters of ``newsline check``).
    """
    path = timeline_file(path)
    try:
        status = path.stat()
    except (OSError, ValueError) as error:
        return _fatal(path, f"cannot open the file: {reason_of(error)}", "check the path")
    if stat.S_ISDIR(status.st_mode):
        return _fatal(path, "this is a folder, not a timeline file", "")
    if status.st_size > MAX_FILE_BYTES:
        return _fatal(
            path,
            f"the file is too large ({status.st_size / (1024 * 1024):.1f} MiB)",
            f"a timeline is limited to {MAX_FILE_BYTES // (1024 * 1024)} MiB",
        )
    try:
        # Checked on the open file, without blocking: a FIFO or a device is refused, not read
        # for ever, even when it is swapped in after the stat above.
        data = read_regular_file(path, MAX_FILE_BYTES)
    except PathError as error:
        return _fatal(path, f"cannot open the file: {error}", "check the path")
    text, problem = decode_utf8(data, path)
    if problem is not None:
        return LoadResult(path, None, [problem])
    # The parser reads the checked UTF-8 bytes themselves (the same nodes and positions as the
    # text gives): held as text, a file with one accented letter took two bytes a character,
    # and the parser made its own UTF-8 copy of it besides, while the model grew.
    del text
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    with collector_paused(keep=True):  # as load_timeline_text: what it built lives on
        return _load_timeline_text(data, path, resolve_sources, corpus, keep_anchors)


def _fatal(path: Path, message: str, hint: str) -> LoadResult:
    return LoadResult(path, None, [Diagnostic(path, 0, 0, Severity.ERROR, message, hint)])


# Whether objects built under ``collector_paused(keep=True)`` leave the collector's sight: set
# by the reader (:func:`freeze_kept_objects`), a long-running process that keeps what it built.
_FREEZE_KEPT = False


def freeze_kept_objects(on: bool = True) -> None:
    """Have :func:`collector_paused` with ``keep=True`` move what was built out of the cyclic
    collector's sight (``gc.freeze``) instead of leaving it to be walked.

    For the reader, which keeps a timeline and the writer's parsed document in memory for the
    whole session: on 20,000 events the collector's first passes over them after a load took
    0.8 s (young generation) and 1.9 s (middle), and a full pass later as much again, each a
    stall of every key pressed meanwhile. They form no reference cycles, so refcounting still
    frees them when the reader lets go of them (a reload). Not for short commands or tests:
    cyclic garbage alive at the moment of freezing would never be collected.
    """
    global _FREEZE_KEPT
    _FREEZE_KEPT = on


def thaw_kept_objects() -> None:
    """Before the reader loads again: give what was frozen back to the collector, and collect.

    A freeze also keeps whatever cyclic garbage existed at that moment for ever (about 4 MB a
    reload of 5,000 events, measured): collected here, once per load, in the loading thread.
    The timeline shown is still alive and walked once (seconds on 100,000 events, like the
    load itself), then frozen again with the new one.
    """
    if _FREEZE_KEPT and gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()


@contextlib.contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a timeline is built.

    Loading creates hundreds of thousands of small objects that all stay alive, and the
    collector would walk them again and again: on 20,000 events that was half the load time.
    The nodes and the model form no reference cycles, so there is nothing to collect meanwhile.
    ``keep``: what was built lives on (a loaded timeline, a parsed document); in the reader it
    is then frozen out of the collector's sight (see :func:`freeze_kept_objects`).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep and _FREEZE_KEPT:
            gc.freeze()
        if was_enabled:
            gc.enable()


def load_timeline_text(
    text: str,
    path: Path,
    *,
    resolve_sources: bool = True,
    corpus: Corpus | None = None,
    keep_anchors: bool = True,
) -> LoadResult:
    """Validate ``text`` as the contents of ``path`` (articles resolve against its folder);
    the options are :func:`load_timeline`'s."""
    with collector_paused(keep=True):
        return _load_timeline_text(text, Path(path), resolve_sources, corpus, keep_anchors)


def _load_timeline_text(
    text: str | bytes,
    path: Path,
    resolve_sources: bool,
    corpus: Corpus | None,
    keep_anchors: bool,
) -> LoadResult:
    if isinstance(text, str) and text.startswith("\ufeff"):
        text = text[1:]
    if len(text) > MAX_FILE_BYTES:
        return _fatal(
            path,
            "the text is too large",
            f"a timeline is limited to {MAX_FILE_BYTES // (1024 * 1024)} MiB",
        )
    # Articles, actors and events are read as soon as each is composed: their nodes never
    # all live at once (on 100,000 events they were most of the reader's memory).
    walker = Walker(path)
    root, problems = compose_yaml(text, path, sink=walker.take, sections=SECTIONS)
    if root is None:
        if not problems:
            problems.append(
                Diagnostic(
                    path,
                    1,
                    1,
                    Severity.ERROR,
                    "the file is empty",
                    START_HINT,
                )
            )
        return LoadResult(path, None, problems)
    # The composer's problems first, as when they were found before the walk.
    walker.diagnostics[:0] = problems
    if not isinstance(root, MapNode) or root.tag == "!rejected":
        if not walker.rejected(root):
            walker.error(
                root,
                f"the top level must be a mapping, not {describe(root)}",
                START_HINT,
            )
        return LoadResult(path, None, walker.diagnostics)
    timeline = walker.walk(root)
    walker.cross_check(timeline)
    _read_articles(timeline, walker, resolve_sources, corpus or Corpus(), keep_anchors)
    if walker.suppressed:
        walker.diagnostics.append(
            Diagnostic(
                path,
                0,
                0,
                Severity.ERROR,
                f"{walker.suppressed} more problems not shown",
                "fix the ones above first",
            )
        )
    diagnostics = sorted(
        walker.diagnostics,
        key=lambda d: (d.path != path, str(d.path), d.line, d.column),
    )
    return LoadResult(path, timeline, diagnostics)


def _read_articles(
    timeline: Timeline, walker: Walker, resolve_sources: bool, corpus: Corpus, keep_anchors: bool
) -> None:
    texts: dict[str, ArticleText] = {}
    unusable: set[str] = set()  # articles whose path is bad: reported once, as such
    for article in timeline.articles:
        file = article.file
        assert file is not None
        reason = path_problem(file)
        if reason is not None:
            unusable.add(article.id)
            walker.error(
                walker.article_path_position.get(article.id, article.position),
                f"article file {shown(article.path)} {reason}",
                f"paths are relative to {_shown_folder(timeline)}",
            )
            continue
        needs_metadata = not article.title or article.published is None
        if not (resolve_sources or needs_metadata):
            continue
        text = corpus.text(article)
        if text.error is not None:
            walker.diagnostics.append(text.error)
            continue
        walker.diagnostics.extend(text.warnings)
        texts[article.id] = text
        _apply_front_matter(article, text, walker)
    _warn_outside_folder(timeline, walker, unusable)
    for article in timeline.articles:
        if article.published is None and article.id not in walker.article_published_given:
            walker.warn(
                article.position,
                f"article {shown(article.id)} has no publication date",
                "add `published: YYYY-MM-DD` (undated events fall back to it)",
            )
    articles = timeline.article_by_id
    for event in timeline.events:
        if event.date is None and event.sources:
            first = articles.get(event.sources[0].article)
            event.fallback_date = first.published if first is not None else None
        if not resolve_sources:
            continue
        for source in event.sources:
            text = texts.get(source.article)
            if text is None or not source.quote.strip():
                continue
            sentences = text.sentences if keep_anchors else None
            match = resolve_quote(text.text, source.quote, sentences)
            source.anchor = match.anchor if keep_anchors else None
            if match.anchor is None:
                walker.warn(
                    source.position,
                    f"quote not found in article {shown(source.article)}",
                    "copy the words exactly from the article",
                )
            elif match.occurrences > 1:
                walker.warn(
                    source.position,
                    f"quote occurs {match.occurrences} times in article {shown(source.article)};"
                    " the first is used",
                    "quote a longer span so that it is unique",
                )


def _warn_outside_folder(timeline: Timeline, walker: Walker, skip: set[str]) -> None:
    """One warning listing the article files outside the timeline's folder (links resolved).

    A timeline received from someone else could otherwise make the reader show any file the
    user can read (``/etc/passwd``, ``../../.ssh/id_rsa``). Articles in a sibling folder are
    legitimate, but listed too, so that nothing is read from outside without a word.
    """
    inside = inside_of(timeline.folder)
    outside = [
        article
        for article in timeline.articles
        if article.file is not None and article.id not in skip and not inside(article.file)
    ]
    if not outside:
        return
    positions = [walker.article_path_position.get(a.id, a.position) for a in outside]
    listed = ", ".join(
        f"{shown(article.path)} (line {position.line})"
        for article, position in zip(outside[:5], positions, strict=False)
    )
    if len(outside) > 5:
        listed += f" and {len(outside) - 5} more"
    noun = "article file is" if len(outside) == 1 else f"{len(outside)} article files are"
    walker.diagnostics.append(
        Diagnostic(
            walker.path,
            positions[0].line,
            positions[0].column,
            Severity.WARNING,
            f"{noun} outside the timeline's folder {_shown_folder(timeline)}: {listed}",
            "a timeline can name any file you can read: keep articles in its folder; "
            "check --strict refuses them",
            OUTSIDE_FOLDER,
        )
    )


def _shown_folder(timeline: Timeline) -> str:
    try:
        return str(timeline.folder.resolve())
    except (OSError, ValueError):  # a folder that cannot be resolved: as given
        return str(timeline.folder)


def _apply_front_matter(article: Article, text: ArticleText, walker: Walker) -> None:
    front = text.front_matter
    for name in ("title", "byline", "source"):
        value = front.get(name)
        if not getattr(article, name) and isinstance(value, str | int | float) and value != "":
            setattr(article, name, str(value))
    if article.published is None and front.get("published") is not None:
        value = front["published"]
        try:
            date = parse_event_date(value)
        except DateError as problem:
            written = _published_as_written(value, text)
            if written is not None:
                article.published = written
                return
            walker.diagnostics.append(
                Diagnostic(
                    text.file or Path(article.path),
                    1,
                    1,
                    Severity.WARNING,
                    f"front matter: invalid `published`: {problem.message}",
                    problem.hint,
                )
            )
            return
        if date.precision is Precision.DAY and not date.is_range:
            article.published = date.first_day


def _published_as_written(value: object, text: ArticleText) -> dt.date | None:
    """Front matter ``published`` as people write it ("2 марта 2009", "Mar 2, 2009"), read
    as ``newsline extract`` reads it: by :mod:`tui.model.user_dates`, with the article's
    ``language`` as the hint and relative dates counted from the file's last change. Only
    then is dateparser imported; ISO-like text keeps ``check``'s own message."""
    if not isinstance(value, str) or (not any(c.isalpha() for c in value) and "/" not in value):
        return None
    from tui.model.language import normalise_language
    from tui.model.user_dates import UserDateError, publication_date

    base = None
    if text.file is not None:
        try:
            base = dt.datetime.fromtimestamp(text.file.stat().st_mtime)
        except (OSError, ValueError, OverflowError):
            base = None
    language = normalise_language(text.front_matter.get("language")) or ""
    try:
        return publication_date(value, base=base, language=language)
    except UserDateError:
        return None
