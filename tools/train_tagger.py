"""Rebuild the part-of-speech weights shipped in ``tui/extract/data/pos_weights.json.gz``.

    python tools/train_tagger.py [--ud ../shared/ud] [--iterations 6] [--seed 7] [--out PATH]

Trains the averaged perceptron of :mod:`tui.extract.syntax.tagger` on the UD English Web
Treebank's training split (Penn tags, the XPOS column), prints accuracy on the dev and test
splits, and writes the pruned weights, and beside them the same weights packed for a fast load
(``pos_weights.pickle.gz``, see :func:`tui.extract.syntax.tagger.pack`). Deterministic: the
shuffles use ``--seed``, and the output is byte-identical for the same inputs (no time stamp
in the gzip header).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.syntax.tagger import (  # noqa: E402
    END,
    PACKED,
    START,
    WEIGHTS,
    Tagger,
    features,
    normalize,
    packed_from_json,
    pad_shapes,
)

# A word goes in the look-up table when seen this often with one tag this often.
TAGDICT_FREQ = 20
TAGDICT_SHARE = 0.97
# Weights smaller than this (after averaging) are dropped: they rarely change a decision.
# Chosen on the dev split (the script prints accuracy and size for each candidate).
PRUNE = 0.5
PRUNE_CANDIDATES = (0.0, 0.05, 0.1, 0.25, 0.5)


def read_conllu(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL-U file as (words, Penn tags), multiword and empty tokens skipped."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append(cols[1])
        tags.append(cols[4] if cols[4] != "_" else cols[3])
    if words:
        sentences.append((words, tags))
    return sentences


def past_forms(path: Path) -> dict[str, str]:
    """Verb forms to their past tense, as the treebank spells them: "declaring" -> "declared".

    A participle clause borrows its subject ("..., declaring victory on Jan. 1"); its title
    needs the finite verb ("The fighters declared victory"). Forms whose past tense the
    treebank never shows are left out.
    """
    lemma_of: dict[str, Counter[str]] = defaultdict(Counter)
    past_of: dict[str, Counter[str]] = defaultdict(Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
            continue
        form, lemma, tag = cols[1].lower(), cols[2].lower(), cols[4]
        if tag == "VBD":
            past_of[lemma][form] += 1
        elif tag in ("VBG", "VBZ", "VBP", "VB"):
            lemma_of[form][lemma] += 1
    table = {}
    for form, lemmas in lemma_of.items():
        lemma = lemmas.most_common(1)[0][0]
        if lemma in past_of and form.isalpha():
            table[form] = past_of[lemma].most_common(1)[0][0]
    return dict(sorted(table.items()))


def make_tagdict(sentences: list[tuple[list[str], list[str]]]) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for words, tags in sentences:
        for word, tag in zip(words, tags, strict=True):
            counts[normalize(word)][tag] += 1
    table = {}
    for word, tag_counts in counts.items():
        tag, mode = tag_counts.most_common(1)[0]
        total = sum(tag_counts.values())
        if total >= TAGDICT_FREQ and mode / total >= TAGDICT_SHARE:
            table[word] = tag
    return table


def train(
    sentences: list[tuple[list[str], list[str]]], iterations: int, seed: int, prune: float = PRUNE
) -> Tagger:
    """An averaged perceptron trained on ``sentences``, weights under ``prune`` dropped."""
    tagdict = make_tagdict(sentences)
    weights: dict[str, dict[str, float]] = defaultdict(dict)
    totals: dict[tuple[str, str], float] = defaultdict(float)
    stamps: dict[tuple[str, str], int] = defaultdict(int)
    instance = 0
    labels = sorted({tag for _, tags in sentences for tag in tags})

    def update(truth: str, guess: str, feats: list[str]) -> None:
        for feature in feats:
            row = weights[feature]
            for label, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feature, label)
                old = row.get(label, 0.0)
                totals[key] += (instance - stamps[key]) * old
                stamps[key] = instance
                row[label] = old + delta

    rng = random.Random(seed)
    order = list(sentences)
    for iteration in range(iterations):
        correct = total = 0
        for words, gold in order:
            context = [*START, *(normalize(w) for w in words), *END]
            shapes = pad_shapes(words)
            prev, prev2 = START
            for i in range(len(words)):
                word = context[i + 2]
                guess = tagdict.get(word)
                if guess is None:
                    feats = features(i, word, context, shapes, prev, prev2)
                    scores: dict[str, float] = dict.fromkeys(labels, 0.0)
                    for feature in feats:
                        row = weights.get(feature)
                        if row:
                            for label, weight in row.items():
                                scores[label] += weight
                    guess = max(labels, key=lambda label: (scores[label], label))
                    instance += 1
                    if guess != gold[i]:
                        update(gold[i], guess, feats)
                correct += guess == gold[i]
                total += 1
                prev2, prev = prev, gold[i]  # teacher forcing, as in Honnibal's trainer
        print(f"iteration {iteration + 1}: train accuracy {correct / total:.4f}", flush=True)
        rng.shuffle(order)
    averaged: dict[str, dict[str, float]] = {}
    for feature, row in weights.items():
        kept = {}
        for label, weight in row.items():
            key = (feature, label)
            total_weight = totals[key] + (instance - stamps[key]) * weight
            value = round(total_weight / max(1, instance), 3)
            if value and abs(value) >= prune:
                kept[label] = value
        if kept:
            averaged[feature] = kept
    return Tagger(averaged, tagdict)


def prune_weights(tagger: Tagger, threshold: float) -> Tagger:
    """The tagger without its weights smaller than ``threshold``."""
    weights = {}
    for feature, row in tagger.weights.items():
        kept = {label: value for label, value in row.items() if abs(value) >= threshold}
        if kept:
            weights[feature] = kept
    return Tagger(weights, tagger.tagdict, tagger.past)


def accuracy(tagger: Tagger, sentences: list[tuple[list[str], list[str]]]) -> float:
    correct = total = 0
    for words, gold in sentences:
        for guess, truth in zip(tagger.tag(words), gold, strict=True):
            correct += guess == truth
            total += 1
    return correct / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "ud")
    parser.add_argument("--iterations", type=int, default=6)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--prune", type=float, default=PRUNE, help="drop smaller weights")
    args = parser.parse_args()
    train_set = read_conllu(args.ud / "en_ewt-ud-train.conllu")
    dev = read_conllu(args.ud / "en_ewt-ud-dev.conllu")
    test = read_conllu(args.ud / "en_ewt-ud-test.conllu")
    began = time.perf_counter()
    full = train(train_set, args.iterations, args.seed, prune=0.0)
    print(f"trained in {time.perf_counter() - began:.0f} s")
    tagger = full
    for threshold in PRUNE_CANDIDATES:
        pruned = prune_weights(full, threshold)
        size = len(json.dumps(pruned.weights))
        print(f"prune {threshold}: dev {accuracy(pruned, dev):.4f}, {size / 1e6:.1f} MB of JSON")
        if threshold == args.prune:
            tagger = pruned
    print(f"dev accuracy {accuracy(tagger, dev):.4f}; test accuracy {accuracy(tagger, test):.4f}")
    payload = json.dumps(
        {
            "weights": tagger.weights,
            "tagdict": tagger.tagdict,
            "past": past_forms(args.ud / "en_ewt-ud-train.conllu"),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    with (
        open(args.out, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out,
    ):
        out.write(payload)
    print(
        f"wrote {args.out}: {args.out.stat().st_size / 1e6:.2f} MB, {len(tagger.weights)} features"
    )
    packed = PACKED if args.out == WEIGHTS else args.out.with_name(PACKED.name)
    packed.write_bytes(packed_from_json(args.out))
    print(f"wrote {packed}: {packed.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
