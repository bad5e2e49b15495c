"""A body the article named, by a description of it: "the space agency has taken" is NASA,
"the chamber said" the Chamber of Mines the article names.

Split from :mod:`tui.extract.subjects` (the subject of a sentence) by job.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.gazetteer import GAZETTEER
from tui.extract.subjects import ADVERB, VERB
from tui.model.timeline import ActorKind

# "the space agency has taken ...": a public body described by what it is for, standing for
# the one whose name says so ("National Aeronautics and Space Administration", called NASA).
_BODY_DESCRIPTION = re.compile(
    r"\b[Tt]he[ \t]+(?P<field>[a-z]{4,})[ \t]+(?:agency|administration|service|bureau)"
    rf"[ \t]+(?:{ADVERB})?{VERB}"
)
_BODY_HEADS = ("Agency", "Administration", "Service", "Bureau")
_GAZETTEER_BODIES = tuple(
    (entry.name, (entry.name, *entry.aliases))
    for entry in GAZETTEER
    if entry.kind is ActorKind.ORGANIZATION and entry.name.endswith(_BODY_HEADS)
)


def described_body(sentence: str, text: str, organisations: Sequence[str]) -> str:
    """The public body "the space agency" (a field, then agency, administration, service or
    bureau, then a verb) stands for: the one body named in ``text`` (found by a rule, or known
    to the gazetteer and named by any of its names) whose name holds the field's word; ""
    when none or two."""
    described = _BODY_DESCRIPTION.search(sentence)
    if described is None:
        return ""
    field = described["field"].capitalize()
    found = {name for name in organisations if name.endswith(_BODY_HEADS) and field in name.split()}
    found.update(
        name
        for name, names in _GAZETTEER_BODIES
        if field in name.split() and any(re.search(rf"\b{re.escape(n)}\b", text) for n in names)
    )
    return found.pop() if len(found) == 1 else ""


# "The chamber said ...", "the commission ruled": a body by the head of its name.
_HEAD_DESCRIPTION = re.compile(
    r"\b[Tt]he[ \t]+(?P<head>chamber|council|commission|committee|ministry|tribunal|court|"
    r"assembly|parliament|federation|association|institute|foundation|authority|board)"
    rf"[ \t]+(?:{ADVERB})?{VERB}"
)


def body_by_head(sentence: str, organisations: Sequence[str]) -> str:
    """The body "the chamber said" stands for: the one organisation the article named (before
    or after) whose name holds that head ("Chamber of Mines"); "" when none or two ("the
    court", in an article naming the Supreme Court and the World Court)."""
    described = _HEAD_DESCRIPTION.search(sentence)
    if described is None:
        return ""
    head = described["head"].capitalize()
    found = {name for name in organisations if head in name.split()}
    return found.pop() if len(found) == 1 else ""
