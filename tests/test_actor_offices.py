"""People by their office (issue 9, section 3): a rank "of" a department before a name, and a
lone word that is another article's first name; one test per kind, on made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.actors import detect_candidates
from tui.extract.names import clean_person_name, full_names
from tui.extract.pipeline import ArticleInput, merge_results, process_articles
from tui.extract.registry import ActorRegistry
from tui.model.timeline import ActorKind

PUBLISHED = dt.date(2021, 3, 10)  # a Wednesday


def extraction(*texts: str):
    items = [ArticleInput(f"a{index}", text, PUBLISHED) for index, text in enumerate(texts)]
    return merge_results(process_articles(items))


def event_actor_names(*texts: str) -> dict[str, list[str]]:
    """Each event's first quote -> the names of its actors."""
    result = extraction(*texts)
    names = {actor.id: actor.name for actor in result.new_actors}
    return {
        event.sources[0][1]: [names.get(actor, actor) for actor in event.actors]
        for event in result.events
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Secretary of State Ana Ruiz met the envoy on Monday.", "Ana Ruiz"),
        ("Vice Minister of Foreign Affairs Tomas Berg met the envoy on Monday.", "Tomas Berg"),
        ("Minister of Trade and Industry Omar Farid Halim met him on Monday.", "Omar Farid Halim"),
        ("The Secretary for Home Affairs, Lena Marsh, met him on Monday.", "Lena Marsh"),
    ],
)
def test_a_rank_of_a_department_introduces_the_name_after_it(sentence: str, name: str) -> None:
    assert name in [candidate.surface for candidate in detect_candidates(sentence)]
    assert name in {full for runs in full_names(sentence).values() for _, full in runs}


def test_a_department_is_never_part_of_a_name_nor_one_alone() -> None:
    assert clean_person_name("Foreign Affairs Tomas Berg") == "Tomas Berg"
    assert clean_person_name("Trade and Industry Omar Halim") == "Omar Halim"
    assert not detect_candidates("The Secretary of State said on Monday that talks would go on.")
    # ("Labour" alone is the party.)
    assert [c.surface for c in detect_candidates("Labour said on Monday it would vote no.")] == [
        "Labour"
    ]


def test_a_meeting_with_a_secretary_of_state_has_both_people() -> None:
    quote = "between Secretary of State Ana Ruiz and Vice President Omar Halim"
    found = event_actor_names(f"The question was raised on Monday during a meeting {quote}.\n")
    actors = next(names for text, names in found.items() if quote in text)
    assert {"Ana Ruiz", "Omar Halim"} <= set(actors)


def test_a_lone_word_is_not_the_first_name_of_another_articles_person() -> None:
    found = event_actor_names(
        "Foreign minister Aziz Pahad met the rebels on Monday.\n",
        "The opposition wants Chief Election Commissioner Justice Aziz removed. "
        "Aziz agreed on Tuesday to take three months of leave.\n",
    )
    leave = next(names for text, names in found.items() if "three months of leave" in text)
    assert "Aziz Pahad" not in leave
    assert "Aziz" in leave


def test_a_lone_word_the_article_gives_as_a_first_name_is_that_person() -> None:
    found = event_actor_names(
        "Leader Kim Jong Un arrived in Vladivostok on Tuesday. Kim met Putin on Wednesday.\n"
    )
    met = next(names for text, names in found.items() if "Kim met" in text)
    assert "Kim Jong Un" in met


def test_a_chamber_of_its_field_speaks_as_one_body() -> None:
    text = "The country's Chamber of Mines said on Monday that gold worth $2 billion is stolen.\n"
    found = event_actor_names(text)
    assert ["Chamber of Mines"] in found.values()


def test_an_office_described_is_the_one_person_the_article_gave_it() -> None:
    found = event_actor_names(
        "Russian Prime Minister Viktor Chernomyrdin arrived in Bratislava on Monday.\n"
        "The Russian premier has voiced Moscow's opposition to the plan since last week.\n"
        "Officials said the prime minister's aides met bankers on Tuesday.\n"
    )
    voiced = next(names for text, names in found.items() if "voiced" in text)
    assert "Viktor Chernomyrdin" in voiced
    aides = next(names for text, names in found.items() if "aides" in text)
    assert "Viktor Chernomyrdin" in aides


def test_an_office_two_people_hold_or_another_people_word_names_no_one() -> None:
    found = event_actor_names(
        "President Bill Clinton met President Boris Yeltsin in Helsinki on Friday. "
        "The president left on Saturday.\n"
        "The French president arrived in Helsinki on Sunday.\n"
    )
    left = next(names for text, names in found.items() if "left" in text)
    assert not {"Bill Clinton", "Boris Yeltsin"} & set(left)
    arrived = next(names for text, names in found.items() if "French president" in text)
    assert "Bill Clinton" not in arrived


def test_the_pope_unnamed_is_the_pope_of_the_day() -> None:
    text = (
        "We are here this week to witness the meeting Fidel Castro and the Pope have on Monday.\n"
    )
    result = merge_results(process_articles([ArticleInput("a", text, dt.date(1998, 1, 20))]))
    names = {actor.id: actor.name for actor in result.new_actors}
    actors = [names.get(i, i) for event in result.events for i in event.actors]
    assert "John Paul II" in actors


def test_whom_a_speaker_echoes_or_cites_is_no_party() -> None:
    found = event_actor_names(
        "Ana Ruiz, echoing Foreign Minister Tomas Berg, said on Monday that talks would go on.\n"
    )
    assert "Tomas Berg" not in next(iter(found.values()))


def test_a_british_spelling_is_the_gazetteers_body() -> None:
    found = event_actor_names(
        "The World Trade Organisation opened talks in Hong Kong on Tuesday.\n"
        "WTO chief Pascal Lamy said on Wednesday the talks would go on.\n"
    )
    opened = next(names for text, names in found.items() if "opened" in text)
    assert opened == ["World Trade Organization"]


def test_a_body_described_by_its_head_is_the_one_the_article_names() -> None:
    found = event_actor_names(
        "The country's Chamber of Mines said on Monday that gold worth $2 billion is stolen.\n"
        "The chamber said on Tuesday that output in 2005 was 300 tons.\n"
        "The Supreme Court and the World Court met on Monday. The court ruled on Friday.\n"
    )
    output = next(names for text, names in found.items() if "300 tons" in text)
    assert output == ["Chamber of Mines"]
    ruled = next(names for text, names in found.items() if "ruled" in text)
    assert ruled == []


def test_a_company_described_by_where_it_is_based_is_the_one_named() -> None:
    found = event_actor_names(
        "Matsuzakaya Co. Ltd. said on Friday its pre-tax earnings leapt 62.9 percent.\n"
        "The Nagoya-based company said on Friday that sales climbed 1.7 percent.\n"
    )
    sales = next(names for text, names in found.items() if "sales climbed" in text)
    assert sales == ["Matsuzakaya Co. Ltd."]


def test_a_news_agency_that_reports_a_happening_is_no_party_to_it() -> None:
    found = event_actor_names(
        "Russian President Boris Yeltsin on Monday sacked his transport minister, Anatoly "
        "Zaitsev, the Interfax news agency reported.\n"
        "Press reports on Tuesday said the speaker was resisting demands.\n"
    )
    sacked = next(names for text, names in found.items() if "sacked" in text)
    assert "Interfax" not in sacked and "Boris Yeltsin" in sacked
    assert "Press" not in {name for names in found.values() for name in names}


def test_a_one_word_name_inside_another_name_is_not_that_person() -> None:
    found = event_actor_names(
        "Coach Alan Hart said on Monday that the team was ready. Hart left on Tuesday.\n",
        "Hart Park hosted the final on Tuesday.\n"
        "A teacher, Ralph Hart, was hurt in 1990 in a crash.\n",
    )
    assert "Alan Hart" in next(names for text, names in found.items() if "left" in text)
    hosted = next(names for text, names in found.items() if "hosted" in text)
    assert "Alan Hart" not in hosted
    hurt = next(names for text, names in found.items() if "hurt" in text)
    assert "Alan Hart" not in hurt


def test_an_owners_name_is_registered_without_its_possessive() -> None:
    registry = ActorRegistry()
    assert registry.add("Australia's", ActorKind.PERSON) == registry.resolve("Australia")
    assert registry.get(registry.add("Labour's", ActorKind.ORGANIZATION)).name == "Labour"


def test_a_group_that_speaks_is_no_actor_and_its_statement_stays() -> None:
    found = event_actor_names(
        "Witnesses said on Tuesday that they saw rebels order refugees to leave Biaro.\n"
        "Qantas Chief Executive Geoff Dixon said on Monday the tender had been competitive.\n"
    )
    witnesses = next(names for text, names in found.items() if "Witnesses" in text)
    assert "Witnesses" not in witnesses
    assert "Geoff Dixon" in next(names for text, names in found.items() if "Dixon" in text)


def test_a_date_before_a_one_word_name_leaves_it_alone() -> None:
    found = event_actor_names(
        "Vladimir Putin signed a decree on Tuesday banning imports of Turkish fruit.\n"
        "On Tuesday Putin banned the import of fruit from Turkey by decree, aides said.\n"
    )
    assert all("Vladimir Putin" in names for names in found.values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arrests rose sharply under former Prime Minister Jane Roe. She denied it.", "Jane Roe"),
        ("The bill was signed by President John Q. Public Jr. on Monday.", "John Q. Public Jr."),
        ("The talks opened with Foreign Minister A.B. Khan on Monday.", "A.B. Khan"),
    ],
)
def test_an_office_holder_is_named_without_the_sentences_full_stop(text: str, name: str) -> None:
    from tui.extract.offices import office_holders

    assert [holder.name for holder in office_holders(text)] == [name]
