"""Hostile and mangled input: every run ends in a LoadResult whose messages format, never a
traceback or a hang."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.model.diagnostics import Diagnostic
from tui.model.loader import load_timeline, load_timeline_text
from tui.model.timeline import LoadResult

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = (ROOT / "timeline.yaml").read_text(encoding="utf-8")
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def seed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seed timeline and articles, so mutated timelines resolve real articles."""
    folder = tmp_path_factory.mktemp("seed")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    return folder


def assert_sane(result: LoadResult, path: Path) -> None:
    assert isinstance(result, LoadResult)
    for diagnostic in result.diagnostics:
        assert isinstance(diagnostic, Diagnostic)
        text = diagnostic.format()
        assert "\n" not in text and "\x1b" not in text
        assert diagnostic.line >= 0 and diagnostic.column >= 0
    if result.timeline is None:
        assert result.errors, "no timeline must come with a reason"


YAMLISH_PIECES = [
    *"abcdeiklmnoprstuvy019 :-[]{},'\"#&*!|>?%@`\t\n\r\x00~/.\u201c\u2014\ufeff",
    "version: 1\n",
    "events:\n",
    "  - id: ",
    "    date: ",
    "!!python/object ",
    "&a ",
    "*a",
]
YAMLISH = st.lists(st.sampled_from(YAMLISH_PIECES), max_size=80).map("".join)


@FUZZ
@given(text=YAMLISH)
def test_generated_yamlish_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "timeline.yaml"
    assert_sane(load_timeline_text(text, path), path)


@FUZZ
@given(data=st.binary(max_size=200))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_bytes(data)
    assert_sane(load_timeline(path), path)


def mutate(text: str, data: st.DataObject) -> str:
    """One of: byte flips, truncation, line deletion, indentation change, line duplication."""
    if not text:
        return data.draw(st.sampled_from(["", "version: 1\n", "\n"]))
    lines = text.splitlines(keepends=True)
    choice = data.draw(st.sampled_from(["flip", "truncate", "delete", "indent", "duplicate"]))
    if choice == "flip":
        raw = bytearray(text.encode("utf-8"))
        for _ in range(data.draw(st.integers(1, 8))):
            index = data.draw(st.integers(0, len(raw) - 1))
            raw[index] ^= 1 << data.draw(st.integers(0, 7))
        return raw.decode("utf-8", errors="replace")
    if choice == "truncate":
        return text[: data.draw(st.integers(0, len(text)))]
    index = data.draw(st.integers(0, len(lines) - 1))
    if choice == "delete":
        del lines[index]
    elif choice == "indent":
        delta = data.draw(st.sampled_from([-4, -2, -1, 1, 2, 4]))
        line = lines[index]
        lines[index] = " " * delta + line if delta > 0 else line[min(-delta, len(line)) :]
    else:
        lines.insert(index, lines[index])
    return "".join(lines)


@FUZZ
@given(data=st.data())
def test_mutated_seed_timeline(seed_folder: Path, data: st.DataObject) -> None:
    text = SEED_TEXT
    for _ in range(data.draw(st.integers(1, 3))):
        text = mutate(text, data)
    path = seed_folder / "timeline.yaml"
    assert_sane(load_timeline_text(text, path, resolve_sources=data.draw(st.booleans())), path)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "- a\n",
        "version: 1\x00",
        "version: 1\nevents: &e [*e]\n",
        "version: " + "9" * 50_000 + "\n",
        "version: 1\nevents:\n  - {id: e, title: t, date: " + "2" * 5000 + "}\n",
        "{" * 10_000,
        "? - a\n  - b\n: c\n",
        "version: 1\n" + "events:\n  - id: x\n    title: y\n" * 3,
        "version: 1\n!!binary aGVsbG8=: x\n",
    ],
)
def test_hostile_corner_cases(tmp_path: Path, text: str) -> None:
    path = tmp_path / "timeline.yaml"
    result = load_timeline_text(text, path)
    assert_sane(result, path)
    assert result.diagnostics, "each of these deserves at least one message"
