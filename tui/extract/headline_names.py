"""Which name a clause's subject stands for in its own sentence (issue 9, section 1): a "he",
"she" or "it" as the named subject of an earlier clause ("Elian has been ... since he was
found"), a description in apposition to a name as the name ("Patricia Hurt, the Essex County
prosecutor, who created ..."). Split from :mod:`tui.extract.headline`, whose
``clause_subject`` asks it; :func:`inside_quotation` is here too, the two use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.syntax.chunks import Parsed, VerbGroup, subject_before


def named_subject(
    parsed: Parsed, groups: Sequence[VerbGroup], subject: tuple[int, int], body: int
) -> tuple[int, int]:
    """A "he" or "she" subject as the name it stands for in the same sentence: the subject
    of an earlier clause, when that is a name ("Elian has been ... since he was found"); a
    description in apposition to a name as the name ("Patricia Hurt, the Essex County
    prosecutor, who created the task force")."""
    start = subject[0]
    if (
        parsed.word(start) in ("the", "a", "an")
        and start >= 3
        and subject[1] < len(parsed.tags)
        and parsed.tags[subject[1]] == ","
        and parsed.tags[start - 1] == ","
        and parsed.tags[start - 2] == "NNP"
        and parsed.tags[start - 3] == "NNP"
    ):
        first = start - 3
        while first > body and parsed.tags[first - 1] == "NNP":
            first -= 1
        return first, start - 1
    named = _name_in_apposition(parsed, subject)
    if named is not None:
        return named
    pronoun = parsed.word(subject[0]) if subject[1] - subject[0] == 1 else ""
    if pronoun not in ("he", "she", "it"):
        return subject
    for group in reversed([g for g in groups if g.end <= subject[0] and g.start >= body]):
        earlier = subject_before(parsed, group.start)
        if earlier is None or earlier[0] < body:
            continue
        if inside_quotation(parsed, subject[0]) and not inside_quotation(parsed, earlier[0]):
            return subject  # 'X said: "It is ...': the quoted speaker's "it", not X
        head = parsed.tags[earlier[1] - 1]
        # "he"/"she" is a person's name; "it" a thing's: "The sweetened offer has acceptances
        # ..., and it is scheduled for completion" (not a person, nor another pronoun).
        if (
            head == "NNP"
            if pronoun != "it"
            else head in ("NN", "NNP") and not _personal(parsed, earlier)
        ):
            return earlier
    return subject


def _name_in_apposition(parsed: Parsed, subject: tuple[int, int]) -> tuple[int, int] | None:
    """ "A French free newspaper, Metro, conducted": a described subject the apposition after
    it names; the title names it ("Metro conducted"). ``None`` when the subject is no
    description (a name, a pronoun) or what follows it is no name alone between commas."""
    tags, (start, end) = parsed.tags, subject
    if parsed.word(start) not in ("the", "a", "an") or tags[end - 1] not in ("NN", "NNS"):
        return None
    if end >= len(tags) or tags[end] != ",":
        return None
    close = end + 1
    while close < len(tags) and tags[close] in ("NNP", "NNPS") and close - end <= 4:
        close += 1
    if close == end + 1 or close + 1 >= len(tags) or tags[close] != ",":
        return None
    if tags[close + 1] in ("NNP", "NNPS", "CC", "DT"):
        return None  # "the ministers, Smith, Jones and Brown": a list, not one name
    if not all(parsed.tokens[i].text[:1].isupper() for i in range(end + 1, close)):
        return None
    return end + 1, close


def _personal(parsed: Parsed, span: tuple[int, int]) -> bool:
    """Whether a noun phrase is a pronoun or names a person, by its first word."""
    return parsed.tags[span[0]] in ("PRP", "PRP$") or parsed.word(span[0]) in ("he", "she")


def inside_quotation(parsed: Parsed, index: int) -> bool:
    """Whether the token at ``index`` is inside quotation marks."""
    words = [t.text for t in parsed.tokens[:index]]
    if words[:1] == ["''"]:
        words[0] = "``"  # a quotation opened with the closing mark, as some wires do
    curly = words.count("\u201c") - words.count("\u201d")
    timebank = words.count("``") - words.count("''")
    return curly > 0 or timebank > 0 or words.count('"') % 2 == 1
