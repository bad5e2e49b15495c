"""Titles of a clause that names no one, after ", but" (issue 9, section 1): in "His kidnappers
demanded a ransom, but negotiations broke off at noon Thursday", the dated clause alone
("Negotiations broke off") says neither whose negotiations nor what about; the clause before
"but" does. When the dated clause's subject is a common noun (no name, no pronoun) and the
clause before has a subject that names someone (a name, or a pronoun the article's names
resolve later: "His kidnappers"), the title is both clauses, when they fit a headline:
"His kidnappers demanded a ransom of $1 million, but negotiations broke off".
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.headline import clause_pieces, clause_subject
from tui.extract.headline_fit import MAX_TITLE, Piece, clean, render
from tui.extract.syntax.chunks import Parsed, VerbGroup

# A subject naming no one: common nouns with their determiner and adjectives.
_NAMELESS = frozenset({"DT", "JJ", "NN", "NNS"})
# A subject that names someone, or stands for someone the article named.
_NAMING = frozenset({"NNP", "NNPS", "PRP", "PRP$"})


def contrast_title(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    span: tuple[int, int],
) -> str:
    """The title of ``group``'s clause with the clause before its ", but" (see the module);
    ``""`` when ``group``'s clause is no such one or the two do not fit ``MAX_TITLE``."""
    subject = clause_subject(parsed, groups, group, body, span)
    if subject is None or subject[0] < body + 3 or subject[1] != group.start:
        return ""
    if parsed.word(subject[0] - 1) != "but" or parsed.tags[subject[0] - 2] != ",":
        return ""
    if any(parsed.tags[i] not in _NAMELESS for i in range(*subject)):
        return ""
    comma = subject[0] - 2
    if span[0] < comma:
        return ""  # the date is the first clause's: that clause is the title
    before = [g for g in groups if g.finite and body <= g.start and g.end <= comma]
    if len(before) != 1:
        return ""  # one clause before "but", not a sentence of several
    first = clause_subject(parsed, groups, before[0], body)
    if first is None or first[0] != body:
        return ""
    if not any(parsed.tags[i] in _NAMING for i in range(*first)):
        return ""
    opening = clause_pieces(parsed, groups, before[0], body, span, MAX_TITLE)
    closing = clause_pieces(parsed, groups, group, body, span, MAX_TITLE)
    if not opening or not closing or not _whole(opening, comma):
        return ""
    second = clean(render(parsed, closing))  # (capitalised as a title: lower it again)
    title = f"{clean(render(parsed, opening))}, but {second[:1].lower()}{second[1:]}"
    return title if len(title) <= MAX_TITLE else ""


def _whole(pieces: Sequence[Piece], comma: int) -> bool:
    """Whether the first clause's pieces run to the comma before "but" (nothing of it cut)."""
    last = max((i for i in pieces if isinstance(i, int)), default=-1)
    return last == comma - 1
