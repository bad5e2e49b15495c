"""JSON Lines and JSON arrays: one article per object, field names mapped by ``--field``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

from tui.importer.dates import publication_day
from tui.importer.records import ImportProblem, Incoming, SourceResult
from tui.importer.text import clean_body, html_to_text

# Our name -> the default field name in the source; ``--field text=body`` changes one.
DEFAULT_FIELDS = {
    "title": "title",
    "text": "text",
    "published": "published",
    "url": "url",
    "source": "source",
    "author": "author",
    "language": "language",
}


def parse_field_map(pairs: list[str]) -> tuple[dict[str, str], str]:
    """``["text=body"]`` -> the full field map; or ``({}, why)`` for a bad pair."""
    fields = dict(DEFAULT_FIELDS)
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not theirs or ours not in DEFAULT_FIELDS:
            return {}, (
                f"--field {pair!r}: write OURS=THEIRS with OURS one of "
                + ", ".join(DEFAULT_FIELDS)
                + " (for example --field text=body)"
            )
        fields[ours] = theirs
    return fields, ""


def read_json(
    file: Path, data: bytes, *, now: dt.datetime, fields: Mapping[str, str] = DEFAULT_FIELDS
) -> SourceResult:
    """The articles of a JSON Lines file or a JSON array; one problem per bad line or object."""
    result = SourceResult(file)
    text = result.decoded(data)
    if text is None:
        return result
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            result.problems.append(
                ImportProblem(file, f"not JSON: {error.msg}", _JSON_HINT, error.lineno, error.colno)
            )
            return result
        for number, item in enumerate(items, start=1):
            _add(result, item, f"object {number}", 0, fields, now)
        return result
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            result.problems.append(
                ImportProblem(file, f"not JSON: {error.msg}", _JSON_HINT, number, error.colno)
            )
            continue
        _add(result, item, "", number, fields, now)
    return result


_JSON_HINT = "one JSON object per line (JSON Lines), or one JSON array of objects"


def _add(
    result: SourceResult,
    item: object,
    entry: str,
    line: int,
    fields: Mapping[str, str],
    now: dt.datetime,
) -> None:
    file = result.file
    if not isinstance(item, dict):
        result.problems.append(
            ImportProblem(
                file, f"expected an object, found {_kind(item)}", _JSON_HINT, line, entry=entry
            )
        )
        return
    body = _value(item, fields["text"])
    if not isinstance(body, str) or not body.strip():
        present = ", ".join(sorted(str(k) for k in item)[:8]) or "none"
        result.problems.append(
            ImportProblem(
                file,
                f"no text in field {fields['text']!r} (fields: {present})",
                "map the field that holds the article's text, e.g. --field text=body",
                line,
                entry=entry,
            )
        )
        return
    language = _text(_value(item, fields["language"]))
    published, why = publication_day(_value(item, fields["published"]), now=now, language=language)
    if why:
        result.problems.append(
            ImportProblem(
                file,
                f"field {fields['published']!r}: {why}",
                "write the date as 2023-09-10 or map another field with --field published=NAME",
                line,
                entry=entry,
            )
        )
        return
    where = f"{file}:{line}" if line else f"{file} {entry}"
    result.articles.append(
        Incoming(
            title=_text(_value(item, fields["title"])),
            text=html_to_text(body) if "</" in body or "<p>" in body else clean_body(body),
            origin=where,
            published=published,
            byline=_text(_value(item, fields["author"])),
            source=_text(_value(item, fields["source"])),
            url=_text(_value(item, fields["url"])),
            language=language,
        )
    )


def _value(item: Mapping[str, object], name: str) -> object:
    """``item[name]``; a dotted name (``source.name``) looks inside nested objects."""
    value: object = item
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _text(value: object) -> str:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, str | int | float))
    if isinstance(value, dict):
        value = value.get("name", "")
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _kind(item: object) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(item), "null" if item is None else type(item).__name__
    )
