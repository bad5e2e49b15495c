"""``newsline check``: messages, summary line, exit status."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from cli_support import newsline

from tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_seed_timeline_passes_strict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(ROOT / "timeline.yaml"), "--strict"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].endswith(": 2 articles, 15 actors, 15 events, 0 reviewed, 0 errors, 0 warnings")


def test_default_path_is_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(ROOT / "timeline.yaml", tmp_path / "timeline.yaml")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("timeline.yaml: 2 articles")


def test_errors_exit_1_and_print_every_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text("version: 1\nactors: foo\nevents:\n  - id: e\n    date: 2023-02-30\n")
    assert main(["check", str(path)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == (
        f"{path}:2:9: error: `actors` must be a list, not text"
        " (hint: write each item on its own line starting with `- ` under `actors:`)"
    )
    assert any(line.startswith(f"{path}:4:5: error: event has no `title`") for line in lines)
    assert any(line.startswith(f"{path}:5:11: error: invalid date") for line in lines)
    assert lines[-1] == f"{path}: 0 articles, 0 actors, 0 events, 0 reviewed, 3 errors, 0 warnings"


def test_warnings_fail_only_with_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text("version: 1\nactors:\n  - id: Kim\n    name: Kim\n")
    assert main(["check", str(path)]) == 0
    assert main(["check", str(path), "--strict"]) == 1
    assert "1 warning" in capsys.readouterr().out


def test_unopenable_file_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "missing.yaml")]) == 2
    out = capsys.readouterr().out
    assert "cannot open" in out and "Traceback" not in out


def test_not_yaml_exits_1_with_the_position(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(b"\x1b[2J\x00\xff")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and f"{path}:1:" in out


def test_a_fifo_timeline_is_refused_not_read_for_ever(tmp_path: Path) -> None:
    fifo = tmp_path / "timeline.yaml"
    os.mkfifo(fifo)
    done = newsline("check", fifo, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
