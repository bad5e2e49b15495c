"""The Actors pane: every actor with kind and number of events; Enter filters by the actor."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.message import Message

from tui.app.bindings import ACTORS_KEYS
from tui.app.panes.line_list import LineList
from tui.model.diagnostics import printable
from tui.model.timeline import Actor

KIND_MARK = {"person": "☺", "organization": "▣", "country": "⚑", "group": "◍"}


class ActorList(LineList):
    """A virtualized list of actors."""

    BINDINGS: ClassVar[list[BindingType]] = ACTORS_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "actors--cursor",
        "actors--kind",
        "actors--count",
        "actors--in-event",
        "actors--chosen",
    }

    DEFAULT_CSS = """
    ActorList { background: $surface; }
    ActorList > .actors--cursor { background: $block-cursor-blurred-background; }
    ActorList:focus > .actors--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
    }
    ActorList > .actors--kind { color: $text-muted; }
    ActorList > .actors--count { color: $text-muted; }
    ActorList > .actors--in-event { color: $accent; text-style: bold; }
    ActorList > .actors--chosen { color: $warning; text-style: bold reverse; }
    """

    class Chosen(Message):
        """Enter on an actor: toggle the actor filter."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class Highlighted(Message):
        """The cursor moved to an actor (the inspector shows it)."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class MergeRequested(Message):
        """M on an actor: merge it into another, chosen in the palette."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actors: list[Actor] = []
        self.counts: dict[str, int] = {}
        self.in_event: frozenset[str] = frozenset()
        self.chosen: frozenset[str] = frozenset()
        self.row_of_actor: dict[str, int] = {}

    def set_actors(self, actors: list[Actor], counts: dict[str, int]) -> None:
        """Replace the actors (most events first, then by name)."""
        self.actors = sorted(actors, key=lambda a: (-counts.get(a.id, 0), a.name.casefold()))
        self.counts = counts
        self.row_of_actor = {actor.id: index for index, actor in enumerate(self.actors)}
        self.rows_changed()
        if self.cursor_row < 0 and self.actors:
            self.move_cursor(0, notify=False)

    def set_marks(self, in_event: frozenset[str], chosen: frozenset[str]) -> None:
        """Mark the selected event's actors and the actors chosen as a filter."""
        if (in_event, chosen) != (self.in_event, self.chosen):
            self.in_event, self.chosen = in_event, chosen
            self.marks_changed()

    @property
    def cursor_actor_id(self) -> str | None:
        """The id of the actor under the cursor."""
        if 0 <= self.cursor_row < len(self.actors):
            return self.actors[self.cursor_row].id
        return None

    def select_actor(self, actor_id: str) -> bool:
        """Move the cursor to ``actor_id``."""
        index = self.row_of_actor.get(actor_id)
        if index is None:
            return False
        self.move_cursor(index, notify=False, center=True)
        return True

    def row_count(self) -> int:
        return len(self.actors)

    def row_state(self, index: int) -> int:
        actor_id = self.actors[index].id
        return int(actor_id in self.in_event) | (int(actor_id in self.chosen) << 1)

    def action_choose(self) -> None:
        actor_id = self.cursor_actor_id
        if actor_id is not None:
            self.post_message(self.Chosen(actor_id))

    def action_merge(self) -> None:
        """M: merge the actor under the cursor into another."""
        actor_id = self.cursor_actor_id
        if actor_id is not None:
            self.post_message(self.MergeRequested(actor_id))

    def on_cursor_moved(self, index: int) -> None:
        if 0 <= index < len(self.actors):
            self.post_message(self.Highlighted(self.actors[index].id))

    def render_row(self, index: int, width: int, is_cursor: bool) -> Text:
        actor = self.actors[index]
        text = Text()
        if actor.id in self.chosen:
            text.append("⚲ ", self.style_of("actors--chosen"))
        elif actor.id in self.in_event:
            text.append("▶ ", self.style_of("actors--in-event"))
        else:
            text.append("  ")
        kind = str(actor.kind)
        count = f" {self.counts.get(actor.id, 0):>3}"
        mark = KIND_MARK.get(kind, "?")
        suffix = f" {mark} {kind:<12}" if width >= 36 else f" {mark}"
        name_width = max(1, width - text.cell_len - len(suffix) - len(count))
        name = Text(printable(actor.name))
        if actor.id in self.chosen:
            name.stylize(self.style_of("actors--chosen"))
        elif actor.id in self.in_event:
            name.stylize(self.style_of("actors--in-event"))
        name.truncate(name_width, overflow="ellipsis", pad=True)
        text.append_text(name)
        text.append(suffix, self.style_of("actors--kind"))
        text.append(count, self.style_of("actors--count"))
        if is_cursor:
            text.stylize(self.style_of("actors--cursor"))
        return text
