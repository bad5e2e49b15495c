"""How the reader names an article and cites a quote from it: captions and ``y``'s citation."""

from __future__ import annotations

from tui.model.timeline import Article


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
