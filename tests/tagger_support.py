"""What the tagger tests share: sentences as the tagger is given them (treebank word forms)."""

from __future__ import annotations

from pathlib import Path

from tui.extract.syntax.chunks import _treebank_form
from tui.extract.syntax.tokens import tokenize
from tui.model.sentences import fast_sentences

ROOT = Path(__file__).resolve().parent.parent


def sentence_words(text: str) -> list[list[str]]:
    """The words of each sentence of ``text``, in the forms the tagger reads."""
    return [
        [_treebank_form(token.text) for token in tokenize(text[s.start : s.end])]
        for s in fast_sentences(text)
    ]


def seed_sentences() -> list[list[str]]:
    """The words of every sentence of the seed articles."""
    return [
        words
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for words in sentence_words(path.read_text(encoding="utf-8"))
    ]
