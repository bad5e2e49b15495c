"""The rule table's calendar rules: named days, months, weekdays, clock times, seasons and
holidays (see ``rules`` for how the table is read)."""

from __future__ import annotations

from tui.extract.temporal import handlers, holidays
from tui.extract.temporal.rule import PREFIX, RELATIVE_WORD, Rule
from tui.extract.temporal.vocabulary import (
    CLOCK_HOUR_WORD,
    CLOCK_ZONE,
    DAY,
    DAY_WORD,
    EDGE,
    HOLIDAY,
    MONTH,
    PART,
    SEASON,
    SPELLED_YEAR,
    TIME_ZONE,
    WEEKDAY,
    WEEKDAY_WORD,
    YEAR,
)

_MONTH_AND_DAY = (
    rf"\b(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:(?P<edge>{EDGE})[\s-]+|(?P<rel>{RELATIVE_WORD})\s+)?"
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

CALENDAR_RULES: list[Rule] = [
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
        rf"\b(?:(?P<rel>{RELATIVE_WORD}|{PREFIX})\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{PART}))?"
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
        rf"\b(?:(?P<lead>{PREFIX}|mid-?afternoon)\s+)?(?P<day>the\s+day\s+(?:before\s+"
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
        # "8:30 p.m.", and "8.30pm" as British and wire styles write it (only with its a.m./p.m.,
        # where a decimal number cannot be meant).
        rf"\b(?:(?P<hour>\d{{1,2}}|{CLOCK_HOUR_WORD})(?::(?P<minute>\d\d)|\.(?P<dot_minute>\d\d)"
        rf"(?=\s*[ap]\.?m\b))?\s*(?P<meridiem>a\.m\.|"
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
            ("The blast came at [8.30pm] on the day.", "2023-09-13T20:30"),
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
        "24-hour clock",
        rf"\b(?:(?<![\d:.])(?P<hour>[01]?\d|2[0-4]):(?P<minute>[0-5]\d)(?![:\d])(?:\s*(?P<zone>{CLOCK_ZONE}))?|"
        rf"(?P<hh>[01]\d|2[0-4])(?P<mm>[0-5]\d)\s*(?P<suffix>{CLOCK_ZONE}))\b"
        rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)))?",
        handlers.clock_24,
        [
            ("Talks resumed at [1600 GMT Friday].", "2023-09-08T16:00"),
            ("At [22:00 GMT], the euro was steady.", "2023-09-13T22:00"),
            ("The polls close at [20:30].", "2023-09-13T20:30"),
            ("The blast struck at [1900 IST].", "2023-09-13T19:00"),
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
]
