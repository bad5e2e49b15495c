"""Names in titles (issue 9, section 1): a leading "He"/"She" is the person the article last
named, "The company" (or "the company's" anywhere) the business the article is about. Applied
to each event's title after the article's people and organisations are known
(:mod:`tui.extract.article_stage`); the titles themselves come from :mod:`tui.extract.titles`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence


def name_pronoun(title: str, name: str) -> str:
    """The title with a leading "He" / "She" replaced by ``name`` (the person it stands for),
    and a leading "His" / "Her" by the name's possessive ("His car was found" -> "James
    Kopp's car was found")."""
    match = _PERSONAL_PRONOUN.match(title)
    if match is None and name:
        # "A federal appeals court has reinstated his convictions": an institution has no
        # "his"; it is the person the article last named.
        institution = _INSTITUTION.match(title)
        if institution is not None and title.count(" his ") + title.count(" her ") == 1:
            rest = title[institution.end() :]
            return title[: institution.end()] + re.sub(
                r" (?:his|her) ", f" {_possessive(name)} ", rest, count=1
            )
    if match is None or not name:
        return title
    if match[1]:
        return _possessive(name) + title[match.end() :]
    return name + title[match.end() :]


# "He", "She" as the subject; "His", "Her" before a noun (group 1): the person's.
_PERSONAL_PRONOUN = re.compile(r"(?:He|She|(His|Her)(?= [a-z]))\b")


_INSTITUTION = re.compile(
    r"(?:An?|The) (?:[a-z\-]+ ){0,3}(?:court|government|jury|panel|board|agency|ministry|"
    r"department|committee|commission|council|company|bank|police|prosecutors?)\b"
)


def _possessive(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def last_person(
    people: Sequence[tuple[int, str]],
    offset: int,
    names: Mapping[str, Sequence[tuple[int, str]]] | None = None,
    text: str = "",
) -> str:
    """The last person named before ``offset``: from ``(position, name)`` pairs in order (the
    subjects of sentences), else from the article's full names by surname (``names``) that
    ``text`` also calls by the surname alone, as it does people ("Juanita Castro" ...
    "Castro"), not places ("United States" ... "States")."""
    before = [name for start, name in people if start < offset]
    if before:
        return before[-1]
    mentions = [
        (start, name)
        for surname, found in (names or {}).items()
        for start, name in found
        if start < offset and text.count(surname) > text.count(name)
    ]
    return max(mentions)[1] if mentions else ""


# "The company", "the restaurant operator": a business described, not named.
_DESCRIBED = re.compile(
    r"The (?:[a-z\-]+ ){0,2}(?:company|firm|bank|thrift|maker|operator|concern|retailer|"
    r"insurer|airline|carrier|utility|lender|brokerage|publisher|manufacturer|producer|"
    r"developer|chain|supplier|distributor|refiner|conglomerate|giant)\b"
)


def names_pronoun(title: str) -> bool:
    """Whether a title opens with "He", "She", "His" or "Her" (a person to name)."""
    return _PERSONAL_PRONOUN.match(title) is not None


def describes_business(title: str) -> bool:
    """Whether a title opens with a description of a business ("The company")."""
    return _DESCRIBED.match(title) is not None


def name_subject(title: str, person: str, company: str) -> str:
    """The title with a leading "He"/"She" as ``person`` and a leading "The company" (or
    another description of a business) as ``company``, the one the article is about."""
    title = name_pronoun(title, person)
    match = _DESCRIBED.match(title)
    if match is not None and company and company not in title:
        return company + title[match.end() :]
    if company and company not in title:
        # "in the company's operating results": whose, by name; "to save the company $4
        # million": which, by name
        title = _DESCRIBED_OWNER.sub(
            lambda m: _possessive(company) if m[0].endswith("'s") else company, title, count=1
        )
    return title


_DESCRIBED_OWNER = re.compile(r"\b[Tt]he (?:company|firm|concern)(?:'s\b|(?= [a-z$]))")
