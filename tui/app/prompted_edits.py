"""The curation edits that ask first, a part of :class:`~tui.app.app.ReaderApp`.

:class:`PromptedEdits` holds the keys whose edit needs an answer before it is written: a
line of text in a prompt (``R`` title, ``D`` date, ``T`` tags, ``A`` actors), the other item
of a merge chosen in the palette (``m`` in Events, ``M`` in Actors), and the title of an
event captured from a sentence (``c`` in Text). Each answer is written through
:meth:`~tui.app.curation.CurationActions.write_edit`, as every curation key is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.app.review import actor_ids_for
from tui.model.diagnostics import printable
from tui.model.timeline import Event

# The prompt, the palette's merge targets and the edits are imported by the first key that
# needs them: the reader's first paint needs none of them (tests/test_smoke.py checks it).
if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.app.palette import MergeChosen
    from tui.app.panes.actors import ActorList
    from tui.app.panes.layout import ReaderPanes
    from tui.app.panes.text import ArticleView
    from tui.app.state import ReaderState
    from tui.model.edits import Edit, EditOutcome


class PromptedEdits:
    """The edits that ask first, mixed into :class:`~tui.app.app.ReaderApp` (``self`` is the
    app; the writing is :class:`~tui.app.curation.CurationActions`')."""

    if TYPE_CHECKING:  # what the app provides, for readers and type checkers
        state: ReaderState
        panes: ReaderPanes
        actors_list: ActorList

        def notify(self, message: str, **options: Any) -> None: ...
        def push_screen(self, screen: Screen[Any], callback: Any = None) -> Any: ...
        def _target_event_id(self) -> str | None: ...
        def _writable(self) -> bool: ...
        def write_edit(
            self, edit: Edit, *, then_select: str | None = None
        ) -> EditOutcome | None: ...

    # --- a line of text in a prompt ----------------------------------------------------------

    def _prompt_for_event(
        self,
        label: str,
        value: str,
        make: Any,
        suggestions: list[str] | None = None,
    ) -> None:
        """Ask for a line of text about the target event; ``make(event_id, text)`` is the
        edit to write (None: nothing to write; it has said why)."""
        event_id = self._target_event_id()
        if event_id is None or not self._writable():
            return

        def done(text: str | None) -> None:
            if text is None:
                return
            edit = make(event_id, text)
            if edit is not None:
                self.write_edit(edit, then_select=event_id)

        from tui.app.screens.prompt import CommaListSuggester, PromptScreen

        suggester = CommaListSuggester(suggestions) if suggestions else None
        self.push_screen(PromptScreen(label, value, suggester=suggester), done)

    def action_retitle(self) -> None:
        """R: a new title for the event (the prompt holds the old one)."""
        event = self._target_event()
        if event is None:
            return
        from tui.model.edit_kinds import Retitle

        self._prompt_for_event(
            "New title:", event.title, lambda event_id, text: Retitle(event_id, text.strip())
        )

    def action_change_date(self) -> None:
        """D: a new date, as people write it ("Sep 2023", "10 Sep 2023", "early August 2023")."""
        event = self._target_event()
        if event is None:
            return
        current = event.date.edtf() if event.date is not None else ""
        from tui.model.edit_kinds import SetDate

        def make(event_id: str, text: str) -> Edit | None:
            if not text.strip():
                return SetDate(event_id, None, event.date_text or None)
            from tui.model.user_dates import UserDateError, parse_user_date

            try:
                typed = parse_user_date(text)
            except UserDateError as error:
                self.notify(printable(str(error)), title="Date", severity="error", markup=False)
                return None
            return SetDate(event_id, typed.edtf, event.date_text or None)

        self._prompt_for_event(
            "Date (Sep 2023, 10 Sep 2023, 2023-09-10, early August 2023; empty: undated):",
            current,
            make,
        )

    def action_edit_tags(self) -> None:
        """T: the event's tags, comma-separated, with completion from the tags in use."""
        event = self._target_event()
        timeline = self.state.timeline
        if event is None or timeline is None:
            return
        known = sorted({tag for e in timeline.events for tag in e.tags}, key=str.casefold)
        from tui.model.edit_kinds import SetTags

        def make(event_id: str, text: str) -> Edit:
            tags = tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))
            return SetTags(event_id, tags)

        self._prompt_for_event("Tags (comma-separated):", ", ".join(event.tags), make, known)

    def action_edit_actors(self) -> None:
        """A: the event's actors, comma-separated names, with completion from the actors."""
        event = self._target_event()
        timeline = self.state.timeline
        if event is None or timeline is None:
            return
        names = [
            timeline.actor_by_id[a].name if a in timeline.actor_by_id else a for a in event.actors
        ]
        from tui.model.edit_kinds import SetActors

        def make(event_id: str, text: str) -> Edit | None:
            ids, problem = actor_ids_for(timeline, text)
            if problem:
                self.notify(printable(problem), title="Actors", severity="error", markup=False)
                return None
            return SetActors(event_id, ids)

        self._prompt_for_event(
            "Actors (comma-separated names):",
            ", ".join(names),
            make,
            [actor.name for actor in timeline.actors],
        )

    def _target_event(self) -> Event | None:
        """The :class:`~tui.model.timeline.Event` a key acts on, or None."""
        event_id = self._target_event_id()
        timeline = self.state.timeline
        if event_id is None or timeline is None:
            return None
        return timeline.event_by_id.get(event_id)

    # --- merges: the other item is chosen in the palette -------------------------------------

    def action_merge_event(self) -> None:
        """m: merge the event into another, chosen in the palette."""
        event_id = self._target_event_id()
        if event_id is None or not self._writable():
            return
        self._open_merge_palette("event", event_id)

    def on_actor_list_merge_requested(self, message: ActorList.MergeRequested) -> None:
        """M in Actors: merge the actor into another, chosen in the palette."""
        if self._writable():
            self._open_merge_palette("actor", message.actor_id)

    def _open_merge_palette(self, kind: str, item_id: str) -> None:
        from tui.app.palette import MergeTargets
        from tui.app.widgets.command_palette import SteadyCommandPalette

        provider = MergeTargets.for_item(kind, item_id)
        what = "event" if kind == "event" else "actor"

        self.push_screen(
            SteadyCommandPalette(
                providers=[provider],
                placeholder=f"Merge {item_id} into which {what}? (type to search, esc cancels)",
                id="--command-palette",
            )
        )

    def on_merge_chosen(self, message: MergeChosen) -> None:
        """The palette named the item to merge into: write the merge."""
        from tui.model.edit_kinds import MergeActors, MergeEvents

        if message.kind == "event":
            self.write_edit(
                MergeEvents(message.absorbed_id, message.into_id), then_select=message.into_id
            )
        else:
            self.write_edit(MergeActors(message.absorbed_id, message.into_id))
            self.actors_list.select_actor(message.into_id)

    # --- a new event from a sentence (c in Text) ---------------------------------------------

    def on_article_view_new_event_requested(self, message: ArticleView.NewEventRequested) -> None:
        """``c``: write the sentence as a new event, then open it in the inspector to retitle."""
        timeline = self.state.timeline
        if timeline is None or not self._writable():
            return
        article = timeline.article_by_id.get(message.article_id)
        if article is None:
            return
        from tui.app.new_event import new_event_edit

        edit = new_event_edit(timeline, article, message.quote, list(message.actor_ids))
        if self.write_edit(edit, then_select=edit.event_id) is None:
            return
        # The quote is only a first title: the inspector shows the event, the prompt asks.
        self.state.captured(edit.event_id)
        self.panes.set_inspector(True)
        self.action_retitle()
