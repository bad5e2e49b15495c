"""The pieces of a headline: a clause's subject, verb group and complement, cut and cleaned.

A title is built as a list of pieces (token indices of the sentence, or a word written in place
of one, like a participle's past tense) and rendered verbatim from the sentence. This module
finds a verb's subject for a title (:func:`clause_subject`), gathers the clause
(:func:`clause_pieces`), and fits it to the length of a headline (:mod:`.headline_fit`). Used
by :mod:`tui.extract.titles` for dated events and by :mod:`tui.extract.gist` for statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.headline_fit import (
    MAX_TITLE,
    Piece,
    in_span,
    render,
    tag_of,
    trim,
    without_adjuncts,
)
from tui.extract.headline_names import inside_quotation, named_subject
from tui.extract.headline_ranks import list_without_ranks, without_rank
from tui.extract.headline_subjects import after_relative, coordinated_verb, past_relative
from tui.extract.syntax.chunks import (
    FINITE,
    RELATIVES,
    TIME_WORDS,
    Parsed,
    VerbGroup,
    phrase_start,
    place_inside,
    subject_before,
)
from tui.extract.syntax.clauses import (
    apposition_end,
    complement_end,
    is_boundary,
)
from tui.extract.syntax.lexicon import (
    COGNITION,
    DISCOURSE_ADVERBS,
    PREPOSITIONAL,
    SPEECH_VERBS,
)
from tui.extract.syntax.tagger import default_tagger


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
    gap = object_gap(parsed, group, subject, skip)
    relative = relative or gap is not None
    skips = [skip] if skip[1] > skip[0] else []
    plain = complement_end(parsed, group.end, skips, relative, when=False)
    end = complement_end(parsed, group.end, skips, relative)
    if end > plain and not any(parsed.tags[i] in FINITE for i in range(plain, end)):
        end = plain  # "when France": a "when" clause cut before its verb
    end = _second_predicate_end(parsed, group, end, skip)
    head: list[Piece] = [i for i in range(subject[0], subject[1]) if not in_span(i, skip)]
    if subject[1] - subject[0] > 10:
        head = [i for i in short_subject(parsed, subject) if not in_span(i, skip)]
    if in_span(subject[0], skip) and skip[1] > 0 and parsed.tags[skip[1] - 1] == "POS":
        head = ["the", *head]  # "last month's discovery" -> "the discovery"
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
    first = coordinated_verb(parsed, groups, group, body) if not group.finite else None
    if first is not None and subject[1] <= first.start:
        # "The service had ruled ... and set": the shared auxiliaries, "had set".
        verbs = [parsed.word(i) for i in range(first.start, first.end - 1)] + verbs
    if participle_clause(parsed, group):
        # "..., declaring victory": the borrowed subject needs the verb's past tense.
        past = default_tagger().past.get(parsed.word(group.start))
        if past is None:
            return None
        verbs[0] = past
    tail: list[Piece] = list(range(*gap)) if gap is not None else []
    after = group.end
    if gap is not None and after < len(parsed.tags) and parsed.word(after) in DISCOURSE_ADVERBS:
        after += 1  # "whom Vieira sacked also": the object goes right after its verb
    if (
        gap is not None
        and (parsed.tags[gap[0]] == "DT" or gap[0] == 0)
        and parsed.tags[gap[0]] not in ("NNP", "NNPS")
    ):
        tail[0] = parsed.word(gap[0])  # "The deal the company signed" -> "signed the deal"
    aside = range(0)
    for i in range(after, end):
        close = apposition_end(parsed, i)
        if close is not None:
            aside = range(i, close + 1)  # the apposition describes; the clause goes on
        if i in aside:
            continue
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
    tail = _without_attribution(parsed, tail)
    if len(render(parsed, head + verbs)) > limit and len(head) > 3:
        # "Numerous staff functions | for the personal insurance lines were going to be ..."
        shorter = [i for i in short_subject(parsed, subject) if not in_span(i, skip)]
        head = shorter if len(shorter) >= 2 else head
    last = head[-1] if head else None
    if (
        not tail
        and isinstance(last, int)
        and parsed.tags[last] in ("NNP", "NNPS")
        and parsed.word(last) in _OCCASIONS
        and all(isinstance(i, int) and parsed.word(i) in _COPULA for i in verbs)
    ):
        # "International Women's Day is (this coming Sunday)": the named day itself
        return trim(parsed, head, [], limit)
    # Before the complement is cut: ranks and what only describes go first, names stay.
    if len(render(parsed, head + verbs + tail)) > limit:
        head = without_rank(parsed, head)
    if len(render(parsed, head + verbs + tail)) > limit:
        tail = without_adjuncts(parsed, tail)
    if len(render(parsed, head + verbs + tail)) > limit and len(head) > 4:
        head = list_without_ranks(parsed, head)
    pieces = trim(parsed, head + verbs, tail, limit)
    if end > plain and not _extension_whole(parsed, pieces, plain, end):
        # A "when" clause or a second predicate goes with the clause only whole or cut
        # after its verb's object: cut sooner, it reads as cut ("reacted furiously when
        # France"), and it may have cost the clause its own complement.
        cut = next((k for k, i in enumerate(tail) if isinstance(i, int) and i >= plain), None)
        pieces = trim(parsed, head + verbs, tail[:cut] if cut is not None else tail, limit)
    return pieces


def object_gap(
    parsed: Parsed, group: VerbGroup, subject: tuple[int, int], skip: tuple[int, int]
) -> tuple[int, int] | None:
    """The noun a relative clause without its object describes, as that object: "the
    principle of fairness (that) it vindicated two years ago in its ruling" -> "it vindicated
    the principle of fairness in its ruling". ``None`` when ``group`` has an object of its
    own, or its clause is no such relative clause."""
    tags = parsed.tags
    own = subject_before(parsed, group.start, skip, 0)  # as written, before naming
    if own is not None:
        # "the deal the company signed": the subject starts at its own determiner
        inner = [k for k in range(own[0] + 1, own[1]) if tags[k] in ("DT", "PRP")]
        inner = [k for k in inner if tags[k - 1] in ("NN", "NNS", "NNP", "NNPS")]
        subject = (inner[-1], own[1]) if inner else own
    before = subject[0] - 1
    if before >= 0 and parsed.word(before) in ("that", "which", "whom") and tags[before] != "DT":
        before -= 1
        if parsed.word(before + 1) == "whom" and before >= 0 and tags[before] == ",":
            before -= 1  # "Carlos Gomes Junior, whom Vieira sacked": the person before it
    if before < 0 or tags[before] not in ("NN", "NNS", "NNP", "NNPS") or not group.finite:
        return None
    if tags[subject[0]] not in ("PRP", "DT", "NNP", "NNPS") or parsed.word(subject[0]) == "it's":
        return None
    words = [parsed.word(i) for i in range(group.start, group.end)]
    if _BE.intersection(words) or words[-1] in SPEECH_VERBS or words[-1] in COGNITION:
        return None  # a passive or a copula has no object to lack; a speech verb's is a clause
    if tags[group.end - 1] not in ("VBD", "VBP", "VBZ", "VBN", "VB", "VBG"):
        return None
    following = group.end
    while following < len(tags) and tags[following] == "RB":
        following += 1
    # The gap shows where the object would be: the date ("it vindicated | two years ago |
    # in its ruling"), the clause's end, or the main clause's verb. A preposition there is
    # the verb's own ("the camp they participated in"), so is a noun ("he left Paris").
    dated = following < len(tags) and in_span(following, skip)
    while following < len(tags) and in_span(following, skip):
        following += 1
    if following < len(tags) and tags[following] not in (_AFTER_GAP if dated else _ENDS):
        return None
    if (
        following < len(tags)
        and parsed.word(following) in ("that", "to")
        and tags[following] != "IN"
    ):
        return None
    antecedent = subject_before(parsed, before + 1, hops=1)
    if antecedent is None or antecedent[1] != before + 1 or antecedent[0] >= subject[0]:
        return None
    if parsed.word(antecedent[0]) in TIME_WORDS or parsed.word(before) in TIME_WORDS:
        return None  # "the day they arrived", "the week it opened": a time, not an object
    if tags[antecedent[0]] not in ("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"):
        return None
    return antecedent


_AFTER_GAP = frozenset({"IN", "TO", ".", ",", "MD", "VBD", "VBZ", "VBP"})
_ENDS = frozenset({".", ",", "MD", "VBD", "VBZ", "VBP"})
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "'re", "am"})


def _extension_whole(parsed: Parsed, pieces: Sequence[Piece], plain: int, end: int) -> bool:
    """Whether the part of ``pieces`` from token ``plain`` on (a second predicate or a "when"
    clause) is whole, or has its verb and ends on a noun ("and unearthed a rifle")."""
    kept = [i for i in pieces if isinstance(i, int) and i >= plain]
    if not kept:
        return False
    if max(kept) >= end - 1:
        return True
    has_verb = any(parsed.tags[i] in FINITE for i in kept)
    return has_verb and parsed.tags[max(kept)] in ("NN", "NNS", "NNP", "NNPS", "CD")


def _second_predicate_end(parsed: Parsed, group: VerbGroup, end: int, skip: tuple[int, int]) -> int:
    """ "searched the site once more and unearthed a rifle": a second verb in the same tense
    after "and", with no subject of its own, is the same actor's next act; the headline
    tells both (the cut may drop the second when they do not fit)."""
    tags = parsed.tags
    if end + 1 >= len(tags) or parsed.word(end) != "and" or tags[end + 1] != tags[group.end - 1]:
        return end
    if tags[end + 1] not in ("VBD",) or group.end - group.start != 1:
        return end
    if parsed.word(end + 1) in _AUXILIARIES or parsed.word(end + 1) in SPEECH_VERBS:
        return end  # "and was ...", "and had not decided", "and said that ...": its own
    second = complement_end(parsed, end + 2, [skip] if skip[1] > skip[0] else [])
    return second if second > end + 2 else end


_AUXILIARIES = frozenset({"was", "were", "had", "did", "could", "would", "should", "might"})


def _without_attribution(parsed: Parsed, tail: list[Piece]) -> list[Piece]:
    """A complement without an attribution run on without its comma: "are due to be
    announced later | a UN spokesman said"."""
    for k, piece in enumerate(tail):
        if not isinstance(piece, int) or k < 2 or parsed.tags[piece] not in ("VBD", "VBZ"):
            continue
        if parsed.word(piece) not in SPEECH_VERBS or k + 1 < len(tail):
            continue
        start = phrase_start(parsed, piece - 1)
        first = next((j for j, p in enumerate(tail) if p == start), None)
        if first is not None and first > 0 and parsed.tags[start] == "DT":
            return tail[:first]
    return tail


# Named occasions that "are" a date: "International Women's Day is this coming Sunday".
_OCCASIONS = frozenset(
    {"day", "week", "festival", "anniversary", "holiday", "games", "olympics", "cup",
     "conference", "congress", "ceremony", "summit", "fair", "carnival", "marathon"}
)  # fmt: skip
_COPULA = frozenset({"is", "was", "are", "were", "will", "be", "'s"})
_NOMINATIVE = frozenset({"i", "we", "he", "she", "they", "it"})


def short_subject(parsed: Parsed, subject: tuple[int, int]) -> list[int]:
    """A long subject cut to its head noun phrase (before "of ..." and the like)."""
    start, end = subject
    indices = list(range(start, end))
    names = _name_list(parsed, subject)
    of = None  # where an "of" phrase of the head opens
    for i in range(start + 1, end):
        place = i + 2 < end and place_inside(parsed, i + 2)  # the comma opening it
        if parsed.tags[i] == "," and (names or place or place_inside(parsed, i)):
            # "Madeleine Albright, Berger and William Cohen": the list is the subject;
            # "The Oneida, N.Y., maker": the place is inside the noun phrase
            continue
        if parsed.word(i) == "of" and of is None:
            of = i
        if parsed.tags[i] in ("IN", ",") and parsed.word(i) != "of":
            # "the maker of consumer, food-service and industrial products": a list inside
            # the "of" phrase; the head ends before "of", not inside the list.
            cut = of if of is not None and parsed.tags[i] == "," else i
            indices = list(range(start, cut))
            break
        if parsed.tags[i] in ("VBN", "VBG") and parsed.tags[i - 1] in ("NN", "NNS", "NNP"):
            if _says_who(parsed, i, end):
                continue  # "A train believed to be carrying the North Korean leader"
            indices = list(range(start, i))  # "a rifle | buried near the home"
            break
    return indices


def _says_who(parsed: Parsed, participle: int, end: int) -> bool:
    """ "A bullet-proof train believed to be carrying the North Korean leader": a participle
    of belief or report ("believed to", "said to", "thought to") before a person it names
    says who the subject is about; cut, the title loses its only participant."""
    if parsed.word(participle) not in _BELIEVED or parsed.word(participle + 1) != "to":
        return False
    return any(parsed.tags[k] in ("NNP", "NNPS") for k in range(participle + 2, end))


_BELIEVED = frozenset({"believed", "thought", "said", "reported", "suspected", "rumoured"})


def _name_list(parsed: Parsed, subject: tuple[int, int]) -> bool:
    """Whether a subject is a list of names: "A, B and C" (each comma before a name)."""
    words = range(subject[0], subject[1])
    commas = [i for i in words if parsed.tags[i] == ","]
    return (
        bool(commas)
        and any(parsed.word(i) == "and" for i in words)
        and all(i + 1 < subject[1] and parsed.tags[i + 1] in ("NNP", "JJ", "NN") for i in commas)
        and parsed.tags[subject[1] - 1] == "NNP"
    )


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
        if _after_participle(parsed, group):
            # "Elian, after losing his mother ...": the noun before the comma
            found = subject_before(parsed, group.start - 1, skip, 0)
        else:
            found = subject_before(parsed, previous[-1].start, skip) if previous else None
        return found if found is not None and found[0] >= body else None
    # A participle describes the noun right before it: "a bid launched last week by X".
    hops = 2 if group.finite else 0
    found = subject_before(parsed, group.start, skip, hops)
    if found is not None and found[0] >= body:
        if group.start == 0 or parsed.tags[group.start - 1] not in RELATIVES:
            found = past_relative(parsed, groups, found)
        return named_subject(parsed, groups, found, body)
    if found is None and group.finite:
        # "a coup in which the president was killed was opened": the noun before "which".
        found = after_relative(parsed, groups, group)
        if found is not None and found[0] >= body:
            return named_subject(parsed, groups, found, body)
    if not group.finite:
        # "had ruled ... and set Friday as the deadline": the subject of the verb it is
        # coordinated with.
        first = coordinated_verb(parsed, groups, group, body)
        shared = subject_before(parsed, first.start, skip) if first is not None else None
        return shared if shared is not None and shared[0] >= body else None
    if not previous or link not in ("and", "but", "then", "also", "later"):
        return None
    shared = subject_before(parsed, previous[-1].start, skip)
    if shared is None and previous[-1].start > 0:
        shared = after_relative(parsed, groups, previous[-1])
    return shared if shared is not None and shared[0] >= body else None


def reduced_relative(parsed: Parsed, groups: Sequence[VerbGroup], group: VerbGroup) -> bool:
    """Whether ``group`` is a participle describing the noun before it, in a clause whose
    own verb comes later: "the body found along a highway ... belonged to Jorge Hernandez"
    (the tagger may read "found" as a past tense)."""
    start = group.start
    if group.end - start != 1 or parsed.tags[start] not in ("VBD", "VBN") or start == 0:
        return False
    if parsed.tags[start - 1] not in ("NN", "NNS", "NNP", "NNPS"):
        return False
    if is_speech(parsed, group):
        return False  # "said in a statement Monday the company will ..."
    following = start + 1 < len(parsed.tags) and parsed.tags[start + 1] == "IN"
    if not following or parsed.word(start + 1) in ("that", "because", "if", "whether"):
        return False
    later = next((g for g in groups if g.start > start and g.finite), None)
    return (
        later is not None
        and parsed.tags[later.start - 1] in ("NN", "NNS", "NNP", "NNPS", "CD")
        and not any(is_boundary(parsed, i) for i in range(start + 1, later.start))
    )


def participle_clause(parsed: Parsed, group: VerbGroup) -> bool:
    """``", declaring victory"``: a present participle opening a clause after a comma, or
    ``", after losing his mother"`` after a comma and a preposition of time."""
    return (
        parsed.tags[group.start] == "VBG"
        and group.start > 0
        and (parsed.tags[group.start - 1] == "," or _after_participle(parsed, group))
        and not prepositional(parsed, group)
    )


def _after_participle(parsed: Parsed, group: VerbGroup) -> bool:
    """ "Elian, after losing his mother": a participle after "after"/"before"/"while"/"upon"
    that follows the comma closing its subject."""
    start = group.start
    if not (
        start >= 3
        and parsed.tags[start] == "VBG"
        and parsed.word(start - 1) in ("after", "before", "while", "upon")
        and parsed.tags[start - 2] == ","
        and parsed.tags[start - 3] in ("NNP", "NNPS", "NN", "NNS")
        and parsed.word(start - 3) not in TIME_WORDS
    ):
        return False
    # The noun is a clause's subject, not an object ("chanting slogans, after attending").
    first = phrase_start(parsed, start - 3)
    return first == 0 or parsed.tags[first - 1] in (",", "CC") or parsed.word(first - 1) == "that"


def prepositional(parsed: Parsed, group: VerbGroup) -> bool:
    return group.end - group.start == 1 and parsed.word(group.start) in PREPOSITIONAL


def is_speech(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in SPEECH_VERBS for i in range(group.start, group.end))


def is_cognition(parsed: Parsed, group: VerbGroup) -> bool:
    return any(parsed.word(i) in COGNITION for i in range(group.start, group.end))
