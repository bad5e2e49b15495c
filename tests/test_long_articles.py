"""Huge articles (issue 12, section 3): loading is bounded and roughly linear, the reader keeps
answering keys while a long article loads (q quits at any moment), and wrapping and search work
on a single very long line. Load times are printed by bench/bench_long_inputs.py."""

from __future__ import annotations

import itertools
import random
import re
import threading
import time
from pathlib import Path

import pytest
from conftest import settle, wait_for, workers_done

from tui.app.app import ReaderApp, default_loader
from tui.app.article_state import BACKGROUND_CHARS
from tui.app.panes import text as text_pane
from tui.app.panes import text_wrap
from tui.model import articles as articles_module
from tui.model.sentences import LONG_LINE, Interrupted, split_sentences

SENTENCES = [
    "President Obama spoke with Hosni Mubarak on Friday.",
    "Protesters filled Tahrir Square in Cairo for a fourth day.",
    "The army said it would not fire on the crowds, officials said.",
    "Mr. Mubarak named a vice president, Omar Suleiman, on Saturday.",
]
TIMELINE = """version: 1
articles:
  - id: long
    path: long.txt
    title: A long article
    published: 2011-01-30
actors:
  - id: obama
    name: Barack Obama
    kind: person
    aliases: [Obama]
events:
  - id: spoke
    title: Obama and Mubarak speak
    date: 2011-01-28
    actors: [obama]
    sources:
      - article: long
        quote: Protesters filled Tahrir Square in Cairo for a fourth day.
"""


def _one_line(size: int) -> str:
    text = " ".join(itertools.islice(itertools.cycle(SENTENCES), size // 40 + 1))
    return text[: text.rfind(".", 0, size) + 1]


def _reader(folder: Path, text: str) -> ReaderApp:
    (folder / "long.txt").write_text(text, encoding="utf-8")
    (folder / "timeline.yaml").write_text(TIMELINE, encoding="utf-8")
    return ReaderApp(
        folder / "timeline.yaml",
        loader=default_loader,
        watch=False,
        keymap_path=folder / "no-config.toml",
    )


# --- the model: sentences of a long line -------------------------------------------------------


def test_a_long_line_is_split_by_punctuation_rules() -> None:
    text = _one_line(3 * LONG_LINE)
    found = split_sentences(text)
    assert len(found) == sum(text.count(sentence) for sentence in SENTENCES)
    assert all(text[s.start : s.end] in SENTENCES for s in found)  # "Mr." does not end one
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_splitting_stops_when_asked() -> None:
    asked = 0

    def should_stop() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(Interrupted):
        split_sentences(_one_line(50 * LONG_LINE), should_stop)
    with pytest.raises(Interrupted):
        split_sentences("\n".join(SENTENCES * 10), should_stop)


# --- the Text pane: wrapping ------------------------------------------------------------------


def _general_wrap(text: str, width: int) -> list[tuple[int, int]]:
    saved = text_wrap._SINGLE_CELL
    text_wrap._SINGLE_CELL = re.compile("(?!)")  # never matches: the general, cell-measuring wrap
    try:
        return text_wrap.wrap_spans(text, width)
    finally:
        text_wrap._SINGLE_CELL = saved


def test_the_fast_wrap_equals_the_general_one() -> None:
    rng = random.Random(7)
    alphabet = "ab cd  efgh ijkl mnop qrst uvwxyz \u2014\u201c\u201d.,\u00e9\u0436"
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        if rng.random() < 0.3:
            text = " " * rng.randint(1, 6) + text
        if rng.random() < 0.3:
            text = text.replace("a", "a" * rng.randint(5, 60))
        for width in (4, 9, 23, 60):
            assert text_wrap.wrap_spans(text, width) == _general_wrap(text, width), (text, width)


def test_wide_or_escaped_characters_take_the_general_wrap() -> None:
    text = "\u4e2d\u6587 " * 30 + "tab\there " * 10
    assert text_wrap.wrap_spans(text, 20) == _general_wrap(text, 20)
    assert not text_wrap._SINGLE_CELL.fullmatch(text)


# --- the reader --------------------------------------------------------------------------------


async def test_a_long_single_line_article_loads_and_links(tmp_path: Path) -> None:
    text = _one_line(1_000_000)
    assert "\n" not in text and len(text) > BACKGROUND_CHARS
    app = _reader(tmp_path, text)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await workers_done(app)
        await pilot.pause()
        view = app.text_view
        assert view.note is None and view.text == text
        assert len(view.sentences) == sum(text.count(sentence) for sentence in SENTENCES)
        # The event's quote is anchored once the sentences are known: the cursor is on it.
        sentence = view.sentences[view.cursor_sentence]
        assert text[sentence.start : sentence.end] == SENTENCES[1]
        assert view.source_span is not None
        assert any(m.actor_id == "obama" for m in view.mentions)
        # Search in the long line, and step through its matches.
        await pilot.press("2", "slash", *"Suleiman", "enter")
        assert app.state.search is not None and len(app.state.search.spans) == text.count(
            "Suleiman"
        )
        before = view.cursor_sentence
        await pilot.press("n")
        assert view.cursor_sentence != before
        shown = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "Suleiman" in shown
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_q_quits_while_a_long_article_is_still_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A split that only ends when told to stop: loading "takes forever" unless q cancels it.
    started, stopped = threading.Event(), threading.Event()

    def endless_split(text: str, should_stop: object = None) -> list[object]:
        started.set()
        for _ in range(2000):  # at most 20 s, so that a broken cancel fails instead of hanging
            if should_stop is not None and should_stop():  # type: ignore[operator]
                stopped.set()
                raise Interrupted
            time.sleep(0.01)
        return []

    monkeypatch.setattr(articles_module, "split_sentences", endless_split)
    app = _reader(tmp_path, _one_line(BACKGROUND_CHARS + 1000))
    async with app.run_test(size=(120, 36)) as pilot:
        # Not settle(): that waits for every worker, this one included.
        assert await wait_for(pilot, started.is_set, 10)
        assert app.text_view.note is not None and "loading" in app.text_view.note
        await pilot.press("j")  # keys are still handled while it loads
        assert app.is_running
        await pilot.press("q")
    assert stopped.wait(10)


async def test_a_resize_burst_wraps_a_huge_article_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Long enough that ten resizes fit inside it even on a loaded machine (the burst must end
    # before the debounce fires for the test to mean anything); the wait below allows for it.
    monkeypatch.setattr(text_pane, "REWRAP_DELAY", 4.0)
    app = _reader(tmp_path, _one_line(BACKGROUND_CHARS * 2))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        view = app.text_view
        assert view.note is None and view.sentences
        widths: list[int] = []
        wrap = text_pane.ArticleView._wrap

        def counting_wrap(self: text_pane.ArticleView, width: int) -> object:
            widths.append(width)
            return wrap(self, width)

        monkeypatch.setattr(text_pane.ArticleView, "_wrap", counting_wrap)
        for columns in (100, 90, 130, 80, 110, 95, 140, 85, 125, 105):
            await pilot.resize_terminal(columns, 36)
        await pilot.press("j")  # keys are handled during the burst
        assert widths == []  # nothing wrapped while the size kept changing
        assert await wait_for(pilot, lambda: len(widths) == 1, 30)
        assert widths == [view._text_width()] and view._wrapped_width == widths[0]
        assert view.lines_of_sentence(view.cursor_sentence) is not None
