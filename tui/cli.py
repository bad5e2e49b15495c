"""The ``newsline`` command: the reader by default, plus ``check``, ``export``, ``dates``,
``extract``, ``import``."""

from __future__ import annotations

import errno
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import argparse

# name -> (module, one-line help). Modules are imported only when their command runs, so that
# `newsline check` never pays for Textual and the reader never pays for the extractor.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("tui.commands.check", "validate a timeline file and print its problems"),
    # The formats are listed once, in tui.model.export; `newsline export --help` shows them.
    "export": ("tui.commands.export", "write the timeline in a format for other tools"),
    "dates": ("tui.commands.dates", "tag the temporal expressions of a text (TIMEX3)"),
    "extract": ("tui.commands.extract", "extract articles, actors and events into the timeline"),
    "import": ("tui.commands.importing", "turn saved pages, feeds and JSON exports into articles"),
}


DEFAULT_PATH = "timeline.yaml"


def build_parser() -> argparse.ArgumentParser:
    """The parser for the reader itself: ``newsline [PATH] [--event ID]``."""
    import argparse

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
        default=DEFAULT_PATH,
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
        import argparse

        parser = argparse.ArgumentParser(prog=f"newsline {name}", description=help_text)
        module.add_arguments(parser)
        options = parser.parse_args(args)
        # Run as the program (not called by a test or another program's code): a command may
        # end the process itself once its work and output are done (see tui.commands.extract).
        options.exit_at_once = argv is None
        original = sys.stdout
        if original is None:
            # Started with standard output closed (`>&-`): hold descriptor 1 on /dev/null, so
            # that no file the command opens gets it and receives our output by mistake.
            _hold_descriptor_1()
        sys.stdout = GuardedOutput(original)
        try:
            code = int(module.run(options) or 0)
            sys.stdout.flush()  # here, not at exit, so a failure is reported like any other
            return code
        except BrokenPipeError:
            # The reader of our output went away (`newsline export | head`): not an error
            # worth a traceback. Point stdout at /dev/null so the exit flush stays quiet.
            _silence(original)
            return 141
        except OutputError as error:
            # A full disk or device (`> /dev/full`) or a closed stdout: one line, status 2.
            _silence(original)
            print(
                f"newsline {name}: error: cannot write to standard output: {error.strerror}",
                file=sys.stderr,
            )
            return 2
        except KeyboardInterrupt:
            print(f"newsline {name}: interrupted", file=sys.stderr)
            return 130
        finally:
            sys.stdout = original
    if len(args) <= 1 and not any(arg.startswith("-") for arg in args):
        # `newsline` or `newsline PATH`, read as argparse would: importing argparse and
        # building the parser was about 3 % of the reader's first paint.
        path, event_id = (args[0] if args else DEFAULT_PATH), None
    else:
        options = build_parser().parse_args(args)
        path, event_id = options.path, options.event
    from tui.app.main import run_reader

    return run_reader(path, event_id=event_id)


class OutputError(OSError):
    """Writing to standard output failed (a full device, a closed descriptor)."""


class GuardedOutput:
    """Standard output for a command, whose write errors become :class:`OutputError`.

    Commands write reports with plain ``print``; this tells a failure of standard output from
    a failure of a file the command reads or writes, which the command reports itself. A closed
    standard output (``None``) fails on the first write, as a full one does.
    """

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text``; OutputError when standard output cannot take it."""
        stream = self._checked()
        try:
            return stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.errno, error.strerror or str(error)) from error

    def flush(self) -> None:
        """Flush; OutputError when the buffered output cannot be written."""
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(error.errno, error.strerror or str(error)) from error

    def isatty(self) -> bool:
        """Whether standard output is a terminal."""
        return self._stream is not None and self._stream.isatty()

    def fileno(self) -> int:
        """The descriptor of standard output."""
        return self._checked().fileno()

    def __getattr__(self, name: str) -> object:
        return getattr(self._checked(), name)

    def _checked(self) -> TextIO:
        if self._stream is None:
            raise OutputError(errno.EBADF, "it is closed")
        return self._stream


def _hold_descriptor_1() -> None:
    try:
        descriptor = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    if descriptor != 1:
        os.close(descriptor)  # descriptor 1 was open after all (only sys.stdout was None)


def _silence(stream: TextIO | None) -> None:
    """Point standard output at /dev/null, so that the flush at exit has nowhere to fail."""
    if stream is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no descriptor (a test's capture): nothing will flush late
        pass
