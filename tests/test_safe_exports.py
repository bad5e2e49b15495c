"""Exports never replace what they must not: a FIFO, standard output, /dev/stdout and links are
written into, never over (issue 12, section 2)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from test_safe_writes import TIMELINE

from tui.cli import main

REPO = Path(__file__).resolve().parent.parent


def _export_timeline(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Officials met on Sunday.\n", encoding="utf-8")
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


def test_export_to_a_fifo_writes_into_it_and_keeps_it(tmp_path: Path) -> None:
    path = _export_timeline(tmp_path)
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert main(["export", str(path), "-f", "json", "-o", str(fifo)]) == 0
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b'"id": "first"' in received[0]


def test_export_dash_writes_standard_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _export_timeline(tmp_path)
    assert main(["export", str(path), "-f", "json", "-o", "-"]) == 0
    assert '"id": "first"' in capsys.readouterr().out
    assert not (tmp_path / "-").exists()


def test_export_to_dev_stdout_in_a_subprocess_is_not_replaced(tmp_path: Path) -> None:
    """``-o /dev/stdout`` writes into the redirection (here a pipe), never over the name."""
    path = _export_timeline(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tui", "export", str(path), "-f", "json", "-o", "/dev/stdout"],
        capture_output=True,
        cwd=REPO,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert b'"id": "first"' in done.stdout


def test_export_to_dev_stdout_with_stdout_closed_writes_nothing_anywhere(tmp_path: Path) -> None:
    """With descriptor 1 closed at start it may later name one of the process's own files:
    ``-o /dev/stdout`` must fail with a message, not write into that file."""
    path = _export_timeline(tmp_path)
    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "tui", "export", str(path), "-o", "/dev/stdout"],
        stderr=subprocess.PIPE,
        cwd=REPO,
        timeout=60,
        close_fds=True,
        preexec_fn=lambda: os.close(1),
    )
    assert done.returncode == 2
    assert b"/dev/stdout" in done.stderr and b"Traceback" not in done.stderr
    assert path.read_bytes() == before


def test_export_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    path = _export_timeline(tmp_path)
    (tmp_path / "exports").mkdir()
    target = tmp_path / "exports" / "out.json"
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert main(["export", str(path), "-o", str(link)]) == 0
    assert link.is_symlink() and '"id": "first"' in target.read_text(encoding="utf-8")
