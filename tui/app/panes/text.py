"""The Text pane: one article, wrapped to the pane's width, with a sentence cursor.

A Line API widget: the article is wrapped once per width into ``(start, end)`` spans of the raw
text (:mod:`tui.app.panes.text_wrap`; cached per width), with a map from each sentence to its first
and last visual line, so moving the sentence cursor or jumping to a quote costs a dictionary
look-up and a scroll. Only
visible lines are rendered (:mod:`tui.app.panes.text_lines`), each once per look, and a move of
the cursor or of the marks repaints only the lines whose look changed.
"""

from __future__ import annotations

import bisect
from typing import ClassVar

from rich.cells import cell_len
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
from tui.app.panes.citation import quote_with_citation
from tui.app.panes.text_lines import GUTTER, LinePainter
from tui.app.panes.text_wrap import VisualLine, WrapEntry, sentence_line_ranges, wrap_spans
from tui.app.strips import FrameStyled, set_virtual_size
from tui.model.diagnostics import printable
from tui.model.mentions import Mention
from tui.model.sentences import Sentence, sentence_index_at
from tui.model.timeline import Article

# Articles longer than this (characters) are re-wrapped after a resize only once the size has
# stayed put for REWRAP_DELAY seconds: wrapping 10 MB takes about a second.
DEFER_REWRAP_CHARS = 200_000
REWRAP_DELAY = 0.2


class ArticleView(FrameStyled, ScrollView, can_focus=True):
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
        self.mention_ends: list[int] = []
        self.match_ends: list[int] = []
        self.mentions: list[Mention] = []
        self.cursor_sentence = -1
        self.source_span: tuple[int, int] | None = None
        self.event_actors: frozenset[str] = frozenset()
        self.chosen_actors: frozenset[str] = frozenset()
        self.matches: list[tuple[int, int]] = []
        self.lines: list[VisualLine] = []
        self._sentence_lines: list[tuple[int, int]] = []
        # Wrapped layouts of recent (article, text, width): moving between events of a few
        # articles re-shows them without wrapping again. Entries keep their article and text
        # alive, so that the ids in the key cannot be reused by other objects.
        self._wrap_cache: LRUCache[tuple[int, int, int, str | None], WrapEntry] = LRUCache(16)
        self._wrapped_width = -1
        # Bumped with each new layout (article, width, header): a line's look includes it.
        self.layout_generation = 0
        self._painter = LinePainter(self)
        self._title_plain: str | None = None

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
        self.mention_ends = [mention.end for mention in self.mentions]
        self.cursor_sentence = 0 if sentences else -1
        self.source_span = None
        self.matches = []
        self.match_ends = []
        self._wrapped_width = -1
        self._rewrap()
        self.scroll_to(y=0, animate=False, immediate=True)

    def forget_layouts(self) -> None:
        """Drop the wrapped layouts kept: an article shown again with other sentences (its
        text the same) must not find the old sentence-to-line map."""
        self._wrap_cache.clear()

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
        self.repaint_changed()

    def set_matches(self, matches: list[tuple[int, int]]) -> None:
        """Spans that match the current text search (none when no text search is on)."""
        self.matches = sorted(matches)
        # Matches do not overlap, so their ends are sorted too: a line finds its own by bisect.
        self.match_ends = [end for _, end in self.matches]
        self.repaint_changed()

    def repaint_changed(self) -> None:
        """Repaint the visible lines whose look changed (cursor, quote, actors, matches), not
        the whole pane: moving between events of one article repaints a few lines."""
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        for first, count in self._painter.changed_runs(top, height):
            self.refresh_lines(first, count)

    def set_title(self, title: Text | str) -> None:
        """Set the border title, only when it changed: setting one repaints the whole pane."""
        plain = title.plain if isinstance(title, Text) else title
        if plain != self._title_plain:
            self._title_plain = plain
            self.border_title = title

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
        self.lines, self._sentence_lines = entry.lines, entry.sentence_lines
        self._wrapped_width = width
        self.layout_generation += 1
        self._painter.reset()
        set_virtual_size(self, Size(self.scrollable_content_region.width, len(self.lines)))
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
            set_virtual_size(self, Size(self.scrollable_content_region.width, len(self.lines)))
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
        self.cursor_sentence = index
        self.show_sentence(index, center=center)
        self.repaint_changed()
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
        if not self.sentences or not 0 <= line < len(self.lines):
            return None
        visual = self.lines[line]
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
        if index >= len(self.lines) or width <= 0:
            return Strip.blank(max(0, width), self.base_style())
        return self._painter.strip(index, width, self.base_style())

    def on_focus(self) -> None:
        self.repaint_changed()  # the cursor's colour says whether the pane has the focus

    def on_blur(self) -> None:
        self.repaint_changed()
