"""Command palette provider: jump to any event, actor or article by name; set filters."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from tui.model.diagnostics import printable
from tui.model.timeline import EventStatus

if TYPE_CHECKING:
    from tui.app.reader import ReaderApp

MAX_HITS = 60


def _score(needle_words: list[str], haystack: str) -> float:
    """1.0 for a prefix match, less for a substring, 0 when a word is missing."""
    folded = haystack.casefold()
    if not all(word in folded for word in needle_words):
        return 0.0
    return (
        1.0
        if folded.startswith(needle_words[0])
        else 0.8 - min(0.5, folded.find(needle_words[0]) / 200)
    )


class ReaderCommands(Provider):
    """Events, actors, articles and filters of the loaded timeline."""

    @property
    def reader(self) -> ReaderApp:
        return self.app  # type: ignore[return-value]

    def _commands(self) -> list[tuple[str, object, str]]:
        app = self.reader
        timeline = app.timeline
        commands: list[tuple[str, object, str]] = [
            ("Filter: date range…", app.prompt_date_range, "show events within dates"),
            (
                "Filter: clear all",
                partial(app.set_filters, type(app.filters)()),
                "show every event",
            ),
        ]
        for status in EventStatus:
            commands.append(
                (
                    f"Filter: status {status.value}",
                    partial(app.filter_by_status, status),
                    "show only events with this status",
                )
            )
        if timeline is None:
            return commands
        tags = sorted({tag for event in timeline.events for tag in event.tags})
        for tag in tags:
            commands.append(
                (
                    f"Filter: tag {tag}",
                    partial(app.filter_by_tag, tag),
                    "show only events with this tag",
                )
            )
        for article in timeline.articles:
            commands.append(
                (
                    f"Article: {article.title or article.path}",
                    partial(app.show_article, article.id, focus=True),
                    article.path,
                )
            )
        for actor in timeline.actors:
            commands.append(
                (
                    f"Actor: {actor.name}",
                    partial(app.select_actor, actor.id),
                    f"{actor.kind} · {actor.id}",
                )
            )
        for event in app.ordered:
            commands.append(
                (
                    f"Event: {event.title}",
                    partial(app.select_event, event.id),
                    f"{event.date_label()} · {event.id}",
                )
            )
        return commands

    async def discover(self) -> Hits:
        for text, command, help_text in self._commands()[: 8 + len(EventStatus)]:
            yield DiscoveryHit(
                Content(printable(text)), command, text=text, help=printable(help_text)
            )

    async def search(self, query: str) -> Hits:
        words = query.casefold().split()
        if not words:
            return
        hits = []
        for text, command, help_text in self._commands():
            score = _score(words, text + " " + help_text)
            if score:
                hits.append((score, text, command, help_text))
                if len(hits) >= MAX_HITS * 4:
                    break
        hits.sort(key=lambda hit: -hit[0])
        for score, text, command, help_text in hits[:MAX_HITS]:
            # Content(...) is literal: event titles may contain [markup] and must show as text.
            yield Hit(
                score, Content(printable(text)), command, text=text, help=printable(help_text)
            )
