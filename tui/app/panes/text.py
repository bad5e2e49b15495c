"""The Text pane: one article, wrapped to the pane's width, with a sentence cursor.

A Line API widget: the article is wrapped once per width into ``(start, end)`` spans of the raw
text (:mod:`tui.app.panes.text_wrap`; cached per width), with a map from each sentence to its first
and last visual line, so moving the sentence cursor or jumping to a quote costs a dictionary
look-up and a scroll. Only
visible lines are rendered, each from the raw text with control characters escaped
(:func:`tui.model.diagnostics.printable`) and styles applied by offset: nothing in the article
is ever read as markup.
"""

from __future__ import annotations

import bisect
import itertools
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.timer import Timer

from tui.app.bindings import TEXT_KEYS
from tui.app.panes.text_wrap import VisualLine, WrapEntry, sentence_line_ranges, wrap_spans
from tui.app.strips import text_strip
from tui.model.diagnostics import printable
from tui.model.mentions import Mention
from tui.model.sentences import Sentence, sentence_index_at
from tui.model.timeline import Article

GUTTER = 2
# Articles longer than this (characters) are re-wrapped after a resize only once the size has
# stayed put for REWRAP_DELAY seconds: wrapping 10 MB takes about a second.
DEFER_REWRAP_CHARS = 200_000
REWRAP_DELAY = 0.2


def article_caption(article: Article) -> str:
    """``Title · Outlet · Mon 11 Sep 2023``: how titles and lists name an article."""
    parts = [article.title or article.path, article.source]
    if article.published is not None:
        published = article.published
        parts.append(f"{published:%a} {published.day} {published:%b %Y}")
    return " · ".join(part.strip() for part in parts if part and part.strip())


def quote_with_citation(quote: str, article: Article) -> str:
    """``“quote” — Title, Outlet, Mon 11 Sep 2023. https://...``: what ``y`` copies."""
    parts = [article.title or article.path, article.source]
    if article.published is not None:
        published = article.published
        parts.append(f"{published:%a} {published.day} {published:%b %Y}")
    citation = ", ".join(part.strip() for part in parts if part and part.strip())
    line = f"“{' '.join(quote.split())}” — {citation}."
    return f"{line} {article.url.strip()}" if article.url.strip() else line


class ArticleView(ScrollView, can_focus=True):
    """The current article with its sentence cursor, source highlight and actor mentions."""

    BINDINGS: ClassVar[list[BindingType]] = TEXT_KEYS

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "text--title",
        "text--meta",
        "text--error",
        "text--cursor",
        "text--source",
        "text--mention",
        "text--actor",
        "text--chosen-actor",
        "text--match",
        "text--gutter-cursor",
        "text--gutter-source",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface; overflow-x: hidden; scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
    }
    ArticleView > .text--title { text-style: bold; color: $text; }
    ArticleView > .text--meta { color: $text-muted; text-style: italic; }
    ArticleView > .text--error { color: $error; text-style: bold; }
    ArticleView > .text--cursor { background: $boost; }
    ArticleView:focus > .text--cursor { background: $primary 30%; }
    ArticleView > .text--source { background: $success 25%; }
    ArticleView > .text--mention { text-style: underline; }
    ArticleView > .text--actor { color: $accent; text-style: bold underline; }
    ArticleView > .text--chosen-actor { color: $warning; text-style: bold reverse; }
    ArticleView > .text--match { background: $warning 60%; }
    ArticleView > .text--gutter-cursor { color: $primary; text-style: bold; }
    ArticleView > .text--gutter-source { color: $success; text-style: bold; }
    """

    class SentenceMoved(Message):
        """The sentence cursor moved (by the user)."""

        def __init__(self, article_id: str | None, sentence: int) -> None:
            super().__init__()
            self.article_id = article_id
            self.sentence = sentence

    class NewEventRequested(Message):
        """``c`` on a sentence: make an event from it.

        The quote and the actors it mentions travel with the message: by the time the app
        handles it, fast keys may already show another article.
        """

        def __init__(
            self, article_id: str, sentence: int, quote: str, actor_ids: tuple[str, ...]
        ) -> None:
            super().__init__()
            self.article_id = article_id
            self.sentence = sentence
            self.quote = quote
            self.actor_ids = actor_ids

    class OpenUrlRequested(Message):
        """``O``: open the article's url in a web browser."""

        def __init__(self, url: str) -> None:
            super().__init__()
            self.url = url

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None
        self.text = ""
        self.sentences: list[Sentence] = []
        self.error: str | None = None
        self.note: str | None = None
        self._rewrap_timer: Timer | None = None
        self._mention_ends: list[int] = []
        self._match_ends: list[int] = []
        self.mentions: list[Mention] = []
        self.cursor_sentence = -1
        self.source_span: tuple[int, int] | None = None
        self.event_actors: frozenset[str] = frozenset()
        self.chosen_actors: frozenset[str] = frozenset()
        self.matches: list[tuple[int, int]] = []
        self._lines: list[VisualLine] = []
        self._sentence_lines: list[tuple[int, int]] = []
        # Wrapped layouts of recent (article, text, width): moving between events of a few
        # articles re-shows them without wrapping again. Entries keep their article and text
        # alive, so that the ids in the key cannot be reused by other objects.
        self._wrap_cache: LRUCache[tuple[int, int, int, str | None], WrapEntry] = LRUCache(16)
        self._wrapped_width = -1
        self._generation = 0
        self._line_cache: LRUCache[tuple[int, int, int, bool], Strip] = LRUCache(1024)

    # --- content -----------------------------------------------------------------------------

    def set_article(
        self,
        article: Article | None,
        text: str,
        sentences: list[Sentence],
        error: str | None,
        mentions: list[Mention],
        *,
        note: str | None = None,
    ) -> None:
        """Show ``article``; ``error`` (a missing file, say) is shown in place of the text,
        and so is ``note`` (``loading...``), in the header's quieter style."""
        self.article = article
        self.text = text
        self.sentences = sentences
        self.error = error
        self.note = note
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_ends = [mention.end for mention in self.mentions]
        self.cursor_sentence = 0 if sentences else -1
        self.source_span = None
        self.matches = []
        self._match_ends = []
        self._wrapped_width = -1
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_marks(
        self,
        *,
        source_span: tuple[int, int] | None = None,
        event_actors: frozenset[str] = frozenset(),
        chosen_actors: frozenset[str] = frozenset(),
    ) -> None:
        """The selected event's quote and actors, and the actors chosen as a filter."""
        if (source_span, event_actors, chosen_actors) == (
            self.source_span,
            self.event_actors,
            self.chosen_actors,
        ):
            return  # nothing to repaint: moving between events of one sentence stays cheap
        self.source_span = source_span
        self.event_actors = event_actors
        self.chosen_actors = chosen_actors
        self._restyle()

    def set_matches(self, matches: list[tuple[int, int]]) -> None:
        """Spans that match the current text search (none when no text search is on)."""
        self.matches = sorted(matches)
        # Matches do not overlap, so their ends are sorted too: a line finds its own by bisect.
        self._match_ends = [end for _, end in self.matches]
        self._restyle()

    def _restyle(self) -> None:
        self._generation += 1
        self._line_cache.clear()
        self.refresh()

    # --- wrapping ----------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER - 1)

    def _rewrap(self) -> None:
        width = self._text_width()
        key = (id(self.article), id(self.text), width, self.error or self.note)
        entry = self._wrap_cache.get(key)
        if entry is None:
            entry = WrapEntry(self.article, self.text, *self._wrap(width))
            self._wrap_cache[key] = entry
        self._lines, self._sentence_lines = entry.lines, entry.sentence_lines
        self._wrapped_width = width
        self._generation += 1
        self._line_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._lines))
        self.refresh()

    def _wrap(self, width: int) -> tuple[list[VisualLine], list[tuple[int, int]]]:
        lines: list[VisualLine] = []
        console = self.app.console
        for header in self._header_texts():
            for piece in header.wrap(console, width):
                lines.append(VisualLine(0, 0, piece))
        lines.append(VisualLine(0, 0, Text("")))
        if self.note is not None:
            note = Text(
                printable(self.note),
                style=self.get_component_rich_style("text--meta", partial=True),
            )
            lines.extend(VisualLine(0, 0, piece) for piece in note.wrap(console, width))
            return lines, []
        if self.error is not None:
            message = Text(
                printable(self.error),
                style=self.get_component_rich_style("text--error", partial=True),
            )
            lines.extend(VisualLine(0, 0, piece) for piece in message.wrap(console, width))
            return lines, []
        body_first = len(lines)
        spans = wrap_spans(self.text, width)
        lines.extend(VisualLine(start, end) for start, end in spans)
        return lines, sentence_line_ranges(spans, self.sentences, body_first)

    def _header_texts(self) -> list[Text]:
        article = self.article
        if article is None:
            return [
                Text("No article", style=self.get_component_rich_style("text--meta", partial=True))
            ]
        title_style = self.get_component_rich_style("text--title", partial=True)
        meta_style = self.get_component_rich_style("text--meta", partial=True)
        texts = [Text(printable(article.title or article.path), style=title_style)]
        meta = [part for part in (article.byline, article.source) if part]
        if article.published is not None:
            meta.append(f"{article.published:%a} {article.published.day} {article.published:%b %Y}")
        if meta:
            texts.append(Text(printable(" · ".join(meta)), style=meta_style))
        texts.append(Text(printable(article.path), style=meta_style))
        return texts

    def on_resize(self) -> None:
        if self._text_width() != self._wrapped_width:
            if len(self.text) > DEFER_REWRAP_CHARS:
                # A huge article takes a moment to wrap: during a burst of resizes, wrap once
                # the size has stayed put (lines are cropped to the new width meanwhile).
                if self._rewrap_timer is not None:
                    self._rewrap_timer.stop()
                self._rewrap_timer = self.set_timer(REWRAP_DELAY, self._rewrap_to_size)
                return
            self._rewrap_to_size()
        else:
            self.virtual_size = Size(self.scrollable_content_region.width, len(self._lines))
            if self.cursor_sentence >= 0:
                self.call_after_refresh(self.show_sentence, self.cursor_sentence)

    def _rewrap_to_size(self) -> None:
        self._rewrap_timer = None
        if self._text_width() == self._wrapped_width:
            return
        self._rewrap()
        if self.cursor_sentence >= 0:
            self.show_sentence(self.cursor_sentence, center=True)

    # --- sentence cursor ---------------------------------------------------------------------

    def lines_of_sentence(self, index: int) -> tuple[int, int] | None:
        """First and last visual line of sentence ``index``."""
        if 0 <= index < len(self._sentence_lines):
            return self._sentence_lines[index]
        return None

    def sentence_at_offset(self, offset: int) -> int:
        """The sentence holding character ``offset``."""
        return sentence_index_at(self.sentences, offset) if self.sentences else -1

    def set_cursor_sentence(self, index: int, *, notify: bool = True, center: bool = False) -> None:
        """Move the sentence cursor to ``index`` and scroll it into view."""
        if not self.sentences:
            return
        index = max(0, min(index, len(self.sentences) - 1))
        old = self.lines_of_sentence(self.cursor_sentence)
        self.cursor_sentence = index
        if old is not None:
            self.refresh_lines(old[0], old[1] - old[0] + 1)
        new = self.lines_of_sentence(index)
        if new is not None:
            self.refresh_lines(new[0], new[1] - new[0] + 1)
        self.show_sentence(index, center=center)
        if center:
            # Before the first layout the height is unknown: centre again once it is.
            self.call_after_refresh(self.show_sentence, index, center=True)
        if notify:
            self.post_message(self.SentenceMoved(self.article.id if self.article else None, index))

    def show_sentence(self, index: int, *, center: bool = False) -> None:
        """Scroll so that sentence ``index`` is in view (centred when asked)."""
        span = self.lines_of_sentence(index)
        if span is None:
            return
        first, last = span
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_y)
        if center:
            target = max(0, first - max(0, (height - (last - first + 1)) // 3))
        elif first < top:
            target = first
        elif last >= top + height:
            target = min(first, last - height + 1)
        else:
            return
        self.scroll_to(y=target, animate=False, immediate=True)

    def sentence_at(self, line: int, column: int) -> int | None:
        """The sentence drawn at visual ``line``, cell ``column`` (``None`` off the text)."""
        if not self.sentences or not 0 <= line < len(self._lines):
            return None
        visual = self._lines[line]
        if visual.header is not None:
            return None
        offset = visual.start
        used = 0
        # Cells as drawn: a control character takes the cells of its escape.
        while offset < visual.end and used < column - GUTTER:
            used += cell_len(printable(self.text, offset, offset + 1))
            if used > column - GUTTER:
                break
            offset += 1
        return self.sentence_at_offset(offset)

    def on_click(self, event: events.Click) -> None:
        """A click puts the sentence cursor on the sentence under the pointer."""
        position = event.get_content_offset(self)
        if position is None:
            return
        index = self.sentence_at(round(self.scroll_y) + position.y, position.x)
        if index is not None and index != self.cursor_sentence:
            self.set_cursor_sentence(index)

    def action_sentence(self, step: int) -> None:
        self.set_cursor_sentence(self.cursor_sentence + step)

    def action_first_sentence(self) -> None:
        self.set_cursor_sentence(0)

    def action_last_sentence(self) -> None:
        self.set_cursor_sentence(len(self.sentences) - 1)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        span = self.lines_of_sentence(self.cursor_sentence)
        if span is None:
            return
        target_line = span[0] + direction * height
        firsts = [first for first, _ in self._sentence_lines]
        index = max(0, bisect.bisect_right(firsts, target_line) - 1)
        if index == self.cursor_sentence:
            index += direction
        self.set_cursor_sentence(index)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("new_event", "copy_quote"):
            return bool(self.sentences) and self.article is not None
        if action == "open_url":
            return self.article is not None and bool(self.article.url.strip())
        return True

    def cursor_quote(self) -> str:
        """The selected event's quote when the cursor is on it, else the sentence under it."""
        if not 0 <= self.cursor_sentence < len(self.sentences):
            return ""
        sentence = self.sentences[self.cursor_sentence]
        span = self.source_span
        if span is not None and sentence.start <= span[0] < sentence.end:
            return self.text[span[0] : span[1]]
        return self.text[sentence.start : sentence.end]

    def action_copy_quote(self) -> None:
        """y: the quote with its citation to the clipboard (OSC 52: works over ssh too)."""
        if self.article is None or not self.sentences:
            return
        self.app.copy_to_clipboard(quote_with_citation(self.cursor_quote(), self.article))
        title = self.article.title or self.article.path
        self.notify(f"Copied the quote from {printable(title)}", title="Copied", timeout=3)

    def action_open_url(self) -> None:
        """O: ask the app to open the article's url (only offered when there is one)."""
        if self.article is not None and self.article.url.strip():
            self.post_message(self.OpenUrlRequested(self.article.url.strip()))

    def action_new_event(self) -> None:
        if self.article is None or not 0 <= self.cursor_sentence < len(self.sentences):
            return
        sentence = self.sentences[self.cursor_sentence]
        actor_ids = sorted(
            {m.actor_id for m in self.mentions if sentence.start <= m.start < sentence.end}
        )
        self.post_message(
            self.NewEventRequested(
                self.article.id,
                self.cursor_sentence,
                self.text[sentence.start : sentence.end],
                tuple(actor_ids),
            )
        )

    # --- rendering ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        """A visible line: gutter marks, then the wrapped text with its styles."""
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self._lines) or width <= 0:
            return Strip.blank(max(0, width), base)
        in_cursor = self._line_in_sentence(index, self.cursor_sentence)
        key = (index, width, self._generation, in_cursor)
        strip = self._line_cache.get(key)
        if strip is None:
            text = self._render_text_line(index, in_cursor)
            strip = text_strip(text, width, self, overflow="crop")
            self._line_cache[key] = strip
        return strip

    def _line_in_sentence(self, line: int, sentence: int) -> bool:
        span = self.lines_of_sentence(sentence)
        return span is not None and span[0] <= line <= span[1]

    def _render_text_line(self, index: int, in_cursor: bool) -> Text:
        line = self._lines[index]
        if line.header is not None:
            return Text(" " * GUTTER) + line.header
        start, end = line.start, line.end
        while end > start and self.text[end - 1] in " \t\r\n":
            end -= 1
        in_source = self.source_span is not None and (
            self.source_span[0] < max(end, start + 1) and start < self.source_span[1]
        )
        gutter = Text()
        if in_cursor:
            gutter.append("▌", self.get_component_rich_style("text--gutter-cursor", partial=True))
        elif in_source:
            gutter.append("┃", self.get_component_rich_style("text--gutter-source", partial=True))
        else:
            gutter.append(" ")
        gutter.append(" ")
        return gutter + self._styled_slice(start, end, in_cursor)

    def _background(self, component: str) -> Style:
        """Only the background of a component style, so that highlights stack."""
        return Style(bgcolor=self.get_component_rich_style(component).bgcolor)

    def _foreground(self, component: str) -> Style:
        """A component style without any background, so it keeps the highlight under it."""
        full = self.get_component_rich_style(component)
        return Style(
            color=full.color,
            bold=full.bold,
            italic=full.italic,
            underline=full.underline,
            reverse=full.reverse,
        )

    def _styled_slice(self, start: int, end: int, in_cursor: bool) -> Text:
        spans: list[tuple[int, int, Style]] = []
        if in_cursor and self.cursor_sentence >= 0:
            sentence = self.sentences[self.cursor_sentence]
            spans.append(
                (
                    sentence.start,
                    sentence.end,
                    self._background("text--cursor"),
                )
            )
        if self.source_span is not None:
            spans.append((*self.source_span, self._background("text--source")))
        first = bisect.bisect_left(self._mention_ends, start + 1)
        for mention in itertools.islice(self.mentions, first, None):
            if mention.start >= end:
                break
            if mention.actor_id in self.chosen_actors:
                style = self._foreground("text--chosen-actor")
            elif mention.actor_id in self.event_actors:
                style = self._foreground("text--actor")
            else:
                style = self._foreground("text--mention")
            spans.append((mention.start, mention.end, style))
        first = bisect.bisect_right(self._match_ends, start)
        for match_start, match_end in itertools.islice(self.matches, first, None):
            if match_start >= end:
                break
            spans.append((match_start, match_end, self._background("text--match")))
        cuts = {start, end}
        for span_start, span_end, _ in spans:
            if start < span_start < end:
                cuts.add(span_start)
            if start < span_end < end:
                cuts.add(span_end)
        ordered = sorted(cuts)
        out = Text()
        for piece_start, piece_end in itertools.pairwise(ordered):
            style = Style()
            for span_start, span_end, span_style in spans:
                if span_start <= piece_start and piece_end <= span_end:
                    style += span_style
            out.append(printable(self.text, piece_start, piece_end), style or None)
        return out
