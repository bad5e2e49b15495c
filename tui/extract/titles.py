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

from tui.extract.actors import strip_titles
from tui.extract.syntax.chunks import (
    RELATIVES,
    SUBORDINATORS,
    Parsed,
    VerbGroup,
    complement_end,
    is_boundary,
    parse,
    relative_that,
    subject_before,
    verb_groups,
)
from tui.extract.syntax.tagger import default_tagger

MAX_TITLE = 90
# Words that go with a date and leave with it: "back in April", "on Sunday night".
DATE_LEAD = frozenset(
    {
        "on",
        "in",
        "at",
        "by",
        "since",
        "until",
        "during",
        "from",
        "back",
        "over",
        "through",
        "throughout",
        "around",
        "within",
        "earlier",
        "later",
        "early",
        "late",
        "this",
        "last",
        "next",
        "past",
        "for",
    }
)
TIME_NOUNS = frozenset(
    {"night", "morning", "evening", "afternoon", "day", "end", "beginning", "start", "middle"}
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "said",
        "says",
        "saying",
        "tell",
        "told",
        "tells",
        "add",
        "added",
        "adds",
        "state",
        "stated",
        "states",
        "note",
        "noted",
        "notes",
        "claim",
        "claimed",
        "claims",
        "insist",
        "insisted",
        "insists",
        "argue",
        "argued",
        "argues",
        "explain",
        "explained",
        "confirm",
        "confirmed",
        "confirms",
        "write",
        "wrote",
        "writes",
        "warn",
        "warned",
        "warns",
        "announce",
        "announced",
        "announces",
        "declare",
        "declared",
        "report",
        "reported",
        "reports",
        "deny",
        "denied",
        "acknowledged",
        "admitted",
        "predicted",
        "suggested",
        "suggest",
    }
)
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})
# Words a title may not end on: it would read as cut.
_DANGLING = frozenset(
    {"DT", "IN", "TO", "CC", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "WRB", "HYPH", "EX", "PDT"}
)
# Where a long complement may be cut, before the token: a preposition, "to", a conjunction.
_CUT_BEFORE = frozenset({"IN", "TO", "CC", ",", "WDT", "WP", "RB"})
# How far after the speaker's name its speech verb may come (an apposition between: "Heritage,
# which owns 51% of POP's 3.6 million shares outstanding, said").
_SPEAKER_REACH = 24
# Adverbs that link a sentence to the story, not part of what happened.
_DISCOURSE_ADVERBS = frozenset(
    {"also", "now", "then", "meanwhile", "however", "still", "thus", "too", "again", "meantime"}
)
# Verbs whose clause says what someone knows or concluded: the gist is the clause after.
COGNITION = frozenset(
    {
        "concluded",
        "conclude",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "found",
        "learned",
        "estimated",
        "estimate",
    }
)
# Heads of a speaker that is an organisation ("it said") or a group ("they said").
_ORGANISATION_HEADS = frozenset(
    {
        "department",
        "agency",
        "ministry",
        "government",
        "company",
        "bank",
        "court",
        "council",
        "office",
        "committee",
        "commission",
        "service",
        "party",
        "union",
        "group",
        "inc.",
        "corp.",
        "co.",
        "ltd.",
        "board",
        "firm",
        "administration",
    }
)
# Participles that work as prepositions: ", including the 1996 bombing" is no clause.
_PREPOSITIONAL = frozenset(
    {"including", "according", "following", "excluding", "regarding", "concerning", "saying"}
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
    usable = [g for g in groups if g.start >= body and not _prepositional(parsed, g)]
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


def _prepositional(parsed: Parsed, group: VerbGroup) -> bool:
    return group.end - group.start == 1 and parsed.word(group.start) in _PREPOSITIONAL


def _subject(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    skip: tuple[int, int] = (0, 0),
) -> tuple[int, int] | None:
    """The subject of ``group``: the noun phrase before it, else the subject of the verb it
    is coordinated with ("Castro arrived on Monday and left on Friday") or that its
    participle clause hangs on ("The fighters waged war, declaring victory on Jan. 1")."""
    previous = [g for g in groups if g.end <= group.start and g.finite and g.start >= body]
    link = parsed.word(group.start - 1) if group.start > 0 else ""
    if _participle_clause(parsed, group):
        found = subject_before(parsed, previous[-1].start, skip) if previous else None
        return found if found is not None and found[0] >= body else None
    # A participle describes the noun right before it: "a bid launched last week by X".
    hops = 2 if group.finite else 0
    found = subject_before(parsed, group.start, skip, hops)
    if found is not None and found[0] >= body:
        if group.start == 0 or parsed.tags[group.start - 1] not in RELATIVES:
            found = _past_relative(parsed, groups, found)
        return _named(parsed, groups, found, body)
    if not group.finite or not previous or link not in ("and", "but", "then", "also", "later"):
        return None
    shared = subject_before(parsed, previous[-1].start, skip)
    return shared if shared is not None and shared[0] >= body else None


def _past_relative(
    parsed: Parsed, groups: Sequence[VerbGroup], found: tuple[int, int]
) -> tuple[int, int]:
    """The subject of a verb that follows a relative clause: "doctors who perform abortions
    were shot" -> doctors, not abortions."""
    for group in groups:
        if group.end == found[0] and group.start > 0 and parsed.tags[group.start - 1] in RELATIVES:
            antecedent = subject_before(parsed, group.start)
            if antecedent is not None:
                return antecedent[0], antecedent[1]
    return found


def _participle_clause(parsed: Parsed, group: VerbGroup) -> bool:
    """``", declaring victory"``: a present participle opening a clause after a comma."""
    return (
        parsed.tags[group.start] == "VBG"
        and group.start > 0
        and parsed.tags[group.start - 1] == ","
        and not _prepositional(parsed, group)
    )


def _named(
    parsed: Parsed, groups: Sequence[VerbGroup], subject: tuple[int, int], body: int
) -> tuple[int, int]:
    """A "he" or "she" subject as the name it stands for in the same sentence: the subject
    of an earlier clause, when that is a name ("Elian has been ... since he was found")."""
    if subject[1] - subject[0] != 1 or parsed.word(subject[0]) not in ("he", "she"):
        return subject
    for group in reversed([g for g in groups if g.end <= subject[0] and g.start >= body]):
        earlier = subject_before(parsed, group.start)
        if earlier is not None and earlier[0] >= body and parsed.tags[earlier[1] - 1] == "NNP":
            return earlier
    return subject


Piece = int | str  # a token index, or a word written in place of one


def _render(parsed: Parsed, pieces: Sequence[Piece]) -> str:
    """The text of ``pieces``: tokens verbatim within runs, one space between runs."""
    runs: list[str] = []
    tokens = parsed.tokens
    run_start = previous = -2
    for piece in [*pieces, ""]:
        if isinstance(piece, int) and piece == previous + 1:
            previous = piece
            continue
        if run_start >= 0:
            runs.append(parsed.text[tokens[run_start].start : tokens[previous].end])
            run_start = previous = -2
        if isinstance(piece, int):
            run_start = previous = piece
        elif piece:
            runs.append(piece)
    return " ".join(runs)


def _tag_of(parsed: Parsed, piece: Piece) -> str:
    return parsed.tags[piece] if isinstance(piece, int) else "VBD"


def _trim(parsed: Parsed, head: list[Piece], tail: list[Piece], limit: int) -> list[Piece]:
    """``head`` + as much of ``tail`` as fits in ``limit`` characters, cut before a
    preposition (not "of"), conjunction or comma, and never after a function word."""
    whole = head + tail
    while len(whole) > 1 and _dangles(parsed, whole[-1]):
        whole.pop()
        if whole and isinstance(whole[-1], int) and parsed.word(whole[-1]) == "at":
            whole.pop()
    if len(_render(parsed, whole)) <= limit:
        return whole
    # Before "of" only when nothing else fits: "commander of the shuttle" reads better whole.
    for allow_of in (False, True):
        # Right after the verb only before a preposition: "arrived | over the weekend".
        lowest = (
            len(head)
            if len(whole) > len(head) and _tag_of(parsed, whole[len(head)]) == "IN"
            else len(head) + 1
        )
        for cut in range(len(whole) - 1, lowest - 1, -1):
            piece = whole[cut]
            tag, before = _tag_of(parsed, piece), _tag_of(parsed, whole[cut - 1])
            if tag not in _CUT_BEFORE or _dangles(parsed, whole[cut - 1]):
                continue
            if tag == "CC" and _joins_names(parsed, piece):
                continue  # "in Kenya | and Tanzania" would mislead
            if not allow_of and isinstance(piece, int) and parsed.word(piece) == "of":
                continue
            if before in ("VBN", "VBG") and cut - 1 >= len(head):
                continue  # "killings blamed | on the IRA" would read as cut
            if len(_render(parsed, whole[:cut])) <= limit:
                return whole[:cut]
    return whole


def _joins_names(parsed: Parsed, piece: Piece) -> bool:
    """Whether the conjunction at ``piece`` joins two names ("Kenya and Tanzania")."""
    if not isinstance(piece, int) or piece + 1 >= len(parsed.tags):
        return False
    return parsed.tags[piece + 1] in ("NNP", "NNPS")


def _dangles(parsed: Parsed, piece: Piece) -> bool:
    """Whether a title ending on ``piece`` would read as cut: a function word, or an
    adjective whose noun was left out ("kidnapped from his small")."""
    tag = _tag_of(parsed, piece)
    if isinstance(piece, int) and parsed.tokens[piece].text in ("''", "\u201d"):
        return False  # a closing quotation mark ends a quoted phrase
    if isinstance(piece, int) and parsed.word(piece) in ("least", "most") and piece > 0:
        return parsed.word(piece - 1) == "at"  # "must hold off at least | until ..."
    if tag in _DANGLING or tag in (",", ":", "``"):
        return True
    if tag in ("JJ", "JJR", "JJS") and isinstance(piece, int) and piece + 1 < len(parsed.tags):
        return parsed.tags[piece + 1] in ("NN", "NNS", ",", "JJ", "CC")
    return False


def _clean(text: str) -> str:
    """Wire markup out: TimeBank quote marks, "&amp;" read as "amp", stray brackets."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"(?<=[A-Z]\w) amp (?=[A-Z])", " & ", text)
    text = re.sub(r"[{}]", "", text)
    # Parentheses are asides ("2 pence (1.26 cents)"); one left open is cut off.
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = re.sub(r"\s*\(.*$", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-_\u2014\u2013")
    # A quotation mark left without its pair reads as a cut.
    if text.count("\u201c") != text.count("\u201d"):
        text = text.replace("\u201c", "").replace("\u201d", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    text = re.sub(r"[.,;:]+(?=[\u201d\"]$)", "", text.strip())
    return text[:1].upper() + text[1:]


def _clause(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    skip: tuple[int, int] = (0, 0),
    limit: int = MAX_TITLE,
    subject: tuple[int, int] | None = None,
) -> list[Piece] | None:
    """``group``'s clause: subject, verb group, complement (minus the tokens in ``skip``)."""
    subject = subject or _subject(parsed, groups, group, body, skip)
    if subject is None:
        return None
    relative = group.start > 0 and parsed.tags[group.start - 1] in RELATIVES
    end = complement_end(parsed, group.end, [skip] if skip[1] > skip[0] else [], relative)
    head: list[Piece] = [i for i in range(subject[0], subject[1]) if not _in(i, skip)]
    if subject[1] - subject[0] > 10:
        head = [i for i in _short_subject(parsed, subject) if not _in(i, skip)]
    verbs: list[Piece] = [i for i in range(group.start, group.end) if not _in(i, skip)]
    between = range(subject[1], group.start)
    if subject[1] < group.start and all(parsed.tags[i] in ("RB", "RBR") for i in between):
        # "strongly condemned" keeps its adverb, a quotation all of them ("I formally
        # object"); "Putin also began" reads better without its link to the story.
        quoted = _inside_quotation(parsed, group.start)
        verbs = [
            i
            for i in between
            if not _in(i, skip) and (quoted or parsed.word(i) not in _DISCOURSE_ADVERBS)
        ] + verbs
    if _participle_clause(parsed, group):
        # "..., declaring victory": the borrowed subject needs the verb's past tense.
        past = default_tagger().past.get(parsed.word(group.start))
        if past is None:
            return None
        verbs[0] = past
    tail: list[Piece] = []
    for i in range(group.end, end):
        if i == skip[1] and skip[1] > skip[0] and parsed.tags[i] == ",":
            continue  # the comma that closed the date: "landed on Dec. 2, 1956, with ..."
        if not _in(i, skip):
            tail.append(i)
        elif i == skip[1] - 1 and parsed.tags[i] == "POS":
            tail.append("the")  # "before Monday's talks" -> "before the talks"
    return _trim(parsed, head + verbs, tail, limit)


def _in(index: Piece, span: tuple[int, int]) -> bool:
    return isinstance(index, int) and span[0] <= index < span[1]


def _short_subject(parsed: Parsed, subject: tuple[int, int]) -> list[int]:
    """A long subject cut to its head noun phrase (before "of ..." and the like)."""
    start, end = subject
    indices = list(range(start, end))
    for i in range(start + 1, end):
        if parsed.tags[i] in ("IN", ",") and parsed.word(i) != "of":
            indices = list(range(start, i))
            break
    return indices


def _is_speech(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in SPEECH_VERBS for i in range(group.start, group.end))


def _subordinate(parsed: Parsed, subject: tuple[int, int]) -> bool:
    """Whether the clause of this subject is subordinate ("because it ...", "what it takes")."""
    before = subject[0] - 1
    if before < 0:
        return False
    if parsed.word(before) == "that":
        # "said that ...": what was said; "the importance that ...": a relative clause.
        return relative_that(parsed, before)
    return parsed.word(before) in SUBORDINATORS or parsed.tags[before] in RELATIVES


def _reported_clause(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    start: int,
    stop: int,
    body: int,
    depth: int = 0,
    limit: int = MAX_TITLE,
) -> list[Piece] | None:
    """The gist of what was said from token ``start`` to ``stop``: the first main clause with
    a finite verb, with its subject ("that the Miami relatives should be able to ...")."""
    low = max(start, body)
    # A sentence-final mark ends what was said: '... he said. "He talks ..."' is another.
    stop = next((i for i in range(start, stop) if parsed.tags[i] == "." and i + 1 < stop), stop)
    antecedent: tuple[int, int] | None = None
    for group in groups:
        if group.start < start or group.start >= stop or not group.finite:
            continue
        if _is_speech(parsed, group) and group.start == start:
            continue
        if group.start > 0 and parsed.tags[group.start - 1] in RELATIVES:
            # "a suspect who was returned ... had not admitted": the suspect is the subject
            # of the next verb, not this one.
            antecedent = subject_before(parsed, group.start)
            continue
        found = subject_before(parsed, group.start)
        if found is None or found[0] < low:
            return None
        if antecedent is not None and antecedent[0] >= low and found[0] > antecedent[1]:
            found = antecedent
        if _subordinate(parsed, found):
            continue
        deeper = group.end < stop and parsed.word(group.end) == "that"
        if depth < 2 and deeper and (_is_speech(parsed, group) or _cognition(parsed, group)):
            # "they had concluded that Kopp fired the shot": the gist is what they concluded.
            inner = _reported_clause(parsed, groups, group.end + 1, stop, body, depth + 1, limit)
            if inner:
                return inner
        pieces = _clause(parsed, groups, group, low, limit=limit, subject=found)
        if pieces is None:
            return None
        return [i for i in pieces if not isinstance(i, int) or i < stop]
    return None


def _cognition(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in COGNITION for i in range(group.start, group.end))


def _with_speaker(speaker: str, parsed: Parsed, pieces: list[Piece], quoted: bool) -> str:
    """``"Reno: the Miami relatives should be able to make their case"``; in reported speech
    the speaker's own "he", "she", "it" or "they" is the speaker ("Castro said she will go"
    -> "Castro will go"); a quotation in the first person stays a quotation."""
    first = parsed.word(pieces[0]) if pieces and isinstance(pieces[0], int) else ""
    if first in _pronouns_of(speaker, parsed, pieces) and not quoted:
        rest = _render(parsed, pieces[1:])
        return _clean(f"{speaker} {rest}")
    content = _clean(_render(parsed, pieces))
    if first in ("i", "we", "my", "our", "you"):
        content = f"\u201c{content}\u201d"
    return _clean(f"{speaker}: {content}") if speaker else content


def _pronouns_of(speaker: str, parsed: Parsed, pieces: Sequence[Piece]) -> tuple[str, ...]:
    """The pronouns that, in reported speech, stand for the speaker ("Poughkeepsie said it
    is continuing", "Reno said she"), never an "it" that stands for nothing ("it was
    easier")."""
    nxt = [p for p in pieces[1:3] if isinstance(p, int)]
    expletive = (  # "it was easier to ...", "it is but a sign of ..."
        len(nxt) == 2
        and parsed.word(nxt[0]) in ("is", "was", "'s")
        and parsed.tags[nxt[1]] in ("JJ", "JJR", "DT", "RB", "IN", "CC")
    )
    kinds = _speaker_pronouns(speaker)
    if speaker[:1].isupper() and kinds == ("he", "she") and not expletive:
        kinds = ("he", "she", "it")  # a name: the pronoun tells its kind
    return tuple(k for k in kinds if k != "it" or not expletive)


def _speaker_pronouns(speaker: str) -> tuple[str, ...]:
    words = re.split(r"\s+of\s+", speaker)[0].split()  # "A friend of X": a friend
    if not words:
        return ()
    head = words[-1].lower()
    if head in _ORGANISATION_HEADS or (len(words) == 1 and head == "police"):
        return ("it", "they") if head == "police" else ("it",)
    if head.endswith("s") and words[-1].islower():
        return ("they",)  # "officials", "investigators"
    if words[-1][:1].isupper() or words[-1].isalpha():
        return ("he", "she")  # "Reno", "a spokeswoman"
    return ()


def _speaker_name(parsed: Parsed, speaker: str, subject: tuple[int, int] | None) -> str:
    """The speaker as the sentence names it, when the name given is only part of it
    ("Department" of "The Justice Department")."""
    if subject is None:
        return speaker
    named = _speaker_text(parsed, subject)
    if len(speaker.split()) == 1 and speaker in named and len(named.split()) > 1:
        named = re.sub(r"^(?:The|A|An)\s+", "", named)
        # "Mr. Litvack" is Litvack; "Justice Department" is not "Department".
        return speaker if strip_titles(named) == speaker and "." in named else named
    return speaker


def _speaker_text(parsed: Parsed, subject: tuple[int, int], skip: tuple[int, int] = (0, 0)) -> str:
    """A speaker as the sentence names them: the whole subject when short, else its head."""
    if subject[1] - subject[0] <= 6:
        pieces = list(range(subject[0], subject[1]))
    else:
        pieces = _short_subject(parsed, subject)
    return _clean(_render(parsed, [i for i in pieces if not _in(i, skip)]))


def _gist(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    speaker: str,
    speaker_token: int,
    body: int,
    skip: tuple[int, int] = (0, 0),
) -> str:
    """The statement's gist with its speaker, or ``""``."""
    speech = [g for g in groups if _is_speech(parsed, g)]
    after = [g for g in speech if g.start >= speaker_token]
    before = [g for g in speech if g.end <= speaker_token]
    limit = max(40, MAX_TITLE - len(speaker) - 2)  # room for "Speaker: "

    def finish(pieces: list[Piece] | None) -> str:
        kept = [i for i in pieces or [] if not _in(i, skip)]
        if not kept or speaker_token in kept:
            return ""
        first = next((i for i in kept if isinstance(i, int)), 0)
        return _with_speaker(speaker, parsed, kept, _inside_quotation(parsed, first))

    quotation = _quotation(parsed)
    if quotation is not None and not quotation[0] <= speaker_token < quotation[1]:
        title = finish(
            _reported_clause(parsed, groups, quotation[0], quotation[1], quotation[0], limit=limit)
        )
        if title:
            return title
    if after and after[0].start - speaker_token <= _SPEAKER_REACH:
        # "X said (that) ...": the clause after the verb (and after a listener: "told CNN").
        title = finish(
            _reported_clause(parsed, groups, after[0].end, len(parsed.tokens), body, limit=limit)
        )
        if title:
            return title
    if before or after:
        # "..., X said." / "..., said X.": the clause before the attribution.
        stop = min(speaker_token, before[-1].start if before else speaker_token)
        title = finish(_reported_clause(parsed, groups, body, stop, body, limit=limit))
        if title:
            return title
    # "According to X, ...": the clause after the speaker (not the speaker's own "X said").
    title = finish(
        _reported_clause(parsed, groups, speaker_token, len(parsed.tokens), body, limit=limit)
    )
    if title or not after or after[0].start - speaker_token > _SPEAKER_REACH:
        return title
    # "Castro noted the importance that ...": what the speaker did, object and all.
    pieces = _clause(parsed, groups, after[0], body, skip)
    if pieces and len(pieces) > after[0].end - after[0].start + 2:
        return _clean(_render(parsed, pieces))
    return ""


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
    group = _verb_for_date(parsed, groups, span, body)
    if group is None:
        return ""
    subject = _subject(parsed, groups, group, body, span)
    if parsed.word(group.start) in ("dated", "published") and group.end - group.start == 1:
        subject = None  # "said in the letter, dated Monday": the letter's verb is "said"
    if subject is None and not group.finite:
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
            subject = _subject(parsed, groups, group, body, span)
    if _is_speech(parsed, group) and subject is not None:
        # "X said Wednesday that they had concluded ...": what was said is the title.
        speaker = _speaker_text(parsed, subject, span)
        title = _gist(parsed, groups, speaker, subject[0], body, span)
        if title:
            return title
    # "The truck maker said the drop will result in ...": the clause with its speaker.
    speech = _speech_before(parsed, groups, subject, body) if subject else ""
    limit = max(40, MAX_TITLE - len(speech) - 2) if speech else MAX_TITLE
    pieces = _clause(parsed, groups, group, body, span, limit)
    if not pieces:
        return ""
    title = _clean(_render(parsed, pieces))
    first = next((i for i in pieces if isinstance(i, int)), 0)
    if _inside_quotation(parsed, first):
        # '"Elian today is the symbol of our unity," Castro said': the speaker's words.
        speaker = _attribution_after(parsed, groups, first)
        if speaker:
            return _with_speaker(speaker, parsed, pieces, True)
    return _with_speaker(speech, parsed, pieces, False) if speech else title


def _speech_before(
    parsed: Parsed, groups: Sequence[VerbGroup], subject: tuple[int, int], body: int, depth: int = 0
) -> str:
    """The speaker of a reported clause whose subject starts at ``subject``: "X said (that)"
    right before it ("police said they believe the IRA was": police); ``""`` when the clause
    is not reported speech."""
    start = subject[0] - (1 if subject[0] > 0 and parsed.word(subject[0] - 1) == "that" else 0)
    for group in groups:
        if group.end != start or not (_is_speech(parsed, group) or _cognition(parsed, group)):
            continue
        speaker = subject_before(parsed, group.start)
        if speaker is None or speaker[0] < body:
            return ""
        is_pronoun = parsed.tags[speaker[0]] == "PRP"
        if is_pronoun and depth < 2:
            return _speech_before(parsed, groups, speaker, body, depth + 1)
        if is_pronoun or (not _is_speech(parsed, group) and depth == 0):
            return ""
        return _speaker_text(parsed, speaker)
    return ""


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
    speech = next((g for g in groups if _is_speech(parsed, g) and g.start > speaker_token), None)
    subject = subject_before(parsed, speech.start) if speech else None
    if subject is not None and not subject[0] <= speaker_token < subject[1]:
        subject = None
    name = _speaker_name(parsed, speaker, subject)
    return _gist(parsed, groups, name, speaker_token, body)


def _inside_quotation(parsed: Parsed, index: int) -> bool:
    """Whether the token at ``index`` is inside quotation marks."""
    words = [t.text for t in parsed.tokens[:index]]
    if words[:1] == ["''"]:
        words[0] = "``"  # a quotation opened with the closing mark, as some wires do
    curly = words.count("\u201c") - words.count("\u201d")
    timebank = words.count("``") - words.count("''")
    return curly > 0 or timebank > 0 or words.count('"') % 2 == 1


def _attribution_after(parsed: Parsed, groups: Sequence[VerbGroup], index: int) -> str:
    """The speaker of the quotation holding token ``index``: '"...," Castro said' or
    '"...," said Castro'; ``""`` when none follows the closing mark."""
    tokens = parsed.tokens
    close = next(
        (i for i in range(index, len(tokens)) if tokens[i].text in ("\u201d", "''", '"')), None
    )
    if close is None:
        return ""
    for group in groups:
        if group.start <= close or group.start > close + 6 or not _is_speech(parsed, group):
            continue
        speaker = subject_before(parsed, group.start)
        if speaker is not None and speaker[0] > close:
            return _speaker_text(parsed, speaker)
        after = group.end
        if after < len(tokens) and parsed.tags[after] in ("NNP", "NNPS"):
            end = after
            while end < len(tokens) and parsed.tags[end] in ("NNP", "NNPS"):
                end += 1
            return _clean(_render(parsed, list(range(after, end))))
    return ""


def _quotation(parsed: Parsed) -> tuple[int, int] | None:
    """Tokens inside the first quotation of the sentence (curly, straight or TimeBank marks)."""
    opening = None
    for i, token in enumerate(parsed.tokens):
        text = token.text
        if opening is None and text in ("\u201c", "``", '"'):
            opening = i + 1
        elif opening is not None and text in ("\u201d", "''", '"'):
            return (opening, i) if i - opening >= 3 else None
    if opening is not None and len(parsed.tokens) - opening >= 3:
        return opening, len(parsed.tokens)  # the quotation goes on in the next sentence
    if opening is None:
        # "... forces,” Koffler said." with the opening mark in an earlier sentence.
        for i, token in enumerate(parsed.tokens):
            if token.text in ("\u201d", "''") and i >= 3:
                return 0, i
    return None


def name_pronoun(title: str, name: str) -> str:
    """The title with a leading "He" / "She" replaced by ``name`` (the person it stands for)."""
    match = re.match(r"(?:He|She)\b", title)
    if match is None or not name:
        return title
    return name + title[match.end() :]


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
    """Whether a title opens with "He" or "She" (a person to name)."""
    return re.match(r"(?:He|She)\b", title) is not None


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
    return title
