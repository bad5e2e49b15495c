"""A "He said" after an unnamed speaker's sentence is not the person named before it."""

from __future__ import annotations

from actor_support import PUBLISHED

from tui.extract.described_speakers import described_speaker_starts
from tui.extract.pipeline import ArticleInput, merge_results, process_articles


def test_sentences_opened_by_an_unnamed_speaker_are_found() -> None:
    text = (
        "Menon claimed the gate was locked. More than 100 died.\n\n"
        "But a foreign ministry official said the claims rested on hearsay. "
        "A senior U.S. official said no. One diplomat told reporters it was over. "
        "The foreign minister said he was satisfied. Menon's aide said nothing."
    )
    found = [text[start : start + 20] for start in described_speaker_starts(text)]
    assert found == ["But a foreign minist", "A senior U.S. offici", "One diplomat told re"]


def _story(middle: str) -> str:
    return (
        "India has disowned claims by its consul about the Mecca fire, newspapers reported"
        " Wednesday.\n\nConsul General Ravi Menon claimed on Wednesday that Indian pilgrims had"
        f" been locked in their camp by their guides.\n\n{middle}\n\n"
        "He said no pilgrims had made a complaint about a locked gate to an inquiry team."
    )


def _actors_of_remark(text: str) -> list[list[str]]:
    """The actors of each event that quotes the closing "He said" remark."""
    extraction = merge_results(process_articles([ArticleInput("a", text, PUBLISHED)]))
    return [
        event.actors
        for event in extraction.events
        if any("complaint" in quote for _, quote in event.sources)
    ]


def _names_menon(actors: list[str]) -> bool:
    return any("menon" in actor for actor in actors)


def test_he_after_an_unnamed_official_is_not_the_person_named_before() -> None:
    remark = _actors_of_remark(
        _story("But a foreign ministry official said the consul's views rested on hearsay.")
    )
    assert all(not _names_menon(actors) for actors in remark)


def test_he_after_a_description_of_the_named_person_is_still_that_person() -> None:
    # ("The consul said" tells of Menon again: no stop.)
    remark = _actors_of_remark(_story("The consul said the guides had left at once."))
    assert remark and all(_names_menon(actors) for actors in remark)
