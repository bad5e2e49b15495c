"""A pronoun opening a title that stands for a name in the same sentence (issue 9, section 1).

When the title's clause is a subordinate or coordinated clause ("... after it invaded Kuwait",
"... since they launched their offensive", "..., where he will hold a summit"), its "it",
"they", "he" or "she" is, nearly always, the subject of the clause it hangs on, when that
agrees with it: "Kabila's rebels have captured half the country since they launched their
offensive" -> "Kabila's rebels launched their offensive". An "it" whose governing subject
cannot be it ("International sanctions were imposed on Iraq after it invaded Kuwait") is the
nearest country or organisation named before it (Iraq). Nothing is guessed across sentences
here: a title opening its sentence with a pronoun is the article's to resolve
(:mod:`tui.extract.title_names`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from tui.extract.headline import clause_subject
from tui.extract.headline_fit import render, with_possessive
from tui.extract.names import BODY_HEADS, GENERIC_HEADS
from tui.extract.syntax.chunks import FINITE, SUBORDINATORS, TIME_WORDS, Parsed, VerbGroup
from tui.extract.syntax.lexicon import COGNITION, SPEECH_VERBS

_PRONOUNS = {
    "it": "it",
    "its": "it",
    "they": "they",
    "their": "they",
    "he": "person",
    "his": "person",
    "she": "person",
    "her": "person",
}
# What may come right before the pronoun: it opens a clause of its own inside the sentence.
_OPENERS = SUBORDINATORS | frozenset({"where", "when", "that", "and", "but", ","})
_BE = frozenset({"is", "was", "'s", "has", "had", "would", "will", "seems", "appears"})
# Collective nouns a "they" stands for.
_COLLECTIVE = frozenset({"police"})


def name_inner_pronoun(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    body: int,
    title: str,
    date: tuple[int, int] = (0, 0),
) -> str:
    """``title`` with its opening pronoun named as the module says, or unchanged. ``date``:
    where the event's date is in the sentence (characters), which the title left out."""
    words = title.split(" ", 2)
    kind = _PRONOUNS.get(words[0].lower()) if len(words) > 1 else None
    if kind is None:
        return title
    at = next(
        (
            i
            for i in range(max(body, 1), len(parsed.tokens) - 1)
            if parsed.word(i) == words[0].lower()
            and parsed.word(_after_adverbs(parsed, i + 1)) == words[1].lower()
            and parsed.tags[i] in ("PRP", "PRP$")
        ),
        None,
    )
    if at is None or not (
        parsed.word(at - 1) in _OPENERS or parsed.word(_before_date(parsed, at, date)) in _OPENERS
    ):
        return title
    if kind == "it" and words[0] == "It" and parsed.word(at + 1) in _BE:
        return title  # "it is due to ...", "it was reported": often no thing at all
    name = _governing(parsed, groups, body, at, kind)
    if not name and kind == "it":
        name = _nearest_body(parsed, body, at)
    if not name:
        return title
    if words[0].lower() in ("its", "their", "his", "her"):
        name = with_possessive(name)
    return name + title[len(words[0]) :]


def _after_adverbs(parsed: Parsed, index: int) -> int:
    """The first token from ``index`` on that is no adverb: "they also went" -> "went" (the
    title leaves "also" out)."""
    while index < len(parsed.tokens) - 1 and parsed.tags[index] == "RB":
        index += 1
    return index


def _before_date(parsed: Parsed, at: int, date: tuple[int, int]) -> int:
    """The token before the pronoun at ``at``, across the event's date that opens its clause
    ("said that | on March 24 | they had taken": "that"). ``at - 1`` when no date is there."""
    k = at - 1
    if k > 0 and parsed.tags[k] == ",":
        k -= 1  # "that on Tuesday, they"
    if not (date[0] < date[1] and k >= 0 and date[0] <= parsed.tokens[k].start < date[1]):
        return at - 1
    while k >= 0 and parsed.tokens[k].end > date[0]:
        k -= 1
    if k >= 0 and parsed.word(k) in ("on", "in", "at", "by", "since", "early", "late"):
        k -= 1
    return max(k, 0)


def _governing(
    parsed: Parsed,
    groups: Sequence[VerbGroup],
    body: int,
    at: int,
    kind: str,
    opening: bool = False,
) -> str:
    """The subject of the finite verb the pronoun's clause hangs on, when it agrees (for a
    sentence's ``opening`` subject, any name that is no person's may be an "it")."""
    # (Not a relative clause's verb: "the lorries which brought in the aid ..., from where
    # they were to be flown home" are the children's, the main clause's subject.)
    group = next(
        (
            g
            for g in reversed(groups)
            if g.finite
            and body <= g.end <= at - 1
            and (g.start == 0 or parsed.tags[g.start - 1] not in ("WDT", "WP"))
        ),
        None,
    )
    if group is None:
        return ""
    subject = clause_subject(parsed, groups, group, body)
    if subject is None:
        return ""
    start, end = subject
    tags = [parsed.tags[k] for k in range(start, end)]
    # The head is the noun before the subject's first preposition: "a list of candidates".
    last = next((k for k in range(start + 1, end) if parsed.tags[k] == "IN"), end) - 1
    head, head_tag = parsed.word(last), parsed.tags[last]
    if head_tag in ("PRP", "CD") or head in TIME_WORDS:
        return ""
    text = render(parsed, list(range(start, end)))
    if kind == "they":
        agrees = head_tag in ("NNS", "NNPS") or head in _COLLECTIVE
    elif kind == "it":
        body_name = head_tag in ("NNP", "NNPS") and (opening or _is_body(text))
        agrees = head_tag == "NN" or body_name
    else:
        agrees = all(tag == "NNP" for tag in tags) and 2 <= len(tags) <= 4 and not _is_body(text)
    return _capitalised(text) if agrees and len(text) <= 50 else ""


def _nearest_body(parsed: Parsed, body: int, at: int) -> str:
    """The nearest country or organisation the sentence names before token ``at``."""
    end = at
    while end > body:
        if parsed.tags[end - 1] in ("NNP", "NNPS"):
            start = end - 1
            while start > body and parsed.tags[start - 1] in ("NNP", "NNPS"):
                start -= 1
            if end < len(parsed.tags) and parsed.tags[end] == "POS":
                return ""  # "Serbia's war crimes court since it opened": the court's
            text = render(parsed, list(range(start, end)))
            return text if _is_body(text) else ""
        if parsed.tags[end - 1] in FINITE:
            return ""  # only within the clause the pronoun's hangs on
        end -= 1
    return ""


def _is_body(name: str) -> bool:
    """Whether ``name`` is a country or an organisation: the gazetteer's, or by its head."""
    from tui.extract.names import CORPORATE_SUFFIXES, ORG_HEADS

    last = name.split()[-1].rstrip(".")
    return name.casefold() in _bodies() or last in ORG_HEADS or last in CORPORATE_SUFFIXES


@functools.cache
def _bodies() -> frozenset[str]:
    from tui.extract.gazetteer import GAZETTEER
    from tui.model.timeline import ActorKind

    return frozenset(
        spelling.casefold()
        for entry in GAZETTEER
        if entry.kind is not ActorKind.PERSON
        for spelling in (entry.name, *entry.aliases)
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def name_they(title: str, text: str, start: int, persons: frozenset[str] = frozenset()) -> str:
    """``title`` opening with "They"/"Their" or "It"/"Its" (at offset ``start`` of ``text``
    its sentence does too) with the subject opening the sentence before, when it agrees:
    plural for "they" ("The refugees went on a five-month trek ... They escaped to Zaire" ->
    "The refugees escaped to Zaire"), a thing or a body for "it" ("The Independence,
    commissioned in 1959, is the Navy's oldest ship. It served in ..."), never one of
    ``persons`` (the article's people). Unchanged when the sentence before opens with
    anything else (a number, a pronoun, a person), which would be a guess; and for "It is",
    "It was", often no thing at all."""
    words = title.split(" ", 2)
    if len(words) < 2 or words[0] not in ("They", "Their", "It", "Its"):
        return title
    kind = "they" if words[0] in ("They", "Their") else "it"
    if words[0] == "It" and _expletive(words[1], words[2] if len(words) > 2 else ""):
        return title
    from tui.extract.syntax.chunks import parse, verb_groups  # the tagger loads late
    from tui.model.sentences import split_sentences

    # The sentence opens with the pronoun, or with a fronted phrase and it ("In 1994, it").
    opening = [w.lower() for w in text[start : start + 80].split()[:7]]
    comma = next((k for k, w in enumerate(opening) if w.endswith(",")), -1)
    linked = opening[1:2] if opening[:1] and opening[0] in _LINKS else []  # "Instead it called"
    if words[0].lower() not in (opening[:1] + opening[comma + 1 : comma + 2] + linked):
        return title
    head = text[max(0, start - 600) : start]
    before = split_sentences(head)
    if not before:
        return title
    parsed = parse(head[before[-1].start : before[-1].end])
    groups = verb_groups(parsed)
    first = next((g for g in groups if g.finite), None)
    if first is None:
        return title
    subject = clause_subject(parsed, groups, first, 0)
    if subject is None or not _opens(parsed, subject[0]):
        return title  # only a subject opening the sentence: "The refugees went ..."
    if any(parsed.tags[k] == "POS" for k in range(*subject)):
        return title  # "The state's police department ... It also saw": the state's, or it?
    name = _governing(parsed, groups, 0, first.end + 1, kind, opening=True)
    if not name or name in persons or any(name.endswith(" " + p.split()[-1]) for p in persons):
        return title
    rest = title[len(words[0]) :]
    return (with_possessive(name) if words[0] in ("Their", "Its") else name) + rest


def person_named_before(text: str, start: int, sentence: str, persons: Iterable[str]) -> str:
    """The person a title's "He", "She", "His" or "Her" stands for when the article's own
    resolver found no person subject (:func:`tui.extract.subjects.last_person`): of
    ``persons`` (the article's people, by full name), the one whose name, full or by one of
    its words, is the subject of a clause nearest before ``start`` in the last sentences
    ("Kamal would on Wednesday attend ... On Thursday, he would be briefed", "Hirsch said,
    ... His mission returned", "Wei, 47, had been recalled"), as a pronoun continues the
    subject; "" when none is. A name only mentioned ("a dinner for Kamal") is no subject,
    and the sentence's own subject before its pronoun counts ("De Larosiere, 67, has been
    asked ..., but says he has not made up his mind").
    """
    pronoun = _PRONOUN.search(sentence)
    end = start + (pronoun.start() if pronoun is not None else 0)
    head = text[max(0, start - _WINDOW) : end]
    people = [p for p in sorted(persons) if not any(w in _NOT_PEOPLE for w in p.split())]
    # ("US Air Force", "Adkinson Securities": a body the finder took for a person is none.)
    found = ""
    # One search for every capitalised run that is a clause's subject, nearest last.
    for match in _subject_run().finditer(head):
        run = match["run"].split()
        # ("President Kamal", "The Marine": the name may be the run's last words.)
        named = [p for p in people if any(_names(run[k:], p.split()) for k in range(len(run)))]
        if named:
            # At the same place, the fuller name ("Saddam Hussein" over "Saddam").
            found = max(named, key=len)
    return found


def _names(run: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a subject's capitalised ``run`` names the person of ``words``: the whole name,
    its surname last ("De Larosiere", "Mr. Hirsch"), or one word alone that is its first or
    last ("Kamal", "Wei", "Mahathir")."""
    if list(run) == list(words) or (len(words) >= 2 and run[-1] == words[-1]):
        return True
    return len(run) == 1 and len(run[0]) > 2 and run[0] in (words[0], words[-1])


@functools.cache
def _subject_run() -> re.Pattern[str]:
    """A capitalised run (a name, with a particle: "De Larosiere") as a subject: its verb
    after it, across an apposition ("Wei, 47, had", "Dean Hirsch, president of ..., told")."""
    from tui.extract.subjects import ADVERB, VERB

    word = r"[A-Z][\w\-'\u2019.]*"
    particle = r"(?:de|du|da|di|van|von|le|la|al|el|bin)"
    return re.compile(
        rf"(?<![\w\-'\u2019])(?P<run>{word}(?:[ \t]+(?:{particle}[ \t]+)?{word}){{0,3}})"
        rf"(?:['\u2019]s)?(?:,[^,.;:\"\u201c\u201d]{{1,80}},)?[ \t]+(?:{ADVERB})?{VERB}"
    )


def _expletive(verb: str, rest: str) -> bool:
    """Whether "It" before ``verb`` and ``rest`` may stand for no thing: "It is likely that",
    "It was reported", "It has been said", "It would be wrong"; not "It is due to return",
    "It was captured", "It had income of ...", "It called for ..."."""
    following = rest.split(" ", 2)
    after = following[0] if following else ""
    if verb in ("is", "was", "'s"):
        if after in _SCHEDULED:
            return False
        participle = after.endswith(("ed", "en")) and after not in SPEECH_VERBS | COGNITION
        return not participle or (len(following) > 1 and following[1] == "that")
    if verb in ("has", "had"):
        return after == "to" or (
            after == "been" and len(following) > 1 and following[1] in SPEECH_VERBS | COGNITION
        )
    if verb in ("would", "will"):
        return after in ("be", "have", "take")
    return verb in ("seems", "appears")


# "It is due to return", "It was scheduled to open": a thing's plan.
_SCHEDULED = frozenset({"due", "expected", "scheduled", "set", "slated", "planned", "to"})
# A link word before a sentence's subject: "Instead it called", "But they said".
_LINKS = frozenset(
    {"but", "and", "instead", "yet", "so", "then", "also", "still", "later", "meanwhile", "now"}
)


def _opens(parsed: Parsed, start: int) -> bool:
    """Whether a subject at token ``start`` opens its sentence, or follows only a fronted
    phrase and its comma ("On Wednesday, the employers' organisation said ...")."""
    if start == 0:
        return True
    if parsed.tags[start - 1] != "," or start > 8:
        return False
    return not any(parsed.tags[k].startswith(("VB", "MD")) for k in range(start - 1))


_WINDOW = 700  # about three sentences back
_PARTICLES = frozenset({"de", "du", "da", "di", "van", "von", "le", "la", "al", "el", "bin"})
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")
_NOT_PEOPLE = (
    GENERIC_HEADS | BODY_HEADS | frozenset({"Securities", "Holdings", "Capital", "Markets"})
)
