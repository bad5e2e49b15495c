"""Kinds of news happening, whichever words a report uses: "the October slaying" and "was shot
to death on Oct. 23" tell one killing; "wrote to Reno" and "his letter to Reno" one letter.

Split from :mod:`tui.extract.happenings` (the kinds and the functions reading them moved
unchanged), where the rules comparing two reports use them.
"""

from __future__ import annotations

import functools
import re

from tui.extract.predicates import lemma

# Lemma (as :func:`tui.extract.predicates.predicate_of` writes them, at most 7 letters) -> kind.
KINDS = {
    **dict.fromkeys(("kill", "slay", "slain", "murder", "assassi", "shoot", "shot", "death",
                     "die", "dead"), "killing"),
    **dict.fromkeys(("bomb", "blast", "explosi", "explod"), "bombing"),
    **dict.fromkeys(("arrest", "detain", "detenti"), "arrest"),
    **dict.fromkeys(("injur", "wound", "hurt"), "injury"),
    **dict.fromkeys(("find", "discove", "unearth", "uncover"), "finding"),
    # "was expelled from peace talks", "the expulsion", "ousted" (and, in titles, "pushed out").
    **dict.fromkeys(("expel", "expell", "expulsi", "oust"), "expulsion"),
    # "wrote to Attorney General Janet Reno", "his letter to Reno was published".
    **dict.fromkeys(("letter", "write", "writ", "written"), "letter"),
}  # fmt: skip

# Deaths are counted in tolls, over days and places ("the swine flu, which has killed more than
# 150 people in Mexico" is not "the first death of a child" elsewhere): no one happening.
TOLLS = frozenset({"killing"})

# A kind some titles name by a verb and its particle: "We were unjustly pushed out of the talks".
_PHRASE_KINDS = ((re.compile(r"\b(?:push|forc|kick|throw|thrown|threw)\w*\s+out\b", re.I),
                  "expulsion"),)  # fmt: skip

# A person's travel, by verb or noun: "headed Tuesday to East Africa", "after a 16-hour flight
# ... her first stop Tuesday morning". ("head" and "stop" only as verb and noun: "the head of
# state", "police stopped the car".)
_TRAVEL = frozenset(
    ["v:head", "n:stop"]
    + [
        prefix + lemma(word)
        for word in re.findall(
            r"\w+", "fly flew flown flight trip visit arrive depart departure travel tour journey"
        )
        for prefix in ("v:", "n:")
    ]
)


# Merging asks these of the same few thousand predicates again and again (each draft against
# every candidate event's reports): remembered, as frozensets no caller can change.
@functools.lru_cache(maxsize=16384)
def predicate_kinds(predicate: frozenset[str]) -> frozenset[str]:
    """The kinds of happening a :func:`predicate_of` set names (``n:blast``: bombing)."""
    return frozenset(KINDS[word[2:]] for word in predicate if word[2:] in KINDS)


@functools.lru_cache(maxsize=16384)
def verb_kinds(predicate: frozenset[str]) -> frozenset[str]:
    """The kinds of happening the verbs of a :func:`predicate_of` set tell (``v:kill``)."""
    return frozenset(
        KINDS[word[2:]] for word in predicate if word[:2] == "v:" and word[2:] in KINDS
    )


@functools.lru_cache(maxsize=16384)
def by_kind(predicate: frozenset[str]) -> frozenset[str]:
    """``predicate`` with the words of a kind of happening as that kind ("blasts" and
    "bombings" are one noun in common)."""
    return frozenset("n:" + KINDS[word[2:]] if word[2:] in KINDS else word for word in predicate)


def names_a_kind(predicate: frozenset[str]) -> bool:
    """Whether a :func:`predicate_of` set names a kind of happening other than deaths (a
    bombing, an arrest, an injury), by which reports naming no actor are compared."""
    return bool(predicate_kinds(predicate) - TOLLS)


def title_kinds(title: str, words: set[str]) -> set[str]:
    """The kinds of happening a title (its casefolded ``words``) names: "slain" and "shot to
    death" a killing, "pushed out" and "expelled" an expulsion."""
    kinds = {KINDS[word] for word in map(lemma, words) if word in KINDS}
    kinds.update(kind for pattern, kind in _PHRASE_KINDS if pattern.search(title))
    return kinds


def verbs_of(predicate: frozenset[str]) -> frozenset[str]:
    """The verbs of a :func:`predicate_of` set."""
    return frozenset(word for word in predicate if word[:2] == "v:")


def travels(predicate: frozenset[str]) -> bool:
    """Whether a :func:`predicate_of` set tells of travel (a flight, a trip, a visit)."""
    return not _TRAVEL.isdisjoint(predicate)
