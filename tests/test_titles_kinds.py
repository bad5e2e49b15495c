"""Headline titles, kinds of failure judged on the development gold (issue 9, section 1):
an appeal titled whole, a dated participle with its agent made active."""

from __future__ import annotations

from tui.extract.clause_titles import statement_title
from tui.extract.titles import event_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return event_title(sentence, start, start + len(date))


def test_an_appeal_is_titled_whole_with_the_people_it_addresses() -> None:
    sentence = (
        "State Fire Marshal Karen Olsen urged people who live near the river to leave their homes."
    )
    title = statement_title(sentence, "Karen Olsen", sentence.index("Karen"))
    assert title == "Karen Olsen urged people who live near the river to leave their homes"


def test_a_dated_participle_with_its_agent_is_what_the_agent_did() -> None:
    sentence = (
        "The two firms oppose a hostile tender offer launched on Monday by Acme Holdings "
        "for all of the shares."
    )
    assert _title(sentence, "Monday") == (
        "Acme Holdings launched a hostile tender offer for all of the shares"
    )


def test_a_participle_without_an_agent_keeps_its_clause() -> None:
    sentence = "Officials inspected the bridge opened on Monday in the city centre."
    assert not _title(sentence, "Monday").startswith("in ")
    assert "launched" not in _title(sentence, "Monday")
