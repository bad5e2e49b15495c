"""A date between a state and a happening (issue 9, section 1): "people are increasingly
enthusiastic by today, Cuban television, which clings to the party line, actually began to
promote its papal coverage". A spoken sentence runs two clauses together; the date closes the
first, a copula's state ("are enthusiastic"), and the clause after its comma tells what
happened. The title is that happening ("Cuban television began to promote its papal
coverage"), not the mood before it. Used by :func:`tui.extract.titles.event_title` after it
found the date's verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.headline import clause_pieces, is_speech
from tui.extract.headline_fit import MAX_TITLE, clean, render
from tui.extract.syntax.chunks import Parsed, VerbGroup

_BE = frozenset({"is", "are", "was", "were", "'s", "'re"})
# What may stand between the copula and the date: its adverbs and adjectives ("increasingly
# enthusiastic"), the date's own lead ("by").
_STATE_TAGS = frozenset({"RB", "RBR", "JJ", "JJR"})
# The next clause's subject: a noun phrase ("Cuban television").
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD"})


def act_after_state_title(
    parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup, body: int, span: tuple[int, int]
) -> str:
    """The title of the clause after the date's comma, when ``group`` (the verb the date was
    given) is a lone copula whose adjective ends right before the date and that clause has
    its own subject and an act for a verb; ``""`` otherwise."""
    found = _act_after_state(parsed, groups, group, span)
    if found is None:
        return ""
    subject, verb = found
    pieces = clause_pieces(parsed, groups, verb, body, span, MAX_TITLE, subject)
    return clean(render(parsed, pieces)) if pieces else ""


def _act_after_state(
    parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup, span: tuple[int, int]
) -> tuple[tuple[int, int], VerbGroup] | None:
    """The subject and verb of the clause after a state's date (see the module), or None."""
    tags = parsed.tags
    first, last = span
    if group.end - group.start != 1 or parsed.word(group.start) not in _BE:
        return None
    between = range(group.end, first)
    if not between or tags[first - 1] not in ("JJ", "JJR"):
        return None  # "are increasingly enthusiastic | by today"
    if any(tags[i] not in _STATE_TAGS for i in between):
        return None
    if last >= len(tags) or tags[last] != ",":
        return None
    k = last + 1
    while k < len(tags) and tags[k] in _SUBJECT_TAGS:
        k += 1
    if k == last + 1 or tags[k - 1] not in ("NN", "NNS", "NNP", "NNPS"):
        return None  # no noun phrase opens the next clause
    subject = (last + 1, k)
    if k + 1 < len(tags) and tags[k] == "," and tags[k + 1] in ("WDT", "WP"):
        # ", which clings to the party line,": an aside on the subject, to its closing comma
        close = next((i for i in range(k + 2, min(len(tags), k + 16)) if tags[i] == ","), None)
        if close is None:
            return None
        k = close + 1
    while k < len(tags) and tags[k] in ("RB", "RBR"):
        k += 1  # "actually began"
    verb = next((g for g in groups if g.start == k and g.finite), None)
    if verb is None or is_speech(parsed, verb) or parsed.word(verb.start) in _BE:
        return None  # ", the company said", ", prices were ...": no act of its own
    return subject, verb
