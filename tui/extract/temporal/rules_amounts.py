"""The rule table's rules for durations and sets: counts of units, ranges and compounds of
them, "every week", "for years" (see ``rules``)."""

from __future__ import annotations

from tui.extract.temporal import amounts
from tui.extract.temporal.rule import Rule
from tui.extract.temporal.vocabulary import (
    HEDGE,
    MONTH,
    NUMBER,
    PART,
    SET_WORD,
    SMALL,
    TENS_WORD,
    UNIT,
    VAGUE_PLURAL,
    WEEKDAY,
)

# A count of units: "two years", "the past three years", "two years ago"; ``low`` is the lower
# bound of a range ("two to three weeks") or nothing.
_COUNTED = (
    rf"\b(?P<hedge>{HEDGE})(?:(?P<lead>(?:the\s+)?(?:past|last|next|first|coming|previous|"
    rf"following|final|latest|same|remaining|ensuing|intervening|preceding))\s+)?{{low}}"
    rf"(?P<number>{NUMBER})[\s-]+(?:(?:more|additional|full|straight|consecutive|trading|"
    rf"business|calendar)\s+)?(?P<unit>{UNIT})s?\b(?!-|\s+old\b)(?P<half>\s+and\s+a\s+half\b)?"
    # "three days later" is a DURATION and a signal (TimeBank): "later" stays outside.
    # "two years earlier than planned" is a length compared, not a date: "earlier" stays out.
    # "two years back" is "two years ago" ("two years back in office" is not).
    r"(?:\s+(?:or\s+so\s+)?(?P<tail>ago|earlier|from\s+now|back(?![-\w]|\s+(?:to|in|into|"
    r"home|on|at|from|with|up|down|out|for)\b))(?!\s+than\b))?"
)

AMOUNTS_RULES: list[Rule] = [
    Rule(
        "counted units",
        _COUNTED.replace("{low}", ""),
        amounts.amount,
        [
            ("The strike will last [two years].", "P2Y"),
            # "another" alone is one more: "for another week"; with a count, a hedge.
            ("The schools will stay shut for [another week].", "P1W"),
            ("It will not be ready for [another two years].", "P2Y"),
            ("Rates were flat over [the past three years].", "P3Y"),
            ("Growth was 1% in [the first two quarters] of this year.", "P2Q"),
            ("The deal closed [two years ago].", "2021"),
            ("We met [two years back], in Seoul.", "2021"),
            # "earlier" counts back from the year the sentence names, not from publication.
            ("Aid took 9% of the 2019 budget, down from 12% [a year earlier].", "2018"),
            ("They talked for [an hour and a half].", "PT1H30M"),
            ("After [more than three-and-a-half years] of conflict, talks began.", "P3Y6M"),
            ("The search was called off after [half an hour].", "PT30M"),
            ("The craft has been secret for [two thousand years].", "P2L"),
            ("Tickets cost $5 [a month].", "P1M"),
            ("The harvest came [two weeks] earlier than usual.", "P2W"),
            ("She hopes she will [one day] fly to Mars.", "FUTURE_REF"),
            # Fractions of a century count in years: 50 back is a decade, 25 a year.
            ("[Half a century ago], this was farmland.", "197"),
            ("The wall fell [a quarter-century ago].", "1998"),
            ("Peace held for [the past half century].", "P50Y"),
            ("He ruled for [a quarter of a century].", "P25Y"),
            ("The abbey was built [two centuries ago].", "18"),
        ],
    ),
    Rule(
        # "two to three weeks", "the next two or three months": one span (dev gold 2 of 2,
        # silver 2 of 2), the upper bound its value (silver 2 of 2; dev once each way).
        "range of counts",
        _COUNTED.replace("{low}", rf"(?P<low>{NUMBER})\s+(?:to|or)\s+"),
        amounts.amount,
        [
            ("Talks are due within [the next two or three months].", "P3M"),
            ("Prices doubled in [the past 10 to 15 years].", "P15Y"),
        ],
        # Run only where a count follows "to" or "or" (the range costs half the counted rule);
        # spaces as written, so that re scans for the literal space (twice as fast as \s).
        guard=rf" (?:to|or) [\w-]+ (?:{UNIT})",
    ),
    Rule(
        "compound duration",
        # "one day, 18 hours, 40 minutes and 10 seconds": one length, the units falling.
        rf"\b(?P<hedge>{HEDGE})(?P<parts>{NUMBER}\s+{UNIT}s?(?:\s*,\s*{NUMBER}\s+{UNIT}s?){{0,5}}"
        rf",?\s+and\s+{NUMBER}\s+{UNIT}s?)\b(?!-|\s+(?:ago|earlier|later|old)\b)",
        amounts.compound,
        [
            ("A record of [one day, 18 hours, 40 minutes and 10 seconds].", "P1DT18H40M10S"),
            ("He was jailed for [three years and six months].", "P3Y6M"),
            ("The talks lasted [more than two hours and 30 minutes].", "PT2H30M"),
        ],
        # Where one unit is followed by another count of units; most articles have none.
        guard=rf"\b(?:{UNIT})s?(?:\s*,\s*|,?\s+and\s+)(?:{NUMBER})\s+(?:{UNIT})s?\b",
    ),
    Rule(
        "units as an adjective",
        rf"\b(?P<number>\d+|{TENS_WORD}-{SMALL}|{TENS_WORD}|{SMALL})-(?P<unit>second|minute|hour|"
        r"day|week|month|year|decade)\b(?!-\s*old\b)",
        amounts.adjectival,
        [("A [six-month] study began.", "P6M"), ("A [24-hour] strike.", "PT24H")],
    ),
    Rule(
        "length as an adjective",
        # Not after a count ("a 30-year-long war" is "30-year", the units as an adjective).
        # "the two hour-long retreat" is two hours.
        rf"(?<![-\w])(?:(?P<count>\d+|{TENS_WORD}|{SMALL})\s+)?"
        r"(?P<unit>(?:minute|hour|day|week|month|year|decade)s?|century|centuries)-?long\b",
        amounts.long_adjective,
        [
            ("He ended a [week-long] visit to China.", "P1W"),
            ("The [yearlong] strike is over.", "P1Y"),
            ("It broke a [decades-long] silence.", "PXE"),
            ("They resolved a [months-long] dispute.", "PXM"),
            ("During the [two hour-long] retreat, they talked.", "PT2H"),
        ],
        # Where a unit is joined to "long"; most articles have none.
        guard=r"(?:te|ur|ay|ek|th|ar|de|ry|es|s)-?long\b",
    ),
    Rule(
        "recurring",
        rf"\b(?:(?P<word>{SET_WORD})|(?:every|each)\s+(?P<step>other\s+|(?:{SMALL}|{TENS_WORD}|"
        rf"\d+)\s+)?(?P<unit>{UNIT}s?|{WEEKDAY}|{PART}|{MONTH}))\b",
        amounts.recurring,
        [
            ("The paper is published [daily].", "P1D"),
            ("Inspectors visit [every week].", "P1W"),
            ("The board meets [each Thursday].", "XXXX-WXX-4"),
            ("Polls are held [every four years].", "P4Y"),
            ("A census is taken [every ten years].", "P10Y"),
        ],
    ),
    Rule(
        "bare plural",
        rf"\b(?P<unit>{VAGUE_PLURAL})\b(?P<ago>\s+ago\b)?",
        amounts.bare_plural,
        [
            ("The case dragged on for [years].", "PXY"),
            ("It began [months ago].", "PXM"),
            ("Authorities spent [hours] retrieving the documents.", "PTXH"),
            ("Relations stayed dormant during [decades] of conflict.", "PXE"),
        ],
    ),
]
