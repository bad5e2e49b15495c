"""Articles in other languages: detection, dated sentences found by dateparser, extraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.cli import main
from tui.extract.foreign import foreign_events, title_of
from tui.model.language import detect_language, normalise_language
from tui.model.loader import load_timeline
from tui.model.timeline import EventStatus

PUBLISHED = dt.date(2023, 9, 15)
RUSSIAN = (
    "Лидер КНДР Ким Чен Ын прибыл во Владивосток 10 сентября для переговоров с президентом "
    "России. Переговоры продолжились на космодроме Восточный. Делегация вернулась в Пхеньян "
    "13 сентября."
)
KOREAN = (
    "김정은 국무위원장이 9월 10일 블라디보스토크에 도착했다. 회담은 우주기지에서 열렸다. "
    "대표단은 9월 13일 평양으로 돌아갔다."
)
SPANISH = (
    "El presidente llegó a Madrid el 10 de septiembre para una cumbre con sus socios europeos "
    "sobre comercio y defensa. La reunión terminó sin acuerdo. El martes anunció nuevas sanciones."
)
ENGLISH = "The president arrived in Madrid on Sunday for a summit with European partners."


def test_detect_language() -> None:
    assert detect_language(RUSSIAN) == "ru"
    assert detect_language(KOREAN) == "ko"
    assert detect_language(SPANISH) == "es"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("Ок.") is None  # too short to tell


def test_language_as_people_write_it() -> None:
    assert normalise_language("ru-RU") == "ru"
    assert normalise_language("Korean") == "ko"
    assert normalise_language("es_ES") == "es"
    assert normalise_language("not a language") is None
    assert normalise_language(3) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (RUSSIAN, "ru", [("2023-09-10", "10 сентября"), ("2023-09-13", "13 сентября")]),
        (KOREAN, "ko", [("2023-09-10", "9월 10일"), ("2023-09-13", "9월 13일")]),
        # "el martes" is the Tuesday before publication (Friday 15 September).
        (SPANISH, "es", [("2023-09-10", "10 de septiembre"), ("2023-09-12", "martes")]),
    ],
)
def test_dated_sentences_in_their_own_language(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    drafts = foreign_events("a", text, PUBLISHED, language)
    assert [(d.date, d.date_text) for d in drafts] == expected
    for draft in drafts:
        assert draft.status is EventStatus.OCCURRED
        # The quote is the sentence, verbatim, at its offset; the title is taken from it.
        assert text[draft.quote_start : draft.quote_start + len(draft.quote)] == draft.quote
        assert draft.date_text in draft.quote
        assert draft.title.rstrip("\u2026") in " ".join(draft.quote.split())
        assert len(draft.title) <= 80


def test_titles_trimmed_at_a_word_boundary() -> None:
    title = title_of(SPANISH.split(". ")[0] + ".")
    assert title.endswith("\u2026") and len(title) <= 80
    assert SPANISH.startswith(title.rstrip("\u2026"))
    assert SPANISH[len(title.rstrip("\u2026"))] == " "  # cut between words
    assert title_of("대표단은 9월 13일 평양으로 돌아갔다.") == "대표단은 9월 13일 평양으로 돌아갔다"


def test_numbers_alone_are_not_dates() -> None:
    text = "В операции участвовали 33 человека и 12 машин. Итоги подвели 14 сентября."
    assert [d.date for d in foreign_events("a", text, PUBLISHED, "ru")] == ["2023-09-14"]


def test_a_day_and_month_are_in_the_articles_own_year() -> None:
    """ "13 сентября" in a story of 12 September is the next day, not a year before."""
    text = "Переговоры продолжатся 13 сентября. Встреча была 2 марта."
    found = foreign_events("a", text, dt.date(2023, 9, 12), "ru")
    assert [d.date for d in found] == ["2023-09-13", "2023-03-02"]


TIMELINE = """\
version: 1
articles: []
actors:
  - id: kim
    name: Kim Jong Un
    kind: person
    aliases: [Ким Чен Ын, 김정은]
events: []
"""


def test_extract_turns_foreign_articles_into_events_with_registry_actors_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, language, text in (
        ("ru", "ru", RUSSIAN),
        ("ko", "ko", KOREAN),
        ("es", "es", SPANISH),
    ):
        front = f"---\ntitle: {name}\npublished: 2023-09-15\nlanguage: {language}\n---\n"
        (folder / f"{name}.md").write_text(front + text + "\n", encoding="utf-8")
    code = main(["extract", str(folder), "--timeline", str(tmp_path / "timeline.yaml")])
    assert code == 0, capsys.readouterr().err
    timeline = load_timeline(tmp_path / "timeline.yaml").timeline
    assert timeline is not None
    events = {(e.sources[0].article, str(e.date)): e for e in timeline.events}
    assert set(events) == {
        ("ru", "2023-09-10"),
        ("ru", "2023-09-13"),
        ("ko", "2023-09-10"),
        ("ko", "2023-09-13"),
        ("es", "2023-09-10"),
        ("es", "2023-09-12"),
    }
    assert events[("ru", "2023-09-10")].actors == ("kim",)
    assert events[("ko", "2023-09-10")].actors == ("kim",)
    # No names were guessed in these languages: only the registry's actor was used.
    assert [a.id for a in timeline.actors] == ["kim"]
    assert all(e.status is EventStatus.OCCURRED for e in timeline.events)
    # Ids say what happened, in Latin letters: "2023-09-10-lider-kndr-kim-chen-yn".
    assert all(e.id[10:].strip("-") and e.id.isascii() for e in timeline.events)
    assert "2023-09-10-lider-kndr-kim-chen-yn" in {e.id for e in timeline.events}
    # Every quote anchors in its article, as the reader will show it.
    assert all(s.anchor is not None for e in timeline.events for s in e.sources)


def test_extract_counts_undated_articles_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    for number in range(12):
        (folder / f"note{number}.txt").write_text(f"Talks began on Monday, {number}.\n", "utf-8")
    code = main(["extract", str(folder), "--timeline", str(tmp_path / "timeline.yaml")])
    err = capsys.readouterr().err
    assert code == 1
    lines = [line for line in err.splitlines() if "publication date" in line]
    assert len(lines) == 1
    assert lines[0].startswith("newsline extract: 12 articles have no publication date (")
    assert "and 9 more" in lines[0]
    assert "--published" in lines[0] and "newsline import" in lines[0]


def test_extract_published_as_people_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.txt").write_text("Talks began on Monday.\n", "utf-8")
    timeline = str(tmp_path / "timeline.yaml")
    assert main(["extract", str(folder), "--timeline", timeline, "--published", "August 2023"]) == 1
    assert "'August 2023' is not one day" in capsys.readouterr().err
    assert main(["extract", str(folder), "--timeline", timeline, "--published", "31/04/2023"]) == 1
    assert "April 2023 has 30 days" in capsys.readouterr().err
    assert main(["extract", str(folder), "--timeline", timeline, "--published", "12 Sep 2023"]) == 0
    loaded = load_timeline(tmp_path / "timeline.yaml").timeline
    assert loaded is not None
    assert [str(e.date) for e in loaded.events] == ["2023-09-11"]


def test_front_matter_published_in_other_forms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ru.md").write_text(
        "---\npublished: 2 марта 2009\nlanguage: ru\n---\nПереговоры начались 1 марта.\n", "utf-8"
    )
    (folder / "en.md").write_text(
        "---\npublished: Mon Mar 2, 2009 4:23 pm EST\n---\nTalks began on Sunday.\n", "utf-8"
    )
    code = main(["extract", str(folder), "--timeline", str(tmp_path / "timeline.yaml")])
    assert code == 0, capsys.readouterr().err
    loaded = load_timeline(tmp_path / "timeline.yaml").timeline
    assert loaded is not None
    assert sorted(str(a.published) for a in loaded.articles) == ["2009-03-02", "2009-03-02"]
    assert sorted(str(e.date) for e in loaded.events) == ["2009-03-01", "2009-03-01"]


def test_the_reader_reads_front_matter_dates_as_extract_does(tmp_path: Path) -> None:
    """A timeline entry without `published` takes its article's front matter date, written in
    the article's language; an impossible ISO date keeps check's own warning."""
    (tmp_path / "ru.md").write_text(
        "---\npublished: 2 марта 2009\nlanguage: ru\n---\nТекст.\n", "utf-8"
    )
    (tmp_path / "bad.md").write_text("---\npublished: 2023-02-30\n---\nText.\n", "utf-8")
    (tmp_path / "timeline.yaml").write_text(
        "version: 1\narticles:\n  - id: ru\n    path: ru.md\n  - id: bad\n    path: bad.md\n",
        "utf-8",
    )
    result = load_timeline(tmp_path / "timeline.yaml")
    assert result.timeline is not None
    published = {a.id: a.published for a in result.timeline.articles}
    assert published == {"ru": dt.date(2009, 3, 2), "bad": None}
    assert any("February 2023 has 28 days" in d.message for d in result.warnings)


def test_dates_command_published_as_people_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It began on Sunday.", encoding="utf-8")
    assert main(["dates", str(path), "--published", "12 Sep 2023", "--json"]) == 0
    assert '"value": "2023-09-10"' in capsys.readouterr().out


def test_articles_in_a_language_dateparser_lacks_go_through_the_english_tagger() -> None:
    from tui.extract.pipeline import ArticleInput, process_article

    text = "Talks began on Sunday, officials said."
    result = process_article(ArticleInput("a", text, PUBLISHED, "pcm"))
    assert [d.date for d in result.drafts] == ["2023-09-10"]
