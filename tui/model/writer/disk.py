"""What a file on disk is right now: its stat signature, a hash of its bytes, and whether
another program has it open for writing.

A write may only start from a state that was seen to stay put, and must re-check it just
before the rename (see :mod:`tui.model.writer.editor`). ``stat`` alone misses an in-place save
that keeps size and a coarse mtime; a hash alone costs a read. Both together are cheap (libc
and C hashing, no parsing) and catch every change.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path
from typing import NamedTuple

# (device, inode, size, mtime_ns, ctime_ns): a rename changes the inode, an in-place save the
# size or the times; ctime also moves on chmod, which is a change worth re-reading for.
Signature = tuple[int, int, int, int, int]


# NamedTuples, not frozen dataclasses: the reader's file watcher imports this module at
# start-up, and each dataclass compiled its methods there (a few ms of the first paint).


class FileState(NamedTuple):
    """A file as it was read or written: its stat signature and a hash of its bytes.

    ``signature`` is None for a file that does not exist (a timeline still to be created).
    """

    signature: Signature | None
    digest: str | None

    @classmethod
    def missing(cls) -> FileState:
        """The state of a file that is not there."""
        return cls(None, None)


class Sighting(NamedTuple):
    """A file's signature as a caller saw it (what it loaded and shows), and when
    (``time.monotonic()``)."""

    signature: Signature | None
    at: float


def stat_signature(path: Path) -> Signature | None:
    """``path``'s signature, following links; None when it does not exist."""
    try:
        result = os.stat(path)
    except (OSError, ValueError):
        return None
    return _signature(result)


def _signature(result: os.stat_result) -> Signature:
    return (result.st_dev, result.st_ino, result.st_size, result.st_mtime_ns, result.st_ctime_ns)


def digest(data: bytes) -> str:
    """A hash of ``data`` for change detection (BLAKE2b: fast, and collisions do not happen
    by accident)."""
    import hashlib  # here: the reader imports this module at start-up, and hashes later

    return hashlib.blake2b(data, digest_size=20).hexdigest()


def read_state(path: Path) -> tuple[bytes | None, FileState]:
    """The bytes of ``path`` and the state they were read in (None, missing when absent).

    The signature is taken on the open file before and after reading: if they differ, the
    file was being written meanwhile, and :class:`FileChangingError` says so.
    """
    data, signature = read_signed(path)
    if data is None:
        return None, FileState.missing()
    return data, FileState(signature, digest(data))


def read_signed(path: Path) -> tuple[bytes | None, Signature | None]:
    """The bytes of ``path`` and its signature while they were read (None, None when it is
    absent), as :func:`read_state` without the hash: for a caller that holds the bytes it
    expects, and compares them (in C, some ten times faster than hashing them)."""
    try:
        # Without blocking: opening a FIFO with no writer would wait for ever.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None, None
    with open(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, pipe or socket)", str(path))
        before = _signature(status)
        data = handle.read()
        after = _signature(os.fstat(handle.fileno()))
    if before != after:
        raise FileChangingError(f"{path} changed while it was being read; it is still being saved")
    return data, after


class FileChangingError(OSError):
    """The file changed while being read: another program is saving it."""


# Linux file leases: a read lease cannot be taken while any file descriptor (in any process,
# this one included) has the file open for writing, which is exactly "someone is saving it".
_F_SETLEASE = 1024
_F_SETSIG = 10
_SIGURG = 23  # a lease break would signal the holder; SIGURG's default action is to ignore it


def open_for_writing(path: Path) -> bool | None:
    """Whether some program has ``path`` open for writing right now (an editor in the middle of
    an in-place save); None when that cannot be known (not Linux, not our file, no leases).

    It takes a read lease and drops it at once. The lease's break signal is set to SIGURG,
    ignored by default, so a writer that opens the file in that instant costs nothing.
    """
    if not sys.platform.startswith("linux"):
        return None
    import fcntl

    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except (OSError, ValueError):
        return None
    try:
        fcntl.fcntl(handle, _F_SETSIG, _SIGURG)
        fcntl.fcntl(handle, _F_SETLEASE, fcntl.F_RDLCK)
    except OSError as error:
        return True if error.errno in (errno.EAGAIN, errno.EBUSY) else None
    else:
        fcntl.fcntl(handle, _F_SETLEASE, fcntl.F_UNLCK)
        return False
    finally:
        os.close(handle)
