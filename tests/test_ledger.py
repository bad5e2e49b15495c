"""The ``extracted:`` ledger remembers proposals by source, so better titles revive nothing."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from tui.cli import main
from tui.extract import article_stage, merge, pipeline
from tui.extract.events import EventDraft
from tui.model.ledger import is_extracted, is_source_key, legacy_ids, source_key
from tui.model.timeline import Event, EventStatus, Source

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_a_source_key_ignores_case_spacing_and_quote_style() -> None:
    key = source_key("kim", "He said \u201cyes\u201d \u2014  on ``Sunday''")
    assert key == source_key("kim", 'he said "YES" - on "Sunday"')
    assert key.startswith("kim#") and is_source_key(key)
    assert key != source_key("kim", "He said no on Sunday")
    assert key != source_key("other", "He said \u201cyes\u201d \u2014 on ``Sunday''")


def test_event_ids_are_told_from_source_keys() -> None:
    entries = ["2023-09-10-train-leaves", "kim#0123456789", "a#b", "kim#0123456789ab"]
    assert legacy_ids(entries) == {"2023-09-10-train-leaves", "a#b", "kim#0123456789ab"}


def test_an_event_is_extracted_by_its_id_or_one_of_its_sources() -> None:
    event = Event("mine", "Kim leaves", sources=[Source("kim", "Kim left on Sunday.")])
    assert not is_extracted(event, {"other", source_key("kim", "Kim left.")})
    assert is_extracted(event, {"mine"})
    assert is_extracted(event, {source_key("kim", "kim left  on Sunday.")})


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def extract(folder: Path, *extra: str) -> int:
    return main(
        [
            "extract",
            "--timeline",
            str(folder / "timeline.yaml"),
            "--published",
            "2023-09-11",
            *extra,
        ]
    )


def change_the_titler(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every title (hence every id) different from what the first run wrote."""
    original = article_stage.article_events

    def retitled(*args, **kwargs):  # type: ignore[no-untyped-def]
        drafts = original(*args, **kwargs)
        for draft in drafts:
            draft.title = f"Reworded: {' '.join(reversed(draft.title.split()))}"
        return drafts

    monkeypatch.setattr(article_stage, "article_events", retitled)


def curate(path: Path) -> tuple[str, str, str]:
    """Reject one extracted event and merge another into a third, as a user would."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = data["events"]
    rejected = events.pop(0)
    absorbed = events.pop(0)
    into = events[0]
    into["sources"].extend(absorbed["sources"])
    data["extracted"].append(absorbed["id"])  # curation may record the absorbed id
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return rejected["id"], absorbed["id"], into["id"]


def event_ids(path: Path) -> list[str]:
    return [event["id"] for event in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]]


def test_a_changed_titler_proposes_nothing_new_and_revives_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = folder / "timeline.yaml"
    assert extract(folder) == 0
    ledger = yaml.safe_load(path.read_text(encoding="utf-8"))["extracted"]
    assert ledger and all(is_source_key(entry) for entry in ledger)
    curate(path)
    curated = path.read_bytes()

    change_the_titler(monkeypatch)
    # The test can fail: without its ledger, the changed titler proposes the rejected event.
    data = yaml.safe_load(curated)
    del data["extracted"]
    bare = folder / "bare.yaml"
    bare.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["extract", "--timeline", str(bare), "--published", "2023-09-11", "--dry-run"]) == 0
    assert "would add 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" not in (
        capsys.readouterr().out
    )

    assert extract(folder) == 0
    assert path.read_bytes() == curated
    assert "added 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" in capsys.readouterr().out


def test_an_old_ledger_of_ids_keeps_working_and_gains_the_sources(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "timeline.yaml"
    assert extract(folder) == 0
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["extracted"] = [event["id"] for event in data["events"]]  # as older versions wrote it
    deleted = data["events"].pop(0)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    # Same titler: the old ids still say what was proposed; the run records the sources.
    assert extract(folder) == 0
    after = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert deleted["id"] not in event_ids(path) and after["events"] == data["events"]
    assert after["extracted"][: len(data["extracted"])] == data["extracted"]
    keys = {source_key(s["article"], s["quote"]) for s in deleted["sources"]}
    assert keys <= set(after["extracted"])
    migrated = path.read_bytes()

    # From then on the ids no longer matter.
    change_the_titler(monkeypatch)
    assert extract(folder) == 0
    assert path.read_bytes() == migrated


def test_a_known_source_keeps_its_whole_happening_out() -> None:
    """A new article telling a rejected happening does not bring it back either."""
    draft = EventDraft(
        article="a",
        sentence=0,
        title="Kim leaves Pyongyang",
        date="2023-09-10",
        date_text="on Sunday",
        status=EventStatus.OCCURRED,
        quote="Kim left Pyongyang on Sunday.",
        quote_start=0,
        sentence_text="Kim left Pyongyang on Sunday.",
    )
    again = replace(draft, article="b")
    results = [pipeline.ArticleResult("a", [draft]), pipeline.ArticleResult("b", [again])]
    fresh = pipeline.merge_results(results)
    assert [event.sources for event in fresh.events] == [[("a", draft.quote), ("b", draft.quote)]]
    assert fresh.ledger == [source_key("a", draft.quote), source_key("b", draft.quote)]
    known = pipeline.merge_results(results, ledger=[source_key("a", draft.quote)])
    assert known.events == [] and known.ledger == [source_key("b", draft.quote)]


def test_a_merged_event_records_every_source_and_none_comes_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """One happening told by two articles is one event; rejected, it stays rejected even when a
    later extractor titles it anew and no longer merges the two reports."""
    news = tmp_path / "news"
    news.mkdir()
    reports = {
        "decree": "Vladimir Putin signed a decree on Tuesday banning imports of Turkish fruit.",
        "fruit": "On Tuesday Putin banned the import of fruit from Turkey by decree, aides said.",
    }
    for name, text in reports.items():
        front = f"---\ntitle: {name}\npublished: 2021-03-10\n---\n"
        (news / f"{name}.txt").write_text(f"{front}{text}\n", encoding="utf-8")
    path = tmp_path / "timeline.yaml"

    def run(*extra: str, timeline: Path = path) -> str:
        capsys.readouterr()
        assert main(["extract", str(news), "--timeline", str(timeline), *extra]) == 0
        return capsys.readouterr().out

    run()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    (merged,) = [e for e in data["events"] if len({s["article"] for s in e["sources"]}) == 2]
    keys = {source_key(s["article"], s["quote"]) for s in merged["sources"]}
    assert keys <= set(data["extracted"])
    data["events"].remove(merged)  # rejected by hand
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    curated = path.read_bytes()

    change_the_titler(monkeypatch)
    monkeypatch.setattr(merge, "same_happening", lambda *args: False)
    # The test can fail: without the ledger, each article's report comes back on its own.
    bare = tmp_path / "bare.yaml"
    bare.write_text(
        yaml.safe_dump({k: v for k, v in data.items() if k != "extracted"}, sort_keys=False),
        encoding="utf-8",
    )
    assert "would add 0 article(s), 0 actor(s), 0 alias(es), 2 event(s)" in run(
        "--dry-run", timeline=bare
    )
    assert "added 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" in run()
    assert path.read_bytes() == curated


# One wire story and its later, longer version: the same paragraphs, word for word. The
# second's "He said ..." is left out of the first run (its article's own named remarks joined
# the first story's event), and a second run finds those words told by that event.
_REPRINTED = "\n\n".join(
    (
        "India has disowned a consul's claims about the Mecca fire, newspapers reported Friday.",
        "The Daily Herald said the ministry had rejected the claims by India's Consul General"
        " Ravi Menon in Jeddah after a blaze on April 15 which left 343 dead.",
        "Menon claimed Indian pilgrims had been locked in their camp by their guides, condemning"
        " them to their fate. More than 100 Indians are believed to have died.",
        "But a ministry official said the consul's views appeared to rest on"
        ' "what a few of the injured said."',
        "He said no pilgrims had made a complaint about a locked gate to an inquiry team from"
        ' India and it would be "premature to apportion blame."',
        'He added: "No broad conclusions about the accident can be drawn on this basis."\n',
    )
)


def test_a_second_extract_of_a_reprinted_story_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, tail in (
        ("first", ""),
        ("later", "\nThe paper added that guides had cheated pilgrims.\n"),
    ):
        front = f"---\ntitle: {name}\npublished: 1997-04-25\n---\n"
        (articles / f"{name}.txt").write_text(front + _REPRINTED + tail, encoding="utf-8")
    path = tmp_path / "timeline.yaml"
    command = ["extract", "--timeline", str(path), str(articles)]
    assert main(command) == 0
    written = path.read_bytes()
    capsys.readouterr()
    assert main(command) == 0
    assert "added 0 article(s), 0 actor(s), 0 alias(es), 0 event(s)" in capsys.readouterr().out
    assert path.read_bytes() == written
