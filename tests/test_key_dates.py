"""``newsline export --format key-dates``: the T days that matter most, each in K sentences.

The command runs in a subprocess, so exit codes and messages are what a shell sees; the
choice of days and sentences is also checked on the model function directly.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cli_support import newsline

from tui.model.export.key_dates_format import key_dates
from tui.model.loader import load_timeline

QUOTES = {
    "march": "Thousands of protesters marched through Cairo against Mubarak",
    "march-again": "Protesters marched through Cairo calling on Mubarak to go",
    "gas": "Police fired tear gas at the crowd near Tahrir Square",
    "resigns": "Mubarak resigned as president and handed power to the army",
    "curfew": "The army imposed a curfew in the capital",
    "month": "February was a month of strikes",
    "weekend": "Talks went on over the weekend",
}
ARTICLES = {
    "a1": ["march", "resigns", "month"],
    "a2": ["march-again", "resigns", "weekend"],
    "a3": ["gas", "resigns"],
    "a4": ["resigns", "curfew"],
}


def source(article: str, quote: str) -> str:
    return f"      - {{article: {article}, quote: {QUOTES[quote]}}}"


# Published weeks after every event: the articles' opening sentences tell none of the days
# (the days articles name and open with: tests/test_key_dates_text.py).
TIMELINE = "\n".join(
    [
        "version: 1",
        "articles:",
        *(
            f"  - {{id: {a}, path: {a}.txt, title: T {a}, published: 2011-03-01, source: cnn}}"
            for a in ARTICLES
        ),
        "events:",
        # 25 Jan: three articles cite the day, in two events.
        "  - {id: march, title: Protest march, date: 2011-01-25, sources: [",
        "      {article: a1, quote: " + QUOTES["march"] + "},",
        "      {article: a2, quote: " + QUOTES["march-again"] + "}]}",
        "  - id: gas",
        "    title: Tear gas",
        "    date: 2011-01-25",
        "    sources:",
        source("a3", "gas"),
        # 11 Feb: four articles, one event.
        "  - id: resigns",
        "    title: Mubarak resigns",
        "    date: 2011-02-11",
        "    sources:",
        *(source(a, "resigns") for a in ARTICLES),
        # 28 Jan: one article.
        "  - id: curfew",
        "    title: Curfew",
        "    date: 2011-01-28",
        "    sources:",
        source("a4", "curfew"),
        # Neither a month nor a range names a day.
        "  - id: month",
        "    title: Strikes",
        "    date: 2011-02",
        "    sources:",
        source("a1", "month"),
        "  - id: weekend",
        "    title: Talks",
        "    date: 2011-02-05/2011-02-06",
        "    sources:",
        source("a2", "weekend"),
    ]
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for article, quotes in ARTICLES.items():
        text = " ".join(QUOTES[q] + "." for q in quotes) + "\n"
        (tmp_path / f"{article}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(TIMELINE + "\n", encoding="utf-8")
    return tmp_path


def export(folder: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return newsline("export", folder, *flags, timeout=60)


def key_days(folder: Path, *flags: str) -> list[dict[str, object]]:
    done = export(folder, "--format", "key-dates", *flags)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_most_cited_days_in_date_order_one_sentence_each(folder: Path) -> None:
    days = key_days(folder, "--dates", "2")
    assert [day["date"] for day in days] == ["2011-01-25", "2011-02-11"]
    assert days[1] == {"date": "2011-02-11", "summary": [QUOTES["resigns"]], "events": ["resigns"]}
    # On 25 Jan the two march quotes agree with each other; the tear gas is one article's.
    assert days[0]["summary"] in ([QUOTES["march"]], [QUOTES["march-again"]])
    assert days[0]["events"] == ["march"]


def test_fewer_dates_only_when_fewer_days_have_a_day_dated_event(folder: Path) -> None:
    days = key_days(folder, "--dates", "10")
    # The month and the weekend range name no single day.
    assert [day["date"] for day in days] == ["2011-01-25", "2011-01-28", "2011-02-11"]


def test_per_date_caps_the_sentences_and_never_repeats_one(folder: Path) -> None:
    days = key_days(folder, "--dates", "2", "--per-date", "3")
    assert days[0]["date"] == "2011-01-25"
    summary = days[0]["summary"]
    assert isinstance(summary, list) and len(summary) == 2  # the second march quote repeats
    assert QUOTES["gas"] in summary
    assert sorted(days[0]["events"]) == ["gas", "march"]  # type: ignore[arg-type]


def test_from_and_to_are_inclusive(folder: Path) -> None:
    days = key_days(folder, "--dates", "5", "--from", "2011-01-28", "--to", "2011-02-11")
    assert [day["date"] for day in days] == ["2011-01-28", "2011-02-11"]
    assert key_days(folder, "--dates", "5", "--from", "2011-03-01") == []


def test_output_file_holds_the_same_json(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "days.json"
    out.parent.mkdir()
    done = export(folder, "--format", "key-dates", "--dates", "2", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == key_days(folder, "--dates", "2")
    # The suffix alone chooses the format.
    named = tmp_path / "out" / "story.key-dates.json"
    assert export(folder, "--dates", "2", "-o", str(named)).returncode == 0
    assert json.loads(named.read_text(encoding="utf-8")) == key_days(folder, "--dates", "2")


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--format", "key-dates"], "needs --dates T"),
        (["--format", "key-dates", "--dates", "0"], "less than 1"),
        (["--format", "key-dates", "--dates", "two"], "not a whole number"),
        (["--format", "key-dates", "--dates", "2", "--per-date", "0"], "less than 1"),
        (["--format", "json", "--dates", "2"], "apply to --format key-dates only"),
        (["--format", "markdown", "--per-date", "2"], "apply to --format key-dates only"),
    ],
)
def test_bad_counts_are_refused_with_status_2(folder: Path, flags: list[str], message: str) -> None:
    done = export(folder, *flags)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_ties_and_order_are_the_same_on_every_run(folder: Path) -> None:
    timeline = load_timeline(folder / "timeline.yaml").timeline
    assert timeline is not None
    first = key_dates(timeline, 3, 2)
    timeline.events.reverse()
    assert key_dates(timeline, 3, 2) == first
    assert key_dates(timeline, 0) == []
