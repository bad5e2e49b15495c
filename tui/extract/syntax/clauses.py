"""Clause boundaries and complements, from part-of-speech tags (see :mod:`.chunks`).

Where a clause ends (:func:`is_boundary`: a comma, a subordinating word, a relative pronoun, a
quotation mark or a new coordinated clause, but not a comma inside a place name or a quoted
object clause) and how far the complement of a verb runs (:func:`complement_end`).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.syntax.chunks import (
    BOUNDARY_TAGS,
    FINITE,
    NOUN_PHRASE,
    NOUNS,
    RELATIVES,
    STATE_ABBREVIATION,
    SUBORDINATORS,
    TIME_WORDS,
    VERBS,
    Parsed,
    phrase_start,
)
from tui.extract.syntax.lexicon import SPANS
from tui.extract.syntax.verb_runs import new_verb_group


def is_boundary(parsed: Parsed, index: int) -> bool:
    """Whether a clause ends before the token at ``index``."""
    tag = parsed.tags[index]
    if tag == "," and _place_comma(parsed, index):
        return False
    if tag == "," and 0 < index < len(parsed.tags) - 1 and _between_adjectives(parsed, index):
        return False  # "appointed the controversial, tough-talking Bolton": one noun phrase
    if tag in RELATIVES and tag != "WP$" and _quoted_object_clause(parsed, index):
        return False
    if tag in RELATIVES and _restrictive(parsed, index):
        return False
    if tag in BOUNDARY_TAGS or tag in RELATIVES:
        return True
    word = parsed.word(index)
    if word in ('"', "``", "''", "\u201c", "\u201d", "--", "\u2014", "\u2013", "_", ";", "(", ")"):
        return True
    if word in ("after", "before") and index > 1 and parsed.word(index - 1) in SPANS:
        return False  # "came just a week after two buildings tumbled": the span's measure
    if word in SUBORDINATORS and word not in _CONDITIONS and _clause_follows(parsed, index + 1):
        # ("once more", "once again": an adverb, not "once he arrived")
        return not (word == "once" and parsed.word(index + 1) in ("more", "again"))
    if tag == "CC" and _coordinated_clause(parsed, index + 1):
        return True
    # "said that ..." opens what was said; "a plan that would ..." goes on with its noun.
    return word == "that" and tag in ("IN", "WDT") and not relative_that(parsed, index)


# "must hold off at least until Annan visits Baghdad", "will not pay unless ...": the
# condition is what the clause means; it goes on (a long one may still be cut before it).
_CONDITIONS = frozenset({"until", "unless"})


def _between_adjectives(parsed: Parsed, index: int) -> bool:
    tags = parsed.tags
    # (A compound "tough-talking" is an adjective, whatever its tag.)
    after = tags[index + 1] == "JJ" or "-" in parsed.tokens[index + 1].text
    return (
        tags[index - 1] == "JJ"
        and after
        and index + 2 < len(tags)
        and tags[index + 2] in ("JJ", "NN", "NNS", "NNP", "NNPS")
    )


def _restrictive(parsed: Parsed, index: int) -> bool:
    """ "condemns any acts which may result in deaths": a relative clause on a noun that a
    quantifier opens says which ones, and goes with it; so does one on a bare "people" or
    "anyone", which only the clause says ("urged people who might be targeted to be alert")."""
    before = index - 1
    if (
        before < 0
        or parsed.tags[before] not in ("NN", "NNS")
        or parsed.word(index)
        not in (
            "which",
            "that",
            "who",
        )
    ):
        return False
    start = phrase_start(parsed, before)
    if start == before and parsed.word(before) in _ONLY_BY_CLAUSE:
        return True
    return parsed.word(start) in ("any", "all", "those", "every", "no")


_ONLY_BY_CLAUSE = frozenset({"people", "anyone", "everyone", "someone", "anybody", "everybody"})


def _quoted_object_clause(parsed: Parsed, index: int) -> bool:
    """ "I cannot predict to you what will happen", "we've gotten to the point where we know":
    inside a quotation, a clause on "what" or "where" right after a verb, a noun or a
    pronoun is part of what the speaker said, not the start of another clause."""
    if index == 0 or parsed.tags[index - 1] not in VERBS | NOUNS or parsed.tags[index] == "WDT":
        return False
    words = [t.text for t in parsed.tokens[:index]]
    opened = words.count("\u201c") - words.count("\u201d") + words.count("``") - words.count("''")
    return opened > 0 or (words[:1] == ["''"] and words.count("''") == 1)


def _place_comma(parsed: Parsed, index: int) -> bool:
    """A comma inside a place name: "Buffalo, N.Y.", "Newark, N.J., airport"."""
    if index == 0 or index + 1 >= len(parsed.tags):
        return False
    after = parsed.tokens[index + 1].text
    if parsed.tags[index - 1] == "NNP" and STATE_ABBREVIATION.fullmatch(after):
        return True
    # The comma closing "a Birmingham, Ala., abortion clinic": a city and its state written
    # inside a noun phrase (after its article) go on to the noun they describe.
    if (
        index < 3
        or parsed.tags[index - 2] != ","
        or not STATE_ABBREVIATION.fullmatch(parsed.tokens[index - 1].text)
    ):
        return False
    k = index - 3
    while k > 0 and parsed.tags[k] == "NNP":
        k -= 1
    return k < index - 3 and parsed.word(k) in ("a", "an", "the")


def relative_that(parsed: Parsed, index: int) -> bool:
    """Whether "that" at ``index`` opens a clause on the noun before it ("the plan that"),
    rather than what a verb says ("said that", "told regulators that", "said Friday that")."""
    before = index - 1
    if before < 0 or parsed.tags[before] not in NOUNS - {"PRP"}:
        return False
    if parsed.word(before) in TIME_WORDS:
        return False
    start = phrase_start(parsed, before)
    # "told stock market regulators that ...": the listener, then what was said.
    return not (start > 0 and parsed.tags[start - 1] in VERBS and _tells(parsed, start - 1))


_TELLING = frozenset(
    {"told", "tell", "tells", "telling", "informed", "assured", "warned", "reminded", "notified"}
)


def _tells(parsed: Parsed, index: int) -> bool:
    return parsed.word(index) in _TELLING


def _coordinated_clause(parsed: Parsed, index: int) -> bool:
    """Whether a conjunction before ``index`` joins a clause or a verb phrase ("and vowed to
    find them", "but negotiations broke off"), not two nouns ("in Kenya and Tanzania")."""
    tags = parsed.tags
    i = index
    if 2 <= index < len(tags) and tags[index - 2] == "JJ" and tags[index] == "JJ":
        return False  # "the dismembered and decapitated body": two adjectives of one noun
    while i < len(tags) and tags[i] in ("RB", "RBR"):
        i += 1
    if i < len(tags) and (tags[i] in FINITE or tags[i] == "VB"):
        return True  # "must find them and see that justice is done"
    start = i
    while i < len(tags) and (tags[i] in NOUN_PHRASE or tags[i] == "PRP") and i - start < 6:
        i += 1
    return i > start and i < len(tags) and tags[i] in FINITE


def _clause_follows(parsed: Parsed, index: int) -> bool:
    """Whether a finite verb comes within a few words after ``index``, before a boundary."""
    tags = parsed.tags
    for i in range(index, min(len(tags), index + 8)):
        if tags[i] in FINITE:
            return True
        if tags[i] in BOUNDARY_TAGS:
            return False
    return False


OPENING_QUOTES = frozenset({"``", "\u201c", '"'})
CLOSING_QUOTES = frozenset({"''", "\u201d", '"'})


def opens_quotation(parsed: Parsed, index: int) -> bool:
    """Whether the token at ``index`` opens a quotation (a straight mark: by its spacing)."""
    token = parsed.tokens[index]
    if token.text != '"':
        return token.text in OPENING_QUOTES
    text = parsed.text
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    return before.isspace() and not after.isspace()


def _closing_quote(parsed: Parsed, index: int) -> int | None:
    """The closing mark of a short quotation opened at ``index`` (a phrase, not a clause)."""
    for i in range(index + 1, min(len(parsed.tokens), index + 14)):
        if parsed.tokens[i].text in CLOSING_QUOTES:
            return i
        if parsed.tags[i] in FINITE or parsed.tokens[i].text in OPENING_QUOTES:
            return None
    return None


def _date_comma(parsed: Parsed, index: int, skip: Sequence[tuple[int, int]]) -> bool:
    """The comma that closes a date inside a clause, before a phrase that goes on with it:
    "landed on Dec. 2, 1956, with 82 armed men"."""
    if parsed.tags[index] != "," or index + 1 >= len(parsed.tags):
        return False
    after = index + 1
    return (
        any(b == index for _, b in skip)
        and parsed.tags[after] == "IN"
        and parsed.word(after) not in SUBORDINATORS
    )


def _date_when(parsed: Parsed, index: int, skip: Sequence[tuple[int, int]]) -> bool:
    """ "declaring victory on Jan. 1, 1959 when Batista fled the country": a "when" clause
    right after the date says what made the day; it goes on with the clause."""
    return parsed.word(index) == "when" and any(b == index for _, b in skip)


def complement_end(
    parsed: Parsed,
    start: int,
    skip: Sequence[tuple[int, int]] = (),
    relative: bool = False,
    when: bool = True,
) -> int:
    """Where the clause that continues at token ``start`` ends (exclusive).

    Tokens inside ``skip`` spans (the event's date) never end it; in a ``relative`` clause,
    a finite verb after a noun does (the main clause goes on there); ``when``: a "when"
    clause right after the date goes on with it.
    """
    i = start
    # The first token after the date: "ruled last month that ..." goes on after "that".
    first = start
    while first < len(parsed.tags) and any(a <= first < b for a, b in skip):
        first += 1
    while i < len(parsed.tags):
        if any(a <= i < b for a, b in skip):
            i += 1
            continue
        if i >= start and parsed.tokens[i].text == "(":
            # "500 pounds (227 kilograms) of medical supplies": a parenthesis goes on.
            window = range(i + 1, min(len(parsed.tags), i + 12))
            close = next((k for k in window if parsed.tokens[k].text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        if i >= start and opens_quotation(parsed, i):
            # A quotation inside the clause: 'announced a "major development"', 'Russia is
            # "considering holding exercises'; its closing mark ends the clause, if first.
            close = _closing_quote(parsed, i)
            i = close + 1 if close is not None else i + 1
            continue
        close = apposition_end(parsed, i) if i > first else None
        if close is not None:
            i = close + 1  # "called for Sinn Fein, the IRA's political wing, to be expelled"
            continue
        if (
            i > first
            and is_boundary(parsed, i)
            and not _date_comma(parsed, i, skip)
            and not (when and _date_when(parsed, i, skip))
        ):
            break
        if relative and i > start and parsed.tags[i] in FINITE and parsed.tags[i - 1] in NOUNS:
            break  # "doctors who perform abortions were shot": "were" is the main clause
        if i > start and parsed.tags[i] in FINITE and new_verb_group(parsed, i):
            break  # "a coup in which X was killed | was opened": the main clause's verb
        if i == first and parsed.tags[i] in BOUNDARY_TAGS and not _date_comma(parsed, i, skip):
            break
        i += 1
    return i


def apposition_end(parsed: Parsed, comma: int) -> int | None:
    """The comma closing an apposition to a name that opens at ``comma``, when the clause
    goes on after it: "called for Sinn Fein|, the IRA's political wing,| to be expelled".
    ``None`` otherwise (a list of names, a clause, the end of the sentence)."""
    tags = parsed.tags
    if tags[comma] != "," or comma == 0 or tags[comma - 1] not in ("NNP", "NNPS"):
        return None
    if comma + 1 >= len(tags) or tags[comma + 1] not in ("DT", "PRP$", "JJ", "CD"):
        return None
    for close in range(comma + 1, min(len(tags), comma + 12)):
        tag = tags[close]
        if tag == ",":
            after = tags[close + 1] if close + 1 < len(tags) else "."
            if after in ("TO", "IN", "RB", "MD") or after in VERBS:
                return close if parsed.word(close + 1) not in SUBORDINATORS else None
            return None
        if tag not in NOUN_PHRASE and parsed.word(close) != "of":
            return None
    return None
