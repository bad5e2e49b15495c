"""The rule table's rules for years, ranges of years, decades and centuries (see ``rules``)."""

from __future__ import annotations

from tui.extract.temporal import years
from tui.extract.temporal.rule import Rule
from tui.extract.temporal.vocabulary import (
    CENTURY_WORD,
    DECADE_WORD,
    EDGE,
    SMALL,
    TENS_WORD,
    YEAR,
)

YEARS_RULES: list[Rule] = [
    Rule(
        "year",
        rf"(?:\b(?:(?P<edge>{EDGE})[\s-]+|(?P<kind>fiscal|calendar|the\s+year|model\s+year)\s+))?"
        rf"(?P<year>{YEAR})(?!-\d)",
        years.year,
        [
            ("Profit doubled in [fiscal 1998].", "1998"),
            ("The war ended in [1945].", "1945"),
            ("Prices peaked at [the end of 1999].", "1999"),
            ("The group began to fall apart in [mid-1996].", "1996"),
            ("Banks feared [the year 2000] problem.", "2000"),
            # A count ("1998 francs") is not a year; a year opening a clause still is.
            ("The fine of 1998 francs was paid in [1999].", "1999"),
            ("In [1998] troops arrived at 1999 Broadway.", "1998"),
        ],
    ),
    Rule(
        "first year of a range",
        r"(?<![\d$£€.,/-])(?P<year>(?:1[6-9]|20)\d\d)"
        r"(?=[-–/](?P<next>(?:1[6-9]|20)\d\d|\d\d)(?![\d%]|[-–/.,]\d))",
        years.year_range_start,
        [
            ("Prices rose in [2004]-2005.", "2004"),
            ("He served in [1962]-63.", "1962"),
            ("Spending rose in fiscal [1996]-97.", "1996"),
        ],
    ),
    Rule(
        "last year of a range",
        r"(?<=(?:1[6-9]|20)\d\d[-–/])(?P<year>(?:1[6-9]|20)\d\d|\d\d)(?![\d%]|[-–/.,]\d)",
        years.year_range_end,
        [
            ("Prices rose in 2004-[2005].", "2005"),
            ("He served in 1962-[63].", "1963"),
            ("It was the best of the 2012-[13] season.", "2013"),
            ("Budgets for 1999-[00] were cut.", "2000"),
        ],
    ),
    Rule(
        "decade",
        rf"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<digits>(?:1[6-9]|20)\d0)'?s|"
        rf"'(?P<short>\d0)s|(?P<word>{DECADE_WORD}))\b",
        years.decade,
        [
            ("The industry boomed in [the 1990s].", "199"),
            ("It was built in [the mid-1980s].", "198"),
            ("He grew up in [the sixties].", "196"),
            ("The mill was built in [the late 1800s].", "18"),
        ],
    ),
    Rule(
        "short year",
        # (What may stand before the apostrophe is the handler's to say: a pattern opening on a
        # lookbehind is tried at every character, one opening on the apostrophe only there.)
        r"['\u2019](?P<short>\d\d)\b(?!['\u2019]|\s*(?:%|percent\b|per\s+cent\b)|[.,]\d)",
        years.short_year,
        [
            ("He left the party in ['92].", "1992"),
            ("She ran again in the ['96] election.", "1996"),
        ],
    ),
    Rule(
        "century",
        rf"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
        rf"(?:(?P<number>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{CENTURY_WORD}))"
        r"[\s-]+century\b",
        years.century,
        [
            ("The church dates from [the 12th century].", "11"),
            ("Cities grew in [the nineteenth century].", "18"),
            ("Jazz rose in [the early 20th century].", "19"),
        ],
    ),
    Rule(
        "spelled year",
        rf"\b(?:the\s+year\s+)?(?:nineteen[\s-]+(?P<tail>{TENS_WORD}(?:[\s-]+{SMALL})?|{SMALL})|"
        rf"two\s+thousand(?P<rest>\s+(?:and\s+)?(?:{TENS_WORD}[\s-]+{SMALL}|{TENS_WORD}|{SMALL}))?)\b",
        years.spelled_year,
        [
            ("That was in [nineteen ninety-six].", "1996"),
            ("Planned for [the year two thousand].", "2000"),
            ("The law took effect in [two thousand one].", "2001"),
        ],
    ),
]
