"""Titles of happenings named by nouns, dated on the noun (issue 9, section 1).

"the November 1995 assassination of Rabin at a Tel Aviv peace rally" -> "Rabin assassinated at
a Tel Aviv peace rally"; "its 1988 recapitalization" -> "Shoney's Inc. recapitalized"; "the Aug.
7 bombings at American embassies in Kenya" -> "Bombings at American embassies in Kenya".
"the larger protests of early December, when hundreds of thousands rallied": the "when"
clause's happening (:func:`when_of_date`). Used by :func:`tui.extract.titles.event_title`
before it looks for the date's verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.gist import speaker_text
from tui.extract.headline import clause_subject
from tui.extract.headline_fit import (
    MAX_TITLE,
    clean,
    joins_names,
    render,
    trim,
    with_possessive,
)
from tui.extract.headline_ranks import without_rank
from tui.extract.syntax.chunks import Parsed, VerbGroup, phrase_start, subject_before
from tui.extract.syntax.clauses import complement_end

# Nouns of happenings, as the participle a headline writes for them: "the November 1995
# assassination of Rabin" is "Rabin assassinated".
_EVENT_NOUNS = {
    "assassination": "assassinated", "bombing": "bombed", "killing": "killed",
    "slaying": "slain", "murder": "murdered", "shooting": "shot", "kidnapping": "kidnapped",
    "abduction": "abducted", "arrest": "arrested", "invasion": "invaded",
    "annexation": "annexed", "execution": "executed", "capture": "captured",
    "recapitalization": "recapitalized", "restructuring": "restructured",
    "attack": "attacked", "finding": "found", "discovery": "discovered",
}  # fmt: skip


def event_noun_title(parsed: Parsed, start: int, end: int) -> str:
    """ "the November 1995 assassination of Rabin at a Tel Aviv peace rally" -> "Rabin
    assassinated at a Tel Aviv peace rally": the date on a noun of a happening dates that
    happening, whose headline is what the noun says happened to whom. ``""`` otherwise."""
    tokens = parsed.tokens
    first_date = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    before = _happening_of_before(parsed, first_date)
    if before:
        return before
    after = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    if after + 2 < len(tokens) and parsed.word(after + 1) in _WHERE:
        return _happening_where(parsed, after)
    if after + 2 >= len(tokens) or parsed.word(after + 1) != "of":
        return ""
    participle = _EVENT_NOUNS.get(parsed.word(after))
    if participle is None:
        return ""
    first = after + 2
    stop = complement_end(parsed, first)
    # The noun phrase that underwent it ends at its first preposition or verb: "of Rabin |
    # at a rally", "of Dr. Barnett Slepian | to begin presenting a case".
    cut = next(
        (
            i
            for i in range(first + 1, stop)
            if parsed.word(i) in _PREPOSITIONS
            or parsed.tags[i] in ("TO", "WDT", "MD", "VBD", "VBZ")
        ),
        stop,
    )
    # Where it happened goes with it ("at a Tel Aviv peace rally"); anything else does not.
    rest = list(range(cut, stop)) if parsed.word(cut) in _WHERE else []
    rest = rest[
        : next(
            (
                k
                for k, i in enumerate(rest)
                if parsed.tags[i] in ("TO", "WDT", "VBD", "VBZ", "VBG", "MD")
            ),
            len(rest),
        )
    ]
    if parsed.tags[first] == "DT":
        first += 1  # headline style: "Birmingham, Ala., abortion clinic bombed"
    if cut <= first:
        return ""
    pieces = trim(parsed, [*range(first, cut), participle], rest, MAX_TITLE)
    return clean(render(parsed, pieces))


def _happening_of_before(parsed: Parsed, date: int) -> str:
    """ "With the finding of a buried rifle 11 days ago" -> "Buried rifle found": a date right
    after "<noun of a happening> of <noun phrase>" dates that happening, to what the phrase
    names. ``""`` otherwise."""
    while date > 0 and parsed.word(date - 1) in ("on", "in", "at", "last", "this", "early"):
        date -= 1  # "the arrest of John Smith on Tuesday"
    if date < 3 or parsed.tags[date - 1] not in ("NN", "NNS", "NNP", "NNPS"):
        return ""
    first = phrase_start(parsed, date - 1)
    if first < 2 or parsed.word(first - 1) != "of":
        return ""
    participle = _EVENT_NOUNS.get(parsed.word(first - 2))
    if participle is None or parsed.tags[first - 2] not in ("NN", "VBG"):
        return ""
    if parsed.tags[first] in ("DT", "PRP$") and parsed.word(first) != "his":
        first += 1  # headline style: "Buried rifle found"
    return clean(render(parsed, [*range(first, date), participle]))


def _happening_where(parsed: Parsed, noun: int) -> str:
    """ "the Aug. 7 bombings at American embassies in Kenya and Tanzania" -> "Bombings at
    American embassies in Kenya and Tanzania": a dated noun of a happening with where it
    happened titles that happening, as a headline noun phrase. ``""`` otherwise."""
    word = parsed.word(noun)
    if word not in _EVENT_NOUNS and not (word.endswith("s") and word[:-1] in _EVENT_NOUNS):
        return ""
    stop = noun + 1
    while stop < len(parsed.tokens):
        tag = parsed.tags[stop]
        if (
            tag in ("VBZ", "VBP")
            and parsed.tags[stop - 1] in ("NNP", "JJ")
            and parsed.tags[stop - 2] == "IN"
        ):
            stop += 1  # "at American embassies": a plural noun the tagger read as a verb
            continue
        if tag in ("TO", "WDT", "WP", "MD", "VBD", "VBZ", "VBP", "VBG", ",", ".", ":"):
            break
        if tag == "CC" and not joins_names(parsed, stop):
            break
        stop += 1
    if stop <= noun + 2:
        return ""
    pieces = trim(parsed, [noun], list(range(noun + 1, stop)), MAX_TITLE)
    return clean(render(parsed, pieces))


def owned_event_title(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "The restaurant operator cited transaction costs from its 1988 recapitalization" ->
    "The restaurant operator recapitalized": a happening noun its clause's subject owns ("its",
    "his", "their"), dated on the noun."""
    first, last = span
    if first == 0 or last >= len(parsed.tokens):
        return ""
    owner = parsed.word(first - 1)
    participle = _EVENT_NOUNS.get(parsed.word(last))
    if participle is None or owner not in ("its", "his", "her", "their"):
        return ""
    if last + 1 < len(parsed.tokens) and parsed.word(last + 1) == "of":
        return ""  # "his 1995 arrest of the suspects": the owner did it, to someone
    # (The main verb; a past tense the tagger read as a participle will do: "cited".)
    verb = next((g for g in reversed(groups) if g.end <= first - 1), None)
    subject = clause_subject(parsed, groups, verb, body) if verb is not None else None
    if subject is None or parsed.tags[subject[0]] == "PRP":
        return ""
    return clean(f"{speaker_text(parsed, subject)} {participle}")


_PREPOSITIONS = frozenset(
    {"at", "in", "on", "near", "outside", "inside", "by", "from", "with", "during", "after",
     "before", "for", "to", "over", "into"}
)  # fmt: skip
_WHERE = frozenset({"at", "in", "near", "outside", "inside", "on"})


_MEETINGS = frozenset({"meeting", "meetings", "talks", "summit", "consultations"})


def meeting_title(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "Adams kept his party out pending meetings with Prime Minister Tony Blair 10 days ago
    and President Clinton last week": a date right after a participant of a meeting noun
    dates that meeting: "Gerry Adams met Tony Blair" (or "... to meet ..." when the clause
    is not in the past). ``""`` otherwise."""
    first = span[0]
    name_end = first
    k = first - 1
    while k >= 0 and (parsed.tags[k] in ("NNP", "NNPS") or parsed.word(k) == "of"):
        k -= 1
    name_start = k + 1
    if name_start >= name_end or k < 1:
        return ""
    # Back over earlier participants ("with A 10 days ago and B last week") to "with".
    while k >= 1 and parsed.word(k) != "with":
        if parsed.tags[k] in (",", ".", ":") or parsed.tags[k] in ("VBD", "VBZ", "VBP", "MD"):
            return ""
        k -= 1
    if k < 1 or parsed.word(k - 1) not in _MEETINGS:
        return ""
    verb = next((g for g in reversed(groups) if g.end <= k - 1 and g.finite), None)
    if verb is None:
        return ""
    subject = clause_subject(parsed, groups, verb, body)
    if subject is None or parsed.tags[subject[0]] == "PRP":
        return ""
    name = without_rank(parsed, list(range(name_start, name_end)))
    past = parsed.tags[verb.start] == "VBD" or parsed.word(verb.start) in ("had", "has", "have")
    verb_text = "met" if past else "to meet"
    who = without_rank(parsed, list(range(subject[0], subject[1])))
    return clean(f"{render(parsed, who)} {verb_text} {render(parsed, name)}")


def payable_title(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov.
    17": the payment date dates the payment, "ONEIDA Ltd.'s 10% stock dividend payable"; the
    record date "... record date". ``""`` otherwise."""
    first = span[0]
    if first < 3:
        return ""
    if parsed.word(first - 1) == "payable":
        word = "payable"
    elif parsed.word(first - 1) == "record" and parsed.word(first - 2) == "of":
        word = "record date"
    else:
        return ""
    comma = next((i for i in range(first - 1, -1, -1) if parsed.tags[i] == ","), None)
    verb = next((g for g in reversed(groups) if comma and g.end <= comma and g.finite), None)
    if comma is None or verb is None:
        return ""
    subject = clause_subject(parsed, groups, verb, body)
    obj = list(range(verb.end, comma))
    if subject is None or not obj or parsed.tags[subject[0]] == "PRP":
        return ""
    if parsed.tags[obj[0]] == "DT":
        obj = obj[1:]
    owner = with_possessive(speaker_text(parsed, subject))
    return clean(f"{owner} {render(parsed, obj)} {word}")


# Heads of noun phrases that name a happening: "last month's Campeau Corp. credit squeeze".
_HAPPENING_HEADS = frozenset(
    {"squeeze", "crash", "collapse", "strike", "strikes", "visit", "election", "elections",
     "merger", "takeover", "bombing", "bombings", "attack", "attacks", "earthquake", "flood",
     "floods", "summit", "coup", "invasion", "assassination", "murder", "killing", "shooting",
     "explosion", "blast", "fire", "riot", "riots", "protest", "protests", "walkout", "raid",
     "bankruptcy", "default", "verdict", "ruling", "referendum", "resignation", "arrest"}
)  # fmt: skip


_NOUN_WORDS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "HYPH"})


def dated_happening_title(parsed: Parsed, span: tuple[int, int]) -> str:
    """ "double the level of the week following last month's Campeau Corp. credit squeeze":
    a date owning a noun phrase that names a happening dates that happening, titled by the
    noun phrase, as the gold writes it ("Campeau Corp. credit squeeze"). ``""`` otherwise."""
    first, last = span
    if last <= first or last >= len(parsed.tokens) or parsed.tags[last - 1] != "POS":
        return ""
    end = last
    while end < len(parsed.tokens) and parsed.tags[end] in (
        "NNP",
        "NNPS",
        "NN",
        "NNS",
        "JJ",
        "HYPH",
    ):
        end += 1
    if end - last < 1 or parsed.word(end - 1) not in _HAPPENING_HEADS:
        return ""
    if not any(parsed.tags[i] in ("NNP", "NNPS") for i in range(last, end)):
        return ""  # "next year's general elections": which ones is not said
    return clean(render(parsed, list(range(last, end))))


def agent_participle_title(parsed: Parsed, group: VerbGroup, span: tuple[int, int]) -> str:
    """ "a hostile takeover bid launched last week by Cie. Financiere de Paribas at 1,850
    francs" -> "Cie. Financiere de Paribas launched a hostile takeover bid at 1,850 francs":
    a date on a participle after a noun, with its agent after "by", dates what the agent did
    to the noun; the headline is active. ``""`` when ``group`` is no such participle."""
    verb = group.start
    if group.end - verb != 1 or parsed.tags[verb] not in ("VBN", "VBD") or verb < 1:
        return ""
    if not parsed.word(verb).endswith("ed") or parsed.tags[verb - 1] not in ("NN", "NNS"):
        return ""  # (an irregular participle is not its past tense: "taken", "hidden")
    by = span[1] if span[0] == verb + 1 else verb + 1
    if by + 1 >= len(parsed.tokens) or parsed.word(by) != "by" or parsed.tags[by + 1] != "NNP":
        return ""
    agent_end = by + 1
    while agent_end < len(parsed.tokens) and parsed.tags[agent_end] in ("NNP", "NNPS", "POS"):
        agent_end += 1
    if parsed.tags[agent_end - 1] == "POS":
        # "by Laurent Kabila's guerrillas": the agent is what the name owns
        while agent_end < len(parsed.tokens) and parsed.tags[agent_end] in ("NN", "NNS", "JJ"):
            agent_end += 1
    after = span[1] if span[0] == agent_end else agent_end
    if after < len(parsed.tokens) and parsed.tags[after] in ("MD", "VBD", "VBZ", "VBP"):
        return ""  # "the towns conquered by X (since October) were putting up": a subject
    noun = verb - 1
    first = phrase_start(parsed, noun)
    stop = complement_end(parsed, agent_end, [span])
    rest = [i for i in range(agent_end, stop) if not span[0] <= i < span[1]]
    pieces = trim(
        parsed, [*range(by + 1, agent_end), verb, *range(first, noun + 1)], rest, MAX_TITLE
    )
    return clean(render(parsed, pieces))


_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today"}
)  # fmt: skip
_PHRASE_TAGS = frozenset(
    {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "IN", "CC", ",", "HYPH", "POS"}
)


def _happening_head(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") else word
    return word in _HAPPENING_HEADS or word in _EVENT_NOUNS or singular in _EVENT_NOUNS


def happening_before_date_title(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "The Cypriot government Saturday condemned two terrorist bomb attacks in Kenya and
    Tanzania Friday" -> "Two terrorist bomb attacks in Kenya and Tanzania": a date right after
    a noun phrase of a happening (with where it happened) dates that happening, when the verb
    cannot take it: the verb has its own day, or is in the present perfect ("has
    intensified interest in Kopp as a suspect in three sniper attacks ... between 1994 and
    1997"). ``""`` otherwise."""
    tags = parsed.tags
    first = span[0]
    end = first - 1 if first > 0 and tags[first - 1] == "," else first
    head = None
    for k in range(end - 1, max(body, end - 18) - 1, -1):
        if tags[k] not in _PHRASE_TAGS:
            return ""
        if tags[k] in ("NN", "NNS") and _happening_head(parsed.word(k)):
            head = k
            break
    if head is None:
        return ""
    start = phrase_start(parsed, head)
    # Happenings counted and placed, as a headline names them: "two ... attacks in Kenya",
    # not "the past five elections" nor "a mass strike" (which need their actor).
    counted = parsed.tags[start + (parsed.tags[start] == "DT")] == "CD"
    placed = head + 1 < end and parsed.tags[head + 1] == "IN"
    if not (counted and placed and parsed.tags[head] == "NNS"):
        return ""
    verb = next((g for g in reversed(groups) if g.finite and g.end <= start), None)
    if verb is None or verb.start < body:
        return ""
    words = [parsed.word(i) for i in range(verb.start, verb.end)]
    dated = any(parsed.word(i) in _WEEKDAYS for i in range(body, verb.start))
    present = words[0] in ("has", "have") and tags[verb.end - 1] == "VBN"
    if not (dated or present) or parsed.word(start - 1) == "that":
        return ""
    if tags[start] == "DT":
        start += 1  # headline style: "Attacks in Kenya and Tanzania"
    pieces = trim(parsed, list(range(start, end)), [], MAX_TITLE)
    return clean(render(parsed, pieces))


# A gathering named by a noun, as the verb a headline writes for it.
_GATHERINGS = {
    "rally": "rallied", "march": "marched", "protest": "protested",
    "demonstration": "demonstrated", "vigil": "held a vigil",
}  # fmt: skip


def gathering_title(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> str:
    """ "Tens of thousands of people paid tribute to the men who ... in a rally Saturday
    demanding the return of Elian Gonzalez" -> "Tens of thousands of people rallied demanding
    the return of Elian Gonzalez": a date on a gathering the sentence's subject held dates the
    gathering, told with its purpose. ``""`` otherwise."""
    first, last = span
    if first < 3 or parsed.word(first - 2) not in ("a", "the"):
        return ""
    verb_word = _GATHERINGS.get(parsed.word(first - 1))
    if verb_word is None or parsed.word(first - 3) not in ("in", "at", "during"):
        return ""
    # The sentence's subject: the noun phrase opening it, before its first verb.
    main = next((g for g in groups if g.start > body), None)
    subject = subject_before(parsed, main.start) if main is not None else None
    if subject is None or subject[0] != body or main.start >= first:
        return ""
    if parsed.tags[subject[0]] == "PRP":
        return ""
    stop = complement_end(parsed, last)
    rest = list(range(last, stop))
    if rest and parsed.tags[rest[0]] != "VBG":
        rest = []  # only its purpose: "demanding the return of Elian Gonzalez"
    pieces = trim(parsed, [*range(*subject), verb_word], rest, MAX_TITLE)
    return clean(render(parsed, pieces))


def when_of_date(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> VerbGroup | None:
    """ "a return to the larger demonstrations of early December, when hundreds of thousands
    of people rallied": a date that only modifies a noun ("of", "since") and is followed by a
    "when" clause is the date of what that clause tells; its verb, or None. Not a state ("in
    1959, when he was 20")."""
    start, end = span
    if start <= body or _NOUN_DATE_LINKS.isdisjoint({parsed.word(start - 1), parsed.word(start)}):
        return None
    after = end + 1 if end < len(parsed.tags) and parsed.tags[end] == "," else end
    if after >= len(parsed.tags) or parsed.word(after) != "when":
        return None
    group = next((g for g in groups if g.start > after), None)
    if group is None or group.start - after > 8 or parsed.word(group.start) in _BE_FORMS:
        return None
    if (
        not group.finite
        and parsed.tags[group.start] == "VBN"
        and group.end - group.start == 1
        and parsed.tags[group.start - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP")
    ):
        # "when hundreds of thousands of people rallied/VBN": a participle right after its
        # subject, with no auxiliary, is the clause's past tense
        return VerbGroup(group.start, group.end, True)
    return group if group.finite else None


def main_subject_for_pronoun(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int, title: str
) -> str:
    """ "Savimbi has not appeared since 1992, when his party lost": the "he" or "his" of the
    "when" clause is the main clause's subject when that is a name ("Savimbi's party lost")."""
    pronoun = re.match(r"(He|She|It|His|Her|Its)\b", title)
    main = next((g for g in reversed(groups) if g.finite and body <= g.end <= span[0]), None)
    subject = subject_before(parsed, main.start) if pronoun and main else None
    if subject is None or any(parsed.tags[k] != "NNP" for k in range(*subject)):
        return title
    name = render(parsed, list(range(*subject)))
    if pronoun[1] in ("His", "Her", "Its"):
        name = with_possessive(name)
    return name + title[pronoun.end() :]


_BE_FORMS = frozenset({"is", "was", "were", "are", "'s", "had", "has", "have"})
_NOUN_DATE_LINKS = frozenset({"of", "since"})
