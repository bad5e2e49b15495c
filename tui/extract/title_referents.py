"""What a title's "the plan" is (issue 9, section 1): a definite noun of an agreement or a
plan ("the plan", "that agreement", "the deal") that the title leaves bare, when the article
said before which one it is ("a plan to sell its South Carolina branch offices to First
Citizens Bank", "a June agreement with a dissident-shareholder group"), is told as the article
first told it: "The thrift announced the plan" -> "... announced the plan to sell its South
Carolina branch offices ...". Applied per event in :mod:`tui.extract.article_stage`, like the
names of :mod:`tui.extract.title_names`; the title is fitted again afterwards.
"""

from __future__ import annotations

import re

from tui.extract.headline_fit import MAX_TITLE, SLACK
from tui.extract.title_names import fit_title

# Nouns of agreements and plans that a later "the ..." refers back to. (Not "the move", "the
# talks" or "the attack": what those stand for is a whole happening told before, not a noun
# phrase the article gave.)
_HEADS = (
    "plan",
    "deal",
    "agreement",
    "offer",
    "proposal",
    "bid",
    "accord",
    "pact",
    "treaty",
    "contract",
    "merger",
    "project",
    "programme",
    "program",
    "scheme",
)
_HEAD = "|".join(_HEADS)
# "the plan", "that agreement", "this offer", not "the plan to ..." (it says which already),
# nor "the merger proposal" (a longer noun).
_BARE = re.compile(
    rf"\b([Tt]he|[Tt]hat|[Tt]his) ({_HEAD})\b(?! (?:to|of|for|with|between|by|on|in) )"
    r"(?! [a-z]+(?:al|ion|ment)s?\b)"
)
# A mention that says which: "a plan to sell ...", "a June agreement with ...", "its offer
# for ...": a determiner or owner, at most three words, the head and its complement.
_TOLD = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er) "
    rf"((?:(?!(?:an?|the|its|their|his|her) )[\w$.,-]+ ){{0,3}}?)({_HEAD}) "
    r"(to [a-z]+|with|for|between|on) "
)
# Where the complement ends in the article's text: its sentence's or clause's end.
_END = re.compile(r"[,;:.!?()\"\u201c\u201d\n]| _ | -- ")


def name_referent(title: str, text: str, before: int, sentence: str = "") -> str:
    """``title`` with its bare "the plan" (see the module) told as the article told it in
    ``text`` before offset ``before`` (where the event's ``sentence`` starts); unchanged when
    the title says which already, when the noun is inside a quotation, when the article never
    said, or when the title, fitted, would lose what it says ("the deadline set | in the June
    agreement ...": then the bare noun reads better)."""
    found = _BARE.search(title)
    if found is None or _quoted(title, found.start()) or _quoted(sentence, sentence.find(found[0])):
        return title
    told = _told(text[:before], found[2])
    if not told:
        return title
    named = f"{'The' if found.start() == 0 else 'the'} {told[-1]}"  # the nearest before
    new = title[: found.start()] + named + title[found.end() :]
    fitted = fit_title(new)
    # Kept only when the fitted title keeps the noun's complement and is a headline's length.
    complement = named.split(f" {found[2]} ", 1)[1].split()[0]
    if f"{found[2]} {complement}" not in fitted or len(fitted) > MAX_TITLE + SLACK:
        return title
    return fitted


def _quoted(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` is inside a quotation ("To keep from shutting down
    the program ...," Trafton said: the speaker's "the program" is no title's to name)."""
    if at < 0:
        return False
    before = text[:at]
    straight = before.count('"') + before.count("``") + before.count("''")
    return straight % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _told(text: str, head: str) -> list[str]:
    """Every mention of ``head`` with its complement in ``text`` ("June agreement with a
    dissident-shareholder group"), without its determiner, cut where its clause ends."""
    from tui.extract.syntax.chunks import FINITE, parse  # the tagger loads late

    mentions = []
    for match in _TOLD.finditer(text):
        if match[2] != head or (any(c in match[1] for c in ",.") and not _number(match[1])):
            continue
        end = _END.search(text, match.end())
        # Tagged with its determiner ("their joint proposal"), told without it.
        phrase = text[match.start() : end.start() if end else len(text)]
        parsed = parse(phrase)
        words = len(match[1].split()) + 3
        if any(tag not in _MODIFIERS for tag in parsed.tags[1 : words - 2]):
            continue  # "the company made | an offer": a clause, not the noun's modifiers
        # The complement runs to the next finite verb: "a plan to sell ... fell through".
        cut = next(
            (
                parsed.tokens[i].start
                for i in range(words, len(parsed.tokens))
                if parsed.tags[i] in FINITE
            ),
            len(phrase),
        )
        told = phrase[match.start(1) - match.start() : cut].strip()
        if len(told.split()) >= 4 and len(told) <= 80:
            mentions.append(told)
    return mentions


_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "HYPH", "$"})


def _number(words: str) -> bool:
    # "$1.5 billion" keeps its period and "a 3,000-word" its comma.
    return bool(re.fullmatch(r"(?:[\w$-]*\d[\d.,]*\w* )+", words))
