"""The gist of a statement with its speaker: "Reno: The state court had no jurisdiction".

What was said is the first main clause after the speech verb ("X said (that) ..."), before the
attribution ("..., X said"), after "according to X", or inside the quotation; a reported "he",
"she" or "it" that stands for the speaker becomes the speaker ("Juanita Castro said she has
not visited" -> "Juanita Castro has not visited"); a first-person gist stays a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.actors import strip_titles
from tui.extract.headline import (
    clause_pieces,
    clause_subject,
    is_cognition,
    is_speech,
    reduced_relative,
    short_subject,
)
from tui.extract.headline_fit import (
    MAX_TITLE,
    Piece,
    clean,
    in_span,
    render,
    with_possessive,
)
from tui.extract.headline_names import inside_quotation, named_subject
from tui.extract.syntax.chunks import (
    RELATIVES,
    SUBORDINATORS,
    Parsed,
    VerbGroup,
    subject_before,
)
from tui.extract.syntax.clauses import (
    relative_that,
)
from tui.extract.syntax.lexicon import (
    ORGANISATION_HEADS,
)

# How far after the speaker's name its speech verb may come (an apposition between: "Heritage,
# which owns 51% of POP's 3.6 million shares outstanding, said").
SPEAKER_REACH = 24


def _subordinate(parsed: Parsed, subject: tuple[int, int]) -> bool:
    """Whether the clause of this subject is subordinate ("because it ...", "what it takes")."""
    before = subject[0] - 1
    if before < 0:
        return False
    if parsed.word(before) == "that":
        # "said that ...": what was said; "the importance that ...": a relative clause.
        return relative_that(parsed, before)
    return parsed.word(before) in SUBORDINATORS or parsed.tags[before] in RELATIVES


def reported_clause(
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
        if is_speech(parsed, group) and group.start == start:
            continue
        if (group.start > 0 and parsed.tags[group.start - 1] in RELATIVES) or reduced_relative(
            parsed, groups, group
        ):
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
        if depth < 2 and deeper and (is_speech(parsed, group) or is_cognition(parsed, group)):
            # "they had concluded that Kopp fired the shot": the gist is what they concluded.
            inner = reported_clause(parsed, groups, group.end + 1, stop, body, depth + 1, limit)
            if inner:
                return inner
        pieces = clause_pieces(parsed, groups, group, low, limit=limit, subject=found)
        if pieces is None:
            return None
        return [i for i in pieces if not isinstance(i, int) or i < stop]
    return None


def with_speaker(speaker: str, parsed: Parsed, pieces: list[Piece], quoted: bool) -> str:
    """``"Reno: the Miami relatives should be able to make their case"``; in reported speech
    the speaker's own "he", "she", "it" or "they" is the speaker ("Castro said she will go"
    -> "Castro will go"); a quotation in the first person stays a quotation."""
    first = parsed.word(pieces[0]) if pieces and isinstance(pieces[0], int) else ""
    if first in _pronouns_of(speaker, parsed, pieces) and not quoted:
        rest = render(parsed, pieces[1:])
        return clean(f"{speaker} {rest}")
    owner = _POSSESSIVES.get(first, "")
    if owner and speaker and owner in _speaker_pronouns(speaker) and not quoted:
        # "The bank said its effort would continue" -> "Poughkeepsie Savings Bank's effort"
        rest = render(parsed, pieces[1:])
        return clean(f"{with_possessive(speaker)} {rest}")
    content = clean(render(parsed, pieces))
    if first in ("i", "we", "my", "our", "you"):
        content = f"\u201c{content}\u201d"
    if speaker.lower() in ("it", "they"):
        # "..., it was reported", '"...," it said': no one the title can name; "It:" would
        # read as a speaker called It.
        return content
    return clean(f"{speaker}: {content}") if speaker else content


_POSSESSIVES = {"its": "it", "his": "he", "her": "she", "their": "they"}


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
    if head in ORGANISATION_HEADS or (len(words) == 1 and head == "police"):
        return ("it", "they") if head == "police" else ("it",)
    if head.endswith("s") and (words[-1].islower() or head in _PEOPLE_OF_A_ROLE):
        return ("they",)  # "officials", "investigators"; "Officials" opening a sentence
    if any(c.isupper() for c in words[-1]) or words[-1].isalpha():
        return ("he", "she")  # "Reno", "a spokeswoman", "Bashar al-Assad"
    return ()


# Plural speakers by their role, capitalised when they open a sentence ("Officials said").
_PEOPLE_OF_A_ROLE = frozenset(
    {"officials", "authorities", "investigators", "prosecutors", "police", "officers",
     "witnesses", "residents", "analysts", "diplomats", "lawyers", "doctors", "experts",
     "leaders", "sources", "aides", "detectives", "agents", "executives"}
)  # fmt: skip
_DESCRIBED = re.compile(r"(?:[Tt]he|[Aa]n?)\s+([a-z][a-z\-]+)\s+of\s+")


def speaker_name(parsed: Parsed, speaker: str, subject: tuple[int, int] | None) -> str:
    """The speaker as the sentence names it, when the name given is only part of it
    ("Department" of "The Justice Department")."""
    if subject is None:
        return speaker
    named = speaker_text(parsed, subject)
    # "The grandmother of Elian Gonzalez said she ...": the one speaking is his grandmother.
    # (The speaker ends the name; one pattern for what comes before it, not one per speaker.)
    described = (
        _DESCRIBED.fullmatch(named, 0, len(named) - len(speaker))
        if named.endswith(speaker)
        else None
    )
    if described:
        return f"{speaker}'s {described[1]}"
    if len(speaker.split()) == 1 and speaker in named and len(named.split()) > 1:
        named = re.sub(r"^(?:The|A|An)\s+", "", named)
        # "Mr. Litvack" is Litvack; "Justice Department" is not "Department".
        return speaker if strip_titles(named) == speaker and "." in named else named
    return speaker


def speaker_text(parsed: Parsed, subject: tuple[int, int], skip: tuple[int, int] = (0, 0)) -> str:
    """A speaker as the sentence names them: the whole subject when short, else its head."""
    if subject[1] - subject[0] <= 6:
        pieces = list(range(subject[0], subject[1]))
    else:
        pieces = short_subject(parsed, subject)
    text = clean(render(parsed, [i for i in pieces if not in_span(i, skip)]))
    # "A spokeswoman for Crum & Forster" speaks for the company: the company is the speaker.
    spokes = re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+for\s+([A-Z].*)", text)
    return spokes[1] if spokes else text


def gist(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    speaker: str,
    speaker_token: int,
    body: int,
    skip: tuple[int, int] = (0, 0),
) -> str:
    """The statement's gist with its speaker, or ``""``."""
    speech = [g for g in groups if is_speech(parsed, g)]
    after = [g for g in speech if g.start >= speaker_token]
    before = [g for g in speech if g.end <= speaker_token]
    limit = max(40, MAX_TITLE - len(speaker) - 2)  # room for "Speaker: "

    def without_date(pieces: list[Piece] | None) -> list[Piece]:
        # "last month's discovery" -> "the discovery"
        possessive = skip[1] > 0 and parsed.tags[skip[1] - 1] == "POS"
        return [
            "the" if possessive and i == skip[1] - 1 else i
            for i in pieces or []
            if not in_span(i, skip) or (possessive and i == skip[1] - 1)
        ]

    def finish(start: int, stop: int, low: int) -> str:
        pieces = reported_clause(parsed, groups, start, stop, low, limit=limit)
        kept = without_date(pieces)
        if not kept or speaker_token in kept or (after and after[0].start in kept):
            return ""  # the speaker's own clause is no gist of what was said
        first = next((i for i in kept if isinstance(i, int)), 0)
        quoted = inside_quotation(parsed, first)
        word = parsed.word(first)
        if kept[0] == first and not quoted and word in _pronouns_of(speaker, parsed, kept):
            # "she is willing to ..." becomes "Elian Gonzalez's grandmother is willing to
            # ...": the speaker takes the pronoun's place, not a "Speaker: " prefix's room.
            wider = MAX_TITLE - len(speaker) - 1 + len(word)
            pieces = reported_clause(parsed, groups, start, stop, low, limit=wider)
            kept = without_date(pieces) or kept
        return with_speaker(speaker, parsed, kept, quoted)

    near = after and after[0].start - speaker_token <= SPEAKER_REACH
    if near and _acted_on(parsed, after[0], skip):
        # "Beijing warned the United States against interfering", "the bank announced a
        # rate cut to 11 percent": the verb has an object, and no clause was reported.
        pieces = clause_pieces(parsed, groups, after[0], body, skip)
        if pieces:
            return clean(render(parsed, pieces))
    quoted = quotation(parsed)
    if quoted is not None and not quoted[0] <= speaker_token < quoted[1]:
        title = finish(quoted[0], quoted[1], quoted[0])
        if title:
            return title
    if after and after[0].start - speaker_token <= SPEAKER_REACH:
        # "X said (that) ...": the clause after the verb (and after a listener: "told CNN").
        title = finish(after[0].end, len(parsed.tokens), body)
        if title:
            return title
    if before or after:
        # "..., X said." / "..., said X.": the clause before the attribution.
        stop = min(speaker_token, before[-1].start if before else speaker_token)
        title = finish(body, stop, body)
        if title:
            return title
    # "According to X, ...": the clause after the speaker (not the speaker's own "X said").
    title = finish(speaker_token, len(parsed.tokens), body)
    if title or not after or after[0].start - speaker_token > SPEAKER_REACH:
        return title
    # "Castro noted the importance that ...": what the speaker did, object and all.
    pieces = clause_pieces(parsed, groups, after[0], body, skip)
    if pieces and len(pieces) > after[0].end - after[0].start + 2:
        return clean(render(parsed, pieces))
    return ""


def _acted_on(parsed: Parsed, verb: VerbGroup, skip: tuple[int, int]) -> bool:
    """Whether a speech verb takes a noun phrase as its object, then a preposition or the
    sentence's end ("warned the United States against ...", "announced a cut to 11 %"):
    an act, not a report of what was said ("said Washington would ...", "told CNN that")."""
    tags = parsed.tags
    if parsed.word(verb.end - 1) in _REPORTING:
        return False  # "said the loss was ...", "told AFP": a listener, or what was said
    index = verb.end
    while index < len(tags) and (in_span(index, skip) or tags[index] == "RB"):
        index += 1
    start = index
    while index < len(tags) and tags[index] in _OBJECT_TAGS:
        index += 1
    if index == start or tags[start] == "PRP" or tags[index - 1] not in _NOUN_TAGS:
        return False
    if index < len(tags) and (parsed.word(index) == "that" or tags[index] not in ("IN", "TO", ".")):
        return False
    # "suggested an alliance of the opposition ... could edge ahead": the noun phrase is the
    # subject of what was said, whose verb follows.
    for later in range(index, len(tags)):
        if parsed.word(later) in SUBORDINATORS or parsed.word(later) == "that":
            break
        if tags[later] in RELATIVES or tags[later] == ".":
            break
        if tags[later] in ("MD", "VBD", "VBZ", "VBP"):
            return False
    return True


_OBJECT_TAGS = frozenset(
    {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$"}
)
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "tell", "added", "adds"})


def speech_before(
    parsed: Parsed, groups: Sequence[VerbGroup], subject: tuple[int, int], body: int, depth: int = 0
) -> str:
    """The speaker of a reported clause whose subject starts at ``subject``: "X said (that)"
    right before it ("police said they believe the IRA was": police); ``""`` when the clause
    is not reported speech."""
    start = subject[0] - (1 if subject[0] > 0 and parsed.word(subject[0] - 1) == "that" else 0)
    for group in groups:
        if group.end != start or not (is_speech(parsed, group) or is_cognition(parsed, group)):
            continue
        speaker = subject_before(parsed, group.start)
        if speaker is None or speaker[0] < body:
            return ""
        is_pronoun = parsed.tags[speaker[0]] == "PRP"
        if is_pronoun and depth < 2:
            return speech_before(parsed, groups, speaker, body, depth + 1)
        if is_pronoun or (not is_speech(parsed, group) and depth == 0):
            return ""
        return speaker_text(parsed, speaker)
    return ""


def attribution_after(parsed: Parsed, groups: Sequence[VerbGroup], index: int) -> str:
    """The speaker of the quotation holding token ``index``: '"...," Castro said' or
    '"...," said Castro'; ``""`` when none follows the closing mark."""
    tokens = parsed.tokens
    close = next(
        (i for i in range(index, len(tokens)) if tokens[i].text in ("\u201d", "''", '"')), None
    )
    if close is None:
        return ""
    for group in groups:
        if group.start <= close or group.start > close + 6 or not is_speech(parsed, group):
            continue
        speaker = subject_before(parsed, group.start)
        if speaker is not None and speaker[0] > close:
            return speaker_text(parsed, speaker)
        after = group.end
        if after < len(tokens) and parsed.tags[after] in ("NNP", "NNPS"):
            end = after
            while end < len(tokens) and parsed.tags[end] in ("NNP", "NNPS"):
                end += 1
            return clean(render(parsed, list(range(after, end))))
    return ""


def attribution_before(parsed: Parsed, groups: Sequence[VerbGroup], index: int) -> str:
    """The speaker of the quotation holding token ``index`` when the attribution opens it:
    'Smith said: "We signed ..."' or 'Smith said, "We ...'; ``""`` when the quotation's
    opening mark follows no speech verb and its colon or comma."""
    tokens = parsed.tokens
    opening = next(
        (i for i in range(index - 1, -1, -1) if tokens[i].text in ("\u201c", "``", '"')), None
    )
    if opening is None or opening < 2 or tokens[opening - 1].text not in (":", ","):
        return ""
    verb = next((g for g in groups if g.end == opening - 1 and is_speech(parsed, g)), None)
    if verb is None:
        return ""
    speaker = subject_before(parsed, verb.start)
    if speaker is None or parsed.tags[speaker[0]] == "PRP":
        return ""  # "he said:": the article's to name, not this sentence's
    # "A BJP ideologue, Jay Dubashi, said:": the name in apposition speaks.
    return speaker_text(parsed, named_subject(parsed, groups, speaker, 0))


def quotation(parsed: Parsed) -> tuple[int, int] | None:
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


def told_clause(
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
