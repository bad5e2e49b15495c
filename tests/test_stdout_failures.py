"""A full (``> /dev/full``) or closed (``>&-``) standard output: one line, a non-zero status,
never a traceback; a file the command opens never takes over the closed descriptor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMELINE = """version: 1
articles:
  - id: a
    path: a.txt
    title: A
    published: 2024-01-02
actors: []
events:
  - id: e1
    date: 2024-01-01
    title: It rained
    sources:
      - article: a
        quote: Yesterday it rained.
"""

COMMANDS = [
    ["check"],
    ["export"],
    ["export", "-f", "json"],
    ["export", "-f", "ics"],
    ["dates", "a.txt", "--published", "2024-01-02"],
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Hello. Yesterday it rained.\n", encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    return tmp_path


def _run(folder: Path, args: list[str], stdout: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_full_stdout_is_one_line_and_status_2(folder: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:  # opened for writing only, never replaced
        result = _run(folder, args, full)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"newsline {args[0]}: error: cannot write to standard output: No space left on device"
    )


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_closed_stdout_is_one_line_and_status_2(folder: Path, args: list[str]) -> None:
    # The child starts with descriptor 1 closed, as `newsline check >&-` does.
    def close_stdout() -> None:
        os.close(1)

    result = subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=close_stdout,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1] == (
        f"newsline {args[0]}: error: cannot write to standard output: it is closed"
    )
    assert (folder / "timeline.yaml").read_text(encoding="utf-8") == TIMELINE


def test_export_to_a_file_needs_no_stdout(folder: Path) -> None:
    with open("/dev/full" if os.path.exists("/dev/full") else os.devnull, "w") as full:
        result = _run(folder, ["export", "-o", "out.json"], full)
    assert result.returncode == 0, result.stderr
    assert (folder / "out.json").read_text(encoding="utf-8").startswith("{")
