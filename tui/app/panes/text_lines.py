"""The Text pane's lines as strips: each rendered once per look, repainted only when it changes.

A line's *look* is everything its rendering depends on besides the article and the width: the
part of it under the sentence cursor, the part under the selected event's quote, how each actor
mention on it is marked, the search matches on it and whether the pane has the focus. Strips
are cached by look (as toolong caches its lines), and the pane remembers the look each visible
line was last painted with, so that a change of cursor, quote or actors repaints only the lines
whose look changed (:meth:`LinePainter.changed_runs`) instead of the whole pane.

Text is never read as markup: each line is cut from the raw text with control characters
escaped (:func:`tui.model.diagnostics.printable`) and styled by offset.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Protocol, cast

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.strip import Strip
from textual.widget import Widget

from tui.app.panes.text_wrap import VisualLine
from tui.app.strips import text_strip
from tui.model.diagnostics import printable
from tui.model.mentions import Mention
from tui.model.sentences import Sentence

GUTTER = 2
# A look: a tuple of the line's index, the layout's generation and its marks (see line_look).
Look = tuple[object, ...]
_WHITESPACE = " \t\r\n"


class PaintedView(Protocol):
    """What the painter reads of the Text pane (:class:`~tui.app.panes.text.ArticleView`):
    a Protocol, so that the pane imports the painter and not the other way round."""

    text: str
    lines: list[VisualLine]
    layout_generation: int
    sentences: list[Sentence]
    cursor_sentence: int
    source_span: tuple[int, int] | None
    mentions: list[Mention]
    mention_ends: list[int]
    event_actors: frozenset[str]
    chosen_actors: frozenset[str]
    matches: Sequence[tuple[int, int]]
    match_ends: list[int]

    @property
    def has_focus(self) -> bool:
        """Whether the pane has the focus."""
        ...

    def lines_of_sentence(self, index: int) -> tuple[int, int] | None:
        """First and last visual line of sentence ``index``."""
        ...

    def get_component_rich_style(self, *names: str, partial: bool = False) -> Style:
        """The rich style of a component class."""
        ...


class LinePainter:
    """Renders and caches the lines of an :class:`~tui.app.panes.text.ArticleView`."""

    def __init__(self, view: PaintedView) -> None:
        self.view = view
        self._widget = cast(Widget, view)
        # Strips by (look, width, base style): a theme or width change cannot hit a stale one.
        self._strips: LRUCache[tuple[Look, int, Style], Strip] = LRUCache(1024)
        # The look each line was last painted with, by line index.
        self._painted: dict[int, Look] = {}

    def reset(self) -> None:
        """Forget what was painted (a new article or width: the whole pane repaints anyway)."""
        self._strips.clear()
        self._painted.clear()

    # --- looks -------------------------------------------------------------------------------

    def line_look(self, index: int) -> Look:
        """What line ``index`` looks like now, as a hashable tuple."""
        view = self.view
        line = view.lines[index]
        if line.header is not None:
            return (index, view.layout_generation)
        start, end = line.start, _trimmed_end(view.text, line.start, line.end)
        cursor = view.cursor_sentence
        span = view.lines_of_sentence(cursor)
        in_cursor = span is not None and span[0] <= index <= span[1]
        cursor_part = None
        if in_cursor:
            sentence = view.sentences[cursor]
            cursor_part = (max(start, sentence.start), min(end, sentence.end))
        source_part = None
        source = view.source_span
        if source is not None and source[0] < max(end, start + 1) and start < source[1]:
            source_part = (max(start, source[0]), min(end, source[1]))
        return (
            index,
            view.layout_generation,
            view.has_focus,
            in_cursor,
            cursor_part,
            source_part,
            self._mention_marks(start, end),
            self._matches_on(start, end),
        )

    def _mention_marks(self, start: int, end: int) -> tuple[int, ...]:
        """How each mention on ``[start, end)`` is marked: 0 plain, 1 the event's, 2 chosen."""
        view = self.view
        marks: list[int] = []
        first = bisect.bisect_left(view.mention_ends, start + 1)
        for mention in itertools.islice(view.mentions, first, None):
            if mention.start >= end:
                break
            if mention.actor_id in view.chosen_actors:
                marks.append(2)
            elif mention.actor_id in view.event_actors:
                marks.append(1)
            else:
                marks.append(0)
        return tuple(marks)

    def _matches_on(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        view = self.view
        first = bisect.bisect_right(view.match_ends, start)
        found = []
        for match_start, match_end in itertools.islice(view.matches, first, None):
            if match_start >= end:
                break
            found.append((match_start, match_end))
        return tuple(found)

    def changed_runs(self, top: int, height: int) -> list[tuple[int, int]]:
        """``(first, count)`` runs of the visible lines whose look differs from their paint."""
        runs: list[tuple[int, int]] = []
        painted = self._painted
        for index in range(max(0, top), min(top + height, len(self.view.lines))):
            if painted.get(index) == self.line_look(index):
                continue
            if runs and runs[-1][0] + runs[-1][1] == index:
                runs[-1] = (runs[-1][0], runs[-1][1] + 1)
            else:
                runs.append((index, 1))
        return runs

    # --- strips ------------------------------------------------------------------------------

    def strip(self, index: int, width: int, base: Style) -> Strip:
        """Line ``index`` as a strip of ``width`` cells, from the cache when its look is."""
        look = self.line_look(index)
        key = (look, width, base)
        strip = self._strips.get(key)
        if strip is None:
            line = self.view.lines[index]
            if line.header is not None:
                header = Text(" " * GUTTER) + line.header
                strip = text_strip(header, width, self._widget, "crop", base)
            else:
                strip = self._body_strip(line.start, line.end, look, width, base)
            self._strips[key] = strip
        if len(self._painted) > 4096:  # long scrolls through a huge article: keep it small
            self._painted.clear()
        self._painted[index] = look
        return strip

    def _body_strip(self, start: int, end: int, look: Look, width: int, base: Style) -> Strip:
        """A line of the article: the gutter's mark, then the text cut at every change of
        style, as segments over ``base`` (no rich Text in between: this runs for every line
        of every article shown)."""
        view = self.view
        in_cursor, source_part = look[3], look[5]
        if in_cursor:
            mark = ("▌", view.get_component_rich_style("text--gutter-cursor", partial=True))
        elif source_part is not None:
            mark = ("┃", view.get_component_rich_style("text--gutter-source", partial=True))
        else:
            mark = (" ", None)
        segments = [Segment(mark[0], base + mark[1] if mark[1] else base), Segment(" ", base)]
        end = _trimmed_end(view.text, start, end)
        for piece, style in self._styled_pieces(start, end, bool(in_cursor)):
            segments.append(Segment(piece, base + style if style else base))
        return Strip(segments).adjust_cell_length(width, base)

    def _background(self, component: str) -> Style:
        """Only the background of a component style, so that highlights stack."""
        return Style(bgcolor=self.view.get_component_rich_style(component).bgcolor)

    def _foreground(self, component: str) -> Style:
        """A component style without any background, so it keeps the highlight under it."""
        full = self.view.get_component_rich_style(component)
        return Style(
            color=full.color,
            bold=full.bold,
            italic=full.italic,
            underline=full.underline,
            reverse=full.reverse,
        )

    def _styled_pieces(self, start: int, end: int, in_cursor: bool) -> list[tuple[str, Style]]:
        """``text[start:end]`` escaped, in pieces of one style each (the null style: none)."""
        view = self.view
        spans: list[tuple[int, int, Style]] = []
        if in_cursor and view.cursor_sentence >= 0:
            sentence = view.sentences[view.cursor_sentence]
            spans.append((sentence.start, sentence.end, self._background("text--cursor")))
        if view.source_span is not None:
            spans.append((*view.source_span, self._background("text--source")))
        first = bisect.bisect_left(view.mention_ends, start + 1)
        for mention in itertools.islice(view.mentions, first, None):
            if mention.start >= end:
                break
            if mention.actor_id in view.chosen_actors:
                style = self._foreground("text--chosen-actor")
            elif mention.actor_id in view.event_actors:
                style = self._foreground("text--actor")
            else:
                style = self._foreground("text--mention")
            spans.append((mention.start, mention.end, style))
        for match_start, match_end in self._matches_on(start, end):
            spans.append((match_start, match_end, self._background("text--match")))
        if not spans:
            return [(printable(view.text, start, end), Style())] if end > start else []
        cuts = {start, end}
        for span_start, span_end, _ in spans:
            if start < span_start < end:
                cuts.add(span_start)
            if start < span_end < end:
                cuts.add(span_end)
        pieces = []
        for piece_start, piece_end in itertools.pairwise(sorted(cuts)):
            style = Style()
            for span_start, span_end, span_style in spans:
                if span_start <= piece_start and piece_end <= span_end:
                    style += span_style
            pieces.append((printable(view.text, piece_start, piece_end), style))
        return pieces


def _trimmed_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the whitespace that ends the line ``text[start:end]``."""
    while end > start and text[end - 1] in _WHITESPACE:
        end -= 1
    return end
