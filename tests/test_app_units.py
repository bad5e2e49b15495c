"""The reader's pure parts: rows, wrapping, filters, date ranges, file watching, key config."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.app.keymap import load_keymap
from tui.app.panes.rows import RowKind, build_rows
from tui.app.panes.text_wrap import sentence_line_ranges, wrap_spans
from tui.app.watcher import ChangeTracker
from tui.model.dates import parse_event_date
from tui.model.filters import Filters, parse_date_range
from tui.model.sentences import split_sentences
from tui.model.timeline import Event, EventStatus


def event(event_id: str, date: str | None, **fields: object) -> Event:
    return Event(event_id, event_id, parse_event_date(date) if date else None, **fields)


def test_rows_group_by_year_and_month_with_undated_last() -> None:
    events = [
        event("y", "2022"),
        event("a", "2023-08"),
        event("b", "2023-09-10"),
        event("r", "2023-09-09/2023-09-10"),
        event("u", None, fallback_date=dt.date(2023, 9, 11)),
    ]
    ordered = sorted(events, key=Event.sort_key)
    rows = build_rows(ordered)
    labels = [(row.kind, row.label) for row in rows]
    # One heading for a year whose first events are dated only by the year, not two.
    assert labels[:2] == [(RowKind.YEAR, "2022"), (RowKind.EVENT, "2022")]
    assert (RowKind.MONTH, "September 2023") in labels
    assert (RowKind.EVENT, "Sun 10 Sep 2023") in labels
    assert (RowKind.EVENT, "9-10 Sep 2023") in labels
    assert labels[-2:] == [
        (RowKind.YEAR, "Undated (by publication date)"),
        (RowKind.EVENT, "pub Mon 11 Sep 2023"),
    ]


def test_a_whole_year_heading_stays_where_it_separates_from_a_month() -> None:
    events = [event("m", "2023-01"), event("y", "2023"), event("d", "2023-01-01")]
    labels = [(row.kind, row.label) for row in build_rows(sorted(events, key=Event.sort_key))]
    year_rows = [label for kind, label in labels if kind is not RowKind.EVENT]
    assert year_rows.count("2023") == 1
    whole = "2023, whole year" in year_rows
    # The year-dated event sits under "2023" alone, or under its own heading after a month.
    assert whole == (labels.index((RowKind.EVENT, "2023")) != 1)


def test_wrap_spans_cover_the_text_within_the_width() -> None:
    text = "One two three four five six.\n\nA\x1b[31m word averyveryverylongwordindeed end"
    spans = wrap_spans(text, 10)
    pieces = [text[start:end] for start, end in spans]
    assert "" in pieces  # the blank line stays
    assert all(len(piece.rstrip().replace("\x1b", "\\x1b")) <= 10 for piece in pieces)
    assert "".join(p.replace(" ", "") for p in pieces) == text.replace(" ", "").replace("\n", "")


def test_each_sentence_maps_to_the_visual_lines_it_spans() -> None:
    text = "Short one. A second sentence that runs over lines. End."
    spans = wrap_spans(text, 12)
    sentences = split_sentences(text)
    ranges = sentence_line_ranges(spans, sentences, body_first=3)
    assert len(ranges) == len(sentences) == 3
    for sentence, (first, last) in zip(sentences, ranges, strict=True):
        start, end = spans[first - 3]
        assert start <= sentence.start < end
        assert spans[last - 3][0] < sentence.end <= spans[last - 3][1]
    assert ranges[1][1] > ranges[1][0]  # the long sentence covers several lines
    assert ranges[0][1] <= ranges[1][0] and ranges[1][1] <= ranges[2][0]


def test_filters_combine() -> None:
    events = [
        event("a", "2023-08", actors=("kim",), tags=("x",)),
        event("b", "2023-09-10", actors=("putin",), status=EventStatus.PLANNED),
        event("c", None, actors=("kim",)),
    ]
    assert [e.id for e in Filters(actors=frozenset({"kim"})).apply(events)] == ["a", "c"]
    both = Filters(actors=frozenset({"kim"}), tag="x")
    assert [e.id for e in both.apply(events)] == ["a"]
    assert [e.id for e in Filters(status=EventStatus.PLANNED).apply(events)] == ["b"]
    start, end = parse_date_range("2023-09")
    assert [e.id for e in Filters(date_from=start, date_to=end).apply(events)] == ["b"]
    assert Filters().toggle_actor("kim").toggle_actor("kim") == Filters()


def test_date_ranges() -> None:
    assert parse_date_range("2023-09-01..2023-09-15") == (dt.date(2023, 9, 1), dt.date(2023, 9, 15))
    assert parse_date_range("2023..") == (dt.date(2023, 1, 1), None)
    assert parse_date_range("..2023-02") == (None, dt.date(2023, 2, 28))
    with pytest.raises(ValueError):
        parse_date_range("2023-10..2023-09")
    with pytest.raises(ValueError):
        parse_date_range("next week")


def test_tracker_reports_a_change_once_it_is_stable(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text("a", encoding="utf-8")
    tracker = ChangeTracker([path])
    assert tracker.poll() == []
    path.write_text("ab", encoding="utf-8")
    assert tracker.poll() == []  # changed, not yet stable
    path.write_text("abc", encoding="utf-8")
    assert tracker.poll() == []  # still changing
    assert tracker.poll() == [path]  # the same on two polls
    assert tracker.poll() == []
    path.unlink()
    assert tracker.poll() == []
    assert tracker.poll() == [path]  # a deletion is a change too


def test_keymap_reads_known_ids_and_reports_the_rest(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert load_keymap(config, {"app.quit"}) == ({}, [])
    config.write_text('[keymap]\n"app.quit" = "ctrl+q"\n"nope" = "x"\n"app.help" = 3\n', "utf-8")
    keymap, problems = load_keymap(config, {"app.quit", "app.help"})
    assert keymap == {"app.quit": "ctrl+q"}
    assert len(problems) == 2 and any("nope" in p for p in problems)
    config.write_text("[keymap", encoding="utf-8")
    keymap, problems = load_keymap(config, {"app.quit"})
    assert keymap == {} and problems and str(config) in problems[0]
