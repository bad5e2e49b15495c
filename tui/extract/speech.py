"""Speech in a sentence: whether it may be a statement, a speaker named by a pronoun, and a
statement said before the day of the story.

Split from :mod:`tui.extract.events`.
"""

from __future__ import annotations

import re

from tui.extract.temporal.prefilter import with_prefilter

# "He said", "She says" opening a sentence: a speaker named only by a pronoun.
PRONOUN_SPEAKERS = frozenset({"He", "She"})
PRONOUN_SPEAKER = re.compile(r"[ \t]*(He|She)[ \t]+(?:said|says|told|tells|added|adds)\b")
# (with_prefilter: the same matches, behind a look at each position's first character, which
# most positions of a sentence fail: a third to a half of the pattern's time.)
_STATEMENT_HINT = with_prefilter(
    r"\b(?:said|says|told|tells|warned|warns|added|announced|stated|claimed|declared|noted|"
    r"wrote|insisted|argued|explained|confirmed|denied|urged|responded|tweeted|[Aa]ccording|"
    r"called|calls|appealed)\b",
    0,  # (case-sensitive, as before)
)


# "Newspaper reports have said ...", "the chairman had suggested ...": said before, again and
# again or before the story's day, not a statement made public on the day of the article.
_PERFECT_BEFORE = re.compile(r"\b(?:(?P<present>has|have)|had)[ \t]+(?:\w+ly[ \t]+)?\Z")


def said_before(sentence: str, speaker_at: int, lead: bool) -> bool:
    """Whether the speech verb of ``sentence`` (the one nearest its speaker, at
    ``speaker_at``) is in a perfect tense: said before the day of the article. (In the lead,
    "Acme has said it will cut 2,000 jobs" is the news.)"""
    verbs = list(_STATEMENT_HINT.finditer(sentence))
    if not verbs:
        return False
    verb = min(verbs, key=lambda match: abs(match.start() - speaker_at))
    perfect = _PERFECT_BEFORE.search(sentence, 0, verb.start())
    return perfect is not None and not (lead and perfect.group("present"))


def might_be_statement(sentence: str) -> bool:
    """Whether ``sentence`` has a speech verb, so may be a statement."""
    # The speaker rules are costly regular expressions; most sentences have no speech verb.
    return _STATEMENT_HINT.search(sentence) is not None
