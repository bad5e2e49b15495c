"""A part-of-speech tagger: a greedy averaged perceptron with Penn Treebank tags.

Trained on the UD English Web Treebank by ``tools/train_tagger.py`` (weights in
``tui/extract/data/pos_weights.json.gz``, CC BY-SA 4.0, see the NOTICE there). The model is the
one Matthew Honnibal described in "A good part-of-speech tagger in about 200 lines of Python"
(2013): one pass left to right, features of the word, its neighbours and the two tags before
it; words that the treebank always tags alike are looked up, not scored. Python (numpy sums
the score vectors), no run-time download, loaded once per process, from the same weights
packed for a fast load (``pos_weights.pickle.gz``: written beside the JSON by the trainer, or
from it by ``python -m tui.extract.syntax.tagger``; a test checks that it is current).
"""

from __future__ import annotations

import gzip
import io
import json
import pickle
import struct
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "pos_weights.json.gz"
# The same weights as rows of bytes (see ``pack``): a tenth of the JSON's load time, because a
# row is decoded only when an article first needs it (a run meets a few thousand of 67,000).
PACKED = WEIGHTS.with_name("pos_weights.pickle.gz")
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")


def normalize(word: str) -> str:
    """The form a word is looked up by: lowercase, numbers and years folded."""
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit() or (word[:1] == "$" and word[1:2].isdigit()):
        return "!DIGITS"
    return word.lower()


def shape(word: str) -> str:
    """A word's capitalisation: ``X`` all caps, ``Xx`` capitalised, ``x`` lower, ``-`` other."""
    if word[:1].isupper():
        return "X" if word.isupper() and len(word) > 1 else "Xx"
    return "x" if word[:1].islower() else "-"


def features(
    i: int, word: str, context: Sequence[str], shapes: Sequence[str], prev: str, prev2: str
) -> list[str]:
    """The features of the word at ``context[i]`` (``context`` and ``shapes`` are padded by
    two each side)."""
    i += 2
    return [
        "b",
        "s " + word[-3:],
        "z " + word[-2:],
        "p " + word[:1],
        "r " + word[:3],
        "h " + shapes[i],
        "hh " + shapes[i - 1] + shapes[i] + shapes[i + 1],
        "t " + prev,
        "u " + prev2,
        "tt " + prev + " " + prev2,
        "w " + word,
        "tw " + prev + " " + word,
        "tn " + prev + " " + context[i + 1],
        "pw " + context[i - 1],
        "ps " + context[i - 1][-3:],
        "qw " + context[i - 2],
        "nw " + context[i + 1],
        "ns " + context[i + 1][-3:],
        "mw " + context[i + 2],
    ]


def pad_shapes(words: Sequence[str]) -> list[str]:
    """The shape of each word, padded by two each side like the context."""
    return ["", "", *(shape(w) for w in words), "", ""]


# Features that depend only on the two tags before (their summed weights are cached per tag
# pair) and only on the word's shape and first letter (cached per shape triple and letter):
# most of a word's score comes from these, and they repeat all the time.
_TAG_FEATURES = ("b", "t", "u", "tt")
_SHAPE_FEATURES = ("h", "hh", "p")
# Dense vectors kept for the features of the words around (about 500 bytes each; the 2,452
# silver articles use 25,560), and features remembered in all, most of them without weights
# (143,000 for those articles): beyond, a vector is looked up and made again each time.
_DENSE_ROWS_KEPT = 60_000
_FEATURES_KEPT = 600_000
_FORMS_KEPT = 200_000
_NOT_SEEN = object()


class Tagger:
    """Tags tokens with Penn Treebank part-of-speech tags (``NNP``, ``VBD``, ``MD``...).

    Scores are dense vectors over the tag set: the features of the two previous tags and of
    the word's shape are summed once per distinct value and cached, and so are the word's
    own (itself and its affixes); each feature of the neighbours is a vector too, added to
    them. Same scores as summing the weights of :func:`features`, several times faster. A
    packed tagger (``load``) sums the same weights as exact thousandths, a sentence at a time,
    and tags as these float sums do (:mod:`tui.extract.syntax.exact_scores`).
    """

    def __init__(
        self,
        weights: dict[str, dict[str, float]],
        tagdict: dict[str, str],
        past: dict[str, str] | None = None,
    ) -> None:
        self._weights: dict[str, dict[str, float]] | None = weights
        self.tagdict = tagdict
        # Verb forms to their past tense ("declaring" -> "declared"), from the treebank.
        self.past = past or {}
        # Every past tense the treebank has, to tell a tagging slip ("field" as a past tense).
        self.past_forms = frozenset(self.past.values()) | {"was", "were", "had", "did"}
        # Names the treebank writes in the plural ("Americans", "Democrats").
        self.plural_names = frozenset(
            feature[2:]
            for feature, row in weights.items()
            if feature.startswith("w ") and max(row, key=row.get) == "NNPS"
        )
        self.labels = sorted({label for row in weights.values() for label in row} or {"NN"})
        index = {label: i for i, label in enumerate(self.labels)}
        self._sparse = {
            feature: tuple((index[label], weight) for label, weight in row.items())
            for feature, row in weights.items()
        }
        # Rows not decoded yet (a packed tagger's, see ``load``); decoded into _sparse on use.
        self._packed: dict[str, bytes] = {}
        self._reset_caches()

    def _reset_caches(self) -> None:
        # numpy (a dependency of the language detector already) sums the score vectors: the
        # tagger is the largest part of extracting an article. Imported here, when a tagger
        # is made, so that commands that tag nothing do not pay for its import.
        import numpy

        self._numpy = numpy
        self._base_cache: dict[tuple[str, ...], Any] = {}
        self._tag_cache: dict[tuple[str, ...], Any] = {}
        self._shape_cache: dict[tuple[str, ...], Any] = {}
        # The features of the word alone (itself and its affixes), summed per word.
        self._word_cache: dict[str, Any] = {}
        # The other features, as dense vectors (None: no weights), see ``_vector``.
        self._vectors: dict[str, Any] = {}
        self._dense_rows = 0
        # Per word: what ``_about`` says of it.
        self._forms: dict[str, tuple[str, str, str | None, str | None]] = {}
        self._exact: Any = None  # see ``_thousandths``

    @classmethod
    def load(cls, path: Path = PACKED) -> Tagger:
        """The tagger with the weights shipped in the package (``path``: the packed weights,
        or the trainer's JSON)."""
        if path.name.endswith(".json.gz"):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
            return cls(data["weights"], data["tagdict"], data.get("past", {}))
        with gzip.open(path, "rb") as handle:
            state = pickle.load(handle)  # the package's own file, as trusted as its code
        tagger = cls.__new__(cls)
        tagger._weights = None
        tagger.tagdict = state["tagdict"]
        tagger.past = state["past"]
        tagger.past_forms = frozenset(tagger.past.values()) | {"was", "were", "had", "did"}
        tagger.plural_names = frozenset(state["plural_names"])
        tagger.labels = state["labels"]
        tagger._sparse = {}
        tagger._packed = state["rows"]
        tagger._reset_caches()
        return tagger

    @property
    def weights(self) -> dict[str, dict[str, float]]:
        """Every feature's weight per tag (decoded whole from the packed rows when loaded from
        them: for training and tests; tagging never needs it)."""
        if self._weights is None:
            for feature in self._packed:
                self._row(feature)
            self._weights = {
                feature: {self.labels[i]: weight for i, weight in row}
                for feature, row in self._sparse.items()
            }
        return self._weights

    def _row(self, feature: str) -> tuple[tuple[int, float], ...] | None:
        """A feature's (tag index, weight) pairs, decoded from its packed bytes on first use;
        None for a feature without weights."""
        row = self._sparse.get(feature)
        if row is None:
            raw = self._packed.get(feature)
            if raw is None:
                return None
            count = len(raw) // 5
            thousandths = struct.unpack_from(f"<{count}i", raw, count)
            # Exact: the weights have three decimals, and k / 1000 is the float "0.k" reads as.
            row = self._sparse[feature] = tuple(
                zip(raw[:count], [value / 1000 for value in thousandths], strict=True)
            )
        return row

    def _dense(self, names: Sequence[str]) -> Any:
        """The summed weights of ``names``, in order, as a dense vector over the tags: each
        tag's sum is the one adding its weights one by one gives (a tag a row has no weight
        for adds 0.0, which changes no sum), without decoding rows into pairs."""
        scores = self._numpy.zeros(len(self.labels))
        vectors = self._vectors
        for name in names:
            vector = vectors.get(name, _NOT_SEEN)
            if vector is _NOT_SEEN:
                vector = self._vector(name)
            if vector is not None:
                scores += vector
        return scores

    def _vector(self, feature: str) -> Any:
        """A feature's weights as a dense vector over the tags (an array, zeros where the row
        has no weight), or None for a feature without weights; remembered up to a bound."""
        vector = self._vectors.get(feature, _NOT_SEEN)
        if vector is not _NOT_SEEN:
            return vector
        vector = None
        raw = None if feature in self._sparse else self._packed.get(feature)
        if raw is not None:
            # Straight from the packed bytes, without the (index, weight) pairs: the same
            # floats (an int32 made float64 is exact, and k / 1000 is rounded once either way).
            numpy, count = self._numpy, len(raw) // 5
            vector = numpy.zeros(len(self.labels))
            vector[numpy.frombuffer(raw, numpy.uint8, count)] = (
                numpy.frombuffer(raw, "<i4", count, count) / 1000
            )
        elif (row := self._row(feature)) is not None:
            vector = self._numpy.zeros(len(self.labels))
            for i, weight in row:  # (one weight per tag: a row is a dict's items)
                vector[i] = weight
        if len(self._vectors) < _FEATURES_KEPT and (
            vector is None or self._dense_rows < _DENSE_ROWS_KEPT
        ):
            self._vectors[feature] = vector
            self._dense_rows += vector is not None
        return vector

    def tag(self, words: Sequence[str]) -> list[str]:
        """One tag per word, in order."""
        # What the tagger reads of a word alone, remembered per word (most words recur).
        forms, about = self._forms, self._about
        context = [*START]
        shapes = ["", ""]
        fixed: list[str | None] = []
        for i, w in enumerate(words):
            known = forms.get(w)
            if known is None:
                known = about(w)
                if len(forms) < _FORMS_KEPT:
                    forms[w] = known
            context.append(known[0])
            shapes.append(known[1])
            fixed.append(known[2] if i else known[3])
        context.extend(END)
        shapes.extend(("", ""))
        if self._packed:
            return self._thousandths().tag(context, shapes, fixed)
        prev, prev2 = START
        tags: list[str] = []
        labels = self.labels
        for i, tag in enumerate(fixed):
            if tag is None:
                tag = labels[self.scores(context, shapes, i, prev, prev2).argmax()]
            tags.append(tag)
            prev2, prev = prev, tag
        return tags

    def _about(self, raw: str) -> tuple[str, str, str | None, str | None]:
        """A word's normal form, its shape, and its tag when the dictionary or a rule gives it
        (whatever the tags before it) inside a sentence and opening one (None: the model
        scores it)."""
        word = normalize(raw)
        tag = self.tagdict.get(word)
        inside = first = tag
        if tag is None and raw[:1].isupper() and not raw.isupper():
            # A capitalised word inside a sentence is a name: in news nearly always, and
            # deciding it by rule spares the model a third of its words.
            inside = "NNPS" if raw.endswith("s") and word in self.plural_names else "NNP"
            feature = "w " + word
            if word.isalpha() and feature not in self._sparse and feature not in self._packed:
                # One the treebank never saw opening a sentence is a name too: web text
                # taught the model that "Albright," is an interjection, "Slepian," an
                # adjective.
                first = "NNP"
        return word, shape(raw), inside, first

    def _thousandths(self) -> Any:
        """The scorer that sums the packed weights exactly (made on first use)."""
        scorer = self._exact
        if scorer is None:
            from tui.extract.syntax.exact_scores import ExactScorer

            scorer = self._exact = ExactScorer(self._packed, self.labels, self.scores)
        return scorer

    def scores(
        self, context: Sequence[str], shapes: Sequence[str], i: int, prev: str, prev2: str
    ) -> Any:
        """The scores of the word at ``context[i + 2]`` over the tags (``context`` and
        ``shapes`` padded by two each side) after the tags ``prev`` and ``prev2``: the sum of
        the weights of its :func:`features`, in their order, as floats."""
        vectors, vector_of = self._vectors, self._vector
        word = context[i + 2]
        key = (prev, prev2, shapes[i + 1], shapes[i + 2], shapes[i + 3], word[:1])
        base = self._base_cache.get(key)
        if base is None:
            # Built from the two smaller caches, so a miss costs one sum of vectors.
            by_tags = self._tag_cache.get(key[:2])
            if by_tags is None:
                names = ("b", "t " + prev, "u " + prev2, "tt " + prev + " " + prev2)
                by_tags = self._tag_cache[key[:2]] = self._dense(names)
            by_shape = self._shape_cache.get(key[2:])
            if by_shape is None:
                names = ("h " + key[3], "hh " + key[2] + key[3] + key[4], "p " + key[5])
                by_shape = self._shape_cache[key[2:]] = self._dense(names)
            base = by_tags + by_shape
            if len(self._base_cache) < 50000:
                self._base_cache[key] = base
        by_word = self._word_cache.get(word)
        if by_word is None:
            names = ("s " + word[-3:], "z " + word[-2:], "r " + word[:3], "w " + word)
            by_word = self._dense(names)
            if len(self._word_cache) < 20000:
                self._word_cache[word] = by_word
        # Vectors of floats: each tag's score is the same sum, in the same order, as adding
        # the weights one by one (a tag a row has no weight for adds 0.0, which changes no
        # sum), at a fraction of the cost in Python.
        scores = base + by_word
        j = i + 2
        for feature in (
            "tw " + prev + " " + word,
            "tn " + prev + " " + context[j + 1],
            "pw " + context[j - 1],
            "ps " + context[j - 1][-3:],
            "qw " + context[j - 2],
            "nw " + context[j + 1],
            "ns " + context[j + 1][-3:],
            "mw " + context[j + 2],
        ):
            vector = vectors.get(feature, _NOT_SEEN)
            if vector is _NOT_SEEN:
                vector = vector_of(feature)
            if vector is not None:
                scores += vector
        return scores


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    """The shipped tagger, loaded on first use and kept for the process."""
    return Tagger.load()


def pack(
    weights: dict[str, dict[str, float]], tagdict: dict[str, str], past: dict[str, str]
) -> bytes:
    """The trainer's weights as ``PACKED`` holds them: gzip (no time stamp) of a pickle whose
    rows are bytes, the tag indices then the weights in little-endian int32 thousandths (the
    weights have three decimals); the same input gives the same bytes."""
    tagger = Tagger(weights, tagdict, past)
    rows = {
        feature: bytes(i for i, _ in row)
        + struct.pack(f"<{len(row)}i", *(round(weight * 1000) for _, weight in row))
        for feature, row in tagger._sparse.items()
    }
    state = {
        "labels": tagger.labels,
        "rows": rows,
        "tagdict": tagdict,
        "past": past,
        "plural_names": sorted(tagger.plural_names),
    }
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(pickle.dumps(state, protocol=4))
    return buffer.getvalue()


def packed_from_json(path: Path = WEIGHTS) -> bytes:
    """``pack`` of the weights in the trainer's JSON at ``path``."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    return pack(data["weights"], data["tagdict"], data.get("past", {}))


if __name__ == "__main__":  # rebuild PACKED from WEIGHTS (the trainer does it too)
    PACKED.write_bytes(packed_from_json())
    print(f"wrote {PACKED}: {PACKED.stat().st_size / 1e6:.2f} MB")
