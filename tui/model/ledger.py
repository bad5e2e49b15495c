"""The ``extracted:`` ledger: what ``newsline extract`` has proposed, remembered by its source.

An extracted event is remembered by where it came from, not by its id: one entry per source,
``<article id>#<10 hex digits>``, the article and a hash of the normalised quote
(:func:`source_key`). Ids are built from the date and the title's words, so a better titler or
date tagger changes every id; the article and its quote do not change. A source recorded here
was proposed once: whatever the user did with its event since (kept it, edited it, rejected it,
merged it into another), extraction does not propose it again.

Older ledgers list event ids instead (``2023-09-10-bullet-proof-train-believed-carrying``).
They keep working: an entry that is not a source key is an id, and an event given that id is
not proposed again; the run that meets it records the event's sources, so later runs no longer
depend on the id. Curation may also record an id here (an event merged into another).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable

from tui.model.timeline import Event, Timeline

# A source key ends in '#' and 10 lowercase hex digits; an event id (a slug) never has a '#'.
_SOURCE_KEY = re.compile(r"#[0-9a-f]{10}\Z")
_QUOTE_MARKS = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-"}
)


def normalise_quote(quote: str) -> str:
    """A quote reduced to what identifies it: case, quote-mark style and spacing do not count.

    TimeBank's ````double backticks'' ``, curly and straight quotes are one; so are dashes.
    """
    text = quote.translate(_QUOTE_MARKS).replace("``", '"').replace("''", '"')
    # (Splitting on whitespace is what ``\s+`` matches, then stripping: the same string made
    # without a regular expression's replacement per space.)
    return " ".join(text.split()).casefold()


def source_key(article: str, quote: str) -> str:
    """The ledger entry of one source: ``article#`` and the first 10 hex digits of a SHA-1
    of the normalised quote (``kim-heads-to-russia#3f2a9c1b0d``)."""
    # Imported here: hashlib's import (about 5 million instructions) is not the reader's
    # first paint's to pay, which imports this module but keys no source.
    import hashlib

    digest = hashlib.sha1(normalise_quote(quote).encode("utf-8")).hexdigest()[:10]
    return f"{article}#{digest}"


def is_source_key(entry: str) -> bool:
    """Whether a ledger entry is a source key (else it is an event id, from an older ledger)."""
    return _SOURCE_KEY.search(entry) is not None


def legacy_ids(entries: Iterable[str]) -> set[str]:
    """The entries of a ledger that are event ids rather than source keys."""
    return {entry for entry in entries if not is_source_key(entry)}


def is_extracted(event: Event, entries: Collection[str]) -> bool:
    """Whether ``newsline extract`` proposed ``event``: its id or one of its sources is in the
    ledger ``entries``. A hand-written event is not, unless it quotes a sentence extraction
    proposed before."""
    if event.id in entries:
        return True
    return any(source_key(source.article, source.quote) in entries for source in event.sources)


def to_review(timeline: Timeline) -> list[Event]:
    """The events extraction proposed (the ``extracted:`` ledger has their id or one of their
    sources) that are not reviewed, in the file's order. Hand-written events never are."""
    entries = frozenset(timeline.extracted)
    if not entries:  # nothing proposed: no quote needs hashing (seconds on 100,000 events)
        return []
    return [event for event in timeline.events if is_to_review(event, entries)]


def is_to_review(event: Event, entries: Collection[str]) -> bool:
    """Whether ``event`` is to review, given the ledger's ``entries`` (a set, for speed)."""
    if event.reviewed:
        return False
    if event.id in entries:
        return True
    return any(_cached_key(source.article, source.quote) in entries for source in event.sources)


# Hashing every quote again after each key would cost 20,000 events a few tens of ms.
_cached_key = functools.lru_cache(maxsize=1 << 17)(source_key)
