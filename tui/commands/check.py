"""``newsline check [TIMELINE] [--strict]``: validate a timeline and print every problem.

Exit status: 0 when clean, 1 on errors (or on warnings with ``--strict``), 2 when the file
cannot be opened at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.commands import add_timeline_argument
from tui.model.diagnostics import count, printable
from tui.model.paths import open_problem
from tui.model.timeline import LoadResult, timeline_file


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's arguments."""
    add_timeline_argument(parser)
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 on warnings as well"
    )


def run(args: argparse.Namespace) -> int:
    """Load the timeline with anchors resolved, print each message and a one-line summary."""
    from tui.model.load_cache import cached_load

    path = timeline_file(args.timeline)
    problem = open_problem(path)
    if problem is not None:
        print(printable(f"{path}: error: cannot open the timeline: it {problem}"), file=sys.stdout)
        return 2
    # An unchanged timeline and articles: the last result, from the load cache.
    result = cached_load(path, _load_resolved, "check")
    for diagnostic in result.diagnostics:
        print(diagnostic.format())
    timeline = result.timeline
    counts = (
        f"{count(len(timeline.articles), 'article')}, {count(len(timeline.actors), 'actor')}, "
        f"{count(len(timeline.events), 'event')}, "
        f"{sum(1 for event in timeline.events if event.reviewed)} reviewed, "
        if timeline is not None
        else ""
    )
    errors, warnings = len(result.errors), len(result.warnings)
    print(printable(f"{path}: {counts}{count(errors, 'error')}, {count(warnings, 'warning')}"))
    if errors or (args.strict and warnings):
        return 1
    return 0


def _load_resolved(path: Path) -> LoadResult:
    from tui.model.loader import load_timeline

    # Every quote is looked for, but check shows no anchor: no article is split into sentences.
    return load_timeline(path, resolve_sources=True, keep_anchors=False)
