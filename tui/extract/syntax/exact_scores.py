"""The POS tagger's scores summed exactly, a sentence at a time (see :mod:`.tagger`).

The packed weights are whole thousandths (``pos_weights.pickle.gz``: int32 per tag), so their
sums are exact in any order: the features that do not depend on the tags before a word (the
word itself, its shape, its neighbours: 13 of its 19) are summed for every scored word of a
sentence at once (one ``numpy.bincount`` over the rows' bytes, no vector per feature), and
only the tag features are added word by word, as the greedy pass goes.

The tagger's own scores are float sums in a fixed order. Their rounding errors are below
1e-11 (at most 19 weights of at most 30, each within half an ulp), so where the exact best
score leads the next by a thousandth or more, which is always when it leads, the float sums
pick the same tag. When two tags tie exactly, the float sums' rounding decides: the tagger's
float scores are made for that word, as before (``Tagger.scores``), and decide. The tags are
the same as the float sums give, word for word (tests/test_tagger_reference.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy

# The tagger's float scores of one word (``Tagger.scores``): context, shapes, index, the two
# tags before.
FloatScores = Callable[[Sequence[str], Sequence[str], int, str, str], Any]

# Rows of bytes kept per word, per role (the words of a run: tens of thousands).
_PARTS_KEPT = 100_000
_VECTORS_KEPT = 200_000
_NOT_SEEN = object()


class ExactScorer:
    """Greedy tagging by exact sums of a packed tagger's weights (same tags as its floats)."""

    def __init__(
        self, packed: dict[str, bytes], labels: Sequence[str], float_scores: FloatScores
    ) -> None:
        """``packed``: a tagger's rows of bytes per feature (see ``tagger.pack``); ``labels``:
        its tags, in the rows' order; ``float_scores``: its float scores, for exact ties."""
        self._packed = packed
        self._labels = labels
        self._size = len(labels)
        self._float_scores = float_scores
        # Per word, per role, the packed rows of its features joined: (tag indices, values).
        self._own: dict[str, tuple[bytes, bytes, int]] = {}
        self._before: dict[str, tuple[bytes, bytes, int]] = {}  # as the word before ("pw", "ps")
        self._two_before: dict[str, tuple[bytes, bytes, int]] = {}  # "qw"
        self._after: dict[str, tuple[bytes, bytes, int]] = {}  # "nw", "ns"
        self._two_after: dict[str, tuple[bytes, bytes, int]] = {}  # "mw"
        self._shapes: dict[tuple[str, ...], tuple[bytes, bytes, int]] = {}  # "h", "hh", "p"
        # Thousandths per tag (floats holding whole numbers): the tag features of a pair of
        # tags before ("b", "t", "u", "tt"), and single "tw"/"tn" features (None: no weights).
        self._by_tags: dict[tuple[str, str], Any] = {}
        self._vectors: dict[str, Any] = {}

    def _parts(self, names: Sequence[str]) -> tuple[bytes, bytes, int]:
        """The packed rows of ``names`` joined: their tag indices, their int32 values, and
        how many weights they hold."""
        tags: list[bytes] = []
        values: list[bytes] = []
        packed = self._packed
        for name in names:
            raw = packed.get(name)
            if raw is not None:
                count = len(raw) // 5
                tags.append(raw[:count])
                values.append(raw[count:])
        joined = b"".join(tags)
        return joined, b"".join(values), len(joined)

    def _vector(self, name: str) -> Any:
        """One feature's thousandths per tag, or None for a feature without weights."""
        vector = self._vectors.get(name, _NOT_SEEN)
        if vector is _NOT_SEEN:
            raw = self._packed.get(name)
            vector = None
            if raw is not None:
                count = len(raw) // 5
                vector = numpy.zeros(self._size)
                vector[numpy.frombuffer(raw, numpy.uint8, count)] = numpy.frombuffer(
                    raw, "<i4", count, count
                )
            if len(self._vectors) < _VECTORS_KEPT:
                self._vectors[name] = vector
        return vector

    def _tag_vector(self, prev: str, prev2: str) -> Any:
        """The thousandths of the features of the two tags before ("b", "t", "u", "tt")."""
        vector = self._by_tags.get((prev, prev2))
        if vector is None:
            vector = numpy.zeros(self._size)
            for name in ("b", "t " + prev, "u " + prev2, "tt " + prev + " " + prev2):
                part = self._vector(name)
                if part is not None:
                    vector += part
            self._by_tags[prev, prev2] = vector
        return vector

    def _role(
        self, cache: dict[Any, tuple[bytes, bytes, int]], key: Any, names: Sequence[str]
    ) -> tuple[bytes, bytes, int]:
        parts = cache.get(key)
        if parts is None:
            parts = self._parts(names)
            if len(cache) < _PARTS_KEPT:
                cache[key] = parts
        return parts

    def _context_sums(
        self, context: Sequence[str], shapes: Sequence[str], scored: Sequence[int]
    ) -> Any:
        """Per scored word (in order), the thousandths of its 13 features that do not depend
        on the tags before it, as a (words x tags) array."""
        tags: list[bytes] = []
        values: list[bytes] = []
        counts: list[int] = []
        own, before, two_before = self._own, self._before, self._two_before
        after, two_after, by_shape, role = (
            self._after,
            self._two_after,
            self._shapes,
            self._role,
        )
        for i in scored:
            j = i + 2
            word, left, right = context[j], context[j - 1], context[j + 1]
            far_left, far_right = context[j - 2], context[j + 2]
            shape_key = (shapes[j - 1], shapes[j], shapes[j + 1], word[:1])
            a = own.get(word) or role(
                own, word, ("s " + word[-3:], "z " + word[-2:], "r " + word[:3], "w " + word)
            )
            b = by_shape.get(shape_key) or role(
                by_shape,
                shape_key,
                (
                    "h " + shape_key[1],
                    "hh " + shape_key[0] + shape_key[1] + shape_key[2],
                    "p " + shape_key[3],
                ),
            )
            c = before.get(left) or role(before, left, ("pw " + left, "ps " + left[-3:]))
            d = two_before.get(far_left) or role(two_before, far_left, ("qw " + far_left,))
            e = after.get(right) or role(after, right, ("nw " + right, "ns " + right[-3:]))
            f = two_after.get(far_right) or role(two_after, far_right, ("mw " + far_right,))
            tags += (a[0], b[0], c[0], d[0], e[0], f[0])
            values += (a[1], b[1], c[1], d[1], e[1], f[1])
            counts.append(a[2] + b[2] + c[2] + d[2] + e[2] + f[2])
        size = self._size
        rows = numpy.repeat(numpy.arange(len(scored)) * size, counts)
        cells = rows + numpy.frombuffer(b"".join(tags), numpy.uint8)
        weights = numpy.frombuffer(b"".join(values), "<i4")
        # Whole numbers in float64 (far below 2**53): exact in any order.
        sums = numpy.bincount(cells, weights=weights, minlength=len(scored) * size)
        return sums.reshape(len(scored), size)

    def tag(
        self, context: Sequence[str], shapes: Sequence[str], fixed: Sequence[str | None]
    ) -> list[str]:
        """One tag per word: ``fixed``'s where it gives one, else the best score's
        (``context`` and ``shapes`` padded by two each side, as the tagger makes them)."""
        scored = [i for i, tag in enumerate(fixed) if tag is None]
        if not scored:
            return list(fixed)  # type: ignore[arg-type]
        sums = iter(self._context_sums(context, shapes, scored))
        labels, vector_of, tag_vector = self._labels, self._vector, self._tag_vector
        vectors, by_tags = self._vectors, self._by_tags
        # One array for every word's scores, and the same backwards: the first best from
        # the end is another index exactly when two tags tie.
        scores = numpy.empty(self._size)
        backwards, last = scores[::-1], self._size - 1
        add = numpy.add
        prev, prev2 = "-START-", "-START2-"
        tags: list[str] = []
        for i, tag in enumerate(fixed):
            if tag is None:
                word, right = context[i + 2], context[i + 3]
                pair = by_tags.get((prev, prev2))
                if pair is None:
                    pair = tag_vector(prev, prev2)
                add(next(sums), pair, out=scores)
                for name in ("tw " + prev + " " + word, "tn " + prev + " " + right):
                    vector = vectors.get(name, _NOT_SEEN)
                    if vector is _NOT_SEEN:
                        vector = vector_of(name)
                    if vector is not None:
                        scores += vector
                best = scores.argmax()
                if last - backwards.argmax() != best:
                    # An exact tie: the float sums' rounding decides, as it always did.
                    best = self._float_scores(context, shapes, i, prev, prev2).argmax()
                tag = labels[best]
            tags.append(tag)
            prev2, prev = prev, tag
        return tags
