"""Titles cut from a sentence's clauses, for the events the syntax titler cannot title.

A sentence is split into segments at commas, dashes and quotation marks; the segment that holds
an event's date (or a statement's speaker) is cleaned of leading conjunctions, subordinators and
date words, and becomes the title. :mod:`tui.extract.titles` is tried first; these are the
fallback, and the title of undated leads the titler gives up on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.extract.actors import strip_titles
from tui.extract.titles import lead_title, statement_gist

MAX_TITLE = 80
# An appeal ("called on Israel to ...") is titled whole: its object is whom it addresses.
_APPEAL = re.compile(r"\b(?:called|calls|appealed)[ \t]+(?:on|upon|for|to)\b|\b(?:urged|urges)\b")

# Capitalised words before a speaker's name: a rank ("State Fire Marshal").
_RANK = re.compile(r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*")
_SEPARATOR = re.compile(r",\s+|;\s+|:\s+|\s+[\u2014\u2013]\s+|\s+-{1,2}\s+|[\u201c\u201d\"]")
_RELATIVE = re.compile(r"^(?:where|when|which|who|whom|whose)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\b(?:as|after|before|while|because|since|although|though|when|once)\s+", re.IGNORECASE
)
_DISCOURSE = re.compile(
    r"^(?:(?:and|but|so|also|then|meanwhile|however|still|yet|now|this comes after|"
    r"the news comes(?: shortly)?(?: before| after)?|in lighter news|for instance|"
    r"of course|in the midst of all this|in exchange|from there|that)\b[\s,]*)+",
    re.IGNORECASE,
)
# Prepositions that go with a date: "back in April", "on Sunday night", "later this month".
_DATE_LEAD = re.compile(
    r"(?:\b(?:back|earlier|later|early|late|since|until|by|from|during|in|on|at|of|for|"
    r"this|last|next|past|the)\s+)*$",
    re.IGNORECASE,
)
_TITLE_CUTS = re.compile(
    r"\s+(?:to discuss|in order to|to|on|in|at|for|with|from|by|that|which|who|as|while|"
    r"and|but|after|before|during|including)\s+|,\s+"
)


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int


def sentence_segments(sentence: str) -> list[Segment]:
    """The sentence cut at commas, colons, dashes and quote marks, empty pieces dropped."""
    pieces: list[Segment] = []
    cursor = 0
    for match in _SEPARATOR.finditer(sentence):
        if sentence[cursor : match.start()].strip():
            pieces.append(Segment(cursor, match.start()))
        cursor = match.end()
    if sentence[cursor:].strip():
        pieces.append(Segment(cursor, len(sentence)))
    return pieces


def segment_at(segments: Sequence[Segment], offset: int) -> int:
    for index, segment in enumerate(segments):
        if segment.start <= offset < segment.end:
            return index
    return max(0, min(len(segments) - 1, sum(1 for s in segments if s.end <= offset)))


def _after_last_subordinator(text: str, limit: int) -> str:
    """The part of ``text`` after the last subordinating word before ``limit``, if a clause."""
    cut = None
    for match in _SUBORDINATE.finditer(text, 0, max(0, limit)):
        if match.start() > 0 and len(text[match.end() :].split()) >= 2:
            cut = match.end()
    return text[cut:] if cut is not None else text


def clean_title(text: str) -> str:
    text = re.sub(r"\s*\[[^\]]*\]|\s*\([^)]*\)", "", text)
    text = " ".join(text.split()).strip(" ,;:.\u201c\u201d\"'\u2014\u2013-")
    text = _DISCOURSE.sub("", text).strip(" ,;:")
    # A title a little over the limit reads better whole than cut mid-thought.
    if len(text) > MAX_TITLE + 10:
        cuts = [m.start() for m in _TITLE_CUTS.finditer(text) if 40 <= m.start() <= MAX_TITLE]
        if cuts:
            text = text[: cuts[-1]]
        else:
            text = text[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026"
    return text[:1].upper() + text[1:]


def says_something(title: str) -> bool:
    """Whether a title has a word in it (a letter in any script), not only digits and marks."""
    return any(character.isalpha() for character in title)


def clause_title(sentence: str, timex_start: int, timex_end: int) -> str:
    """A short title for what happened at the date found at ``[timex_start, timex_end)``.

    The clause holding the date, minus the date and its prepositions; a relative clause
    ("where UN members met") keeps the noun it describes; a subordinate clause ("as the two
    countries exchanged letters") stands alone.
    """
    segments = sentence_segments(sentence)
    if not segments:
        return clean_title(sentence)
    index = segment_at(segments, timex_start)
    segment = segments[index]
    head = sentence[segment.start : timex_start]
    head = _DATE_LEAD.sub("", head) if timex_start >= segment.start else ""
    tail = sentence[timex_end : segment.end] if timex_end <= segment.end else ""
    text = f"{head.rstrip()} {tail.lstrip()}".strip()
    if _RELATIVE.match(text) and index > 0:
        previous = segments[index - 1]
        noun = _after_last_subordinator(sentence[previous.start : previous.end], previous.end)
        text = f"{noun}, {text}"
    else:
        text = _after_last_subordinator(text, len(head))
    return clean_title(text)


def statement_title(sentence: str, speaker: str, speaker_at: int) -> str:
    """``"Koffler: two of our top adversaries are joining forces"``."""
    name = strip_titles(speaker)
    gist = statement_gist(sentence, name, speaker_at)
    if gist:
        return gist
    # "Mr. Gore called on Israel to continue taking risks": an appeal, not a report of words,
    # reads as a headline whole, the speaker without an honorific.
    whole = strip_titles(lead_title(sentence)) if _APPEAL.search(sentence) else ""
    if name and f" {name} " in whole and _RANK.fullmatch(whole[: whole.index(f" {name} ")]):
        whole = whole[whole.index(f" {name} ") + 1 :]  # a rank before the name goes
    if name and whole.startswith(name + " ") and _APPEAL.search(whole):
        return whole
    quoted = re.findall(r"[\u201c\"]([^\u201c\u201d\"]{12,})[\u201d\"]?", sentence)
    if quoted:
        content = quoted[0]
    else:
        segments = [
            sentence[s.start : s.end]
            for s in sentence_segments(sentence)
            if not s.start <= speaker_at < s.end
        ]
        content = max(segments, key=len) if segments else sentence
        content = re.sub(r"^(?:that|[Aa]ccording to \S+)\s+", "", content.strip())
    return clean_title(f"{name}: {clean_title(content)}")
