"""The three linked panes (Events, Text, Actors), rendered from the reader's state.

:class:`ReaderPanes` owns the panes and pushes :class:`~tui.app.state.ReaderState` down to them:
which events are listed, which article is in Text with which sentence, quote and actors marked,
which events cite the sentence under the cursor, and which pane is shown and focused. It reads
the state and asks it to change (select, open an article), never keeps state of its own; the app
decides what a key or message means and calls these methods. Opening an article in Text
(quick first split, huge articles and the neighbours' articles in workers) is
:mod:`tui.app.panes.opening`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.containers import Container

from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList, EventsPane, TimeRuler
from tui.app.panes.line_list import LineList
from tui.app.panes.opening import TEXT_TITLE, ArticleOpening
from tui.app.panes.rows import list_changes, opening_event
from tui.app.panes.text import ArticleView
from tui.app.state import ReaderState, step_to

if TYPE_CHECKING:
    # Imported when first shown (below 160 columns, only with i): the first paint needs none.
    from tui.app.panes.inspector import Inspector

# From this width the panes stand side by side, and the inspector is on unless switched off.
WIDE = 160


class ReaderPanes(ArticleOpening, Container):
    """Events, Text and Actors, linked through the reader's state."""

    # No border, padding or content of its own, and its panes cover it: Textual paints it as
    # blank lines instead of styling each of its lines (5 million instructions a full frame).
    BLANK = True

    def __init__(
        self, state: ReaderState, on_selection: Callable[[], None], *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.state = state
        # Called after the selection changed: the app refreshes the keys that now apply.
        self._on_selection = on_selection
        # Whether an article was shown yet: the first is split quickly (see open_article).
        self._article_opened = False

    def compose(self) -> ComposeResult:
        events_pane = EventsPane(id="events-pane")
        events_pane.border_title = "1 Events"
        yield events_pane
        text = ArticleView(id="text")
        text.set_title(TEXT_TITLE)
        yield text
        actors = ActorList(id="actors")
        actors.border_title = "3 Actors"
        yield actors
        # Hidden below 160 columns until switched on: mounted then (see inspector), as a
        # hidden pane's styles and layout cost the first frame all the same.
        if self.inspector_on():
            from tui.app.panes.inspector import Inspector

            yield Inspector(id="inspector")

    @property
    def events_list(self) -> EventList:
        """The Events list."""
        return self.query_one("#events", EventList)

    @property
    def text_view(self) -> ArticleView:
        """The Text pane."""
        return self.query_one("#text", ArticleView)

    @property
    def actors_list(self) -> ActorList:
        """The Actors list."""
        return self.query_one("#actors", ActorList)

    @property
    def inspector(self) -> Inspector:
        """The inspector, mounted (after the other panes) the first time it is needed."""
        from tui.app.panes.inspector import Inspector

        for child in self.children:
            if isinstance(child, Inspector):
                return child
        inspector = Inspector(id="inspector")
        self.mount(inspector)
        return inspector

    # --- the inspector -----------------------------------------------------------------------

    def inspector_on(self) -> bool:
        """Whether the inspector shows: as switched with ``i``, else from 160 columns; always
        in review mode."""
        curation = self.state.curation
        if curation.reviewing:
            return True
        if curation.inspector is not None:
            return curation.inspector
        return self.app.size.width >= WIDE

    def set_inspector(self, on: bool | None) -> None:
        """Switch the inspector on or off (None: by the width)."""
        self.state.curation.inspector = on
        self.show_inspector_state()

    def toggle_inspector(self) -> None:
        """``i``: the inspector on when off, off when on."""
        self.set_inspector(not self.inspector_on())

    def show_inspector_state(self) -> None:
        """Show or hide the inspector as :meth:`inspector_on` says, and fill it."""
        on = self.inspector_on()
        self.screen.set_class(on, "-inspector")
        if on:
            self.update_inspector()

    def on_resize(self) -> None:
        """Crossing 160 columns switches the inspector's default."""
        self.show_inspector_state()

    def update_inspector(self) -> None:
        """Show the actor under the Actors cursor (when Actors has the focus), else the
        selected event; nothing while the inspector is off."""
        if not self.screen.has_class("-inspector"):
            return
        from tui.app.panes.inspector import actor_details, event_details

        inspector = self.inspector
        state = self.state
        timeline = state.timeline
        if timeline is None:
            inspector.show_nothing("no timeline loaded")
            return
        actors = self.actors_list
        actor = timeline.actor_by_id.get(actors.cursor_actor_id or "")
        if actor is not None and self.screen.focused is actors:
            events = state.event_counts.get(actor.id, 0)
            inspector.show("actor", actor.id, actor_details(timeline, actor, events))
            return
        event = state.selected_event
        if event is None:
            inspector.show_nothing("no event selected")
            return
        to_review = event.id in state.curation.to_review
        inspector.show("event", event.id, event_details(timeline, event, to_review=to_review))

    # --- events ------------------------------------------------------------------------------

    def show_events(self, keep: str | None = None, *, edited: bool = False) -> None:
        """List the events the filters keep, the cursor on ``keep`` when it is still listed.

        ``edited``: after a write of ours, which changed a few events. Only their rows and
        days are redone where that is possible, and the list keeps its scroll.
        """
        state = self.state
        before = state.shown_events
        shown = state.apply_filters()
        events_list = self.events_list
        scroll_y = events_list.scroll_y
        events_list.set_events(shown, empty=state.empty_message())
        changes = list_changes(before, shown) if edited else None
        if changes is not None:
            self.query_one(TimeRuler).edit_events(*changes)
        else:
            self.query_one(TimeRuler).set_events(shown)
        if state.search is not None and state.search.scope == "events":
            self.run_event_search(state.search.query)
        target = keep if keep in events_list.row_of_event else None
        if target is None and shown:
            opening = opening_event(shown)  # not an outlier dated centuries away
            target = opening.id if opening is not None else None
        if target is not None:
            state.select(target)
            if edited:
                events_list.scroll_to(y=scroll_y, animate=False, immediate=True)
                events_list.select_event(target)
            else:
                events_list.select_event(target, center=True)
            self.show_event(target)
        else:
            state.select(None)
            self.query_one(TimeRuler).set_cursor(None)
            if state.ordered:  # the filters hide every event: Text shows none of them now
                self.text_view.set_title(f"{TEXT_TITLE} · no event selected")
        self.update_marks()

    def show_event(self, event_id: str) -> None:
        """Show ``event_id``'s current source sentence in Text and mark its actors."""
        state = self.state
        timeline = state.timeline
        if timeline is None or event_id not in timeline.event_by_id:
            return
        event = timeline.event_by_id[event_id]
        state.selected_event_id = event_id
        self.query_one(TimeRuler).set_cursor(event)
        title = ""
        if event.sources:
            state.source_index %= len(event.sources)
            source = event.sources[state.source_index]
            if source.article != state.article_id:
                self.open_article(source.article)
            anchor = state.selected_anchor()
            view = self.text_view
            if len(event.sources) > 1:
                title += f" · source {state.source_index + 1} of {len(event.sources)}"
            if anchor is not None:
                view.set_cursor_sentence(anchor.sentence, notify=False, center=True)
                self.cite_sentence(anchor.sentence)
            elif view.error is None and source.article == state.article_id:
                title += " · quote not found in this article"
        self.text_view.set_title(self.text_title(title))
        self.update_marks()
        self.update_inspector()
        self._on_selection()
        self.call_after_refresh(self._prefetch_near, event_id)

    # --- marks and citations -----------------------------------------------------------------

    def update_marks(self) -> None:
        """Mark the selected event's quote and actors, and the actors chosen as a filter."""
        state = self.state
        event = state.selected_event
        event_actors = frozenset(event.actors) if event else frozenset()
        anchor = state.selected_anchor()
        span = (anchor.start, anchor.end) if anchor is not None else None
        self.text_view.set_marks(
            source_span=span, event_actors=event_actors, chosen_actors=state.filters.actors
        )
        self.actors_list.set_marks(event_actors, state.filters.actors)

    def cite_sentence(self, sentence: int) -> None:
        """Mark in Events the events that cite ``sentence`` of the article shown."""
        self.events_list.set_cited(self.state.cited_by(sentence))

    def reveal_cited(self) -> None:
        """Scroll Events (not its cursor) so that an event citing the sentence shows."""
        events_list = self.events_list
        rows = sorted(
            events_list.row_of_event[event_id]
            for event_id in events_list.cited
            if event_id in events_list.row_of_event
        )
        if not rows:
            return
        top = round(events_list.scroll_y)
        height = events_list.scrollable_content_region.height
        if not any(top <= row < top + height for row in rows):
            events_list.scroll_row_into_view(rows[0])

    # --- search ------------------------------------------------------------------------------

    def set_search(self, query: str | None, scope: str = "events") -> None:
        """Search for ``query`` in the events or in the article shown (None: no search)."""
        if query is None:
            self.state.clear_search()
            self.events_list.set_matches(frozenset())
            self.text_view.set_matches([])
        elif scope == "events":
            self.text_view.set_matches([])
            self.run_event_search(query)
        else:
            self.events_list.set_matches(frozenset())
            self.run_text_search(query)

    def run_event_search(self, query: str) -> None:
        """Search the listed events and mark the matches."""
        search = self.state.search_events(query)
        self.events_list.set_matches(frozenset(search.event_ids), query)

    def run_text_search(self, query: str) -> None:
        """Search the article shown and mark the matches."""
        view = self.text_view
        search = self.state.search_text(query, view.text)
        view.set_matches(list(search.spans))

    def next_match(self, step: int, from_current: bool = False) -> str | None:
        """Move to the next or previous match after the cursor; why not, when there is none."""
        search = self.state.search
        if search is None:
            return "no search: press / first"
        if search.scope == "events":
            events_list = self.events_list
            rows = events_list.row_of_event
            row_ids = {rows[e]: e for e in search.event_ids if e in rows}
            if not row_ids:
                return "no event matches"
            current = events_list.cursor_row - (step if from_current else 0)
            row = step_to(sorted(row_ids), current, step)
            events_list.select_event(row_ids[row], notify=True)
            return None
        view = self.text_view
        if not search.spans:
            return "no match in this article"
        starts = [view.sentence_at_offset(start) for start, _ in search.spans]
        current = view.cursor_sentence - (step if from_current else 0)
        view.set_cursor_sentence(step_to(starts, current, step), center=True)
        return None

    # --- which pane is shown and focused -----------------------------------------------------

    def focus_pane(self, pane: str) -> None:
        """Show and focus a pane: ``events``, ``text`` or ``actors`` (in Events' slot if narrow)."""
        widget: LineList | ArticleView = {
            "events": self.events_list,
            "text": self.text_view,
            "actors": self.actors_list,
        }[pane]
        self._show_pane(widget)

    def cycle_pane(self, step: int) -> None:
        """Events, Text, Actors in turn.

        Textual's own focus chain skips hidden widgets, and below 160 columns Actors and
        Events hide each other, so the order is kept here.
        """
        panes: list[LineList | ArticleView] = [self.events_list, self.text_view, self.actors_list]
        focused = self.screen.focused
        index = panes.index(focused) if focused in panes else -step
        self._show_pane(panes[(index + step) % len(panes)])

    def _show_pane(self, widget: LineList | ArticleView) -> None:
        """Show and focus ``widget`` now, not after the keys already queued.

        ``Widget.focus`` defers the change: a ``/`` typed right after ``1`` would still see the
        old pane, and a focus that lands once a prompt is open would leave the shown pane and
        the focused one apart.
        """
        screen = self.screen
        if not isinstance(widget, ArticleView):
            screen.set_class(isinstance(widget, ActorList), "-show-actors")
        screen.set_focus(widget)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Events and Actors share a slot below 160 columns: the focused one is shown."""
        widget = event.widget
        # A late message about a widget that lost the focus since must not hide its successor.
        if isinstance(widget, ActorList | EventList) and widget is widget.screen.focused:
            widget.screen.set_class(isinstance(widget, ActorList), "-show-actors")
        self.update_inspector()
