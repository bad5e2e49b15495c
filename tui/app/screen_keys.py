"""The keys of the screens over the reader, as data: the timeline view (t), the search
results (F), the article browser (b), help and prompts.

Part of the registry in :mod:`tui.app.bindings`, which lists these groups in its
``HELP_SECTIONS``; a screen takes its keys from here (``BINDINGS = TIMELINE_KEYS``).
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

# Footer groups of the timeline view: each shows as one compact entry.
MOVE_GROUP = Binding.Group("Move", compact=True)
ZOOM_GROUP = Binding.Group("Zoom", compact=True)
PAN_GROUP = Binding.Group("Pan", compact=True)

# Keys of TimelineScreen.
TIMELINE_KEYS: list[BindingType] = [
    Binding("escape,t,q", "close", "Back", id="timeline.close", tooltip="Back to the reader"),
    Binding("plus,equals_sign", "zoom_in", "Zoom in", id="timeline.zoom_in", group=ZOOM_GROUP),
    Binding("minus", "zoom_out", "Zoom out", id="timeline.zoom_out", group=ZOOM_GROUP),
    Binding("h,shift+left", "pan(-1)", "Pan earlier", id="timeline.pan_left", group=PAN_GROUP),
    Binding("l,shift+right", "pan(1)", "Pan later", id="timeline.pan_right", group=PAN_GROUP),
    Binding(
        "U",
        "toggle_undated",
        "Undated",
        id="timeline.toggle_undated",
        tooltip="Switch between the lanes and the undated list",
    ),
    Binding(
        "H",
        "hide_lane",
        "Hide lane",
        show=False,
        id="timeline.hide_lane",
        tooltip="Hide the lane under the cursor (0 shows every lane)",
    ),
    Binding(
        "L",
        "lane_kind",
        "Lane kind",
        show=False,
        id="timeline.lane_kind",
        tooltip="Only the lanes of persons, then organizations, countries, groups, then all",
    ),
    Binding(
        "0",
        "all_lanes",
        "All lanes",
        show=False,
        id="timeline.all_lanes",
        tooltip="Show every lane again (undo H and L)",
    ),
]

# Keys of TimelinePlot.
TIMELINE_PLOT_KEYS: list[BindingType] = [
    Binding("left", "previous", "Earlier", id="timeline.previous", group=MOVE_GROUP),
    Binding("right", "next", "Later", id="timeline.next", group=MOVE_GROUP),
    Binding("up,k", "lane_up", "Lane up", show=False, id="timeline.lane_up"),
    Binding("down,j", "lane_down", "Lane down", show=False, id="timeline.lane_down"),
    Binding("pageup", "page_up_lanes", "Page up", show=False, id="timeline.page_up"),
    Binding("pagedown", "page_down_lanes", "Page down", show=False, id="timeline.page_down"),
    Binding("g,home", "first", "First", show=False, id="timeline.first"),
    Binding("G,end", "last", "Last", show=False, id="timeline.last"),
    Binding(
        "enter", "choose", "Open", id="timeline.choose", tooltip="Go to the event in the reader"
    ),
]

# Keys of UndatedList.
UNDATED_KEYS: list[BindingType] = [
    Binding("up,k", "cursor_up", "Up", show=False, id="timeline.undated_up"),
    Binding("down,j", "cursor_down", "Down", show=False, id="timeline.undated_down"),
    Binding("g,home", "cursor_first", "First", show=False, id="timeline.undated_first"),
    Binding("G,end", "cursor_last", "Last", show=False, id="timeline.undated_last"),
    Binding(
        "enter",
        "choose",
        "Open",
        id="timeline.undated_choose",
        tooltip="Go to the event in the reader",
    ),
]

# Keys of SearchResultsScreen.
RESULTS_KEYS: list[BindingType] = [
    Binding("escape,q", "close", "Back", id="results.close", tooltip="Back to the reader"),
    Binding(
        "f",
        "filter_matches",
        "Filter events",
        id="results.filter",
        tooltip="Filter events to matches: keep the events whose title or quotes hold the words",
    ),
]

# Keys of ResultList.
RESULTS_LIST_KEYS: list[BindingType] = [
    Binding("enter", "choose", "Open", id="results.choose", tooltip="Read the sentence in Text"),
    Binding("n", "step_hit(1)", "Next", show=False, id="results.next", tooltip="Next result"),
    Binding("N", "step_hit(-1)", "Prev", show=False, id="results.prev", tooltip="Previous result"),
]

# Keys of ArticlesScreen (typing goes to its filter line). `q` closes it, as it closes every
# screen over the reader, instead of reaching the app and quitting: the filter line consumes a
# typed q first, so the binding only acts once focus has left the line (a click on the list).
ARTICLES_KEYS: list[BindingType] = [
    Binding("escape,q", "close", "Back", id="articles.close", tooltip="Back to the reader"),
    Binding("down", "move(1)", "Down", show=False, id="articles.down"),
    Binding("up", "move(-1)", "Up", show=False, id="articles.up"),
    Binding("pagedown", "move(10)", "Page down", show=False, id="articles.page_down"),
    Binding("pageup", "move(-10)", "Page up", show=False, id="articles.page_up"),
]

# Keys of HelpScreen.
HELP_KEYS: list[BindingType] = [
    Binding("escape,q,question_mark", "dismiss", "Close", id="help.close"),
    Binding("down,j", "scroll_lines(1)", "Down", show=False, id="help.down"),
    Binding("up,k", "scroll_lines(-1)", "Up", show=False, id="help.up"),
    Binding("pagedown,space", "scroll_pages(1)", "Page down", show=False, id="help.page_down"),
    Binding("pageup", "scroll_pages(-1)", "Page up", show=False, id="help.page_up"),
    Binding("g,home", "scroll_edge(-1)", "Top", show=False, id="help.top"),
    Binding("G,end", "scroll_edge(1)", "Bottom", show=False, id="help.bottom"),
]

# Keys of PromptScreen. As on the article browser, `q` cancels only when the input has lost
# focus (a click beside it); typed into the input, q is a letter.
PROMPT_KEYS: list[BindingType] = [
    Binding("escape,q", "cancel", "Cancel", id="prompt.cancel"),
]
