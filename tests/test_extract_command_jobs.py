"""``newsline extract --jobs N`` (issue 8): workers give exactly what one process gives, byte
for byte, into a new timeline and onto an existing one; what only a worker does (telling an
article's language) still happens."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from tui.cli import main
from tui.extract.pipeline import ArticleInput, process_article, process_articles
from tui.model.loader import load_timeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SILVER = ROOT.parent / "shared" / "timeml" / "silver"
RUSSIAN = (
    "Лидер КНДР Ким Чен Ын прибыл во Владивосток 10 сентября для переговоров с президентом "
    "России. Переговоры продолжились на космодроме Восточный. Делегация вернулась в Пхеньян "
    "13 сентября."
)
# Short English notes of a few kinds: dated happenings, statements, a lead without a date.
NOTES = [
    "The mayor of Springfield opened the new bridge on Monday, officials said.",
    "Acme Corp. said it will cut 2,000 jobs. The cuts begin in March, the company said.",
    "Jane Doe, 44, was elected chair on Tuesday. Doe said the vote was a surprise.",
    "The storm hit the coast late Sunday. It is expected to weaken by Wednesday.",
]


def _corpus(folder: Path) -> Path:
    """The seeds, notes written as articles with front matter, and a Russian article whose
    language only its text tells."""
    articles = folder / "articles"
    shutil.copytree(SEEDS, articles)
    for number in range(24):
        day = dt.date(2023, 9, 1) + dt.timedelta(days=number)
        text = NOTES[number % len(NOTES)].replace("Springfield", f"Town {number}")
        front = f"---\ntitle: Note {number}\npublished: {day.isoformat()}\n---\n"
        (articles / f"note{number:02}.md").write_text(front + text + "\n", encoding="utf-8")
    front = "---\ntitle: Kim in Vladivostok\npublished: 2023-09-15\n---\n"
    (articles / "ru.md").write_text(front + RUSSIAN + "\n", encoding="utf-8")
    return articles


def _extract(folder: Path, *extra: str) -> int:
    # The seeds give no publication date: the day the seed timeline says they were published.
    timeline = str(folder / "timeline.yaml")
    return main(["extract", "--timeline", timeline, "--published", "2023-09-11", *extra])


def test_two_workers_write_the_same_bytes_new_and_existing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        articles = _corpus(folder)
        # A first part of the articles makes a timeline; the rest is added to it.
        later = folder / "later"
        later.mkdir()
        for path in sorted(articles.glob("note1*.md")):
            path.rename(later / path.name)
    for folder, jobs in ((one, "1"), (two, "2")):
        assert _extract(folder, str(folder / "articles"), "--jobs", jobs) == 0
    assert (one / "timeline.yaml").read_bytes() == (two / "timeline.yaml").read_bytes()
    for folder, jobs in ((one, "1"), (two, "2")):
        assert _extract(folder, str(folder / "later"), "--jobs", jobs) == 0
    capsys.readouterr()
    text = (one / "timeline.yaml").read_text(encoding="utf-8")
    assert text == (two / "timeline.yaml").read_text(encoding="utf-8")
    assert "path: later/note10.md" in text
    timeline = load_timeline(one / "timeline.yaml").timeline
    assert timeline is not None
    # The Russian article was read as Russian (its dates found by dateparser, its actor the
    # registry's only), though its front matter does not say so: detected in the worker.
    russian = {str(e.date) for e in timeline.events if e.sources[0].article == "ru"}
    assert {"2023-09-10", "2023-09-13"} <= russian
    # And a second run adds nothing, with workers or without.
    for folder, jobs in ((one, "2"), (two, "1")):
        before = (folder / "timeline.yaml").read_bytes()
        assert (
            _extract(folder, str(folder / "articles"), str(folder / "later"), "--jobs", jobs) == 0
        )
        assert (folder / "timeline.yaml").read_bytes() == before
    assert re.search(
        r"added 0 article\(s\), 0 actor\(s\), 0 alias\(es\), 0 event", capsys.readouterr().out
    )


def test_a_language_left_to_detect_is_detected_where_the_article_is_extracted() -> None:
    published = dt.date(2023, 9, 15)
    detected = process_article(ArticleInput("ru", RUSSIAN, published, None))
    told = process_article(ArticleInput("ru", RUSSIAN, published, "ru"))
    assert [d.date for d in detected.drafts] == [d.date for d in told.drafts]
    assert {d.date for d in detected.drafts} == {"2023-09-10", "2023-09-13"}
    # "" still means English, as before: the English tagger finds no dates in Russian.
    assert process_article(ArticleInput("ru", RUSSIAN, published, "")).drafts == []


def test_meanwhile_runs_once_with_or_without_workers() -> None:
    items = [ArticleInput(f"a{n}", NOTES[n % len(NOTES)], dt.date(2023, 9, 4)) for n in range(6)]
    calls: list[int] = []
    for jobs in (1, 2):
        calls.clear()
        results = process_articles(
            items, jobs=jobs, chunk_size=2, meanwhile=lambda: calls.append(len(calls))
        )
        assert calls == [0]
        assert [r.id for r in results] == [item.id for item in items]


def test_workers_take_the_longest_articles_first_and_results_keep_the_input_order() -> None:
    # Longer and longer articles: the workers get them in the reverse order.
    items = [
        ArticleInput(f"a{n}", " ".join(NOTES[: 1 + n % len(NOTES)]) * (1 + n), dt.date(2023, 9, 4))
        for n in range(9)
    ]
    seen: list[int] = []
    one = process_articles(items, jobs=1)
    two = process_articles(items, jobs=2, chunk_size=2, progress=lambda done, _: seen.append(done))
    assert [r.id for r in two] == [item.id for item in items]
    assert [[d.title for d in r.drafts] for r in two] == [[d.title for d in r.drafts] for r in one]
    assert sum(len(r.drafts) for r in two) > 9
    assert seen == sorted(seen) and seen[-1] == len(items)


@pytest.mark.shared
@pytest.mark.skipif(not SILVER.is_dir(), reason="../shared/timeml/silver is absent")
def test_two_workers_write_the_same_bytes_on_real_news(tmp_path: Path) -> None:
    """Sixty silver articles (wire news, 1990s and 2000s) as files with front matter."""
    tag, text_of, dct = (
        re.compile(r"<[^>]+>"),
        re.compile(r"<TEXT>(.*?)</TEXT>", re.S),
        re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S),
    )
    for folder in (tmp_path / "one", tmp_path / "two"):
        (folder / "articles").mkdir(parents=True)
    for path in sorted(SILVER.glob("*.tml"))[::40][:60]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body, date = text_of.search(raw), dct.search(raw)
        if body is None or date is None:
            continue
        plain = tag.sub("", body[1]).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        article = f"---\ntitle: {path.stem}\npublished: {date[1]}\n---\n{plain.strip()}\n"
        for folder in (tmp_path / "one", tmp_path / "two"):
            (folder / "articles" / f"{path.stem}.txt").write_text(article, encoding="utf-8")
    for folder, jobs in ((tmp_path / "one", "1"), (tmp_path / "two", "2")):
        assert _extract(folder, str(folder / "articles"), "--jobs", jobs) == 0
    one = (tmp_path / "one" / "timeline.yaml").read_bytes()
    assert one == (tmp_path / "two" / "timeline.yaml").read_bytes()
    assert one.count(b"\n  - id: ") > 100
