"""The one way the reader (and its curation actions) changes ``timeline.yaml``.

Editors save in several steps, and some in place (nano, vim with ``backupcopy=yes``): halfway
through, the file is often still valid YAML. A write that starts from that half would append to
it and rename it over the file, and the rest of the user's save would be lost. So every write:

1. starts from a state seen to stay put: the signature the caller saw (what it shows) must
   still be on disk at least :data:`SETTLE_SECONDS` later, as the live reload requires two
   equal polls, and no program may have the file open for writing (a Linux lease probe);
2. edits the parsed document kept from the previous write when the file is still what that
   write left (stat, then a hash of the bytes at save), so a small edit does not re-read it;
3. re-checks stat, hash and writers just before the rename (:meth:`TimelineDocument.save`);
4. otherwise refuses with :class:`FileChangedError`, and the caller reloads and lets the user
   try again. Nothing is written then.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from tui.model.writer.atomic import resolve_target
from tui.model.writer.disk import Sighting, Signature, open_for_writing, stat_signature
from tui.model.writer.document import TimelineDocument
from tui.model.writer.errors import ConcurrentEditError

SETTLE_SECONDS = 0.3  # the reader's poll interval: "stable" means unchanged across two polls

T = TypeVar("T")


class FileChangedError(ConcurrentEditError):
    """The file changed since it was shown, or is still being saved: reload, then retry."""


class TimelineEditor:
    """Writes one timeline file for the reader, keeping its parsed document between writes."""

    def __init__(
        self,
        path: Path,
        *,
        settle: float = SETTLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self.settle = settle
        self._clock = clock
        self._sleep = sleep
        self._document: TimelineDocument | None = None
        self._lock = threading.Lock()
        self.last_write: Sighting | None = None

    def edit(self, change: Callable[[TimelineDocument], T], seen: Sighting | None = None) -> T:
        """Apply ``change`` to the document and save it; return what ``change`` returned.

        ``seen`` is the state the caller shows (None: look now, then wait to see it stay).
        Raises :class:`FileChangedError` (nothing written) when the file is not that state,
        changes, or is open for writing elsewhere; the writer's other errors as they come.
        """
        with self._lock:
            target = resolve_target(self.path)
            first = seen if seen is not None else Sighting(stat_signature(target), self._clock())
            wait = self.settle - (self._clock() - first.at)
            # The state this editor wrote itself is known to the byte; when no program has the
            # file open for writing (a lease says so for sure), it need not be watched to
            # settle, so consecutive curation keys are not each delayed by a poll interval.
            if wait > 0 and not (self.wrote(first.signature) and open_for_writing(target) is False):
                self._sleep(wait)
            now = stat_signature(target)
            if now != first.signature:
                raise FileChangedError(
                    f"{self.path} changed since it was shown (or is still being saved); "
                    "reload it and try again"
                )
            if now is not None and open_for_writing(target):
                raise FileChangedError(
                    f"{self.path} is being saved by another program; try again when it is done"
                )
            document = self._document_for(now)
            text_before = document._text
            try:
                result = change(document)
                document.save()
            except BaseException:
                # Re-read next time if the one in memory may hold half an edit; a refusal
                # that changed nothing keeps it (re-reading a big file costs seconds).
                if document._text is not text_before or document.disk_state.digest is None:
                    self._document = None
                raise
            self.last_write = Sighting(document.disk_state.signature, self._clock())
            return result

    def wrote(self, signature: Signature | None) -> bool:
        """Whether ``signature`` is the state this editor's last write left (so a file
        watcher seeing it knows it as the reader's own write, with nothing to reload)."""
        last = self.last_write
        return signature is not None and last is not None and last.signature == signature

    def line_of(self, section: str, item_id: str) -> int | None:
        """1-based line of the item in the file as it is now (None when it has none).

        Reads the kept document when the file is still what it was made from, so looking up
        a line after a write costs nothing; otherwise reads the file (and keeps that).
        """
        with self._lock:
            signature = stat_signature(resolve_target(self.path))
            return self._document_for(signature).line_of(section, item_id)

    def warm(self, screened: Signature | None = None) -> None:
        """Parse the file now (in a thread), and index its items, so that the first edit need
        not. ``screened``: the signature of the state the caller loaded without an error (see
        :meth:`TimelineDocument.open`)."""
        with self._lock:
            signature = stat_signature(resolve_target(self.path))
            if signature is not None:
                self._document_for(signature, screened).index_items()

    def _document_for(
        self, signature: Signature | None, screened: Signature | None = None
    ) -> TimelineDocument:
        """The kept document when the file is still what it was made from, else a fresh one."""
        kept = self._document
        if kept is not None and kept.disk_state.signature == signature:
            return kept
        if signature is None:
            document = TimelineDocument.new(self.path)
        else:
            document = TimelineDocument.open(self.path, screened)
            if document.disk_state.signature != signature:
                raise FileChangedError(f"{self.path} changed while it was read; reload it")
        self._document = document
        return document


_EDITORS: dict[Path, TimelineEditor] = {}
_EDITORS_LOCK = threading.Lock()


def editor_for(path: Path) -> TimelineEditor:
    """The process's editor of the timeline at ``path`` (one per file, so its parsed
    document is shared by every action that writes it)."""
    key = Path(os.path.abspath(path))
    with _EDITORS_LOCK:
        editor = _EDITORS.get(key)
        if editor is None:
            editor = _EDITORS[key] = TimelineEditor(key)
        return editor


def edit_timeline(
    path: Path, change: Callable[[TimelineDocument], T], seen: Sighting | None = None
) -> T:
    """Change the timeline at ``path`` safely (see the module's rules); the reader's one write
    path, for a new event today and the curation actions later."""
    return editor_for(path).edit(change, seen)
