"""Both parties a pair description stands for: "the two countries exchanged letters" after the
article named Russia and North Korea is both of them; "the two leaders", "both sides", "the two
companies" likewise, of their own kind. (Issue 9, section 3: the event's participants are
among its actors; a description is the named entity of the right kind the article gave.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.actors import ActorCandidate
from tui.extract.names import after_locative
from tui.extract.title_names import country_mentions, country_pair
from tui.model.timeline import ActorKind

# Joins the two names of a pair in one subject string (no name holds it).
PAIR_SEPARATOR = "\x1f"

_PAIR = re.compile(
    r"\b(?:[Tt]he[ \t]+two|[Bb]oth)[ \t]+(?P<noun>countries|nations|governments|states|"
    r"neighbou?rs|leaders|men|presidents|premiers|sides|parties|companies|firms)\b"
)
_STATES = frozenset({"countries", "nations", "governments", "states", "neighbours", "neighbors"})
_PEOPLE = frozenset({"leaders", "men", "presidents", "premiers"})
_FIRMS = frozenset({"companies", "firms"})
_LEADER_BEFORE = re.compile(
    r"\b(?:President|Prime[ \t]+Minister|Premier|Chancellor|King|Queen|Emperor|[Ll]eader|"
    r"[Pp]resident|[Pp]rime[ \t]+[Mm]inister|[Cc]hairman)[ \t]+\Z"
)
# How far back the two are looked for: the article so far, in all but the longest.
_WINDOW = 4000


def two_parties(
    sentence: str, offset: int, text: str, candidates: Sequence[ActorCandidate], title: str
) -> str:
    """The two parties a pair description opening ``title`` stands for, joined by
    :data:`PAIR_SEPARATOR`: "the two countries" as its title names them
    (:func:`tui.extract.title_names.country_pair`); "the two leaders" the two people the text
    before it (``sentence`` is at ``offset`` in ``text``) calls leaders and names most, "both
    sides" any two it names most, the later first on a tie; "" when the title opens with no
    such description or the article does not single out two."""
    if _PAIR.match(title) is None:
        return ""  # ("Both companies are allies of X in its fight against a bid launched by Y")
    match = _PAIR.search(sentence)
    if match is None:
        return ""
    noun = match["noun"]
    end = offset + match.start()
    start = max(0, end - _WINDOW)
    found: list[tuple[int, str]] = []
    if noun in _STATES:
        # (One resolver for the title and the actors: tui.extract.title_names.)
        pair = country_pair(country_mentions(text), text, end)
        return PAIR_SEPARATOR.join(pair) if pair else ""
    if noun not in _PEOPLE and noun not in _FIRMS:
        found += [
            (at, name)
            for at, _, name in country_mentions(text)
            if start <= at < end and not after_locative(text, at)  # "in Geneva": where
        ]
    if noun not in _STATES:
        kinds = {ActorKind.PERSON} if noun in _PEOPLE else {ActorKind.ORGANIZATION}
        if noun not in _PEOPLE and noun not in _FIRMS:
            kinds = {ActorKind.PERSON, ActorKind.ORGANIZATION}
        found += [
            (c.start, c.surface) for c in candidates if start <= c.start < end and c.kind in kinds
        ]
    # "U.S. officials have cleared ..." just before "the two countries" does not make the US
    # one of the two the paragraphs were about (Russia and North Korea).
    score: dict[str, tuple[bool, int, int]] = {}
    for at, name in sorted(set(found)):  # (several rules may find one mention)
        led, count, last = score.get(name, (False, 0, -1))
        # "the two leaders": people the article calls leaders ("President Glafcos Clerides",
        # "Turkish-Cypriot leader Rauf Denktash") before the envoy who speaks of them.
        led = led or (
            noun in _PEOPLE and _LEADER_BEFORE.search(text, max(0, at - 30), at) is not None
        )
        score[name] = (led, count + 1, max(last, at))
    names = sorted(score, key=score.__getitem__, reverse=True)
    if len(names) < 2:
        return ""
    return names[0] + PAIR_SEPARATOR + names[1]
