"""Never lose a byte: every write starts from a stable state, goes through links and devices,
refuses what it must not replace, and says so when it fails (issue 12, sections 1 and 2)."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from tui.cli import main
from tui.model.writer import (
    ConcurrentEditError,
    FileChangedError,
    ReadOnlyError,
    Sighting,
    TimelineDocument,
    TimelineEditor,
    splice,
)
from tui.model.writer.atomic import remove_stale_temporaries
from tui.model.writer.disk import open_for_writing, stat_signature

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
TIMELINE = (
    "version: 1\n"
    "# the user's comment\n"
    "articles:\n"
    "  - id: a\n"
    "    path: a.txt\n"
    "    title: The article\n"
    "    published: 2023-09-11\n"
    "events:\n"
    "  - id: first\n"
    "    title: First\n"
    "    date: 2023-09-10\n"
)
USER_SAVE = TIMELINE + "".join(
    f"  - id: hand-{n}\n    title: Written by hand, number {n}\n" for n in range(200)
)


def _editor(path: Path) -> TimelineEditor:
    return TimelineEditor(path, settle=0.05)


def _add(event_id: str):  # type: ignore[no-untyped-def]
    return lambda document: document.add_event({"id": event_id, "title": event_id.title()})


def _ids(path: Path) -> list[str]:
    return [event["id"] for event in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]]


# --- section 1: a writer that pauses in the middle of its save -------------------------------


class PausingEditor(threading.Thread):
    """Saves ``text`` in place the way nano does: truncate, write half, pause, write the rest."""

    def __init__(self, path: Path, text: str, pause: float) -> None:
        super().__init__(daemon=True)
        self.path, self.data, self.pause = path, text.encode(), pause
        self.half_written = threading.Event()

    def run(self) -> None:
        with open(self.path, "r+b") as handle:
            handle.truncate(0)
            half = len(self.data) // 2
            # Cut at a line end, so the half on disk is valid YAML, as it often is.
            half = self.data.rindex(b"\n", 0, half) + 1
            handle.write(self.data[:half])
            handle.flush()
            self.half_written.set()
            time.sleep(self.pause)
            handle.write(self.data[half:])


def test_a_write_during_a_paused_in_place_save_is_refused_and_the_save_survives(
    tmp_path: Path,
) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    editor = _editor(path)
    shown = Sighting(stat_signature(path), time.monotonic() - 1)  # what the reader loaded
    user = PausingEditor(path, USER_SAVE, pause=1.0)
    user.start()
    assert user.half_written.wait(5)
    # The file changed since the reader loaded it: refused.
    with pytest.raises(FileChangedError):
        editor.edit(_add("mine"), shown)
    # Even when the reader has just loaded the half file (a poll fell in the pause), the
    # editor is still writing it: refused, not appended to the half.
    half_shown = Sighting(stat_signature(path), time.monotonic() - 1)
    with pytest.raises(FileChangedError):
        editor.edit(_add("mine"), half_shown)
    user.join(5)
    assert path.read_text(encoding="utf-8") == USER_SAVE  # every byte of the user's save
    # Once the save is complete and seen stable, the same write goes through, after it.
    done = Sighting(stat_signature(path), time.monotonic() - 1)
    editor.edit(_add("mine"), done)
    assert path.read_text(encoding="utf-8").startswith(USER_SAVE)
    assert _ids(path)[-1] == "mine" and len(_ids(path)) == 202


def test_a_state_seen_only_now_is_watched_for_the_settle_time_first(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    waits: list[float] = []

    def change_during_wait(seconds: float) -> None:
        waits.append(seconds)
        path.write_text(TIMELINE + "# saved meanwhile\n", encoding="utf-8")

    editor = TimelineEditor(path, settle=0.3, sleep=change_during_wait)
    with pytest.raises(FileChangedError):
        editor.edit(_add("mine"))  # no sighting: look, wait, look again
    assert waits and 0 < waits[0] <= 0.3
    assert path.read_text(encoding="utf-8").endswith("# saved meanwhile\n")


def test_a_change_just_before_the_rename_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    editor = _editor(path)
    real_replace = os.replace

    def someone_saves_first(source: str, target: str) -> None:
        monkeypatch.setattr(os, "replace", real_replace)
        raise AssertionError("the rename must not be reached")

    def save_meanwhile(target: Path) -> None:
        with open(target, "ab") as handle:  # in place: same inode, new bytes
            handle.write(b"# theirs\n")

    from tui.model.writer import document as document_module

    original = document_module.TimelineDocument._verify_disk
    calls = {"n": 0}

    def verify(self: TimelineDocument, target: Path, *, read: bool = True) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the check just before the rename
            save_meanwhile(target)
        original(self, target, read=read)

    monkeypatch.setattr(document_module.TimelineDocument, "_verify_disk", verify)
    monkeypatch.setattr(os, "replace", someone_saves_first)
    with pytest.raises(ConcurrentEditError):
        editor.edit(_add("mine"), Sighting(stat_signature(path), time.monotonic() - 1))
    assert path.read_text(encoding="utf-8") == TIMELINE + "# theirs\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.yaml"]


def test_same_size_same_mtime_change_is_caught_by_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    document = TimelineDocument.open(path)
    document.add_event({"id": "mine", "title": "Mine"})
    before = path.stat()
    path.write_text(TIMELINE.replace("First", "Fyrst"), encoding="utf-8")  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(ConcurrentEditError):
        document.save()
    assert "Fyrst" in path.read_text(encoding="utf-8")


def test_open_for_writing_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    if open_for_writing(path) is None:
        pytest.skip("no file leases here: the stat and hash checks carry the guarantee alone")
    assert open_for_writing(path) is False
    with open(path, "ab"):
        assert open_for_writing(path) is True
    with open(path, "rb"):
        assert open_for_writing(path) is False


def test_the_editor_keeps_its_document_between_writes(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    editor = _editor(path)
    editor.edit(_add("one"), Sighting(stat_signature(path), time.monotonic() - 1))
    kept = editor._document
    assert editor.last_write is not None
    editor.edit(_add("two"), editor.last_write)
    assert editor._document is kept  # not re-read: the file is what it wrote
    assert _ids(path) == ["first", "one", "two"]


# --- section 2: through links, never over devices, refuse read-only -------------------------


def test_a_symlinked_timeline_is_written_through_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    target = real / "timeline.yaml"
    target.write_text(TIMELINE, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    link = work / "timeline.yaml"
    link.symlink_to(target)
    # The document's own save, and the reader's editor.
    document = TimelineDocument.open(link)
    document.add_event({"id": "by-document", "title": "By document"})
    document.save()
    _editor(link).edit(_add("by-editor"), Sighting(stat_signature(link), time.monotonic() - 1))
    assert link.is_symlink() and link.resolve() == target
    assert _ids(target) == ["first", "by-document", "by-editor"]
    assert sorted(p.name for p in work.iterdir()) == ["timeline.yaml"]
    assert sorted(p.name for p in real.iterdir()) == ["timeline.yaml"]


def test_extract_writes_through_a_symlinked_timeline(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    real = tmp_path / "kept"
    real.mkdir()
    (real / "timeline.yaml").write_text("version: 1\nevents: []\n", encoding="utf-8")
    link = tmp_path / "timeline.yaml"
    link.symlink_to(real / "timeline.yaml")
    assert main(["extract", "--timeline", str(link), "--published", "2023-09-11"]) == 0
    assert link.is_symlink()
    assert b"extracted:" in (real / "timeline.yaml").read_bytes()


def test_a_read_only_timeline_is_refused_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("Officials met on Sunday.\n", encoding="utf-8")
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    path.chmod(0o444)
    inode = path.stat().st_ino
    document = TimelineDocument.open(path)
    document.add_event({"id": "mine", "title": "Mine"})
    with pytest.raises(ReadOnlyError, match="read-only"):
        document.save()
    shutil.copytree(SEEDS, tmp_path / "seeds")
    assert main(["extract", "--timeline", str(path), "--published", "2023-09-11"]) == 1
    err = capsys.readouterr().err
    assert "read-only (mode 0444)" in err and "nothing was written" in err
    assert path.read_text(encoding="utf-8") == TIMELINE
    assert path.stat().st_ino == inode and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_fifo_timeline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    os.mkfifo(path)
    document = TimelineDocument(path, b"", "version: 1\n")
    with pytest.raises(OSError, match="not a regular file"):
        document.save()
    assert stat.S_ISFIFO(path.stat().st_mode)


# --- temporaries of killed writers ------------------------------------------------------------

_KILLED_WRITER = """
import os, sys, time
from pathlib import Path
from tui.model.writer import TimelineDocument
path = Path(sys.argv[1])
document = TimelineDocument.open(path)
document.add_event({"id": "never", "title": "Never"})
def hang(source, target):
    print("temporary written", flush=True)
    time.sleep(120)
os.replace = hang
document.save()
"""


def test_a_killed_writers_temporary_file_is_removed_by_the_next_save(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(path)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "temporary written"
    stale = [p.name for p in tmp_path.iterdir() if p.name != "timeline.yaml"]
    assert len(stale) == 1 and stale[0].startswith(f".timeline.yaml.{writer.pid}.")
    # While the writer lives, its temporary is a save in progress: left alone.
    assert remove_stale_temporaries(tmp_path, "timeline.yaml") == []
    writer.send_signal(signal.SIGKILL)
    writer.wait(10)
    assert path.read_text(encoding="utf-8") == TIMELINE  # the kill changed nothing
    document = TimelineDocument.open(path)
    document.add_event({"id": "next", "title": "Next"})
    document.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["timeline.yaml"]


# --- a failed write says what it would have added ---------------------------------------------


@pytest.mark.parametrize(
    ("where", "failure", "message"),
    [
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        ("fsync", OSError(errno.EFBIG, "File too large"), "File too large"),
        ("reparse", MemoryError(), "too complex to read"),
        ("open", MemoryError(), "too complex to read"),
    ],
)
def test_a_failed_write_says_what_would_have_been_added_then_the_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    where: str,
    failure: BaseException,
    message: str,
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    path = tmp_path / "timeline.yaml"
    path.write_text("version: 1\nevents: []\n", encoding="utf-8")

    def fail(*args: object, **kwargs: object) -> None:
        raise failure

    if where == "fsync":
        monkeypatch.setattr(os, "fsync", fail)
    elif where == "reparse":  # the writer's re-read after an edit (not the first read)
        first_read = TimelineDocument._reparse

        def reread(self: TimelineDocument) -> None:
            if not hasattr(self, "_style"):
                first_read(self)
            else:
                fail()

        monkeypatch.setattr(TimelineDocument, "_reparse", reread)
        # An edit checked by re-reading only its own lines (tui.model.writer.splice).
        monkeypatch.setattr(splice, "compose_in_place", fail)
    else:
        monkeypatch.setattr(TimelineDocument, "_screen", fail)
    assert main(["extract", "--timeline", str(path), "--published", "2023-09-11"]) == 1
    captured = capsys.readouterr()
    assert message in captured.err and "nothing was written" in captured.err
    assert "Traceback" not in captured.err
    if where != "open":
        assert "would have added 2 article(s)" in captured.out
        assert "\nadded" not in captured.out
    assert path.read_text(encoding="utf-8") == "version: 1\nevents: []\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds", "timeline.yaml"]


# --- extract's workers die with it ------------------------------------------------------------

_POOL_PARENT = """
import sys, time
from tui.extract import workers
workers.use_prctl = sys.argv[1] == "prctl"
pool = workers.worker_pool(2)
futures = [pool.submit(time.sleep, 120) for _ in range(2)]
while len(pool._processes) < 2:
    time.sleep(0.05)
time.sleep(0.5)
print(" ".join(str(pid) for pid in pool._processes), flush=True)
time.sleep(120)
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("mechanism", ["prctl", "polling"])
def test_pool_workers_exit_when_their_parent_is_killed(mechanism: str) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _POOL_PARENT, mechanism],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and not any(_gone(pid) for pid in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait(10)
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    lingering = [pid for pid in workers if not _gone(pid)]
    for pid in lingering:  # leave nothing behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert lingering == []


# --- the reader's own write path ----------------------------------------------------------------


async def test_the_readers_new_event_never_lands_in_an_editors_half_save(tmp_path: Path) -> None:
    from conftest import make_app, settle

    app = make_app(tmp_path, editor_launcher=lambda path, line: None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        path = app.timeline_path
        full = path.read_text(encoding="utf-8") + "".join(
            f"# the rest of the user's save, line {n}\n" for n in range(300)
        )
        user = PausingEditor(path, full, pause=1.5)
        user.start()
        assert user.half_written.wait(5)
        await pilot.press("enter", "c")  # a new event from the sentence, mid-save
        await settle(app, pilot)
        user.join(10)
        assert path.read_text(encoding="utf-8") == full  # nothing lost, nothing added
        app.action_reload()
        await settle(app, pilot)
        await pilot.press("c")  # the save is complete and shown: now it is written
        await settle(app, pilot)
        lines = iter(path.read_text(encoding="utf-8").splitlines())
        assert all(line in lines for line in full.splitlines())  # only lines were added
        assert app.state.timeline is not None and len(app.state.timeline.events) == 5


def test_line_lookups_after_a_write_use_the_kept_document(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    editor = _editor(path)
    editor.edit(_add("mine"), Sighting(stat_signature(path), time.monotonic() - 1))
    kept = editor._document
    line = editor.line_of("events", "mine")
    assert editor._document is kept
    assert line is not None and path.read_text().splitlines()[line - 1] == "  - id: mine"
    path.write_text(TIMELINE.replace("version: 1\n", "version: 1\n# new first line\n"))
    assert editor.line_of("events", "first") == 10  # the file changed: read again
    assert editor._document is not kept


def test_opening_a_fifo_timeline_is_refused_not_blocked(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    os.mkfifo(path)
    with pytest.raises(OSError, match="not a regular file"):
        TimelineDocument.open(path)


def test_bytes_that_differ_under_the_same_stat_are_caught_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check before the rename compares the bytes on disk with those the document last
    wrote, whatever stat says (a same-size save within the clock's resolution)."""
    from tui.model.writer import saving

    path = tmp_path / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    document = TimelineDocument.open(path)
    document.add_event({"id": "mine", "title": "Mine"})
    document.save()
    written = path.read_bytes()
    real_read = saving.read_signed

    def same_stat(target: Path) -> tuple[bytes | None, object]:
        data, _signature = real_read(target)
        return data, document.disk_state.signature  # stat cannot tell them apart

    monkeypatch.setattr(saving, "read_signed", same_stat)
    monkeypatch.setattr(saving, "stat_signature", lambda _target: same_stat(_target)[1])
    document.add_event({"id": "again", "title": "Again"})
    document.save()  # the bytes are the ones it wrote: saved
    assert b"again" in path.read_bytes()
    theirs = path.read_bytes().replace(b"Mine", b"Mind")
    path.write_bytes(theirs)
    document.add_event({"id": "third", "title": "Third"})
    with pytest.raises(ConcurrentEditError):
        document.save()
    assert path.read_bytes() == theirs and written != theirs
