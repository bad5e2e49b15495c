"""``newsline export`` with the reader's filters: the same events the reader would list.

Each case runs the real command in a subprocess and reads the JSON it prints, so the exit
status and the messages on standard error are what a shell sees.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_support import newsline

from tui.model.filters import Filters, filter_timeline
from tui.model.loader import load_timeline

ARTICLE = "Officials met on Monday. The talks are planned for August.\n"

TIMELINE = """\
version: 1
articles:
  - id: a
    path: a.txt
    title: The article
    published: 2023-09-11
actors:
  - id: kim
    name: Kim Jong Un
  - id: putin
    name: Vladimir Putin
events:
  - id: meeting
    date: 2023-09-11
    title: Officials meet
    actors: [kim]
    tags: [diplomacy]
    reviewed: true
  - id: talks
    date: 2023-08
    status: planned
    title: Talks in August
    actors: [putin]
  - id: summit
    date: 2023-09-09/2023-09-10
    title: A weekend summit
    actors: [kim, putin]
    tags: [diplomacy, summit]
  - id: year-only
    date: 2022
    title: Something last year
  - id: undated
    title: Undated
    reviewed: true
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    return tmp_path


def export(folder: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return newsline("export", folder, "--format", "json", *flags, timeout=60)


def exported_ids(folder: Path, *flags: str) -> list[str]:
    done = export(folder, *flags)
    assert done.returncode == 0, done.stderr
    return [event["id"] for event in json.loads(done.stdout)["events"]]


def test_actor_flag_keeps_events_naming_any_of_the_actors(folder: Path) -> None:
    assert exported_ids(folder, "--actor", "kim") == ["summit", "meeting"]
    assert exported_ids(folder, "--actor", "kim", "--actor", "putin") == [
        "talks",
        "summit",
        "meeting",
    ]


def test_tag_and_status_combine_with_and(folder: Path) -> None:
    assert exported_ids(folder, "--tag", "diplomacy") == ["summit", "meeting"]
    assert exported_ids(folder, "--tag", "diplomacy", "--actor", "putin") == ["summit"]
    assert exported_ids(folder, "--status", "planned") == ["talks"]


def test_date_range_keeps_events_that_overlap_it(folder: Path) -> None:
    # The month-long "talks" overlaps 2023-08-31; the whole year 2022 ends before it.
    assert exported_ids(folder, "--from", "2023-08-31") == ["talks", "summit", "meeting"]
    # --to 2023-09-09 keeps the summit, which starts that day; the undated never pass a range.
    assert exported_ids(folder, "--to", "2023-09-09") == ["year-only", "talks", "summit"]
    assert exported_ids(folder, "--from", "2023-09-10", "--to", "2023-09") == [
        "summit",
        "meeting",
    ]


def test_reviewed_and_unreviewed(folder: Path) -> None:
    assert exported_ids(folder, "--reviewed") == ["meeting", "undated"]
    assert exported_ids(folder, "--unreviewed") == ["year-only", "talks", "summit"]
    assert exported_ids(folder, "--unreviewed", "--actor", "kim") == ["summit"]
    done = export(folder, "--reviewed", "--unreviewed")
    assert done.returncode == 2 and "not allowed with" in done.stderr


def test_without_filters_everything_is_exported(folder: Path) -> None:
    assert len(exported_ids(folder)) == 5


def test_an_unknown_actor_or_tag_is_refused_with_a_suggestion(folder: Path) -> None:
    done = export(folder, "--actor", "kimm")
    assert done.returncode == 2
    assert "--actor kimm: no actor has this id; did you mean 'kim'?" in done.stderr
    assert done.stdout == ""
    done = export(folder, "--tag", "sumit")
    assert done.returncode == 2
    assert "--tag sumit: no event has this tag; did you mean 'summit'?" in done.stderr


def test_a_bad_date_or_an_inverted_range_is_refused(folder: Path) -> None:
    done = export(folder, "--from", "2023-02-30")
    assert done.returncode == 2
    assert "--from" in done.stderr and "not a date" in done.stderr
    done = export(folder, "--from", "2023-10-01", "--to", "2023-09-01")
    assert done.returncode == 2
    assert "is after --to" in done.stderr


def test_filter_timeline_is_the_readers_filter(folder: Path) -> None:
    timeline = load_timeline(folder).timeline
    assert timeline is not None
    filters = Filters(actors=frozenset({"putin"}))
    kept = filter_timeline(timeline, filters)
    assert [e.id for e in kept.events] == [e.id for e in filters.apply(timeline.events)]
    assert kept.actors == timeline.actors and kept.articles == timeline.articles
    assert len(timeline.events) == 5  # the original is untouched
