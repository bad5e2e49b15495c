"""The first article the reader paints is split by punctuation rules, then by syntok.

Importing syntok and its regex engine was about a tenth of the reader's first paint, so the
first article shown is split by ``quick_sentences`` and split again by syntok right after the
paint. Whatever the two splits give, the reader ends up on syntok's sentences, with the quote's
anchor found in them, never on a stale sentence index.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load, make_app, settle

from tui.app.article_state import quick_sentences
from tui.app.panes.layout import ReaderPanes
from tui.app.state import ReaderState
from tui.model.sentences import split_sentences

# syntok keeps "(yes.)" inside its sentence; the punctuation rules end a sentence there.
ARTICLE = "He said (yes.) It rained in Vladivostok on Monday. The talks went on.\n"
TIMELINE = """\
version: 1
articles:
  - id: talks
    path: talks.txt
    title: Talks
    published: 2023-09-11
events:
  - id: rain
    title: It rains in Vladivostok
    date: 2023-09-11
    sources:
      - article: talks
        quote: The talks went on.
"""


def corpus(folder: Path) -> Path:
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


def test_the_two_splits_differ_on_this_article() -> None:
    # What the tests below rely on: otherwise they would not see a second split at all.
    assert quick_sentences(ARTICLE) != split_sentences(ARTICLE)
    assert len(quick_sentences(ARTICLE)) == 3 and len(split_sentences(ARTICLE)) == 2


def test_quick_sentences_keep_lines_apart_and_skip_blank_ones() -> None:
    text = "A headline\n\n  First one. Second one.\r\nLast line"
    spans = [text[s.start : s.end] for s in quick_sentences(text)]
    assert spans == ["A headline", "First one.", "Second one.", "Last line"]


def test_state_shows_quick_sentences_until_syntok_splits_then_anchors_again(
    tmp_path: Path,
) -> None:
    state = ReaderState()
    result = load(corpus(tmp_path))
    assert result.timeline is not None
    state.install(result.timeline)
    state.select("rain")
    shown = state.open_article("talks", quick=True)
    assert shown.quick and shown.sentences == quick_sentences(ARTICLE)
    anchor = state.selected_anchor()
    assert anchor is not None and anchor.sentence == 2  # in the quick sentences
    text = state.corpus.text(result.timeline.article_by_id["talks"])
    assert not text.is_split  # syntok has not run

    assert state.finish_quick_split() == {"talks"}
    anchor = state.selected_anchor()
    assert anchor is not None and anchor.sentence == 1  # found again in syntok's sentences
    shown = state.open_article("talks", quick=True)  # split already: no quick split again
    assert not shown.quick and shown.sentences == split_sentences(ARTICLE)
    assert state.finish_quick_split() == set()


def test_a_split_that_agrees_keeps_its_anchors(tmp_path: Path) -> None:
    state = ReaderState()
    (tmp_path / "talks.txt").write_text("It rained. The talks went on.\n", encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    result = load(tmp_path / "timeline.yaml")
    assert result.timeline is not None
    state.install(result.timeline)
    state.select("rain")
    assert state.open_article("talks", quick=True).quick
    anchor = state.selected_anchor()
    assert state.finish_quick_split() == set()
    assert state.selected_anchor() is anchor


async def test_the_reader_ends_on_syntoks_sentences_and_the_quotes_sentence(
    tmp_path: Path,
) -> None:
    corpus(tmp_path)
    app = make_app(tmp_path, TIMELINE)
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")  # make_app wrote its own
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        assert view.sentences == split_sentences(ARTICLE)
        assert view.cursor_sentence == 1  # "The talks went on." in syntok's split
        assert app.state._quick == {}
        # The map of sentences to wrapped lines is syntok's too, not the quick split's kept.
        assert len(view._sentence_lines) == 2
        first, last = view._sentence_lines[1]
        assert view.lines[first].start <= ARTICLE.index("The talks") < view.lines[last].end


async def test_keys_pressed_before_the_syntok_split_keep_the_text_cursor_where_they_put_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On a loaded machine the split after the first paint can come after the first keys. The
    # reader who moved the Text cursor keeps it on the same words, not back on the quote.
    pending: list[ReaderPanes] = []
    finish = ReaderPanes._finish_quick_split
    monkeypatch.setattr(ReaderPanes, "_finish_quick_split", lambda panes: pending.append(panes))
    corpus(tmp_path)
    app = make_app(tmp_path, TIMELINE)
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        view = app.text_view
        assert app.focused is view and view.sentences == quick_sentences(ARTICLE)
        await pilot.press("home")
        assert view.cursor_sentence == 0
        words = ARTICLE[view.sentences[0].start : view.sentences[0].end]
        assert len(pending) == 1
        finish(pending[0])
        await pilot.pause()
        assert view.sentences == split_sentences(ARTICLE)  # syntok's now
        assert view.cursor_sentence == 0 and app.focused is view
        assert words in ARTICLE[view.sentences[0].start : view.sentences[0].end]


# The same story with an actor the article names: the quick split leaves marking it to later.
WITH_ACTOR = TIMELINE.replace(
    "events:\n", "actors:\n  - id: talks-team\n    name: Vladivostok\nevents:\n"
)


def test_the_quick_split_marks_actors_after_the_paint_keeping_agreeing_anchors(
    tmp_path: Path,
) -> None:
    # Making the mention finder compiles every actor's names: after the first paint, with
    # syntok's split. Sentences that agree keep their anchors; the article is shown again.
    state = ReaderState()
    (tmp_path / "talks.txt").write_text("It rained. The talks went on.\n", encoding="utf-8")
    (tmp_path / "timeline.yaml").write_text(WITH_ACTOR, encoding="utf-8")
    result = load(tmp_path / "timeline.yaml")
    assert result.timeline is not None and result.timeline.actors
    (tmp_path / "talks.txt").write_text("In Vladivostok. The talks went on.\n", encoding="utf-8")
    state.install(result.timeline)
    state.select("rain")
    shown = state.open_article("talks", quick=True)
    assert shown.quick and shown.mentions == [] and state._mention_finder is None
    anchor = state.selected_anchor()
    assert state.finish_quick_split() == {"talks"}  # to show again, with its actors
    assert state.selected_anchor() is anchor
    shown = state.open_article("talks")
    assert [(m.start, m.end, m.actor_id) for m in shown.mentions] == [(3, 14, "talks-team")]
    assert state.finish_quick_split() == set()


async def test_the_reader_marks_the_first_articles_actors_once_painted(tmp_path: Path) -> None:
    corpus(tmp_path)
    app = make_app(tmp_path, WITH_ACTOR)
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")  # make_app wrote its own
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        start = ARTICLE.index("Vladivostok")
        assert [(m.start, m.end) for m in app.text_view.mentions] == [(start, start + 11)]
        assert app.text_view.sentences == split_sentences(ARTICLE)
