"""Timeline-summarization measures: Date-F1 and alignment ROUGE-1/2 ("align+ m:1").

The definitions are tilse's (Martschat & Markert 2017, "Improving ROUGE for Timeline
Summarization"; the ``tilse`` package, evaluation/rouge.py and evaluation/util.py), written
again here because tilse itself pulls in spaCy, textacy, numba and scikit-learn:

- **Date-F1**: precision and recall of the set of predicted dates against the gold's.
- **align+ m:1**: every predicted date is aligned to the gold date of least cost, and every
  gold date to the predicted date of least cost (many-to-one both ways); the cost of a pair is
  ``(1 - 1 / (days apart + 1)) * (1 - approximate ROUGE-1 F of their summaries)``. Precision
  sums each predicted date's ROUGE hits against its aligned gold summary, weighted by
  ``1 / (days apart + 1)``, over all predicted tokens; recall the same from the gold side.
- ROUGE counts as tilse's Python reimplementation does (it agrees with ROUGE-1.5.5 within
  about 0.005): tokens lowercased, ROUGE-1.5.5's stopword list and plain punctuation dropped,
  Porter-stemmed; hits are clipped counts of shared unigrams (bigrams for ROUGE-2).

Summaries are lists of sentences. The gold's are tokenized already (``Mexico 's``), as
tilse expects; a system's sentences go through :func:`tokenize` first, which splits them the
same way, so that ``Mexico's`` and ``Mexico 's`` count alike.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import snowballstemmer

Timeline = dict[dt.date, list[str]]

_PUNCTUATION = frozenset([".", ",", ";", ":", "``", "''", "-", '"'])
_STOPWORDS_FILE = Path(__file__).resolve().parent / "tls_stopwords.txt"
# Words, clitics ('s, n't) split off as the benchmark's tokenizer did, and any other mark.
_TOKEN = re.compile(r"n't|'\w+|\w+(?=n't)|\w+(?:[-.]\w+)*|[^\w\s]")


@cache
def stopwords() -> frozenset[str]:
    """ROUGE-1.5.5's stopwords."""
    lines = _STOPWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _stem(word: str) -> str:
    return _STEMMER.stemWord(word)


_STEMMER = snowballstemmer.stemmer("porter")


def tokenize(sentence: str) -> str:
    """``sentence`` split into space-separated tokens as the gold summaries are."""
    return " ".join(_TOKEN.findall(sentence))


@dataclass(frozen=True, slots=True)
class Counts:
    """ROUGE counts: hits, predicted tokens (precision's denominator), gold tokens (recall's)."""

    hits: int
    predicted: int
    gold: int


def _terms(sentences: list[str]) -> list[str]:
    drop = stopwords() | _PUNCTUATION
    return [
        _stem(token.lower())
        for sentence in sentences
        for token in sentence.split()
        if token.lower() not in drop
    ]


def rouge_counts(predicted: list[str], gold: list[str], n: int) -> Counts:
    """ROUGE-``n`` counts of the ``predicted`` sentences against the ``gold`` ones."""
    pred_terms, gold_terms = _terms(predicted), _terms(gold)
    pred_grams = Counter(zip(*(pred_terms[i:] for i in range(n)), strict=False))
    gold_grams = Counter(zip(*(gold_terms[i:] for i in range(n)), strict=False))
    hits = sum(min(count, gold_grams[gram]) for gram, count in pred_grams.items())
    return Counts(hits, sum(pred_grams.values()), sum(gold_grams.values()))


def approximate_rouge1(predicted: list[str], gold: list[str]) -> float:
    """tilse's cheap ROUGE-1 F for the alignment cost: raw tokens, single punctuation out."""
    pred = Counter(t for s in predicted for t in s.split() if t not in string.punctuation)
    ref = Counter(t for s in gold for t in s.split() if t not in string.punctuation)
    hits = sum(min(count, ref[token]) for token, count in pred.items())
    precision = hits / sum(pred.values()) if pred else 0.0
    recall = hits / sum(ref.values()) if ref else 0.0
    return f_score(precision, recall)


def f_score(precision: float, recall: float) -> float:
    """F1, 0 when both are 0."""
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def date_f1(predicted: set[dt.date] | list[dt.date], gold: set[dt.date] | list[dt.date]) -> float:
    """F1 of the predicted dates against the gold dates."""
    pred, ref = set(predicted), set(gold)
    if not pred or not ref:
        return 0.0
    both = len(pred & ref)
    return f_score(both / len(pred), both / len(ref))


def _nearness(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _aligned(
    sources: list[dt.date], targets: list[dt.date], cost: Callable[[dt.date, dt.date], float]
) -> list[dt.date]:
    """For each source date, the target date of least cost (the first of equal ones)."""
    out = []
    for source in sources:
        costs = [cost(source, target) for target in targets]
        out.append(targets[costs.index(min(costs))])
    return out


def alignment_rouge(predicted: Timeline, gold: Timeline, n: int) -> float:
    """Alignment ROUGE-``n`` F1 (align+ m:1) of ``predicted`` against one gold timeline."""
    pred_dates, gold_dates = sorted(predicted), sorted(gold)
    if not pred_dates or not gold_dates:
        return 0.0

    def cost(pred_date: dt.date, gold_date: dt.date) -> float:
        content = approximate_rouge1(predicted[pred_date], gold[gold_date])
        return (1 - _nearness(pred_date, gold_date)) * (1 - content)

    hits = total = 0.0
    for pred_date, gold_date in zip(
        pred_dates, _aligned(pred_dates, gold_dates, cost), strict=True
    ):
        counts = rouge_counts(predicted[pred_date], gold[gold_date], n)
        hits += _nearness(pred_date, gold_date) * counts.hits
        total += counts.predicted
    precision = hits / total if total else 0.0
    hits = total = 0.0
    reverse = _aligned(gold_dates, pred_dates, lambda g, p: cost(p, g))
    for gold_date, pred_date in zip(gold_dates, reverse, strict=True):
        counts = rouge_counts(predicted[pred_date], gold[gold_date], n)
        hits += _nearness(pred_date, gold_date) * counts.hits
        total += counts.gold
    recall = hits / total if total else 0.0
    return f_score(precision, recall)


@dataclass(frozen=True, slots=True)
class Scores:
    """The three measures of one predicted timeline against one gold timeline."""

    date_f1: float
    rouge1: float
    rouge2: float


def score(predicted: Timeline, gold: Timeline) -> Scores:
    """Date-F1 and alignment ROUGE-1/2 F1; ``predicted``'s sentences are tokenized first."""
    tokenized = {date: [tokenize(s) for s in sentences] for date, sentences in predicted.items()}
    return Scores(
        date_f1(set(predicted), set(gold)),
        alignment_rouge(tokenized, gold, 1),
        alignment_rouge(tokenized, gold, 2),
    )
