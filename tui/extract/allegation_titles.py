"""Titles of alleged acts (issue 9, section 1): a date inside "suspected of blowing up a jet
over Scotland in 1988" dates the act the suspects are suspected of, not the clause the
suspects are mentioned in ("The court blocked the trial of two Libyans suspected of ...").
The headline is the accused and the allegation, as a newspaper writes it: "Two Libyans
suspected of blowing up a Pan Am jumbo jet over Scotland", "A man accused of killing his
wife". The allegation stays in the title: what the article only alleges is not told as fact.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.headline import clause_pieces
from tui.extract.headline_fit import MAX_TITLE, clean, render
from tui.extract.syntax.chunks import Parsed, VerbGroup, phrase_start

# Participles of an allegation, each with the preposition that opens the alleged act.
_ALLEGING = {
    "suspected": "of",
    "accused": "of",
    "charged": "with",
    "indicted": "for",
    "convicted": "of",
}
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def allegation_title(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    span: tuple[int, int],
) -> str:
    """The title of a date on an alleged act: ``group`` is the act's verb ("blowing up") or a
    lone allegation participle after its noun ("two Libyans | suspected | of blowing up ...")
    and the date ``span`` is after the act's verb; the title is the noun's phrase, the
    participle and the act. ``""`` when ``group`` is no such verb."""
    at = group.start
    if parsed.tags[at] == "VBG" and at >= 2 and group.end - at == 1:
        at -= 2  # the act's verb: its allegation is two words before ("suspected of")
    word = parsed.word(at)
    if word not in _ALLEGING or at < 1 or at + 2 >= len(parsed.tokens):
        return ""
    if parsed.word(at + 1) != _ALLEGING[word] or parsed.tags[at + 2] != "VBG":
        return ""  # "charged with murder": a noun, no act of its own to date
    if parsed.tags[at - 1] not in _NOUNS or span[0] <= at + 2:
        return ""
    subject = (phrase_start(parsed, at - 1), at)
    if subject[0] < body:
        return ""
    # The participle as the head of its clause, its subject the noun it describes.
    head = VerbGroup(at, at + 1, False)
    pieces = clause_pieces(parsed, groups, head, body, span, MAX_TITLE, subject)
    return clean(render(parsed, pieces)) if pieces else ""
