"""``newsline extract``: add articles, actors and events found in articles to ``timeline.yaml``.

The file is the user's: it is changed only through :class:`tui.model.writer.TimelineDocument`,
which keeps comments and formatting byte for byte, and only by adding. Existing events and
actors are never modified (actors may gain aliases), a source extraction proposed once is
never proposed again (so a deleted event stays deleted, whatever title it would get now: see
:mod:`tui.model.ledger`), and a second run adds nothing.
"""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import functools
import gc
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tui.commands.existing import load_existing
from tui.commands.extract_write import TOO_COMPLEX, DocumentOpener, write_extraction
from tui.extract.pipeline import ArticleInput, ProposedEvent, merge_results, process_articles
from tui.model.articles import read_article
from tui.model.diagnostics import OUTSIDE_FOLDER, printable
from tui.model.ids import free_id, slugify
from tui.model.language import normalise_language
from tui.model.loader import collector_paused
from tui.model.paths import is_folder, path_problem, reason_of
from tui.model.timeline import Actor, Article, LoadResult, Timeline, timeline_file

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsline extract``."""
    parser.add_argument(
        "articles",
        nargs="*",
        metavar="ARTICLE|FOLDER",
        help="article files or folders of them (default: the timeline's articles plus seeds/)",
    )
    parser.add_argument(
        "--timeline", default="timeline.yaml", help="timeline file (default: ./timeline.yaml)"
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for articles that give none (front matter and timeline win): "
        "2023-09-12, 12 Sep 2023, yesterday",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would be added; write nothing"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        nargs="?",
        const=0,
        default=None,
        metavar="N",
        help="worker processes; --jobs or --jobs 0: one per core (this machine has "
        f"{os.cpu_count() or 1}); default: one per core from 50 articles on, else 1",
    )


@dataclass(slots=True)
class ArticleFile:
    """An article to extract from: known to the timeline already, or new."""

    id: str
    path: Path  # resolved
    relative: str  # as written in timeline.yaml
    title: str
    published: dt.date | None
    text: str
    is_new: bool
    language: str | None = None  # from the front matter; None: detected when extracting


def _error(message: str) -> None:
    print(f"newsline extract: {printable(message)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Extract, merge and (unless ``--dry-run``) write; 0 on success, 1 on any problem.

    All or nothing: when the timeline, an article or a publication date is missing or broken,
    every problem is printed (``path:line:col`` where there is one) and nothing is written.
    """
    # One run of a command that ends when it is done: what it builds (the timeline, the
    # articles, every article's results, the merge, the document's new nodes) lives to the end
    # and forms next to no reference cycles, so the cyclic collector would only walk the
    # growing heap again and again (about 6 % of the CPU on 500 articles, in the workers too:
    # forked, they start with the collector paused as well).
    _freeze_at_exit()
    with collector_paused():
        return _run(args)


@functools.cache
def _freeze_at_exit() -> None:
    """Have the process's end skip walking what the run left (once per process).

    At exit Python collects cyclic garbage over every object still alive, more than once:
    after a run, its caches (the tagger's, the date tables', the word keys) made that 0.2
    CPU-s of a 500-article run, about 3 % of it and more of ``--jobs 2``'s serial part.
    ``gc.freeze`` at exit (atexit runs before those collections) takes them out of its sight;
    the memory goes back to the system either way. Only at exit, so that a caller in a
    long-running process (the tests) keeps its collector as it was.
    """
    atexit.register(gc.freeze)


def _run(args: argparse.Namespace) -> int:
    timeline_path = timeline_file(args.timeline)
    fallback_published: dt.date | None = None
    if args.published:
        from tui.model.user_dates import UserDateError, publication_date

        try:
            fallback_published = publication_date(args.published)
        except UserDateError as error:
            _error(f"--published: {error.message} ({error.hint})")
            return 1
    # The loader validates first, so a broken file is reported as `newsline check` reports it.
    timeline = _load(timeline_path)
    if timeline is False:
        return 1
    assert timeline is None or isinstance(timeline, Timeline)
    from tui.model.writer import WriterError

    # Read before the long part, so that a hand edit made while extracting is detected by
    # save(); parsed while the workers extract (the whole file is parsed: seconds on a big
    # timeline, which the loader has validated just now).
    try:
        opener = DocumentOpener(timeline_path, exists=timeline is not None)
    except (OSError, WriterError) as error:
        _error(f"cannot open {timeline_path}: {error}")
        return 1
    except MemoryError:
        _error(f"{timeline_path}: {TOO_COMPLEX}; nothing was written")
        return 1
    if not args.dry_run:
        # Refuse a file that cannot be written now, not after minutes of extraction.
        from tui.model.writer.atomic import check_replaceable, resolve_target

        try:
            check_replaceable(resolve_target(timeline_path))
        except (OSError, WriterError) as error:
            _error(f"{error}; nothing was written")
            return 1

    sources = [Path(item) for item in args.articles]
    if not sources:
        if timeline is not None:
            sources.extend(a.file for a in timeline.articles if a.file is not None)
        seeds = timeline_path.parent / "seeds"
        if seeds.is_dir():
            sources.append(seeds)
    files, failed = _article_files(sources, timeline, timeline_path, fallback_published)
    if failed and not args.dry_run:
        _error(
            f"nothing was written to {timeline_path}: fix the problems above and run again "
            "(--dry-run shows what the other articles would add)"
        )
        return 1
    if not files:
        _error("no articles to extract from")
        return 1

    inputs = [ArticleInput(f.id, f.text, f.published, f.language) for f in files if f.published]
    jobs = _jobs(args.jobs, len(inputs))
    started = time.perf_counter()
    results = process_articles(
        inputs, jobs=jobs, progress=_progress_printer(), meanwhile=opener.parse
    )
    elapsed = time.perf_counter() - started
    document = opener.document
    if document is None:
        _error(f"{opener.problem}; nothing was written")
        return 1

    extraction = merge_results(
        results,
        user_actors=timeline.actors if timeline else (),
        existing_events=timeline.events if timeline else (),
        ledger=document.extracted_ids(),
        jobs=jobs,
    )
    known_actors = set(document.ids("actors"))
    known_events = set(document.ids("events"))
    new_articles = [f for f in files if f.is_new and f.published]
    new_actors = [a for a in extraction.new_actors if a.id not in known_actors]
    new_events = [e for e in extraction.events if e.id not in known_events]
    new_aliases = {
        actor_id: aliases
        for actor_id, aliases in extraction.new_aliases.items()
        if actor_id in known_actors
    }
    ledger = extraction.ledger
    report = (new_articles, new_actors, new_aliases, new_events, ledger, len(inputs), elapsed)
    if args.dry_run or not (new_articles or new_actors or new_aliases or new_events or ledger):
        _report(*report, "would add" if args.dry_run else "added")
        return _done(args, 1 if failed else 0)
    problem = write_extraction(
        document, new_articles, new_actors, new_aliases, new_events, ledger, jobs=jobs
    )
    if problem is not None:
        # Say what the run found, then why it is not in the file: nothing was written.
        _report(*report, "would have added")
        _error(f"{problem}; nothing was written to {timeline_path}")
        return _done(args, 1)
    _report(*report, "added")
    return _done(args, 0)


def _done(args: argparse.Namespace, code: int) -> int:
    """``code``; but when the process ends with this command (``args.exit_at_once``: set by
    the program's own entry, never for a caller in a longer-lived process), end it here,
    once the report is out.

    What the run built (every article's results, the registry, the document: a few hundred
    thousand objects) would otherwise be freed one by one as this function's caller returns,
    then the interpreter's teardown walks the rest: 0.05 to 0.1 CPU-s of a 500-article run,
    after the file is written, that the user waits for and the kernel does at once. The file
    is saved (atomically) before this; the workers and helpers are done and reaped.
    """
    if getattr(args, "exit_at_once", False):
        sys.stdout.flush()  # (a failure here is reported as any other: see tui.cli)
        sys.stderr.flush()
        os._exit(code)
    return code


def _jobs(requested: int | None, articles: int) -> int:
    """Worker processes: as asked (0: every core); by default every core on long runs."""
    cores = os.cpu_count() or 1
    if requested is None:
        # Starting workers costs more than a few articles take to extract.
        return cores if articles >= 50 else 1
    return cores if requested <= 0 else requested


def _load(path: Path) -> Timeline | bool | None:
    """The timeline at ``path``, ``None`` when there is none yet, ``False`` when unusable."""
    result = load_existing(path, "extracting", _error)
    if not isinstance(result, LoadResult):
        return result
    for diagnostic in result.diagnostics:
        if diagnostic.code == OUTSIDE_FOLDER:  # extract reads those files too: say so
            print(diagnostic.format(), file=sys.stderr)
    return result.timeline


def _article_files(
    sources: list[Path],
    timeline: Timeline | None,
    timeline_path: Path,
    fallback: dt.date | None,
) -> tuple[list[ArticleFile], bool]:
    """Every article file to read, known ones with their timeline ids; and whether any failed.

    Articles are read exactly as the reader reads them (:func:`tui.model.articles.read_article`:
    BOM and front matter removed), so that quotes taken from the text anchor in the reader.
    """
    paths: list[Path] = []
    failed = False
    for source in sources:
        if is_folder(source):
            try:
                names = list(source.iterdir())
            except OSError as error:
                _error(f"{source}: {reason_of(error)}")
                failed = True
                continue
            paths.extend(
                sorted(
                    p
                    for p in names
                    if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
                )
            )
        elif (problem := path_problem(source)) is None:
            paths.append(source)
        else:
            if problem == "does not exist":
                problem = "no such file or folder"
            _error(f"{source}: {problem}")
            failed = True
    known = {
        a.file.resolve(): a for a in (timeline.articles if timeline else []) if a.file is not None
    }
    taken = {a.id for a in (timeline.articles if timeline else [])}
    folder = timeline_path.parent.resolve()
    files: list[ArticleFile] = []
    undated: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        listed = known.get(resolved)
        read = read_article(Article(listed.id if listed else path.stem, str(path), file=path))
        if read.error is not None:
            print(read.error.format(), file=sys.stderr)
            failed = True
            continue
        for warning in read.warnings:
            print(warning.format(), file=sys.stderr)
        front, text = read.front_matter, read.text
        language = normalise_language(front.get("language")) or ""
        published, problem = _front_matter_date(front.get("published"), path, language)
        if problem:
            _error(problem)
            failed = True
            continue
        if published is None and listed is not None:
            published = listed.published
        published = published or fallback
        if listed is not None:
            article_id, relative, title = listed.id, listed.path, listed.title
        else:
            article_id = free_id(slugify(str(front.get("id") or path.stem), "article"), taken)
            taken.add(article_id)
            relative = os.path.relpath(resolved, folder).replace(os.sep, "/")
            title = str(front.get("title") or _first_line(text))
        if published is None:
            undated.append(path)
        files.append(
            ArticleFile(
                article_id,
                resolved,
                relative,
                title,
                published,
                text,
                is_new=listed is None,
                language=language or None,
            )
        )
    if undated:
        _report_undated(undated)
        failed = True
    return files, failed


def _report_undated(paths: list[Path]) -> None:
    """One line for every article without a publication date, however many there are."""
    shown = ", ".join(str(p) for p in paths[:3]) + (
        f" and {len(paths) - 3} more" if len(paths) > 3 else ""
    )
    noun = "article has" if len(paths) == 1 else "articles have"
    _error(
        f"{len(paths)} {noun} no publication date ({shown}), so their relative dates "
        '("on Sunday") cannot be resolved: add `published: YYYY-MM-DD` to their front matter '
        "or timeline entry, pass --published DATE for all of them, or bring them in with "
        "`newsline import`, which reads dates from file names and first lines"
    )


def _front_matter_date(value: object, path: Path, language: str) -> tuple[dt.date | None, str]:
    """Front matter ``published`` read as people write it; relative dates count from the
    file's last change. Returns (date, "") or (None, why not)."""
    if value is None or isinstance(value, dt.date):
        return _as_date(value), ""
    quick = _as_date(value)
    if quick is not None:
        return quick, ""
    from tui.model.user_dates import UserDateError, publication_date

    try:
        changed = dt.datetime.fromtimestamp(path.stat().st_mtime)
    except (OSError, ValueError, OverflowError):
        changed = None
    try:
        return publication_date(value, base=changed, language=language), ""
    except UserDateError as error:
        return None, f"{path}: front matter `published`: {error.message} ({error.hint})"


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _first_line(text: str) -> str:
    """The first line that is not a byline, cut to about 80 characters."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line and not re.match(r"(?i)^by\s+[A-Z]", line):
            return line if len(line) <= 80 else line[:79].rsplit(" ", 1)[0] + "\u2026"
    return ""


def _report(
    articles: list[ArticleFile],
    actors: list[Actor],
    aliases: dict[str, list[str]],
    events: list[ProposedEvent],
    ledger: list[str],
    processed: int,
    elapsed: float,
    verb: str,
) -> None:
    rate = processed / elapsed if elapsed > 0 else 0.0
    print(f"read {processed} article(s) in {elapsed:.2f} s ({rate:.1f}/s)")
    alias_count = sum(len(v) for v in aliases.values())
    print(
        f"{verb} {len(articles)} article(s), {len(actors)} actor(s), "
        f"{alias_count} alias(es), {len(events)} event(s)"
    )
    if ledger:
        # Sources of events proposed, or told already: never proposed again.
        print(f"{verb} {len(ledger)} source(s) to the `extracted:` ledger")
    for label, ids in (
        ("articles", [a.id for a in articles]),
        ("actors", [a.id for a in actors]),
        ("aliases", [f"{k}: {', '.join(v)}" for k, v in aliases.items()]),
        ("events", [e.id for e in events]),
    ):
        if ids:
            print(f"  {label}:")
            for item in ids:
                print(f"    {printable(item)}")


def _progress_printer():  # type: ignore[no-untyped-def]
    """A progress callback: a bar on a terminal, else a line per 10%; silent on short runs."""
    interactive = sys.stderr.isatty()
    state = {"last": -1}

    def show(done: int, total: int) -> None:
        if total < 20:
            return
        if interactive:
            width = 30
            filled = width * done // total
            bar = "#" * filled + "-" * (width - filled)
            end = "\n" if done == total else ""
            print(f"\rextracting [{bar}] {done}/{total}", end=end, file=sys.stderr, flush=True)
            return
        step = done * 10 // total
        if step != state["last"]:
            state["last"] = step
            print(f"extracting: {done}/{total} articles", file=sys.stderr, flush=True)

    return show
