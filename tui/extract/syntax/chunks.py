"""Clause structure from part-of-speech tags: verb groups, their subjects and complements.

Enough structure for a headline, not a full parse: a verb group ("is expected to arrive",
"will meet", "had been arrested") is a run of verbs, modals, "to" and a few adverbs; its subject
is the noun phrase before it (across an apposition: "Kopp, 44, of St. Albans, Vt., became", or
through a relative pronoun: "Castro, who arrived"). Where a clause ends and how far a verb's
complement runs is :mod:`tui.extract.syntax.clauses`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from tui.extract.syntax.lexicon import COGNITION, SPEECH_VERBS
from tui.extract.syntax.retag import correct_tags
from tui.extract.syntax.tagger import default_tagger
from tui.extract.syntax.tokens import Token, tokenize
from tui.extract.syntax.verb_runs import after_year, new_verb_group
from tui.extract.syntax.word_sets import INNER_ADVERBS as INNER_ADVERBS
from tui.extract.syntax.word_sets import SUBORDINATORS as SUBORDINATORS
from tui.extract.syntax.word_sets import TIME_WORDS as TIME_WORDS

FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
VERBS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# Words of a noun phrase, by tag.
NOUN_PHRASE = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "$", "HYPH"}
)
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})
RELATIVES = frozenset({"WDT", "WP", "WP$", "WRB"})
BOUNDARY_TAGS = frozenset({",", ":", ".", "``", "''", "-LRB-", "-RRB-", "NFP"})


@dataclass(frozen=True, slots=True)
class Parsed:
    """A sentence's tokens and their Penn tags."""

    text: str
    tokens: tuple[Token, ...]
    tags: tuple[str, ...]
    # Each token's text lowercased, made once by ``parse`` (titles ask for the same words
    # hundreds of thousands of times a run); empty: lowercased on each ask.
    lowered: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def word(self, index: int) -> str:
        """The lowercased word at ``index``."""
        if self.lowered:
            return self.lowered[index]
        return self.tokens[index].text.lower()


@lru_cache(maxsize=512)
def parse(sentence: str) -> Parsed:
    """Tokens and tags of ``sentence`` (cached: several events can share a sentence)."""
    tokens = tokenize(sentence)
    forms = _FORMS
    words = []
    for token in tokens:
        text = token.text
        form = forms.get(text)
        if form is None:
            form = _treebank_form(text)
            if len(forms) < 200_000:
                forms[text] = form
        words.append(form)
    tags = default_tagger().tag(words)
    correct_tags(words, tags, default_tagger())
    lowered = tuple([token.text.lower() for token in tokens])
    return Parsed(sentence, tuple(tokens), tuple(tags), lowered)


# Each token's treebank form, remembered per token text (most words recur).
_FORMS: dict[str, str] = {}


def _treebank_form(word: str) -> str:
    # Curly quotes and apostrophes as the treebank writes them, so the tagger knows them.
    if word in ("``", "''"):
        return '"'
    return (
        word.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


@dataclass(frozen=True, slots=True)
class VerbGroup:
    """Tokens ``[start, end)`` of a run of verbs; ``finite`` when it carries tense or a modal."""

    start: int
    end: int
    finite: bool


def verb_groups(parsed: Parsed) -> list[VerbGroup]:
    """Every verb group of the sentence, in order."""
    tags = parsed.tags
    groups: list[VerbGroup] = []
    i = 0
    while i < len(tags):
        if tags[i] not in VERBS:
            i += 1
            continue
        start = i
        i += 1
        while i < len(tags):
            following = tags[i + 1] if i + 1 < len(tags) else ""
            inner_adverb = parsed.word(i) in INNER_ADVERBS and following in VERBS
            infinitive = tags[i] == "TO" and following == "VB"  # "expected to arrive"
            if not (tags[i] in VERBS or inner_adverb or infinitive):
                break
            if tags[i] in FINITE and new_verb_group(parsed, i):
                break  # "in which the president was killed | was opened": a new clause's
            i += 1
        if not _adjectival(parsed, start, i):
            groups.append(VerbGroup(start, i, tags[start] in FINITE))
    return groups


def _adjectival(parsed: Parsed, start: int, end: int) -> bool:
    """A lone participle between a determiner (and an adverb) and its noun describes the
    noun: "the hastily planned trip", "a newly built road"; no verb of a clause."""
    tags = parsed.tags
    if end - start != 1 or tags[start] not in ("VBN", "VBG") or end >= len(tags):
        return False
    before = start - 1
    if before >= 0 and (tags[before] == "RB" or parsed.word(before).endswith("ly")):
        before -= 1
    return before >= 0 and tags[before] in ("DT", "PRP$") and tags[end] in ("NN", "NNS")


def subject_before(
    parsed: Parsed, index: int, skip: tuple[int, int] = (0, 0), hops: int = 3
) -> tuple[int, int] | None:
    """The noun phrase ``[start, end)`` ending right before token ``index`` (a verb's subject).

    Skips adverbs, the tokens of ``skip`` (a date: "The World Court Friday rejected") and an
    apposition between the subject and the verb, and goes through a relative pronoun to the
    noun it describes. Up to ``hops`` prepositional phrases are part of it ("Lawyers for the
    relatives in Miami filed"), never after a relative pronoun ("a government for Northern
    Ireland, which has been ruled": Northern Ireland). ``None`` when no noun phrase is there.
    """
    tags = parsed.tags
    j = index - 1
    if j > 0 and _opens_at(parsed, j, index) and tags[j - 1] in NOUNS:
        j -= 1  # 'the proposal "was at least worth ...': a quotation opened at the verb
    while j >= 0 and (
        (tags[j] in ("RB", "RBR") and parsed.word(j) != "not") or skip[0] <= j < skip[1]
    ):
        j -= 1
    if j >= 0 and tags[j] in RELATIVES and parsed.word(j) in ("who", "which", "that"):
        hops = -1  # only a happening's own phrase: "a ruling on the case, which is expected"
        j -= 1
        if j >= 0 and tags[j] == ",":
            j -= 1
    elif j >= 0 and parsed.tokens[j].text in _DASHES and _before_dashes(parsed, j) != j:
        j = _before_dashes(parsed, j)
    elif j >= 0 and tags[j] == ",":
        # "Kopp, 44, of St. Albans, Vt., became", "The governments, which cosponsor the
        # talks, invited": go back over comma pieces that are appositions (no verb) or
        # relative clauses, to the noun before them.
        j = _before_asides(parsed, j)
    if (
        j >= 2
        and tags[j] == "-RRB-"
        and tags[j - 2] == "-LRB-"
        and tags[j - 1] in NOUNS
        and (tags[j + 1] in _AFTER_ACRONYM or skip[0] <= j + 1 < skip[1])
    ):
        j -= 3  # "Britain's Natural Law Party (NLP), which ..., issued": the name's acronym
    end = j + 1
    if j >= 0 and tags[j] == "EX":
        return j, end  # "there was no question"
    if j >= 0 and tags[j] in ("JJ", "UH") and parsed.tokens[j].text[:1].isupper():
        pass  # "Slepian, a doctor ..., was shot": a name the tagger took for an adjective
    elif j < 0 or (tags[j] not in NOUNS and tags[j] not in ("POS",)):
        return None
    if tags[j] == "PRP":
        return j, end
    start = _own_conjunct(parsed, phrase_start(parsed, j), end)
    start = _list_start(parsed, start, end)
    j = start - 1
    # "A train carrying the leader departed": the leader is the object of a participle
    # describing the subject, which is the noun before the participle.
    k = j
    while k >= 0 and (tags[k] in ("VBG", "VBN", "VB", "TO") or parsed.word(k) in INNER_ADVERBS):
        k -= 1
    if k < j and k >= 0 and tags[k + 1] in ("VBG", "VBN") and tags[k] in NOUNS - {"PRP", "CD"}:
        start = phrase_start(parsed, k)
        j = start - 1
    if (
        hops < 0
        and j >= 1
        and parsed.word(j) in ("on", "of", "over", "into")
        and parsed.word(j - 1) in _DECISIONS
    ):
        # "an appellate court ruling on the case, which is expected next month": the
        # ruling is expected, not the case (the tagger may read "ruling" as a verb).
        noun = j - 1
        start = phrase_start(parsed, noun if tags[noun] in NOUN_PHRASE else noun - 1)
        start = min(start, noun)
        j = start - 1
    # "The grandmother of Elian Gonzalez", "Lawyers for the relatives in Miami": up to two
    # prepositional phrases back, each after a noun.
    hopped = 0
    while hopped < max(0, hops):
        back = _phrase_back(parsed, j, skip)
        if back is None:
            break
        start, j, hopped = back, back - 1, hopped + 1
    if hopped == hops > 0:
        # "that a vote at the UN security council on sanctions against Iran over its
        # nuclear programme is": more phrases back are the subject's when they reach the
        # clause's start (a conjunction, "that", a comma), not a noun of another clause.
        further, k = start, j
        for _ in range(3):
            back = _phrase_back(parsed, k, skip)
            if back is None:
                break
            further, k = back, back - 1
        if further < start and (k < 0 or tags[k] in (",", "CC", ":") or parsed.word(k) == "that"):
            start = further
    return (start, end) if start < end else None


def _phrase_back(parsed: Parsed, j: int, skip: tuple[int, int]) -> int | None:
    """The start of the noun phrase a phrase ending at token ``j`` (its preposition, or a
    participle or infinitive after the noun) describes, or ``None``: one hop of
    :func:`subject_before`."""
    tags = parsed.tags
    if j >= 1 and tags[j] in ("VBN", "VBG") and tags[j - 1] in ("NN", "NNS"):
        # "a rifle buried near the house represented": the noun the participle describes
        return phrase_start(parsed, j - 1)
    if j >= 2 and tags[j] == "VB" and tags[j - 1] == "TO" and tags[j - 2] in ("NN", "NNS"):
        # "a plan to sell its offices ... fell through"
        return phrase_start(parsed, j - 2)
    if (
        j >= 2
        and tags[j] == "IN"
        and (
            tags[j - 1] == "VBN"
            # "The Marine assigned/VBD to the 2nd Marine Aircraft Wing was killed": a past
            # form before the phrase is a participle, when a verb follows the phrase
            or (
                tags[j - 1] == "VBD"
                and parsed.word(j - 1).endswith("ed")
                and parsed.word(j - 1) not in SPEECH_VERBS | COGNITION
            )
        )
        and tags[j - 2] in ("NN", "NNS", "NNP")
        and parsed.word(j) not in SUBORDINATORS | {"that"}
    ):
        # "a rifle buried near the home represented": the participle's phrase describes
        # the noun before it, which is the subject's head; after a past form, a described
        # noun ("The Marine"), not a name ("Hermlin emigrated to Palestine, then moved").
        start = phrase_start(parsed, j - 2)
        if tags[j - 1] == "VBN" and tags[j - 2] != "NNP":
            return start
        return start if tags[j - 1] == "VBD" and tags[start] == "DT" else None
    if j < 1 or tags[j] not in ("IN", "TO") or parsed.word(j) in SUBORDINATORS | {"that"}:
        return None
    if tags[j - 1] not in NOUNS - {"PRP"} or skip[0] <= j < skip[1]:
        return None
    return phrase_start(parsed, j - 1)


# What may follow a name's bracketed acronym when the name is a subject: its verb, an adverb,
# the comma of an aside (not "the Group of Eight (G8) leading industrial countries").
_AFTER_ACRONYM = frozenset({",", "MD", "VBD", "VBZ", "VBP", "VBN", "RB"})


def _opens_at(parsed: Parsed, mark: int, verb: int) -> bool:
    """Whether the token at ``mark`` is a quotation mark opened right before ``verb`` (a
    straight one by its spacing: no space between it and the verb)."""
    token = parsed.tokens[mark]
    if token.text not in _OPENING_MARKS:
        return False
    return token.text != '"' or parsed.tokens[verb].start == token.end


def _own_conjunct(parsed: Parsed, start: int, end: int) -> int:
    """Where a subject joined by "and" starts when its first conjunct is the object of the
    verb before it: "they took hostage and police found" -> police."""
    year = after_year(parsed, start, end)
    if year is not None:
        return year  # "was toppled in 1952 and Faruq went": Faruq, not "1952 and Faruq"
    if start == 0 or parsed.tags[start - 1] not in VERBS:
        return start
    if parsed.word(start - 1) in SPEECH_VERBS | COGNITION:
        return start  # "said women and children make up": what was said
    conjunction = next((i for i in range(start, end) if parsed.word(i) == "and"), None)
    return conjunction + 1 if conjunction is not None else start


def _list_start(parsed: Parsed, start: int, end: int) -> int:
    """The first name of a list whose last two ("Berger and defense secretary William Cohen")
    make the phrase ``[start, end)``: "Madeleine Albright, Berger and ... Cohen announced".
    Not a name after a preposition ("In Washington, Clinton and Gore said")."""
    tags = parsed.tags
    if not any(parsed.word(i) == "and" for i in range(start, end)):
        return start
    # "The Oneida maker of consumer, food-service and industrial products declared": a list
    # of things after "of" is the object of the noun before it, the subject's head.
    item = start
    while item >= 2 and tags[item - 1] == "," and tags[item - 2] in ("NN", "NNS", "JJ"):
        item = phrase_start(parsed, item - 2)
        if (
            item >= 2
            and parsed.word(item - 1) == "of"
            and tags[item - 2] in ("NN", "NNS")
            and parsed.word(item - 2) not in _KINDS  # "types of A, B and C weapons": the list
        ):
            return phrase_start(parsed, item - 2)
    while start >= 2 and tags[start - 1] == "," and tags[start - 2] == "NNP":
        first = phrase_start(parsed, start - 2)
        if first >= 2 and parsed.word(first - 1) == "of" and tags[first - 2] in ("NN", "NNP", "JJ"):
            first = phrase_start(parsed, first - 2)  # "secretary of state Madeleine Albright"
        if first > 0 and tags[first - 1] not in (",", "RB", "CC", "``"):
            break
        start = first
    return start


# Heads that only count or sort what their "of" phrase names.
_KINDS = frozenset(
    {"types", "kinds", "sorts", "forms", "variety", "range", "number", "lots", "dozens",
     "hundreds", "thousands", "millions", "billions", "kind", "type", "sort", "series"}
)  # fmt: skip
# Nouns of a happening that something is "on": a ruling on the case, a vote on the bill.
_DECISIONS = frozenset(
    {"ruling", "decision", "verdict", "vote", "hearing", "debate", "inquiry", "investigation",
     "report", "talks", "negotiations", "referendum", "judgment", "appeal"}
)  # fmt: skip
_APPROXIMATELY = frozenset(
    {"about", "nearly", "almost", "around", "roughly", "approximately", "some", "over", "up"}
)
_DASHES = frozenset({"_", "--", "\u2014", "\u2013"})
_OPENING_MARKS = frozenset({'"', "``", "\u201c"})


def _before_dashes(parsed: Parsed, dash: int) -> int:
    """The token before an aside between dashes that ends at ``dash``: "About 200 Americans
    _ nonessential U.S. Embassy staff and their families _ left" -> "Americans". ``dash``
    itself when the dashes hold a clause or do not pair."""
    for k in range(dash - 1, max(-1, dash - 20), -1):
        if parsed.tokens[k].text in _DASHES:
            if k == 0 or any(parsed.tags[i] in FINITE for i in range(k + 1, dash)):
                return dash  # a clause between dashes, not an aside
            return k - 1
    return dash


def _before_asides(parsed: Parsed, comma: int) -> int:
    """The token before the asides that end with the comma at ``comma``."""
    tags = parsed.tags
    j = comma
    while j >= 0 and tags[j] == ",":
        k = j - 1
        # (A relative clause may be long: "Libya, which brought the case to the United
        # Nations' highest judicial body in its dispute with the United States, hailed".)
        while k >= 0 and tags[k] != "," and j - k <= 40:
            k -= 1
        if k < 0 or tags[k] != ",":
            break
        piece = range(k + 1, j)
        first_verb = next((i for i in piece if tags[i] in VERBS), j)
        # "a doctor who performed abortions": a noun with its relative clause
        relative = any(tags[i] in RELATIVES for i in range(k + 1, first_verb))
        verbless = first_verb == j
        # "Zlatko Aleksovski, extradited to The Hague to stand trial, said": a participle's
        # phrase describing the name before it
        relative = relative or (
            first_verb == k + 1 and tags[k + 1] in ("VBN", "VBG") and tags[k - 1] in ("NNP", "NNPS")
        )
        stop = any(parsed.word(i) in ("but", "yet") for i in piece)
        if not (relative or verbless) or stop:
            break
        j = k
    return j - 1 if j >= 0 and tags[j] == "," else j


def phrase_start(parsed: Parsed, last: int) -> int:
    """The first token of the noun phrase whose last token is ``last``.

    A determiner opens a phrase ("told the minister the people share": two phrases); a
    participle between a determiner and its noun is an adjective ("the combined effect").
    """
    tags = parsed.tags
    j = last
    while j >= 0:
        tag = tags[j]
        if tag in ("VBN", "VBG") and j > 0 and j < last and tags[j - 1] in ("DT", "PRP$"):
            j -= 1
            continue
        if tag == "," and j < last and place_inside(parsed, j):
            j -= 3  # "the Buffalo, N.Y., area": a city and its state inside the phrase
            continue
        if not (tag in NOUN_PHRASE or _inner_conjunction(parsed, j)):
            break
        j -= 1
        # A determiner opens the phrase, unless it follows "all" or "Russia and" ("Russia
        # and the DPRK").
        if tag == "DT" and not (j >= 0 and (tags[j] == "PDT" or _inner_conjunction(parsed, j))):
            break
    # "at least 58", "at most two": the quantity keeps its "at".
    if j >= 0 and parsed.word(j) == "at" and parsed.word(j + 1) in ("least", "most"):
        return j
    if j >= 1 and parsed.word(j) == "than" and parsed.word(j - 1) in ("more", "less", "fewer"):
        return j - 1  # "more than 1,000 others"
    if j >= 0 and parsed.word(j) in _APPROXIMATELY and tags[j + 1] == "CD":
        return j  # "About 200 Americans"
    if j >= 0 and tags[j] == "PRP" and j + 1 < last and parsed.word(j + 1) == "and":
        return j  # "He and Palestinian leader Yasser Arafat"
    return j + 1


def place_inside(parsed: Parsed, comma: int) -> bool:
    """Whether ``comma`` closes "City, ST.," before the noun it describes ("the Buffalo,
    N.Y., area", "a Birmingham, Ala., abortion clinic")."""
    tags = parsed.tags
    return (
        comma >= 3
        and tags[comma - 1] == "NNP"
        and tags[comma - 2] == ","
        and tags[comma - 3] == "NNP"
        and STATE_ABBREVIATION.fullmatch(parsed.tokens[comma - 1].text) is not None
    )


# A US state as wire text abbreviates it after its city: "N.Y.", "Ala.", "Calif.".
STATE_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _inner_conjunction(parsed: Parsed, index: int) -> bool:
    """``and`` / ``&`` joining two nouns inside one phrase: "Russia and North Korea"."""
    if parsed.word(index) not in ("and", "&"):
        return False
    before = parsed.tags[index - 1] if index > 0 else ""
    after = parsed.tags[index + 1] if index + 1 < len(parsed.tags) else ""
    if after == "DT" and before in NOUNS:
        return True  # "Russia and the DPRK"
    if before in ("JJ", "NNP") and after == "JJ":
        return True  # "British and Irish governments", "U.S. and British officials"
    return before in NOUNS and after in NOUN_PHRASE
