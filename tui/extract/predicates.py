"""What a sentence says happened: its verbs and their nouns, as lemmas, by which
:mod:`tui.extract.happenings` tells two reports of one happening.

Split from :mod:`tui.extract.happenings` (code moved unchanged; three sets made public).
"""

from __future__ import annotations

import functools
import re

from tui.extract.syntax.chunks import TIME_WORDS, parse

# Words that say nothing about what happened: speech, time, quantity, and news boilerplate.
NOT_PREDICATE = frozenset(
    re.findall(
        r"\w+",
        "said says told tell telling also would could should will might must have been being "
        "were that this these those there their they them then than what when where which while "
        "with without from into onto about after before over under more most many much some such "
        "other others only just very said year years week weeks month months today yesterday "
        "tomorrow monday tuesday wednesday thursday friday saturday sunday morning evening night "
        "time times people official officials government report reports reported according "
        "statement news agency percent first last least between against during since until "
        "because however though although does doing done make made like well back still even "
        "told added adding says saying",
    )
)
# Irregular past forms that are no present or participle of another verb: what
# status._ACTIVE_PAST reads as a past without the tagger. (Not "cut", "set", "heard": with
# those, "cut off water supply ... on Wednesday" and "adjourned till Tuesday after the court
# heard ..." were told as past, planned made occurred.)
PLAIN_PAST = frozenset(
    re.findall(
        r"\w+",
        "found stood met left went came took made gave held began won lost fell rose sent saw "
        "led struck spoke flew fled sought brought bought kept paid wrote chose drove broke "
        "became ran told said",
    )
)
# Common irregular past forms, for the rules that read a past tense without the tagger
# (events.has_verb; commentary's figures told as done).
IRREGULAR_PAST = PLAIN_PAST | frozenset(
    re.findall(
        r"\w+",
        "got put set cut hit let shut quit heard meant spent built felt "
        "thought knew lay rode rang sang sank shook shot slept sold stuck stole swore swept "
        "taught tore threw wore withdrew fought hung hid ate froze grew drew blew",
    )
)
# The same, as a regular expression alternation.
IRREGULAR_PAST_PATTERN = "|".join(sorted(IRREGULAR_PAST))


# Verbs that carry tense or voice, not a happening; and nouns that say when, not what.
_LIGHT_VERBS = frozenset(
    re.findall(
        r"\S+",
        "be is are was were been being am 's have has had having do does did done doing will "
        "would shall should can could may might must get got gets take took taken make made",
    )
)
_IRREGULAR = {
    "died": "die", "dies": "die", "dying": "die", "killed": "kill", "shot": "shoot",
    "fled": "flee", "met": "meet", "meeting": "meet", "meetings": "meet", "left": "leave",
    "began": "begin", "begun": "begin", "won": "win", "lost": "lose", "held": "hold",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "struck": "strike",
    "sent": "send", "sought": "seek", "told": "tell", "spoke": "speak", "stood": "stand",
    "came": "come", "went": "go", "gone": "go", "gave": "give", "given": "give", "saw": "see",
    "seen": "see", "hit": "hit", "led": "lead", "paid": "pay", "sold": "sell", "bought": "buy",
    "caught": "catch", "brought": "bring", "found": "find", "chose": "choose", "wrote": "write",
}  # fmt: skip
# Saying is how a happening is reported, not what happened ("declared", "announced" are).
_SAYING = frozenset(
    re.findall(r"\S+", "say says said saying tell tells told telling add adds added adding")
)
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
# Dates and clock times say when, not what: years, days of the month, months, "4:38 p.m. ET",
# and a live page's "(Update ...)" stamps, which every post of one day shares.
_WHEN = re.compile(
    r"1[5-9]\d\d|20\d\d|\d{1,2}(?:st|nd|rd|th)?|\d+[:.]\d+|[ap]\.?m|noon|midnight|"
    r"et|gmt|bst|edt|est|utc|local|update|updated|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?"
)


@functools.lru_cache(maxsize=8192)
def predicate_of(sentence: str, start: int = 0, end: int | None = None) -> frozenset[str]:
    """What ``sentence`` (or its words in ``[start, end)``, a quote) says happened, as
    lemmas: its verbs (``v:kill``; no speech or auxiliary verbs) and its nouns, names and
    figures (``n:embassy``, ``n:nairobi``, ``n:109``; no dates or times). Two reports of one
    happening share a verb and some of its nouns, however each frames it."""
    parsed = parse(sentence)
    end = len(sentence) if end is None else end
    lemmas = set()
    pieces = _PIECES
    for token, tag in zip(parsed.tokens, parsed.tags, strict=True):
        if not start <= token.start < end:
            continue
        key = (token.text, tag)
        piece = pieces.get(key, _NOT_SEEN)
        if piece is _NOT_SEEN:
            piece = _piece(token.text, tag)
            if len(pieces) < _PIECES_KEPT:
                pieces[key] = piece
        if piece is not None:
            lemmas.add(piece)
    return frozenset(lemmas)


# What a word with its tag gives a predicate, remembered per word and tag (most recur).
_PIECES: dict[tuple[str, str], str | None] = {}
_PIECES_KEPT = 200_000
_NOT_SEEN = object()


def _piece(text: str, tag: str) -> str | None:
    """The lemma a token (its text and tag) gives a predicate (``v:kill``, ``n:embassy``), or
    None when it says nothing about what happened."""
    word = text.lower().strip(".'\u2019")
    if len(word) < 2 or word in TIME_WORDS or _WHEN.fullmatch(word):
        return None
    if tag.startswith("VB"):
        if word in _LIGHT_VERBS or word in _SAYING:
            return None
        return "v:" + lemma(word)
    if tag in _NOUN_TAGS and word not in NOT_PREDICATE:
        return "n:" + lemma(word)
    return None


def lemma(word: str) -> str:
    """A crude lemma, the same for a word's forms: "embassies" and "embassy", "killing" and
    "killed", "arrived" and "arrive", "stopped" and "stop"."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.isdigit() or len(word) <= 3:
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ings", ""), ("ing", ""),
                                ("ed", ""), ("s", "")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "stopped", "ripping"
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word[:7]


# Verbs too common to say two reports tell one thing.
GENERIC_VERBS = frozenset(
    "v:" + lemma(word) for word in re.findall(r"\w+", "go come put set want need see know use")
)

# Verbs of a happening's phase, not of what happened ("began to promote", "began to arrive").
ASPECT_VERBS = frozenset(
    "v:" + lemma(word)
    for word in re.findall(r"\w+", "begin start continue keep stop resume try include remain")
)
# How a report was sourced or counted, not what happened: "Interfax quoted the same sources",
# "rose ... to 9.414 billion dollars" / "rose ... to 3.639 billion dollars".
NOT_SAME_DAY = frozenset(
    ["v:" + lemma(word) for word in ("quote", "quoted", "cite", "cited")]
    + [
        "n:" + lemma(word)
        for word in re.findall(
            r"\w+",
            "source sources report reports agency newspaper paper billion million thousand "
            "hundred dollar dollars percent pound pounds yen euro euros yuan ton tons",
        )
    ]
)
