"""The rule table: what each kind of expression looks like, who reads it, and examples of both.

Each ``Rule`` is a pattern (built from the vocabulary's alternations, with named groups its
handler reads), the handler, and examples: a sentence with the expression in [brackets] and the
value it must get when published on ``EXAMPLES_PUBLISHED``. A test runs every example, so the
table and the code cannot drift apart. Where two rules match overlapping text, the longest match
wins (see ``tag``); rules are tried in this order, which only breaks ties of equal length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tui.extract.temporal import amounts, handlers, holidays, relative, years
from tui.extract.temporal.cues import Context
from tui.extract.temporal.handlers import Result
from tui.extract.temporal.prefilter import required_words, with_prefilter
from tui.extract.temporal.vocabulary import (
    CENTURY_WORD,
    CLOCK_HOUR_WORD,
    CLOCK_ZONE,
    DAY,
    DAY_WORD,
    DECADE_WORD,
    EDGE,
    HEDGE,
    HOLIDAY,
    MONTH,
    NUMBER,
    PART,
    SEASON,
    SET_WORD,
    SMALL,
    SPELLED_YEAR,
    TENS_WORD,
    TIME_ZONE,
    UNIT,
    VAGUE_PLURAL,
    WEEKDAY,
    WEEKDAY_WORD,
    YEAR,
)
from tui.extract.temporal.windows import barriers

Handler = Callable[[re.Match[str], Context], Result]
# A Wednesday: "last Friday" is 2023-09-08, "next Monday" 2023-09-18.
EXAMPLES_PUBLISHED = dt.date(2023, 9, 13)


@dataclass(frozen=True)
class Rule:
    """One kind of expression: ``pattern`` (case-insensitive unless it says ``(?-i:``) read by
    ``handler``; ``examples`` are ``("text with the [expression]", value)`` pairs."""

    name: str
    pattern: str
    handler: Handler
    examples: list[tuple[str, str]] = field(default_factory=list)
    # A cheap pattern a text must hold before ``pattern`` (a costly one) is run over it.
    guard: str | None = None
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)
    guarded: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    # Words one of which every match holds (None: unknown): a text without any is skipped.
    required: frozenset[str] | None = field(init=False, repr=False, compare=False)
    # The characters no match can hold (None: unknown), which bound where matches can lie.
    barriers: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", with_prefilter(self.pattern))
        object.__setattr__(self, "guarded", self.guard and with_prefilter(self.guard))
        object.__setattr__(self, "required", required_words(self.pattern))
        # (The pattern's own: the prefilter's lookahead reads only characters it starts with.)
        object.__setattr__(self, "barriers", barriers(self.pattern))


_RELATIVE_WORD = r"this\s+past|this\s+coming|last|next|this|past|coming"
_PREFIX = r"(?:early|late|earlier|later)"

_MONTH_AND_DAY = (
    rf"\b(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>{_RELATIVE_WORD})\s+)?"
    # A day in words ("March eighth") as transcripts write it; not before the month ("the
    # third of March" is rare, and looking for it after every "the" cost 10 % of this rule).
    rf"(?:(?:the\s+)?(?P<lead_day>{DAY})\s+(?:of\s+)?)?"
    rf"(?P<month>{MONTH})(?:\.?\s+(?:(?-i:the)\s+)?(?P<day>{DAY}|{DAY_WORD}(?![-\w])))?"
    rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}|{SPELLED_YEAR})|"
    # "February this year", "July of last year": one expression (TimeBank dev tags no
    # "this year" after a month, 3 of 3; silver tags "July last year" whole)
    r"(?P<year_word>,?\s+(?:of\s+)?(?:this|last|next)\s+year\b(?!['\u2019]s|-)))?"
    # "December's figures" is December; "May's" is left alone (a name as often as not).
    r"(?!\w|['\u2019](?!s\b)|(?<=[Mm]ay)['\u2019])"
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

RULES: list[Rule] = [
    Rule(
        "numeric date",
        r"\b(?P<iso_year>\d{4})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)\b"
        r"|\b(?P<us_month>\d{1,2})/(?P<us_day>\d{1,2})/(?P<us_year>\d{4}|\d{2})\b",
        handlers.numeric_date,
        [
            ("The form was filed on [03/04/2021].", "2021-03-04"),
            ("Dated [1998-02-14].", "1998-02-14"),
        ],
    ),
    Rule(
        "month and day",
        _MONTH_AND_DAY,
        handlers.explicit_date,
        [
            ("He resigned on [Sept. 3, 1998], after the vote.", "1998-09-03"),
            ("Talks resumed on [Friday, Sept. 8].", "2023-09-08"),
            ("Kim tried to launch a satellite back in [April].", "2023-04"),
            ("[January nineteen ninety-seven]. Atlanta again.", "1997-01"),
            ("The rules change [next March].", "2024-03"),
            ("It happened on [the 4th of July, 1976].", "1976-07-04"),
            ("Sales slowed in [early August].", "2023-08"),
            ("Visas got harder to obtain following [Sept. 11].", "2001-09-11"),
            ("Analysts revised [December]'s figures.", "2022-12"),
            ("Women's Day is on [March eighth].", "2024-03-08"),
            ("Police froze it in [July last year].", "2022-07"),
            ("The vote was held in [February this year].", "2023-02"),
            ("The bombs fell on [August 6] and 9, 1945.", "1945-08-06"),
        ],
    ),
    Rule(
        # "the morning of Nov. 16", "early morning of March 30": a TIME (silver gold: TMO);
        # "the night of ..." stays the day, as "Friday night" does.
        "part of a named day",
        r"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<part_of>morning|afternoon|evening)\s+of\s+"
        + _MONTH_AND_DAY[2:],
        handlers.part_of_date,
        [
            ("The raid began on [the morning of Sept. 2], police said.", "2023-09-02TMO"),
            ("The raid lasted until [early morning of March 30].", "2023-03-30TMO"),
        ],
        guard=r"\b(?:morning|afternoon|evening)\s+of\s",
    ),
    Rule(
        "second day of a range",
        r"(?<![\w.,$])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
        r"(?:,\s+(?P<year>(?:1[6-9]|20)\d\d)\b(?![-–/]\d))?(?![.,:/]?\d|\s*(?:%|percent))",
        handlers.range_day,
        [
            ("The summit met on April 24 and [25].", "2023-04-25"),
            ("Talks ran from Sept. 4 to [8].", "2023-09-08"),
            ("The bombs fell on August 6 and [9, 1945].", "1945-08-09"),
        ],
    ),
    Rule(
        "the week of a day",
        rf"\bthe\s+week\s+of\s+(?P<month>{MONTH})\.?\s+(?P<day>{DAY})(?:,\s+(?P<year>{YEAR}))?\b",
        handlers.week_of,
        [("A hearing is set for [the week of March 6, 2000].", "2000-W10")],
    ),
    Rule(
        "weekday",
        rf"\b(?:(?P<rel>{_RELATIVE_WORD}|{_PREFIX})\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?"
        # "this coming Sunday, March eighth" is one expression (dev gold), on the month's day.
        rf"(?(rel)(?:,?\s+(?P<month>{MONTH})\.?\s+(?P<day>{DAY}|{DAY_WORD}(?![-\w])))?)",
        handlers.weekday,
        [
            ("Putin began a trip on [Monday].", "2023-09-11"),
            ("The vote will take place [Friday].", "2023-09-15"),
            ("They met [last Friday].", "2023-09-08"),
            ("The train departed Pyongyang on [Sunday night].", "2023-09-10"),
            ("They met on [Monday evening].", "2023-09-11TEV"),
            # The day after publication: a story filed the evening before its events.
            ("Albright headed [Thursday] to East Africa.", "2023-09-14"),
            ("The fair, being held Thursday through [Saturday], opened.", "2023-09-16"),
            ("Women's Day is [this coming Friday, March eighth].", "2024-03-08"),
        ],
    ),
    Rule(
        "recurring weekday",
        rf"\b(?P<weekday>{WEEKDAY_WORD})(?:s(?:\s+(?P<part>{PART})s?)?|\s+(?P<parts>{PART})s)\b",
        handlers.weekday_set,
        [
            ("The market is closed on [Sundays].", "XXXX-WXX-7"),
            ("He swims [Tuesday nights].", "XXXX-WXX-2TNI"),
        ],
    ),
    Rule(
        "today and its neighbours",
        rf"\b(?:(?P<lead>{_PREFIX}|mid-?afternoon)\s+)?(?P<day>the\s+day\s+(?:before\s+"
        rf"yesterday|after\s+tomorrow)|today|yesterday|tomorrow|tonight|last\s+night|"
        rf"this\s+(?P<this_part>{PART}))(?:\s+(?P<part>{PART}))?\b",
        handlers.day_word,
        [
            ("The bank said [yesterday] that it lost money.", "2023-09-12"),
            ("Rain fell [this morning].", "2023-09-13TMO"),
            ("He meets the envoy [later this afternoon].", "2023-09-13TAF"),
            ("The vote is [tomorrow].", "2023-09-14"),
            ("Shots rang out [late last night].", "2023-09-12"),
            ("Shares were up at [mid-afternoon yesterday].", "2023-09-12TAF"),
        ],
    ),
    Rule(
        "clock time",
        rf"\b(?:(?P<hour>\d{{1,2}}|{CLOCK_HOUR_WORD})(?::(?P<minute>\d\d))?\s*(?P<meridiem>a\.m\.|"
        rf"p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o['\u2019]clock\b|in\s+the\s+(?:morning|afternoon|evening)\b)|"
        rf"(?P<named>noon|midnight|mid-?day))(?:\s+{TIME_ZONE})?"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)|"
        rf"(?P<month>{MONTH})\.?\s+(?P<day>{DAY})(?:,\s+(?P<year>{YEAR}))?))?",
        handlers.time_of_day,
        [
            ("The vote is at [3 p.m. today].", "2023-09-13T15:00"),
            ("Polls closed at [8 p.m. EST, Sept. 6].", "2023-09-06T20:00"),
            ("The ceasefire began at [noon].", "2023-09-13T12:00"),
            ("The father will leave at [4 in the morning].", "2023-09-13T04:00"),
            ("We will be back at [eight o'clock].", "2023-09-13T08:00"),
            ("The president speaks at [one p.m.] eastern time.", "2023-09-13T13:00"),
            ("The rally starts at [six o'clock] in the evening.", "2023-09-13T18:00"),
            ("They were given until [9 a.m. Thursday] to sign.", "2023-09-14T09:00"),
            ("Shortly after [mid-day Tuesday], he left a package.", "2023-09-12T12:00"),
        ],
    ),
    Rule(
        "this, last or next period",
        rf"\b(?:(?:early|mid|late|earlier|later)[\s-]+(?:in\s+)?|(?:{EDGE})\s+)?"
        # "the last decade", "the next century", "the last week/year" keep their "the" (dev:
        # "the last decade", "the last week"; silver "the last year"); "the next year" may be
        # anaphoric.
        r"(?P<rel>this\s+past|this\s+coming|the\s+past|the\s+coming|the\s+current|"
        r"the\s+(?:last|next)(?=\s+(?:decade|century)\b)|the\s+last(?=\s+(?:week|month|year)\b)|"
        r"this|last|"
        r"next|past|coming)\s+(?P<unit>week|weekend|month|fiscal\s+year|year|spring|summer|fall|"
        r"autumn|winter|decade|century)\b(?!-)",
        relative.relative,
        [
            ("We were hearing [last week] that this might happen.", "2023-W36"),
            ("UN members met in India [this past weekend].", "2023-W36-WE"),
            ("Putin and Kim plan to meet [later this month].", "2023-09"),
            ("Elections are due [next year].", "2024"),
            ("Prices fell [last spring].", "2023-SP"),
            ("Prices will rise in [the coming winter].", "2023-WI"),
            # "the past decade/century" is the last ten or hundred years, not the one before.
            ("Wars marked [the past century].", "P100Y"),
            ("Rents doubled over [the past decade].", "P10Y"),
            ("Wages lost to inflation in [the last decade].", "201"),
            ("Sea levels will rise in [the next century].", "21"),
            ("Prices rose over [the last year], he said.", "2022"),
        ],
    ),
    Rule(
        "the weekend",
        r"\bthe\s+weekend\b",
        relative.bare_weekend,
        [("Talks went on over [the weekend].", "2023-W36-WE")],
    ),
    Rule(
        "anaphora",
        rf"\b(?:{_PREFIX}\s+)?(?P<which>that|the\s+same|the\s+following|the\s+previous|"
        r"the\s+prior|"
        r"the\s+next(?=\s+(?:day|morning|afternoon|evening|night)))\s+"
        r"(?P<unit>year|month|week|day|morning|afternoon|evening|night)\b(?![-'])",
        relative.anaphoric,
        [
            ("He left on May 3, 1998, and returned [the next day].", "1998-05-04"),
            ("The plant opened in 2001 and closed [the following year].", "2002"),
            ("Prices rose 1% in August, against 2% in [the prior month].", "2023-07"),
        ],
    ),
    Rule(
        "season",
        rf"\b(?:(?P<edge>early|mid|late)[\s-]+)?(?P<the>the\s+)?(?P<season>{SEASON})"
        # "the winter of 1962-63": the season of the range's first year (the last is its own).
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}|(?:1[6-9]|20)\d\d(?=[-–/]\d\d)|{SPELLED_YEAR})|"
        # "the spring of next year", "summer last year": that year's, one expression.
        r"\s+(?:of\s+)?(?P<rel_year>this|last|next)\s+year(?!['\u2019]s|-))?\b",
        handlers.season,
        [
            ("The bridge opened in [the summer of 1998].", "1998-SU"),
            ("Sales rose in [spring 2001].", "2001-SP"),
            ("Work will start in [the fall].", "2023-FA"),
            # The nearest the tense allows: a spring said in September is the next one.
            ("Filming will begin in [the spring], it said.", "2024-SP"),
            ("It froze in [the winter of 1962]-63.", "1962-WI"),
            ("Talks resume in [the spring of next year].", "2024-SP"),
            ("Oil fell to the level we saw in [the winter of nineteen ninety-four].", "1994-WI"),
        ],
    ),
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
        "24-hour clock",
        rf"\b(?:(?<![\d:.])(?P<hour>[01]?\d|2[0-4]):(?P<minute>[0-5]\d)(?![:\d])(?:\s*(?P<zone>{CLOCK_ZONE}))?|"
        rf"(?P<hh>[01]\d|2[0-4])(?P<mm>[0-5]\d)\s*(?P<suffix>{CLOCK_ZONE}))\b"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)))?",
        handlers.clock_24,
        [
            ("Talks resumed at [1600 GMT Friday].", "2023-09-08T16:00"),
            ("At [22:00 GMT], the euro was steady.", "2023-09-13T22:00"),
            ("The polls close at [20:30].", "2023-09-13T20:30"),
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
        "counted units",
        _COUNTED.replace("{low}", ""),
        amounts.amount,
        [
            ("The strike will last [two years].", "P2Y"),
            ("Rates were flat over [the past three years].", "P3Y"),
            ("Growth was 1% in [the first two quarters] of this year.", "P2Q"),
            ("The deal closed [two years ago].", "2021"),
            ("We met [two years back], in Seoul.", "2021"),
            ("They talked for [an hour and a half].", "PT1H30M"),
            ("The search was called off after [half an hour].", "PT30M"),
            ("The craft has been secret for [two thousand years].", "P2L"),
            ("Tickets cost $5 [a month].", "P1M"),
            ("The harvest came [two weeks] earlier than usual.", "P2W"),
            ("She hopes she will [one day] fly to Mars.", "FUTURE_REF"),
            # Fractions of a century count in years: 50 back is a decade, 25 a year.
            ("[Half a century ago], this was farmland.", "197"),
            ("The wall fell [a quarter-century ago].", "1998"),
            ("Peace held for [the past half century].", "P50Y"),
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
        "fiscal quarter",
        r"\b(?:the\s+|that\s+(?=quarter|period)|this\s+year's\s+|last\s+year's\s+|next\s+year's\s+)?"
        r"(?:(?:\d{4}|year-ago|year-earlier|latest|current|comparable|corresponding|same|recent|"
        r"previous|fiscal|full|flat|this|last|next|coming|final)[\s-]+){0,4}"
        r"(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?)?"
        r"(?P<kind>quarter|half|period)\b(?![s-])"
        # "the period 1990-1995" is a range of years, no quarter of 1990.
        r"(?:\s+(?:of\s+)?(?:fiscal\s+)?\d{4}(?![-–/]\d)|\s+a\s+year\s+(?:ago|earlier))?",
        relative.quarter,
        [
            ("Sales fell in [the third quarter of 1998].", "1998-Q3"),
            ("Profit rose in [the second quarter].", "2023-Q2"),
            ("Revenue rose in [the first half].", "2023-H1"),
            ("Earnings will lag for [the last half of 1989].", "1989-H2"),
            ("Growth was the slowest since [the final quarter] in 2005.", "2005-Q4"),
            ("Sales fell in [the third quarter] in 2005.", "2005-Q3"),
            # The year said after a numbered period is its year, not a step back from the
            # running one; it stays its own DATE (the silver gold splits them).
            ("Sales will recover in [the first half] of next year.", "2024-H1"),
            ("Profit rose in [the fourth quarter] last year.", "2022-Q4"),
            ("Profit rose in [last year's fourth quarter].", "2022-Q4"),
            ("Debt will peak in [the last quarter] of this year.", "2023-Q4"),
            # After a fiscal quarter, "the quarter ended ..." is that one, by its fiscal number.
            (
                "It earned $5 million in the fiscal first quarter. Sales for [the quarter] ended "
                "June 30 rose.",
                "2023-Q1",
            ),
        ],
    ),
    Rule(
        "quarter of three months",
        rf"\bthe\s+(?P<first>{MONTH})\.?\s*(?:-|–|to)\s*(?P<last>{MONTH})\.?\s+(?:quarter|period)\b"
        rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?",
        relative.months_quarter,
        [("Growth slowed in [the July-September quarter].", "2023-Q3")],
    ),
    Rule(
        "now, recently, the future",
        r"\b(?:right\s+now|just\s+now|now|currently|current|at\s+present|presently|these\s+days|"
        r"nowadays|recently|recent\s+(?:years|months|weeks|days)|the\s+past(?!\s+\w+\s+"
        r"(?:years|months|weeks|days|decades|quarters|summers|winters|springs|autumns|falls|"
        r"seasons|centuries|hours|minutes|nights|weekends))|the\s+(?:(?:near|distant|foreseeable)\s+)?future(?!\s+of)|"
        r"the\s+(?:near|short|long)\s+term|(?:the\s+)?coming\s+(?:months|years|"
        r"weeks|days|quarters)|the\s+(?:months|weeks|years|days|quarters)\s+ahead)\b",
        relative.reference,
        [
            ("It has [now] been confirmed.", "PRESENT_REF"),
            ("Prices rose [recently].", "PAST_REF"),
            ("The summit will take place in [the near future].", "FUTURE_REF"),
            ("Growth slowed in [recent years].", "PXY"),
            ("It doesn't bode well for [coming quarters].", "FUTURE_REF"),
        ],
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
        "holiday",
        rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{HOLIDAY})(?:,?\s+(?P<year>\d{{4}}))?\b",
        holidays.holiday,
        [
            ("Stores were full on [Christmas Eve].", "2022-12-24"),
            ("The talks ended on [Thanksgiving Day, 1998].", "1998-11-26"),
            ("They attended [Easter] service in Shanghai.", "2023-04-09"),
            ("It fell on [Good Friday, 1998].", "1998-04-10"),
            ("Exports of Christmas commodities fell, but [Christmas] sales rose.", "2022-12-25"),
            ("The beaches were full over [Memorial Day].", "2023-05-29"),
            ("Strikes are planned after [Labor Day].", "2023-09-04"),
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
    Rule(
        "the end of the period",
        r"\b(?:the\s+(?P<edge>end|beginning|start|middle|turn)\s+of\s+(?:the|this)\s+"
        r"(?P<unit>month|year|week|decade|century)|year[-\s]end|year's\s+end|mid-?year|midyear)\b",
        relative.span_of_day,
        [
            ("Rates will rise by [the end of the month].", "2023-09"),
            ("Profit at [year-end] rose.", "2023"),
            ("The deal should close around [year end].", "2023"),
            ("Growth will slow by [the end of the year].", "2023"),
            ("Famine is forecast by [mid-year].", "2023"),
            ("Cities grew at [the turn of the century].", "2000"),
            ("Debt will peak by [the end of the decade].", "202"),
        ],
    ),
    Rule(
        "the year",
        r"\bthe\s+(?:(?:fiscal|full|current|entire|whole)\s+)?year\b(?![-'])",
        relative.the_year,
        [("Profit for [the year] rose.", "2023")],
    ),
    Rule(
        "year-ago",
        r"\byear-(?:earlier|ago)\b",
        relative.year_ago_adjective,
        [("Sales beat the [year-ago] figure.", "2022")],
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
