"""The load cache: an unchanged timeline opens from disk, any change loads afresh, never a crash."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from cli_support import newsline
from conftest import TIMELINE_YAML, make_corpus

from tui.model.load_cache import cached_load
from tui.model.loader import load_timeline
from tui.model.timeline import LoadResult

HOUR_AGO = time.time() - 3600


class CountingLoader:
    """The real loader, counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, path: Path) -> LoadResult:
        self.calls += 1
        return load_timeline(path, resolve_sources=False)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSLINE_CACHE", str(folder))
    return folder


def settled_corpus(folder: Path, text: str = TIMELINE_YAML) -> Path:
    """A corpus whose files were last changed an hour ago."""
    path = make_corpus(folder, text)
    for file in [path, *(folder / "seeds").iterdir()]:
        os.utime(file, (HOUR_AGO, HOUR_AGO))
    return path


def test_an_unchanged_timeline_is_loaded_once(tmp_path: Path, cache: Path) -> None:
    path = settled_corpus(tmp_path / "corpus")
    loader = CountingLoader()
    first = cached_load(path, loader, "reader")
    again = cached_load(path, loader, "reader")
    assert loader.calls == 1
    assert again.timeline.events == first.timeline.events  # every field, dates and positions
    assert again.timeline.articles == first.timeline.articles
    assert again.diagnostics == first.diagnostics
    assert (cache.stat().st_mode & 0o777) == 0o700
    # Another kind of load of the same file has its own entry.
    cached_load(path, loader, "check")
    assert loader.calls == 2


def test_an_edit_of_the_timeline_or_an_article_loads_afresh(tmp_path: Path, cache: Path) -> None:
    path = settled_corpus(tmp_path / "corpus")
    loader = CountingLoader()
    cached_load(path, loader, "reader")
    path.write_text(TIMELINE_YAML.replace("Kim and Putin meet", "Kim and Putin met"), "utf-8")
    os.utime(path, (HOUR_AGO + 1, HOUR_AGO + 1))
    changed = cached_load(path, loader, "reader")
    assert loader.calls == 2
    assert "Kim and Putin met in Vladivostok" in [e.title for e in changed.timeline.events]
    article = next((tmp_path / "corpus" / "seeds").iterdir())
    os.utime(article, (HOUR_AGO + 5, HOUR_AGO + 5))
    cached_load(path, loader, "reader")
    assert loader.calls == 3
    cached_load(path, loader, "reader")
    assert loader.calls == 3


def test_a_file_saved_just_now_is_not_kept(tmp_path: Path, cache: Path) -> None:
    # Its next save may keep the same time stamp and size: an entry could hide that edit.
    path = make_corpus(tmp_path / "corpus")
    loader = CountingLoader()
    cached_load(path, loader, "reader")
    cached_load(path, loader, "reader")
    assert loader.calls == 2


def test_off_means_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINE_CACHE", "off")
    path = settled_corpus(tmp_path / "corpus")
    loader = CountingLoader()
    cached_load(path, loader, "reader")
    cached_load(path, loader, "reader")
    assert loader.calls == 2


def test_a_broken_or_shared_cache_is_passed_by(tmp_path: Path, cache: Path) -> None:
    path = settled_corpus(tmp_path / "corpus")
    loader = CountingLoader()
    cached_load(path, loader, "reader")
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    assert cached_load(path, loader, "reader").timeline is not None
    assert loader.calls == 2
    cached_load(path, loader, "reader")
    assert loader.calls == 2  # the broken entry was replaced
    cache.chmod(0o777)  # anyone may write there now: nothing in it is trusted
    try:
        cached_load(path, loader, "reader")
        assert loader.calls == 3
    finally:
        cache.chmod(0o700)


def test_check_says_the_same_from_the_cache(tmp_path: Path) -> None:
    path = settled_corpus(tmp_path / "corpus")
    environment = {**os.environ, "NEWSLINE_CACHE": str(tmp_path / "cache")}
    runs = [newsline("check", path, env=environment) for _ in range(2)]
    assert list((tmp_path / "cache").iterdir())
    assert runs[0].returncode == runs[1].returncode == 0
    assert runs[0].stdout == runs[1].stdout
