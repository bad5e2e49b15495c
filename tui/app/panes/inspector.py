"""The inspector: every field of the selected event (or of the actor under the Actors cursor).

The reader's lists cut titles to fit and never show ``date_text``, notes or tags; the inspector
shows all of it, wrapped, from the reader's state: the full title, the date at its precision
with the words it was written as, the status, whether it was reviewed, its actors with their
kinds, tags, notes, each source with its article's title, outlet and date and the quote, and
the id. For an actor: its fields and how many events name it. Text is always plain (never
markup): the user's data is shown literally.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.model.dates import PartialDate
from tui.model.diagnostics import count, printable
from tui.model.timeline import Actor, Event, Timeline

LABEL_WIDTH = 9  # "reviewed " and the other field names, so the values line up


def _field(text: Text, label: str, value: str | Text, *, style: str = "") -> None:
    """Append ``label  value`` as one line (the value may wrap)."""
    text.append(f"\n{label:<{LABEL_WIDTH}}", style="dim")
    if isinstance(value, Text):
        text.append_text(value)
    else:
        text.append(printable(value), style=style)


def event_details(timeline: Timeline, event: Event, *, to_review: bool = False) -> Text:
    """Every field of ``event`` as plain text, for the inspector (``to_review``: extraction
    proposed it and nobody has reviewed it yet)."""
    text = Text(printable(event.title), style="bold")
    if event.date is not None:
        date = event.date.label()
        date += f"  ({event.date.edtf()}, {event.date.precision.name.lower()})"
    else:
        date = event.date_label()
    _field(text, "date", date)
    if event.date_text:
        _field(text, "as said", f"“{event.date_text}”", style="italic")
    _field(text, "status", str(event.status))
    if event.reviewed:
        _field(text, "reviewed", "yes", style="green")
    else:
        _field(text, "reviewed", "no · to review" if to_review else "no")
    if event.actors:
        for index, actor_id in enumerate(event.actors):
            actor = timeline.actor_by_id.get(actor_id)
            label = "actors" if index == 0 else ""
            shown = f"{actor.name} ({actor.kind})" if actor else f"{actor_id} (unknown actor)"
            _field(text, label, shown)
    else:
        _field(text, "actors", "none", style="dim")
    _field(text, "tags", ", ".join(event.tags) if event.tags else "none")
    if event.notes:
        _field(text, "notes", event.notes)
    for index, source in enumerate(event.sources, 1):
        text.append(f"\nsource {index} of {len(event.sources)}", style="dim")
        article = timeline.article_by_id.get(source.article)
        if article is None:
            _field(text, "article", f"{source.article} (not in the timeline)")
        else:
            _field(text, "article", article.title or article.id, style="bold")
            outlet = [article.source] if article.source else []
            if article.published is not None:
                outlet.append(PartialDate.from_date(article.published).label())
            if outlet:
                _field(text, "", " · ".join(outlet))
        _field(text, "quote", f"“{source.quote}”", style="italic")
    _field(text, "id", event.id)
    return text


def actor_details(timeline: Timeline, actor: Actor, events: int) -> Text:
    """Every field of ``actor`` and how many events name it, as plain text."""
    text = Text(printable(actor.name), style="bold")
    _field(text, "kind", str(actor.kind))
    _field(text, "aliases", ", ".join(actor.aliases) if actor.aliases else "none")
    if actor.description:
        _field(text, "about", actor.description)
    _field(text, "events", count(events, "event"))
    _field(text, "id", actor.id)
    return text


class Inspector(VerticalScroll, can_focus=False):
    """Every field of one event or actor; beside the panes when wide, under them when narrow."""

    DEFAULT_CSS = """
    Inspector { padding: 0 1; }
    Inspector > #inspector-body { width: 1fr; min-height: 100%; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # What is shown, so tests and the app can ask without reading the rendering.
        self.shown: tuple[str, str] | None = None  # ("event" | "actor", id)
        self.text = Text()

    def compose(self) -> ComposeResult:
        yield Static(id="inspector-body")

    def on_mount(self) -> None:
        """Mounted when first switched on: show what it was given meanwhile."""
        self._put(self.text)

    def show(self, kind: str, item_id: str, text: Text) -> None:
        """Show ``text``, the details of the ``kind`` item ``item_id``; the top when it changed."""
        if self.shown != (kind, item_id):
            self.scroll_home(animate=False)
        self.shown = (kind, item_id)
        self.text = text
        self.border_title = "Inspector" if kind == "event" else "Inspector · actor"
        self._put(text)

    def show_nothing(self, message: str) -> None:
        """Say why there is nothing to inspect."""
        self.shown = None
        self.text = Text(message, style="dim")
        self.border_title = "Inspector"
        self._put(self.text)

    def _put(self, text: Text) -> None:
        """Show ``text`` in the body, asking for a layout of the screen only when the body's
        height changes: a layout repaints every widget on the screen (about 100 ms of CPU
        on 20,000 events, on every curation key and cursor move that shows an event)."""
        bodies = self.query("#inspector-body").results(Static)
        body = next(bodies, None)
        if body is None:  # not composed yet: on_mount shows the text
            return
        width, height = body.size
        body.update(text, layout=False)
        if not self.display:
            return  # hidden: the layout that shows it again measures the new text
        if not width:  # not laid out yet
            body.refresh(layout=True)
            return
        # The body fills at least the inspector (its CSS), so that most events, which fit,
        # give it the same height.
        needed = body.get_content_height(body.size, self.screen.size, width)
        if max(needed, self.scrollable_content_region.height) != height:
            body.refresh(layout=True)

    @property
    def plain(self) -> str:
        """What the inspector says, as plain text (for tests and the review mode)."""
        return self.text.plain
