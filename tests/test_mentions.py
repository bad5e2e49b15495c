"""Actor mentions by name and alias."""

from tui.model.mentions import MentionFinder, find_mentions
from tui.model.timeline import Actor, ActorKind

KIM = Actor("kim-jong-un", "Kim Jong Un", aliases=("Mr. Kim", "Kim", "the North Korean leader"))
PUTIN = Actor("vladimir-putin", "Vladimir Putin", aliases=("Putin", "Mr. Putin"))
US = Actor("united-states", "United States", ActorKind.COUNTRY, aliases=("US", "U.S."))


def spans(text: str, actors: list[Actor]) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.actor_id) for m in find_mentions(text, actors)]


def test_longest_name_wins_and_variants_match() -> None:
    text = "Kim Jong-Un met Mr Putin. Later Kim and Vladimir Putin spoke."
    assert spans(text, [KIM, PUTIN]) == [
        ("Kim Jong-Un", "kim-jong-un"),
        ("Mr Putin", "vladimir-putin"),
        ("Kim", "kim-jong-un"),
        ("Vladimir Putin", "vladimir-putin"),
    ]


def test_lowercase_alias_matches_at_sentence_start_but_names_are_case_sensitive() -> None:
    text = "The North Korean leader left. Give us the U.S. view, said the US."
    assert spans(text, [KIM, US]) == [
        ("The North Korean leader", "kim-jong-un"),
        ("U.S.", "united-states"),
        ("US", "united-states"),
    ]


def test_word_boundaries() -> None:
    assert spans("Kimchi and Putinism", [KIM, PUTIN]) == []


def test_first_actor_keeps_a_shared_alias() -> None:
    other = Actor("kim-yo-jong", "Kim Yo Jong", aliases=("Kim",))
    finder = MentionFinder([KIM, other])
    assert [m.actor_id for m in finder.find("Kim and Kim Yo Jong")] == [
        "kim-jong-un",
        "kim-yo-jong",
    ]


def test_no_actors_no_mentions() -> None:
    assert find_mentions("anything", []) == []
