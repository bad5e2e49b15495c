"""News media are sources, not participants: "local newspaper Dawn reported ...", "PTI said",
"Kiet was quoted as saying by the daily Vietnam News", "The Statesman said".

A paper, an agency or a broadcaster that tells a happening is where the news came from; an
editor lists who did what, and cites the paper as the source. The gazetteer's news agencies
(:data:`tui.extract.gazetteer.NEWS_SOURCE_IDS`) are known by name; any other medium is known by
how the text writes it: the noun for a medium before or after its name ("the daily Vietnam
News", "local newspaper Dawn", "the PAP news agency") or a medium's word ending its name
("The Statesman", "China Daily").
"""

from __future__ import annotations

import functools
import re

# The last word of a medium's name: "Vietnam News", "China Daily", "The Jakarta Post".
MEDIUM_ENDINGS = frozenset(
    {
        "News", "Times", "Post", "Journal", "Herald", "Tribune", "Daily", "Gazette",
        "Statesman", "Telegraph", "Guardian", "Observer", "Chronicle", "Inquirer", "Shimbun",
        "Ilbo", "Radio", "Television", "TV", "Newsweek", "Izvestia", "Pravda",
    }
)  # fmt: skip
# The noun for a medium written right before its name: "newspaper Dawn", "the daily Granma".
_MEDIUM_BEFORE = re.compile(
    r"\b(?:newspaper|daily|weekly|paper|magazine|tabloid|broadcaster|radio|television|"
    r"news[ \t]+agency|news[ \t]+service|network)[ \t]+(?:the[ \t]+)?\Z"
)

# A capitalised word right after a name: the name is only the start of a longer one.
_NEXT_CAPITAL = re.compile(r"[ \t]+[A-Z]")
# The noun for a medium right after its name: "PAP news agency", "the Al-Ahram newspaper".
_MEDIUM_AFTER = re.compile(r"[ \t]+(?:news[ \t]+agency|newspaper|daily|weekly|radio|television)\b")

# A medium that tells of itself is a party: "Reuters said on Tuesday it would close its Cairo
# bureau", "the paper said its editor had resigned".
_OF_ITSELF = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|added|confirmed|told[ \t]+\w+)"
    r"[ \t]+(?:(?:on[ \t]+)?[A-Z][a-z]+day[ \t]+)?(?:that[ \t]+)?(?:it|its)\b"
)


def tells_of_itself(sentence: str) -> bool:
    """Whether the speaker of ``sentence`` speaks of itself ("said on Tuesday it would close
    its bureau"): a medium doing so is a party of what it tells."""
    return _OF_ITSELF.search(sentence) is not None


def is_news_medium(name: str, sentence: str) -> bool:
    """Whether ``name``, as ``sentence`` writes it, is a news medium (see the module's
    docstring): its last word is a medium's, or a medium's noun comes right before it."""
    words = name.split()
    if not words:
        return False
    if (words[-1] in MEDIUM_ENDINGS and len(words) > 1) or words == ["Statesman"]:
        return True
    if not _has_medium_noun(sentence):
        return False  # (most sentences: one search per sentence, not per name)
    at = sentence.find(name)
    while at >= 0:
        inside = _NEXT_CAPITAL.match(sentence, at + len(name)) is not None
        if not inside and _MEDIUM_BEFORE.search(sentence, max(0, at - 40), at) is not None:
            return True  # (not "Vietnam" of "the daily Vietnam News": the paper's word)
        if _MEDIUM_AFTER.match(sentence, at + len(name)) is not None:
            return True  # "the official PAP news agency reported"
        at = sentence.find(name, at + len(name))
    return False


_MEDIUM_NOUN = re.compile(
    r"\b(?:newspaper|daily|weekly|paper|magazine|tabloid|broadcaster|radio|television|"
    r"news[ \t]+agency|news[ \t]+service|network)\b"
)


@functools.lru_cache(maxsize=256)
def _has_medium_noun(sentence: str) -> bool:
    """Whether ``sentence`` holds a noun for a medium at all (asked for every name a draft's
    sentence holds, so kept per sentence)."""
    return _MEDIUM_NOUN.search(sentence) is not None
