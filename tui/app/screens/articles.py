"""The article browser (``b``): every article by date, with outlet, title and events; typing
filters it, Enter opens the article in Text.

Typing goes to the filter line at the top; up, down, page up and page down move the list's
cursor meanwhile, so finding an article is type-and-Enter. The screen dismisses with the
chosen article's id, or ``None`` (Escape).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.app.panes.line_list import LineList
from tui.app.screen_keys import ARTICLES_KEYS
from tui.app.widgets.footer import FittingFooter
from tui.model.diagnostics import count, printable
from tui.model.timeline import Article, Timeline


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article as the browser lists it."""

    article: Article
    date: str
    outlet: str
    title: str
    events: int

    def holds(self, words: list[str]) -> bool:
        """Whether every one of ``words`` (case-folded) is in the row's date, outlet or title."""
        haystack = f"{self.date} {self.outlet} {self.title} {self.article.id}".casefold()
        return all(word in haystack for word in words)


def article_rows(timeline: Timeline) -> list[ArticleRow]:
    """Every article by publication date (undated last), with how many events cite it."""
    cited: dict[str, int] = {}
    for event in timeline.events:
        for article_id in {source.article for source in event.sources}:
            cited[article_id] = cited.get(article_id, 0) + 1
    articles = sorted(
        timeline.articles, key=lambda a: (a.published or dt.date.max, a.title.casefold(), a.id)
    )
    return [
        ArticleRow(
            article,
            article.published.isoformat() if article.published else "undated",
            article.source,
            article.title or article.path,
            cited.get(article.id, 0),
        )
        for article in articles
    ]


class ArticleList(LineList):
    """The articles the filter keeps."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "articles--cursor",
        "articles--date",
        "articles--outlet",
        "articles--count",
    }

    DEFAULT_CSS = """
    ArticleList { background: $surface; height: 1fr; }
    ArticleList > .articles--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    ArticleList > .articles--date { color: $text-muted; }
    ArticleList > .articles--outlet { color: $secondary; }
    ArticleList > .articles--count { color: $text-muted; }
    """

    class Chosen(Message):
        """Enter (or a double click) on an article."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, rows: list[ArticleRow], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.all_rows = rows
        self.rows = rows
        self._outlet_width = min(18, max((cell_len(r.outlet) for r in rows), default=0))
        self.empty_message = "No articles in the timeline" if not rows else ""

    @on(events.Mount)
    def _fill(self) -> None:
        self.rows_changed()
        self.move_cursor(0, notify=False)

    def narrow(self, text: str) -> None:
        """Keep the articles holding every word of ``text``, the cursor on the first."""
        words = text.casefold().split()
        self.rows = [row for row in self.all_rows if row.holds(words)] if words else self.all_rows
        if self.all_rows:
            self.empty_message = f"No article matches {text!r}"
        self.rows_changed()
        self.move_cursor(0, notify=False)

    @property
    def cursor_article_id(self) -> str | None:
        """The article under the cursor, if any."""
        if 0 <= self.cursor_row < len(self.rows):
            return self.rows[self.cursor_row].article.id
        return None

    def row_count(self) -> int:
        return len(self.rows)

    def action_choose(self) -> None:
        article_id = self.cursor_article_id
        if article_id is not None:
            self.post_message(self.Chosen(article_id))

    def render_row(self, index: int, width: int, is_cursor: bool) -> Text:
        row = self.rows[index]
        text = Text()
        text.append(f"{row.date:<10} ", self.style_of("articles--date"))
        if self._outlet_width:
            outlet = Text(printable(row.outlet))
            outlet.truncate(self._outlet_width, overflow="ellipsis", pad=True)
            outlet.stylize(self.style_of("articles--outlet"))
            text.append_text(outlet)
            text.append(" ")
        events = f" {count(row.events, 'event')}"
        title = Text(printable(row.title))
        title.truncate(max(1, width - text.cell_len - len(events)), overflow="ellipsis", pad=True)
        text.append_text(title)
        text.append(events, self.style_of("articles--count"))
        if is_cursor:
            text.stylize(self.style_of("articles--cursor"))
        return text


class ArticlesScreen(ModalScreen[str | None]):
    """Every article, filterable by typing; Enter opens one in Text."""

    BINDINGS: ClassVar[list[BindingType]] = ARTICLES_KEYS

    DEFAULT_CSS = """
    ArticlesScreen { background: $background 60%; }
    ArticlesScreen #articles-header {
        height: 1; background: $primary; color: $text; padding: 0 1;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    ArticlesScreen #articles-filter { border: none; height: 1; padding: 0 1; }
    """

    def __init__(self, timeline: Timeline, current: str | None = None) -> None:
        super().__init__()
        self.list = ArticleList(article_rows(timeline), id="articles")
        self.current = current

    def compose(self) -> ComposeResult:
        yield Static(id="articles-header")
        yield Input(placeholder="type to filter by title, outlet or date", id="articles-filter")
        yield self.list
        yield FittingFooter()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.current is not None:
            for index, row in enumerate(self.list.rows):
                if row.article.id == self.current:
                    self.list.call_after_refresh(self.list.move_cursor, index, center=True)
        self._show_header()

    def _show_header(self) -> None:
        shown, total = len(self.list.rows), len(self.list.all_rows)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("Articles", style="bold")
        text.append(f" · {shown} of {total}" if shown != total else f" · {total}")
        text.append(" · by date · Enter opens in Text")
        self.query_one("#articles-header", Static).update(text)

    def on_input_changed(self, message: Input.Changed) -> None:
        message.stop()
        self.list.narrow(message.value)
        self._show_header()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.list.action_choose()

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        message.stop()
        if self.is_active:  # a second Enter in one burst must not pop the reader itself
            self.dismiss(message.article_id)

    def action_move(self, step: int) -> None:
        """up/down (and page keys) move the list's cursor while typing in the filter."""
        articles = self.list
        if not articles.rows:
            return
        if abs(step) > 1:
            step = step // abs(step) * max(1, articles.scrollable_content_region.height - 1)
        articles.move_cursor(max(0, articles.cursor_row) + step, notify=False)

    def action_close(self) -> None:
        if self.is_active:
            self.dismiss(None)
