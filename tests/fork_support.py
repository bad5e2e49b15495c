"""Watching the helper processes the extraction forks: which were forked, and whether each
has been waited for (no zombie left behind)."""

from __future__ import annotations

import os

import pytest


def spy_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The ids of the processes forked from now on, in order (``os.fork`` is watched, so
    every module that forks through ``os`` is seen)."""
    forked: list[int] = []
    fork = os.fork

    def spy() -> int:
        pid = fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", spy)
    return forked


def reaped(pid: int) -> bool:
    """Whether the child ``pid`` is gone and already waited for."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False
