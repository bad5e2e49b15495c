"""Writing what a plan adds: each article file atomically and never over another file, then
the articles registered in ``timeline.yaml`` through the writer (one atomic save)."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from tui.importer.plan import Planned
from tui.importer.records import Incoming
from tui.model.writer.emit import double_quoted


def render(article: Incoming) -> str:
    """The article file: YAML front matter (title, published, byline, source, url, language,
    and ``content: summary`` for a feed's summary), then the text."""
    lines = ["---"]
    fields: list[tuple[str, object]] = [
        ("title", article.title),
        ("published", article.published),
        ("byline", article.byline),
        ("source", article.source),
        ("url", article.url),
        ("language", article.language),
    ]
    if article.is_summary:
        fields.append(("content", "summary"))
    fields.extend((key, value) for key, value in article.extra.items() if key != "date_problem")
    for key, value in fields:
        if value in (None, ""):
            continue
        if isinstance(value, dt.date):
            lines.append(f"{key}: {value.isoformat()}")
        elif isinstance(value, bool | int | float):
            lines.append(f"{key}: {str(value).lower() if isinstance(value, bool) else value}")
        elif isinstance(value, str):
            lines.append(f"{key}: {double_quoted(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n" + article.text.rstrip("\n") + "\n"


def create_file(path: Path, text: str) -> None:
    """Write ``text`` to the new file ``path`` all at once; FileExistsError if it exists.

    The text goes to a temporary file in the same folder, is flushed to disk, then linked to
    its name: the name appears whole or not at all, and a file that appeared meanwhile (a
    user's) is never replaced, as a rename would.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
            stream.flush()
            os.fsync(stream.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (some network or FAT file systems): exclusive create.
            with open(path, "xb") as stream:
                stream.write(text.encode("utf-8"))
                stream.flush()
                os.fsync(stream.fileno())
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def timeline_fields(planned: Planned) -> dict[str, Any]:
    """The article's entry under ``articles:`` in ``timeline.yaml``."""
    article = planned.article
    fields: dict[str, Any] = {
        "id": planned.id,
        "path": planned.relative,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "byline": article.byline,
        "source": article.source,
        "url": article.url,
    }
    return {key: value for key, value in fields.items() if value not in (None, "")}
