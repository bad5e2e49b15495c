"""Titles of a dated clause after ", but" that names no one (issue 9, section 1): the clause
before "but" says whose it is, and the title is both when they fit."""

from __future__ import annotations

from title_support import title_at

from tui.extract.headline_fit import clean


def test_a_nameless_clause_after_but_is_titled_with_the_clause_that_names_its_party() -> None:
    sentence = "Acme Corp. raised its prices, but sales fell sharply in March."
    assert title_at(sentence, "March") == "Acme Corp. raised its prices, but sales fell sharply"


def test_a_pronoun_owner_before_but_is_kept_for_the_article_names() -> None:
    # "Her lawyers" is resolved to the person later, as a leading "His" / "Her" is.
    sentence = "Her lawyers filed an appeal, but hearings stalled on Tuesday."
    assert title_at(sentence, "Tuesday") == "Her lawyers filed an appeal, but hearings stalled"


def test_a_clause_before_but_that_names_no_one_adds_nothing() -> None:
    sentence = "The union asked for a raise, but talks collapsed on Monday."
    assert title_at(sentence, "Monday") == "Talks collapsed"


def test_a_named_subject_after_but_is_titled_alone() -> None:
    sentence = "Acme Corp. raised its prices, but Zenith Ltd. cut its own in March."
    assert title_at(sentence, "March") == "Zenith Ltd. cut its own"


def test_wire_dollars_are_written_as_dollars() -> None:
    assert clean("The kidnappers demanded dlrs 2 million") == "The kidnappers demanded $2 million"
