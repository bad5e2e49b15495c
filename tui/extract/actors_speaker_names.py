"""The name a speech verb introduces, read from the words after it: "..., said White House
spokesperson Adrienne Watson", "according to Russia's TASS news agency".

Split from :mod:`tui.extract.actors` (which finds names in a whole text) by job: these read
one run of words.
"""

from __future__ import annotations

import re

from tui.extract.name_keys import PERSON_TITLES
from tui.extract.names import PEOPLE_WORDS


def name_after_verb(words: str) -> str:
    """The speaker named after a verb: ``"White House spokesperson Adrienne Watson, using"``.

    Capitalised words gather into a run; a lowercase role word ("spokesperson") starts a new
    run, since the name follows the role; any other lowercase word or punctuation ends it.
    """
    run: list[str] = []
    described = 0  # lowercase words read since a people word ("Chinese foreign ministry")
    for word in words.split():
        if _INITIALS.fullmatch(word):
            run.append(word)  # "said H.D. Deve Gowda": initials go on to the name, period and all
            continue
        clean = word.rstrip(",.;:")
        if clean[:1].isupper():
            run.append(clean)
        elif re.fullmatch(PERSON_TITLES, clean):
            run, described = [], 0
        elif (run and all(part in PEOPLE_WORDS for part in run)) or (
            0 < described < 4 and not run and clean not in _FUNCTION_WORDS
        ):
            # "said Chinese foreign ministry spokesman Shen Guofang": the people word describes
            # the role the name follows; "said a British source" names no one.
            run, described = [], described + 1
        elif run or clean not in ("the", "a", "an"):
            break
        if clean != word:
            break
    return " ".join(run)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_FUNCTION_WORDS = frozenset({"in", "of", "at", "on", "to", "for", "who", "which", "that", "and"})


def first_capitalised_run(words: str) -> str:
    run: list[str] = []
    for word in words.split():
        clean = word.rstrip(",.;:")
        if clean.startswith(("the", "The")) and not run:
            continue
        if not clean[:1].isupper():
            break
        run.append(clean.removesuffix("\u2019s").removesuffix("'s"))
        if clean != word:
            break
    return " ".join(run)
