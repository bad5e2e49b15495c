"""Commentators: the outside experts an article quotes, whose remarks are no happening.

A story quotes analysts, professors and former officials to explain the news ("This is a very
significant development," said Leif-Eric Easley, professor of international studies at ...).
Their opinion is not something that happened: an editor building a timeline leaves it out,
while the same sentence by a participant ("Kirby said the talks were advancing") is a
statement on record. An article says who is who when it first names a person, so the
commentators are found once per article, from the role it gives them:

- a name with its role in apposition: "Rebekah Koffler, a former DIA analyst",
  "Leif-Eric Easley, professor of international studies at Ewha Womans University";
- a role before the name: "A former DIA official, Rebekah Koffler", "economist Jane Doe".

Their later remarks, by full name or surname ("..., Koffler said."), are commentary. A dated
happening they report ("the two leaders met in 2019, Koffler said") is still a happening:
only their undated statements are dropped, by :mod:`tui.extract.events`.

A feature's quotes are commentary too, whoever speaks: words attributed after them in the
present tense ("The last two months have been the whole ball game," says Steven Norwitz, a
vice president; "..., Dalbar says.") are an interview's colour, not a statement on record
of a day. A report says when its statements were made ("said", "said Tuesday"); a
speaker named first ("Netanyahu says gaps remain", the broadcast style) is left alone.
"""

from __future__ import annotations

import re

from tui.extract.predicates import IRREGULAR_PAST_PATTERN
from tui.extract.syntax.chunks import parse
from tui.extract.temporal.prefilter import WordGated, fold

# People whose job is to comment: their words explain the news, they do not make it.
_EXPERT_ROLES = (
    r"analysts?|economists?|professor|lecturer|scholar|researcher|historian|strategist|"
    r"pollster|commentator|expert|fellow|political[ \t]+scientist"
)
# A former holder of an office who comments on it: "a former US ambassador". Not a former
# president or minister (news of their own), nor "a former KGB officer" said of a leader.
_FORMER_ROLES = r"official|diplomat|ambassador|adviser|advisor|envoy|negotiator"
_ROLE = (
    rf"(?:(?:{_EXPERT_ROLES})\b|former[ \t]+(?:[\w.\-'\u2019]+[ \t]+){{0,3}}?(?:{_FORMER_ROLES})\b)"
)
_TOKEN = r"(?:[A-Z]\.|[A-Z][\w\-'\u2019]*)"  # a period only after an initial
_NAME = rf"(?P<name>{_TOKEN}(?:[ \t]+{_TOKEN}){{1,3}})"
# "Name, a former DIA analyst", "Name, professor of ...": the role heads the appositive, so no
# preposition or clause comes before it ("Name, a colleague of the strategist X" is not one).
_MODIFIER = r"(?!(?:of|at|in|on|for|with|to|from|by|and|or|who|which|whose|that)\b)[\w.\-'\u2019&]+"
_NAME_THEN_ROLE = re.compile(
    rf"{_NAME},[ \t]+(?:(?:a|an|the)[ \t]+)?(?:{_MODIFIER}[ \t]+){{0,6}}?{_ROLE}",
)
# "A former DIA official, Name", "economist Name", "analyst Name". Lowercase only: a capital
# "Professor Name" is a title, worn by officials too ("Professor X, head of the agency's ...").
_BEFORE_ROLES = (
    r"analyst|economist|professor|historian|strategist|pollster|commentator|expert|scholar|"
    rf"researcher|political[ \t]+scientist|former[ \t]+(?:[\w.\-'\u2019]+[ \t]+){{0,3}}?"
    rf"(?:{_FORMER_ROLES})"
)
_ROLE_THEN_NAME = re.compile(rf"\b(?:{_BEFORE_ROLES}),?[ \t]+{_NAME}")
# Neither pattern matches across a line break (spaces and tabs only between words), and each
# match holds one of a few role words: only the lines holding one are searched (most articles
# have none; running both patterns over a whole text cost a few percent of extracting it).
_GATED = (WordGated(_NAME_THEN_ROLE), WordGated(_ROLE_THEN_NAME))


def commentators(text: str) -> frozenset[str]:
    """The names (in full, and each surname alone) the article gives a commentator's role."""
    folded = fold(text)
    if not any(gated.may_match(folded) for gated in _GATED):
        return frozenset()
    names: set[str] = set()
    # (Folding keeps every line break: the lines pair up.)
    for line, folded_line in zip(text.split("\n"), folded.split("\n"), strict=True):
        for gated in _GATED:
            for match in gated.finditer(line, folded_line):
                name = match["name"].rstrip(".")
                names.add(name)
                names.add(name.split()[-1])
    return frozenset(names)


def is_commentator(speaker: str, names: frozenset[str]) -> bool:
    """Whether ``speaker`` (as a statement names them) is one of the article's commentators."""
    if not speaker or not names:
        return False
    return speaker in names or speaker.split()[-1] in names


# "..., says Steven Norwitz, a vice president." / "..., Dalbar says." / "..., Mr. Litvack says."
# closing the sentence: the speaker after the words, in the present tense.
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]*)?"
_SPEAKER = rf"{_HONORIFIC}{_TOKEN}(?:[ \t]+{_TOKEN}){{0,3}}"
_ROLE_AFTER = r"""(?:(?:,|[ \t]+of\b)(?:[^"'`\u201c\u201d]|['\u2019]s\b){0,120})?"""
_FEATURE_ATTRIBUTION = re.compile(
    rf"""[,'"`\u2019\u201d][ \t]*(?:says[ \t]+{_SPEAKER}{_ROLE_AFTER}|{_SPEAKER}[ \t]+says)"""
    r"[ \t]*[.!]?[ \t]*\Z"
)


def is_feature_quote(sentence: str) -> bool:
    """Whether ``sentence`` quotes someone the way a feature does: the words first, then the
    speaker in the present tense ("..., says Louis Harvey, Dalbar's president.")."""
    return "says" in sentence and _FEATURE_ATTRIBUTION.search(sentence.rstrip()) is not None


# "The United Nations says women and children make up about seventy-five percent of the Afghan
# population": a share told in the present tense is a standing figure, not news of a day.
_SHARE = re.compile(
    r"\b(?:percent|per[ \t]+cent)\b|\d[ \t]*%|\b(?:half|a[ \t]+third|a[ \t]+quarter)[ \t]+of\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\b(?:says|say|estimates|reckons)\b")
# A past, a perfect or a future: what happened or will, however it is counted.
_TOLD_DONE_TAGS = frozenset({"VBD", "VBN", "MD"})
# (The tagger may miss one: "sales rose 5%".)
_TOLD_DONE_WORDS = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST_PATTERN}|was|were|has|have|had|will|would)\b"
)


def is_standing_figure(sentence: str) -> bool:
    """Whether ``sentence`` is a statement of a share in the present tense ("X says women and
    children make up 75 percent of the population"): a statistic, not a statement of a day."""
    if _SAYS.search(sentence) is None or _SHARE.search(sentence) is None:
        return False
    if _TOLD_DONE_WORDS.search(sentence):
        return False
    return not _TOLD_DONE_TAGS.intersection(parse(sentence).tags)
