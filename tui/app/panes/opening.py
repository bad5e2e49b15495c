"""Opening an article in the Text pane, a part of :class:`~tui.app.panes.layout.ReaderPanes`.

:class:`ArticleOpening` shows an article with its sentences, marks and search: the first one
split quickly by punctuation and again by syntok once painted, a huge one split in a worker
(keys still work meanwhile), and the articles of the events next to the cursor read and split
ahead in a worker, so that the next moves find them ready.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.worker import get_current_worker

from tui.app.article_state import in_background
from tui.app.panes.citation import article_caption
from tui.model.articles import ArticleText
from tui.model.diagnostics import printable
from tui.model.mentions import Mention
from tui.model.sentences import Interrupted
from tui.model.timeline import Article

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.app import App

    from tui.app.panes.events import EventList
    from tui.app.panes.text import ArticleView
    from tui.app.state import ReaderState

TEXT_TITLE = "2 Text"
# Events around the cursor whose articles are read and split ahead, after the frame: most moves
# show another article, and splitting its sentences was most of a move's work.
PREFETCH_AFTER = 3
PREFETCH_BEFORE = 1


class ArticleOpening:
    """The Text pane's article, mixed into :class:`~tui.app.panes.layout.ReaderPanes`
    (``self`` is the panes)."""

    if TYPE_CHECKING:  # what ReaderPanes provides, for readers and type checkers
        state: ReaderState
        app: App[Any]
        events_list: EventList
        text_view: ArticleView
        _article_opened: bool

        def call_after_refresh(self, callback: Callable[..., Any], *args: Any) -> bool: ...
        def show_event(self, event_id: str) -> None: ...
        def update_marks(self) -> None: ...
        def cite_sentence(self, sentence: int) -> None: ...
        def run_text_search(self, query: str) -> None: ...

    def _prefetch_near(self, event_id: str) -> None:
        """Read and split, in a worker, the articles of the events listed next to ``event_id``
        (a few below, one above), so that the next moves find them ready."""
        state = self.state
        timeline = state.timeline
        events_list = self.events_list
        row = events_list.row_of_event.get(event_id)
        if timeline is None or row is None or state.selected_event_id != event_id:
            return  # the cursor moved on: its own call prefetches
        articles: list[Article] = []
        rows = events_list.rows
        for step, count in ((1, PREFETCH_AFTER), (-1, PREFETCH_BEFORE)):
            index = row + step
            while count and 0 <= index < len(rows):
                event = rows[index].event
                index += step
                if event is None or not event.sources:
                    continue
                count -= 1
                article = timeline.article_by_id.get(event.sources[0].article)
                if article is not None and article.id != state.article_id:
                    articles.append(article)
        if articles:
            self._prefetch(articles)

    @work(thread=True, exclusive=True, group="prefetch")
    def _prefetch(self, articles: list[Article]) -> None:
        """Read and split ``articles`` off the UI thread; stops when another move cancels it.

        The texts go to the state's corpus cache and their sentences into the texts, each put
        there in one step, so the UI thread finds a text either ready or still to split."""
        worker = get_current_worker()
        corpus = self.state.corpus
        for article in articles:
            if worker.is_cancelled:
                return
            text = corpus.text(article)
            if text.error is not None or text.is_split or in_background(text):
                continue
            try:
                text.split(lambda: worker.is_cancelled)
            except Interrupted:
                return

    def open_article(self, article_id: str | None) -> None:
        """Show ``article_id`` in the Text pane (a message in its place when unreadable).

        The first article shown is split by punctuation rules for the first paint, and by
        syntok right after it (:meth:`_finish_quick_split`)."""
        shown = self.state.open_article(article_id, quick=not self._article_opened)
        self._article_opened = True
        if shown.quick:
            self.call_after_refresh(self._finish_quick_split)
        view = self.text_view
        if shown.pending is not None:
            # A huge article: split and search it in a worker, so that keys (q) still work.
            size = len(shown.pending.text) / 1e6
            note = f"loading the article ({size:.1f} million characters)…"
            view.set_article(shown.article, "", [], None, [], note=note)
            self._prepare_article(shown.pending)
            return
        view.set_article(shown.article, shown.text, shown.sentences, shown.error, shown.mentions)
        search = self.state.search
        if search is not None and search.scope == "text" and shown.article is not None:
            self.run_text_search(search.query)
        elif search is not None and search.scope == "all" and shown.article is not None:
            view.set_matches(self.state.hit_spans(shown.article.id))

    def _finish_quick_split(self) -> None:
        """Split the first article by syntok now that it is painted; show it again only if
        that found other sentences (its anchors were dropped: found again here)."""
        state = self.state
        changed = state.finish_quick_split()
        article_id = state.article_id
        if article_id not in changed:
            return
        view = self.text_view
        # Keys pressed before the split (a fast reader, a loaded machine) may have moved the
        # Text cursor: it stays on the same words, never sent back to the event's quote.
        moved_in_text = self.app.focused is view and 0 <= view.cursor_sentence < len(view.sentences)
        offset = view.sentences[view.cursor_sentence].start if moved_in_text else 0
        view.forget_layouts()
        self.open_article(article_id)
        if moved_in_text:
            view.set_cursor_sentence(view.sentence_at_offset(offset))
        elif state.selected_source_article() == article_id:
            self.show_event(state.selected_event_id or "")
        else:
            self.update_marks()

    @work(thread=True, exclusive=True, group="article")
    def _prepare_article(self, text: ArticleText) -> None:
        """Split a huge article and find its mentions off the UI thread; stops when cancelled
        (another article opened, or the reader quitting)."""
        worker = get_current_worker()
        try:
            text.split(lambda: worker.is_cancelled)
        except Interrupted:
            return
        mentions = self.state.find_mentions(text.text)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._article_prepared, text, mentions)

    def _article_prepared(self, text: ArticleText, mentions: list[Mention]) -> None:
        state = self.state
        if not state.article_prepared(text, mentions):
            return  # another article is shown now
        self.open_article(text.article_id)
        if state.selected_source_article() == text.article_id:
            self.show_event(state.selected_event_id or "")
            return
        self.update_marks()
        self.cite_sentence(0)

    def show_article(self, article_id: str, *, focus: bool = False) -> None:
        """Show ``article_id`` from its start, marks and cited events updated."""
        self.open_article(article_id)
        self.text_view.set_title(self.text_title())
        self.update_marks()
        self.cite_sentence(0)
        if focus:
            self.text_view.focus()

    def text_title(self, extra: str = "") -> Text:
        """``2 Text · source 1 of 2 · Title · Outlet · Mon 11 Sep 2023``: the article named.

        A Text, not a str: a str title would be read as markup, and titles are the user's.
        """
        timeline = self.state.timeline
        article_id = self.state.article_id
        article = timeline.article_by_id.get(article_id) if timeline and article_id else None
        caption = f" · {printable(article_caption(article))}" if article is not None else ""
        return Text(f"{TEXT_TITLE}{extra}{caption}")
