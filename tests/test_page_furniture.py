"""Page furniture (issue 9, s.2): a saved web page's stamps and readers' comments are no part
of the article; a stamp's day dates the text after it."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.key_dates import days_named
from tui.extract.page_furniture import RULES, furniture_spans, read_page
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.model.sentences import split_sentences


@pytest.mark.parametrize(
    ("rule", "text", "furniture"),
    [(rule.name, text, found) for rule in RULES for text, found in rule.examples],
)
def test_every_rule_finds_its_examples(rule: str, text: str, furniture: str) -> None:
    spans = [span for span in furniture_spans(text) if span[3].name == rule]
    assert (text[spans[0][0] : spans[0][1]] if spans else "") == furniture


def test_every_rule_has_an_example_of_furniture_and_one_of_prose() -> None:
    for rule in RULES:
        assert any(found for _, found in rule.examples), rule.name
        assert any(not found for _, found in rule.examples), rule.name


def test_the_page_keeps_every_offset() -> None:
    text = (
        "(Update 3:42 p.m. Cairo, 8:42 a.m. ET) Cooper said he was hit.\n"
        "Protesters marched. At 9:08 pm on 28 May 2009, avian_flu wrote: Nonsense.\n"
        "Thanks for reading."
    )
    page = read_page(text)
    assert len(page.text) == len(text)
    assert page.text.count("\n") == text.count("\n") + 1  # the stamp is a boundary of its own
    assert page.text.index("Cooper") == text.index("Cooper")
    # Readers' comments run to the end of the page.
    assert "Protesters marched." in page.text
    assert "Nonsense" not in page.text and "Thanks" not in page.text
    assert read_page("Nothing to see: here.").text == "Nothing to see: here."


def test_a_live_blog_is_dated_by_its_stamps() -> None:
    # Newest first: the weekday is the nearest to the publication date; a clock later than
    # the one above it is the day before (the log passed midnight going back).
    text = (
        "Live: Egypt\n"
        "(Update 1:14 a.m. Wednesday in Cairo, 6:14 p.m. ET Tuesday) Gunfire was heard.\n"
        "(Update 12:05 a.m. in Cairo, 5:05 p.m. ET) Tanks moved in.\n"
        "(Update 11:47 p.m. Cairo, 4:47 p.m. ET) The speech ended.\n"
    )
    page = read_page(text, dt.date(2011, 1, 31))
    assert [day for _, day in page.stamps] == [
        dt.date(2011, 2, 2),
        dt.date(2011, 2, 2),
        dt.date(2011, 2, 1),
    ]
    assert page.day_at(text.index("The speech"), dt.date(2011, 1, 31)) == dt.date(2011, 2, 1)
    assert page.day_at(0, dt.date(2011, 1, 31)) == dt.date(2011, 1, 31)


def events_of(text: str, published: dt.date) -> list:  # type: ignore[type-arg]
    return merge_results(process_articles([ArticleInput("a", text, published)])).events


def test_an_aggregator_stamp_dates_the_item_after_it_and_leaves_the_title() -> None:
    text = (
        "Tunisia news\n"
        "Protest in Tunis updated: Sun Jul 29 2012 08:01:00 Thousands of people gathered on "
        "the main boulevard in Tunis on Saturday to commemorate the uprising.\n"
    )
    events = events_of(text, dt.date(2011, 1, 31))
    gathered = [e for e in events if "gathered" in e.title]
    assert [e.date for e in gathered] == ["2012-07-28"]
    assert not any("08:01" in e.title or "Sun" in e.title.split() for e in events)


def test_readers_comments_give_no_events() -> None:
    text = (
        "The minister resigned on Monday after the vote, officials said.\n"
        "At 11:45 pm on 13 Jan 2010, SheffTim wrote: The mayor was arrested on Tuesday. "
        "At 02:56 am on 14 Jan 2010, jessica wrote: Rescuers left on Friday.\n"
    )
    events = events_of(text, dt.date(2010, 1, 13))
    assert events and all("mayor" not in e.title and "Rescuers" not in e.title for e in events)
    assert not any(actor in ("shefftim", "jessica") for e in events for actor in e.actors)


def test_key_dates_read_a_stamped_item_from_its_day() -> None:
    text = "Intro.\nupdated: Sun Jul 29 2012 08:01:00 Crowds gathered on Saturday.\n"
    page = read_page(text, dt.date(2011, 1, 31))
    spans = split_sentences(page.text)
    named = days_named(
        page.text, spans, dt.date(2011, 1, 31), page.written_on(dt.date(2011, 1, 31))
    )
    assert [day for _, day in named] == [dt.date(2012, 7, 28)]
