"""Where a date rule's matches can lie (issue 8: extraction speed): each rule is searched only
in the stretches between the characters it cannot match that hold one of its required words,
and that finds exactly what searching the whole text finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.extract.temporal.prefilter import fold
from tui.extract.temporal.rules import RULES
from tui.extract.temporal.windows import Windows, barriers, windows_of

SILVER = Path(__file__).resolve().parent.parent.parent / "shared" / "timeml" / "silver"


def _chars(pattern: str, flags: int = re.IGNORECASE) -> str:
    found = barriers(pattern, flags)
    return "" if found is None else "".join(c for c in map(chr, range(128)) if found.match(c))


def test_a_barrier_is_what_no_part_of_a_pattern_can_read() -> None:
    chars = _chars(r"\b\d+\s+days?\b")
    assert "," in chars and '"' in chars and "(" in chars
    assert "\n" not in chars  # \s reads line breaks
    assert "a" not in chars and "_" not in chars  # word characters never are barriers


def test_a_lookahead_reads_past_the_match() -> None:
    # "1998,5" is no year: the comma the lookahead reads must not end a stretch.
    assert "," not in _chars(r"\b\d{4}(?!,\d)")
    assert "," in _chars(r"\b\d{4}")


def test_a_lookbehind_reads_only_text_before_the_search() -> None:
    assert "$" in _chars(r"(?<![$])\b\d{4}\b")
    # ... unless a lookahead inside it reads further.
    assert "$" not in _chars(r"(?<=(?=a[$])a)\d")


@pytest.mark.parametrize("pattern", [r"\d+$", r"\d+\Z", r"(\d)\1"])
def test_patterns_that_read_the_end_have_no_barriers(pattern: str) -> None:
    assert barriers(pattern) is None


def test_a_conditional_reads_what_either_branch_reads() -> None:
    # ("weekday": "(?(rel),?\s+month day)": the test itself reads nothing.)
    chars = _chars(r"(a)?(?(1),b|\.c)")
    assert "," not in chars and "." not in chars
    assert ";" in chars and '"' in chars
    assert ":" not in _chars(r"(a)?(?(1)b)c:?")


@pytest.mark.parametrize("pattern", [r"[^a]\d", r"a.b", r"a\Wb", r"a\Sb"])
def test_what_reads_any_character_leaves_no_barrier(pattern: str) -> None:
    # (But line breaks, for "." and "\\S".)
    assert set(_chars(pattern)) <= {"\n", "\r"}


def test_stretches_hold_the_words_and_stop_at_barriers() -> None:
    text = 'He said: "It took 3 days, (maybe) four weeks."'
    comma = re.compile('[,:"()]')
    stretches = Windows(text, fold(text)).of(frozenset({"day", "week"}), comma)
    assert [text[start:end] for start, end in stretches] == ["It took 3 days", " four weeks."]
    assert Windows(text, fold(text)).of(frozenset({"year"}), comma) == []
    assert Windows(text, fold(text)).of(None, comma) == [(0, len(text))]


def test_the_next_caller_on_the_same_text_shares_what_was_found() -> None:
    text = "It took 3 days, four weeks and a year."
    other = "It took 3 days, four weeks and a year!"
    comma = re.compile("[,]")
    shared = windows_of(text, fold(text))
    assert shared.of(frozenset({"day", "year"}), comma) == [(0, 14), (15, len(text))]
    assert windows_of(text, fold(text)) is shared
    assert shared.places["year"] == [text.index("year")]
    # What another rule asks of the shared text is what a fresh look finds.
    asked = shared.of(frozenset({"week", "day"}), comma)
    assert asked == Windows(text, fold(text)).of(frozenset({"week", "day"}), comma)
    fresh = windows_of(other, fold(other))
    assert fresh is not shared and fresh.places == {}


def _texts() -> list[str]:
    texts = [example for rule in RULES for example, _value in rule.examples]
    texts += [
        "On 1998,5 days, (Dec. 3) 2001-02 and the 1990s; 'the '80s'\n\n3 days\r\nlater.",
        "Two weeks ago \u0130stanbul \u212aelvin: 12:30 p.m. EST, May 4-5, 1999/2000.",
    ]
    if SILVER.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(SILVER.glob("*.tml"))[:80]]
    return texts


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    while (match := pattern.search(text, position, end)) is not None:
        spans.append(match.span())
        position = max(match.end(), match.start() + 1)
    return spans


def test_every_rule_finds_the_same_matches_in_its_stretches() -> None:
    for text in _texts():
        windows = Windows(text, fold(text))
        for rule in RULES:
            whole = _spans(rule.compiled, text, 0, len(text))
            inside = [
                span
                for start, end in windows.of(rule.required, rule.barriers)
                for span in _spans(rule.compiled, text, start, end)
            ]
            assert inside == whole, (rule.name, text[:200])


def test_most_rules_have_barriers() -> None:
    assert sum(rule.barriers is not None for rule in RULES) > len(RULES) * 3 // 4


def test_gated_name_patterns_find_what_the_whole_text_holds() -> None:
    # The name finders' patterns (actors, people, offices, firms) behind WordGated.
    import importlib

    from tui.extract.temporal.prefilter import WordGated

    gated = [
        value
        for module in ("actors", "people", "offices", "subjects", "commentary")
        for value in vars(importlib.import_module(f"tui.extract.{module}")).values()
        if isinstance(value, WordGated)
    ]
    assert sum(g.barriers is not None and g.words is not None for g in gated) >= 10
    texts = [*_texts(), "Yitzhak Rabin's assassin, (his father, Juan Miguel Gonzalez) said."]
    for text in texts:
        folded = fold(text)
        for pattern in gated:
            whole = [(m.span(), m.groups()) for m in pattern.pattern.finditer(text)]
            inside = [(m.span(), m.groups()) for m in pattern.finditer(text, folded)]
            assert inside == whole, (pattern.pattern.pattern[:60], text[:200])
