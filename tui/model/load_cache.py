"""A second open of an unchanged timeline is instant: load results kept on disk, by file state.

Loading 20,000 events takes seconds (parsing and validating every node), and a reader is
opened on the same file again and again. :func:`cached_load` keeps the last
:class:`~tui.model.timeline.LoadResult` of each timeline in the user's cache folder
(``$NEWSLINE_CACHE``, else ``$XDG_CACHE_HOME/newsline``, else ``~/.cache/newsline``), with
what it was read from: the timeline file and every article file, each by size, modification
time (nanoseconds), change time and inode. It is used only while all of them are unchanged
and the loader's own code is the same; anything else (an edit, a touched article, a new
newsline, an unreadable or foreign cache file) loads afresh and replaces the entry. A cache
that cannot be read or written is never an error: the file is simply loaded.

The entries are pickles, so they are only read from a folder this user owns and no one else
can write (mode 0700), each written atomically with mode 0600. ``NEWSLINE_CACHE=off`` turns
the cache off.
"""

from __future__ import annotations

import dataclasses
import io
import os
import pickle
import stat
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

from tui.model.loader import collector_paused
from tui.model.timeline import LoadResult, timeline_file

# File state: (size, mtime_ns, ctime_ns, inode), or None when it cannot be looked at.
Signature = tuple[int, int, int, int] | None
Loader = Callable[[Path], LoadResult]
_MODEL = Path(__file__).resolve().parent
# A file changed less than this long ago may change again within the same time stamp: its
# result is not kept (git's "racy" files), so an entry never hides an edit.
RACY_NS = 2_000_000_000


def signature(path: Path) -> Signature:
    """What says ``path`` changed: size, modification and change times, inode."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino)


def cache_folder() -> Path | None:
    """Where entries go, or None when the cache is off."""
    chosen = os.environ.get("NEWSLINE_CACHE", "")
    if chosen.lower() in ("off", "0", "no"):
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsline"


@cache
def code_version() -> str:
    """A digest of the model's source: a result loaded by other code is never reused."""
    import hashlib  # here, not at start-up: the cache is off as often as on (see ledger)

    digest = hashlib.sha256()
    for source in sorted(_MODEL.rglob("*.py")):
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(source.name.encode())
    return digest.hexdigest()[:16]


def cached_load(path: Path, loader: Loader, kind: str) -> LoadResult:
    """``loader(path)``, or its last result while nothing it read has changed.

    ``kind`` names what the loader does (``reader``, ``check``): different loaders of one file
    keep separate entries.
    """
    folder = cache_folder()
    file = timeline_file(path)
    if folder is None:
        return loader(path)
    entry = _entry_path(folder, path, kind)
    found = _read_entry(folder, entry)
    if found is not None:
        inputs, result = found
        if all(signature(Path(name)) == state for name, state in inputs):
            return result
    before = signature(file)
    result = loader(path)
    settled = before is not None and before[1] < time.time_ns() - RACY_NS
    if result.timeline is not None and settled and signature(file) == before:
        # Only what was read while the file stood still is kept.
        inputs = [(os.path.abspath(file), before)]
        for article in result.timeline.articles:
            read = article.file if article.file is not None else file.parent / article.path
            inputs.append((os.path.abspath(read), signature(read)))
        _write_entry(folder, entry, (inputs, result))
    return result


def _entry_path(folder: Path, path: Path, kind: str) -> Path:
    # The path as given and the folder it was given in: the result's paths are spelt so.
    import hashlib

    where = f"{code_version()}\0{kind}\0{os.getcwd()}\0{path}"
    key = hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return folder / f"{key}.pickle"


def _private(folder: Path) -> bool:
    """Whether ``folder`` is ours and nobody else can write into it."""
    try:
        status = folder.stat()
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or status.st_uid == os.getuid()
    return stat.S_ISDIR(status.st_mode) and mine and not status.st_mode & 0o022


def _read_entry(folder: Path, entry: Path) -> tuple[list, LoadResult] | None:
    if not _private(folder):
        return None
    try:
        with entry.open("rb") as stream:
            status = os.fstat(stream.fileno())
            if status.st_mode & 0o022 or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
                return None
            data = stream.read()
        # Hundreds of thousands of objects that all stay alive and form no cycles: the
        # collector would only walk them again and again (as in loader.collector_paused).
        with collector_paused(keep=True):
            inputs, result = pickle.loads(data)
    except Exception:  # missing, truncated, from another version: load afresh
        return None
    return (inputs, result) if isinstance(result, LoadResult) else None


def _write_entry(folder: Path, entry: Path, value: object) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return
        descriptor, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            buffer = io.BytesIO()
            _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(buffer.getbuffer())
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # a full disk, a read-only home: the cache is only a cache
        return


# --- fast pickles of the model's slotted dataclasses ------------------------------------------
# A frozen slotted dataclass unpickles through dataclasses' own __setstate__, which looks up
# the class's fields again for every object: on 20,000 events that was two thirds of the
# time. These rebuild each object from a plain tuple of its fields instead.

_SLOTTED: dict[type, tuple[str, ...] | None] = {}
_set_attribute = object.__setattr__


def _slotted_fields(cls: type) -> tuple[str, ...] | None:
    """The field names of a frozen slotted dataclass (None for anything else), looked up once."""
    try:
        return _SLOTTED[cls]
    except KeyError:
        pass
    names = None
    params = getattr(cls, "__dataclass_params__", None)
    # Only the frozen ones: pickle's own way with the others is already fast (C, no lookup).
    if params is not None and params.frozen and "__slots__" in cls.__dict__:
        names = tuple(field.name for field in dataclasses.fields(cls))
    _SLOTTED[cls] = names
    return names


def _rebuild(cls: type, values: tuple[object, ...]) -> object:
    """A slotted dataclass from its field values, without running its __init__."""
    item = object.__new__(cls)
    names = _slotted_fields(cls) or ()
    for name, value in zip(names, values, strict=True):
        _set_attribute(item, name, value)
    return item


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: object) -> object:
        names = _slotted_fields(type(obj))
        if names is None:
            return NotImplemented
        return _rebuild, (type(obj), tuple(getattr(obj, name) for name in names))
