"""The optional `reviewed` field of an event: a boolean, absent means false."""

from __future__ import annotations

import pytest
from conftest import TIMELINE_YAML, make_corpus

from tui.model.loader import load_timeline


def _load(text: str, tmp_path):
    return load_timeline(make_corpus(tmp_path, text), resolve_sources=False)


def test_reviewed_is_false_when_absent_and_true_when_written(tmp_path):
    text = TIMELINE_YAML.replace(
        "    status: planned\n", "    status: planned\n    reviewed: true\n"
    )
    result = _load(text, tmp_path)
    assert result.errors == []
    reviewed = {event.id: event.reviewed for event in result.timeline.events}
    assert reviewed == {
        "letters": False,
        "train-departs": False,
        "summit": True,
        "exercises": False,
    }


@pytest.mark.parametrize("value", ["maybe", "1", "[true]", "'true'"])
def test_any_other_value_is_an_error_at_its_line_and_column(tmp_path, value):
    text = TIMELINE_YAML.replace(
        "    status: planned\n", f"    status: planned\n    reviewed: {value}\n"
    )
    line = text.splitlines().index(f"    reviewed: {value}") + 1
    result = _load(text, tmp_path)
    [error] = result.errors
    assert (error.line, error.column) == (line, 15)
    assert "`reviewed` must be true or false" in error.message


REVIEWED = TIMELINE_YAML.replace(
    "    status: planned\n", "    status: planned\n    reviewed: true\n"
)


def test_to_review_knows_extracted_events_by_id_or_by_source(tmp_path):
    from tui.model.edits import to_review
    from tui.model.ledger import source_key

    train = (
        "A bullet-proof train believed to be carrying the North Korean leader"
        " departed Pyongyang on Sunday night"
    )
    ledger = (
        "extracted:\n  - summit\n  - letters\n"
        f"  - {source_key('rohani', 'Russia is “considering holding joint military exercises')}\n"
        f"  - {source_key('topnews', train)}\n"
    )
    timeline = _load(REVIEWED + ledger, tmp_path).timeline
    # summit is reviewed; exercises' quote is not the recorded one; train-departs' source is.
    assert [event.id for event in to_review(timeline)] == ["letters", "train-departs"]


def test_json_export_always_says_reviewed_and_csv_has_a_column(tmp_path):
    import csv
    import io
    import json

    from tui.model.export.csv_format import to_csv
    from tui.model.export.json_format import to_json

    timeline = _load(REVIEWED, tmp_path).timeline
    events = json.loads(to_json(timeline))["events"]
    assert {event["id"]: event["reviewed"] for event in events} == {
        "letters": False,
        "train-departs": False,
        "summit": True,
        "exercises": False,
    }
    table = list(csv.DictReader(io.StringIO(to_csv(timeline).lstrip("\ufeff"))))
    assert {row["id"]: row["reviewed"] for row in table}["summit"] == "true"
    assert {row["reviewed"] for row in table} == {"true", "false"}


def test_checks_summary_counts_reviewed_events(tmp_path, capsys):
    from tui.cli import main

    path = make_corpus(tmp_path, REVIEWED)
    main(["check", str(path)])
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.endswith(": 2 articles, 4 actors, 4 events, 1 reviewed, 0 errors, 0 warnings")
