"""The packed tagger weights (issue 8: a fast start) are the trainer's JSON weights, exactly."""

from __future__ import annotations

from tui.extract.syntax.tagger import PACKED, WEIGHTS, Tagger, packed_from_json

SENTENCES = [
    "Kim Jong Un departed Pyongyang on Sunday aboard his armoured train .",
    "The company said its fourth-quarter earnings fell 12 % , below what analysts expected .",
    "Zzyzxq qwertyuiop blorfed the snargle yesterday , officials said .",
]


def test_packed_weights_are_current() -> None:
    # Rebuild with `python -m tui.extract.syntax.tagger` after changing the JSON.
    assert PACKED.read_bytes() == packed_from_json(WEIGHTS)


def test_the_packed_tagger_is_the_json_tagger() -> None:
    packed, plain = Tagger.load(), Tagger.load(WEIGHTS)
    for sentence in SENTENCES:
        assert packed.tag(sentence.split()) == plain.tag(sentence.split())
    assert packed.weights == plain.weights
    assert (packed.labels, packed.tagdict, packed.past) == (plain.labels, plain.tagdict, plain.past)
    assert packed.plural_names == plain.plural_names
