"""A happening told again in one article at another precision with other names (issue 9
section 4): "Kopp fired the shots that killed a doctor last October" and "Slepian was shot to
death on Oct. 23" are one killing; "a rifle found in April" and "unearthed a rifle on April 8"
one finding."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, merge_results, process_articles


def extract(text: str, published: dt.date):
    return merge_results(process_articles([ArticleInput("a", text, published)])).events


def test_a_coarser_telling_whose_title_names_no_one_joins_the_finer_one() -> None:
    events = extract(
        "Officials said Wednesday that James Kopp, an opponent of abortion, fired the shots "
        "that killed a Buffalo abortion doctor last October.\n"
        "Dr. Barnett Slepian was shot to death on Oct. 23 at his home in Amherst.\n"
        "Kopp said through a lawyer that he was innocent.\n",
        dt.date(1999, 5, 5),
    )
    killing = [event for event in events if event.date.startswith("1998")]
    assert [(event.date, len(event.sources)) for event in killing] == [("1998-10-23", 2)]
    assert killing[0].title.startswith("Dr. Barnett Slepian was shot to death")
    # The names of the sentence that told it coarsely are not the killing's.
    assert killing[0].actors == ["barnett-slepian"]


def test_a_kind_named_by_a_noun_only_is_no_retelling_with_other_names() -> None:
    # The arrival of evidence from a bombing is an arrival; the tests a week earlier are apart.
    events = extract(
        "The first batch of evidence from the Nairobi bombing arrived over the weekend at the "
        "FBI lab, FBI officials said Monday.\n"
        "A U.S. official said last week that field tests suggested the presence of a plastic "
        "explosive.\n",
        dt.date(1998, 8, 17),
    )
    assert sorted(event.date for event in events if event.date_text) == [
        "1998-08-10/1998-08-16",
        "1998-08-15/1998-08-16",
    ]


def test_finding_is_one_kind_of_happening_however_worded() -> None:
    events = extract(
        "Investigators linked the rifle found in April near the doctor's house to the "
        "murder.\n"
        "On April 8, investigators searched the woods and unearthed a rifle behind the "
        "doctor's house.\n",
        dt.date(1999, 5, 5),
    )
    found = [event for event in events if event.date.startswith("1999-04")]
    assert [(event.date, len(event.sources)) for event in found] == [("1999-04-08", 2)]


def test_a_statement_naming_two_kinds_of_a_happening_of_its_article_is_one_of_its_reports() -> None:
    events = extract(
        "Iraqi police found 14 Kurdish farmers murdered in a field near the Syrian border on "
        "Friday.\n"
        "The farmers were shot dead and their bodies were first found by their relatives, "
        "said Dakheel Karim, a local official.\n"
        "Kurdish leader Massoud Barzani said the killings of farmers must stop.\n",
        dt.date(2006, 12, 1),
    )
    friday = [event for event in events if event.date == "2006-12-01"]
    # The official's words tell the finding and the killing; the leader's, only a killing.
    assert sorted(len(event.sources) for event in friday) == [1, 2]


def test_a_statement_is_a_report_of_a_happening_its_article_shows_only_later() -> None:
    events = extract(
        "Police seized a car bomb under construction Sunday in a town bordering Northern "
        "Ireland.\n"
        "Chief Superintendent Al McHugh said the bomb discovered in the Irish Republic was "
        "destined for an unknown target.\n"
        "Police found more than 1,300 pounds of fertilizer-based explosives Sunday in a shed "
        "in Dundalk.\n",
        dt.date(1998, 3, 22),
    )
    # The seizure and the finding are one happening, and the superintendent speaks of it.
    assert [(event.date, len(event.sources)) for event in events] == [("1998-03-22", 3)]
