"""Subcommands of ``newsline``.

Each module has ``add_arguments(parser)`` and ``run(args) -> int``.
"""

from __future__ import annotations

import argparse

from tui.model.timeline import TIMELINE_FILENAME


def add_timeline_argument(parser: argparse.ArgumentParser) -> None:
    """The optional ``TIMELINE`` argument every command that reads a timeline takes."""
    parser.add_argument(
        "timeline",
        nargs="?",
        default=TIMELINE_FILENAME,
        help=f"timeline file, or a folder holding {TIMELINE_FILENAME} "
        f"(default: ./{TIMELINE_FILENAME})",
    )
