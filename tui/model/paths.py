"""Paths that a user's file names: every way such a path can be bad, said in words.

A timeline names its articles by path, and a timeline received from someone else may name
anything: a path with a NUL byte, one longer than the system allows, a loop of symbolic links,
a folder, a FIFO or a device (which would block or never end), a file the user cannot read.
Every read of such a path goes through here, so that each of these is a reason to report at
the ``path:`` line, never an exception.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path


class PathError(Exception):
    """Why a path cannot be read, as words that follow the path (``does not exist``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_REASONS = {
    errno.ENOENT: "does not exist",
    errno.ENOTDIR: "does not exist (a part of it is a file, not a folder)",
    errno.ENAMETOOLONG: "is too long a name for the file system",
    errno.ELOOP: "goes round a loop of symbolic links",
    errno.EACCES: "cannot be read: permission denied",
    errno.EPERM: "cannot be read: permission denied",
    errno.EISDIR: "is a folder",
    errno.ENXIO: "is not a regular file (a device, pipe or socket)",
}


def reason_of(error: BaseException) -> str:
    """The words for an exception raised by an operation on a path."""
    if isinstance(error, ValueError):  # "embedded null byte", from every os call
        return "has a NUL character in it"
    if isinstance(error, OSError):
        known = _REASONS.get(error.errno or 0)
        if known is not None:
            return known
        return f"cannot be read: {error.strerror or error}"
    return f"cannot be read: {error}"


def file_status(path: Path) -> os.stat_result:
    """The status of ``path``, a regular file (links followed); PathError otherwise."""
    try:
        status = os.stat(path)
    except (OSError, ValueError) as error:
        raise PathError(reason_of(error)) from error
    _require_regular(status)
    return status


def path_problem(path: Path) -> str | None:
    """None when ``path`` is a regular file; otherwise why not (``is a folder``)."""
    try:
        file_status(path)
    except PathError as problem:
        return problem.reason
    return None


def open_problem(path: Path) -> str | None:
    """None when ``path`` opens as a regular file for reading; otherwise why not.

    Opened without blocking, so that a FIFO with no writer is refused instead of waited on.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except (OSError, ValueError) as error:
        return reason_of(error)
    try:
        _require_regular(os.fstat(descriptor))
    except PathError as problem:
        return problem.reason
    finally:
        os.close(descriptor)
    return None


def modified_stamp(path: Path | None) -> tuple[int, int] | None:
    """``(mtime_ns, size)`` of ``path``, for caches; None when it cannot be looked at."""
    if path is None:
        return None
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_mtime_ns, status.st_size


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; PathError otherwise.

    Opened without blocking and checked on the open descriptor, so that a path swapped for a
    FIFO or a device between a look and the read cannot hang or flood the caller.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except (OSError, ValueError) as error:
        raise PathError(reason_of(error)) from error
    try:
        _require_regular(os.fstat(descriptor))
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as error:
        raise PathError(reason_of(error)) from error
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > limit:
        raise PathError(f"is larger than {limit // (1024 * 1024)} MiB")
    return data


def _require_regular(status: os.stat_result) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise PathError("is a folder")
    if not stat.S_ISREG(status.st_mode):
        # A device or a pipe (/dev/zero, a FIFO) could be read forever.
        raise PathError("is not a regular file (a device, pipe or socket)")


def is_inside(path: Path, folder: Path) -> bool:
    """Whether ``path``, links resolved, lies inside ``folder`` (links resolved too)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))
    except (OSError, ValueError):
        return False


def inside_of(folder: Path) -> Callable[[Path], bool]:
    """:func:`is_inside` for many paths in one ``folder``, resolved once (a timeline's
    thousands of articles resolved it once each: half of loading's article checks)."""
    try:
        real_folder = os.path.realpath(folder)
    except (OSError, ValueError):
        return lambda path: False

    def inside(path: Path) -> bool:
        try:
            return Path(os.path.realpath(path)).is_relative_to(real_folder)
        except (OSError, ValueError):
            return False

    return inside


def is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder (links followed); False for a path that cannot be looked at."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
