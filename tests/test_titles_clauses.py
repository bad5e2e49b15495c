"""Headline titles, kinds judged on silver articles outside the development gold (issue 9,
section 1): a past tense the tagger read as a participle, a subject with its bracketed
acronym, a speech verb that takes an object rather than reporting a clause."""

from __future__ import annotations

from tui.extract.syntax.chunks import parse
from tui.extract.titles import event_title


def _title(sentence: str, date: str) -> str:
    start = sentence.index(date)
    return event_title(sentence, start, start + len(date))


def _tag(sentence: str, word: str) -> str:
    parsed = parse(sentence)
    return next(parsed.tags[i] for i in range(len(parsed.tokens)) if parsed.word(i) == word)


def test_the_only_verb_after_an_opening_subject_is_a_past_tense() -> None:
    sentence = "The police sent in reinforcements and imposed a curfew on the town in March."
    assert _tag(sentence, "sent") == "VBD"
    assert _title(sentence, "March").startswith("The police sent in reinforcements")


def test_a_participle_describing_its_noun_stays_a_participle() -> None:
    # The clause has its own verb later: "found" describes the car.
    sentence = "The car found near the border on Monday belonged to the suspect."
    assert _tag(sentence, "found") in ("VBN", "VBD")
    assert _tag(sentence, "belonged") == "VBD"
    assert _title(sentence, "Monday").startswith("The car")
    sentence = "The trial of two men suspected of arson in 2004 was halted."
    assert _tag(sentence, "suspected") == "VBN"


def test_a_verb_after_a_relative_clause_on_the_opening_name_has_that_subject() -> None:
    sentence = (
        "The Green Futures Party (GFP), which is fielding 120 candidates in the June 3 vote, "
        "unveiled its manifesto on Tuesday with pledges on rail fares."
    )
    title = _title(sentence, "Tuesday")
    assert title.startswith("The Green Futures Party unveiled its manifesto"), title


def test_a_speaker_with_a_bracketed_acronym_is_found() -> None:
    sentence = (
        "The harbour will close for repairs, the Port Authority of Eastland (PAE) said on Friday."
    )
    title = _title(sentence, "Friday")
    assert title.startswith("The Port Authority of Eastland: The harbour will close"), title


def test_an_acronym_inside_a_noun_phrase_does_not_end_a_subject() -> None:
    sentence = (
        "Ruritania was among the nations whose debts were cancelled by the Group of Seven (G7) "
        "leading economies in June 2005."
    )
    assert not _title(sentence, "June 2005").startswith("Seven leading")


def test_a_speech_verb_with_an_object_is_what_the_speaker_did() -> None:
    sentence = (
        "Ruritania warned Eastland on Monday against moving troops to the border after its "
        "defence minister said Eastland would hold exercises there."
    )
    assert _title(sentence, "Monday") == (
        "Ruritania warned Eastland against moving troops to the border"
    )
    sentence = "The central bank on Tuesday announced a rate cut to 4 percent."
    assert _title(sentence, "Tuesday") == "The central bank announced a rate cut to 4 percent"


def test_a_speech_verb_with_a_reported_clause_still_gives_the_gist() -> None:
    sentence = "The ministry said on Monday the new rules would take effect in May."
    assert _title(sentence, "Monday") == "The ministry: The new rules would take effect in May"
    sentence = "Her spokesman told reporters on Friday that the talks had failed."
    assert "talks had failed" in _title(sentence, "Friday")
