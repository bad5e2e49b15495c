"""``newsline export [TIMELINE] --format FORMAT [-o FILE]``: the timeline in common forms.

The reader's filters narrow what is exported (``--actor``, ``--tag``, ``--status``, ``--from``,
``--to``, ``--reviewed`` or ``--unreviewed``), with the reader's own rules
(:mod:`tui.model.filters`): a date range keeps the events whose dates overlap it.

Exit status: 0 on success, 1 when the timeline has errors (nothing is exported from a broken
file), 2 when the file cannot be opened, the output cannot be written, or a filter names an
actor or tag the timeline does not have, or --format key-dates comes without --dates
(or --dates with another format).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.commands import add_timeline_argument
from tui.model.dates import EventDate
from tui.model.diagnostics import count, did_you_mean, printable
from tui.model.filters import Filters, filter_timeline
from tui.model.paths import open_problem
from tui.model.timeline import EventStatus, Timeline, timeline_file

if TYPE_CHECKING:
    from tui.model.loader import Corpus

# Without --format and without a telling -o suffix: the form a person reads.
DEFAULT_FORMAT = "markdown"
KEY_DATES = "key-dates"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    from tui.model.export import FORMATS, formats_help

    add_timeline_argument(parser)
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help=f"{formats_help()} (default: from the -o file's suffix, else {DEFAULT_FORMAT})",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (-): a file is replaced atomically "
        "(through a symbolic link), a FIFO or device such as /dev/stdout is written directly",
    )
    parser.add_argument(
        "--title", default="", help="title for Markdown, TimelineJS and the calendar name"
    )
    key = parser.add_argument_group(
        "key-dates", "the days that matter most (--format key-dates; --from/--to bound them)"
    )
    key.add_argument(
        "--dates",
        metavar="T",
        type=_positive,
        help="how many dates (required with key-dates): exactly T, fewer only when fewer days "
        "have an event dated to the day",
    )
    key.add_argument(
        "--per-date",
        metavar="K",
        type=_positive,
        help="at most K summary sentences a date (default: 1)",
    )
    chosen = parser.add_argument_group(
        "filters", "export only some events, as the reader's filters show them (combined with AND)"
    )
    chosen.add_argument(
        "--actor",
        metavar="ID",
        action="append",
        default=[],
        help="events naming actor ID (repeat: any of them)",
    )
    chosen.add_argument("--tag", metavar="TAG", help="events tagged TAG")
    chosen.add_argument(
        "--status", choices=[status.value for status in EventStatus], help="events of this status"
    )
    review = chosen.add_mutually_exclusive_group()
    review.add_argument(
        "--reviewed",
        dest="reviewed",
        action="store_const",
        const=True,
        help="events a person has reviewed (reviewed: true)",
    )
    review.add_argument(
        "--unreviewed",
        dest="reviewed",
        action="store_const",
        const=False,
        help="events without reviewed: true (hand-written ones too)",
    )
    chosen.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        type=_first_day,
        help="events whose dates reach this day or later (YYYY or YYYY-MM: its first day)",
    )
    chosen.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        type=_last_day,
        help="events whose dates reach this day or earlier (YYYY or YYYY-MM: its last day)",
    )


def run(args: argparse.Namespace) -> int:
    """Load and validate the timeline, then print or write it in the chosen format."""
    from tui.model.export import format_for, left_out, render
    from tui.model.loader import Corpus, load_timeline

    path = timeline_file(args.timeline)
    output = Path(args.output) if args.output and args.output != "-" else None
    fmt = args.format or (format_for(output) if output else None) or DEFAULT_FORMAT
    key_problem = _key_dates_problem(fmt, args)
    if key_problem is not None:
        _say(f"error: {key_problem}")
        return 2
    problem = open_problem(path)
    if problem is not None:
        _say(f"{path}: error: cannot open the timeline: it {problem}")
        return 2
    modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    # The key-dates export reads the articles again for the days they name: one corpus
    # keeps each text (and its sentences) read once.
    corpus = Corpus()
    result = load_timeline(path, resolve_sources=True, corpus=corpus)
    for diagnostic in result.diagnostics:
        _say(diagnostic.format())
    if result.timeline is None or result.errors:
        _say(f"{path}: not exported: {count(len(result.errors), 'error')}; fix them first")
        return 1
    timeline = result.timeline
    from tui.model.export.view import is_own_file

    if output is not None and is_own_file(output, path, timeline):
        _say(f"{output}: error: that is one of the timeline's own files; choose another -o")
        return 2
    filters = _filters(args)
    problem = _filter_problem(filters, timeline)
    if problem is not None:
        _say(f"{path}: error: {problem}")
        return 2
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        _say(f"error: --from {filters.date_from} is after --to {filters.date_to}")
        return 2
    timeline = filter_timeline(timeline, filters)
    title = args.title or _default_title(path)
    if fmt == KEY_DATES:
        text = _key_dates(timeline, corpus, args.dates, args.per_date or 1)
    else:
        text = render(timeline, fmt, title=title, stamp=modified)
    skipped = left_out(timeline, fmt)
    if skipped:
        names = ", ".join(event.id for event in skipped[:5])
        more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
        undated = count(len(skipped), "undated event")
        _say(f"{path}: {undated} left out, {fmt} needs a date: {names}{more}")
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    from tui.model.writer import WriterError, write_text_atomically

    try:
        write_text_atomically(output, text)
    except (OSError, WriterError) as error:
        _say(f"{output}: error: cannot write: {error.strerror or error}")
        return 2
    _say(f"{output}: {count(len(timeline.events) - len(skipped), 'event')} as {fmt}")
    return 0


def _key_dates(timeline: Timeline, corpus: Corpus, dates: int, per_date: int) -> str:
    """The key-dates JSON, with what the article text says of each day (the tagger's dates,
    the sentences naming them) beside the timeline's own events."""
    from tui.extract.key_dates import story_evidence
    from tui.model.export.key_dates_format import to_key_dates

    evidence, idf = story_evidence(timeline, corpus)
    return to_key_dates(timeline, dates, per_date, evidence, idf)


def _positive(text: str) -> int:
    """``--dates`` and ``--per-date``: a whole number of at least 1."""
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{text} is less than 1")
    return number


def _key_dates_problem(fmt: str, args: argparse.Namespace) -> str | None:
    """Why --dates/--per-date do not fit the format: key-dates needs T, others take neither."""
    if fmt == KEY_DATES and args.dates is None:
        return "--format key-dates needs --dates T: how many dates to choose"
    if fmt != KEY_DATES and (args.dates is not None or args.per_date is not None):
        return f"--dates and --per-date apply to --format {KEY_DATES} only, not {fmt}"
    return None


def _first_day(text: str) -> dt.date:
    """``--from``: a date at any precision, as its first day."""
    return _parse_day(text).first_day


def _last_day(text: str) -> dt.date:
    """``--to``: a date at any precision, as its last day."""
    return _parse_day(text).last_day


def _parse_day(text: str) -> EventDate:
    from tui.model.dates import parse_event_date

    try:
        return parse_event_date(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: {error}") from None


def _filters(args: argparse.Namespace) -> Filters:
    """The reader's filters from the command line."""
    return Filters(
        actors=frozenset(args.actor),
        tag=args.tag,
        status=EventStatus(args.status) if args.status else None,
        date_from=args.date_from,
        date_to=args.date_to,
        reviewed=args.reviewed,
    )


def _filter_problem(filters: Filters, timeline: Timeline) -> str | None:
    """Why ``filters`` cannot mean what was meant: an actor or tag the timeline lacks."""
    for actor_id in sorted(filters.actors):
        if actor_id not in timeline.actor_by_id:
            hint = did_you_mean(actor_id, timeline.actor_by_id)
            return f"--actor {actor_id}: no actor has this id{'; ' + hint if hint else ''}"
    if filters.tag is not None:
        tags = {tag: None for event in timeline.events for tag in event.tags}
        if filters.tag not in tags:
            hint = did_you_mean(filters.tag, tags)
            return f"--tag {filters.tag}: no event has this tag{'; ' + hint if hint else ''}"
    return None


def _default_title(path: Path) -> str:
    folder = path.resolve().parent.name
    return f"Timeline: {folder}" if folder else "Timeline"


def _say(message: str) -> None:
    """A message on standard error, safe to print whatever the file contained."""
    print(printable(message), file=sys.stderr)
