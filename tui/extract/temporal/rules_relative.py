"""The rule table's rules for expressions relative to publication or to the story: "last
week", "the following year", quarters, "now", "the end of the year" (see ``rules``)."""

from __future__ import annotations

from tui.extract.temporal import relative
from tui.extract.temporal.rule import PREFIX, Rule
from tui.extract.temporal.vocabulary import (
    EDGE,
    MONTH,
    YEAR,
)

RELATIVE_RULES: list[Rule] = [
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
        rf"\b(?:{PREFIX}\s+)?(?P<which>that|the\s+same|the\s+following|the\s+previous|"
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
            ("Two malls will open in [the second half] of the year.", "2023-H2"),
            # A year in the possessive before it is its year ("fiscal 1990" its own DATE).
            ("Sales fell in fiscal 1990's [first quarter].", "1990-Q1"),
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
        r"nowadays|recently|recent\s+(?:years|months|weeks|days|decades)|the\s+past(?!\s+\w+\s+"
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
            ("Attitudes have changed in [recent decades].", "PXE"),
            ("It doesn't bode well for [coming quarters].", "FUTURE_REF"),
        ],
    ),
    Rule(
        "the end of the period",
        # "by the end of year" is the same without its article
        r"\b(?:the\s+(?:(?P<edge>end|beginning|start|middle|turn)\s+of\s+(?:the|this)\s+"
        r"(?P<unit>month|year|week|decade|century)|end\s+of\s+year(?![-\s]+\d))|"
        r"year[-\s]end|year's\s+end|mid-?year|midyear)\b",
        relative.span_of_day,
        [
            ("Rates will rise by [the end of the month].", "2023-09"),
            ("Profit at [year-end] rose.", "2023"),
            ("Registration will be completed by [the end of year].", "2023"),
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
]
