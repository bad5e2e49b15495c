"""The ``newsline`` command: the reader by default, plus ``check``, ``export``, ``dates``,
``extract``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

# name -> (module, one-line help). Modules are imported only when their command runs, so that
# `newsline check` never pays for Textual and the reader never pays for dateparser.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("tui.commands.check", "validate a timeline file and print its problems"),
    "export": (
        "tui.commands.export",
        "write the timeline as JSON, CSV, Markdown, TimelineJS or ICS",
    ),
    "dates": ("tui.commands.dates", "tag the temporal expressions of a text (TIMEX3)"),
    "extract": ("tui.commands.extract", "extract articles, actors and events into the timeline"),
}


def build_parser() -> argparse.ArgumentParser:
    """The parser for the reader itself: ``newsline [PATH] [--event ID]``."""
    parser = argparse.ArgumentParser(
        prog="newsline",
        description="Read the news as a timeline: articles, events and actors in linked panes.",
        epilog="commands: "
        + "; ".join(f"{name}: {text}" for name, (_, text) in SUBCOMMANDS.items())
        + ". Run `newsline COMMAND --help` for each.",
    )
    parser.add_argument(
        "path",
        nargs="?",
        default="timeline.yaml",
        help="timeline file, or a folder holding timeline.yaml (default: ./timeline.yaml)",
    )
    parser.add_argument("--event", metavar="ID", help="open with this event selected")
    parser.add_argument("--version", action="version", version="%(prog)s 0.1.0")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsline`` console script and of ``python -m tui``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        name = args.pop(0)
        module_name, help_text = SUBCOMMANDS[name]
        module = importlib.import_module(module_name)
        parser = argparse.ArgumentParser(prog=f"newsline {name}", description=help_text)
        module.add_arguments(parser)
        options = parser.parse_args(args)
        try:
            return int(module.run(options) or 0)
        except BrokenPipeError:
            # The reader of our output went away (`newsline export | head`): not an error
            # worth a traceback. Point stdout at /dev/null so the exit flush stays quiet.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 141
        except KeyboardInterrupt:
            print(f"newsline {name}: interrupted", file=sys.stderr)
            return 130
    options = build_parser().parse_args(args)
    from tui.app.main import run_reader

    return run_reader(options.path, event_id=options.event)
