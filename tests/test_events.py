"""Event drafts: dates from temporal expressions, titles, status, quotes, statements, merging."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from tui.extract.events import article_events
from tui.extract.pipeline import ArticleInput, ArticleResult, merge_results, process_articles
from tui.model.sentences import split_sentences
from tui.model.timeline import EventStatus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PUBLISHED = dt.date(2023, 9, 11)


@dataclass
class FakeTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def drafts_for(text: str, *timexes: tuple[str, str, str]):
    found = []
    for words, kind, value in timexes:
        start = text.index(words)
        found.append(FakeTimex(start, start + len(words), words, kind, value))
    return article_events("a", text, PUBLISHED, split_sentences(text), found)


def test_status_from_wording() -> None:
    text = "Kim and Putin plan to meet on Friday. The ship is expected to dock on Friday."
    drafts = drafts_for(text, ("Friday", "DATE", "2023-09-15"))
    assert [d.status for d in drafts] == [EventStatus.PLANNED]
    later = text.index("Friday", text.index("ship"))
    second = article_events(
        "a", text, PUBLISHED, split_sentences(text),
        [FakeTimex(later, later + 6, "Friday", "DATE", "2023-09-15")],
    )  # fmt: skip
    assert second[0].status is EventStatus.EXPECTED
    past = drafts_for("The army left the city on Sunday.", ("Sunday", "DATE", "2023-09-10"))
    assert past[0].status is EventStatus.OCCURRED


def test_statement_is_an_event_at_publication_attributed_to_the_speaker() -> None:
    text = "\u201cTwo of our top adversaries are joining forces,\u201d Koffler said."
    (draft,) = drafts_for(text)
    assert draft.date == "2023-09-11"
    assert draft.date_text == ""
    assert draft.speaker == "Koffler"
    assert draft.title.startswith("Koffler: Two of our top adversaries")


def test_quotes_are_verbatim_and_short() -> None:
    long_text = ("The minister, " + "who had long said many things, " * 12) + "left on Sunday."
    (draft,) = drafts_for(long_text, ("Sunday", "DATE", "2023-09-10"))
    assert len(draft.quote) <= 200
    assert long_text[draft.quote_start : draft.quote_start + len(draft.quote)] == draft.quote
    assert "Sunday" in draft.quote


def test_the_same_happening_in_two_articles_is_one_event_with_two_sources() -> None:
    first = "Kim Jong Un met Vladimir Putin in Vladivostok on Wednesday, officials said."
    second = "On Wednesday, Kim Jong Un met Vladimir Putin in Vladivostok."
    results = []
    for name, text in (("one", first), ("two", second)):
        start = text.index("Wednesday")
        timex = FakeTimex(start, start + 9, "Wednesday", "DATE", "2023-09-13")
        drafts = article_events(name, text, PUBLISHED, split_sentences(text), [timex])
        results.append(ArticleResult(name, drafts, []))
    other = "Xi Jinping met Joe Biden on Wednesday."
    start = other.index("Wednesday")
    timex = FakeTimex(start, start + 9, "Wednesday", "DATE", "2023-09-13")
    results.append(
        ArticleResult(
            "three", article_events("three", other, PUBLISHED, split_sentences(other), [timex]), []
        )
    )
    extraction = merge_results(results)
    assert len(extraction.events) == 2
    meeting = next(e for e in extraction.events if "kim-jong-un" in e.actors)
    assert [article for article, _ in meeting.sources] == ["one", "two"]
    assert {"kim-jong-un", "vladimir-putin"} <= set(meeting.actors)
    # Ids are deterministic: a second merge of the same input gives the same ids.
    assert [e.id for e in merge_results(results).events] == [e.id for e in extraction.events]


@pytest.fixture(scope="module")
def seed_events():
    items = [
        ArticleInput(path.stem, path.read_text(encoding="utf-8"), PUBLISHED)
        for path in sorted(SEEDS.glob("*.txt"))
    ]
    texts = {item.id: item.text for item in items}
    return merge_results(process_articles(items)), texts


def find(extraction, date: str, *words: str):
    for event in extraction.events:
        quotes = " ".join(quote for _, quote in event.sources)
        if event.date == date and all(w.lower() in (event.title + quotes).lower() for w in words):
            return event
    raise AssertionError(
        f"no event on {date} about {words}: {[(e.date, e.title) for e in extraction.events]}"
    )


@pytest.mark.parametrize(
    ("date", "words", "status"),
    [
        ("2023-08", ("letters",), EventStatus.OCCURRED),
        ("2023-04", ("satellite",), EventStatus.OCCURRED),
        ("2023-09-09/2023-09-10", ("G20",), EventStatus.OCCURRED),
        ("2023-09-10", ("train", "Pyongyang"), EventStatus.OCCURRED),
        ("2023-09-11", ("Putin", "Vladivostok"), EventStatus.OCCURRED),
        ("2023-09", ("meet",), EventStatus.PLANNED),
        ("2023-09-12", ("arrive", "Vladivostok"), EventStatus.EXPECTED),
    ],
)
def test_seed_happenings(seed_events, date: str, words: tuple[str, ...], status) -> None:
    extraction, texts = seed_events
    event = find(extraction, date, *words)
    assert event.status is status
    for article, quote in event.sources:
        assert quote in texts[article] and len(quote) <= 200


def test_seed_actors_are_merged_by_alias(seed_events) -> None:
    extraction, _ = seed_events
    ids = {actor.id for actor in extraction.new_actors}
    assert {"kim-jong-un", "vladimir-putin", "north-korea", "john-f-kirby"} <= ids
    meeting = find(extraction, "2023-09", "meet")
    assert {"kim-jong-un", "vladimir-putin"} <= set(meeting.actors)
    assert not {"top-news", "the", "god-bless-america", "monday"} & ids


def test_a_statement_closing_a_quotation_opened_earlier_quotes_it_whole() -> None:
    text = (
        "Talks go on. \u201cKim will visit Russia at the invitation of Vladimir Putin. He will"
        " meet Putin and hold a summit,\u201d the Korean Central News Agency said."
    )
    (draft,) = drafts_for(text)
    assert draft.speaker == "Korean Central News Agency"
    assert draft.quote.startswith("\u201cKim will visit Russia")
    assert draft.quote.endswith("News Agency said.")
    assert text[draft.quote_start : draft.quote_start + len(draft.quote)] == draft.quote
    assert "Kim will visit Russia" in draft.title
    # The actors are looked up in the whole quotation, where Kim is named.
    assert "Kim will visit" in draft.sentence_text


def test_a_quotation_too_long_to_quote_whole_keeps_its_own_sentence() -> None:
    opening = "\u201c" + "Words of the leader go on and on. " * 12
    text = opening + "He will meet Putin,\u201d the agency KCNA said."
    (draft,) = drafts_for(text)
    assert draft.quote.startswith("He will meet Putin")


def test_arrival_after_a_duration_keeps_the_words_that_date_it() -> None:
    text = (
        "The train departed Pyongyang on Sunday night. The train is expected to take two days"
        " to arrive in Vladivostok."
    )
    drafts = drafts_for(
        text, ("Sunday night", "DATE", "2023-09-10"), ("two days", "DURATION", "P2D")
    )
    arrival = drafts[-1]
    assert (arrival.date, arrival.status) == ("2023-09-12", EventStatus.EXPECTED)
    assert arrival.date_text == "is expected to take two days"
    assert arrival.date_text in text


def test_a_decade_or_a_century_dates_no_event() -> None:
    text = "Unseen since the 1980s and the worst of the 20th century, it sank in 2022."
    drafts = drafts_for(
        text,
        ("the 1980s", "DATE", "198"),
        ("the 20th century", "DATE", "19"),
        ("2022", "DATE", "2022"),
    )
    assert [draft.date for draft in drafts] == ["2022"]


def test_a_date_with_nothing_said_about_it_is_no_event() -> None:
    # A page stamp: the whole sentence is its date, so no title could stand.
    text = "(Updated 9:02 a.m.) The army left the city on Sunday."
    drafts = drafts_for(
        text, ("9:02 a.m.", "TIME", "2023-09-11T09:02"), ("Sunday", "DATE", "2023-09-10")
    )
    assert [d.date for d in drafts] == ["2023-09-10"]
    assert all(any(c.isalpha() for c in d.title) for d in drafts)


def test_extract_never_writes_a_timeline_that_check_rejects(tmp_path: Path) -> None:
    from tui.cli import main

    article = tmp_path / "stamp.txt"
    article.write_text(
        "---\ntitle: Troops in Cairo\npublished: 2010-10-06\n---\n"
        "(Updated 9:02 a.m.)\n\nTroops moved into the square on Tuesday, witnesses said.\n",
        encoding="utf-8",
    )
    timeline = tmp_path / "timeline.yaml"
    assert main(["extract", str(article), "--timeline", str(timeline)]) == 0
    assert main(["check", str(timeline)]) == 0


def test_an_appeal_is_a_statement_titled_whole_by_its_speaker() -> None:
    text = (
        "Israel held talks.\nIt went well.\n"
        "Mr. Gore called on Israel to continue taking risks for peace.\n"
    )
    drafts = drafts_for(text)
    assert [(d.date, d.speaker, d.title) for d in drafts] == [
        ("2023-09-11", "Gore", "Gore called on Israel to continue taking risks for peace")
    ]
