"""Which drafts are a speaker's remarks of a day: the keys :mod:`tui.extract.merge` joins one
speaker's statements by (one interview, speech or testimony is one event).

Split from :mod:`tui.extract.merge` (the helpers moved unchanged), with the rule for a speaker
the text describes rather than names ("a friend of Yitzhak Rabin's assassin said Friday").
"""

from __future__ import annotations

import datetime as dt
import re

from tui.extract.events import EventDraft
from tui.extract.happenings import is_statement, lemma
from tui.extract.registry import ActorRegistry
from tui.model.timeline import ActorKind

# Verbs of a public statement: a speaker's dated "condemned", "vowed", "announced" are remarks.
SPEECH_ACTS = frozenset(
    "v:" + lemma(word)
    for word in re.findall(
        r"\w+",
        "condemned announced vowed warned pledged urged called promised denied declared "
        "praised criticized welcomed expressed insisted stated testified appealed demanded "
        "accused blamed rejected",
    )
)
# How many days before publication a wire story's dated remarks may be (Thursday's, on Friday).
REMARKS_DAYS = 2


def dated_remarks(draft: EventDraft) -> bool:
    """Whether ``draft`` is a statement the text dates to a day ("Adams said Sunday",
    "Clinton on Thursday condemned ...")."""
    if not draft.date_text or len(draft.date) != 10:
        return False
    return bool(draft.speaker) or bool(draft.predicate & SPEECH_ACTS)


def just_before(date: str, published: str) -> bool:
    """Whether day ``date`` is one of the :data:`REMARKS_DAYS` days before ``published``."""
    try:
        days = (dt.date.fromisoformat(published) - dt.date.fromisoformat(date)).days
    except ValueError:
        return False
    return 0 < days <= REMARKS_DAYS


def remarks_of_day(
    registry: ActorRegistry, draft: EventDraft, speaker_id: str | None
) -> tuple[str, str] | None:
    """The key of a person's statements of one day (not of a month: many occasions), which
    several articles quoting that person that day report as one event."""
    if speaker_id is None or len(draft.date) != 10 or not is_statement(draft):
        return None
    person = registry.get(speaker_id).kind is ActorKind.PERSON
    return (draft.date, speaker_id) if person else None


# "said Friday that", "said in a letter published Wednesday that": the speech verb, then the
# day it dates, at most after a phrase of where it was said (not "said the bomb exploded ...").
_SAID_ON = r"\b(?:said|says)(?:\s+(?:in|at|during)(?:\s+[\w'\u2019-]+){{1,4}}?)?\s+{date}\b"


def described_speech(draft: EventDraft) -> int | None:
    """Where the speech verb of ``draft`` is, when ``draft`` is the dated statement of a
    speaker the extractor found no name for ("a friend of Yitzhak Rabin's assassin said Friday
    that ...", "Elian Gonzalez's father said in a letter published Wednesday that ...",
    "Japan's Tomen Corp. said Thursday it had bought ..."): someone says something on that
    day, and that speaker's remarks of the day, by name or "She said", are more of it."""
    if draft.speaker or not draft.date_text or len(draft.date) != 10:
        return None
    text = draft.sentence_text
    if "said" not in text and "says" not in text:
        return None
    said = re.search(_SAID_ON.format(date=re.escape(draft.date_text)), text)
    # What was said follows ("said Friday that she regretted ..."); a sentence that ends on it
    # ("..., the president's press adviser said Monday.") tells of someone else first.
    if said is None or len(re.findall(r"\w+", text[said.end() :])) < 3:
        return None
    return said.start()


_UNKNOWN = -1


def described_speaker(
    registry: ActorRegistry, draft: EventDraft, subject_id: str | None, said: int | None = _UNKNOWN
) -> str | None:
    """Who speaks in a :func:`described_speech` draft: the subject of its verb, or without
    one found, its first actor if the words before the verb name it ("Elian Gonzalez's
    father" is Juan Miguel Gonzalez); never one named only after ("The German government said
    Monday ... relations with Iran", "Officials said Wednesday that James Kopp ...").
    ``said``: :func:`described_speech` of ``draft`` when made already (in the workers, by
    tui.extract.draft_keys: it compiles a pattern per date)."""
    if said == _UNKNOWN:
        said = described_speech(draft)
    if said is None:
        return None
    if subject_id is not None:
        return subject_id
    first = next(iter(draft.actors), None)
    if first is None:
        return None
    return first if first in registry.mentioned_ids(draft.sentence_text[:said]) else None


# "Margalit Har-Shefi took the stand ...", "Juanita Castro had definite opinions ...",
# "Albright held a news conference ...": a person's title whose verb is a light one, the
# occasion of what that person said that day rather than a happening of its own.
_OCCASION = re.compile(
    r"\A(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}(?:had|took|gave|made|held)[ \t]+(?!been\b|to\b)"
)


def occasion_speaker(
    registry: ActorRegistry, draft: EventDraft, subject_id: str | None
) -> str | None:
    """The person whose remarks of the day a dated draft is the occasion of ("She took the
    stand for more than four hours Friday"; "Friday she had definite opinions on the case"),
    so that one testimony or interview is one event whichever sentence comes first."""
    if draft.speaker or not draft.date_text or len(draft.date) != 10:
        return None
    if _OCCASION.match(draft.title) is None:
        return None
    agent = subject_id or next(iter(draft.actors), None)
    if agent is None or registry.get(agent).kind is not ActorKind.PERSON:
        return None
    return agent
