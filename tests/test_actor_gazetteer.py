"""The gazetteer's bodies and territories (issue 9, section 3): a regional body the news names
by its whole name or its initials is one actor, and a territory written as a place is a place."""

from __future__ import annotations

from actor_support import actors_of_event_quoting

from tui.extract.registry import ActorRegistry


def test_regional_bodies_and_agencies_are_known_by_name_and_initials() -> None:
    registry = ActorRegistry()
    for whole, initials in (
        ("Asia-Pacific Economic Cooperation", "APEC"),
        ("Asian Development Bank", "ADB"),
        ("Shanghai Cooperation Organisation", "SCO"),  # (British spelling: one key)
        ("Gulf Cooperation Council", "GCC"),
        ("World Food Program", "WFP"),
    ):
        assert registry.resolve(whole) is not None, whole
        assert registry.resolve(whole) == registry.resolve(initials), whole
        assert registry.mentioned_ids(f"The {whole} said") == [registry.resolve(initials)]
    # A long name written with its comma is still the body's.
    unesco = "The United Nations Educational, Scientific and Cultural Organization (UNESCO) said"
    assert registry.mentioned_ids(unesco) == ["unesco"]


def test_a_body_named_with_its_initials_is_one_actor_who_acts() -> None:
    text = (
        "Ministers of the Asia-Pacific Economic Cooperation (APEC) on Thursday endorsed "
        "the Hanoi Action Plan. The Philippines-based Asian Development Bank (ADB) said "
        "on Friday that growth would slow."
    )
    assert "Asia-Pacific Economic Cooperation" in actors_of_event_quoting(text, "endorsed")
    # The bank, not a "Philippines-based Asian Development Bank" beside it.
    assert actors_of_event_quoting(text, "growth") == ["Asian Development Bank"]


def test_a_territory_acts_by_its_name_and_is_no_actor_where_it_is_a_place() -> None:
    text = (
        "Hong Kong said on Monday it would hold talks. Jerry Stuchiner was arrested at Hong "
        "Kong's Kai Tak airport on July 15 last year. Martin Lee said on Tuesday that he had "
        "raised 2.5 million Hong Kong dollars in Canada since March."
    )
    assert actors_of_event_quoting(text, "talks") == ["Hong Kong"]
    assert "Hong Kong" not in actors_of_event_quoting(text, "arrested")
    assert actors_of_event_quoting(text, "raised") == ["Martin Lee"]


def test_a_un_agency_is_the_agency_and_a_time_word_after_it_is_no_noun_it_modifies() -> None:
    text = (
        "The United Nations World Food Program earlier this month launched a new appeal for "
        "aid to North Korea. The UN said on Monday it would send envoys."
    )
    assert actors_of_event_quoting(text, "appeal") == ["World Food Programme", "North Korea"]
    assert actors_of_event_quoting(text, "envoys") == ["United Nations"]


def test_a_former_name_s_demonym_is_the_country() -> None:
    text = "Later Friday, the Zairean government called for a cessation of hostilities."
    assert actors_of_event_quoting(text, "cessation") == ["Democratic Republic of the Congo"]
