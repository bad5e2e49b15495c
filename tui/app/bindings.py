"""Every key binding of the reader, and the help sections that list them, as data.

A widget takes its keys from here (``BINDINGS = TEXT_KEYS``): the reader's own groups are
written here, those of the screens over it (timeline view, search results, article browser,
help, prompts) in :mod:`tui.app.screen_keys`. :data:`HELP_SECTIONS` lists every group once,
so a key cannot exist without appearing in help and in the keymap's known ids:
tests/test_bindings.py walks every class in tui.app and fails on a Binding that is not here.
To add a key: add a Binding with an ``id`` to the group of the widget that handles it. To add
a widget with keys: add a group, use it as the widget's ``BINDINGS`` and list it in
:data:`HELP_SECTIONS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from textual.binding import Binding, BindingType

from tui.app.screen_keys import (
    ARTICLES_KEYS,
    HELP_KEYS,
    PROMPT_KEYS,
    RESULTS_KEYS,
    RESULTS_LIST_KEYS,
    TIMELINE_KEYS,
    TIMELINE_PLOT_KEYS,
    UNDATED_KEYS,
)

# Keys of ReaderApp.
# The footer lists shown bindings in this order after the focused pane's own: the keys that
# matter now first (search, sources, clear), quit and help last, so that at 80 columns
# what gets cut is what everyone knows. check_action hides the ones that would do nothing.
APP_KEYS: list[BindingType] = [
    Binding(
        "slash",
        "search",
        "Search",
        id="app.search",
        tooltip="Search events (from Events, Actors) or the article (from Text)",
    ),
    Binding("n", "next_match(1)", "Next match", id="app.next_match", tooltip="Next search match"),
    Binding(
        "N",
        "next_match(-1)",
        "Prev match",
        show=False,
        id="app.prev_match",
        tooltip="Previous search match",
    ),
    Binding(
        "s",
        "source(1)",
        "Next source",
        id="app.next_source",
        tooltip="Next source of the selected event",
    ),
    Binding(
        "S",
        "source(-1)",
        "Prev source",
        show=False,
        id="app.prev_source",
        tooltip="Previous source of the selected event",
    ),
    Binding(
        "escape", "clear", "Clear", id="app.clear", tooltip="Clear the search, then the filters"
    ),
    Binding("t", "timeline", "Timeline", id="app.timeline", tooltip="Full-screen timeline view"),
    Binding(
        "F",
        "search_all",
        "Search all",
        show=False,
        id="app.search_all",
        tooltip="Search every article and quote: a list of sentences; n/N go through them",
    ),
    Binding(
        "b",
        "articles",
        "Articles",
        show=False,
        id="app.articles",
        tooltip="Article browser: every article by date; type to filter, Enter opens it",
    ),
    Binding(
        "e",
        "edit",
        "Edit",
        id="app.edit",
        tooltip="Edit timeline.yaml at the selected event (or actor) in $VISUAL/$EDITOR",
    ),
    Binding(
        "1",
        "focus_pane('events')",
        "Events",
        show=False,
        id="app.focus_events",
        tooltip="Focus Events",
    ),
    Binding(
        "2", "focus_pane('text')", "Text", show=False, id="app.focus_text", tooltip="Focus Text"
    ),
    Binding(
        "3",
        "focus_pane('actors')",
        "Actors",
        show=False,
        id="app.focus_actors",
        tooltip="Focus Actors (in place of Events below 160 columns)",
    ),
    Binding(
        "right_square_bracket",
        "article(1)",
        "Next article",
        show=False,
        id="app.next_article",
        tooltip="Next article",
    ),
    Binding(
        "left_square_bracket",
        "article(-1)",
        "Prev article",
        show=False,
        id="app.prev_article",
        tooltip="Previous article",
    ),
    Binding(
        "r",
        "reload",
        "Reload",
        show=False,
        id="app.reload",
        tooltip="Reload the timeline and articles now",
    ),
    Binding(
        "f",
        "filter_menu",
        "Filter",
        show=False,
        id="app.filter",
        tooltip="Filters and jumps: the command palette",
    ),
    Binding(
        "K",
        "key_events",
        "Key events",
        show=False,
        id="app.key_events",
        tooltip="Show only the key events (most reported, on the most cited days), or all again",
    ),
    Binding(
        "left_curly_bracket",
        "key_count(-1)",
        "Fewer key events",
        show=False,
        id="app.fewer_key_events",
        tooltip="Show fewer key events",
    ),
    Binding(
        "right_curly_bracket",
        "key_count(1)",
        "More key events",
        show=False,
        id="app.more_key_events",
        tooltip="Show more key events",
    ),
    Binding(
        "tab",
        "cycle_pane(1)",
        "Next pane",
        show=False,
        priority=True,
        id="app.next_pane",
        tooltip="Next pane: Events, Text, Actors",
    ),
    Binding(
        "shift+tab",
        "cycle_pane(-1)",
        "Previous pane",
        show=False,
        priority=True,
        id="app.prev_pane",
        tooltip="Previous pane",
    ),
    Binding(
        "ctrl+p",
        "command_palette",
        "Palette",
        show=False,
        priority=True,
        id="app.palette",
        tooltip="Command palette: jump to an event, actor or article; filters",
    ),
    Binding("question_mark", "help", "Help", id="app.help", tooltip="This help"),
    Binding("q", "quit", "Quit", id="app.quit"),
]

# Curation keys of ReaderApp (issue 10): each write is saved at once and undoable with u. They
# act on the selected event, or over the timeline view on the event under its cursor. Off the
# footer (help lists them): at 80 columns the footer has no room left.
CURATE_KEYS: list[BindingType] = [
    Binding(
        "i",
        "inspector",
        "Inspector",
        show=False,
        id="app.inspector",
        tooltip="Inspector on or off: every field of the selected event (or actor)",
    ),
    Binding(
        "x",
        "reject",
        "Reject",
        show=False,
        id="event.reject",
        tooltip="Reject the event: it leaves timeline.yaml, and extraction won't bring it back",
    ),
    Binding(
        "a",
        "accept",
        "Accept",
        show=False,
        id="event.accept",
        tooltip="Accept: mark the event reviewed (reviewed: true)",
    ),
    Binding(
        "o",
        "cycle_status",
        "Status",
        show=False,
        id="event.status",
        tooltip="Cycle the status: occurred, planned, expected",
    ),
    Binding("R", "retitle", "Retitle", show=False, id="event.retitle", tooltip="Retitle the event"),
    Binding(
        "D",
        "change_date",
        "Date",
        show=False,
        id="event.date",
        tooltip='Change the date ("Sep 2023", "10 Sep 2023", "early August 2023")',
    ),
    Binding(
        "T",
        "edit_tags",
        "Tags",
        show=False,
        id="event.tags",
        tooltip="Tags: add or remove (completes from the tags in use)",
    ),
    Binding(
        "A",
        "edit_actors",
        "Actors",
        show=False,
        id="event.actors",
        tooltip="Actors: add or remove (completes from the actors' names)",
    ),
    Binding(
        "m",
        "merge_event",
        "Merge",
        show=False,
        id="event.merge",
        tooltip="Merge the event into another, chosen in the palette",
    ),
    Binding(
        "v",
        "review",
        "Review",
        show=False,
        id="app.review",
        tooltip="Review mode: walk the events to review (a accepts, x rejects, esc leaves)",
    ),
    Binding("u", "undo", "Undo", show=False, id="app.undo", tooltip="Undo the reader's last write"),
    Binding("ctrl+r", "redo", "Redo", show=False, id="app.redo", tooltip="Redo what u undid"),
]

# Keys of EventList.
EVENTS_KEYS: list[BindingType] = [
    Binding(
        "enter",
        "choose",
        "Read source",
        id="events.choose",
        tooltip="Read the event's source in Text",
    ),
]

# Keys of LineList.
LIST_KEYS: list[BindingType] = [
    Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
    Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
    Binding("g,home", "cursor_first", "First", show=False, id="list.first"),
    Binding("G,end", "cursor_last", "Last", show=False, id="list.last"),
    Binding("pageup", "page_up_rows", "Page up", show=False, id="list.page_up"),
    Binding("pagedown", "page_down_rows", "Page down", show=False, id="list.page_down"),
]

# Keys of ArticleView.
TEXT_KEYS: list[BindingType] = [
    Binding("down,j", "sentence(1)", "Next sentence", show=False, id="text.next_sentence"),
    Binding("up,k", "sentence(-1)", "Prev sentence", show=False, id="text.prev_sentence"),
    Binding("g,home", "first_sentence", "First", show=False, id="text.first"),
    Binding("G,end", "last_sentence", "Last", show=False, id="text.last"),
    Binding("pagedown,space", "page(1)", "Page down", show=False, id="text.page_down"),
    Binding("pageup", "page(-1)", "Page up", show=False, id="text.page_up"),
    # `c` (capture), never `n`: a key that writes must not share its key with navigation
    # (`n` is next match, and a vim habit after Escape).
    Binding(
        "c",
        "new_event",
        "New event",
        id="text.new_event",
        tooltip="Capture: a new event from this sentence (written to timeline.yaml)",
    ),
    Binding(
        "y",
        "copy_quote",
        "Copy quote",
        show=False,
        id="text.copy_quote",
        tooltip="Copy the sentence (the event's quote) with the article's title, outlet, date, url",
    ),
    Binding(
        "O",
        "open_url",
        "Open url",
        show=False,
        id="text.open_url",
        tooltip="Open the article's url in the web browser (when it has one)",
    ),
]

# Keys of ActorList.
ACTORS_KEYS: list[BindingType] = [
    Binding(
        "enter",
        "choose",
        "Filter by actor",
        id="actors.choose",
        tooltip="Filter Events by this actor (again: unfilter)",
    ),
    Binding(
        "M",
        "merge",
        "Merge",
        show=False,
        id="actors.merge",
        tooltip="Merge the actor into another (chosen in the palette): it becomes an alias",
    ),
]

# Help lists the sections in this order; a section may gather several groups.
HELP_SECTIONS: tuple[tuple[str, tuple[list[BindingType], ...]], ...] = (
    ("Everywhere", (APP_KEYS,)),
    (
        "Curation (the selected event; in the timeline view, the one under the cursor)",
        (CURATE_KEYS,),
    ),
    ("Events pane", (EVENTS_KEYS,)),
    ("Lists (Events, Actors)", (LIST_KEYS,)),
    ("Text pane", (TEXT_KEYS,)),
    ("Actors pane", (ACTORS_KEYS,)),
    ("Timeline view (t)", (TIMELINE_KEYS, TIMELINE_PLOT_KEYS)),
    ("Timeline view: undated list", (UNDATED_KEYS,)),
    ("Search results (F)", (RESULTS_KEYS, RESULTS_LIST_KEYS)),
    ("Article browser (b)", (ARTICLES_KEYS,)),
    ("Help, prompts", (HELP_KEYS, PROMPT_KEYS)),
)


def all_bindings() -> Iterator[tuple[str, Binding]]:
    """Every binding with its help section, in the order help lists them."""
    for section, groups in HELP_SECTIONS:
        for group in groups:
            for binding in group:
                if isinstance(binding, Binding):
                    yield section, binding


def binding_ids() -> list[str]:
    """Every binding id the user may remap in ``[keymap]``."""
    return [binding.id for _, binding in all_bindings() if binding.id]


def help_rows(
    keymap: dict[str, str], key_display: Callable[[Binding], str]
) -> list[tuple[str, str, str, str]]:
    """(section, keys, description, id) for every binding, keys as remapped by ``keymap``."""
    rows = []
    for section, binding in all_bindings():
        keys = keymap.get(binding.id or "", binding.key)
        shown = ", ".join(key_display(replace(binding, key=key.strip())) for key in keys.split(","))
        rows.append((section, shown, binding.tooltip or binding.description, binding.id or ""))
    return rows
