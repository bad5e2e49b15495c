"""The keys names are compared by, and the titles a name sheds: one spelling of a name for
every way it is written ("Kim Jong-Un", "Kim Jong Un", "KIM JONG UN"), and "President Vladimir
Putin" as "Vladimir Putin".

Split from :mod:`tui.extract.actors` (which finds names in a text) by job; code moved unchanged.
"""

from __future__ import annotations

import re

from tui.extract.names import (
    HONORIFIC_WORDS,
    MULTIWORD_TITLES,
    NAME_TITLES,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    alternation,
)

# Titles that introduce a person's name, from the word sets of tui.extract.names.
PERSON_TITLES = "|".join(
    (
        alternation(
            [*MULTIWORD_TITLES, *NAME_TITLES, *TITLE_ABBREVIATIONS, *ROLE_NOUNS],
            dotted=TITLE_ABBREVIATIONS,
        ),
        alternation(HONORIFIC_WORDS, dotted=HONORIFIC_WORDS, optional_dot=True),
    )
)

# Honorifics kept with a name as an alias ("Mr. Kim"); titles dropped from it ("President").
HONORIFICS = tuple(sorted(f"{word}." for word in HONORIFIC_WORDS)) + tuple(sorted(HONORIFIC_WORDS))
_LEADING_TITLE = re.compile(
    rf"^(?:(?:Our|Dearest|Dear|Great|Supreme|Respected|Beloved|[Tt]he|{PERSON_TITLES})[ \t]+)+"
)


_FOLD = re.compile(r"[\s\-\u2010\u2011.'\u2019]+")
_WORD_SPLIT = re.compile(r"[\s\-\u2010\u2011]+")


def fold_name(name: str) -> str:
    """The key two spellings of one name share: no spaces, hyphens, periods or case ("Crum
    amp Forster", as TimeBank writes an ampersand, is "Crum & Forster")."""
    return _spelling(_FOLD.sub("", name.replace(" amp ", " & ")).casefold())


def name_tokens(name: str) -> list[str]:
    """A name's words, split at spaces and hyphens."""
    return [token for token in _WORD_SPLIT.split(name) if token]


# Words of a text for mention lookup; a possessive "'s" is not part of the name.
MENTION_WORD = re.compile(r"[\w.\-\u2010\u2011]+(?:['\u2019][\w.\-]+)*")


def possessive_key(key: str) -> str:
    """``"Kims"`` (from "Kim's", apostrophe dropped) stays; used only as a second try."""
    return key[:-1] if key.endswith("s") else key


_CASED_DROP = re.compile(r"[.'\u2019]")
_CASED_SPACE = re.compile(r"[\s\-\u2010\u2011]+")


def cased_key(name: str) -> str:
    """Like :func:`fold_name` but keeping case and word breaks: "US" is not "us"."""
    return _spelling(_CASED_SPACE.sub(" ", _CASED_DROP.sub("", name)).strip())


def _spelling(key: str) -> str:
    """One spelling for British and American "-isation": "World Trade Organisation" is the
    gazetteer's World Trade Organization."""
    return key.replace("isation", "ization") if "isation" in key else key


def strip_titles(name: str) -> str:
    """``"Our Dearest Comrade Kim Jong Un"`` -> ``"Kim Jong Un"``; honorifics are titles too."""
    stripped = _LEADING_TITLE.sub("", name.strip())
    return stripped or name.strip()
