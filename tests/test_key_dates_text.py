"""Key dates read the article text: the days articles name, and the sentences naming them.

The timeline holds one event a day; the article text says which day the story keeps coming
back to, and tells it in sentences that no event quoted.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_support import newsline

from tui.extract.key_dates import story_evidence
from tui.model.export.key_dates_format import key_dates
from tui.model.loader import Corpus, load_timeline

ARTICLES = {
    # Each quotes its own event.
    "a1": ("2011-01-25", "Police fired tear gas at protesters in Cairo on Tuesday."),
    # Reported the day after: the timeline alone counts that as a later citation.
    "a2": ("2011-01-29", "The army imposed a curfew in the capital."),
    # Published weeks later, they look back at 25 January, never at 28 January.
    "a3": (
        "2011-02-20",
        "Looking back. On January 25, 2011, tens of thousands of protesters filled Tahrir "
        "Square in Cairo. Nobody expected it.",
    ),
    "a4": (
        "2011-02-21",
        "The uprising began on January 25, 2011, when protesters filled Tahrir Square in Cairo.",
    ),
    "a5": ("2011-03-01", "On January 25, 2011, protesters first filled Tahrir Square in Cairo."),
}
EVENTS = [
    ("2011-01-25-gas", "2011-01-25", "a1", "Police fired tear gas at protesters in Cairo"),
    ("2011-01-28-curfew", "2011-01-28", "a2", "The army imposed a curfew in the capital"),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    lines = ["version: 1", "articles:"]
    for article, (published, text) in ARTICLES.items():
        (tmp_path / f"{article}.txt").write_text(text + "\n", encoding="utf-8")
        lines.append(f"  - {{id: {article}, path: {article}.txt, published: {published}}}")
    lines.append("events:")
    for event_id, date, article, quote in EVENTS:
        lines += [
            f"  - id: {event_id}",
            f"    title: {event_id}",
            f"    date: {date}",
            "    sources:",
            f"      - {{article: {article}, quote: {quote}}}",
        ]
    (tmp_path / "timeline.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def key_days(folder: Path, *flags: str) -> list[dict[str, object]]:
    done = newsline("export", folder, "--format", "key-dates", *flags, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_later_articles_naming_a_day_count_for_it(folder: Path) -> None:
    timeline = load_timeline(folder / "timeline.yaml").timeline
    assert timeline is not None
    evidence, _ = story_evidence(timeline, Corpus())
    first, second = (evidence[d] for d in sorted(evidence))
    assert (first.later_mentions, second.later_mentions) == (3, 0)
    # Without the text, the curfew reported the day after weighs more; the text says the
    # story keeps coming back to 25 January.
    assert [d.date.isoformat() for d in key_dates(timeline, 1)] == ["2011-01-28"]
    assert [d.date.isoformat() for d in key_dates(timeline, 1, 1, evidence)] == ["2011-01-25"]


def test_the_day_the_story_comes_back_to_is_told_by_the_sentences_naming_it(
    folder: Path,
) -> None:
    (day,) = key_days(folder, "--dates", "1", "--per-date", "2")
    assert day["date"] == "2011-01-25"
    summary = day["summary"]
    assert isinstance(summary, list) and len(summary) == 2
    # The three later articles agree on Tahrir Square: one of their sentences comes first,
    # and the second is not the same thing said again.
    assert "Tahrir Square" in summary[0]
    assert not all("Tahrir Square" in sentence for sentence in summary)
    # Sentences no event quoted have no event; the tear gas sentence brings its event.
    assert day["events"] == (["2011-01-25-gas"] if "tear gas" in summary[1] else [])


def test_an_article_that_cannot_be_read_adds_nothing(folder: Path) -> None:
    timeline = load_timeline(folder / "timeline.yaml", resolve_sources=False).timeline
    assert timeline is not None
    (folder / "a3.txt").unlink()
    (folder / "a4.txt").write_bytes(b"\xff\xfe not text")
    (folder / "a5.txt").write_text("", encoding="utf-8")
    evidence, _ = story_evidence(timeline, Corpus())
    assert all(day.later_mentions == 0 for day in evidence.values())
    assert [d.date.isoformat() for d in key_dates(timeline, 1, 1, evidence)] == ["2011-01-28"]


@pytest.mark.parametrize(
    "text",
    [
        # A year in one sentence dates the month and day in a later one.
        "The war began in 2003. Troops crossed the border. On March 20 the bombing started.",
        # Relative days, clock times and numeric dates; sentences without any date word.
        "Crowds gathered. Police moved in on Tuesday at 9:00 p.m. and again yesterday. "
        "Nobody was hurt. The vote is set for 12/05/2011, two days after the 3rd.",
        "Nothing here names a day. Nor does this.",
    ],
)
def test_tagging_only_sentences_with_a_date_word_finds_what_tagging_all_finds(
    text: str,
) -> None:
    from tui.extract.key_dates import days_named
    from tui.extract.temporal import tag, value_range
    from tui.model.sentences import split_sentences

    published = dt.date(2011, 2, 20)
    spans = split_sentences(text)
    everything = set()
    for timex in tag(text, published):
        covered = value_range(timex.value) if timex.type in ("DATE", "TIME") else None
        if covered is not None and covered[0] == covered[1]:
            index = next(i for i, s in enumerate(spans) if s.start <= timex.start < s.end)
            everything.add((index, covered[0]))
    assert set(days_named(text, spans, published)) == everything
