"""Corrections of the tagger's slips after tagging, by rule: what the averaged perceptron
(:mod:`tui.extract.syntax.tagger`) gets wrong in news that a headline cannot live with
("acquisition-minded" as a verb, "visibly pregnant" as one, "Dar es Salaam" as three words,
"Warsaw Pact states" as a speech verb, a sentence left with no verb at all). Split from
:mod:`tui.extract.syntax.chunks`, which calls :func:`correct_tags` from ``parse``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from tui.extract.syntax.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from tui.extract.syntax.tagger import Tagger


def correct_tags(words: Sequence[str], tags: list[str], tagger: Tagger) -> None:
    """Correct ``tags`` (Penn tags of ``words``, in place)."""
    # "acquisition-minded", "London-based", "state-owned": a noun with a participle is an
    # adjective, which the tagger, never having seen the compound, may take for a verb
    # ("re-elected", "co-founded" keep theirs: a prefix, not a noun).
    for index, word in enumerate(words):
        if tags[index] in ("VBD", "VBN") and _COMPOUND_ADJECTIVE.fullmatch(word):
            tags[index] = "JJ"
        elif (
            tags[index] == "VBG"
            and index + 1 < len(words)
            and tags[index + 1] in ("NN", "NNS", "NNP", "NNPS")
            and _COMPOUND_GERUND.fullmatch(word)
        ):
            tags[index] = "JJ"  # "the tough-talking Bolton", "a long-running trial"
        elif (
            tags[index] == "VBD"
            and not word.lower().endswith("ed")
            and word.lower() not in tagger.past_forms
            and index + 1 < len(words)
            and tags[index + 1] in ("NN", "NNS")
        ):
            # "that field tests suggested": no past tense looks like "field"; a word before a
            # noun the model took for one is the noun's modifier.
            tags[index] = "NN"
        elif tags[index] == "MD" and word.lower() not in _MODALS:
            tags[index] = "NN"  # "also mayor/MD of Sliven": modals are a closed class
    for index in range(1, len(words) - 1):
        word = words[index].lower()
        if (
            tags[index] in ("VBP", "VB")
            and words[index - 1].lower().endswith("ly")
            and tags[index - 1] == "RB"
            and tags[index + 1] in ("CC", ",", ".", "IN", "TO")
            and word.endswith(_ADJECTIVE_ENDINGS)
            and word not in tagger.past
        ):
            tags[index] = "JJ"  # "hundreds visibly pregnant and ...": no verb, an adjective
    lowercase = sum(1 for word in words if word[:1].islower()) > len(words) // 3
    for index, word in enumerate(words):
        if lowercase and len(word) >= 2 and word.isalpha() and word.isupper():
            tags[index] = "NNP"  # "AT and T", "ONEIDA Ltd.": capitals in running text name
    for index in range(1, len(words)):
        if words[index] == "states" and (
            tags[index - 1] in ("NNP", "NNPS") or words[index - 1] == "member"
        ):
            tags[index] = "NNS"  # "former Warsaw Pact states seeking ...", "EU member states"
    for index in range(1, len(words) - 1):
        if (
            words[index] in _NAME_PARTICLES
            and words[index - 1][:1].isupper()
            and words[index + 1][:1].isupper()
        ):
            tags[index] = "NNP"  # "Dar es Salaam", "Rio de Janeiro": inside one name
    for index in range(1, len(words) - 1):
        if tags[index] != "VB" or tags[index + 1] not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        word = words[index].lower()
        if word not in tagger.past and word[:1].islower() and word.endswith(_ADJECTIVE_ENDINGS):
            if tags[index - 1] == "TO":
                tags[index] = "JJ"  # "to ethnic/VB Chinese businessman": an adjective
        elif tags[index - 1] == "NNP" and word not in tagger.past and word[:1].islower():
            tags[index] = "NN"  # "Chinese mainland/VB people": inside a noun phrase
    _verb_of_subordinate(words, tags, tagger.past)
    _past_of_main_clause(words, tags, tagger.past_forms, tagger.past)
    if not any(tag.startswith(("VB", "MD")) for tag in tags):
        _verb_after_subject(words, tags, tagger.past)


def _verb_after_subject(words: Sequence[str], tags: list[str], verbs: Mapping[str, str]) -> None:
    """A sentence the tagger found no verb in: "He and Palestinian leader Yasser Arafat meet
    separately Monday with ...". The first word after a name that is a known verb, and not
    before a noun it could describe, is the verb (present tense)."""
    for index in range(1, len(words) - 1):
        word = words[index].lower()
        if tags[index] not in ("NN", "NNS") or tags[index - 1] not in ("NNP", "NNPS", "PRP"):
            continue
        if tags[index + 1] in ("NN", "NNS", "NNP", "POS"):
            continue
        if word in verbs:
            tags[index] = "VBP"
            return
        if word.endswith("s") and word[:-1] in verbs:
            tags[index] = "VBZ"
            return


_ADJECTIVE_ENDINGS = ("ant", "ent", "ous", "ful", "ive", "able", "ible", "ic", "al", "less")
_NAME_PARTICLES = frozenset(
    {"es", "de", "da", "del", "della", "di", "du", "des", "la", "le", "el", "al", "bin", "ibn",
     "van", "von", "der", "den", "dos", "das"}
)  # fmt: skip
_COMPOUND_ADJECTIVE = re.compile(
    r"(?!(?:re|co|pre|non|anti|self|counter|over|under|out|cross|de|un|mis)-)"
    r"[A-Za-z]{3,}-[a-z]+ed"
)


_COMPOUND_GERUND = re.compile(
    r"(?!(?:re|co|pre|non|anti|self|counter|over|under|out|cross|de|un|mis)-)"
    r"[A-Za-z]{3,}-[a-z]+ing"
)


def _verb_of_subordinate(words: Sequence[str], tags: list[str], verbs: Mapping[str, str]) -> None:
    """ "until UN secretary general Kofi Annan visits Baghdad": a clause opened by a
    subordinator, its subject a name, has a verb; a word after the name that the tagger took
    for a plural noun ("visits") and is a known verb with its "-s", before what can open its
    object, is that verb."""
    for index in range(2, len(words) - 1):
        word = words[index].lower()
        if tags[index] != "NNS" or tags[index - 1] != "NNP" or not word.endswith("s"):
            continue
        if word[:-1] not in verbs or tags[index + 1] not in _OBJECT_STARTS:
            continue
        start = index - 1  # back over the subject: "UN secretary general Kofi Annan"
        while start > 0 and index - start < 8 and tags[start - 1] in _SUBJECT_WORDS:
            start -= 1
        if start > 0 and words[start - 1].lower() in _CLAUSE_OPENERS:
            tags[index] = "VBZ"


_OBJECT_STARTS = frozenset({"NNP", "NNPS", "DT", "PRP", "PRP$", "CD"})
_SUBJECT_WORDS = frozenset({"NNP", "NNPS", "JJ", "NN", "DT", "POS"})
_CLAUSE_OPENERS = frozenset(
    {"until", "when", "after", "before", "because", "while", "once", "unless", "if", "as",
     "since", "although", "though", "whether", "said", "says"}
)  # fmt: skip


def _past_of_main_clause(
    words: Sequence[str],
    tags: list[str],
    past_forms: frozenset[str],
    verbs: Mapping[str, str],
) -> None:
    """ "The army sent/VBN in reinforcements", "Beijing/VBG warned/VBN the United States":
    the tagger often reads the past tense of a clause's only verb as a participle, and then
    the clause has no verb a headline can be built on. A participle that is also a past form,
    right after a noun phrase that opens the sentence or a clause, with no auxiliary before it
    and no finite verb of its own clause after it (which would make it a participle
    describing the noun: "the body found along a highway belonged to ..."), is the past tense.
    So is one right after the comma that closes a relative clause on the sentence's opening
    noun phrase ("Britain's Natural Law Party, which is putting forward ..., issued")."""
    if len(words) > 1 and tags[0] == "VBG" and words[0][:1].isupper() and tags[1] in _TENSED:
        tags[0] = "NNP"  # "Beijing warned": a name, not a participle opening the sentence
    if (
        len(words) > 1
        and tags[0] == "NNP"
        and words[0].lower().endswith("ing")
        and words[0].lower() in verbs
        and tags[1] in ("VBN", "VBD", "DT", "PRP$", "IN", "TO")
    ):
        tags[0] = "VBG"  # "Having carved a niche ...", "Facing a deadline": no name opens
    if (
        len(words) > 2
        and tags[0] == "VB"
        and tags[1] in ("NN", "NNS")
        and _finite_after(words, tags, 2)
    ):
        tags[0] = "NN"  # "Share prices ... closed up": no imperative opens a news sentence
    _plural_before_verb(words, tags)
    _plural_after_preposition(words, tags)
    for index in range(1, len(words) - 1):
        if (
            tags[index] == "VBG"
            and tags[index - 1] in ("NN", "NNS")
            and tags[index + 1] in ("MD", "VBZ", "VBD", "VBP")
            and words[index - 1][:1].islower()
        ):
            tags[index] = "NN"  # "allegations of money laundering/VBG must be removed"
    for index in range(1, len(words)):
        if tags[index] != "VBN":
            continue
        if not is_past_form(words[index], past_forms) and not _only_verb(words, tags, index):
            continue
        if _gapped(words, tags, index):
            continue
        if index + 1 < len(words) and words[index + 1].lower() == "by":
            continue  # "a motion submitted by Denmark": a passive participle
        before = index - 1
        while before > 0 and tags[before] == "RB" and words[before].lower() not in ("not", "n't"):
            before -= 1  # "Japan's consul general here called"
        if tags[before] == ",":
            opened = _relative_on_opening(words, tags, before)
        elif tags[before] in _NOUN_ENDS:
            start = _noun_phrase_start(words, tags, before)
            if _relative_subject(words, tags, start):
                # "the plan which the board approved", "the deal the company signed": a
                # relative clause needs its verb; the next one is the main clause's.
                tags[index] = "VBD"
                continue
            opened = _opens_clause(words, tags, start)
            if not opened and _agent_inside(words, tags, start):
                # "Israeli troops backed by 15 military jeeps raided": the participle's
                # phrase is inside the subject that opens the clause
                opened = _opens_clause(words, tags, _noun_phrase_start(words, tags, start - 3))
            if not opened:
                # "that the hanging of X on the first day of the festival caused": a
                # subject with its prepositional phrases opens the clause
                wider = _noun_phrase_start(words, tags, before, _INSIDE_SUBJECT)
                opened = wider < start and _opens_clause(words, tags, wider)
        else:
            continue
        if opened and not _finite_after(words, tags, index + 1):
            tags[index] = "VBD"


# Every word the treebank tags as a modal (and its spellings): no other word is one.
_MODALS = frozenset(
    {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "'ll", "'d",
     "ought", "need", "dare", "wo", "ca", "cannot", "sha", "wilt", "shalt", "ll", "d"}
)  # fmt: skip


def _agent_inside(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """Whether the noun phrase at ``start`` follows a noun's participle and "by"/"with"
    ("troops | backed by | 15 jeeps")."""
    return (
        start >= 3
        and words[start - 1].lower() in ("by", "with")
        and tags[start - 2] == "VBN"
        and tags[start - 3] in ("NN", "NNS", "NNP", "NNPS")
    )


def _gapped(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """ "Two Indians were reported killed and eight others injured": a participle after
    "and" and a noun phrase, when the clause before "and" ends in a passive participle, is
    that passive's second, gapped ("were") half, not a past tense."""
    start = _noun_phrase_start(words, tags, index - 1)
    if start < 3 or words[start - 1].lower() not in ("and", "but", "while"):
        return False
    before = start - 2
    if tags[before] != "VBN":
        return False
    return any(words[i].lower() in _BE for i in range(max(0, before - 3), before))


_BE = frozenset({"was", "were", "is", "are", "been", "be", "being"})


def is_past_form(word: str, past_forms: frozenset[str]) -> bool:
    """Whether ``word`` can be a past tense: one the treebank shows as one, or any regular
    "-ed" form ("edged", "amounted"): a regular verb's participle is its past tense, and the
    treebank shows the past tense of only about a thousand verbs."""
    word = word.lower()
    return word in past_forms or (len(word) > 4 and word.endswith("ed") and word.isalpha())


def _plural_before_verb(words: Sequence[str], tags: list[str]) -> None:
    """ "Rubber futures/VBZ in Singapore closed lower": a present tense right after the
    sentence's first noun, before a preposition, when the clause's own past tense follows
    with no boundary between, is the subject's plural noun."""
    if len(words) < 5 or tags[1] != "VBZ" or tags[0] not in ("NN", "NNP") or tags[2] != "IN":
        return
    if not words[1].lower().endswith("s") or words[1].lower() in SPEECH_VERBS:
        return
    for index in range(3, len(words)):
        tag = tags[index]
        if tag in ("CC", ",", ":", ".", "WDT", "WP", "IN") and index > 3 and tag != "IN":
            return
        if tag in ("VBD", "VBZ", "VBP", "MD"):
            if tags[index - 1] in ("NN", "NNS", "NNP", "NNPS"):
                tags[1] = "NNS"
            return


def _plural_after_preposition(words: Sequence[str], tags: list[str]) -> None:
    """ "who rose through the party ranks/VBZ to lead the city": a present tense ending a
    noun phrase that a preposition opens right after its clause's own verb is a plural noun;
    the clause has its verb already."""
    for index in range(3, len(words)):
        if tags[index] != "VBZ" or not words[index].endswith("s") or words[index][:1].isupper():
            continue
        if tags[index - 1] not in ("NN", "NNP", "NNS") or words[index].lower() in SPEECH_VERBS:
            continue
        start = _noun_phrase_start(words, tags, index - 1)
        if start < 2 or tags[start - 1] not in ("IN", "RP"):
            continue
        if words[start - 1].lower() in _CLAUSE_OPENERS or words[start - 1].lower() == "that":
            continue
        if tags[start - 2] in ("VBD", "VBZ", "VBP", "VBN"):
            tags[index] = "NNS"


def _only_verb(words: Sequence[str], tags: Sequence[str], index: int) -> bool:
    """ "Italian factory prices edged/VBN up 0.8 percent, the institute said": a regular
    participle right after the noun phrase opening the sentence, when no other verb but an
    attribution after a comma is finite, is the sentence's verb (the tagger knows too few
    verbs' past forms to tell it so)."""
    if not words[index].lower().endswith("ed") or tags[index - 1] not in ("NN", "NNS", "NNP"):
        return False
    if _noun_phrase_start(words, tags, index - 1) != 0:
        return False
    comma = False
    for later in range(len(words)):
        if later == index:
            continue
        if tags[later] == ",":
            comma = comma or later > index
        elif tags[later] in ("VBD", "VBZ", "VBP", "MD") and not (
            comma and later > index and words[later].lower() in SPEECH_VERBS
        ):
            return False
    return True


_TENSED = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})
# Prepositions inside a long subject: "the hanging of X on the first day of the festival".
_INSIDE_SUBJECT = frozenset({"on", "in", "at", "for", "from", "with"})
_NOUN_ENDS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "-RRB-"})
_PHRASE_TAGS = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "PRP$", "PRP",
     "-LRB-", "-RRB-", "HYPH"}
)  # fmt: skip


def _noun_phrase_start(
    words: Sequence[str], tags: Sequence[str], last: int, through: frozenset[str] = frozenset()
) -> int:
    """The first token of the noun phrase ending at ``last``, through "of" and "and" between
    nouns ("The number of entries and exits of Chinese mainland people"), and through the
    prepositions ``through`` after a noun ("the hanging of X on the first day of Y")."""
    start = last
    while start > 0 and (
        tags[start - 1] in _PHRASE_TAGS
        or (words[start - 1].lower() in ("of", "and", "&") and start > 1)
        or (
            words[start - 1].lower() in through
            and start > 1
            and tags[start - 2] in ("NN", "NNS", "NNP", "NNPS")
        )
    ):
        if tags[start] in ("DT", "PRP") and tags[start - 1] in ("NN", "NNS"):
            break  # "the deal | the company signed", "the principle | it upheld"
        start -= 1
    while start < last and words[start].lower() in ("of", "and", "&"):
        start += 1
    return start


def _relative_subject(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """Whether a noun phrase at ``start`` is the subject of a relative clause: after "which"
    or "whom", or a determiner right after the noun the clause describes."""
    if start == 0:
        return False
    if words[start - 1].lower() in ("which", "whom"):
        return True
    return tags[start] in ("DT", "PRP") and tags[start - 1] in ("NN", "NNS")


def _opens_clause(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """Whether a noun phrase at ``start`` opens a sentence or a clause (so it can be a
    subject), rather than being an object or a preposition's noun."""
    if start == 0:
        return True
    word = words[start - 1].lower()
    return (
        tags[start - 1] in (",", ":", "CC", "WDT", "WP")
        or word in _CLAUSE_OPENERS
        or word in ("that", "_", "--", "\u2014")
    )


def _relative_on_opening(words: Sequence[str], tags: Sequence[str], comma: int) -> bool:
    """Whether ``comma`` closes a relative clause ("which ...", "who ...") or an apposition on
    the noun phrase that opens the sentence, before any verb of the sentence's own."""
    first = 0
    while first < comma and tags[first] in _PHRASE_TAGS:
        first += 1
    if first == 0 or first + 1 >= comma or tags[first] != ",":
        return False
    if words[first + 1].lower() in ("which", "who"):
        return True
    # "Kwan, 25, settled", "The adviser, a former minister, said": an apposition, no verb
    return not any(tags[i] in _VERB_TAGS for i in range(first + 1, comma))


_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def _finite_after(words: Sequence[str], tags: Sequence[str], start: int) -> bool:
    """Whether a finite verb follows ``start`` in the same clause: up to a conjunction, a
    subordinator, a relative or "that"; an attribution after a comma (", officials said")
    does not count."""
    comma = False
    for index in range(start, len(words)):
        word, tag = words[index].lower(), tags[index]
        if tag in ("CC", "WDT", "WP", ":", ".") or word in _CLAUSE_OPENERS or word == "that":
            return False
        if tag == ",":
            comma = True
        elif tag in ("VBD", "VBZ", "VBP", "MD"):
            return not (comma and word in SPEECH_VERBS)
    return False
