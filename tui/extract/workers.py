"""Worker processes that die with their parent, and one-off helpers forked beside it.

A ``ProcessPoolExecutor`` worker waits on its task queue forever: when ``newsline extract`` is
killed (SIGKILL, an out-of-memory kill, a closed terminal) nothing tells its workers, and they
stay reparented to init, holding memory, for minutes. Each worker here asks the kernel to send
it SIGTERM when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``); elsewhere a daemon thread
polls for the parent and exits when it is gone.

:class:`Beside` computes one function's value in a process forked now, while this one goes on
with other work; should the helper fail in any way, the value is computed here instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")

_PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5
# Tests turn the kernel's help off to exercise the polling fallback.
use_prctl = sys.platform.startswith("linux")


def worker_pool(workers: int, warm: Callable[[], None] | None = None) -> ProcessPoolExecutor:
    """A process pool whose workers exit when this process dies, each with ``warm`` run.

    Workers are forked where the platform can (Linux): they start with every module this
    process has imported, instead of importing the extractor again each (a spawned worker
    pays Python's start and the imports, about as long as a hundred articles take), and
    ``warm`` runs once, here, before they are forked: they share what it loaded instead of
    loading it each. Elsewhere each worker runs ``warm`` when it starts.
    """
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking and warm is not None:
        warm()
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork") if forking else None,
        initializer=_start_worker,
        initargs=(os.getpid(), use_prctl, None if forking else warm),
    )


def _start_worker(parent: int, prctl: bool, warm: Callable[[], None] | None) -> None:
    exit_with_parent(parent, prctl)
    if warm is not None:
        warm()


def exit_with_parent(parent: int, prctl: bool = True) -> None:
    """Run in a worker at start: end this process when ``parent`` dies."""
    if not (prctl and _set_death_signal()):
        watcher = threading.Thread(
            target=_watch_parent, args=(parent,), name="exit-with-parent", daemon=True
        )
        watcher.start()
    # The parent may have died before the request above was made: nothing would signal then.
    if not _alive(parent):
        os._exit(1)


def _set_death_signal() -> bool:
    """Ask Linux for SIGTERM when the parent dies; False when that is not available."""
    try:
        # The running program's own symbols, the C library's among them: finding the library
        # by name (ctypes.util.find_library) ran `ldconfig -p` in every worker as it started,
        # and importing ctypes.util cost the command's start-up as much again.
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    original = os.getppid()
    while os.getppid() == original and _alive(parent):
        time.sleep(POLL_SECONDS)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether ``pid`` is a running process (a zombie waiting to be reaped is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    with contextlib.suppress(OSError, IndexError), open(f"/proc/{pid}/stat", "rb") as handle:
        # "pid (name) S ...": the state letter follows the last parenthesis.
        return handle.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    return True


class Beside(Generic[T]):
    """``function()``, computed by a process forked when this is made, beside the caller's
    own work (the serial end of a run, while the other cores idle); :meth:`result` waits for
    it. The helper inherits everything it needs (no arguments are sent) and hands back only
    the pickled value. Where there is no fork, or the helper fails in any way (it dies, its
    answer is cut short), :meth:`result` computes the value here: the same value either
    way, the helper only changes where it is made. Use as a context manager, or call
    :meth:`close`, so that a helper whose value is not wanted is ended and reaped.
    """

    def __init__(self, function: Callable[[], T]) -> None:
        self._function = function
        self._pid: int | None = None
        self._read_end = -1
        if not hasattr(os, "fork"):
            return
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:  # the helper: never returns into the caller's code
            _run_beside(function, read_end, write_end)
        os.close(write_end)
        self._pid, self._read_end = pid, read_end

    def result(self) -> T:
        """The function's value: the helper's, else computed here."""
        if self._pid is not None:
            received = False
            try:
                with os.fdopen(self._read_end, "rb") as answer:
                    value = pickle.load(answer)
                received = True
            except Exception:  # (the helper died: EOF, or an answer cut short)
                pass
            finally:
                self._reap(kill=not received)
            if received:
                return value  # type: ignore[no-any-return]
        return self._function()

    def close(self) -> None:
        """End and reap the helper if its value was not taken."""
        if self._pid is not None:
            with contextlib.suppress(OSError):
                os.close(self._read_end)
            self._reap(kill=True)

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _reap(self, kill: bool) -> None:
        pid, self._pid = self._pid, None
        if pid is None:
            return
        if kill:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(pid, 0)


def _run_beside(function: Callable[[], object], read_end: int, write_end: int) -> None:
    """In the helper: write ``function()`` pickled to ``write_end``, then exit at once (no exit
    handlers, no flushing of what the parent had buffered: they are the parent's). A parent
    that died makes the write fail, which ends the helper too."""
    code = 1
    try:
        os.close(read_end)
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(function(), out, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)
