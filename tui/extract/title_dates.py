"""Which tokens of a sentence are the event's date, that a title leaves out (issue 9 s.1).

The date and the words leading into it go ("departed Pyongyang | on Sunday night |"); a date
that modifies a noun leaves only itself ("the 1996 Olympic bombing"); a limit stays ("will
not be made until mid-May": without it the title says the opposite), and so does a date that
is its verb's subject ("Sunday will see the first round of the polls"). Split from
:mod:`tui.extract.titles`.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.syntax.chunks import Parsed, VerbGroup
from tui.extract.syntax.lexicon import DATE_LEAD, TIME_NOUNS


def dropped_date(
    parsed: Parsed, groups: Sequence[VerbGroup], start: int, end: int, body: int
) -> tuple[int, int]:
    """Token span of what a title drops for the date at characters ``[start, end)``: empty
    (at the date's end) when the title keeps it."""
    span = _aside(parsed, date_span(parsed, start, end))
    if _limit_before(parsed, span) or _date_as_subject(parsed, groups, span, body):
        return span[1], span[1]
    if _start_of_state(parsed, groups, span):
        # (empty at the date's start: "since" opens no other clause for the verb's search)
        return span[0], span[0]
    if _of_a_noun(parsed, span) or _date_as_object(parsed, span) or _before_noun(parsed, span):
        return span[1], span[1]
    return span


def _aside(parsed: Parsed, span: tuple[int, int]) -> tuple[int, int]:
    """ "around the days _ in 1994, 1995 and 1997 _ that three doctors were shot": a date in
    an aside between dashes goes with all the aside holds (the other dates of its list too);
    ``span`` itself when the date is in no such aside."""
    first, last = span
    tokens, tags = parsed.tokens, parsed.tags
    opening = first - 1
    while opening >= 0 and opening >= first - 3 and tags[opening] in ("IN", "DT"):
        opening -= 1
    if opening < 0 or tokens[opening].text not in _DASHES:
        return span
    closing = last
    while closing < len(tokens) and closing <= last + 8 and tags[closing] in _LIST_TAGS:
        closing += 1
    if closing >= len(tokens) or tokens[closing].text != tokens[opening].text:
        return span
    return opening + 1, closing  # (the dashes stay: they are the clause's boundaries)


_DASHES = frozenset({"_", "--", "\u2014", "\u2013"})
# What may follow the date inside its aside: more dates of a list ("1994, 1995 and 1997").
_LIST_TAGS = frozenset({"CD", ",", "CC", "NNP", "IN"})


def span_range(span: tuple[int, int]) -> range:
    return range(span[0], span[1])


def _before_noun(parsed: Parsed, span: tuple[int, int]) -> bool:
    """ "vetted 495 candidates for December 15 poll": a date between a preposition and its
    noun, written without "the", names which poll; without it the title reads "candidates
    poll". Not a noun that opens the next clause ("on Monday police arrested")."""
    first, last = span
    if last >= len(parsed.tags) or parsed.tags[first] != "IN" or last - first < 2:
        return False
    if parsed.tags[last] not in ("NN", "NNS") or parsed.word(last) in TIME_NOUNS:
        return False
    if parsed.tags[last - 1] not in ("CD", "NNP"):
        return False  # "Throughout the past week | trade officials have": a time, then a subject
    following = parsed.tags[last + 1] if last + 1 < len(parsed.tags) else "."
    return following in (",", ".", ":", "IN", "CC", "TO")


def _date_as_object(parsed: Parsed, span: tuple[int, int]) -> bool:
    """ "set Friday as the deadline", "named 2010 as the target year": a date right after
    its verb and before "as" is the verb's object; without it the title reads "set as the
    deadline"."""
    first, last = span
    tags = parsed.tags
    if first < 1 or last + 1 >= len(tags) or parsed.word(last) != "as":
        return False
    if not tags[first - 1].startswith("VB") or any(
        tags[i] not in ("NNP", "CD") for i in span_range(span)
    ):
        return False  # "climbed on Monday as forecasts ...": a time, not an object
    if first >= 2 and tags[first - 2] in ("NN", "NNS", "NNP", "NNPS"):
        return False  # "the talks announced Wednesday as ...": a participle describing a noun
    return tags[last + 1] in ("DT", "PRP$", "JJ", "NN", "NNS")  # "as the deadline", not a clause


def _of_a_noun(parsed: Parsed, span: tuple[int, int]) -> bool:
    """ "voted Asia's team of the year", "the events of September 11": a date after a noun's
    "of" is part of the noun phrase; without it the title would end in "of" or read cut."""
    first, last = span
    following = [parsed.word(i) for i in range(last, min(last + 2, len(parsed.tags)))]
    if following[:1] == ["when"] or following == [",", "when"]:
        return False  # "the demonstrations of early December, when ...": the clause's date
    if last < len(parsed.tags) and parsed.tags[last] in ("VBN", "VBD", "NN", "NNS", "JJ"):
        # "a launch date of April 12 proposed for ...": the participle's noun; "victims of
        # the weekend grenade attack": the date is the attack's, which stays
        return False
    return (
        first > 1
        and parsed.word(first - 1) == "of"
        and parsed.tags[first - 2] in ("NN", "NNS", "NNP", "NNPS")
        and parsed.word(first - 2) not in TIME_NOUNS
    )


def date_span(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
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
    if after == "NNP" and last + 2 < len(tokens) and parsed.tags[last + 2] in ("NN", "NNS"):
        after = "JJ"  # "since the 1979 Islamic revolution": a name's adjective, then the noun
    if after in ("NNP", "NNPS") and first == last and parsed.tags[first] == "CD":
        after = "JJ"  # "qualified for the 2006 World Cup": a year naming which one
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


def _limit_before(parsed: Parsed, span: tuple[int, int]) -> bool:
    """Whether the date at ``span`` is a limit ("until Monday", "by the end of May", "before
    July 1"), not a time the happening is placed at."""
    first, last = span
    if last - first < 2 or parsed.word(first) not in _LIMITS:
        return False
    if all(parsed.word(i) in ("today", "tonight", "now") for i in range(first + 1, last)):
        return False  # "enthusiastic by today": as of now, no limit
    return last >= len(parsed.tags) or parsed.tags[last - 1] != "POS"


_LIMITS = frozenset({"until", "till", "by", "before"})


def _start_of_state(parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int]) -> bool:
    """ "Northern Ireland has been ruled directly by London since 1972": a "since" date of a
    verb in the perfect dates when the state began; without it the title says only that the
    state goes on ("... has been ruled directly by London"), which is no happening of 1972."""
    first, last = span
    if last - first < 2 or parsed.word(first) != "since":
        return False
    if any(parsed.word(i) in _DAYS for i in range(first, last)):
        return False  # "since Wednesday morning": a day the timeline shows, no start of an era
    following = [parsed.word(i) for i in range(last, min(last + 2, len(parsed.tags)))]
    if following[:1] == ["when"] or following == [",", "when"]:
        return False  # "since 1974, when Turkey invaded": the "when" clause is what began
    verb = next((g for g in reversed(groups) if g.end <= first), None)
    if verb is None or not verb.finite:
        return False
    words = [parsed.word(i) for i in range(verb.start, verb.end)]
    if words[0] not in _PERFECT or parsed.tags[verb.end - 1] not in ("VBN", "VBG"):
        return False  # ("has been waging a war since 1984": its progressive too)
    # Only the verb's own clause: no comma or clause opener between them.
    return all(parsed.tags[i] not in (",", ":", "WDT", "WP", "WRB") for i in range(verb.end, first))


_PERFECT = frozenset({"has", "have", "had", "'s", "'ve", "'d"})
_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
     "today", "tonight", "morning", "afternoon", "evening", "night"}
)  # fmt: skip


def _date_as_subject(
    parsed: Parsed, groups: Sequence[VerbGroup], span: tuple[int, int], body: int
) -> bool:
    """ "Friday is marked in North Korea as the army's anniversary", "Sunday will see the
    first round of the polls": a date opening the sentence as its verb's subject stays."""
    first, last = span
    if first != body or last >= len(parsed.tags) or parsed.tags[first] not in ("NNP", "CD"):
        return False
    return any(g.start == last and g.finite for g in groups)
