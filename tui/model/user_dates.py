"""Dates that people type or that pages carry, read in any common format and language.

The one place that reads such dates: front matter ``published``, ``--published``, the dates of
imported pages and feeds, and the reader's date prompts. Article *text* is not read here: the
project's own tagger (:mod:`tui.extract.temporal`) does that for English.

``parse_user_date("early August 2023")`` gives a :class:`UserDate` whose ``edtf`` is what
``timeline.yaml`` stores, at the precision the person wrote: ``2023``, ``2023-08``,
``2023-08-14``, or an interval ``2023-08-01/2023-08-10``. dateparser does the reading; it is
imported on first use only, because importing it costs most of a second and the reader must not
pay that at start. What cannot be read raises :class:`UserDateError` quoting the text: a date is
never silently today. An impossible date ("31/04/2023", "2023-02-30") gets the message that
``newsline check`` gives for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from tui.model.dates import DateError, EventDate, PartialDate, parse_event_date

# Languages tried, in this order, when the caller names none: English alone first (fast, and
# most of what people type here), then the languages newsline's users read sources in. Letting
# dateparser try all of its ~200 locales costs about 15 s on first use, too slow for a prompt.
COMMON_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ru", "uk", "ar", "ko", "zh", "ja")

# Precisions from coarse to fine, as dateparser names its periods.
_PRECISIONS = ("year", "month", "week", "day", "time")
# What the writer stores and `check` reads: YYYY, YYYY-MM, YYYY-MM-DD, START/END, then ?/~/%.
_EDTF_LIKE = re.compile(
    r"^\s*-?\d{3,}(?:-\d{1,2}){0,2}(?:\s*/\s*-?\d{3,}(?:-\d{1,2}){0,2})?[?~%]?\s*$"
)
# "Sep 2023 - Oct 2023", "1 to 5 August" is not split (its first part is no date by itself).
_RANGE_SPLIT = re.compile(
    r"\s+(?:-|\u2013|\u2014|to|until|till|through|thru)\s+|\s*[\u2013\u2014]\s*", re.IGNORECASE
)
_BETWEEN = re.compile(r"^(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|-)\s+(?P<b>.+)$", re.I)
_SINCE = re.compile(r"^(?:since|from|after)\s+(?P<a>.+)$", re.IGNORECASE)
_PART_OF = re.compile(
    r"^(?P<part>early|mid|middle of|late|end of|beginning of)[\s-]+(?P<a>.+)$", re.I
)
_BARE_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$", re.IGNORECASE)
# Day numbers that may be beyond the end of a month: tried as 28 to tell "no such day" from
# "not a date" (dateparser refuses both alike).
_LATE_DAY = re.compile(r"(?<!\d)(29|30|31)(?=st|nd|rd|th|\b|\D|$)")


# How dateparser places a date written without its year or week; set per parse_user_date call.
_PREFER: ContextVar[str] = ContextVar("prefer", default="past")


class UserDateError(DateError):
    """A typed or carried date that cannot be read; the message quotes the text."""


@dataclass(frozen=True, slots=True)
class UserDate:
    """A date as a person wrote it: its EDTF form, its precision, and the text it came from.

    ``precision`` is dateparser's period (``year``, ``month``, ``week``, ``day`` or ``time``),
    the coarser bound's for an interval; ``edtf`` keeps that precision (a week is the interval
    of its days, a time its day).
    """

    edtf: str
    precision: str
    text: str

    def event_date(self) -> EventDate:
        """The date as the model reads ``timeline.yaml`` dates."""
        return parse_event_date(self.edtf)

    def first_day(self) -> dt.date:
        """The first day the date covers (for a publication date: the day itself)."""
        return self.event_date().first_day


def parse_user_date(
    text: str,
    *,
    base: dt.datetime | dt.date | None = None,
    languages: list[str] | None = None,
    prefer: str = "past",
) -> UserDate:
    """Read ``text`` as a date at the precision it was written with.

    ``base`` is "now" for relative dates ("3 days ago", "last week", "since August"); default:
    the current time. ``languages`` are hints (ISO 639-1 codes such as ``["ru"]``); English is
    always tried too. ``prefer`` places a date written without its year or week: ``"past"``
    (what a person types about news: "August" in September is the August gone) or
    ``"current_period"`` (an article's "13 September" is in its own year, and its "Tuesday"
    the last on or before the base). Raises :class:`UserDateError` for anything that is not a
    date.
    """
    token = _PREFER.set(prefer)
    try:
        return _parse(text, base, languages)
    finally:
        _PREFER.reset(token)


def _parse(text: str, base: dt.datetime | dt.date | None, languages: list[str] | None) -> UserDate:
    original = text
    text = " ".join(str(text).split())
    if not text:
        raise UserDateError("the date is empty", "write a date such as 2023-08-14 or 14 Aug 2023")
    now = _as_datetime(base)
    langs = _languages(languages)
    if _EDTF_LIKE.match(text):
        return _from_edtf(text, original)
    for pattern in (_BETWEEN,):
        match = pattern.match(text)
        if match:
            return _interval(match["a"], match["b"], original, now, langs)
    match = _SINCE.match(text)
    if match:
        start = _single(match["a"], original, now, langs)
        end = UserDate(now.date().isoformat(), "day", original)
        return _join(start, end, original)
    parts = _RANGE_SPLIT.split(text)
    if len(parts) == 2 and all(parts):
        return _interval(parts[0], parts[1], original, now, langs)
    return _single(text, original, now, langs)


def _as_datetime(base: dt.datetime | dt.date | None) -> dt.datetime:
    if base is None:
        return dt.datetime.now()
    if isinstance(base, dt.datetime):
        return base.replace(tzinfo=None)
    return dt.datetime(base.year, base.month, base.day, 12)


def _languages(hints: list[str] | None) -> tuple[tuple[str, ...], ...]:
    """The language lists to try in turn: the hints (with English), or English then common."""
    if hints:
        chosen = [code.strip().lower()[:2] for code in hints if code and code.strip()]
        chosen = [code for code in dict.fromkeys(chosen) if code in _known_languages()]
        # The hints alone first: with English beside them, dateparser reads 03/04 the English
        # way (month first) even for a French page.
        return (tuple(chosen), ("en",)) if chosen and chosen != ["en"] else (("en",),)
    return (("en",), COMMON_LANGUAGES)


@lru_cache(maxsize=1)
def _known_languages() -> frozenset[str]:
    from dateparser.languages.loader import LocaleDataLoader

    return frozenset(LocaleDataLoader().get_locale_map().keys())


def _from_edtf(text: str, original: str) -> UserDate:
    """An EDTF-looking text, read exactly as ``check`` reads it (so the same messages)."""
    try:
        value = parse_event_date(text)
    except DateError as error:
        raise UserDateError(_quoted(original, error.message), error.hint) from None
    return UserDate(value.edtf(), _precision_name(value), original)


def _precision_name(value: EventDate) -> str:
    return ("year", "month", "day")[int(value.precision) - 1]


def _quoted(original: str, message: str) -> str:
    """``message``, preceded by the user's text when the message does not quote it already."""
    shown = " ".join(original.split())
    if repr(shown) in message:
        return message
    return f"{shown!r}: {message}"


def _interval(a: str, b: str, original: str, now: dt.datetime, langs) -> UserDate:  # type: ignore[no-untyped-def]
    end = _single(b, original, now, langs, part=True)
    bare_day = _BARE_DAY.match(a.strip())
    if bare_day and end.precision in ("day", "time") and "/" not in end.edtf:
        # "1 to 5 August", "between 3 and 5 Aug 2023": the first day takes the second's month.
        start_text = f"{end.edtf[:8]}{int(bare_day[1]):02d}"
        return _join(_from_edtf(start_text, original), end, original)
    start = _single(a, original, now, langs, part=True)
    return _join(start, end, original)


def _join(start: UserDate, end: UserDate, original: str) -> UserDate:
    first = start.edtf.split("/")[0]
    last = end.edtf.split("/")[-1]
    if first == last:
        return UserDate(first, start.precision, original)
    try:
        value = parse_event_date(f"{first}/{last}")
    except DateError as error:
        raise UserDateError(_quoted(original, error.message), error.hint) from None
    coarser = min(start.precision, end.precision, key=_PRECISIONS.index)
    return UserDate(value.edtf(), coarser, original)


def _single(  # type: ignore[no-untyped-def]
    text: str, original: str, now: dt.datetime, langs, part: bool = False
) -> UserDate:
    """One date (no interval syntax), maybe "early/mid/late" something."""
    text = text.strip()
    if _EDTF_LIKE.match(text):
        return _from_edtf(text, original)
    if _BARE_DAY.match(text):
        # dateparser reads "5" as May: a number alone is too ambiguous to guess at.
        raise UserDateError(
            f"{original.strip()!r}: a number alone is not a date",
            "add the month and year: 5 Aug 2023, or write 2023-08-05",
        )
    match = _PART_OF.match(text)
    if match:
        whole = _single(match["a"], original, now, langs, part=True)
        return _part_of(whole, match["part"].lower(), original)
    found = _dateparser(text, now, langs)
    if found is None:
        impossible = _impossible_day(text, now, langs)
        if impossible is not None:
            raise UserDateError(_quoted(original, impossible.message), impossible.hint)
        what = f"{text!r} in {original!r}" if part and text != original.strip() else repr(text)
        raise UserDateError(
            f"cannot read {what} as a date",
            "write it like 2023-08-14, 14 Aug 2023, August 2023, 2023, 3 days ago, "
            "last week or Sep 2023 - Oct 2023",
        )
    when, period = found
    return UserDate(_edtf_at(when, period), period, original)


def _dateparser(text: str, now: dt.datetime, langs) -> tuple[dt.date, str] | None:  # type: ignore[no-untyped-def]
    """dateparser's reading of ``text``: (date, period), trying each language list in turn."""
    for languages in langs:
        found = _parse_with(text, now, languages)
        if found is None:
            found = _search_whole(text, now, languages)
        if found is not None:
            return found
    return None


def _settings(now: dt.datetime) -> dict[str, object]:
    return {
        "RELATIVE_BASE": now,
        # "August" typed in September is the August just gone: news is about the past.
        "PREFER_DATES_FROM": _PREFER.get(),
        "RETURN_TIME_AS_PERIOD": True,
    }


def _parse_with(
    text: str, now: dt.datetime, languages: tuple[str, ...]
) -> tuple[dt.date, str] | None:
    from dateparser.date import DateDataParser

    try:
        data = DateDataParser(languages=list(languages), settings=_settings(now)).get_date_data(
            text
        )
    except (ValueError, OverflowError, TypeError):
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def _search_whole(
    text: str, now: dt.datetime, languages: tuple[str, ...]
) -> tuple[dt.date, str] | None:
    """A date found inside ``text`` when what is left is only short words ("el", "on", "в").

    dateparser's parser refuses "el 10 de septiembre"; its search finds "10 de septiembre".
    """
    from dateparser.search import search_dates

    try:
        found = search_dates(text, languages=list(languages), settings=_settings(now))
    except (ValueError, OverflowError, TypeError):
        return None
    if not found or len(found) != 1:
        return None
    phrase, _when = found[0]
    rest = text.replace(phrase, " ").split()
    if len(rest) > 2 or any(len(word) > 3 or any(c.isdigit() for c in word) for word in rest):
        return None
    return _parse_with(phrase, now, languages)


def _edtf_at(when: dt.date, period: str) -> str:
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        monday = when - dt.timedelta(days=when.weekday())
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    return when.isoformat()


def _part_of(whole: UserDate, part: str, original: str) -> UserDate:
    """Early, mid or late in a month (thirds, as days) or a year (thirds, as months)."""
    value = whole.event_date()
    if value.is_range or value.start.precision == 3:
        raise UserDateError(
            f"{original!r}: early, mid and late apply to a month or a year",
            "write for example early August 2023 or late 2023",
        )
    third = {"early": 0, "beginning of": 0, "mid": 1, "middle of": 1, "late": 2, "end of": 2}[part]
    year = value.start.year
    if value.start.month is not None:
        month = value.start.month
        last = calendar.monthrange(year, month)[1]
        first_day, last_day = ((1, 10), (11, 20), (21, last))[third]
        start = PartialDate(year, month, first_day).iso()
        end = PartialDate(year, month, last_day).iso()
        return UserDate(f"{start}/{end}", "day", original)
    first_month, last_month = ((1, 4), (5, 8), (9, 12))[third]
    return UserDate(f"{year:04d}-{first_month:02d}/{year:04d}-{last_month:02d}", "month", original)


def _impossible_day(text: str, now: dt.datetime, langs) -> DateError | None:  # type: ignore[no-untyped-def]
    """``check``'s error for a day past the end of its month ("31/04/2023"), else None.

    dateparser refuses an impossible day as it refuses nonsense; reading the text again with
    that day as 28 tells which it was, and which month the person meant.
    """
    for match in _LATE_DAY.finditer(text):
        day = int(match.group(1))
        trial = text[: match.start()] + "28" + text[match.end() :]
        found = _dateparser(trial, now, langs)
        if found is None or found[1] not in ("day", "time") or found[0].day != 28:
            continue
        when = found[0]
        iso = f"{when.year:04d}-{when.month:02d}-{day:02d}"
        try:
            PartialDate.parse(iso)
        except DateError as error:
            return error
    return None


def publication_date(
    value: object, *, base: dt.datetime | dt.date | None = None, language: str = ""
) -> dt.date | None:
    """A publication date as front matter, metadata or ``--published`` give it: one day.

    ``None`` for no value; :class:`UserDateError` for text that is not one day ("August 2023"
    is refused rather than guessed at). Dates YAML read already pass through.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise UserDateError(f"{value!r} is not a date", "write YYYY-MM-DD")
    text = str(value).strip()
    found = parse_user_date(text, base=base, languages=[language] if language else None)
    if found.precision not in ("day", "time") or "/" in found.edtf:
        raise UserDateError(
            f"{' '.join(text.split())!r} is not one day ({found.edtf})",
            "a publication date is a day: write YYYY-MM-DD",
        )
    return dt.date.fromisoformat(found.edtf[:10])
