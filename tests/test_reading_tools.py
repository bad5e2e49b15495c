"""Reading many articles: search everything (F), the article browser (b), the Text title, copying
a quote with its citation (y) and opening the article's url (O), through Pilot."""

from __future__ import annotations

from pathlib import Path

from conftest import (
    TIMELINE_YAML,
    make_app,
    notices,
    sentence_text,
    settle,
    wait_for,
    workers_done,
)

from tui.app.panes.citation import quote_with_citation
from tui.app.screens.articles import ArticlesScreen
from tui.app.screens.search import ResultList, SearchResultsScreen
from tui.model.timeline import Article

WITH_URL = TIMELINE_YAML.replace(
    "    byline: Armita Rohani\n",
    "    byline: Armita Rohani\n    source: Reuters\n    url: https://example.org/kim-putin\n",
)


async def search_all(app, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("F")
    await pilot.pause()
    await pilot.press(*query, "enter")
    assert await wait_for(pilot, lambda: isinstance(app.screen, SearchResultsScreen))


async def test_F_lists_the_sentences_of_both_articles_with_a_counter(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await search_all(app, pilot, "Vladivostok")
        screen = app.screen
        assert isinstance(screen, SearchResultsScreen)
        hits = screen.results.hits
        assert {hit.article_id for hit in hits} == {"rohani", "topnews"}
        assert len(hits) == 3
        assert all("Vladivostok" in hit.sentence for hit in hits)
        # The summit's quote is the rohani sentence: the entry names it.
        rohani = next(hit for hit in hits if hit.article_id == "rohani")
        assert rohani.event_ids == ("summit",)
        header = str(screen.query_one("#results-header").content)
        assert "1/3" in header and "in 2 articles" in header
        await pilot.press("n")
        assert "2/3" in str(screen.query_one("#results-header").content)
        listed = "\n".join(screen.list.render_line(y).text for y in range(screen.list.size.height))
        assert "Kim and Putin plan to meet · Mon 11 Sep 2023" in listed
        assert "cited by: Kim and Putin meet in Vladivostok" in listed
        await pilot.press("enter")  # the second entry opens in Text
        await pilot.pause()
        chosen = hits[1]
        assert app.screen is not screen
        assert app.state.article_id == chosen.article_id
        assert "Vladivostok" in sentence_text(app)
        assert app.focused is app.text_view
        assert app.text_view.matches  # every match of this article marked
        assert "(2/3 in all articles)" in app.state.search_line()
        await pilot.press("n")  # n goes on through the results, into the other article
        await pilot.pause()
        assert app.state.search is not None and app.state.search.current == 2
        assert "Vladivostok" in sentence_text(app)
        await pilot.press("n")  # and round to the first
        await pilot.pause()
        assert app.state.search.current == 0
        assert app.state.article_id == hits[0].article_id
        await pilot.press("escape")
        assert app.state.search is None


async def test_filter_events_to_matches(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await search_all(app, pilot, "vladivostok")
        await pilot.press("f")
        await pilot.pause()
        assert [event.id for event in app.state.shown_events] == ["summit"]
        assert app.state.filters.matching == "vladivostok"
        assert "matching: vladivostok" in app.state.filters.describe(app.state.timeline)


async def test_a_search_that_finds_nothing_says_so(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await search_all(app, pilot, "zanzibar")
        screen = app.screen
        assert isinstance(screen, SearchResultsScreen)
        assert screen.results.hits == ()
        assert "Nothing holds 'zanzibar'" in screen.list.render_line(0).text
        await pilot.press("enter", "n")  # nothing to choose or move to: nothing breaks
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SearchResultsScreen)
        await pilot.press("n")
        assert app.is_running


async def test_b_lists_articles_by_date_filters_by_typing_and_opens_one(tmp_path: Path) -> None:
    app = make_app(tmp_path, WITH_URL)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ArticlesScreen))
        screen = app.screen
        assert isinstance(screen, ArticlesScreen)
        rows = screen.list.rows
        assert [row.title for row in rows] == [
            "Kim and Putin plan to meet",
            "Kim Jong Un is heading to Russia",
        ]  # same day: by title
        assert [row.events for row in rows] == [3, 2]
        assert rows[0].outlet == "Reuters"
        await pilot.press(*"putin")
        await pilot.pause()
        assert [row.article.id for row in screen.list.rows] == ["rohani"]
        assert "1 of 2" in str(screen.query_one("#articles-header").content)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ArticlesScreen)
        assert app.state.article_id == "rohani"
        assert app.focused is app.text_view
        title = str(app.text_view.border_title)
        assert "Kim and Putin plan to meet · Reuters · Mon 11 Sep 2023" in title


async def test_b_with_a_filter_that_keeps_nothing_then_escape(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        article = app.state.article_id
        await pilot.press("b")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ArticlesScreen))
        await pilot.press(*"nothing like this", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticlesScreen)  # Enter on no article stays
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.article_id == article


async def test_y_copies_the_quote_with_its_citation(tmp_path: Path) -> None:
    app = make_app(tmp_path, WITH_URL)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.state.selected_event_id == "letters"
        await pilot.press("2", "y")
        await pilot.pause()
        assert copied == [
            "“the White House warned of high-level discussions as the two countries exchanged "
            "letters back in August” — Kim and Putin plan to meet, Reuters, Mon 11 Sep 2023. "
            "https://example.org/kim-putin"
        ]
        await pilot.press("j", "y")  # another sentence: the whole sentence
        await pilot.pause()
        assert copied[-1].startswith("“" + sentence_text(app))


async def test_O_opens_the_url_through_the_seam_only_when_there_is_one(tmp_path: Path) -> None:
    opened: list[str] = []
    app = make_app(tmp_path, WITH_URL, url_opener=opened.append)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "O")
        await pilot.pause()
        assert opened == ["https://example.org/kim-putin"]
        await pilot.press("]")  # topnews: no url
        await pilot.pause()
        assert app.state.article_id == "topnews"
        await pilot.press("O")
        await pilot.pause()
        assert opened == ["https://example.org/kim-putin"]


async def test_a_failing_browser_is_a_message_not_a_crash(tmp_path: Path) -> None:
    def broken(url: str) -> bool:
        raise OSError("no display")

    app = make_app(tmp_path, WITH_URL, url_opener=broken)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("2", "O")
        await pilot.pause()
        assert app.is_running
        assert any("no display" in n for n in notices(app))


def test_citation_without_url_or_outlet() -> None:
    article = Article("a", "a.txt", title="A title")
    assert quote_with_citation("Two\n words.", article) == "“Two words.” — A title."


def test_results_list_rows_are_entries_of_two_or_three_lines() -> None:
    from tui.model.search import Hit, Results

    hits = (
        Hit("a", 0, 5, ((0, 5),), "Hello", ("e",)),
        Hit("a", 10, 15, ((10, 15),), "World"),
    )
    from tui.model.timeline import Timeline

    results = ResultList(Timeline(Path("t.yaml")), Results("x", hits))
    assert results.rows == [
        (0, "head"),
        (0, "sentence"),
        (0, "cited"),
        (1, "head"),
        (1, "sentence"),
    ]
    assert results.row_of_hit == [0, 3]


async def test_palette_exports_the_current_view_in_the_format_of_the_suffix(
    tmp_path: Path,
) -> None:
    import csv

    from tui.app.palette import AskExport

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("3")
        assert app.actors_list.select_actor("putin")
        await pilot.press("enter")  # the view: Putin's two events
        await pilot.pause()
        app.post_message(AskExport())
        await pilot.pause()
        out = tmp_path / "view.csv"
        prompt = app.screen.query_one("#prompt-input")
        prompt.value = str(out)  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: out.exists(), 10)
        await workers_done(app)
        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        assert [row["id"] for row in rows] == ["letters", "summit"]
        assert any("2 events as csv" in n for n in notices(app))


async def test_exporting_onto_the_timeline_or_without_a_suffix_is_refused(
    tmp_path: Path,
) -> None:
    from tui.app.palette import AskExport

    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        before = app.timeline_path.read_bytes()
        for target in (app.timeline_path, tmp_path / "view.unknown"):
            app.post_message(AskExport())
            await pilot.pause()
            app.screen.query_one("#prompt-input").value = str(target)  # type: ignore[attr-defined]
            await pilot.press("enter")
            await workers_done(app)
            await pilot.pause()
        assert app.timeline_path.read_bytes() == before
        assert not (tmp_path / "view.unknown").exists()
        messages = notices(app)
        assert any("one of the timeline's own files" in m for m in messages)
        assert any("say the format by the suffix" in m for m in messages)
