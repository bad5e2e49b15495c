"""Which reader reads a source: by its name's ending, else by a look at its first bytes."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path

from tui.importer.records import ImportProblem, SourceResult
from tui.model.paths import PathError, read_regular_file

# Larger than any saved page, feed or export of a few thousand stories.
MAX_SOURCE_BYTES = 256 * 1024 * 1024
HTML = (".html", ".htm", ".xhtml", ".shtml")
FEEDS = (".xml", ".rss", ".atom", ".rdf")
JSON = (".json", ".jsonl", ".ndjson")
PLAIN = (".txt", ".md", ".markdown", ".text")
KNOWN = HTML + FEEDS + JSON + PLAIN


def expand(sources: list[Path]) -> Iterator[Path | ImportProblem]:
    """Each file to import: files as given, folders as the known files directly inside them."""
    for source in sources:
        try:
            status = os.stat(source)
        except OSError as error:
            reason = (
                "no such file or folder"
                if isinstance(error, FileNotFoundError)
                else (error.strerror or str(error))
            )
            yield ImportProblem(source, reason, "check the path")
            continue
        except ValueError:  # a NUL byte in the name
            yield ImportProblem(source, "not a valid path", "check the path")
            continue
        if stat.S_ISDIR(status.st_mode):
            try:
                names = sorted(source.iterdir())
            except OSError as error:
                yield ImportProblem(source, error.strerror or str(error), "check the folder")
                continue
            found = [
                p
                for p in names
                if p.suffix.lower() in KNOWN and not p.name.startswith(".") and p.is_file()
            ]
            if not found:
                yield ImportProblem(
                    source,
                    "the folder holds no file to import",
                    "name the files, or use a folder of " + " ".join(KNOWN),
                )
            yield from found
        else:
            yield source


def kind_of(file: Path, data: bytes) -> str:
    """``html``, ``feed``, ``json`` or ``plain``: from the name, else from the content."""
    suffix = file.suffix.lower()
    if suffix in HTML:
        return "html"
    if suffix in FEEDS:
        return "feed"
    if suffix in JSON:
        return "json"
    if suffix in PLAIN:
        return "plain"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        return "json"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "html"
    return "plain"


def read_source(
    file: Path, *, now: dt.datetime, fields: Mapping[str, str] | None = None
) -> SourceResult:
    """Everything ``file`` gives. Never raises for a bad file: its problems are in the result."""
    try:
        data = read_regular_file(file, MAX_SOURCE_BYTES)
    except PathError as error:
        return SourceResult(file, problems=[ImportProblem(file, error.reason, "check the path")])
    kind = kind_of(file, data)
    try:
        if kind == "html":
            from tui.importer.html import read_html

            return read_html(file, data, now=now)
        if kind == "feed":
            from tui.importer.feeds import read_feed

            return read_feed(file, data, now=now)
        if kind == "json":
            from tui.importer.jsonl import DEFAULT_FIELDS, read_json

            return read_json(file, data, now=now, fields=fields or DEFAULT_FIELDS)
        from tui.importer.plaintext import read_plain

        return read_plain(file, data, now=now)
    except RecursionError:
        problem = ImportProblem(file, "nested too deeply to read", "")
    except MemoryError:
        problem = ImportProblem(file, "too large to read in the memory available", "")
    return SourceResult(file, problems=[problem])
