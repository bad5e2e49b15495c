"""Ids for timeline entries: slugs, free ids, and the one scheme for event ids.

Every command that makes an id (``extract``, the reader's new event) comes here, so that the
same sentence with the same date gets the same id whoever proposes it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

# Letters that Unicode does not decompose into a base letter plus accents (NFKD leaves them
# whole), spelt as English-language news writes them.
_UNDECOMPOSED = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_STOP_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the of to in on at for and or but is are was were be been has have had will would "
        "that this these those it its by with from as into about after before their his her they "
        "also",
    )
)
KEY_WORDS = 5


def slugify(text: str, fallback: str = "item") -> str:
    """A lowercase ASCII id, never empty: ``"Łukaszenka's Straße"`` -> ``"lukaszenka-s-strasse"``.

    Accents are folded (``é`` -> ``e``); text with no Latin letter or digit at all
    (``"北京"``) gives ``fallback``, itself slugified.
    """
    slug = _NOT_SLUG.sub("-", _fold(text)).strip("-")
    if slug:
        return slug
    return _NOT_SLUG.sub("-", fallback.casefold()).strip("-") or "item"


def _fold(text: str) -> str:
    """``text`` casefolded to ASCII, accents dropped; letters of other scripts vanish."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return folded.encode("ascii", "ignore").decode()


def _spelt(word: str) -> str:
    """A word of another script transliterated ("Владивосток" -> "Vladivostok"), so that
    ids of events told in Russian or Korean say something; Latin words are left as they are."""
    if _NOT_SLUG.sub("", _fold(word)):
        return word
    from anyascii import anyascii  # only for words in other scripts

    return anyascii(word)


def free_id(base: str, taken: Container[str]) -> str:
    """``base``, or ``base-2``, ``base-3``, ... : the first that is not ``taken``."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def key_words(title: str, limit: int = KEY_WORDS) -> list[str]:
    """The first ``limit`` words of ``title`` that are not stop words, lowercased."""
    words = re.findall(r"[^\W_]+", title.replace("\u2019", "'").replace("'s ", " "))
    return [word.casefold() for word in words if word.casefold() not in _STOP_WORDS][:limit]


def event_id(date: str | None, title: str) -> str:
    """An event's id: the first day of its EDTF date, then the title's key words.

    ``event_id("2023-09-10/2023-09-13", "Kim heads to Russia")`` -> ``2023-09-10-kim-heads-russia``.
    Deterministic, so that re-running extraction proposes the same ids; make it unique in a
    timeline with :func:`free_id`.
    """
    start = date.split("/")[0] if date else ""
    words = [_spelt(word) for word in key_words(title)]
    return slugify(" ".join([start, *words]), fallback="event")
