"""What the title tests share: the title of a sentence's event dated by one of its dates."""

from __future__ import annotations

from tui.extract.titles import event_title


def title_at(sentence: str, date: str) -> str:
    """The title :func:`tui.extract.titles.event_title` gives the event ``sentence`` dates by
    the text ``date`` (its first occurrence)."""
    start = sentence.index(date)
    return event_title(sentence, start, start + len(date))
