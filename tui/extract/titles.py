"""Headline titles for events, from the event's own clause (issue 9, section 1).

A title reads like a line of a chronology: the actor, the verb with its tense or modality, the
object or complement ("Kim's armoured train leaves Pyongyang for Vladivostok"); for a statement,
the gist with its speaker ("Reno: the Miami relatives should be able to make their case"). The
clause comes from part-of-speech tags and verb groups (:mod:`tui.extract.syntax`): the verb the
event's date belongs to, the noun phrase before it, and what follows it up to the end of its
clause, without the date itself. Titles never end on a cut word or a function word, never open
with a conjunction or a preposition, and are cleaned of wire markup (TimeBank's ``quote''
marks, datelines, "&amp;" left as "amp").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.allegation_titles import allegation_title
from tui.extract.contrast_titles import contrast_title
from tui.extract.gist import (
    attribution_after,
    attribution_before,
    gist,
    speaker_name,
    speaker_text,
    speech_before,
    told_clause,
    with_speaker,
)
from tui.extract.headline import (
    clause_pieces,
    clause_subject,
    is_speech,
    prepositional,
)
from tui.extract.headline_fit import (
    MAX_TITLE,
    clean,
    render,
)
from tui.extract.headline_names import inside_quotation
from tui.extract.noun_titles import (
    agent_participle_title,
    dated_happening_title,
    event_noun_title,
    gathering_title,
    happening_before_date_title,
    main_subject_for_pronoun,
    meeting_title,
    owned_event_title,
    payable_title,
    when_of_date,
)
from tui.extract.state_titles import act_after_state_title
from tui.extract.syntax.chunks import (
    RELATIVES,
    Parsed,
    VerbGroup,
    parse,
    phrase_start,
    subject_before,
    verb_groups,
)
from tui.extract.syntax.clauses import (
    complement_end,
    is_boundary,
)
from tui.extract.syntax.tagger import default_tagger
from tui.extract.title_dates import dropped_date
from tui.extract.title_pronouns import name_inner_pronoun

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'\u2019-]*[ ,]*){1,6}(?:\([A-Za-z]{2,10}\)\s*)?(?:_|--|\u2014)\s+"
)


def _body_start(parsed: Parsed) -> int:
    """The first token after a dateline ("THE HAGUE, Netherlands (AP) _ ")."""
    match = _DATELINE.match(parsed.text)
    if match is None or match.end() > 70:
        return 0
    return next((i for i, t in enumerate(parsed.tokens) if t.start >= match.end()), 0)


def _hard_boundary_between(parsed: Parsed, start: int, end: int) -> bool:
    return any(is_boundary(parsed, i) for i in range(start, end))


def _verb_for_date(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> VerbGroup | None:
    """The verb group the date at token ``span`` belongs to.

    The nearest verb before it in the same clause ("departed Pyongyang on Sunday"); else the
    nearest after it when the date opens the clause ("On Sunday, the train departed"); else
    the nearest either side.
    """
    first, last = span
    usable = [g for g in groups if g.start >= body and not prepositional(parsed, g)]
    before = [g for g in usable if g.end <= first]
    after = [g for g in usable if g.start >= last]
    if before and not _hard_boundary_between(parsed, before[-1].end, first):
        return before[-1]
    aside = _participle_aside(parsed, before[-1]) if len(before) > 1 else None
    if aside is not None and aside[1] <= first:
        # "sold a stake of the bank, founded in 1882, to X in 1995": the aside describes
        # the bank; the date is the verb's before it.
        previous = before[-2]
        if not _hard_boundary_between(
            parsed, previous.end, aside[0]
        ) and not _hard_boundary_between(parsed, aside[1], first):
            return previous
    if after:
        between = [i for i in range(last, after[0].start) if is_boundary(parsed, i)]
        # One comma closing a fronted date is fine; a verb of another clause is not.
        if not between or (len(between) == 1 and parsed.tags[between[0]] == ","):
            return after[0]
    if not usable:
        return None
    nearest = min(usable, key=lambda g: min(abs(g.start - last), abs(g.end - first)))
    return _main_after_relative(parsed, usable, nearest)


def _participle_aside(parsed: Parsed, group: VerbGroup) -> tuple[int, int] | None:
    """The tokens of ", founded in 1882," when ``group`` is a lone participle opening such an
    aside after a noun, with no other verb before its closing comma; ``None`` otherwise."""
    tags, start = parsed.tags, group.start
    if group.end - start != 1 or tags[start] not in ("VBN", "VBD") or start < 2:
        return None
    if tags[start - 1] != "," or tags[start - 2] not in ("NN", "NNS", "NNP", "NNPS"):
        return None
    close = next(
        (i for i in range(group.end, min(len(tags), group.end + 8)) if tags[i] == ","), None
    )
    if close is None or any(tags[i].startswith(("VB", "MD")) for i in range(group.end, close)):
        return None
    return start - 1, close + 1


def _fronted_date_aside(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "But on April 8, investigators, wondering how ..., searched the site": a date opening
    the sentence, its subject, a participle's aside that describes the subject, then the
    verb. ``""`` when the sentence is not built so."""
    tags = parsed.tags
    first, last = span
    if any(tags[i] not in ("CC", "RB", "IN") for i in range(body, first)):
        return ""
    start = last + 1 if last < len(tags) and tags[last] == "," else last
    end = start
    while end < len(tags) and tags[end] in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS"):
        end += 1
    if end == start or end + 1 >= len(tags) or tags[end] != "," or tags[end + 1] != "VBG":
        return ""
    group = next(
        (g for g in groups if g.finite and g.start > end and tags[g.start - 1] == ","), None
    )
    if group is None:
        return ""
    pieces = clause_pieces(parsed, groups, group, body, span, MAX_TITLE, (start, end))
    return clean(render(parsed, pieces)) if pieces else ""


def _main_after_relative(
    parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup
) -> VerbGroup:
    """ "(the days) that doctors who perform abortions were shot": the verb after the
    relative clause, not the relative clause's own."""
    if group.start == 0 or parsed.tags[group.start - 1] not in RELATIVES:
        return group
    end = complement_end(parsed, group.end, (), relative=True)
    following = next((g for g in groups if g.start == end and g.finite), None)
    return following or group


def event_title(sentence: str, focus_start: int, focus_end: int) -> str:
    """A headline for what happened at the date found at ``[focus_start, focus_end)``.

    ``""`` when the sentence has no clause to make one of (the caller falls back).
    """
    parsed = parse(sentence)
    if not parsed.tokens:
        return ""
    body = _body_start(parsed)
    groups = verb_groups(parsed)
    title = _event_title(parsed, groups, body, focus_start, focus_end)
    # "... since they launched their offensive": the name the sentence gives the pronoun.
    date = (focus_start, focus_end)
    return name_inner_pronoun(parsed, groups, body, title, date) if title else title


def _event_title(
    parsed: Parsed, groups: Sequence[VerbGroup], body: int, focus_start: int, focus_end: int
) -> str:
    span = dropped_date(parsed, groups, focus_start, focus_end, body)
    told = when_of_date(parsed, groups, span, body)
    if told is not None:
        title = _title_of(parsed, groups, told, body, span)
        if title:
            return main_subject_for_pronoun(parsed, groups, span, body, title)
    nominal = (
        event_noun_title(parsed, focus_start, focus_end)
        or owned_event_title(parsed, groups, span, body)
        or meeting_title(parsed, groups, span, body)
        or payable_title(parsed, groups, span, body)
        or dated_happening_title(parsed, span)
        or happening_before_date_title(parsed, groups, span, body)
        or gathering_title(parsed, groups, span, body)
    )
    if nominal:
        return nominal
    fronted = _fronted_date_aside(parsed, groups, span, body)
    if fronted:
        return fronted
    group = _verb_for_date(parsed, groups, span, body)
    if group is None:
        return ""
    state = act_after_state_title(parsed, groups, group, body, span)
    if state:
        return state  # "people are enthusiastic by today, Cuban television began ..."
    group = _interrupting(parsed, groups, group)
    group = _gapped(parsed, groups, group)
    group = _next_act(parsed, groups, group)
    return (
        agent_participle_title(parsed, group, span)
        or allegation_title(parsed, groups, group, body, span)
        or contrast_title(parsed, groups, group, body, span)
        or _title_of(parsed, groups, group, body, span)
    )


def _gapped(parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup) -> VerbGroup:
    """ "Six people were killed and at least 58 injured in a car bomb attack": the second
    participle shares the first one's auxiliary, and the happening is both; the title is
    the whole coordination, from the first verb's subject."""
    if group.end - group.start != 1 or parsed.tags[group.start] not in ("VBN", "VBD"):
        return group
    if group.start == 0 or parsed.tags[group.start - 1] not in ("NNS", "NN", "CD"):
        return group
    conjunction = phrase_start(parsed, group.start - 1) - 1
    if conjunction < 1 or parsed.word(conjunction) != "and":
        return group
    first = next((g for g in groups if g.end == conjunction and g.finite), None)
    if first is None or parsed.tags[first.end - 1] != "VBN":
        return group
    passive = any(
        parsed.word(i) in ("was", "were", "been", "is", "are")
        for i in range(first.start, first.end)
    )
    return first if passive else group


def _next_act(parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup) -> VerbGroup:
    """ "Turkes was born in Nicosia in 1917 and graduated/VBN from the Military Academy in
    1938": a lone participle right after "and", with no subject of its own, that is also a
    past tense, is the same subject's next act (its tense: the first verb's)."""
    if group.finite or group.end - group.start != 1 or parsed.tags[group.start] != "VBN":
        return group
    if group.start < 2 or parsed.word(group.start - 1) != "and":
        return group
    if parsed.word(group.start) not in default_tagger().past_forms:
        return group
    if group.end < len(parsed.tags) and parsed.word(group.end) == "by":
        return group  # "a poll by ICM and published by the Guardian": a passive participle
    first = next((g for g in reversed(groups) if g.finite and g.end < group.start), None)
    if first is None:
        return group
    words = [parsed.word(i) for i in range(first.start, first.end)]
    if _BE_WORDS.intersection(words) and words[-1] != "born":
        return group  # "was arrested and held": a passive shared, not a next act
    return VerbGroup(group.start, group.end, True)


_BE_WORDS = frozenset({"was", "were", "is", "are", "been", "be", "being"})


def _interrupting(parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup) -> VerbGroup:
    """ "Slepian was heating soup in his kitchen last fall when he was gunned down": a
    progressive is the background of the happening that interrupts it, in the "when" clause
    after it, which the date dates."""
    words = [parsed.word(i) for i in range(group.start, group.end)]
    if len(words) < 2 or words[0] not in ("was", "were") or parsed.tags[group.end - 1] != "VBG":
        return group
    when = next((i for i in range(group.end, len(parsed.tokens)) if parsed.word(i) == "when"), None)
    if when is None:
        return group
    after = next((g for g in groups if g.start > when and g.finite), None)
    if after is None or _hard_boundary_between(parsed, when + 1, after.start):
        return group
    return after


def lead_title(sentence: str) -> str:
    """A headline for what a sentence reports as a whole: its main clause, the first finite
    verb with a subject ("Ratners Group PLC, a London-based jeweler, raised its price ..."),
    or what its speaker said ("Upjohn Co. said it will offer ..."). For a lead that has no
    date of its own, and for a result reported at publication ("for its fourth quarter").

    ``""`` when no clause is found (the caller falls back).
    """
    parsed = parse(sentence)
    if not parsed.tokens:
        return ""
    body = _body_start(parsed)
    groups = verb_groups(parsed)
    for group in groups:
        if group.start < body or prepositional(parsed, group):
            continue
        if not group.finite and not _past_after_aside(parsed, group):
            continue
        if group.start > 0 and parsed.tags[group.start - 1] in RELATIVES:
            continue  # "Libya, which brought the case ..., hailed": the relative clause's
        if clause_subject(parsed, groups, group, body) is not None:
            return _title_of(parsed, groups, group, body, (0, 0))
    return ""


def _past_after_aside(parsed: Parsed, group: VerbGroup) -> bool:
    """ "Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings": a past tense the tagger read
    as a participle, after the comma that closes an aside following the subject."""
    return (
        group.end - group.start == 1
        and parsed.tags[group.start] == "VBN"
        and group.start > 0
        and parsed.tags[group.start - 1] == ","
        and subject_before(parsed, group.start) is not None
    )


def _title_of(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    span: tuple[int, int],
) -> str:
    """The title of ``group``'s clause, without the tokens of ``span`` (the date)."""
    subject = clause_subject(parsed, groups, group, body, span)
    if parsed.word(group.start) in ("dated", "published") and group.end - group.start == 1:
        subject = None  # "said in the letter, dated Monday": the letter's verb is "said"
    if subject is None and not group.finite:
        planned = _planned_infinitive(parsed, groups, group, body, span)
        if planned:
            return planned
        # "to begin presenting a case as early as next week": the clause of the finite
        # verb the infinitive or participle belongs to.
        dated = parsed.word(group.start) in ("dated", "published")
        governing = [
            g
            for g in groups
            if g.finite
            and g.end <= group.start
            and g.start >= body
            and (dated or not _hard_boundary_between(parsed, g.end, group.start))
        ]
        if governing:
            group = governing[-1]
            subject = clause_subject(parsed, groups, group, body, span)
    told = told_clause(parsed, groups, group, body, span)
    if told:
        return told
    if is_speech(parsed, group) and subject is not None:
        # "X said Wednesday that they had concluded ...": what was said is the title.
        speaker = speaker_text(parsed, subject, span)
        title = gist(parsed, groups, speaker, subject[0], body, span)
        if title:
            return title
    # "The truck maker said the drop will result in ...": the clause with its speaker.
    speech = speech_before(parsed, groups, subject, body) if subject else ""
    limit = max(40, MAX_TITLE - len(speech) - 2) if speech else MAX_TITLE
    pieces = clause_pieces(parsed, groups, group, body, span, limit)
    if not pieces:
        return ""
    title = clean(render(parsed, pieces))
    first = next((i for i in pieces if isinstance(i, int)), 0)
    if inside_quotation(parsed, first):
        # '"Elian today is the symbol of our unity," Castro said': the speaker's words.
        speaker = attribution_after(parsed, groups, first)
        if speaker:
            return with_speaker(speaker, parsed, pieces, True)
        # 'Castro said: "...': the same, when the name leaves the words room to be whole.
        speaker = attribution_before(parsed, groups, first)
        quoted = with_speaker(speaker, parsed, pieces, True) if speaker else ""
        if quoted and len(quoted) <= MAX_TITLE:
            return quoted
    return with_speaker(speech, parsed, pieces, False) if speech else title


def _planned_infinitive(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    span: tuple[int, int],
) -> str:
    """The infinitive the date belongs to, as a headline's plan: "X has made the right
    decision to travel to the United States on Thursday" -> "X to travel to the United
    States"; "the peace process, set to resume Monday in Belfast" -> "The peace process set
    to resume in Belfast". ``""`` when ``group`` is no such infinitive."""
    to = group.start - 1
    if to < 2 or parsed.word(to) != "to" or parsed.tags[group.start] != "VB":
        return ""
    before = parsed.word(to - 1)
    if before in _SCHEDULED and parsed.tags[to - 2] == "," and to >= 3:
        # A participle phrase on the noun before the comma: that noun is what is set.
        noun = to - 3
        if parsed.tags[noun] not in ("NN", "NNS", "NNP", "NNPS"):
            return ""
        subject = (phrase_start(parsed, noun), noun + 1)
        head = VerbGroup(to - 1, group.end, False)
    elif before in _PLANS:
        governing = next((g for g in reversed(groups) if g.finite and g.end <= to - 1), None)
        if governing is None or _hard_boundary_between(parsed, governing.end, to):
            return ""
        plan = phrase_start(parsed, to - 1)
        if plan != governing.end or parsed.word(plan) not in ("the", "a", "an"):
            return ""  # "made the right decision to travel", not "affect its decision to"
        found = clause_subject(parsed, groups, governing, body, span)
        if found is None or parsed.tags[found[0]] == "PRP":
            return ""
        subject, head = found, VerbGroup(to, group.end, False)
    else:
        return ""
    if subject[0] < body:
        return ""
    pieces = clause_pieces(parsed, groups, head, body, span, MAX_TITLE, subject)
    return clean(render(parsed, pieces)) if pieces else ""


_SCHEDULED = frozenset({"set", "due", "scheduled", "expected", "poised", "slated"})
_PLANS = frozenset(
    {"decision", "plan", "plans", "bid", "offer", "agreement", "promise", "pledge", "vow"}
)


def statement_gist(sentence: str, speaker: str, speaker_at: int) -> str:
    """The gist of a statement with its speaker: ``"Koffler: two of our top adversaries are
    joining forces"``. ``""`` when no clause with a verb can be found."""
    parsed = parse(sentence)
    if not parsed.tokens:
        return ""
    body = _body_start(parsed)
    groups = verb_groups(parsed)
    speaker_token = next(
        (i for i, t in enumerate(parsed.tokens) if t.end > speaker_at), len(parsed.tokens)
    )
    speech = next((g for g in groups if is_speech(parsed, g) and g.start > speaker_token), None)
    subject = subject_before(parsed, speech.start) if speech else None
    if subject is not None and not subject[0] <= speaker_token < subject[1]:
        subject = None
    name = speaker_name(parsed, speaker, subject)
    opening = _speaker_before_speech(parsed, groups, speaker_token, body) if not speech else None
    if opening is not None:
        name, speaker_token = render(parsed, list(range(*opening))), opening[0]
    return gist(parsed, groups, name, speaker_token, body)


def _speaker_before_speech(
    parsed: Parsed, groups: Sequence[VerbGroup], speaker: int, body: int
) -> tuple[int, int] | None:
    """ "Albright, echoing the president, said the United States would ...": a name given as
    the speaker right after the speech verb, with a verb of its own, is the subject of what
    was said; the speaker is the name opening the sentence. ``None`` otherwise."""
    tags = parsed.tags
    verb = next(
        (g for g in groups if g.end in (speaker, speaker - 1) and is_speech(parsed, g)), None
    )
    if verb is None or (verb.end == speaker - 1 and parsed.word(speaker - 1) != "the"):
        return None
    after = speaker
    while after < len(tags) and tags[after] in ("NNP", "NNPS", "DT"):
        after += 1
    if after >= len(tags) or tags[after] not in ("MD", "VBD", "VBZ", "VBP"):
        return None
    end = body
    while end < verb.start and tags[end] in ("NNP", "NNPS"):
        end += 1
    if end == body or end >= verb.start or tags[end] != ",":
        return None
    return body, end
