"""Markdown: a dated chronology with quoted sources."""

from __future__ import annotations

import re

from tui.model.dates import Precision
from tui.model.diagnostics import count
from tui.model.export.base import (
    Exporter,
    Row,
    article_label,
    one_line,
    publication,
    rows,
    status_note,
)
from tui.model.timeline import Article, Timeline

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# What makes a line a heading, quote, list item or setext underline when it starts one.
_MD_LINE_START = re.compile(r"^([#>+\-=])|^(\d+)([.)])")


def md(text: str) -> str:
    """``text`` on one line with Markdown and HTML syntax escaped, so it reads as written."""
    text = _MD_INLINE.sub(r"\\\1", one_line(text))
    # Only punctuation takes a backslash: `1. x` becomes `1\. x`, not `\1. x`.
    return _MD_LINE_START.sub(
        lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), text
    )


def to_markdown(timeline: Timeline, title: str = "") -> str:
    """A dated chronology: year and month headings, each event with its quoted sources.

    Undated events follow under their own heading, by publication date; the articles are
    listed at the end.
    """
    articles = timeline.article_by_id
    events = rows(timeline)
    lines = [f"# {md(title) if title else 'Timeline'}", ""]
    dated = sum(1 for row in events if row.date is not None)
    lines += [
        f"{count(len(events), 'event')} ({dated} dated) from "
        f"{count(len(timeline.articles), 'article')}, {count(len(timeline.actors), 'actor')}.",
        "",
    ]
    year_heading = month_heading = ""
    for row in events:
        date = row.date
        if date is None:
            if year_heading != "Undated":
                year_heading, month_heading = "Undated", ""
                lines += ["## Undated", "", "Sorted by the publication date of their source.", ""]
        else:
            year = str(date.first_day.year)
            if year != year_heading:
                year_heading, month_heading = year, ""
                lines += [f"## {year}", ""]
            month = (
                f"{date.first_day:%B} {date.first_day.year}"
                if date.start.precision >= Precision.MONTH
                else ""
            )
            if month and month != month_heading:
                month_heading = month
                lines += [f"### {month}", ""]
        lines += _markdown_event(row, articles)
    if timeline.articles:
        lines += ["## Articles", ""]
        for article in timeline.articles:
            name = md(article.title or article.id)
            if article.url and re.match(r"https?://\S+$", article.url):
                name = f"[{name}](<{article.url.replace('>', '%3E')}>)"
            details = [
                md(part) for part in (article.byline, article.source, publication(article)) if part
            ]
            details.append(f"`{article.path.replace('`', '')}`")
            lines.append(f"- **{name}**: {', '.join(details)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_event(row: Row, articles: dict[str, Article]) -> list[str]:
    event = row.event
    label = md(event.date_label())
    status = status_note(event)
    head = f"- **{label}**: {md(event.title)}"
    if status:
        head += f" *({status})*"
    lines = [head]
    details: list[str] = []
    if row.actor_names:
        details.append("actors: " + ", ".join(md(name) for name in row.actor_names))
    if event.tags:
        details.append("tags: " + ", ".join(md(tag) for tag in event.tags))
    if event.date_text:
        details.append(f"dated by “{md(event.date_text)}”")
    if details:
        lines.append("  " + "; ".join(details) + "  ")
    lines[-1] = lines[-1].rstrip()
    for source in event.sources:
        article = articles.get(source.article)
        where = md(article_label(article, source.article))
        published = publication(article)
        cite = f"*{where}*" + (f", {published}" if published else "")
        lines += ["", f"  > {md(source.quote)}", "  >", f"  > — {cite}"]
    if event.notes:
        lines += ["", f"  Note: {md(event.notes)}"]
    lines.append("")
    return lines


EXPORTER = Exporter(
    name="markdown",
    summary="a dated chronology with quoted sources",
    suffixes=(".md", ".markdown"),
    render=lambda timeline, options: to_markdown(timeline, options.title),
)
