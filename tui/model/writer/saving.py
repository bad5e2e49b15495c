"""Saving a :class:`~tui.model.writer.document.TimelineDocument`: atomically, only over the
file it was read from, and encoding again only what changed since the last save.

A mixin of the document (which sets ``_disk``, ``_disk_bytes`` and ``_chunks`` when made).
Nothing is written when the file on disk is not what was read or last written: by stat
before writing, and by its bytes just before the rename (compared in C with those it
expects, some ten times faster than hashing them), or when another program has it open for
writing (:class:`~tui.model.writer.errors.ConcurrentEditError`).

The text is UTF-8 encoded in chunks kept from one save to the next: a curation key changes
a few lines of a 5 MB file, and encoding all of it again (a text with any non-ASCII
character is two or four bytes a character in memory) took 13 ms of each key on 20,000
events. Unchanged chunks at both ends are found by comparing the text with them in place
(``str.startswith`` / ``endswith`` at an offset), and their bytes reused.
"""

from __future__ import annotations

from pathlib import Path

from tui.model.writer.atomic import atomic_replace, check_replaceable, resolve_target
from tui.model.writer.disk import (
    FileChangingError,
    FileState,
    digest,
    open_for_writing,
    read_signed,
    read_state,
    stat_signature,
)
from tui.model.writer.errors import ConcurrentEditError

# Characters a chunk: small enough that an edit re-encodes little, large enough that a
# 5 MB file is some eighty of them to compare.
CHUNK = 1 << 16


class Saving:
    """The saving half of the document: :meth:`save` and the checks around it."""

    path: Path
    _disk: FileState
    _disk_bytes: bytes | None
    # (text, its UTF-8 bytes), in order: the text of the last save, or empty.
    _chunks: list[tuple[str, bytes]]

    def text(self) -> str:  # the document's (declared for this mixin)
        raise NotImplementedError

    @property
    def disk_state(self) -> FileState:
        """The file as this document last read or wrote it (what save() expects to find)."""
        return self._disk

    def save(self) -> None:
        """Write the document atomically, through a symbolic link to the file it names.

        Refused with :class:`ConcurrentEditError` when the file is not what was read (by stat
        and by its bytes) or another program has it open for writing, both checked before
        writing and again just before the rename; with :class:`ReadOnlyError` or
        :class:`NotRegularFileError` when the file must not be replaced. Nothing is written
        when it refuses.
        """
        target = resolve_target(self.path)
        check_replaceable(target)
        self._verify_disk(target, read=False)  # refuse early when stat already tells
        data, chunks = encode_reusing(self.text(), self._chunks)
        atomic_replace(target, data, before_rename=self._verify_disk)
        self._disk = FileState(stat_signature(target), digest(data))
        self._disk_bytes = data
        self._chunks = chunks

    def _verify_disk(self, target: Path, *, read: bool = True) -> None:
        """Raise :class:`ConcurrentEditError` unless ``target`` is still what was read: by
        stat, and (``read``) by its bytes (compared with those last read or written, else
        by a hash of them), which stat misses in a same-size save within the clock's
        resolution."""
        expected = self._disk
        state: FileState | None
        if not read:
            signature = stat_signature(target)
            exists, expected_to = signature is not None, expected.digest is not None
            # Same existence: the stat alone decides here; the bytes come before the rename.
            state = FileState(signature, expected.digest if exists == expected_to else "differs")
        elif self._disk_bytes is not None:
            try:
                data, signature = read_signed(target)
            except FileChangingError:
                data, signature = None, None  # being written: changed, and still changing
            # The bytes themselves, compared in C: what the hash of them would tell, sooner.
            same = data is not None and data == self._disk_bytes
            state = FileState(signature, expected.digest) if same else None
        else:
            try:
                _data, state = read_state(target)
            except FileChangingError:
                state = None  # written to while being read: changed, and still changing
        if (
            state is None
            or state.digest != expected.digest
            or (expected.signature is not None and state.signature != expected.signature)
        ):
            raise ConcurrentEditError(
                f"{self.path} changed on disk since it was read; reload it and try again"
            )
        if state.signature is not None and open_for_writing(target):
            raise ConcurrentEditError(
                f"{self.path} is being saved by another program; reload it when it is done"
            )


def encode_reusing(
    text: str, chunks: list[tuple[str, bytes]]
) -> tuple[bytes, list[tuple[str, bytes]]]:
    """``text`` as UTF-8, and its chunks for the next call: the ``chunks`` of an earlier text
    found unchanged at the start and at the end of ``text`` keep their bytes; only the text
    between them is encoded (in chunks of :data:`CHUNK` characters)."""
    head: list[tuple[str, bytes]] = []
    start = 0
    for chunk in chunks:
        if not text.startswith(chunk[0], start):
            break
        head.append(chunk)
        start += len(chunk[0])
    tail: list[tuple[str, bytes]] = []
    end = len(text)
    for chunk in reversed(chunks[len(head) :]):
        # Only what the head left: the two ends never share a character.
        if end - len(chunk[0]) < start or not text.endswith(chunk[0], start, end):
            break
        tail.append(chunk)
        end -= len(chunk[0])
    tail.reverse()
    middle = [
        (piece, piece.encode("utf-8"))
        for piece in (text[at : min(at + CHUNK, end)] for at in range(start, end, CHUNK))
    ]
    kept = [*head, *middle, *tail]
    return b"".join(piece for _text, piece in kept), kept
