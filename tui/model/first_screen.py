"""The first screen of a big timeline, read before the rest of the file (issue 8: first paint).

Reading and validating 20,000 events takes a second or more, and the reader's first screen
shows a few dozen of them. :func:`first_screen` finds those few without reading the rest:

1. a scan at C speed (regular expressions over the file's bytes) finds the top-level
   sections, the items of ``events:`` and each item's ``date:`` line;
2. each distinct date text is read once (:func:`~tui.model.dates.parse_event_date`), and
   the items of the earliest dates, enough for ``rows`` events, are the candidates;
3. only those items, the articles they cite and the actors they name are composed and
   walked, by the same :mod:`~tui.model.yaml_nodes` and :class:`~tui.model.schema.Walker` as
   a full load (positions are the file's own), and the first ``rows`` in reading order kept.

The result is provisional: the reader paints it while the full load runs, then replaces it
with the full result, whose problems are the ones shown (none are reported from here). When
the scan cannot be sure of the order (a small file, a flow-style list, fewer dated events
than a screen, a layout it does not know, an unreadable file) it returns None and the reader
waits for the full load, as it always did.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from tui.model.dates import DateError, parse_event_date
from tui.model.paths import PathError, read_regular_file
from tui.model.schema import Walker
from tui.model.timeline import FORMAT_VERSION, Event, Timeline, opening_rank
from tui.model.yaml_nodes import MapNode, ScalarNode, SeqNode, compose_yaml

__all__ = ["FIRST_SCREEN_LIMIT", "FirstScreen", "first_screen", "scan_first_screen"]

# More candidate items than this (many events on the earliest dates): not worth it, the
# full load is the way.
FIRST_SCREEN_LIMIT = 4000
# The same cap as the loader's (tui.model.loader.MAX_FILE_BYTES), which refuses larger files.
_MAX_BYTES = 32 * 1024 * 1024

# A top-level key: at column 0, a plain name, then a colon ending the key. Each pattern of
# the scan starts with a newline, a literal the regex engine looks for at C speed (a pattern
# starting with ``^`` is tried at every byte of the file: ten times slower).
_TOP_KEY = re.compile(rb"\n([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t\r\n]|$)")
_FIRST_KEY = re.compile(rb"([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t\r\n]|$)")
# The first line of a section's value that is not blank and not only a comment.
_FIRST_LINE = re.compile(rb"^( *)([^ \t\r\n#])", re.M)
# The start of an EDTF date as events are written (the rest goes to parse_event_date).
_START = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?\s*[?~%]?\s*(?:/|$)")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass(frozen=True, slots=True)
class FirstScreen:
    """The first events of a timeline in reading order, read ahead of the whole file."""

    timeline: Timeline  # those events, the articles they cite and the actors they name
    total_events: int  # the items the scan found under ``events:`` (not yet validated)
    opening: str  # the event the list opens on, as it would with the whole timeline


def first_screen(path: Path, rows: int, *, min_bytes: int = 0) -> FirstScreen | None:
    """The events of the first screen of the timeline at ``path``: ``rows`` before the one
    the list opens on and ``rows`` from it on, or None (see the module's
    docstring). A file smaller than ``min_bytes`` gives None: the full load is quick there.
    Never raises for any file."""
    try:
        if path.stat().st_size < max(min_bytes, 1):
            return None
        data = read_regular_file(path, _MAX_BYTES)
    except (OSError, ValueError, PathError):
        return None
    try:
        return scan_first_screen(data, path, rows)
    except (ValueError, RecursionError, MemoryError):  # a layout the scan misread: wait
        return None


def scan_first_screen(data: bytes, path: Path, rows: int) -> FirstScreen | None:
    """:func:`first_screen` of the file contents ``data`` (UTF-8 bytes) at ``path``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = b" " * 3 + data[3:]  # the same offsets, no mark in front of the first key
    sections = _sections(data)
    if "events" not in sections or rows < 1:
        return None
    events = _Items.scan(data, sections["events"])
    if events is None:
        return None
    window = _window(events.values(data, "date"), len(events.starts), rows)
    if window is None:
        return None
    offsets, opening_day = window
    chosen = sorted({events.index_of(offset) for offset in offsets} - {-1})
    walker = Walker(path)
    for index in chosen:
        events.take(data, index, walker, "events")
    timeline = walker.walk(_root())  # the events only: what they cite is read next
    cited = {source.article for event in timeline.events for source in event.sources}
    named = {actor for event in timeline.events for actor in event.actors}
    for section, wanted in (("articles", cited), ("actors", named)):
        items = _Items.scan(data, sections[section]) if section in sections else None
        if items is None or not wanted:
            continue
        for raw, offsets in items.values(data, "id").items():
            if _plain_text(raw) in wanted:
                for offset in offsets:
                    items.take(data, items.index_of(offset), walker, section)
    cited_items = walker.walk(_root())
    timeline.articles, timeline.actors = cited_items.articles, cited_items.actors
    walker.cross_check(timeline)
    ordered = sorted(timeline.events, key=Event.sort_key)
    at = next(
        (
            i
            for i, event in enumerate(ordered)
            if event.date and event.date.first_day >= opening_day
        ),
        None,
    )
    if at is None:
        return None
    timeline.events = ordered[max(0, at - rows) : at + rows]
    # Only what the window's events cite and name (the candidates at its edges cited more).
    cited = {source.article for event in timeline.events for source in event.sources}
    named = {actor for event in timeline.events for actor in event.actors}
    timeline.articles = [article for article in timeline.articles if article.id in cited]
    timeline.actors = [actor for actor in timeline.actors if actor.id in named]
    return FirstScreen(timeline, len(events.starts), ordered[at].id)


def _sections(data: bytes) -> dict[str, tuple[int, int]]:
    """Each top-level key's first occurrence: the span of bytes after its line, up to the
    next top-level key. A key with a value on its own line (``events: []``) has no span."""
    keys = [(match[1].decode("ascii"), match.end()) for match in _TOP_KEY.finditer(data)]
    first = _FIRST_KEY.match(data)
    if first is not None:
        keys.insert(0, (first[1].decode("ascii"), first.end()))
    sections: dict[str, tuple[int, int]] = {}
    for number, (name, end) in enumerate(keys):
        line_end = data.find(b"\n", end)
        line_end = len(data) if line_end < 0 else line_end + 1
        rest = data[end:line_end].strip()
        if name in sections or (rest and not rest.startswith(b"#")):
            sections.setdefault(name, (0, 0))
            continue
        following = (
            data.rfind(b"\n", 0, keys[number + 1][1]) + 1 if number + 1 < len(keys) else len(data)
        )
        sections[name] = (line_end, following)
    return sections


class _Items:
    """The items of one block-style list: where each starts, at which indent."""

    def __init__(self, span: tuple[int, int], indent: bytes, starts: list[int]) -> None:
        self.span = span
        self.indent = indent
        self.starts = starts
        # The last item composed and its line: items are taken in file order, so the lines
        # are counted once over the file, not again from its start for each item.
        self._counted = (0, 0)

    @classmethod
    def scan(cls, data: bytes, span: tuple[int, int]) -> _Items | None:
        """The list in ``span``, or None when it is not a block list of ``- `` items."""
        start, end = span
        first = _FIRST_LINE.search(data, start, end)
        if first is None or first[2] != b"-" or data[first.end() : first.end() + 1] not in b" \r\n":
            return None
        indent = first[1]
        item = re.compile(rb"\n" + re.escape(indent) + rb"-(?=[ \r\n])")
        # Each section starts after a newline: searched from that newline on.
        starts = [match.start() + 1 for match in item.finditer(data, start - 1, end)]
        return cls(span, indent, starts)

    def values(self, data: bytes, key: str) -> dict[bytes, list[int]]:
        """Each raw text written after ``key:`` on the items' own key column, and where:
        the offsets of those lines (:meth:`index_of` tells whose item each is)."""
        indent = re.escape(self.indent)
        name = re.escape(key.encode())
        found: dict[bytes, list[int]] = {}
        start, end = self.span
        # The key on the item's first line (``- date: ...``) or on a line of its own.
        for pattern in (
            re.compile(rb"\n" + indent + rb"- +" + name + rb"[ \t]*:[ \t]*([^\r\n]*)"),
            re.compile(rb"\n" + indent + rb"  " + name + rb"[ \t]*:[ \t]*([^\r\n]*)"),
        ):
            for match in pattern.finditer(data, start - 1, end):
                found.setdefault(match[1], []).append(match.start() + 1)
        return found

    def index_of(self, offset: int) -> int:
        """The item the line at ``offset`` belongs to (-1: before the first item)."""
        return bisect_right(self.starts, offset) - 1

    def take(self, data: bytes, index: int, walker: Walker, section: str) -> None:
        """Compose item ``index`` alone, at its own lines and columns, and hand it to the
        walker as the full load's composer would."""
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.span[1]
        counted_to, line = self._counted
        if start < counted_to:
            counted_to, line = 0, 0
        line += data.count(b"\n", counted_to, start)
        self._counted = (start, line)
        root, problems = compose_yaml(data[start:end], walker.path, line_offset=line)
        if problems or not isinstance(root, SeqNode) or len(root.items) != 1:
            return
        walker.take(section, root.items[0])


def _window(
    by_text: dict[bytes, list[int]], total: int, rows: int
) -> tuple[list[int], dt.date] | None:
    """Where the events around the one the Events list opens on are written (the offsets
    of their ``date:`` lines; ``by_text`` has them for each date text), and the day that
    event is chosen by; None when the scan cannot tell (see below). ``total``: all events.

    The list opens on the first event on or after the day that 2.5 % of the dated events
    precede (``tui.app.panes.rows.opening_event``: an event dated centuries away does not
    greet the story) and centres it, so ``rows`` events before it and ``rows`` from it on
    are read, with every event of the same date text at either edge. The undated events
    count there by their publication date, which only the full load knows: with more than
    a fifth of them undated, the scan gives up, as when the window reaches past the dated
    events or holds more than :data:`FIRST_SCREEN_LIMIT` items.
    """
    # Each date text's first day, as ISO text (which sorts as the days do), and how many
    # events each day has: the opening day and the window are found on days alone.
    texts_of_day: dict[str, list[bytes]] = {}
    for raw in by_text:
        day = _first_day(raw)
        if day is not None:
            texts_of_day.setdefault(day, []).append(raw)
    days = sorted(texts_of_day)
    counts = [sum(len(by_text[raw]) for raw in texts_of_day[day]) for day in days]
    total_dated = sum(counts)
    if total_dated < 2 * rows or (total - total_dated) * 5 > total:
        return None
    # The opening day, by the list's own rule (tui.app.panes.rows.opening_event).
    rank = opening_rank(total_dated)
    before = 0  # the dated events before the opening day
    opening = 0
    while before + counts[opening] <= rank:
        before += counts[opening]
        opening += 1
    low, high = before - rows, before + rows
    if high > total_dated:
        return None
    chosen: list[int] = []
    seen = 0
    for day, count in zip(days, counts, strict=True):
        if seen >= high:
            break
        if seen + count > low:
            chosen += _part_of_day(texts_of_day[day], by_text, low - seen, high - seen)
        seen += count
    if len(chosen) > FIRST_SCREEN_LIMIT:
        return None
    return chosen, dt.date.fromisoformat(days[opening])


def _part_of_day(
    texts: list[bytes], by_text: dict[bytes, list[int]], low: int, high: int
) -> list[int]:
    """The items of one day (written as ``texts``) whose places in reading order among that
    day's events may fall in ``low..high``: a day at the window's edge can hold hundreds of
    events (``2019`` starts on 1 January), so its texts are read and ordered as the full load
    orders them, and only those reaching into the window are taken."""
    count = sum(len(by_text[raw]) for raw in texts)
    if low <= 0 and high >= count:
        return [index for raw in texts for index in by_text[raw]]
    keyed = []
    for raw in texts:
        try:
            keyed.append((parse_event_date(_plain_text(raw) or "").sort_key(), raw))
        except DateError:  # not a date after all: the full load reports it
            continue
    keyed.sort()
    taken: list[int] = []
    seen = 0
    for _key, raw in keyed:
        items = by_text[raw]
        if seen < high and seen + len(items) > low:
            taken += items
        seen += len(items)
    return taken


def _first_day(raw: bytes) -> str | None:
    """The first day of a raw ``date:`` value as ``YYYY-MM-DD``, or None: not a date here
    (empty, unreadable, invalid: the full load reads it and reports it)."""
    text = _plain_text(raw)
    if text is None or text in _NULLS:
        return None
    match = _START.match(text)
    if match is not None and match[1] != "0000":
        return f"{match[1]}-{match[2] or '01'}-{match[3] or '01'}"
    try:
        return parse_event_date(text).first_day.isoformat()
    except DateError:
        return None


def _plain_text(raw: bytes) -> str | None:
    """A one-line scalar's text: plain (a trailing comment cut), or quoted without escapes;
    None for anything else (a flow collection, a block scalar, an escape)."""
    try:
        text = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return None
    if text[:1] == "'":
        closing = text.rfind("'")
        if closing <= 0 or text[closing + 1 :].strip()[:1] not in ("", "#"):
            return None
        return text[1:closing].replace("''", "'")
    if text[:1] == '"':
        closing = text.rfind('"')
        inner = text[1:closing]
        if closing <= 0 or "\\" in inner or text[closing + 1 :].strip()[:1] not in ("", "#"):
            return None
        return inner
    if text[:1] in ("[", "{", "|", ">", "&", "*", "!", "%", "@", "`"):
        return None
    comment = text.find(" #")
    return (text[:comment] if comment >= 0 else text).strip()


def _root() -> MapNode:
    """A top level with empty lists and the current version: the walker reads the items it
    was handed (all the scan chose) into the timeline."""
    root = MapNode(None, 1, 1)
    pairs = [
        (
            ScalarNode("version", None, True, 1, 1),
            ScalarNode(str(FORMAT_VERSION), None, True, 1, 10),
        )
    ]
    for name in ("articles", "actors", "events"):
        pairs.append((ScalarNode(name, None, True, 1, 1), SeqNode(None, 1, 1)))
    root.pairs = pairs  # type: ignore[assignment]
    return root
