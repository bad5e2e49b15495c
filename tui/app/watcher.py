"""Polling file watcher with a stability check, for live reload.

Editors write in several steps (truncate, write, rename), so a change is reported only once
the file's signature (inode, size, mtime_ns) is the same on two consecutive polls. Pure logic:
the app calls :meth:`ChangeTracker.poll` from a timer.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

Signature = tuple[int, int, int] | None


def signature(path: Path) -> Signature:
    """``(inode, size, mtime_ns)`` of ``path``, or ``None`` when it does not exist."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


class ChangeTracker:
    """Tells when watched files changed and then stayed put for one poll."""

    def __init__(self, paths: Iterable[Path] = ()) -> None:
        self._known: dict[Path, Signature] = {}
        self._pending: dict[Path, Signature] = {}
        self.watch(paths)

    def watch(self, paths: Iterable[Path], known: Mapping[Path, Signature] | None = None) -> None:
        """Watch exactly ``paths`` from now on.

        A path's known state is taken from ``known`` when given there (what was read), else
        from the disk now.
        """
        known = known or {}
        self._known = {path: known[path] if path in known else signature(path) for path in paths}
        self._pending = {}

    @property
    def paths(self) -> list[Path]:
        """The watched files."""
        return list(self._known)

    def poll(self) -> list[Path]:
        """The files whose change is complete (stable since the previous poll)."""
        settled: list[Path] = []
        for path, known in self._known.items():
            current = signature(path)
            if current == known:
                self._pending.pop(path, None)
                continue
            if path in self._pending and self._pending[path] == current:
                settled.append(path)
                self._known[path] = current
                del self._pending[path]
            else:
                self._pending[path] = current
        return settled
