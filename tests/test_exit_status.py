"""The shell sees how the reader ended: 0 only for a clean quit, non-zero after any error.

Each case runs ``newsline`` in a subprocess, the app in Textual's headless mode (no terminal
needed) with a hook that quits or fails at a chosen moment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_corpus

ROOT = Path(__file__).resolve().parent.parent

# Runs the real entry point (tui.cli.main) on argv[1]; argv[2] says what the app does once up.
DRIVER = """
import sys
from textual.app import App
from tui.app.app import ReaderApp
from tui.cli import main

run = App.run
App.run = lambda self, **options: run(self, headless=True, **options)
mount = ReaderApp.on_mount

def crash_in_a_handler(self):
    raise RuntimeError("boom in a handler")

def on_mount(self):
    mount(self)
    what = sys.argv[2]
    if what == "quit":
        self.set_timer(0.2, self.action_quit)
    elif what == "crash-on-mount":
        raise RuntimeError("boom on mount")
    elif what == "crash-later":
        self.set_timer(0.2, lambda: crash_in_a_handler(self))

ReaderApp.on_mount = on_mount
sys.exit(main([sys.argv[1]]))
"""


def run_newsline(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(cwd / "config")}
    return subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_clean_quit_exits_0(tmp_path: Path) -> None:
    path = make_corpus(tmp_path / "corpus")
    result = run_newsline("-c", DRIVER, str(path), "quit", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("what", ["crash-on-mount", "crash-later"])
def test_an_unhandled_error_exits_non_zero(tmp_path: Path, what: str) -> None:
    path = make_corpus(tmp_path / "corpus")
    result = run_newsline("-c", DRIVER, str(path), what, cwd=tmp_path)
    assert result.returncode != 0
    assert "boom" in result.stdout + result.stderr  # Textual shows the error, then we exit


@pytest.mark.parametrize("where", ["", "folder"])
def test_no_timeline_says_how_to_make_one(tmp_path: Path, where: str) -> None:
    (tmp_path / "folder").mkdir()
    args = ["-m", "tui", where] if where else ["-m", "tui"]
    result = run_newsline(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "no timeline.yaml" in result.stderr
    assert "newsline extract" in result.stderr
    if where:
        assert "--timeline folder/timeline.yaml" in result.stderr
