"""The subject of a verb that follows a relative clause (issue 9, section 1): "doctors who
perform abortions were shot" (doctors, not abortions), "Divisions on the left that split the
vote cost the party the election" (the divisions on the left, not the left), "the trial of a
coup in which the president was killed was opened" (the trial's phrase, not the president).
Split from :mod:`tui.extract.headline`, whose ``clause_subject`` asks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.syntax.chunks import (
    FINITE,
    NOUNS,
    RELATIVES,
    SUBORDINATORS,
    Parsed,
    VerbGroup,
    phrase_start,
    subject_before,
)


def past_relative(
    parsed: Parsed, groups: Sequence[VerbGroup], found: tuple[int, int]
) -> tuple[int, int]:
    """The subject of a verb whose noun phrase before it (``found``) ends a relative clause:
    "doctors who perform abortions were shot" -> doctors, not abortions."""
    for group in groups:
        if group.end == found[0] and group.start > 0 and parsed.tags[group.start - 1] in RELATIVES:
            antecedent = subject_before(parsed, group.start)
            if antecedent is not None:
                return with_phrases(parsed, antecedent)
    return found


def after_relative(
    parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup
) -> tuple[int, int] | None:
    """The subject of ``group`` when a relative clause ends right before it on its own verb
    ("a coup in which the president was killed | was opened", "the plan which the board
    approved | was dropped"): the noun the relative clause describes. ``None`` otherwise."""
    inner = next((g for g in groups if g.end == group.start and g.finite), None)
    if inner is None:
        return None
    tags = parsed.tags
    if inner.start > 0 and tags[inner.start - 1] in RELATIVES:
        antecedent = subject_before(parsed, inner.start)  # "the man who shot | was"
        return None if antecedent is None else with_phrases(parsed, antecedent)
    own = subject_before(parsed, inner.start, hops=0)
    if own is None:
        return None
    k = own[0] - 1
    if k >= 1 and tags[own[0]] in ("DT", "PRP") and tags[k] in ("NN", "NNS"):
        # "the deal the company signed | has been cancelled": no relative pronoun
        antecedent = (phrase_start(parsed, k), k + 1)
        return with_phrases(parsed, antecedent)
    # The relative pronoun before the subject ("in which Bangladesh's founding leader ...").
    while k > 0 and own[0] - k < 8 and parsed.word(k) not in _RELATIVE_WORDS:
        if tags[k] in FINITE or tags[k] in (",", ":"):
            return None
        k -= 1
    if k < 1 or parsed.word(k) not in _RELATIVE_WORDS:
        return None
    if tags[k - 1] == "IN" and parsed.word(k - 1) not in SUBORDINATORS:
        k -= 1  # "a coup in which ..."
    if k < 1 or tags[k - 1] not in NOUNS - {"PRP"}:
        return None
    antecedent = (phrase_start(parsed, k - 1), k)
    return with_phrases(parsed, antecedent)


def with_phrases(parsed: Parsed, antecedent: tuple[int, int]) -> tuple[int, int]:
    """``antecedent`` with up to two prepositional phrases it closes ("Divisions on | the
    left", "the men accused of | a coup"), when that makes it the first noun phrase of its
    clause; else ``antecedent`` as it is ("control in | a region" leads into another)."""
    tags = parsed.tags
    start = antecedent[0]
    for _ in range(2):
        if (
            start >= 3
            and tags[start - 1] == "IN"
            and tags[start - 2] in ("VBN", "VBD")
            and tags[start - 3] in ("NN", "NNS")
        ):
            start = phrase_start(parsed, start - 3)  # "the men accused of | a coup"
            continue
        if start < 2 or tags[start - 1] != "IN" or tags[start - 2] not in NOUNS - {"PRP", "CD"}:
            break
        if parsed.word(start - 1) in SUBORDINATORS or parsed.word(start - 1) == "that":
            break
        start = phrase_start(parsed, start - 2)
    if start == 0 or tags[start - 1] in (",", "CC") or parsed.word(start - 1) == "that":
        return start, antecedent[1]
    return antecedent


_RELATIVE_WORDS = frozenset({"which", "whom", "that", "who", "where"})


def coordinated_verb(
    parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup, body: int
) -> VerbGroup | None:
    """The verb group a bare verb after "and" shares its subject and auxiliaries with: "The
    service had ruled that Elian must be returned ..., and set Friday as the deadline" (had
    ruled ... and set: the service had set), "to hear speakers demand negotiations ..., and
    pledge to take part" (speakers pledge). The earlier verb ends in the same form (a bare
    verb, or a participle after "have" with no "be"); ``None`` when there is none."""
    tags, start = parsed.tags, group.start
    if group.finite or group.end - start != 1 or tags[start] not in ("VB", "VBN") or start < 2:
        return None
    if parsed.word(start - 1) != "and" or tags[start - 2] in ("DT", "JJ", "CC"):
        return None
    for earlier in reversed([g for g in groups if g.end < start - 1 and g.start >= body]):
        if tags[earlier.end - 1] != tags[start]:
            continue
        words = {parsed.word(i) for i in range(earlier.start, earlier.end - 1)}
        if tags[start] == "VBN" and (not words & _HAVE or words & _BE):
            continue  # "must be returned ... and set": a passive is no act of the subject
        bare = tags[start] == "VB" and earlier.end - earlier.start == 1
        if bare and (earlier.start == 0 or tags[earlier.start - 1] not in NOUNS - {"PRP"}):
            continue  # a bare verb needs its own subject: "to hear speakers demand ..."
        if subject_before(parsed, earlier.start) is None:
            return None
        return earlier
    return None


_HAVE = frozenset({"has", "have", "had"})
_BE = frozenset({"be", "been", "being", "was", "were", "is", "are"})
