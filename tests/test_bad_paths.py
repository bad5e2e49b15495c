"""Every bad article path is a message at the timeline's ``path:`` line, never a traceback: a
NUL byte, a name or path too long for the system, a loop of links, a folder, a FIFO."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from cli_support import newsline
from conftest import TIMELINE_YAML, make_app, screen_text, settle

from tui.model.loader import load_timeline
from tui.model.paths import PathError, path_problem, read_regular_file, reason_of

HEADER = "version: 1\narticles:\n"
LONG_NAME = "n" * 300 + ".txt"  # over NAME_MAX (255)
LONG_PATH = "d/" * 2100 + "a.txt"  # over PATH_MAX (4096)


def _bad_paths(folder: Path) -> dict[str, str]:
    """id -> path as written in YAML (double-quoted), each bad in its own way."""
    (folder / "good.txt").write_text("Hello. Yesterday it rained.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    os.mkfifo(folder / "fifo")
    (folder / "loop1").symlink_to("loop2")
    (folder / "loop2").symlink_to("loop1")
    return {
        "nul": "good\\0.txt",
        "long-name": LONG_NAME,
        "long-path": LONG_PATH,
        "loop": "loop1",
        "folder": "sub",
        "fifo": "fifo",
        "missing": "gone.txt",
    }


def _timeline(folder: Path, paths: dict[str, str]) -> Path:
    lines = [HEADER]
    for article_id, path in {"good": "good.txt", **paths}.items():
        lines.append(f'  - id: {article_id}\n    path: "{path}"\n    published: 2024-01-02\n')
    lines.append("actors: []\nevents: []\n")
    file = folder / "timeline.yaml"
    file.write_text("".join(lines), encoding="utf-8")
    return file


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("good\0.txt", "has a NUL character in it"),
        (LONG_NAME, "is too long a name for the file system"),
        (LONG_PATH, "is too long a name for the file system"),
        ("loop1", "goes round a loop of symbolic links"),
        ("sub", "is a folder"),
        ("fifo", "is not a regular file (a device, pipe or socket)"),
        ("gone.txt", "does not exist"),
        ("good.txt/x", "does not exist (a part of it is a file, not a folder)"),
    ],
)
def test_each_bad_path_has_a_reason(tmp_path: Path, name: str, reason: str) -> None:
    _bad_paths(tmp_path)
    assert path_problem(tmp_path / name) == reason
    with pytest.raises(PathError, match="^" + reason.replace("(", r"\(").replace(")", r"\)")):
        read_regular_file(tmp_path / name, 1000)
    assert path_problem(tmp_path / "good.txt") is None


def test_permission_and_unknown_errors_have_words() -> None:
    # Root reads every file, so EACCES is checked on the error itself.
    assert reason_of(PermissionError(errno.EACCES, "Permission denied")) == (
        "cannot be read: permission denied"
    )
    assert reason_of(OSError(errno.EIO, "Input/output error")) == (
        "cannot be read: Input/output error"
    )


def test_a_file_larger_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * (3 * 1024 * 1024))
    with pytest.raises(PathError, match="larger than 2 MiB"):
        read_regular_file(big, 2 * 1024 * 1024)


def test_the_loader_reports_each_at_its_path_line(tmp_path: Path) -> None:
    timeline = _timeline(tmp_path, _bad_paths(tmp_path))
    result = load_timeline(timeline)
    assert result.timeline is not None
    by_line = {d.line: d for d in result.errors}
    lines = timeline.read_text(encoding="utf-8").splitlines()
    path_lines = [number for number, line in enumerate(lines, 1) if "path:" in line][1:]
    assert sorted(by_line) == path_lines  # one error for each bad article, on its path line
    assert all(by_line[n].column == lines[n - 1].index('"') + 1 for n in path_lines)
    messages = " | ".join(d.message for d in result.errors)
    for words in ("NUL", "too long", "loop", "folder", "regular file", "does not exist"):
        assert words in messages


COMMANDS = [
    ["check"],
    ["check", "--strict"],
    ["export", "-f", "json"],
    ["export", "-f", "csv"],
    ["export", "-f", "markdown"],
    ["export", "-f", "timelinejs"],
    ["export", "-f", "ics"],
    ["extract", "--published", "2024-01-02"],
    ["extract", "--published", "2024-01-02", "--dry-run"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_commands_report_bad_paths_at_the_path_line(tmp_path: Path, args: list[str]) -> None:
    paths = _bad_paths(tmp_path)
    timeline = _timeline(tmp_path, {k: paths[k] for k in ("long-name", "long-path", "nul")})
    before = timeline.read_bytes()
    result = newsline(*args, cwd=tmp_path)
    output = result.stdout + result.stderr
    assert "Traceback" not in output
    assert result.returncode == 1
    assert "timeline.yaml:7:11: error: article file 'nnnn" in output
    assert "is too long a name for the file system" in output
    assert "timeline.yaml:13:11: error: article file 'good\\x00.txt' has a NUL" in output
    assert timeline.read_bytes() == before


def test_arguments_too_long_for_the_system_are_messages(tmp_path: Path) -> None:
    for args in (["check", LONG_NAME], ["export", LONG_NAME], ["extract", "--dry-run", LONG_NAME]):
        result = newsline(*args, cwd=tmp_path)
        assert "Traceback" not in result.stderr, args
        assert result.returncode in (1, 2), args
        assert "too long" in result.stdout + result.stderr, args


async def test_the_reader_shows_a_nul_path_as_an_error(tmp_path: Path) -> None:
    # The first article, opened at start, names a path with a NUL byte.
    yaml_text = TIMELINE_YAML.replace("path: seeds/000_", 'path: "seeds/\\0/000_', 1).replace(
        ".txt\n    title: Kim and Putin plan", '.txt"\n    title: Kim and Putin plan', 1
    )
    assert "\\0" in yaml_text
    app = make_app(tmp_path, yaml_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_article("rohani")
        await pilot.pause()
        assert app.text_view.error is not None and "NUL" in app.text_view.error
        assert "NUL" in screen_text(app.text_view)
        assert any("NUL" in message for message in app.query_one("#diagnostics").messages)
        await pilot.press("j", "j")  # moving on still works
        assert app.is_running
