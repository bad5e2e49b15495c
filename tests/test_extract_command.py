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


def _listed_timeline(folder: Path, *paths: str) -> Path:
    entries = "".join(
        f"  - id: a{number}\n    path: {path}\n    published: 2023-09-11\n"
        for number, path in enumerate(paths)
    )
    path = folder / "timeline.yaml"
    path.write_text(f"# mine\nversion: 1\narticles:\n{entries}", encoding="utf-8")
    return path


def test_broken_timeline_is_refused_with_line_and_column(folder: Path, capsys) -> None:
    path = folder / "timeline.yaml"
    path.write_bytes(b"version: 1\narticles:\n  - id: a\n    path: [broken\n")
    before = path.read_bytes()
    assert extract(folder, "--published", "2023-09-11") == 1
    err = capsys.readouterr().err
    assert f"{path}:" in err and ": error: not valid YAML" in err
    assert path.read_bytes() == before


def test_undecodable_or_missing_article_writes_nothing(folder: Path, capsys) -> None:
    path = _listed_timeline(folder, "seeds/000_3422d561840cf15d.txt")
    before = path.read_bytes()
    latin1 = folder / "latin1.txt"
    latin1.write_bytes("On Monday\ncaf\u00e9 owners met.".encode("latin-1"))
    assert extract(folder, str(folder / "seeds"), str(latin1), str(folder / "gone.txt")) == 1
    err = capsys.readouterr().err
    assert f"{latin1}:2:4: error: not UTF-8 text" in err
    assert "gone.txt: no such file or folder" in err
    assert "nothing was written" in err
    assert path.read_bytes() == before


def test_an_article_without_date_stops_the_whole_run(folder: Path, capsys) -> None:
    path = _listed_timeline(folder, "seeds/000_3422d561840cf15d.txt")
    before = path.read_bytes()
    # seeds/002 is not listed, has no front matter, and no --published is given.
    assert extract(folder) == 1
    err = capsys.readouterr().err
    assert "1 article has no publication date" in err and "002_8a323d61014aa73b.txt" in err
    assert "published:" in err
    assert path.read_bytes() == before


def test_front_matter_date_and_title_are_used(folder: Path) -> None:
    article = folder / "news" / "summit.md"
    article.parent.mkdir()
    article.write_text(
        "---\ntitle: Leaders meet\npublished: 2023-09-14\n---\n"
        "The two leaders met on Wednesday in Vladivostok, officials said.\n",
        encoding="utf-8",
    )
    assert extract(folder, str(article.parent)) == 0
    text = (folder / "timeline.yaml").read_text(encoding="utf-8")
    assert "path: news/summit.md" in text and "title: Leaders meet" in text
    assert "date: 2023-09-13" in text  # Wednesday before a Thursday publication


def test_jobs_option_means_every_core(monkeypatch) -> None:
    import argparse

    from tui.commands import extract as command

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    monkeypatch.setattr(command.os, "cpu_count", lambda: 6)
    assert command._jobs(parser.parse_args(["--jobs"]).jobs, 3) == 6
    assert command._jobs(parser.parse_args(["--jobs", "0"]).jobs, 3) == 6
    assert command._jobs(parser.parse_args(["--jobs", "2"]).jobs, 3) == 2
    assert command._jobs(parser.parse_args([]).jobs, 3) == 1
    assert command._jobs(parser.parse_args([]).jobs, 500) == 6


def test_parallel_run_gives_the_same_timeline(folder: Path, tmp_path_factory) -> None:
    other = tmp_path_factory.mktemp("parallel")
    shutil.copytree(folder / "seeds", other / "seeds")
    assert extract(folder, "--published", "2023-09-11", "--jobs", "1") == 0
    assert extract(other, "--published", "2023-09-11", "--jobs", "2") == 0
    assert (folder / "timeline.yaml").read_bytes() == (other / "timeline.yaml").read_bytes()


def test_progress_shows_on_long_runs_only(capsys) -> None:
    from tui.commands.extract import _progress_printer

    show = _progress_printer()
    for done in range(1, 6):
        show(done, 5)
    assert capsys.readouterr().err == ""
    show = _progress_printer()
    for done in range(1, 101):
        show(done, 100)
    lines = capsys.readouterr().err.splitlines()
    assert lines[-1] == "extracting: 100/100 articles" and 5 <= len(lines) <= 11


# Names that one run writes as actors or aliases and the next run reads back as the user's:
# party names that start with a demonym, people first met with a long title.
NAME_ARTICLES = {
    "jakarta.txt": (
        "Rival parties met in Jakarta on Monday.\n"
        "The Indonesian Democracy Party is one of three legal parties in the country.\n"
    ),
    "ankara.txt": (
        "Four former Democracy Party deputies were sentenced in 1995 to 15 years in prison.\n"
        "The Kurdish Democracy Party is banned in the country.\n"
    ),
    "addis.txt": (
        "Ethiopian Prime Minister Meles Zenawi on Tuesday said more than 1,000 fighters had "
        "been killed.\n"
        # The wire's own slip: the title cut short.
        "On Tuesday, Ethiopian Prime Meles Zenawi said his forces were not aiming for the "
        "capital.\n"
    ),
}


def test_a_second_run_finds_every_name_where_the_first_left_it(tmp_path: Path, capsys) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in NAME_ARTICLES.items():
        (news / name).write_text(f"---\npublished: 2006-12-04\n---\n{text}", encoding="utf-8")
    timeline = tmp_path / "timeline.yaml"
    assert main(["extract", str(news), "--timeline", str(timeline)]) == 0
    first = timeline.read_bytes()
    capsys.readouterr()
    assert main(["extract", str(news), "--timeline", str(timeline)]) == 0
    assert "added 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" in capsys.readouterr().out
    assert timeline.read_bytes() == first
    # Two different parties stay two actors: a demonym is part of a party's name.
    assert b"aliases: [Indonesian Democracy Party, Kurdish Democracy Party]" not in first
