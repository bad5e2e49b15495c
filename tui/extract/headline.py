"""The pieces of a headline: a clause's subject, verb group and complement, cut and cleaned.

A title is built as a list of pieces (token indices of the sentence, or a word written in place
of one, like a participle's past tense) and rendered verbatim from the sentence. This module
finds a verb's subject for a title (:func:`clause_subject`), gathers the clause
(:func:`clause_pieces`), cuts it to the length of a headline without leaving a word dangling
(:func:`trim`), and cleans wire markup (:func:`clean`). Used by :mod:`tui.extract.titles` for
dated events and by :mod:`tui.extract.gist` for statements.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.names import ROLE_NOUNS, TITLE_WORDS
from tui.extract.syntax.chunks import (
    RELATIVES,
    Parsed,
    VerbGroup,
    subject_before,
)
from tui.extract.syntax.clauses import (
    complement_end,
)
from tui.extract.syntax.lexicon import (
    COGNITION,
    DISCOURSE_ADVERBS,
    PREPOSITIONAL,
    SPEECH_VERBS,
)
from tui.extract.syntax.tagger import default_tagger

MAX_TITLE = 90


# Words a title may not end on: it would read as cut.
DANGLING = frozenset(
    {"DT", "IN", "TO", "CC", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "WRB", "HYPH", "EX", "PDT"}
)


# Where a long complement may be cut, before the token: a preposition, "to", a conjunction.
CUT_BEFORE = frozenset({"IN", "TO", "CC", ",", "WDT", "WP", "RB"})


Piece = int | str  # a token index, or a word written in place of one


def render(parsed: Parsed, pieces: Sequence[Piece]) -> str:
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


def tag_of(parsed: Parsed, piece: Piece) -> str:
    return parsed.tags[piece] if isinstance(piece, int) else "VBD"


def trim(parsed: Parsed, head: list[Piece], tail: list[Piece], limit: int) -> list[Piece]:
    """``head`` + as much of ``tail`` as fits in ``limit`` characters, cut before a
    preposition (not "of"), conjunction or comma, and never after a function word."""
    whole = head + tail
    while len(whole) > 1 and dangles(parsed, whole[-1]):
        whole.pop()
        if whole and isinstance(whole[-1], int) and parsed.word(whole[-1]) == "at":
            whole.pop()
    if len(render(parsed, whole)) <= limit:
        return whole
    # Before "of" only when nothing else fits: "commander of the shuttle" reads better whole.
    for allow_of in (False, True):
        # Right after the verb only before a preposition: "arrived | over the weekend".
        lowest = (
            len(head)
            if len(whole) > len(head) and tag_of(parsed, whole[len(head)]) == "IN"
            else len(head) + 1
        )
        for cut in range(len(whole) - 1, lowest - 1, -1):
            piece = whole[cut]
            tag, before = tag_of(parsed, piece), tag_of(parsed, whole[cut - 1])
            if (tag not in CUT_BEFORE and not _reduced_relative(parsed, whole, cut)) or dangles(
                parsed, whole[cut - 1]
            ):
                continue
            if tag == "CC" and joins_names(parsed, piece):
                continue  # "in Kenya | and Tanzania" would mislead
            if not allow_of and isinstance(piece, int) and parsed.word(piece) == "of":
                continue
            if before in ("VBN", "VBG") and cut - 1 >= len(head):
                continue  # "killings blamed | on the IRA" would read as cut
            if len(render(parsed, whole[:cut])) <= limit:
                return whole[:cut]
    return whole


def _reduced_relative(parsed: Parsed, pieces: Sequence[Piece], cut: int) -> bool:
    """Whether a participle at ``cut`` describes the noun before it, a relative clause
    without "that": "the presence of a plastic explosive | called Semtex", "a bid |
    launched last week by Cie.". The noun phrase before it is whole."""
    piece, before = pieces[cut], pieces[cut - 1]
    return (
        tag_of(parsed, piece) in ("VBN", "VBG")
        and isinstance(before, int)
        and tag_of(parsed, before) in ("NN", "NNS", "NNP", "NNPS")
    )


def joins_names(parsed: Parsed, piece: Piece) -> bool:
    """Whether the conjunction at ``piece`` joins two names ("Kenya and Tanzania")."""
    if not isinstance(piece, int) or piece + 1 >= len(parsed.tags):
        return False
    return parsed.tags[piece + 1] in ("NNP", "NNPS")


def dangles(parsed: Parsed, piece: Piece) -> bool:
    """Whether a title ending on ``piece`` would read as cut: a function word, or an
    adjective whose noun was left out ("kidnapped from his small")."""
    tag = tag_of(parsed, piece)
    if isinstance(piece, int) and parsed.tokens[piece].text in ("''", "\u201d"):
        return False  # a closing quotation mark ends a quoted phrase
    if isinstance(piece, int) and parsed.word(piece) in ("least", "most") and piece > 0:
        return parsed.word(piece - 1) == "at"  # "must hold off at least | until ..."
    if tag in DANGLING or tag in (",", ":", "``"):
        return True
    if isinstance(piece, int) and piece > 0:
        word = parsed.word(piece)
        if word in _QUANTIFIERS and parsed.word(piece - 1) == "as":
            return True  # "to as many | as 1,100 employees"
    if isinstance(piece, int) and parsed.word(piece) in ("as", "than"):
        return True  # "likely to buy its stock as | soon as trading opened"
    if tag in ("JJ", "JJR", "JJS") and isinstance(piece, int) and piece + 1 < len(parsed.tags):
        return parsed.tags[piece + 1] in ("NN", "NNS", ",", "JJ", "CC")
    return False


_QUANTIFIERS = frozenset({"many", "much", "few", "little", "long", "far", "well", "soon", "early"})


def clean(text: str) -> str:
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


def clause_pieces(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    group: VerbGroup,
    body: int,
    skip: tuple[int, int] = (0, 0),
    limit: int = MAX_TITLE,
    subject: tuple[int, int] | None = None,
) -> list[Piece] | None:
    """``group``'s clause: subject, verb group, complement (minus the tokens in ``skip``)."""
    subject = subject or clause_subject(parsed, groups, group, body, skip)
    if subject is None:
        return None
    relative = group.start > 0 and parsed.tags[group.start - 1] in RELATIVES
    end = complement_end(parsed, group.end, [skip] if skip[1] > skip[0] else [], relative)
    head: list[Piece] = [i for i in range(subject[0], subject[1]) if not in_span(i, skip)]
    if subject[1] - subject[0] > 10:
        head = [i for i in short_subject(parsed, subject) if not in_span(i, skip)]
    verbs: list[Piece] = [i for i in range(group.start, group.end) if not in_span(i, skip)]
    between = range(subject[1], group.start)
    if subject[1] < group.start and all(parsed.tags[i] in ("RB", "RBR") for i in between):
        # "strongly condemned" keeps its adverb, a quotation all of them ("I formally
        # object"); "Putin also began" reads better without its link to the story.
        quoted = inside_quotation(parsed, group.start)
        verbs = [
            i
            for i in between
            if not in_span(i, skip) and (quoted or parsed.word(i) not in DISCOURSE_ADVERBS)
        ] + verbs
    if participle_clause(parsed, group):
        # "..., declaring victory": the borrowed subject needs the verb's past tense.
        past = default_tagger().past.get(parsed.word(group.start))
        if past is None:
            return None
        verbs[0] = past
    tail: list[Piece] = []
    for i in range(group.end, end):
        if i == skip[1] and skip[1] > skip[0] and parsed.tags[i] == ",":
            continue  # the comma that closed the date: "landed on Dec. 2, 1956, with ..."
        if not in_span(i, skip):
            tail.append(i)
        elif i == skip[1] - 1 and parsed.tags[i] == "POS":
            tail.append("the")  # "before Monday's talks" -> "before the talks"
    for k in range(1, len(tail)):
        piece, before = tail[k], tail[k - 1]
        if (
            isinstance(piece, int)
            and parsed.word(piece) in _NOMINATIVE
            and tag_of(parsed, before) in ("NN", "NNS", "NNP", "NNPS")
        ):
            # "the shares of POP Radio Corp. it doesn't already own": a relative clause
            # without "that" describes the noun; the headline ends with the noun.
            tail = tail[:k]
            break
    if len(render(parsed, head + verbs + tail)) > limit:
        head = without_rank(parsed, head)  # before the complement is cut: the name stays
    return trim(parsed, head + verbs, tail, limit)


def without_rank(parsed: Parsed, head: list[Piece]) -> list[Piece]:
    """A subject's name without the rank or role before it, when a headline is short of room:
    "Air Force Lieutenant Colonel Eileen Collins" -> "Eileen Collins", "Foreign Ministry
    spokesman Mahmoud Mohammadi" -> "Mahmoud Mohammadi". Only a name of two or more words
    after the last rank word, with nothing but names and modifiers before it."""
    if not all(isinstance(piece, int) for piece in head):
        return head
    last = -1
    for k, piece in enumerate(head):
        word = parsed.tokens[piece].text.rstrip(".")
        # "General" alone may be a name's start; after a rank it is one ("Attorney General").
        if word in TITLE_WORDS or word in ROLE_NOUNS or (word == "General" and last == k - 1):
            last = k
        elif parsed.tags[piece] not in ("NNP", "NNPS", "NN", "JJ"):
            return head  # "the leader of the party Gerry Adams": not a rank and a name
    name = head[last + 1 :]
    if last < 0 or len(name) < 2 or any(parsed.tags[p] != "NNP" for p in name):
        return head
    return name


_NOMINATIVE = frozenset({"i", "we", "he", "she", "they", "it"})


def in_span(index: Piece, span: tuple[int, int]) -> bool:
    return isinstance(index, int) and span[0] <= index < span[1]


def short_subject(parsed: Parsed, subject: tuple[int, int]) -> list[int]:
    """A long subject cut to its head noun phrase (before "of ..." and the like)."""
    start, end = subject
    indices = list(range(start, end))
    for i in range(start + 1, end):
        if parsed.tags[i] in ("IN", ",") and parsed.word(i) != "of":
            indices = list(range(start, i))
            break
    return indices


def clause_subject(
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
    if participle_clause(parsed, group):
        found = subject_before(parsed, previous[-1].start, skip) if previous else None
        return found if found is not None and found[0] >= body else None
    # A participle describes the noun right before it: "a bid launched last week by X".
    hops = 2 if group.finite else 0
    found = subject_before(parsed, group.start, skip, hops)
    if found is not None and found[0] >= body:
        if group.start == 0 or parsed.tags[group.start - 1] not in RELATIVES:
            found = past_relative(parsed, groups, found)
        return named_subject(parsed, groups, found, body)
    if not group.finite or not previous or link not in ("and", "but", "then", "also", "later"):
        return None
    shared = subject_before(parsed, previous[-1].start, skip)
    return shared if shared is not None and shared[0] >= body else None


def past_relative(
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


def participle_clause(parsed: Parsed, group: VerbGroup) -> bool:
    """``", declaring victory"``: a present participle opening a clause after a comma."""
    return (
        parsed.tags[group.start] == "VBG"
        and group.start > 0
        and parsed.tags[group.start - 1] == ","
        and not prepositional(parsed, group)
    )


def named_subject(
    parsed: Parsed, groups: Sequence[VerbGroup], subject: tuple[int, int], body: int
) -> tuple[int, int]:
    """A "he" or "she" subject as the name it stands for in the same sentence: the subject
    of an earlier clause, when that is a name ("Elian has been ... since he was found"); a
    description in apposition to a name as the name ("Patricia Hurt, the Essex County
    prosecutor, who created the task force")."""
    start = subject[0]
    if (
        parsed.word(start) in ("the", "a", "an")
        and start >= 3
        and parsed.tags[start - 1] == ","
        and parsed.tags[start - 2] == "NNP"
        and parsed.tags[start - 3] == "NNP"
    ):
        first = start - 3
        while first > body and parsed.tags[first - 1] == "NNP":
            first -= 1
        return first, start - 1
    pronoun = parsed.word(subject[0]) if subject[1] - subject[0] == 1 else ""
    if pronoun not in ("he", "she", "it"):
        return subject
    for group in reversed([g for g in groups if g.end <= subject[0] and g.start >= body]):
        earlier = subject_before(parsed, group.start)
        if earlier is None or earlier[0] < body:
            continue
        head = parsed.tags[earlier[1] - 1]
        # "he"/"she" is a person's name; "it" a thing's: "The sweetened offer has acceptances
        # ..., and it is scheduled for completion" (not a person, nor another pronoun).
        if (
            head == "NNP"
            if pronoun != "it"
            else head in ("NN", "NNP") and not _personal(parsed, earlier)
        ):
            return earlier
    return subject


def _personal(parsed: Parsed, span: tuple[int, int]) -> bool:
    """Whether a noun phrase is a pronoun or names a person, by its first word."""
    return parsed.tags[span[0]] in ("PRP", "PRP$") or parsed.word(span[0]) in ("he", "she")


def prepositional(parsed: Parsed, group: VerbGroup) -> bool:
    return group.end - group.start == 1 and parsed.word(group.start) in PREPOSITIONAL


def is_speech(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in SPEECH_VERBS for i in range(group.start, group.end))


def is_cognition(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in COGNITION for i in range(group.start, group.end))


def inside_quotation(parsed: Parsed, index: int) -> bool:
    """Whether the token at ``index`` is inside quotation marks."""
    words = [t.text for t in parsed.tokens[:index]]
    if words[:1] == ["''"]:
        words[0] = "``"  # a quotation opened with the closing mark, as some wires do
    curly = words.count("\u201c") - words.count("\u201d")
    timebank = words.count("``") - words.count("''")
    return curly > 0 or timebank > 0 or words.count('"') % 2 == 1
