"""Which clause's names take part when an event's date sits in an adverbial clause (issue 9,
section 3): "the White House warned of high-level talks as the two countries exchanged letters
back in August" dates the exchange of letters, whose parties are the two countries, not the
White House that warned of it, when the title tells that clause.

The relative-clause kind of the same question is :func:`tui.extract.roles.event_clause`; this
one is its sibling for clauses a conjunction opens, whose subject comes after the conjunction.
"""

from __future__ import annotations

import re

from tui.extract.roles import title_tells_part

# A conjunction opening a clause with its own subject: a definite phrase or a name after it
# ("as the two countries ...", "when Kim arrived ..."). A pronoun subject is left alone: it
# is most often the main clause's ("Greece did when they won"), whom the actors keep; so is
# "as a ..." ("will serve as a goodwill ambassador"). ("after", "before" and "until" are left
# out: mostly prepositions before a noun, "after the war".)
_OPENER = re.compile(
    r"[ \t,](?:as|when|while|because|whereas)[ \t]+(?=(?:the|his|her|its|their)\b|[A-Z])"
)
# A finite verb in the clause, for it to be a clause at all ("as the party's leader" is not).
_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|will|would|did|does|said|says|came|went|"
    r"took|made|met|fled|left|began|won|lost|held|sent|gave|fell|rose|became|got|saw|told)\b"
)
# Where the clause ends: a clause punctuation mark, or "and" opening another clause.
_CLAUSE_END = re.compile(r"[;:]|,[ \t]+(?!\d)|[ \t]+and[ \t]+(?:then|when|while|as)\b")
# How many words a clause's subject may have before its verb ("the embassy on April 4 urged").
_SUBJECT_WORDS = 5
_NOT_BEFORE_VERB = frozenset({"a", "an", "the", "by", "of", "to", "for", "with", "in", "on"})


def adverbial_clause(sentence: str, date_text: str, title: str) -> str:
    """The adverbial clause of ``sentence`` that holds the event's date ``date_text``, when
    ``title`` tells it (more of the title's words are in the clause than in the rest of the
    sentence); ``sentence`` otherwise."""
    at = sentence.find(date_text) if date_text else -1
    if at < 0:
        return sentence
    openers = list(_OPENER.finditer(sentence, 0, at))
    if not openers or _CLAUSE_END.search(sentence, openers[-1].end(), at) is not None:
        return sentence
    start = openers[-1].start() + 1
    stop = _CLAUSE_END.search(sentence, at + len(date_text))
    end = stop.start() if stop else len(sentence)
    # (Right after its subject: "as PDI chairwoman by a government-backed faction" is none.)
    verb = _VERB.search(sentence, openers[-1].end(), end)
    subject = sentence[openers[-1].end() : verb.start()].split() if verb else []
    if not subject or len(subject) > _SUBJECT_WORDS or subject[-1].endswith("-"):
        return sentence  # (no subject before it, or a word of a compound: "government- backed")
    if subject[-1].casefold() in _NOT_BEFORE_VERB:
        return sentence  # "a rebel-held town", "by a backed faction": a participle
    if not title_tells_part(title, sentence, start, end):
        return sentence  # the title tells the main clause: the date was its verb's
    return sentence[start:end]
