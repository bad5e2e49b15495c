"""Fitting a headline to its length: where a clause may be cut, and what goes first.

A title is a list of pieces (token indices of the sentence, or a word written in place of one,
like a participle's past tense) rendered verbatim from the sentence (:func:`render`). When a
clause is longer than a headline, ranks before names (:mod:`tui.extract.headline_ranks`) and
what only describes a noun go first (:func:`without_adjuncts`: "Cuban diplomats | based in
Washington |", "10 days ago"); then it is cut (:func:`trim`) before a preposition, a conjunction
or a comma, never after a function word, inside a list of names or inside a clause opened
without its verb. :func:`clean` takes wire markup out. Used by :mod:`tui.extract.headline`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.headline_ranks import Piece, names_without_ranks
from tui.extract.syntax.chunks import (
    FINITE,
    SUBORDINATORS,
    TIME_WORDS,
    Parsed,
)
from tui.extract.syntax.lexicon import SPANS

MAX_TITLE = 90
# How far over the limit a clause may run rather than lose its last words ("about 90").
SLACK = 4


# Words a title may not end on: it would read as cut.
DANGLING = frozenset(
    {"DT", "IN", "TO", "CC", "PRP$", "POS", "MD", "WDT", "WP", "WP$", "WRB", "HYPH", "EX", "PDT"}
)


# Where a long complement may be cut, before the token: a preposition, "to", a conjunction.
CUT_BEFORE = frozenset({"IN", "TO", "CC", ",", "WDT", "WP", "RB"})


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
    for k in range(len(runs) - 1):
        # "a November 1995 accord" without its date: "an accord", not "a accord"
        article = re.search(r"\b([Aa]n?)$", runs[k])
        if article is not None:
            wanted = _article_for(runs[k + 1], article[1])
            runs[k] = runs[k][: article.start()] + wanted
    return " ".join(runs)


def _article_for(word: str, article: str) -> str:
    """ "a" or "an" before ``word`` by its first letter (an acronym keeps what it had)."""
    if not word[:1].isalpha() or word[:2].isupper():
        return article
    vowel = word[:1].lower() in "aeiou" and not word.lower().startswith(_CONSONANT_SOUNDS)
    wanted = "an" if vowel else "a"
    return wanted.capitalize() if article[:1].isupper() else wanted


_CONSONANT_SOUNDS = ("uni", "use", "usu", "uti", "eu", "one", "once", "ur")


def tag_of(parsed: Parsed, piece: Piece) -> str:
    return parsed.tags[piece] if isinstance(piece, int) else "VBD"


def trim(parsed: Parsed, head: list[Piece], tail: list[Piece], limit: int) -> list[Piece]:
    """``head`` + as much of ``tail`` as fits in ``limit`` characters, cut before a
    preposition (not "of"), conjunction or comma, and never after a function word."""
    whole = head + tail
    opened = _verbless_clause(parsed, whole, len(head), len(whole))
    if opened is not None:
        whole = whole[:opened]  # the clause ended at a comma before its verb
    while len(whole) > 1 and dangles(parsed, whole[-1]):
        whole.pop()
        if whole and isinstance(whole[-1], int) and parsed.word(whole[-1]) == "at":
            whole.pop()
    if len(render(parsed, whole)) <= limit + SLACK:
        return whole  # a few characters over read better whole than cut
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
            if _range(parsed, piece):
                continue  # "fell 50% | to 75%" would mislead
            if tag == "CC" and joins_names(parsed, piece):
                continue  # "in Kenya | and Tanzania" would mislead
            if _verbless_clause(parsed, whole, len(head), cut) is not None:
                continue  # "found off Florida after his mother | , stepfather and others died"
            if not allow_of and isinstance(piece, int) and parsed.word(piece) == "of":
                continue
            if (
                before in ("VBN", "VBG")
                and cut - 1 >= len(head)
                and not _passive(parsed, whole, cut - 1)
            ):
                continue  # "killings blamed | on the IRA" would read as cut
            if before.startswith("VB") and _needs_next(parsed, piece):
                continue  # "to hand | over two suspects", "to ensure | that": a verb's own
            if len(render(parsed, whole[:cut])) <= limit:
                return whole[:cut]
    return whole


def _needs_next(parsed: Parsed, piece: Piece) -> bool:
    """Whether ``piece`` belongs to the verb before it: its particle ("hand over", "fly
    home") or the "that" opening its clause ("ensure that ...")."""
    if not isinstance(piece, int):
        return False
    word = parsed.word(piece)
    return word == "that" or word in _PARTICLES or parsed.tags[piece] == "RP"


_PARTICLES = frozenset({"up", "out", "off", "down", "back", "away", "home"})


def _verbless_clause(parsed: Parsed, pieces: Sequence[Piece], low: int, cut: int) -> int | None:
    """Where the subordinate clause starts that cutting ``pieces`` at ``cut`` would leave
    opened without the verb that follows in the sentence ("after his mother | , stepfather
    and others died"); ``None`` when none would be."""
    for k in range(cut - 1, low - 1, -1):
        piece = pieces[k]
        if not isinstance(piece, int):
            continue
        if parsed.tags[piece] in FINITE:
            return None  # the clause's verb is in
        if parsed.word(piece) in SUBORDINATORS and parsed.tags[piece] == "IN":
            window = range(piece + 1, min(len(parsed.tags), piece + 10))
            verb = next((i for i in window if parsed.tags[i] in FINITE), None)
            if (
                verb is None
                or k < low
                or (k == low and not (k > 0 and _passive(parsed, pieces, k - 1)))
            ):
                return None  # (a passive is whole without it: "was killed | while ...")
            if parsed.tags[verb - 1] in ("WP", "WDT") and parsed.tags[verb - 2] == ",":
                return k  # "while his brother, who is also linked ..., was": not its verb
            between = range(piece + 1, verb)
            # Its own subject, a noun phrase (a list: "his mother, stepfather and others")
            # up to the verb: not "before the shooting, Clark said".
            nominal = all(parsed.tags[i] in _SUBJECT_TAGS for i in between)
            listed = any(parsed.word(i) in ("and", "or") for i in between)
            commas = any(parsed.tags[i] == "," for i in between)
            return k if nominal and (listed or not commas) else None
    return None


_SUBJECT_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP", "PRP$",
     ",", "CC", "RB"}
)  # fmt: skip


def _passive(parsed: Parsed, pieces: Sequence[Piece], k: int) -> bool:
    """Whether the participle at ``pieces[k]`` is a passive verb, complete without what
    follows it: "to be expelled | from the talks", "was arrested | in Miami"."""
    before = pieces[k - 1] if k > 0 else None
    return (
        tag_of(parsed, pieces[k]) == "VBN"
        and isinstance(before, int)
        and parsed.word(before) in ("be", "been", "being", "was", "were", "is", "are")
    )


def _reduced_relative(parsed: Parsed, pieces: Sequence[Piece], cut: int) -> bool:
    """Whether a participle at ``cut`` describes the noun before it, a relative clause
    without "that": "the presence of a plastic explosive | called Semtex", "a bid |
    launched last week by Cie.". The noun phrase before it is whole."""
    piece, before = pieces[cut], pieces[cut - 1]
    tag = tag_of(parsed, piece)
    if tag == "VBD" and isinstance(piece, int) and isinstance(before, int) and cut >= 2:
        # "unearthed a rifle | buried one foot below ground": a participle the tagger read
        # as a past tense, right after a determiner's noun in a complement, with its own
        # phrase after it (not "the heavily armed zone": an adverb the tagger took for a noun)
        own = piece + 1 < len(parsed.tags) and parsed.tags[piece + 1] in ("IN", "CD", "TO", "DT")
        noun = tag_of(parsed, pieces[cut - 2]) in ("DT", "CD", "PRP$") and (
            cut >= 3 and tag_of(parsed, pieces[cut - 3]).startswith("VB")
        )  # the object of a verb ("unearthed a rifle"), not a subject ("of the IMF ordered")
        adverb = parsed.word(before).endswith("ly")
        tag = "VBN" if own and noun and not adverb else tag
    return (
        tag in ("VBN", "VBG")
        and isinstance(before, int)
        and tag_of(parsed, before) in ("NN", "NNS", "NNP", "NNPS")
    )


def _range(parsed: Parsed, piece: Piece) -> bool:
    """Whether "to" at ``piece`` joins the two ends of a range: "50% to 75%", "$3 to $4"."""
    if not isinstance(piece, int) or piece == 0 or piece + 1 >= len(parsed.tags):
        return False
    if parsed.word(piece) not in ("to", "-"):
        return False
    before = parsed.tokens[piece - 1].text
    after = parsed.tokens[piece + 1].text
    return (parsed.tags[piece - 1] == "CD" or before == "%") and (
        parsed.tags[piece + 1] in ("CD", "$") or after[:1].isdigit()
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
    if (
        isinstance(piece, int)
        and piece > 0
        and parsed.word(piece) in _PARTICLES
        and parsed.tags[piece - 1].startswith("VB")
    ):
        return False  # "closed up", "broke off": the verb's particle ends it whole
    if tag in DANGLING or tag in (",", ":", "``"):
        return True
    if isinstance(piece, int) and piece > 0:
        word = parsed.word(piece)
        if word in _QUANTIFIERS and parsed.word(piece - 1) == "as":
            return True  # "to as many | as 1,100 employees"
    if isinstance(piece, int) and parsed.word(piece) in ("as", "than"):
        return True  # "likely to buy its stock as | soon as trading opened"
    if (
        isinstance(piece, int)
        and parsed.word(piece) in _LEANING
        and piece + 1 < len(parsed.tags)
        and parsed.tags[piece + 1] in ("IN", "WRB")
    ):
        return True  # "was detected shortly | after he was elected"
    if (
        isinstance(piece, int)
        and parsed.word(piece) in SPANS
        and piece + 1 < len(parsed.tags)
        and parsed.word(piece + 1) in ("after", "before")
    ):
        return True  # "came just a day | after Brussels rejected ...": the span's measure
    if (
        isinstance(piece, int)
        and parsed.word(piece) in _BEFORE_TO
        and piece + 1 < len(parsed.tags)
        and parsed.word(piece + 1) == "to"
    ):
        return True  # "in the blasts next | to the embassies"
    if tag in ("JJ", "JJR", "JJS") and isinstance(piece, int) and piece + 1 < len(parsed.tags):
        if parsed.tags[piece + 1] == "," and parsed.tags[piece - 1] in _OBJECTS:
            return False  # "left 30 rebels and four soldiers dead,": the object's complement
        verb = piece - 1
        while verb > 0 and parsed.tags[verb] in ("RB", "RBR"):
            verb -= 1
        linking = parsed.word(verb) in _LINKING and parsed.tags[verb] != "POS"
        if linking and parsed.tags[piece + 1] in (",", "CC"):
            return False  # "Hong Kong people are very peaceful, and": the predicate whole
        return parsed.tags[piece + 1] in ("NN", "NNS", ",", "JJ", "CC")
    return False


_OBJECTS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_LINKING = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am", "become", "became",
     "becomes", "seem", "seems", "seemed", "remain", "remains", "remained", "looks", "looked"}
)  # fmt: skip
_LEANING = frozenset({"shortly", "just", "right", "only", "even", "long", "still", "immediately"})
_BEFORE_TO = frozenset({"next", "close", "prior", "according", "due", "ahead", "owing"})


_QUANTIFIERS = frozenset({"many", "much", "few", "little", "long", "far", "well", "soon", "early"})


def with_possessive(name: str) -> str:
    """``name`` as an owner in a title: "Kim's", "Brothers'"."""
    return name + ("'" if name.endswith("s") else "'s")


def clean(text: str) -> str:
    """Wire markup out: TimeBank quote marks, "&amp;" read as "amp", stray brackets."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"\b([A-Z][\w.]*) amp (?=[A-Z])", r"\1 & ", text)
    # AP wire's "dlrs 1 million" is "$1 million".
    text = re.sub(r"\bdlrs\.? (?=\d)", "$", text)
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


def without_adjuncts(parsed: Parsed, tail: list[Piece]) -> list[Piece]:
    """A complement without what only describes its nouns, before it is cut at its end:
    a participle's phrase after a noun ("Cuban diplomats | based in Washington | to meet
    with his son") and a rank before a name ("with | US Secretary of State | Madeleine
    Albright")."""
    kept: list[Piece] = []
    k = 0
    while k < len(tail):
        piece = tail[k]
        span = _time_phrase(parsed, tail, k) or _period_end(parsed, tail, k, kept)
        if span and kept and tag_of(parsed, kept[-1]) in ("DT", "JJ", "PRP$", "CD"):
            span = 0  # "a last day of uncertainty": a noun phrase's own words
        if span and kept and isinstance(kept[-1], int) and parsed.word(kept[-1]) in _LIMITS:
            span = 0  # "to wait until next year": a limit is what the clause says
        following = tail[span] if k == 0 and span < len(tail) else None
        if span and isinstance(following, int) and parsed.word(following) == "as":
            span = 0  # "set | Friday | as the deadline": the verb's object
        if span and k + span < len(tail) and tag_of(parsed, tail[k + span]) == "POS":
            kept.append("the")  # "in next year's elections" -> "in the elections"
            span += 1
        if span:
            k += span  # another date of the sentence: "with Tony Blair | 10 days ago | and"
            continue
        if (
            kept
            and tag_of(parsed, piece) == "VBN"
            and tag_of(parsed, kept[-1]) in ("NN", "NNS", "NNPS")
            and k + 2 < len(tail)
            and tag_of(parsed, tail[k + 1]) == "IN"
        ):
            end = k + 2
            while end < len(tail) and tag_of(parsed, tail[end]) in _PHRASE_TAGS:
                end += 1
            goes_on = (
                end < len(tail)
                and tag_of(parsed, tail[end]) in ("TO", "MD", "VB", "VBD", "VBZ", "VBP")
                # "caused by Israel's decision | to begin work": the noun's own infinitive
                and not (
                    isinstance(tail[end - 1], int) and parsed.word(tail[end - 1]) in _OWN_INFINITIVE
                )
            )
            if end > k + 2 and goes_on:
                k = end  # the phrase goes; what follows it (the clause's own) stays
                continue
        kept.append(piece)
        k += 1
    return names_without_ranks(parsed, kept)


def _period_end(parsed: Parsed, pieces: Sequence[Piece], k: int, kept: Sequence[Piece]) -> int:
    """How many pieces from ``k`` on say when an accounting period ended: "its fourth
    quarter | ended Sept. 30 |"; 0 when none starts there."""
    piece = pieces[k]
    if not kept or not isinstance(piece, int) or parsed.word(piece) not in ("ended", "ending"):
        return 0
    if not isinstance(kept[-1], int) or parsed.word(kept[-1]) not in _PERIODS:
        return 0
    end = k + 1
    while end < len(pieces) and tag_of(parsed, pieces[end]) in ("NNP", "CD", ","):
        end += 1
    return end - k if end > k + 1 else 0


_PERIODS = frozenset({"quarter", "year", "period", "half", "month", "months", "weeks"})


def _time_phrase(parsed: Parsed, pieces: Sequence[Piece], k: int) -> int:
    """How many pieces from ``k`` on are a relative date ("10 days ago", "last week",
    "on Monday"), 0 when none starts there."""
    words = [parsed.word(p) if isinstance(p, int) else "" for p in pieces[k : k + 5]]
    n = 1 if words[0] in ("on", "since") else 0
    if n < len(words) and words[n] in _WEEKDAYS:
        return n + 1
    if words[0] in ("last", "next", "this") and len(words) > 1 and words[1] in TIME_WORDS:
        return 2
    for end in range(1, len(words)):
        if words[end] == "ago" and words[end - 1] in TIME_WORDS:
            ok = all(
                isinstance(p, int) and parsed.tags[p] in ("CD", "DT", "JJ", "NNS", "NN")
                for p in pieces[k : k + end]
            )
            return end + 1 if ok else 0
    return 0


_LIMITS = frozenset({"until", "till", "by", "before"})
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


_OWN_INFINITIVE = frozenset(
    {"decision", "plan", "plans", "bid", "offer", "attempt", "effort", "move", "agreement",
     "call", "order", "right", "promise", "pledge", "vote", "deal", "refusal", "failure"}
)  # fmt: skip
_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "HYPH"})


def in_span(index: Piece, span: tuple[int, int]) -> bool:
    return isinstance(index, int) and span[0] <= index < span[1]
