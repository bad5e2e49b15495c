"""Titles name what the article names (issue 9, section 1): a description the article resolves
("a friend of ...", "The sweetened offer", "the two countries") becomes the name, and a title
that naming (or a long speaker's rank) made too long is fitted again."""

from __future__ import annotations

import datetime as dt

from tui.extract.pipeline import ArticleInput, process_article
from tui.extract.title_names import fit_title, name_description, name_two_countries, two_countries


def _titles(text: str, published: dt.date = dt.date(1998, 2, 27)) -> list[str]:
    return [draft.title for draft in process_article(ArticleInput("a", text, published)).drafts]


def test_a_descriptive_lead_is_titled_by_the_person_it_describes() -> None:
    text = (
        "A friend of the missing banker said Friday that she regretted calling the police "
        "so late.\n"
        "Dana Levi, 31, told the court she had seen him leave.\n"
    )
    titles = _titles(text)
    assert "Dana Levi regretted calling the police so late" in titles, titles


def test_a_thing_described_after_its_owner_is_the_owners() -> None:
    text = (
        "Harbor Tools Inc. raised its offer for Keller Corp. on Monday.\n"
        "Harbor's initial offer had been rejected.\n"
        "The sweetened offer is scheduled for completion by Dec. 10.\n"
    )
    titles = _titles(text, dt.date(1989, 11, 1))
    assert "Harbor Tools Inc.'s sweetened offer is scheduled for completion by Dec. 10" in titles


def test_name_description_keeps_names_and_pronouns() -> None:
    assert name_description("Anna Berg regretted it", "Dana Levi") == "Anna Berg regretted it"
    assert name_description("She regretted it", "Dana Levi") == "She regretted it"
    assert name_description("A friend of hers regretted it", "Dana Levi") == (
        "Dana Levi regretted it"
    )
    # No verb to find where the description ends: nothing to replace.
    assert name_description("A friend of hers", "Dana Levi") == "A friend of hers"
    assert name_description("The new offer expired", "Acme", possessive=True) == (
        "Acme's new offer expired"
    )


def test_the_two_countries_are_the_pair_named_before_or_the_two_the_article_is_about() -> None:
    text = "x" * 400
    mentions = [(0, 6, "Russia"), (10, 21, "North Korea")] * 4 + [(30, 37, "Ukraine")]
    assert two_countries(mentions, text, 400) == "Russia and North Korea"
    # A third country named nearly as often: which two is not clear.
    more = [*mentions, (40, 47, "Ukraine"), (50, 57, "Ukraine")]
    assert two_countries(more, text, 400) == ""
    # Named once or twice each: not enough to tell.
    assert two_countries([(0, 6, "Russia"), (10, 21, "North Korea")], text, 400) == ""
    # ... unless named together right before: "from Romania and Bulgaria, after the two".
    text = "workers from Romania and Bulgaria, after the two countries join the EU"
    pair = [(13, 20, "Romania"), (25, 33, "Bulgaria")]
    assert two_countries([*more, *pair], text, text.index("the two")) == "Romania and Bulgaria"
    text = "Bulgaria and the United States agreed; the two countries"
    pair = [(0, 8, "Bulgaria"), (17, 30, "United States")]
    assert two_countries(pair, text, 40) == "Bulgaria and the United States"
    pair = "Russia and North Korea"
    assert name_two_countries("The two countries exchanged letters", pair) == (
        "Russia and North Korea exchanged letters"
    )
    assert name_two_countries("Ties between the two countries grew", pair) == (
        "Ties between Russia and North Korea grew"
    )
    # "the two countries' leaders": a possessive of a pair reads badly; kept.
    assert name_two_countries("The two countries' leaders met", pair) == (
        "The two countries' leaders met"
    )


def test_extraction_names_the_two_countries() -> None:
    text = (
        "Russia and North Korea are planning a summit.\n"
        "Russia wants shells; North Korea wants food. Russia has shells to spare.\n"
        "North Korea said it would send its leader to Russia.\n"
        "The two countries exchanged letters back in August.\n"
    )
    titles = _titles(text, dt.date(2023, 9, 11))
    assert "Russia and North Korea exchanged letters" in titles, titles


def test_a_long_title_loses_its_speakers_rank_then_its_last_phrase() -> None:
    title = (
        "WFP spokesman Peter Smerdon: The WFP relocated two MI8 helicopters and 25 "
        "humanitarian workers from Kismayo to Nairobi"
    )
    assert fit_title(title) == (
        "Peter Smerdon: The WFP relocated two MI8 helicopters and 25 humanitarian workers"
    )
    # Only the rank goes when that is enough.
    assert (
        fit_title(
            "Slovenian Finance Minister Andrej Bajuk: \u201cWe are replacing something good with "
            "something even better\u201d"
        )
        == "Andrej Bajuk: \u201cWe are replacing something good with something even better\u201d"
    )
    # A verb keeps its complement: never "is aiming" alone.
    long = (
        "South Korea's second largest city is aiming to become an international convention "
        "host through the successful hosting of the Asia-Pacific Economic Cooperation forum"
    )
    assert fit_title(long) == (
        "South Korea's second largest city is aiming to become an international convention host"
    )
    # Never inside "as soon as", a range of numbers, or before "both".
    soon = fit_title(
        "Annan: The Alliance of Civilizations could be activated as soon as the difficult "
        "situations in Afghanistan improve"
    )
    assert not soon.endswith("as soon"), soon
    assert fit_title(
        "The State Intellectual Property Office will build another 80 to 100 regional patented "
        "technology exhibition and trade centers in key cities"
    ).endswith(" in key cities")  # nothing to cut but the range: kept whole
    assert fit_title(
        "Zhou: Sino-Russian cooperation in the oil industry will help stabilize both the "
        "regional and global oil markets in the years to come"
    ).endswith(" to come")  # never "will help stabilize | both"
    # Short enough, or a few characters over: whole.
    assert fit_title("Acme cut 2,000 jobs") == "Acme cut 2,000 jobs"
    # No clause with a verb to keep: whole rather than garbled.
    names = "The Central Committee of the League and the Association of Youth Volunteers " * 2
    assert fit_title(names.strip()) == names.strip()


def test_a_business_described_by_its_home_is_the_business_the_story_is_about() -> None:
    text = (
        "HARBOR TOOLS Inc.\n"
        "Harbor Tools Inc. said its third-quarter profit rose on Monday.\n"
        "The Tampa, Fla., maker of hammers, saws and industrial drills also declared a "
        "quarterly dividend of 10 cents a share on Monday.\n"
    )
    titles = _titles(text, dt.date(1989, 11, 1))
    assert any(t.startswith("Harbor Tools Inc. declared a quarterly dividend") for t in titles), (
        titles
    )


def test_a_lead_describing_a_person_names_only_that_person() -> None:
    # The subject is a court, not the businessman the lead describes.
    assert name_description("A Singapore court imposed a record fine", "Fong Weng") == (
        "A Singapore court imposed a record fine"
    )
    assert name_description("A report: A friend of the banker left", "Fong Weng") == (
        "A report: A friend of the banker left"
    )


def test_a_long_title_is_never_cut_inside_a_pair() -> None:
    names = fit_title(
        "German prosecutors have linked Iranian political and spiritual leader Ali Khamenei "
        "and Ali Akbar Hashemi Rafsanjani with the assassinations of Kurdish dissidents"
    )
    assert not names.endswith("Khamenei"), names
    between = fit_title(
        "Etienne Tshisekedi dismissed the planned peace talks in South Africa between rebel "
        "and Mobutu officials as a waste of everybody's time and money"
    )
    assert not between.endswith("between rebel"), between
    superlative = fit_title(
        "Ali Akbar Hashemi Rafsanjani inaugurated Iran's largest and most modern petrochemical "
        "complex in the northern city of Tabriz"
    )
    assert not superlative.endswith("largest"), superlative


def test_a_title_never_ends_on_a_word_that_needs_the_next() -> None:
    assert fit_title("The draft declaration worked out by their aides prior to the") == (
        "The draft declaration worked out by their aides"
    )
    assert fit_title("Exports of pearls rose 46 percent against the previous") == (
        "Exports of pearls rose 46 percent"
    )
    # A particle or a stranded preposition ends a clause well; so does "the same".
    assert fit_title("Netanyahu: The construction will carry on") == (
        "Netanyahu: The construction will carry on"
    )
    assert fit_title("Golkar is expected to do the same") == "Golkar is expected to do the same"


def test_an_office_in_a_title_is_the_one_person_the_article_gave_it() -> None:
    from tui.extract.offices import office_holders
    from tui.extract.title_names import name_offices

    text = (
        "Ruritanian President Anton Weber arrived on Monday. "
        "The president will hold talks in the capital on Tuesday."
    )
    holders = office_holders(text)
    start = text.index("The president")
    assert name_offices("The president will hold talks", start, holders) == (
        "Anton Weber will hold talks"
    )
    # A speaker's own words in quotation marks are never rewritten.
    quoted = "Smith: \u201cThe president will hold talks\u201d"
    assert name_offices(quoted, start, holders) == quoted
    # Two holders of the office: no one.
    text = "President Weber met President Klein on Monday. The president left on Tuesday."
    holders = office_holders(text)
    start = text.index("The president left")
    assert name_offices("The president left", start, holders) == "The president left"


def test_his_before_a_name_is_the_persons_but_not_a_style() -> None:
    from tui.extract.title_names import name_pronoun

    assert name_pronoun("His Nationalist Action won seats", "Alpaslan Turkes") == (
        "Alpaslan Turkes' Nationalist Action won seats"
    )
    assert name_pronoun("Her Majesty opened the bridge", "Anne Smith") == (
        "Her Majesty opened the bridge"
    )


def test_the_wires_dateline_here_leaves_a_title() -> None:
    # A timeline shows no dateline: "here" at the end says nothing there.
    assert fit_title("Farm ministers opened a two-day summit on grain prices here") == (
        "Farm ministers opened a two-day summit on grain prices"
    )
    # "north of here", "is here": the place is what the words say.
    kept = "Three farms were flooded in a valley north of here"
    assert fit_title(kept) == kept
    assert fit_title("The new ambassador to the court is here") == (
        "The new ambassador to the court is here"
    )
    assert fit_title("The trade minister will leave here") == "The trade minister will leave here"


def test_a_leader_the_built_in_list_describes_is_named_when_the_article_names_him() -> None:
    from tui.extract.title_names import name_known_leader

    text = "A train left Pyongyang. North Korea's Kim Jong Un is heading to Russia."
    title = "A train believed to be carrying the North Korean leader departed Pyongyang"
    assert name_known_leader(title, text) == (
        "A train believed to be carrying Kim Jong Un departed Pyongyang"
    )
    # An article that never names him keeps the description; so do a speaker's own words.
    assert name_known_leader(title, "A train left Pyongyang.") == title
    quoted = "Officials: \u201cThe North Korean leader is on board\u201d"
    assert name_known_leader(quoted, text) == quoted
