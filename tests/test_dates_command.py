"""``newsline dates``: JSON lines with offsets into the decoded text, a table, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main


def run_dates(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["dates", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lines_with_offsets_into_the_raw_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # CRLF line endings and a BOM stay in the decoded text, so offsets count them.
    raw = "\ufeffKim met Putin\r\nback in August.\r\nThe train is expected to take two days."
    path = tmp_path / "article.txt"
    path.write_bytes(raw.encode("utf-8"))
    code, out, _ = run_dates(capsys, str(path), "--published", "2023-09-11", "--json")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["text"], r["type"], r["value"]) for r in records] == [
        ("August", "DATE", "2023-08"),
        ("two days", "DURATION", "P2D"),
    ]
    for record in records:
        assert raw[record["start"] : record["end"]] == record["text"]


def test_table_output_lists_each_expression(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("We were hearing last week that it is happening now.", encoding="utf-8")
    code, out, _ = run_dates(capsys, str(path), "--published", "2023-09-11")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["span", "type", "value", "text"]
    assert any("2023-W36" in line and "last week" in line for line in lines)
    assert any("PRESENT_REF" in line for line in lines)


def test_without_published_values_are_underspecified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("They met in August.", encoding="utf-8")
    code, out, err = run_dates(capsys, str(path), "--json")
    assert code == 0
    assert json.loads(out)["value"] == "XXXX-08"
    assert err == ""


def test_missing_file_exits_2_with_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run_dates(capsys, str(missing), "--published", "2023-09-11")
    assert (code, out) == (2, "")
    assert str(missing) in err


def test_undecodable_file_exits_2_with_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("ok\ncaf\u00e9 on Monday".encode("latin-1"))
    code, _, err = run_dates(capsys, str(path), "--published", "2023-09-11")
    assert code == 2
    assert f"{path}:2:4:" in err and "UTF-8" in err


def test_bad_published_date_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("now", encoding="utf-8")
    code, _, err = run_dates(capsys, str(path), "--published", "2023-13-45")
    assert code == 2
    assert "YYYY-MM-DD" in err


def test_reads_standard_input() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", "dates", "-", "--published", "2023-09-11", "--json"],
        input=b"Talks ended on Friday.",
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["text"], record["value"]) == ("Friday", "2023-09-08")


def test_control_characters_in_text_are_escaped_in_the_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\x1b[31mMonday\x1b[0m", encoding="utf-8")
    code, out, _ = run_dates(capsys, str(path), "--published", "2023-09-11")
    assert code == 0
    assert "\x1b" not in out


def test_undecodable_column_counts_characters_not_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("caf\u00e9 \u2014 ".encode() + b"\xff on Monday")
    code, _, err = run_dates(capsys, str(path), "--published", "2023-09-11")
    assert code == 2
    assert f"{path}:1:8:" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_pipes_and_folders_are_refused_without_blocking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, out, err = run_dates(capsys, str(fifo), "--published", "2023-09-11")
    assert (code, out) == (2, "")
    assert f"{fifo}: error:" in err and "not a text file" in err
    code, _, err = run_dates(capsys, str(tmp_path), "--published", "2023-09-11")
    assert code == 2 and "folder" in err


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seed_articles_give_the_dates_the_issue_names(capsys: pytest.CaptureFixture[str]) -> None:
    found: dict[str, str] = {}
    for name in ("000_3422d561840cf15d.txt", "002_8a323d61014aa73b.txt"):
        raw = (SEEDS / name).read_bytes().decode("utf-8")
        code, out, _ = run_dates(capsys, str(SEEDS / name), "--published", "2023-09-11", "--json")
        assert code == 0
        for line in out.splitlines():
            record = json.loads(line)
            assert raw[record["start"] : record["end"]] == record["text"]
            found[record["text"]] = record["value"]
    assert found["April"] == "2023-04"  # "back in April:"
    assert found["August"] == "2023-08"  # a month, no invented day
    assert found["this past weekend"] == "2023-W36-WE"
    assert found["later this month"] == "2023-09"  # the whole span
    assert found["Sunday night"] == "2023-09-10"
    assert found["Monday"] == "2023-09-11"  # publication day, not a week early
    assert found["two days"] == "P2D"
    assert found["last week"] == "2023-W36"
    assert "We" not in found
