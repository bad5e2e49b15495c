"""``newsline import SOURCE... [--into FOLDER] [--timeline FILE] [--dry-run] [--field A=B]``.

Saved web pages, RSS/Atom feeds, JSON Lines or JSON arrays, and plain text become article files
(``.md`` with front matter) in the corpus folder, registered in ``timeline.yaml``. What the
corpus has already (same url, same text) is skipped; a file is never overwritten; a bad file or
entry is one line and the others are still imported. See :mod:`tui.importer`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from tui.commands.existing import load_existing
from tui.importer.plan import Planner
from tui.importer.records import ImportProblem, Incoming
from tui.importer.sources import expand, read_source
from tui.model.diagnostics import printable
from tui.model.timeline import LoadResult, Timeline, timeline_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``newsline import``."""
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="saved pages (.html), feeds (.xml .rss .atom), JSON Lines or JSON arrays (.jsonl "
        ".json), plain text (.txt .md), or folders of them",
    )
    parser.add_argument(
        "--into",
        metavar="FOLDER",
        help="where the article files go (default: articles/ beside the timeline)",
    )
    parser.add_argument(
        "--timeline", default="timeline.yaml", help="timeline file (default: ./timeline.yaml)"
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="list what would be imported and what skipped, and why; write nothing",
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="OURS=THEIRS",
        help="JSON field names: --field text=body --field published=date (defaults: title, "
        "text, published, url, source, author, language)",
    )


def _error(message: str) -> None:
    print(f"newsline import: {printable(message)}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    """Import; 0 when every source was read, 1 when some failed (the rest is imported), 2 on
    unusable options or timeline."""
    from tui.importer.jsonl import parse_field_map

    fields, problem = parse_field_map(args.field)
    if problem:
        _error(problem)
        return 2
    timeline_path = timeline_file(args.timeline)
    timeline = _load(timeline_path)
    if timeline is False:
        return 2
    assert timeline is None or isinstance(timeline, Timeline)
    corpus = Path(args.into) if args.into else timeline_path.parent / "articles"
    if corpus.exists() and not corpus.is_dir():
        _error(f"--into {corpus}: not a folder")
        return 2
    document = None
    if not args.dry_run:
        document = _open_document(timeline_path, timeline is not None)
        if document is None:
            return 2

    now = dt.datetime.now()
    planner = Planner(corpus, timeline_path, timeline)
    problems: list[ImportProblem] = []
    files = list(expand([Path(s) for s in args.sources]))
    progress = _Progress(len(files))
    for number, item in enumerate(files, start=1):
        if isinstance(item, ImportProblem):
            problems.append(item)
        else:
            result = read_source(item, now=now, fields=fields)
            problems.extend(result.problems)
            for article in result.articles:
                _complete(article)
                planner.consider(article)
        progress.show(number)
    progress.done()
    for problem_found in problems:
        print(problem_found.format(), file=sys.stderr)

    plan = planner.plan
    if args.dry_run:
        for planned in plan.added:
            verb = "would register" if not planned.write else "would import"
            print(f"{verb} {printable(planned.relative)}  <- {printable(planned.article.origin)}")
        for skipped in plan.skipped:
            print(f"would skip {printable(skipped.article.origin)}: {printable(skipped.reason)}")
        print(_summary(len(plan.added), len(plan.skipped), len(problems), dry_run=True))
        return 1 if problems else 0

    assert document is not None
    from tui.importer.store import create_file, render, timeline_fields

    written = []
    for planned in plan.added:
        if planned.write:
            try:
                create_file(planned.file, render(planned.article))
            except FileExistsError:
                problems.append(
                    ImportProblem(
                        planned.file, "appeared while importing; left as it is", "import again"
                    )
                )
                print(problems[-1].format(), file=sys.stderr)
                continue
            except OSError as error:
                problems.append(
                    ImportProblem(planned.file, f"cannot write: {error.strerror or error}", "")
                )
                print(problems[-1].format(), file=sys.stderr)
                continue
        written.append(planned)
    if written:
        failure = _register(document, [timeline_fields(p) for p in written])
        if failure:
            _error(
                f"{failure}; the article files are written, and the next `newsline import` of "
                "the same sources registers them"
            )
            print(_summary(0, len(plan.skipped), len(problems) + len(written)))
            return 1
    print(_summary(len(written), len(plan.skipped), len(problems)))
    if written:
        print(f"article files are in {printable(str(corpus))}; timeline: {timeline_path}")
    undated = sum(1 for p in written if p.article.published is None)
    if undated:
        print(
            f"note: {undated} of them have no publication date: add `published: YYYY-MM-DD` "
            "to their front matter, or pass `newsline extract --published DATE`"
        )
    return 1 if problems else 0


def _complete(article: Incoming) -> None:
    """Fill what the source did not say: a title from the first line, the language from the
    text."""
    from tui.importer.plaintext import first_line
    from tui.model.language import detect_language, normalise_language

    if not article.title:
        article.title = first_line(article.text)
    article.language = normalise_language(article.language) or detect_language(article.text) or ""


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _summary(imported: int, skipped: int, failed: int, *, dry_run: bool = False) -> str:
    if dry_run:
        return (
            f"would import {_plural(imported, 'article')}, skip "
            f"{_plural(skipped, 'duplicate')}, {failed} failed"
        )
    return (
        f"imported {_plural(imported, 'article')}, skipped {_plural(skipped, 'duplicate')}, "
        f"{failed} failed"
    )


def _load(path: Path) -> Timeline | bool | None:
    """The timeline, None when there is none yet, False (after saying why) when unusable."""
    result = load_existing(path, "importing", _error)
    return result.timeline if isinstance(result, LoadResult) else result


def _open_document(path: Path, exists: bool):  # type: ignore[no-untyped-def]
    from tui.model.writer import TimelineDocument, WriterError
    from tui.model.writer.atomic import check_replaceable, resolve_target

    try:
        document = TimelineDocument.open(path) if exists else TimelineDocument.new(path)
        check_replaceable(resolve_target(path))
    except (OSError, WriterError) as error:
        _error(f"cannot write {path}: {error}; nothing was imported")
        return None
    return document


def _register(document, items: list[dict]) -> str:  # type: ignore[no-untyped-def,type-arg]
    from tui.model.writer import ConcurrentEditError, WriterError

    try:
        document.add_items("articles", items)
        document.save()
    except ConcurrentEditError:
        return f"{document.path} changed while importing"
    except WriterError as error:
        return str(error)
    except OSError as error:
        return f"cannot write {document.path}: {error.strerror or error}"
    return ""


class _Progress:
    """A bar on a terminal (standard error), nothing otherwise."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.active = total >= 2 and sys.stderr.isatty()

    def show(self, done: int) -> None:
        if not self.active:
            return
        width = 30
        filled = width * done // self.total
        bar = "#" * filled + "-" * (width - filled)
        print(f"\rimporting [{bar}] {done}/{self.total}", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.active:
            print(file=sys.stderr, flush=True)
