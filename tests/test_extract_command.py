"""``newsline extract`` merges into timeline.yaml without losing any hand edit."""

import shutil
from pathlib import Path

import pytest

from tui.cli import main

pytest.importorskip("tui.model.writer", reason="the timeline writer has not landed yet")

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def extract(folder: Path, *extra: str) -> int:
    return main(["extract", "--timeline", str(folder / "timeline.yaml"), *extra])


def test_first_run_adds_and_second_run_adds_nothing(folder: Path, capsys) -> None:
    assert extract(folder, "--published", "2023-09-11") == 0
    first = (folder / "timeline.yaml").read_bytes()
    assert b"kim-jong-un" in first and b"extracted:" in first
    capsys.readouterr()
    assert extract(folder, "--published", "2023-09-11") == 0
    assert (folder / "timeline.yaml").read_bytes() == first
    assert "added 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" in capsys.readouterr().out


def test_dry_run_writes_nothing(folder: Path, capsys) -> None:
    assert extract(folder, "--published", "2023-09-11", "--dry-run") == 0
    assert not (folder / "timeline.yaml").exists()
    assert "would add 2 article(s)" in capsys.readouterr().out


def test_missing_publication_date_is_named_and_skipped(folder: Path, capsys) -> None:
    assert extract(folder) == 1
    err = capsys.readouterr().err
    assert "000_3422d561840cf15d.txt" in err and "--published" in err
    assert not (folder / "timeline.yaml").exists()


def _event_ids(text: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("  - id: 20")
    ]


def test_hand_edits_survive_and_deleted_events_stay_deleted(folder: Path) -> None:
    assert extract(folder, "--published", "2023-09-11") == 0
    path = folder / "timeline.yaml"
    text = path.read_text(encoding="utf-8")
    ids = _event_ids(text)
    deleted, edited = ids[0], ids[1]
    # Delete the first event by hand, retitle the second, add a comment at the top.
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line == f"  - id: {deleted}\n")
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("  - id: "))
    del lines[start:end]
    text = "# my notes: keep this\n" + "".join(lines)
    title_at = text.index("title:", text.index(f"  - id: {edited}\n"))
    line_end = text.index("\n", title_at)
    text = text[:title_at] + "title: My own title   # edited" + text[line_end:]
    path.write_text(text, encoding="utf-8")

    assert extract(folder, "--published", "2023-09-11") == 0
    assert path.read_text(encoding="utf-8") == text
    assert deleted not in _event_ids(text)


def test_user_actor_wins_and_gains_only_aliases(folder: Path) -> None:
    path = folder / "timeline.yaml"
    user = (
        "version: 1\n"
        "articles: []\n"
        "actors:\n"
        "  - id: kim\n"
        "    name: Kim Jong-un  # as I spell it\n"
        "    kind: person\n"
        "    description: Leader of North Korea\n"
        "    aliases: [Rocket Man]\n"
        "events: []\n"
    )
    path.write_text(user, encoding="utf-8")
    assert extract(folder, "--published", "2023-09-11") == 0
    text = path.read_text(encoding="utf-8")
    assert "name: Kim Jong-un  # as I spell it\n" in text
    assert "description: Leader of North Korea\n" in text
    assert "id: kim-jong-un" not in text
    assert "[kim" in text or "- kim" in text or ", kim" in text


def test_concurrent_edit_is_refused(folder: Path, monkeypatch, capsys) -> None:
    path = folder / "timeline.yaml"
    path.write_text("version: 1\narticles: []\nactors: []\nevents: []\n", encoding="utf-8")
    import tui.extract.pipeline as pipeline

    real = pipeline.process_articles

    def edit_meanwhile(*args, **kwargs):
        path.write_text("version: 1  # edited meanwhile\narticles: []\nactors: []\nevents: []\n")
        return real(*args, **kwargs)

    monkeypatch.setattr("tui.commands.extract.process_articles", edit_meanwhile)
    assert extract(folder, "--published", "2023-09-11") == 1
    assert "changed while extracting" in capsys.readouterr().err
    assert (
        path.read_text() == "version: 1  # edited meanwhile\narticles: []\nactors: []\nevents: []\n"
    )
