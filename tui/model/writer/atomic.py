"""Saving bytes to a file so that readers see the old file or the new one, never half.

Writes go THROUGH what the user named, never over it:

- a symbolic link is followed: the file it points to is replaced, in that file's own folder
  (``os.replace`` is atomic only within one file system), and the link stays a link;
- a read-only file is refused with :class:`ReadOnlyError`, not replaced behind its mode;
- a target that is not a regular file (a FIFO, a terminal, ``/dev/null``, ``/dev/stdout``) is
  written directly by :func:`write_output` and refused for a timeline; renaming a regular file
  over it would destroy it (as root, ``/dev/null`` itself).

Temporary files are named ``.NAME.PID.RANDOM.tmp``: a writer killed mid-save leaves one behind,
and the next save in that folder removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tui.model.writer.errors import WriterError

TEMP_SUFFIX = ".tmp"


class ReadOnlyError(WriterError, PermissionError):
    """The file is read-only: it is refused rather than silently replaced."""


class NotRegularFileError(WriterError, OSError):
    """The target is a FIFO, a device or a folder: it cannot be replaced by a new file."""


def resolve_target(path: Path) -> Path:
    """The file a write to ``path`` must change: every symbolic link followed.

    A dangling link resolves to the file it names (created by the write); a loop of links is
    refused with a message.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    if target.is_symlink():  # realpath gives up on a loop and returns a link
        raise WriterError(f"{path}: the symbolic links loop; cannot tell which file to write")
    return target


def check_replaceable(target: Path) -> os.stat_result | None:
    """Refuse a target that must not be replaced by a rename; its stat when it exists.

    Root passes every ``os.access`` check, so the mode bits are read as well: a file marked
    read-only (``chmod a-w``) is the user saying "do not change this".
    """
    try:
        result = os.stat(target)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(result.st_mode):
        kind = "a folder" if stat.S_ISDIR(result.st_mode) else "not a regular file"
        raise NotRegularFileError(f"{target} is {kind}; refusing to replace it")
    if not result.st_mode & 0o222 or not os.access(target, os.W_OK):
        mode = stat.S_IMODE(result.st_mode)
        raise ReadOnlyError(
            f"{target} is read-only (mode {mode:04o}); newsline does not replace it "
            "(make it writable with chmod u+w to allow changes)"
        )
    return result


def atomic_replace(
    path: Path, data: bytes, *, before_rename: Callable[[Path], None] | None = None
) -> Path:
    """Replace the file ``path`` names (through links) with ``data``, atomically.

    The temporary file takes the old file's permissions, or the umask's default for a new
    file. ``before_rename(target)`` runs after the data is on disk and just before the rename:
    it raises to abandon the write (another program changed the file meanwhile). Returns the
    file that was written.
    """
    target = resolve_target(path)
    old = check_replaceable(target)
    folder = target.parent
    remove_stale_temporaries(folder, target.name)
    handle, temp_name = tempfile.mkstemp(
        dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(handle, "wb") as temp:
            temp.write(data)
            temp.flush()
            os.fsync(temp.fileno())
        if old is not None:
            mode = stat.S_IMODE(old.st_mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp_name, mode)
        if before_rename is not None:
            before_rename(target)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make a rename durable; not every platform lets a folder be opened."""
    try:
        folder_handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder_handle)
    except OSError:
        pass
    finally:
        os.close(folder_handle)


def temporary_pattern(name: str) -> re.Pattern[str]:
    """The names of this module's temporary files for a target called ``name``."""
    return re.compile(rf"\.{re.escape(name)}\.(\d+)\.[A-Za-z0-9_]+{re.escape(TEMP_SUFFIX)}")


def remove_stale_temporaries(folder: Path, name: str) -> list[Path]:
    """Remove ``.NAME.PID.*.tmp`` files in ``folder`` whose writer process no longer exists.

    A temporary file of a live process (this one included) is another save in progress and
    is left alone. Returns what was removed.
    """
    pattern = temporary_pattern(name)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or _process_alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or not a pid we can judge: leave it
    return True


def _is_special_path(path: Path) -> bool:
    """``/dev/stdout``, ``/dev/fd/1``, ``/proc/self/fd/1``: names of open files, not files.

    Resolving them gives the file behind the descriptor; replacing that by a rename would
    detach it from the shell's redirection (and lose ``>>`` appends).
    """
    absolute = str(Path(path).absolute())
    return absolute.startswith(("/dev/", "/proc/"))


_STDOUT_NAMES = frozenset({"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})


def write_output(path: Path, data: bytes) -> Path:
    """Write an output file (``newsline export -o``) through what ``path`` is.

    A regular file (or a link to one) is replaced atomically; a FIFO, a terminal or another
    device, or a name under ``/dev`` or ``/proc``, is opened and written directly, never
    replaced. Returns the file that was written.
    """
    path = Path(path)
    if str(path) in _STDOUT_NAMES:
        # Through Python's own stream: with standard output closed at start, descriptor 1
        # may since name another file this process opened, which must not be written.
        if sys.stdout is None:
            raise OSError(errno.EBADF, "standard output is closed", str(path))
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return path
    try:
        result = os.stat(path)
    except FileNotFoundError:
        result = None
    if _is_special_path(path) or (result is not None and not stat.S_ISREG(result.st_mode)):
        if result is not None and stat.S_ISDIR(result.st_mode):
            raise NotRegularFileError(f"{path} is a folder; name a file to write")
        flags = os.O_WRONLY | (os.O_APPEND if result and stat.S_ISREG(result.st_mode) else 0)
        handle = os.open(path, flags)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        return path
    return atomic_replace(path, data)


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path``: atomically for a file, directly for a device or
    FIFO (used by ``newsline export -o``)."""
    write_output(Path(path), text.encode("utf-8"))
