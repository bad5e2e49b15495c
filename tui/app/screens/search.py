"""The results of a search of every article and quote (``F``): one entry per sentence.

Each entry is two or three lines: the article's title and date (with the entry's number, the
line the cursor stops on), the sentence with every match marked, and the events that cite that
sentence. Enter opens the sentence in Text, ``f`` keeps only the events whose title or quotes
match, ``n``/``N`` move from entry to entry. The screen dismisses with a
:class:`ResultChoice`, or ``None`` (Escape).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.panes.citation import article_caption
from tui.app.panes.line_list import LineList
from tui.app.screen_keys import RESULTS_KEYS, RESULTS_LIST_KEYS
from tui.app.widgets.footer import FittingFooter
from tui.model.diagnostics import printable
from tui.model.search import Hit, Results
from tui.model.timeline import Timeline

Part = Literal["head", "sentence", "cited"]
# How much of a long sentence shows before its first match.
LEAD = 24


@dataclass(frozen=True, slots=True)
class ResultChoice:
    """What the user chose: open hit ``index`` in Text, or filter the events to the matches."""

    action: Literal["open", "filter"]
    index: int = -1


def article_label(timeline: Timeline, article_id: str) -> str:
    """``Title · Outlet · Mon 11 Sep 2023`` for an article (its id when it is not listed)."""
    article = timeline.article_by_id.get(article_id)
    return article_caption(article) if article is not None else article_id


def sentence_text(hit: Hit, width: int, match_style: object) -> Text:
    """The hit's sentence on one line, starting a little before the first match when long."""
    sentence = hit.sentence
    first = hit.matches[0][0] - hit.start if hit.matches else 0
    cut = 0
    if len(sentence) > width and first > LEAD:
        # Start at a word a little before the first match, so the match is on screen.
        space = sentence.rfind(" ", 0, first - LEAD)
        cut = space + 1 if space >= 0 and first - space < 2 * LEAD else first - LEAD
    text = Text("…" if cut else "")
    offset = len(text.plain) - cut
    text.append(printable(" ".join(sentence[cut:].split("\n"))))
    for start, end in hit.matches:
        # printable() may widen control characters; marks then land a little off, never wrong
        # text: they only colour.
        text.stylize(match_style, start - hit.start + offset, end - hit.start + offset)  # type: ignore[arg-type]
    return text


class ResultList(LineList):
    """The entries, each a title line, a sentence line and maybe a line of citing events."""

    BINDINGS: ClassVar[list[BindingType]] = RESULTS_LIST_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "results--cursor",
        "results--head",
        "results--number",
        "results--match",
        "results--cited",
    }

    DEFAULT_CSS = """
    ResultList { background: $surface; height: 1fr; }
    ResultList > .results--cursor { background: $block-cursor-blurred-background; }
    ResultList:focus > .results--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    ResultList > .results--head { text-style: bold; }
    ResultList > .results--number { color: $text-muted; }
    ResultList > .results--match { background: $warning 60%; text-style: bold; }
    ResultList > .results--cited { color: $success; }
    """

    class Moved(Message):
        """The cursor is on hit ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Chosen(Message):
        """Enter on hit ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, timeline: Timeline, results: Results, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timeline = timeline
        self.results = results
        self.rows: list[tuple[int, Part]] = []
        self.row_of_hit: list[int] = []
        for number, hit in enumerate(results.hits):
            self.row_of_hit.append(len(self.rows))
            self.rows += [(number, "head"), (number, "sentence")]
            if hit.event_ids:
                self.rows.append((number, "cited"))
        self.empty_message = f"Nothing holds {results.query!r}"

    @on(events.Mount)
    def _fill(self) -> None:
        self.rows_changed()

    @property
    def hit_index(self) -> int:
        """The hit under the cursor (-1: none)."""
        if 0 <= self.cursor_row < len(self.rows):
            return self.rows[self.cursor_row][0]
        return -1

    def select_hit(self, index: int) -> None:
        """Put the cursor on hit ``index`` (clamped)."""
        if self.row_of_hit:
            index = max(0, min(index, len(self.row_of_hit) - 1))
            self.move_cursor(self.row_of_hit[index], center=True)

    def row_count(self) -> int:
        return len(self.rows)

    def is_selectable(self, index: int) -> bool:
        return self.rows[index][1] == "head"

    def on_cursor_moved(self, index: int) -> None:
        self.post_message(self.Moved(self.rows[index][0]))

    def action_choose(self) -> None:
        if self.hit_index >= 0:
            self.post_message(self.Chosen(self.hit_index))

    def action_step_hit(self, step: int) -> None:
        """n / N: the next or previous entry, wrapping round."""
        count = len(self.row_of_hit)
        if count:
            current = self.hit_index
            self.select_hit((current + step) % count if current >= 0 else 0)

    def render_row(self, index: int, width: int, is_cursor: bool) -> Text:
        number, part = self.rows[index]
        hit = self.results.hits[number]
        if part == "head":
            text = Text()
            text.append(f"{self.results.counter(number):>9} ", self.style_of("results--number"))
            label = article_label(self.timeline, hit.article_id)
            if hit.in_quote:
                label += " · a quote not found in the article"
            text.append(printable(label), self.style_of("results--head"))
            if is_cursor:
                text.stylize(self.style_of("results--cursor"))
            return text
        if part == "sentence":
            return Text("  ") + sentence_text(hit, width - 2, self.style_of("results--match"))
        titles = [
            self.timeline.event_by_id[e].title if e in self.timeline.event_by_id else e
            for e in hit.event_ids
        ]
        return Text(
            "  ▶ cited by: " + printable("; ".join(titles)), self.style_of("results--cited")
        )


class SearchResultsScreen(ModalScreen[ResultChoice | None]):
    """Every sentence of every article (and every quote) holding the query."""

    BINDINGS: ClassVar[list[BindingType]] = RESULTS_KEYS

    DEFAULT_CSS = """
    SearchResultsScreen { background: $background 60%; }
    SearchResultsScreen #results-header {
        height: 1; background: $primary; color: $text; padding: 0 1;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    def __init__(self, timeline: Timeline, results: Results, current: int = 0) -> None:
        super().__init__()
        self.timeline = timeline
        self.results = results
        self.initial = max(0, current)
        self.list = ResultList(timeline, results, id="results")

    def compose(self) -> ComposeResult:
        yield Static(id="results-header")
        yield self.list
        yield FittingFooter()

    def on_mount(self) -> None:
        self.list.focus()
        self.list.select_hit(self.initial)
        self._show_header(self.list.hit_index)

    def _show_header(self, index: int) -> None:
        results = self.results
        articles = len({hit.article_id for hit in results.hits})
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("Search all articles and quotes: ", style="bold")
        text.append(printable(results.query), style="bold reverse")
        text.append(f" · {results.counter(index)}")
        text.append(f" · in {articles} article{'s' if articles != 1 else ''}")
        if not results.complete:
            text.append(f" · the first {len(results.hits)} shown")
        self.query_one("#results-header", Static).update(text)

    def on_result_list_moved(self, message: ResultList.Moved) -> None:
        message.stop()
        self._show_header(message.index)

    def on_result_list_chosen(self, message: ResultList.Chosen) -> None:
        message.stop()
        if self.is_active:  # a second Enter in one burst must not pop the reader itself
            self.dismiss(ResultChoice("open", message.index))

    def action_filter_matches(self) -> None:
        """f: keep only the events whose title or quotes hold the query."""
        if self.is_active:
            self.dismiss(ResultChoice("filter"))

    def action_close(self) -> None:
        if self.is_active:
            self.dismiss(None)
