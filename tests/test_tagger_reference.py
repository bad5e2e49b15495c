"""The POS tagger's cached, dense scoring picks what plain feature sums pick (issue 8: a faster
tagger must keep the same output).

The reference is Honnibal's loop written out: every feature of :func:`features` summed for
every tag, in exact integer thousandths (the shipped weights have three decimals), the first
best tag in label order. Any change to the tagger's caches or inner loop is held to it.
"""

from __future__ import annotations

import re

import pytest
from tagger_support import ROOT, seed_sentences, sentence_words

from tui.extract.syntax.tagger import (
    END,
    START,
    Tagger,
    default_tagger,
    features,
    normalize,
    pad_shapes,
)

SILVER = ROOT.parent / "shared" / "timeml" / "silver"


def reference_tag(tagger: Tagger, words: list[str]) -> list[str]:
    """Tags by summing the weights of every feature, exactly."""
    context = [*START, *(normalize(word) for word in words), *END]
    shapes = pad_shapes(words)
    prev, prev2 = START
    tags: list[str] = []
    for i, raw in enumerate(words):
        word = context[i + 2]
        tag = tagger.tagdict.get(word)
        if tag is None and raw[:1].isupper() and not raw.isupper():
            if i > 0:
                row = tagger.weights.get("w " + word) or {}
                plural = bool(row) and max(row, key=row.get) == "NNPS"
                tag = "NNPS" if raw.endswith("s") and plural else "NNP"
            elif word.isalpha() and "w " + word not in tagger.weights:
                tag = "NNP"
        if tag is None:
            scores = dict.fromkeys(tagger.labels, 0)
            for feature in features(i, word, context, shapes, prev, prev2):
                for label, weight in tagger.weights.get(feature, {}).items():
                    scores[label] += round(weight * 1000)
            best = max(scores.values())
            tag = next(label for label in tagger.labels if scores[label] == best)
        tags.append(tag)
        prev2, prev = prev, tag
    return tags


def test_shipped_weights_are_thousandths() -> None:
    """What the exact reference relies on."""
    tagger = default_tagger()
    for row in list(tagger.weights.values())[::50]:
        for weight in row.values():
            assert abs(weight * 1000 - round(weight * 1000)) < 1e-6


def test_seed_articles_are_tagged_as_the_plain_sums_tag_them() -> None:
    tagger = default_tagger()
    sentences = seed_sentences()
    assert sum(map(len, sentences)) > 500
    for words in sentences:
        assert tagger.tag(words) == reference_tag(tagger, words), " ".join(words)


@pytest.mark.shared
@pytest.mark.skipif(not SILVER.is_dir(), reason="../shared/timeml/silver is absent")
def test_news_is_tagged_as_the_plain_sums_tag_it() -> None:
    """Thirty silver articles (wire news): a fresh tagger, so its caches fill as in a run."""
    tagger = Tagger.load()
    words_tagged = 0
    for path in sorted(SILVER.glob("*.tml"))[::80][:30]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if body is None:
            continue
        for words in sentence_words(re.sub(r"<[^>]+>", "", body[1])):
            assert tagger.tag(words) == reference_tag(tagger, words), " ".join(words)
            words_tagged += len(words)
    assert words_tagged > 5000


def test_a_tagger_whose_caches_are_full_tags_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """The caches' bounds (a long run over very many articles) change the speed, not the tags:
    with room for a handful of feature vectors, the rest are made again each time."""
    from tui.extract.syntax import tagger as tagger_module

    monkeypatch.setattr(tagger_module, "_DENSE_ROWS_KEPT", 5)
    monkeypatch.setattr(tagger_module, "_FEATURES_KEPT", 40)
    tagger = Tagger.load()
    sentences = seed_sentences()
    for words in sentences:
        assert tagger.tag(words) == reference_tag(tagger, words), " ".join(words)
    assert len(tagger._vectors) <= 40
