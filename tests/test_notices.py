"""The tests' view of notifications does not depend on how fast the machine is.

Textual drops a notification once its timeout has passed in wall-clock time; tests that read
``app._notifications`` failed under load when a check came later than that. ``notices(app)``
keeps every notification as it is raised.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import textual.notifications
from conftest import make_app, notices, settle

TESTS = Path(__file__).resolve().parent


async def test_a_notice_is_still_seen_after_textual_has_dropped_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"list.dwn" = "x"\n', encoding="utf-8")
    app = make_app(tmp_path, keymap_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        real = time.time
        # A minute passes, as on a machine stalled by load: Textual reaps the notice.
        monkeypatch.setattr(textual.notifications, "time", lambda: real() + 60)
        assert not list(app._notifications)
        assert any("did you mean 'list.down'?" in n for n in notices(app))


def test_no_test_reads_textuals_expiring_list() -> None:
    readers = [
        path.name
        for path in TESTS.glob("test_*.py")
        if path.name != Path(__file__).name and "app._notifications" in path.read_text("utf-8")
    ]
    assert readers == [], "read notices(app) from conftest instead"
