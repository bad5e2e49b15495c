"""Dates that date no happening by the tense of their verb (issue 9 section 2): "today" with a
present "is" means nowadays; "this year" with a present perfect is a total up to now."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.not_happenings import why_no_happening
from tui.extract.pipeline import ArticleInput, merge_results, process_articles


def why(sentence: str, date: str) -> str | None:
    start = sentence.index(date)
    return why_no_happening(sentence, start, start + len(date))


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("And today, the right to work is equal to the right to survival.", "today", "nowadays"),
        ("Today we still have 27,000 warheads in existence.", "Today", "nowadays"),
        ("Today the president signed the bill.", "Today", None),
        ("The prime minister will visit Paris today.", "today", None),
        ("Junk-fund holders have barely broken even this year, as prices fell.", "this year",
         "running"),
        ("So far this year only 50 percent of tax targets have been achieved.", "this year",
         "running"),
        ("The Nikkei index has risen 12 percent this year.", "this year", "running"),
        ("Golkar has won five elections and is expected to do the same this year.", "this year",
         None),
        ("The EU has sponsored a resolution each year, but France this year blocked it.",
         "this year", None),
        ("The company cut 2,000 jobs this year.", "this year", None),
    ],
)  # fmt: skip
def test_the_tense_of_the_dates_verb_says_whether_it_dates_a_happening(
    sentence: str, date: str, expected: str | None
) -> None:
    assert why(sentence, date) == expected


def test_a_total_up_to_now_gives_no_event() -> None:
    text = (
        "Junk-fund holders have barely broken even this year, as interest payments barely "
        "offset declining prices.\n"
        "Dalbar Inc. said on Monday it had cut its fees.\n"
    )
    items = [ArticleInput("a", text, dt.date(1989, 10, 25))]
    events = merge_results(process_articles(items)).events
    assert [event.date for event in events] == ["1989-10-23"]


@pytest.mark.parametrize(
    ("sentence", "date", "expected"),
    [
        ("Resolutions overruled a 1971 Convention which gives Libya the right to try them.",
         "1971", "document"),
        ("Under the 1994 constitution, the opposition suggests the prime minister.", "1994",
         "document"),
        ("He called for a state based on the 1967 borders.", "1967", "document"),
        ("Bush rejected the 1997 Kyoto Protocol.", "1997", "document"),
        ("Beijing used 4.06 billion cubic meters in 2001, but in 2005 the figure dropped.",
         "2005", None),
        ("The 1988 recapitalization cost the company dearly.", "1988", None),
    ],
)  # fmt: skip
def test_a_year_naming_a_document_or_a_figure_dates_no_happening(
    sentence: str, date: str, expected: str | None
) -> None:
    assert why(sentence, date) == expected


def test_a_statement_naming_a_documents_year_is_still_a_statement() -> None:
    text = "Kofi Annan said the 1972 Biological Weapons Convention must be strengthened.\n"
    events = merge_results(process_articles([ArticleInput("a", text, dt.date(2006, 11, 20))]))
    assert [event.date for event in events.events] == ["2006-11-20"]
