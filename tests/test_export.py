"""``newsline export``: every format is valid for its readers and keeps precision and text."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from icalendar import Calendar

from tui.cli import main
from tui.model.export import FORMATS, clean, md, render
from tui.model.loader import load_timeline
from tui.model.timeline import Timeline

REPO = Path(__file__).resolve().parent.parent
STAMP = dt.datetime(2023, 9, 12, 8, 30, tzinfo=dt.UTC)
# What a format needs besides its name: key-dates chooses T dates and needs T.
FORMAT_FLAGS = {"key-dates": ["--dates", "3"]}

HOSTILE = "[bold]loud[/] <script>alert(1)</script> \x1b[2J\x07 =cmd|' /C calc'!A0 \u202eevil"

ARTICLE = (
    "Officials met on Monday. The talks are planned for August.\n"
    "A second sentence says more, and = is not a formula here.\n"
)


def _timeline_file(tmp_path: Path, events: str, extra_articles: str = "") -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    text = (
        "version: 1\n"
        "articles:\n"
        "  - id: a\n"
        "    path: a.txt\n"
        "    title: The article\n"
        "    published: 2023-09-11\n"
        "    url: https://example.org/a\n"
        f"{extra_articles}"
        "actors:\n"
        "  - id: kim\n"
        "    name: Kim Jong Un\n"
        "    kind: person\n"
        "events:\n"
        f"{events}"
    )
    path = tmp_path / "timeline.yaml"
    path.write_text(text, encoding="utf-8")
    return path


EVENTS = """\
  - id: meeting
    date: 2023-09-11
    date_text: on Monday
    title: Officials meet
    actors: [kim]
    sources:
      - article: a
        quote: Officials met on Monday.
    tags: [diplomacy, talks]
  - id: talks
    date: 2023-08
    status: planned
    title: Talks in August
    sources:
      - article: a
        quote: The talks are planned for August.
  - id: summit
    date: 2023-09-09/2023-09-10
    title: A weekend summit
  - id: year-only
    date: 2022~
    title: Something last year
  - id: undated
    title: Undated but sourced
    sources:
      - article: a
        quote: A second sentence says more
"""


@pytest.fixture
def timeline(tmp_path: Path) -> Timeline:
    result = load_timeline(_timeline_file(tmp_path, EVENTS))
    assert result.ok, [d.format() for d in result.diagnostics]
    assert result.timeline is not None
    return result.timeline


@pytest.fixture
def hostile_timeline(tmp_path: Path) -> Timeline:
    events = (
        "  - id: bad\n"
        "    date: 2023-09-11\n"
        f"    title: {json.dumps(HOSTILE)}\n"
        f"    tags: [{json.dumps(HOSTILE)}]\n"
        f"    notes: {json.dumps('# heading' + chr(10) + '- item ' + HOSTILE)}\n"
        "    sources:\n"
        "      - article: a\n"
        "        quote: Officials met on Monday.\n"
    )
    result = load_timeline(_timeline_file(tmp_path, events))
    assert result.timeline is not None and not result.errors
    return result.timeline


def test_json_keeps_precision_order_and_anchors(timeline: Timeline) -> None:
    data = json.loads(render(timeline, "json"))
    ids = [event["id"] for event in data["events"]]
    assert ids == ["year-only", "talks", "summit", "meeting", "undated"]
    by_id = {event["id"]: event for event in data["events"]}
    assert (by_id["talks"]["date"], by_id["talks"]["precision"]) == ("2023-08", "month")
    assert (by_id["talks"]["start"], by_id["talks"]["end"]) == ("2023-08-01", "2023-08-31")
    assert by_id["year-only"]["qualifier"] == "approximate"
    assert by_id["summit"]["label"] == "9-10 Sep 2023"
    assert by_id["undated"]["undated"] is True and by_id["undated"]["date"] is None
    source = by_id["meeting"]["sources"][0]
    assert ARTICLE[source["start"] : source["end"]] == "Officials met on Monday."
    assert source["sentence"] == 0
    assert data["articles"][0]["published"] == "2023-09-11"
    assert data["actors"][0]["name"] == "Kim Jong Un"


def test_csv_opens_as_a_spreadsheet_table(timeline: Timeline) -> None:
    text = render(timeline, "csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert [row["id"] for row in rows] == ["year-only", "talks", "summit", "meeting", "undated"]
    meeting = rows[3]
    assert meeting["actors"] == "Kim Jong Un"
    assert meeting["tags"].splitlines() == ["diplomacy", "talks"]
    assert meeting["quotes"] == "Officials met on Monday."
    assert rows[1]["precision"] == "month" and rows[1]["status"] == "planned"
    assert "\r\n" in text


def test_csv_cells_never_become_formulas_or_control_codes(hostile_timeline: Timeline) -> None:
    text = render(hostile_timeline, "csv")
    assert "\x1b" not in text and "\x07" not in text
    row = next(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert row["title"].startswith("[bold]")
    assert row["notes"].startswith("# heading")
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@")), value


def test_markdown_is_a_dated_chronology_with_quotes(timeline: Timeline) -> None:
    text = render(timeline, "markdown", title="Seeds")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Seeds",
        "## 2022",
        "## 2023",
        "### August 2023",
        "### September 2023",
        "## Undated",
        "## Articles",
    ]
    assert "- **Aug 2023**: Talks in August *(planned)*" in text
    assert "  > Officials met on Monday." in text
    assert "— *The article*, Mon 11 Sep 2023" in text
    assert (
        text.index("Talks in August")
        < text.index("A weekend summit")
        < text.index("Officials meet")
    )
    assert "[The article](<https://example.org/a>)" in text


def test_markdown_shows_hostile_text_as_written(hostile_timeline: Timeline) -> None:
    text = render(hostile_timeline, "markdown")
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\[bold\\]loud\\[/\\]" in text
    assert "\\<script\\>" in text and "<script>" not in text
    assert "\\x1b" in text
    # A note that starts like a heading or a list item stays inside its event.
    assert not any(line.startswith("# heading") for line in text.splitlines())


def test_md_escapes_line_start_syntax() -> None:
    assert md("# not a heading") == "\\# not a heading"
    assert md("1. not a list") == "1\\. not a list"
    assert md("a *b* _c_ `d`") == "a \\*b\\* \\_c\\_ \\`d\\`"


def _validate_timelinejs_date(date: object) -> None:
    assert isinstance(date, dict)
    assert isinstance(date["year"], int)
    assert set(date) <= {"year", "month", "day", "display_date"}
    if "day" in date:
        assert "month" in date
    dt.date(date["year"], date.get("month", 1), date.get("day", 1))


def test_timelinejs_is_valid_and_keeps_precision(timeline: Timeline) -> None:
    data = json.loads(render(timeline, "timelinejs", title="Seeds"))
    assert data["title"]["text"]["headline"] == "Seeds"
    slides = {slide["unique_id"]: slide for slide in data["events"]}
    assert len(slides) == len(data["events"]) == 5
    for slide in data["events"]:
        assert set(slide) <= {
            "start_date",
            "end_date",
            "text",
            "group",
            "display_date",
            "unique_id",
            "media",
        }
        _validate_timelinejs_date(slide["start_date"])
        if "end_date" in slide:
            _validate_timelinejs_date(slide["end_date"])
        assert re.fullmatch(r"[A-Za-z0-9_-]+", slide["unique_id"])
        assert isinstance(slide["text"]["headline"], str)
    assert slides["talks"]["start_date"] == {"year": 2023, "month": 8}
    assert slides["year-only"]["start_date"] == {"year": 2022}
    assert slides["summit"]["end_date"] == {"year": 2023, "month": 9, "day": 10}
    assert slides["meeting"]["group"] == "Kim Jong Un"
    assert slides["undated"]["start_date"] == {"year": 2023, "month": 9, "day": 11}
    assert slides["undated"]["display_date"].startswith("undated")
    assert '<a href="https://example.org/a">' in slides["meeting"]["text"]["text"]


def test_timelinejs_escapes_html(hostile_timeline: Timeline) -> None:
    data = json.loads(render(hostile_timeline, "timelinejs"))
    slide = data["events"][0]
    assert "<script>" not in json.dumps(data)
    assert slide["text"]["headline"].startswith("[bold]loud[/] &lt;script&gt;")
    assert "\x1b" not in slide["text"]["headline"]


def test_ics_parses_back_with_all_day_dates(timeline: Timeline) -> None:
    text = render(timeline, "ics", title="Seeds", stamp=STAMP)
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    calendar = Calendar.from_ical(text)
    events = {str(event["UID"]).split("@")[0]: event for event in calendar.walk("VEVENT")}
    assert set(events) == {"year-only", "talks", "summit", "meeting"}  # undated left out
    talks = events["talks"]
    assert talks.decoded("DTSTART") == dt.date(2023, 8, 1)
    assert talks.decoded("DTEND") == dt.date(2023, 9, 1)
    assert str(talks["STATUS"]) == "TENTATIVE"
    summit = events["summit"]
    assert (summit.decoded("DTSTART"), summit.decoded("DTEND")) == (
        dt.date(2023, 9, 9),
        dt.date(2023, 9, 11),
    )
    meeting = events["meeting"]
    assert str(meeting["SUMMARY"]) == "Officials meet"
    assert "Officials met on Monday." in str(meeting["DESCRIPTION"])
    assert meeting.decoded("DTSTAMP") == STAMP
    assert events["year-only"].decoded("DTEND") == dt.date(2023, 1, 1)


def test_ics_carries_hostile_text_escaped(hostile_timeline: Timeline) -> None:
    text = render(hostile_timeline, "ics", stamp=STAMP)
    assert "\x1b" not in text and "\x07" not in text
    event = next(iter(Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]).startswith("[bold]loud[/] <script>")


def test_clean_makes_controls_visible_and_keeps_line_breaks() -> None:
    assert clean("a\x1b[31mb\x07\tc\nd\x9b") == "a\\x1b[31mb\\x07\tc\nd\\x9b"
    assert clean("\u202eabc") == "\\u202eabc"


# --- the command -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_of_the_seed_timeline(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not (REPO / "timeline.yaml").exists():
        pytest.skip("no seed timeline")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    shutil.copy(REPO / "timeline.yaml", tmp_path / "timeline.yaml")
    flags = FORMAT_FLAGS.get(fmt, [])
    assert main(["export", str(tmp_path / "timeline.yaml"), "--format", fmt, *flags]) == 0
    out = capsys.readouterr().out
    assert out
    if fmt in ("json", "timelinejs", "key-dates"):
        json.loads(out)
    if fmt == "markdown":
        # The failed satellite launches of April come before the August letters.
        assert out.index("### April 2023") < out.index("### August 2023")


def test_output_file_format_follows_its_suffix(tmp_path: Path) -> None:
    path = _timeline_file(tmp_path, EVENTS)
    target = tmp_path / "out.ics"
    assert main(["export", str(path), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    target = tmp_path / "out.csv"
    assert main(["export", str(path), "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("\ufeffid,")


def test_a_timeline_with_errors_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _timeline_file(tmp_path, "  - id: bad\n    date: 2023-02-30\n    title: No such day\n")
    target = tmp_path / "out.json"
    target.write_text("previous export\n", encoding="utf-8")
    assert main(["export", str(path), "-f", "json", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:14:11: error:" in err
    assert "not exported" in err
    assert target.read_text(encoding="utf-8") == "previous export\n"


def test_missing_timeline_and_unwritable_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "nope.yaml")]) == 2
    assert "cannot open the timeline" in capsys.readouterr().err
    path = _timeline_file(tmp_path, EVENTS)
    assert main(["export", str(path), "-o", str(tmp_path / "no" / "such" / "dir.md")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_undated_events_left_out_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _timeline_file(tmp_path, EVENTS)
    assert main(["export", str(path), "-f", "ics"]) == 0
    assert "1 undated event left out, ics needs a date: undated" in capsys.readouterr().err


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_format_prints_raw_escape_sequences(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = (
        "  - id: bad\n"
        "    date: 2023-09-11\n"
        f"    title: {json.dumps(HOSTILE)}\n"
        f"    notes: {json.dumps(HOSTILE)}\n"
    )
    path = _timeline_file(tmp_path, events)
    flags = FORMAT_FLAGS.get(fmt, [])
    assert main(["export", str(path), "-f", fmt, "--title", HOSTILE, *flags]) == 0
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202e]", stream), stream


def test_export_never_replaces_the_timeline_or_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _timeline_file(tmp_path, EVENTS)
    before = path.read_bytes(), (tmp_path / "a.txt").read_bytes()
    assert main(["export", str(path), "-f", "json", "-o", str(path)]) == 2
    assert main(["export", str(path), "-f", "markdown", "-o", str(tmp_path / "a.txt")]) == 2
    assert "one of the timeline's own files" in capsys.readouterr().err
    assert (path.read_bytes(), (tmp_path / "a.txt").read_bytes()) == before
