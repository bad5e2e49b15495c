"""The tagger's words, each written once: maps from words to what they mean, and the regular
expression alternations generated from those maps (so a word added to a map is also found)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(
    words: Iterable[str], *, case_sensitive: bool = False, abbreviations: Iterable[str] = ()
) -> str:
    """A non-capturing alternation of ``words``, longest first (so "weekend" is tried before
    "week"), spaces matching any run of whitespace. ``abbreviations`` join it with an optional
    full stop ("Sept."); ``case_sensitive`` keeps capitals as written."""
    abbreviated = set(abbreviations)
    parts = []
    for word in sorted(set(words) | abbreviated, key=lambda w: (-len(w), w)):
        part = r"\s+".join(re.escape(piece) for piece in word.split())
        if word in abbreviated:
            part += r"\.?"
        parts.append(part)
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


MONTH_NAMES = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
MONTHS = {word.lower(): number for word, number in (MONTH_NAMES | MONTH_ABBREVIATIONS).items()}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS = {name.lower(): number for number, name in enumerate(WEEKDAY_NAMES)}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
NUMBER_WORDS: dict[str, float] = {
    **SMALL_NUMBERS, **TENS, "a": 1, "an": 1, "another": 1, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "thousand": 1000, "a thousand": 1000, "two thousand": 2000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "half an": 0.5,
    "a half": 0.5, "half": 0.5, "a quarter": 0.25, "quarter": 0.25, "a quarter of a": 0.25,
    "three quarters of a": 0.75, "three-quarters of a": 0.75,
    "one and a half": 1.5, "dozen": 12, "a dozen": 12,
}  # fmt: skip
VAGUE_NUMBERS = ("a few", "few", "several", "many", "some", "the few", "a number of", "numerous")
# unit word -> (TIMEX duration letter, whether it is a clock unit written after "T")
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("E", False), "century": ("C", False), "centurie": ("C", False),
}  # fmt: skip
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
# Holidays on a fixed day; the others are computed in ``holidays.py``.
FIXED_HOLIDAYS = {
    "Christmas": (12, 25), "Christmas Eve": (12, 24), "Christmas Day": (12, 25),
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Independence Day": (7, 4),
    "Halloween": (10, 31), "Valentine's Day": (2, 14), "Veterans Day": (11, 11),
    "Boxing Day": (12, 26), "Bastille Day": (7, 14), "May Day": (5, 1),
}  # fmt: skip
# Holidays on the n-th (-1: the last) weekday (0 = Monday) of a month: (month, weekday, n).
NTH_WEEKDAY_HOLIDAYS = {
    "Thanksgiving": (11, 3, 4), "Thanksgiving Day": (11, 3, 4), "Memorial Day": (5, 0, -1),
    "Labor Day": (9, 0, 1), "Columbus Day": (10, 0, 2), "Presidents Day": (2, 0, 3),
    "Presidents' Day": (2, 0, 3), "Martin Luther King Day": (1, 0, 3),
    "Mother's Day": (5, 6, 2), "Father's Day": (6, 6, 3),
}  # fmt: skip
MOVABLE_HOLIDAYS = (
    *NTH_WEEKDAY_HOLIDAYS, "Election Day", "Easter", "Easter Sunday", "Easter week", "Good Friday",
)  # fmt: skip
SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
}  # fmt: skip
# Bare plurals ("for years", "months ago"): an unspecified number of units.
VAGUE_PLURALS = {
    "years": "PXY", "months": "PXM", "weeks": "PXW", "days": "PXD",
    "decades": "PXE", "centuries": "PXC", "hours": "PTXH", "minutes": "PTXM",
}  # fmt: skip
TIME_ZONES = ("EST", "EDT", "CST", "CDT", "PST", "PDT", "GMT", "ET", "local time")
# Nouns after a four-digit number that make it a count, not a year ("2000 troops", "1998
# francs", "1800 liters"), by kind. Words that often open a clause after a year ("In 1998
# marks...", "in 2000 won") are left out: "1998 marks the anniversary" is a year.
COUNTED_NOUN_KINDS: dict[str, tuple[str, ...]] = {
    "people": (
        "people", "persons", "troops", "soldiers", "men", "women", "children", "workers",
        "employees", "marines", "refugees", "deaths", "passengers", "police", "officers",
        "others", "members", "students", "residents", "civilians", "fighters", "rebels",
        "protesters", "demonstrators", "delegates", "participants", "visitors", "tourists",
        "patients", "victims", "inmates", "prisoners", "pilgrims", "athletes", "runners",
        "households", "signatures", "casualties", "migrants", "voters", "spectators",
    ),
    "things": (
        "jobs", "shares", "cars", "units", "votes", "cases", "homes", "barrels", "points",
        "rounds", "copies", "vehicles", "trucks", "houses", "companies", "firms", "schools",
        "villages", "calories", "seats", "beds", "pages", "words", "ballots", "tickets",
        "missiles", "rockets", "weapons", "rifles", "stores", "branches", "flights", "planes",
    ),
    # Money: "1998 francs", "2000 yen" (the amount, as "$1998" is).
    "currencies": (
        "dollars", "euros", "pounds", "francs", "yen", "yuan", "rupees", "pesos", "lire",
        "lira", "rubles", "roubles", "shekels", "dinars", "riyals", "rand", "kronor", "kroner",
        "kronur", "zlotys", "zloty", "forints", "baht", "ringgit", "pence", "cents", "reais",
        "dirhams", "drachmas", "escudos", "pesetas", "guilders", "schillings", "deutsche marks",
        "d-marks", "deutschmarks", "renminbi", "hryvnias", "tenge", "rial", "naira", "shillings",
    ),
    # Measures: "1600 hours", "1800 liters", "2000 square feet".
    "measures": (
        "hours", "miles", "feet", "meters", "metres", "kilometers", "kilometres", "km", "yards",
        "inches", "tons", "tonnes", "acres", "hectares", "liters", "litres", "gallons",
        "kilograms", "kilos", "kg", "grams", "ounces", "square", "cubic", "megawatts",
        "kilowatts", "watts", "volts", "degrees", "knots", "mph", "bytes", "megabytes",
    ),
}  # fmt: skip
COUNTED_NOUNS = tuple(noun for nouns in COUNTED_NOUN_KINDS.values() for noun in nouns)
# Words before a four-digit number that make it a count, not a year ("about 2000"), unless the
# number ends a clause ("in about 1998.").
COUNT_HEDGES = (
    "about", "some", "nearly", "almost", "than", "only", "just", "roughly", "to", "approximately",
)  # fmt: skip
# Nouns before a number that make it a label, never a year: "Resolution 1701", "Flight 1549".
LABEL_NOUNS = (
    "resolution", "resolutions", "flight", "flights", "route", "room", "model", "number", "no.",
    "nos.", "highway", "interstate", "article", "articles", "section", "chapter", "bill",
    "amendment", "proposition", "decree", "item", "apartment", "building", "block", "lot", "gate",
    "platform",
    "track", "bus", "train", "unit", "ward", "suite", "box", "exit", "channel", "page", "pages",
    "table", "figure", "code", "form", "version", "level", "grade", "cell", "squadron", "division",
    "battalion", "regiment", "brigade", "battery", "motorway", "opus", "op.", "patent", "serial",
    "extension", "ext.", "locomotive", "engine", "hull", "seat", "row", "pier", "berth",
    "terminal", "floor", "bay", "hangar", "ticket", "tel.", "fax", "phone", "telephone", "po",
    "p.o.", "zip", "catalogue", "catalog", "file", "case", "docket", "law", "act", "directive",
    "regulation", "rule", "ordinance", "bylaw", "order", "motion", "convoy", "mission", "sortie",
    "operation", "vessel", "ship", "submarine", "aircraft", "helicopter", "jet", "boeing", "airbus",
    "paragraph", "clause", "volume", "vol.", "episode", "issue", "p.", "pp.", "rte.", "hwy.",
    "apt.", "rm.", "flt.", "tel", "ref.", "reference", "lot", "parcel", "precinct", "district",
)  # fmt: skip
# Words after a number that make it a street address: "1600 Pennsylvania Avenue".
STREET_WORDS = (
    "Avenue", "Ave", "Street", "St", "Road", "Rd", "Boulevard", "Blvd", "Drive", "Lane",
    "Highway", "Way", "Place", "Square", "Parkway", "Court", "Terrace",
)  # fmt: skip
# Streets named with one word and no suffix: "1999 Broadway".
STREET_NAMES = ("Broadway", "Embarcadero", "Bowery")
# Clock zones and suffixes after a 24-hour time: "1600 GMT", "22:00 local time", "0600 hours".
CLOCK_ZONES = (
    "GMT",
    "UTC",
    "EST",
    "EDT",
    "CST",
    "CDT",
    "PST",
    "PDT",
    "ET",
    "BST",
    "CET",
    "CEST",
    "EET",
    "MSK",
    "IST",
    "JST",
    "HKT",
    "local time",
)

# ---------------------------------------------------------------------- generated alternations

MONTH = (
    alternation(MONTH_NAMES, case_sensitive=True, abbreviations=MONTH_ABBREVIATIONS) + r"(?![a-z])"
)
WEEKDAY_WORD = alternation(WEEKDAY_NAMES, case_sensitive=True)
# "Friday's ruling": the possessive stays outside the expression, as in TimeBank.
WEEKDAY = WEEKDAY_WORD + r"(?=['\u2019]s\b|(?![a-z]))"
# Not after a digit and a dash ("1962-63" is a range, read by its own rules), but after a word and
# a dash: "mid-1996", "post-1959".
YEAR = r"(?<![\d$£€.,/])(?<![\d$£€.,/-]-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d|-\d)"
# A year said in words, as transcripts write it: "nineteen ninety-four", "two thousand and one".
SPELLED_YEAR = (
    rf"(?:nineteen[\s-]+(?:{alternation(TENS)}(?:[\s-]+{alternation(SMALL_NUMBERS)})?|"
    rf"{alternation(SMALL_NUMBERS)})|two\s+thousand(?:\s+and\s+{alternation(SMALL_NUMBERS)})?)\b"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
# A day of the month said as an ordinal word, as transcripts write it: "March eighth".
_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
DAY_ORDINAL_WORDS: dict[str, int] = {
    **_UNIT_ORDINALS,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + value for word, value in _UNIT_ORDINALS.items()},
    **{f"twenty {word}": 20 + value for word, value in _UNIT_ORDINALS.items()},
    "thirty-first": 31, "thirty first": 31,
}  # fmt: skip
DAY_WORD = alternation(DAY_ORDINAL_WORDS)
SMALL = alternation(SMALL_NUMBERS)
# An hour said in words: "eight o'clock", "one p.m." (broadcast transcripts spell them).
CLOCK_HOUR_WORD = alternation(word for word, value in SMALL_NUMBERS.items() if value <= 12)
TENS_WORD = alternation(TENS)
NUMBER = (
    # "a quarter of a century", "three quarters of a century" (first: "three" alone is a count)
    r"(?:(?:a|three)[\s-]+quarters?\s+of\s+a(?=\s+century)|"
    rf"\d+\s+1/2|\d+(?:\.\d+)?|{TENS_WORD}(?:[\s-]{SMALL})?|{SMALL}(?:[\s-]+and[\s-]+a[\s-]+half|\s+and\s+half)?|"
    r"(?:a|one)\s+hundred|(?:a|two)\s+thousand|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|a\s+dozen|dozen|"
    r"a\s+number\s+of|several|many|some|few|numerous|half\s+an?|"
    # "a half-century", "a quarter century", "the past half century" (not "its quarter-century
    # low", an attribute)
    r"a\s+(?:half|quarter)(?=[\s-]+(?:centur|decade))|(?:half|quarter)(?=\s+(?:centur|decade))|"
    # "for another week": one more (after a hedge "another" takes its count: "another two years")
    r"an?(?:\s+and\s+a\s+half)?|another)"
)
UNIT = alternation(UNIT_CODES)
PART = alternation(PARTS_OF_DAY)
SEASON = alternation(SEASONS)
DECADE_WORD = alternation(DECADE_WORDS)
CENTURY_WORD = alternation(CENTURY_WORDS)
HOLIDAY = alternation([*FIXED_HOLIDAYS, *MOVABLE_HOLIDAYS], case_sensitive=True)
SET_WORD = alternation(SET_WORDS)
VAGUE_PLURAL = alternation(VAGUE_PLURALS)
TIME_ZONE = alternation(TIME_ZONES)
CLOCK_ZONE = alternation(CLOCK_ZONES)
# "early", "the end of": where in a period an expression points
EDGE = r"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)"
HEDGE = (
    # TimeBank leaves "about", "over", "only" and "just" outside the expression, and "the" too
    # when the length is an attribute ("the two-week strike", "the two days of talks").
    r"(?:(?:nearly|almost|around|approximately|roughly|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|under|up\s+to|another|an\s+additional|"
    r"some|the\s+better\s+part\s+of|the(?=\s+[\w.]+\s+(?:[a-z]+\s+)?"
    r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centurie)s\b(?!\s+of\b)))"
    r"\s+){0,3}"  # bounded: "nearly nearly ..." stays linear
)
STREET_AFTER = re.compile(
    # "1600 Pennsylvania Avenue", "2000 N. Main St.", "1999 Broadway"
    rf"\s+(?:(?:[NSEW]\.\s+|[A-Z][a-z]+\.?\s+){{1,3}}(?-i:{alternation(STREET_WORDS)})|"
    rf"(?:[NSEW]\.\s+)?(?-i:{alternation(STREET_NAMES)})|"
    # "the 1600 block of Main Street": a block of house numbers
    r"(?-i:block\s+of\s+(?=[A-Z])))\b\.?"
)
COUNTED_NOUN_AFTER = re.compile(
    rf"\s+(?:{alternation(COUNTED_NOUNS)}|of\s+(?:the|them|whom))\b", re.I
)
# A measure after a number is a count even where a year could stand ("in 1800 liters").
MEASURE_AFTER = re.compile(rf"\s+{alternation(COUNTED_NOUN_KINDS['measures'])}\b", re.I)
# Words before "1998 troops" that make the number a year opening a clause ("In 1998 troops
# arrived", "in 1990 dollars"): a count is rarely placed in a year's slot.
YEAR_PREPOSITIONS = ("in", "since", "during", "until", "till", "before", "after")
# Things named after a holiday are not its date: "Christmas commodities", "Easter eggs".
HOLIDAY_GOODS = (
    "commodities", "commodity", "goods", "products", "product", "items", "decorations",
    "decoration", "tree", "trees", "card", "cards", "gift", "gifts", "presents", "lights",
    "ornaments", "toys", "toy", "eggs", "egg", "carol", "carols", "songs", "song", "music",
    "album", "movie", "movies", "film", "films", "pudding", "cake", "hamper", "hampers", "exports",
    "imports", "manufacturers", "makers",
)  # fmt: skip
HOLIDAY_GOODS_AFTER = re.compile(rf"[\s-]+(?:{alternation(HOLIDAY_GOODS)})\b", re.I)
# "today's world", "today's young people": the present age, not the day of publication.
TODAYS_GENERIC = (
    "world", "society", "youth", "young", "children", "kids", "teenagers", "generation",
    "generations", "students", "parents", "families", "women", "men", "people", "americans",
    "consumers", "computers", "technology", "technologies", "economy", "culture", "standards",
    "dollars", "environment", "age", "era", "climate", "media", "politics",
)  # fmt: skip
TODAYS_GENERIC_AFTER = re.compile(
    rf"['\u2019]s\s+(?:(?:modern|global|fast-paced|complex|sophisticated|personal|high-tech|"
    rf"increasingly|competitive|new)[\s-]+)*(?:{alternation(TODAYS_GENERIC)})\b",
    re.I,
)
