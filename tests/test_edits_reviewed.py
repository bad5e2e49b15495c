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
