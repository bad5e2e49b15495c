"""The packed tagger scores in exact thousandths, a sentence at a time
(tui/extract/syntax/exact_scores.py), and must tag as the float sums do (issue 8: faster, the
same output), ties included: there the float sums' rounding decides."""

from __future__ import annotations

from pathlib import Path

from tagger_support import seed_sentences

from tui.extract.syntax.tagger import WEIGHTS, Tagger, pack

# "foo" ties exactly between NN (0.3) and VB (0.2 + 0.1); summed as floats in the tagger's
# order VB gets 0.30000000000000004 and wins, where the first tag in label order would be NN.
# "bar" leads for NN by a thousandth; "baz" scores through its neighbours and the tag before.
WEIGHTS_WITH_A_TIE = {
    "z oo": {"VB": 0.2},
    "w foo": {"NN": 0.3, "VB": 0.1},
    "w bar": {"NN": 0.301, "VB": 0.3},
    "pw foo": {"VB": 1.5},
    "tw VB baz": {"NN": 2.0, "VB": 0.5},
    "nw baz": {"NN": -0.7},
}


def _packed(tmp_path: Path, weights: dict[str, dict[str, float]]) -> Tagger:
    path = tmp_path / "weights.pickle.gz"
    path.write_bytes(pack(weights, {}, {}))
    return Tagger.load(path)


def test_an_exact_tie_is_decided_as_the_float_sums_decide(tmp_path: Path) -> None:
    packed, floats = _packed(tmp_path, WEIGHTS_WITH_A_TIE), Tagger(WEIGHTS_WITH_A_TIE, {})
    assert packed._packed and not floats._packed  # the exact scorer, and the float loop
    assert 0.2 + 0.1 > 0.3  # what makes the float sums pick VB
    assert floats.tag(["foo"]) == ["VB"]
    assert packed.tag(["foo"]) == ["VB"]
    for words in (["bar"], ["foo", "baz"], ["bar", "foo", "baz", "foo"], ["baz", "bar"]):
        assert packed.tag(words) == floats.tag(words), words


def test_the_packed_tagger_tags_the_seeds_as_the_json_tagger() -> None:
    """Every sentence of the seeds: the exact scorer (packed) and the float loop (JSON)."""
    packed, floats = Tagger.load(), Tagger.load(WEIGHTS)
    sentences = seed_sentences()
    assert sum(map(len, sentences)) > 500
    for words in sentences:
        assert packed.tag(words) == floats.tag(words), " ".join(words)
