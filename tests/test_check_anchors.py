"""``newsline check`` looks for every quote but keeps no anchor (issue 8: check speed).

Splitting articles into sentences was three quarters of checking 20,000 events, and only the
anchors' sentence index needed it. ``load_timeline(keep_anchors=False)`` must still report
exactly what the full load reports.
"""

from __future__ import annotations

from pathlib import Path

from tui.model.loader import Corpus, load_timeline

ARTICLE = (
    "The council met on Monday. It approved the “new budget” after a long debate.\n"
    "Critics said the budget was late. The mayor said the budget was late.\n"
)
TIMELINE = """version: 1
articles:
  - id: a
    path: a.txt
    published: 2023-03-01
events:
  - id: exact
    title: Budget approved
    date: 2023-02-27
    sources:
      - article: a
        quote: It approved the “new budget”
  - id: folded
    title: Typography folded
    date: 2023-02-27
    sources:
      - article: a
        quote: 'It approved the "new budget"'
  - id: twice
    title: A quote found twice
    date: 2023-02-28
    sources:
      - article: a
        quote: the budget was late
  - id: fuzzy
    title: A retyped quote
    date: 2023-02-28
    sources:
      - article: a
        quote: Critics said the budgets was late
  - id: missing
    title: A quote not in the article
    date: 2023-02-28
    sources:
      - article: a
        quote: nothing like this is written there
"""


def _timeline(folder: Path) -> Path:
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = folder / "timeline.yaml"
    path.write_text(TIMELINE, encoding="utf-8")
    return path


def test_without_anchors_the_same_problems_are_reported(tmp_path: Path) -> None:
    path = _timeline(tmp_path)
    full = load_timeline(path, resolve_sources=True)
    checked = load_timeline(path, resolve_sources=True, keep_anchors=False)
    assert [d.format() for d in checked.diagnostics] == [d.format() for d in full.diagnostics]
    messages = " | ".join(d.message for d in full.diagnostics)
    assert "quote not found" in messages and "occurs 2 times" in messages
    assert full.timeline is not None and checked.timeline is not None
    assert full.timeline.event_by_id["fuzzy"].sources[0].anchor is not None  # found fuzzily
    assert all(s.anchor is None for e in checked.timeline.events for s in e.sources)


def test_without_anchors_no_article_is_split_into_sentences(tmp_path: Path) -> None:
    path = _timeline(tmp_path)
    corpus = Corpus()
    load_timeline(path, resolve_sources=True, corpus=corpus, keep_anchors=False)
    texts = [entry[2] for entry in corpus._cache.values()]
    assert texts and not any(text.is_split for text in texts)
    load_timeline(path, resolve_sources=True, corpus=corpus)
    assert all(text.is_split for text in texts)  # the full load does split them
