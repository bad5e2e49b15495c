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
from collections.abc import Mapping, Sequence

from tui.extract.gist import (
    attribution_after,
    gist,
    reported_clause,
    speaker_name,
    speaker_text,
    speech_before,
    with_speaker,
)
from tui.extract.headline import (
    clause_pieces,
    clause_subject,
    inside_quotation,
    is_speech,
    prepositional,
)
from tui.extract.headline_fit import (
    MAX_TITLE,
    clean,
    render,
)
from tui.extract.noun_titles import (
    agent_participle_title,
    dated_happening_title,
    event_noun_title,
    meeting_title,
    owned_event_title,
    payable_title,
)
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
from tui.extract.syntax.lexicon import (
    DATE_LEAD,
    TIME_NOUNS,
)

_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'\u2019-]*[ ,]*){1,6}(?:\([A-Za-z]{2,10}\)\s*)?(?:_|--|\u2014)\s+"
)


def _date_span(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
    """Token span of the characters ``[start, end)`` with the words that lead into the date.

    A date that modifies a noun ("the 1996 Olympic bombing") leaves alone: the noun stays
    with its article.
    """
    tokens = parsed.tokens
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start < end), first - 1)
    if last + 1 < len(tokens) and parsed.word(last + 1) == "alone":
        last += 1  # "Friday Oct. 13 alone"
    after = parsed.tags[last + 1] if last + 1 < len(tokens) else ""
    if after in ("NN", "NNS", "JJ") and first > 0 and parsed.tags[first - 1] in ("DT", "POS"):
        return first, max(first, last + 1)
    if after == "POS":
        return first, last + 2  # "before Monday's talks": the caller writes "the"
    while first > 0 and parsed.word(first - 1) in DATE_LEAD:
        first -= 1
    # "on the night of Oct. 23", "at the end of the year": the time noun goes with the date.
    if first > 1 and parsed.word(first - 1) == "of" and parsed.word(first - 2) in TIME_NOUNS:
        first -= 2
        while first > 0 and parsed.word(first - 1) in DATE_LEAD | {"the"}:
            first -= 1
    if first > 1 and parsed.word(first - 1) == "the" and parsed.word(first - 2) in DATE_LEAD:
        first -= 2
    return first, max(first, last + 1)


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
    if after:
        between = [i for i in range(last, after[0].start) if is_boundary(parsed, i)]
        # One comma closing a fronted date is fine; a verb of another clause is not.
        if not between or (len(between) == 1 and parsed.tags[between[0]] == ","):
            return after[0]
    if not usable:
        return None
    nearest = min(usable, key=lambda g: min(abs(g.start - last), abs(g.end - first)))
    return _main_after_relative(parsed, usable, nearest)


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
    span = _date_span(parsed, focus_start, focus_end)
    nominal = (
        event_noun_title(parsed, focus_start, focus_end)
        or owned_event_title(parsed, groups, span, body)
        or meeting_title(parsed, groups, span, body)
        or payable_title(parsed, groups, span, body)
        or dated_happening_title(parsed, span)
    )
    if nominal:
        return nominal
    group = _verb_for_date(parsed, groups, span, body)
    if group is None:
        return ""
    group = _interrupting(parsed, groups, group)
    group = _gapped(parsed, groups, group)
    return agent_participle_title(parsed, group, span) or _title_of(
        parsed, groups, group, body, span
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
    told = _told_clause(parsed, groups, group, body, span)
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


def _told_clause(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    span: tuple[int, int],
) -> str:
    """ "The exchange was told that a unit of Framatome bought shares": the subject of a
    passive "told" is the listener, not a speaker; the title is what they were told, with
    the speaker of the sentence when there is one ("A spokeswoman said employees were told
    that ..."). ``""`` when ``group`` is no passive of telling."""
    words = [parsed.word(i) for i in range(group.start, group.end)]
    if len(words) < 2 or words[-1] not in _TOLD or words[-2] not in _BE:
        return ""
    start = group.end
    while start < len(parsed.tokens) and (
        span[0] <= start < span[1] or parsed.word(start) == "that"
    ):
        start += 1
    subject = clause_subject(parsed, groups, group, body, span)
    speech = speech_before(parsed, groups, subject, body) if subject else ""
    limit = max(40, MAX_TITLE - len(speech) - 2) if speech else MAX_TITLE
    pieces = reported_clause(parsed, groups, start, len(parsed.tokens), body, limit=limit)
    pieces = [i for i in pieces or [] if not isinstance(i, int) or not span[0] <= i < span[1]]
    if not pieces:
        return ""
    return with_speaker(speech, parsed, pieces, False) if speech else clean(render(parsed, pieces))


_TOLD = frozenset({"told", "informed", "notified", "assured", "advised"})
_BE = frozenset({"was", "were", "been", "being", "be", "is", "are"})


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
    return gist(parsed, groups, name, speaker_token, body)


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
