"""``newsline dates FILE --published YYYY-MM-DD [--json]``: the TIMEX3 expressions of a text.

Offsets are Python string indices into the file's text decoded from UTF-8 exactly as stored:
line endings are kept and nothing is stripped; a leading byte-order mark stays in the text as
U+FEFF, so it counts as one character at offset 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path

from tui.model.articles import decode_utf8
from tui.model.diagnostics import printable


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsline dates``."""
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date the relative expressions are resolved against; without it, "
        "values that need it stay underspecified (XXXX-08, XXXX-WXX-5)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


# Articles are far smaller; beyond this a file is almost certainly not a text to tag (a disk
# image, a log), and tagging it would take minutes and gigabytes.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def _read_text(name: str) -> tuple[str | None, str]:
    """The decoded text, or None and an error message naming the file (and line:column)."""
    limit = MAX_INPUT_BYTES
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            # A device or a FIFO (/dev/zero) could be read forever, and opening a FIFO blocks:
            # look before opening.
            if not stat.S_ISREG(os.stat(name).st_mode):
                kind = "a folder" if os.path.isdir(name) else "a device or pipe"
                return None, f"{name}: error: {kind}, not a text file"
            with open(name, "rb") as stream:
                data = stream.read(limit + 1)
    except OSError as error:
        return None, f"{name}: error: cannot read: {error.strerror or error}"
    if len(data) > limit:
        return None, (
            f"{name}: error: larger than {limit // (1024 * 1024)} MiB "
            "(hint: split it into articles)"
        )
    try:
        # A leading BOM stays in the text: offsets index the file as it is stored.
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        _text, problem = decode_utf8(data, Path(name))
        assert problem is not None
        return None, problem.format()


def run(args: argparse.Namespace) -> int:
    """Tag the file and print the expressions; 2 on unreadable input or a bad date."""
    published: dt.date | None = None
    if args.published:
        from tui.model.user_dates import UserDateError, publication_date

        try:
            published = publication_date(args.published)
        except UserDateError as error:
            print(
                f"newsline dates: --published: {printable(error.message)} "
                f"(hint: {error.hint}; write YYYY-MM-DD or 12 Sep 2023)",
                file=sys.stderr,
            )
            return 2
    text, error = _read_text(args.file)
    if text is None:
        print(printable(error), file=sys.stderr)
        return 2
    from tui.extract.temporal import tag

    timexes = tag(text, published)
    if args.json:
        for timex in timexes:
            record = {"start": timex.start, "end": timex.end, "text": timex.text}
            record |= {"type": timex.type, "value": timex.value}
            print(json.dumps(record, ensure_ascii=False))
        return 0
    if published is None:
        print("note: no --published date; relative values are left underspecified", file=sys.stderr)
    rows = [
        (f"{t.start}-{t.end}", t.type, t.value, printable(t.text.replace("\n", " ")))
        for t in timexes
    ]
    header = ("span", "type", "value", "text")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(3)]
    for row in [header, *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    return 0
