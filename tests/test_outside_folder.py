"""Article files outside the timeline's folder: one grouped warning per timeline listing them,
in ``check`` and in the reader's problems panel; ``check --strict`` refuses them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_app, settle

from tui.cli import main
from tui.model.diagnostics import OUTSIDE_FOLDER
from tui.model.loader import load_timeline


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    """A timeline in tmp/tl naming one article inside and four outside its folder."""
    folder = tmp_path / "tl"
    (tmp_path / "articles").mkdir()
    folder.mkdir()
    (tmp_path / "articles" / "sibling.txt").write_text("Sibling text.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Secret text.\n", encoding="utf-8")
    (folder / "inside.txt").write_text("Inside text.\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "deeper.txt").write_text("Deeper text.\n", encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")  # inside by name only
    depth = len(folder.parts) - 1
    paths = {
        "inside": "inside.txt",
        "deeper": "sub/../sub/deeper.txt",
        "absolute": str(tmp_path / "secret.txt"),
        "climb": "../" * depth + str(tmp_path / "secret.txt").lstrip("/"),
        "sibling": "../articles/sibling.txt",
        "link": "link.txt",
    }
    lines = ["version: 1\narticles:\n"]
    for article_id, path in paths.items():
        lines.append(f"  - id: {article_id}\n    path: {path}\n    published: 2024-01-02\n")
    lines.append("actors: []\nevents: []\n")
    file = folder / "timeline.yaml"
    file.write_text("".join(lines), encoding="utf-8")
    return file


def test_one_grouped_warning_lists_every_outside_path(timeline: Path) -> None:
    result = load_timeline(timeline)
    outside = [d for d in result.diagnostics if d.code == OUTSIDE_FOLDER]
    assert len(outside) == 1
    warning = outside[0]
    assert not warning.is_error
    assert (warning.line, warning.column) == (10, 11)  # the first outside article's path
    assert "4 article files are outside the timeline's folder" in warning.message
    for path_line in (10, 13, 16, 19):
        assert f"(line {path_line})" in warning.message
    assert "../articles/sibling.txt" in warning.message and "link.txt" in warning.message
    assert "inside.txt" not in warning.message and "deeper.txt" not in warning.message
    assert not result.errors  # still read: a warning, not a refusal


def test_a_timeline_with_every_article_inside_has_no_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(
        "version: 1\narticles:\n  - id: a\n    path: a.txt\n    published: 2024-01-02\n"
        "actors: []\nevents: []\n",
        encoding="utf-8",
    )
    result = load_timeline(tmp_path / "timeline.yaml")
    assert not [d for d in result.diagnostics if d.code == OUTSIDE_FOLDER]


def test_check_warns_and_strict_refuses(timeline: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(timeline)]) == 0
    out = capsys.readouterr().out
    assert out.count("outside the timeline's folder") == 1
    assert f"{timeline}:10:11: warning: 4 article files" in out
    assert main(["check", "--strict", str(timeline)]) == 1


def test_extract_says_it_reads_files_outside(
    timeline: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "--timeline", str(timeline), "--dry-run"]) == 0
    assert capsys.readouterr().err.count("outside the timeline's folder") == 1


async def test_the_reader_shows_the_warning_in_its_problems_panel(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.txt").write_text("Elsewhere.\n", encoding="utf-8")
    folder = tmp_path / "tl"
    folder.mkdir()
    yaml_text = TIMELINE_YAML.replace(
        "articles:\n",
        "articles:\n  - id: elsewhere\n    path: ../elsewhere.txt\n    published: 2024-01-02\n",
        1,
    )
    app = make_app(folder, yaml_text)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        panel = app.query_one("#diagnostics")
        assert panel.has_class("-shown")
        assert len(panel.messages) == 1
        assert "outside the timeline's folder" in panel.messages[0]
        assert "../elsewhere.txt" in panel.messages[0]
        assert app.state.timeline is not None and len(app.state.timeline.articles) == 3
