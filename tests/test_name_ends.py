"""A name never ends in a pronoun or a function word (issue 9, s.3): a headline run into the
next sentence ("... says Berlusconi In the first official estimate") gives Berlusconi, and the
next sentence's "In" never names him."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.name_ends import without_trailing_words
from tui.extract.pipeline import ArticleInput, merge_results, process_articles


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("Margaret Owen If", "Margaret Owen"),
        ("Berlusconi In", "Berlusconi"),
        ("Reuters They", "Reuters"),
        ("Donald Rumsfeld I", "Donald Rumsfeld"),
        ("Tim Collins This", "Tim Collins"),
        ("Bank of England", "Bank of England"),
        ("When He", "When He"),  # nothing a name is left: the callers' rules decide
        ("It", "It"),
    ],
)
def test_a_name_loses_the_function_words_it_ends_in(surface: str, name: str) -> None:
    assert without_trailing_words(surface) == name


def test_the_next_sentences_first_word_is_never_a_persons_alias() -> None:
    text = (
        "Italy will start pulling out troops in September, says Berlusconi In the first "
        "official estimate, 24,865 civilians were killed.\n"
        "In 1946, a secret project brought scientists to the US, Berlusconi said on Monday.\n"
        "In 1878 the Ottoman Turks resettled the site.\n"
    )
    result = merge_results(process_articles([ArticleInput("a", text, dt.date(2005, 3, 16))]))
    names = {actor.name for actor in result.new_actors}
    assert "Berlusconi" in names and "Berlusconi In" not in names
    assert all("In" not in actor.aliases for actor in result.new_actors)
    ottoman = [e for e in result.events if "Ottoman" in e.title]
    assert ottoman and all(not e.actors for e in ottoman)
