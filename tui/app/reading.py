"""The reader's tools for stories of hundreds of articles, a part of :class:`ReaderApp`.

``F`` searches every article and quote (the index is built in a worker, once per load) and
lists the sentences found; Enter reads one in Text and ``n``/``N`` go on through them. ``b``
browses the articles. ``O`` in Text opens the article's url through a seam (tests pass
``url_opener``). The palette's "Export the current view…" writes the events shown. The state
lives in :class:`~tui.app.state.ReaderState` like everything else; these are the handlers that
turn keys into its changes, kept out of app.py so that it stays one job.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.app.panes.text import ArticleView
from tui.model.diagnostics import printable
from tui.model.sentences import Interrupted
from tui.model.timeline import Timeline

# The screens are imported when first opened: the reader's first paint needs none of them.
if TYPE_CHECKING:
    from tui.app.palette import AskExport
    from tui.app.screens.search import ResultChoice
    from tui.model.search import SearchIndex


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the user's web browser (``webbrowser`` is imported only when asked)."""
    import webbrowser

    return webbrowser.open(url)


class ReadingTools:
    """F, b, O and "Export the current view…", mixed into :class:`ReaderApp`, whose state,
    panes and screens they use (``self`` is the app)."""

    def action_search_all(self) -> None:
        """F: search every article and quote; the index is built meanwhile, once per load."""
        timeline = self.state.timeline
        if timeline is None:
            return
        if self.state.search_index is None:
            self._build_search_index(timeline)

        def done(value: str | None) -> None:
            if value is None or not value.strip():
                return
            if self.state.search_index is None:
                self._pending_search = value
                self.notify(f"indexing {len(timeline.articles)} articles…", timeout=2)
                return
            self.show_results(value)

        from tui.app.screens.prompt import PromptScreen

        search = self.state.search
        self.push_screen(
            PromptScreen("Search all articles and quotes:", search.query if search else ""), done
        )

    @work(thread=True, exclusive=True, group="search-index")
    def _build_search_index(self, timeline: Timeline) -> None:
        worker = get_current_worker()
        try:
            index = self.state.build_search_index(timeline, lambda: worker.is_cancelled)
        except Interrupted:
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._search_index_built, timeline, index)

    def _search_index_built(self, timeline: Timeline, index: SearchIndex) -> None:
        if not self.state.keep_search_index(timeline, index):
            # A reload came meanwhile: index what is shown now, the query still waiting.
            if self._pending_search is not None and self.state.timeline is not None:
                self._build_search_index(self.state.timeline)
            return
        if self._pending_search is not None:
            query, self._pending_search = self._pending_search, None
            self.show_results(query)

    def show_results(self, query: str, current: int = 0) -> None:
        """Search everything for ``query`` and list the sentences that hold it."""
        index, timeline = self.state.search_index, self.state.timeline
        if index is None or timeline is None:
            return
        results = index.search(query)
        self.panes.set_search(None)  # the other searches' marks go
        self.state.search_all(results)
        self._update_header()
        from tui.app.screens.search import SearchResultsScreen

        self.push_screen(SearchResultsScreen(timeline, results, current), self._result_chosen)

    def _result_chosen(self, choice: ResultChoice | None) -> None:
        search = self.state.search
        if choice is None or search is None or search.results is None:
            return
        if choice.action == "filter":
            self.set_filters(replace(self.state.filters, matching=search.query))
            self.events_list.focus()
            return
        self.state.search_all(search.results, choice.index)
        self.show_hit()

    def show_hit(self) -> None:
        """Show the current hit of the search of everything: its sentence in Text, marked."""
        search = self.state.search
        hit = search.hit if search is not None else None
        if hit is None or search is None or search.results is None:
            return
        if hit.in_quote:  # a quote not found in its article: show its event instead
            self.select_event(hit.event_ids[0])
        else:
            if hit.article_id != self.state.article_id:
                self.show_article(hit.article_id)
            view = self.text_view
            view.set_matches(self.state.hit_spans(hit.article_id))
            if view.sentences:
                view.set_cursor_sentence(view.sentence_at_offset(hit.offset), center=True)
            self.panes.focus_pane("text")
        self._update_header()
        counter = search.results.counter(search.current)
        self.notify(f"{counter}: {printable(search.query)}", timeout=2, markup=False)

    def action_articles(self) -> None:
        """b: the article browser; the article chosen opens in Text."""
        timeline = self.state.timeline
        if timeline is None:
            return

        def chosen(article_id: str | None) -> None:
            if article_id is not None:
                self.show_article(article_id, focus=True)

        from tui.app.screens.articles import ArticlesScreen

        self.push_screen(ArticlesScreen(timeline, self.state.article_id), chosen)

    def on_article_view_open_url_requested(self, message: ArticleView.OpenUrlRequested) -> None:
        """O in Text: open the url through the seam; a failure is a message."""
        try:
            opened = self.url_opener(message.url)
        except Exception as error:  # no browser, a broken one: say so, never crash
            opened, why = False, str(error)
        else:
            why = "no web browser found"
        url = printable(message.url)
        if opened is False:
            self.notify(f"cannot open {url}: {printable(why)}", severity="warning", markup=False)
        else:
            self.notify(f"opening {url}", timeout=3, markup=False)

    def on_ask_export(self, message: AskExport) -> None:
        """The palette's \"Export the current view…\"."""
        self.prompt_export()

    def prompt_export(self) -> None:
        """Ask for a file and export the events shown to it (the suffix picks the format)."""
        if self.state.timeline is None:
            return

        def done(value: str | None) -> None:
            if value is None or not value.strip():
                return
            event_ids = [event.id for event in self.state.shown_events]
            self._export_view(event_ids, Path(value.strip()).expanduser())

        from tui.app.screens.prompt import PromptScreen

        self.push_screen(
            PromptScreen(
                "Export the events shown to (the suffix picks the format: .md .csv .json .ics "
                ".timelinejs.json):",
                "timeline-view.md",
            ),
            done,
        )

    @work(thread=True, group="export")
    def _export_view(self, event_ids: list[str], output: Path) -> None:
        # Loading with every quote anchored takes a moment on a big timeline: off the UI thread.
        from tui.model.export.view import ViewExport, export_view

        title = f"Timeline: {self.timeline_path.resolve().parent.name}"
        try:
            outcome = export_view(self.timeline_path, event_ids, output, title)
        except Exception as error:  # an export bug becomes a message, not a crash
            outcome = ViewExport(False, f"{output}: cannot export: {error}")
        self.call_from_thread(
            self.notify,
            printable(outcome.message),
            title="Exported" if outcome.written else "Not exported",
            severity="information" if outcome.written else "warning",
            markup=False,
            timeout=6,
        )
