"""One registry of export formats: every format is reachable by name, by suffix and in help."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import newsline

from tui.cli import main
from tui.model.export import EXPORTERS, FORMATS, SUFFIX_FORMATS, format_for

TIMELINE = """\
version: 1
articles:
  - id: a
    path: a.txt
    title: The article
    published: 2023-09-11
events:
  - id: meeting
    date: 2023-09-11
    title: Officials meet
    sources:
      - article: a
        quote: Officials met on Monday.
  - id: undated
    title: Undated
"""


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Officials met on Monday.\n", encoding="utf-8")
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


# What a format needs besides its name: key-dates chooses T dates and needs T.
FORMAT_FLAGS = {"key-dates": ["--dates", "3"]}


def _by_name(timeline: Path, name: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["export", str(timeline), "--format", name, *FORMAT_FLAGS.get(name, [])]) == 0
    out = capsys.readouterr().out
    assert out.strip()
    return out


CASES = [(name, suffix) for name, exporter in EXPORTERS.items() for suffix in exporter.suffixes]


@pytest.mark.parametrize(("name", "suffix"), CASES)
def test_every_format_is_reachable_by_name_and_by_each_suffix(
    name: str, suffix: str, timeline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _by_name(timeline, name, capsys)
    target = tmp_path / f"out{suffix.upper()}"
    assert main(["export", str(timeline), "-o", str(target), *FORMAT_FLAGS.get(name, [])]) == 0
    assert target.read_bytes().decode("utf-8") == expected


def test_every_format_has_a_suffix_and_no_suffix_is_claimed_twice() -> None:
    assert all(exporter.suffixes for exporter in EXPORTERS.values())
    assert len(SUFFIX_FORMATS) == sum(len(e.suffixes) for e in EXPORTERS.values())
    assert tuple(EXPORTERS) == FORMATS
    assert all(name == exporter.name for name, exporter in EXPORTERS.items())


@pytest.mark.parametrize(
    ("file", "fmt"),
    [
        ("events.JSON", "json"),
        ("slides.timelinejs.json", "timelinejs"),
        ("a/b.c/notes.md", "markdown"),
        ("notes.txt", None),
        (".json", None),
        ("json", None),
    ],
)
def test_the_longest_suffix_names_the_format(file: str, fmt: str | None) -> None:
    assert format_for(file) == fmt


def test_help_lists_every_format_and_its_suffixes() -> None:
    done = newsline("export", "--help")
    assert done.returncode == 0
    help_text = " ".join(done.stdout.split())
    for exporter in EXPORTERS.values():
        assert f"{exporter.name} ({', '.join(exporter.suffixes)}): {exporter.summary}" in help_text


def test_an_unknown_format_is_refused_with_the_choices(timeline: Path) -> None:
    done = newsline("export", timeline, "--format", "pdf")
    assert done.returncode == 2
    assert all(name in done.stderr for name in FORMATS)
