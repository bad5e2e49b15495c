"""`newsline [PATH] [--event ID]`: the reader's arguments, read without argparse when plain."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tui.app.main
from tui.cli import build_parser, main


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["stories/timeline.yaml"],
        ["a folder"],
        ["--event", "e1"],
        ["stories", "--event", "e1"],
        ["--event=e1", "stories"],
    ],
)
def test_the_reader_gets_what_argparse_reads(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str | None]] = []

    def run_reader(path: str, event_id: str | None = None) -> int:
        seen.append((path, event_id))
        return 0

    monkeypatch.setattr(tui.app.main, "run_reader", run_reader)
    assert main(args) == 0
    expected = build_parser().parse_args(args)
    assert seen == [(expected.path, expected.event)]


def test_options_and_mistakes_still_go_through_argparse(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as version:
        main(["--version"])
    assert version.value.code == 0 and "0.1.0" in capsys.readouterr().out
    with pytest.raises(SystemExit) as wrong:
        main(["one", "two"])  # one timeline at most
    assert wrong.value.code == 2 and "unrecognized arguments: two" in capsys.readouterr().err


def test_opening_the_reader_imports_no_argparse(tmp_path) -> None:
    # A missing timeline: the reader's start-up path runs up to the check and exits 2.
    code = (
        "import sys; from tui.cli import main\n"
        f"status = main([{str(tmp_path / 'none.yaml')!r}])\n"
        "assert status == 2, status\n"
        "assert 'argparse' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
