"""bench/tls_metrics.py: Date-F1 and align+ m:1 ROUGE as tilse defines them, on worked cases."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from tls_metrics import (  # noqa: E402
    alignment_rouge,
    date_f1,
    rouge_counts,
    score,
    tokenize,
)

D1 = dt.date(2011, 2, 11)
D2 = dt.date(2011, 2, 12)
GOLD_SENTENCE = "The army takes control of the country ."


def test_tokens_split_as_the_benchmark_did() -> None:
    assert tokenize("Mexico's swine-flu deaths didn't rise.") == (
        "Mexico 's swine-flu deaths did n't rise ."
    )


def test_counts_drop_stopwords_and_punctuation_and_stem() -> None:
    # "the", "of" are stopwords; "controls" and "control" stem alike.
    counts = rouge_counts(["army takes controls ."], [GOLD_SENTENCE], 1)
    assert (counts.hits, counts.predicted, counts.gold) == (3, 3, 4)
    bigrams = rouge_counts(["army takes controls ."], [GOLD_SENTENCE], 2)
    assert (bigrams.hits, bigrams.predicted, bigrams.gold) == (2, 2, 3)


def test_the_same_timeline_scores_one() -> None:
    gold = {D1: [GOLD_SENTENCE]}
    assert score({D1: ["The army takes control of the country."]}, gold).rouge1 == 1.0
    assert alignment_rouge(gold, gold, 2) == 1.0
    assert date_f1([D1], [D1]) == 1.0


def test_a_day_off_halves_the_content_and_misses_the_date() -> None:
    scores = score({D2: [GOLD_SENTENCE]}, {D1: [GOLD_SENTENCE]})
    assert scores.date_f1 == 0.0
    assert scores.rouge1 == pytest.approx(0.5)  # 1 / (1 day + 1)


def test_many_to_one_alignment_counts_a_gold_date_for_each_prediction() -> None:
    # Both predicted days align to the one gold day: precision (1 + 1/2) / 2, recall 1.
    predicted = {D1: [GOLD_SENTENCE], D2: [GOLD_SENTENCE]}
    assert alignment_rouge(predicted, {D1: [GOLD_SENTENCE]}, 1) == pytest.approx(6 / 7)
    assert date_f1([D1, D2], [D1]) == pytest.approx(2 / 3)


def test_nothing_predicted_scores_zero() -> None:
    assert score({}, {D1: [GOLD_SENTENCE]}).rouge1 == 0.0
    assert date_f1([], [D1]) == 0.0


def test_the_scorer_says_when_the_stories_are_missing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "tls_score.py"), "--tls", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "not found; skipped" in done.stdout
