"""The syntax layer of titles: tokens with offsets, the shipped tagger, verb groups, subjects."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui.extract.syntax.chunks import parse, subject_before, verb_groups
from tui.extract.syntax.tagger import Tagger, default_tagger
from tui.extract.syntax.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "ud"


def test_tokens_split_clitics_and_keep_offsets() -> None:
    text = "Kim's train didn't leave the U.S. on Sunday, Mr. Smith said."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Kim", "'s", "train", "did", "n't", "leave", "the", "U.S.", "on", "Sunday", ",",
        "Mr.", "Smith", "said", ".",
    ]  # fmt: skip
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_tokens_keep_timebank_quote_marks_whole() -> None:
    assert [t.text for t in tokenize("``no question'' he said")] == [
        "``", "no", "question", "''", "he", "said",
    ]  # fmt: skip


def test_shipped_tagger_tags_a_news_sentence() -> None:
    words = [
        "The",
        "North",
        "Korean",
        "leader",
        "will",
        "meet",
        "Putin",
        "in",
        "Vladivostok",
        "next",
        "week",
        ".",
    ]
    tags = default_tagger().tag(words)
    assert tags[:4] == ["DT", "NNP", "JJ", "NN"] or tags[3] == "NN"
    assert tags[4:6] == ["MD", "VB"]
    assert tags[6] == "NNP" and tags[8] == "NNP"


def test_tagger_tells_past_tense_from_participle() -> None:
    tagger = default_tagger()
    assert tagger.tag(["Police", "arrested", "him", "on", "Monday", "."])[1] == "VBD"
    assert tagger.tag(["He", "was", "arrested", "on", "Monday", "."])[2] == "VBN"


def test_tagger_falls_back_on_unknown_words_without_failing() -> None:
    tags = default_tagger().tag(["Zzyzxq", "qwertyuiop", "\u00e9t\u00e9", "!!!"])
    assert len(tags) == 4 and all(tags)


def test_verb_groups_keep_modality_and_infinitives() -> None:
    parsed = parse("The train is expected to arrive in Vladivostok, officials said.")
    groups = [" ".join(t.text for t in parsed.tokens[g.start : g.end]) for g in verb_groups(parsed)]
    assert groups == ["is expected to arrive", "said"]


def test_subject_across_an_apposition() -> None:
    parsed = parse("Kopp, 44, of St. Albans, Vt., became the subject of a manhunt.")
    became = next(i for i, t in enumerate(parsed.tokens) if t.text == "became")
    span = subject_before(parsed, became)
    assert span is not None
    assert parsed.tokens[span[0]].text == "Kopp" and span[1] == 1


def test_subject_through_a_relative_pronoun() -> None:
    parsed = parse("Juanita Castro, who arrived in Miami in 1961, believes it.")
    arrived = next(i for i, t in enumerate(parsed.tokens) if t.text == "arrived")
    span = subject_before(parsed, arrived)
    assert span is not None
    assert " ".join(t.text for t in parsed.tokens[span[0] : span[1]]) == "Juanita Castro"


@pytest.mark.shared
@pytest.mark.skipif(not UD.is_dir(), reason="../shared/ud is absent")
def test_training_is_reproducible_and_learns(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import train_tagger

    sentences = train_tagger.read_conllu(UD / "en_ewt-ud-dev.conllu")
    train, held = sentences[:600], sentences[600:900]
    first = train_tagger.train(train, iterations=2, seed=3)
    second = train_tagger.train(train, iterations=2, seed=3)
    assert first.weights == second.weights
    assert train_tagger.accuracy(first, held) > 0.80
    assert isinstance(default_tagger(), Tagger)


def test_a_word_no_past_tense_looks_like_is_not_tagged_one_before_a_noun() -> None:
    parsed = parse(
        "A U.S. official said last week that field tests suggested the presence of a "
        "Czech-made plastic explosive called Semtex that has been used by terrorist groups."
    )
    words = [token.text for token in parsed.tokens]
    assert parsed.tags[words.index("field")] not in ("VBD", "VBN", "VBZ", "VBP")
    start, end = subject_before(parsed, words.index("suggested"))
    assert words[start:end] == ["field", "tests"]


def test_at_least_stays_with_its_quantity() -> None:
    parsed = parse("Six people were killed and at least 58 injured in the attack.")
    words = [token.text for token in parsed.tokens]
    start, end = subject_before(parsed, words.index("injured"))
    assert words[start:end] == ["at", "least", "58"]
