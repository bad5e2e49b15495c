"""Page furniture: the parts of a saved web page that are not the article (issue 9, s.2).

Articles saved from news sites keep what the page put around the story: a live blog's update
stamps ("(Update 3:42 p.m. Cairo, 8:42 a.m. ET)"), an aggregator's time stamps before each
item ("updated: Tue Dec 13 2011 11:22:00"), a blog's byline stamp ("William Crawley | 22:29 UK
time, Wednesday, 13 January 2010") and, after the story, the readers' comments ("At 11:45 pm
on 13 Jan 2010, SheffTim wrote: ..."; "... February 1, 2011 at 3:56 am | Report abuse |").
None of it reports news: a stamp glued to a sentence became part of its title ("8:42 a.m. ET)
CNN's Anderson Cooper said he"), and a comment section gave hundreds of events whose actors
are readers' handles.

:func:`read_page` finds that furniture with the rules below, kept as data with examples that
run as tests, and gives the text with it blanked out: spaces of the same length, so every
offset and every quote still points into the article as written. A stamp that gives a day
(an aggregator's, a blog's) is also the day the text after it was written: relative dates
there ("Sunday", "next week") count from it, not from the page's publication date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

# A month by its name or its first three letters ("Jan", "January", "Sept").
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?)"
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])"
# The same two as the other branch of an alternation (a group name is used once a pattern).
_MONTH_2 = _MONTH.replace("<month>", "<month2>")
_DAY_2 = _DAY.replace("<day>", "<day2>")
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_ZONE = r"(?:\s+(?:[A-Z]{2,4}|UK|local)(?:\s+time)?)?"


@dataclass(frozen=True)
class FurnitureRule:
    """One kind of page furniture: ``pattern`` finds it; ``to_end`` says it opens a section
    that runs to the end of the text (readers' comments follow the story); a stamp with named
    groups ``year``, ``month`` and ``day`` dates the text after it. ``examples`` are
    ``(text, furniture)`` pairs: the furniture found first in ``text`` (empty: none); the
    rule runs only on texts that hold one of its ``needs``."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]
    to_end: bool = False
    # Words the furniture always holds: the pattern runs only on a text with one of them
    # (most articles have none, and a quick ``in`` test costs far less than the pattern).
    needs: tuple[str, ...] = ()


RULES: tuple[FurnitureRule, ...] = (
    FurnitureRule(
        "live-blog update stamp",
        # Only with a clock time inside: "(Updated figures below)" is prose.
        re.compile(
            rf"\((?:Update|UPDATE|Updated|UPDATED)\b[^()\n]{{0,40}}?{_CLOCK}[^()\n]{{0,60}}\)"
        ),
        (
            (
                "(Update 3:42 p.m. Cairo, 8:42 a.m. ET) CNN's Anderson Cooper said he was hit.",
                "(Update 3:42 p.m. Cairo, 8:42 a.m. ET)",
            ),
            (
                "(Update 2:54 a.m. Thursday in Cairo, 7:54 p.m. ET Wednesday) The video",
                "(Update 2:54 a.m. Thursday in Cairo, 7:54 p.m. ET Wednesday)",
            ),
            ("The figures (updated below) are new.", ""),
        ),
        needs=("Update", "UPDATE"),
    ),
    FurnitureRule(
        "time stamp",
        # A machine's stamp: weekday, day, year and a clock together, with nothing between
        # them but spaces and commas; prose puts "at" or "on" in ("on Wednesday, 13 January
        # 2010 at 22:29").
        re.compile(
            # (The look-ahead rejects most places at once: the label and the weekday's letters.)
            rf"(?=[UuPpLMTWFS])(?:(?:[Uu]pdated|UPDATED|[Pp]osted|POSTED|Last [Uu]pdated):?\s+)?"
            rf"{_WEEKDAY},?\s+(?:{_MONTH}\s+{_DAY}|{_DAY_2}\s+{_MONTH_2}),?\s+{_YEAR},?\s+"
            rf"{_CLOCK}{_ZONE}(?![\w:])"
        ),
        (
            (
                "updated: Sun Jul 29 2012 08:01:00 Since the start of the Arab spring",
                "updated: Sun Jul 29 2012 08:01:00",
            ),
            (
                "Tue Jun 14 2011 05:26:00 Former Tunisian President Zine el Abidine Ben Ali",
                "Tue Jun 14 2011 05:26:00",
            ),
            (
                "Last Updated: Monday, 27 April 2009, 10:14 GMT E-mail this to a friend",
                "Last Updated: Monday, 27 April 2009, 10:14 GMT",
            ),
            ("He spoke on Wednesday, 13 January 2010 at 22:29 in Paris.", ""),
        ),
    ),
    FurnitureRule(
        "newspaper time stamp",
        # A newspaper site's: the day in full, then the clock with a full stop and its zone.
        re.compile(
            rf"{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}\s+{_YEAR},?\s+\d{{1,2}}[.:]\d{{2}}\s+"
            r"(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET)\b"
        ),
        (
            (
                "Philip Ball reports Thursday 4 August 2005 00.02 BST The third world war has",
                "Thursday 4 August 2005 00.02 BST",
            ),
            ("The polls closed on Thursday 4 August 2005 at 10.00 in the evening.", ""),
        ),
        needs=("GMT", "BST", "UTC", "CET", "EST", "EDT", "ET"),
    ),
    FurnitureRule(
        "blog byline stamp",
        # The author's name, a bar, then the time and day the post went up.
        re.compile(
            rf"(?m:^)[^\n|.]{{0,60}}\|\s*{_CLOCK}{_ZONE},\s+{_WEEKDAY},?\s+{_DAY}\s+{_MONTH}"
            rf",?\s+{_YEAR}"
        ),
        (
            (
                "William Crawley | 22:29 UK time, Wednesday, 13 January 2010 His body was found",
                "William Crawley | 22:29 UK time, Wednesday, 13 January 2010",
            ),
            ("Sales | 2010 | 2011", ""),
        ),
        needs=("|",),
    ),
    FurnitureRule(
        "photo credit",
        # A picture's credit between its caption and the text: the photographer and the
        # agencies after a slash, or an agency's initials alone, or a name of two words.
        re.compile(
            r"\b(?:Photograph|Photo|Picture|Photos|Pictures):\s+(?:"
            r"[^\s/\\]+(?:\s+[^\s/\\]+){0,3}?"
            r"(?:\\?/(?:[A-Z]{2,5}|Reuters|Getty|Corbis|Rex|Guardian|Observer)(?:\s+[Ii]mages)?)+"
            r"|[A-Z]{2,5}\b|[A-Z][a-z]+\s+[A-Z][a-z]+(?=\s+[A-Z]))"
        ),
        (
            (
                "at the Oval. Photograph: Frank Baron It is almost a cliche to say",
                "Photograph: Frank Baron",
            ),
            (
                "in Basra. Photograph: Carl de Souza/AFP/Getty Images The ministry said",
                "Photograph: Carl de Souza/AFP/Getty Images",
            ),
            ("the crowd. Photograph: AP A Scottish hospital", "Photograph: AP"),
            ("He showed the photograph: it was blurred.", ""),
        ),
        needs=("Photo", "Picture"),
    ),
    FurnitureRule(
        "edition choice",
        re.compile(
            r"You've selected the [A-Z][\w.]*(?: [A-Z][\w.]*)? Edition\.(?:\s+Would you like to "
            r"make this your default edition\?(?:\s+YES \| NO)?)?"
        ),
        (
            (
                "You've selected the U.S. Edition. Would you like to make this your default "
                "edition? YES | NO The unrest",
                "You've selected the U.S. Edition. Would you like to make this your default "
                "edition? YES | NO",
            ),
            ("She selected the U.S. edition of the book.", ""),
        ),
        needs=("You've selected",),
    ),
    FurnitureRule(
        "site footer",
        # What a newspaper site prints after every story, to the end of the page.
        re.compile(
            r"\bLetters for publication should be sent to\b|\bIf you need help using the site:"
            r"|\bThis article appeared on p\d+ of\b"
        ),
        (
            (
                "is published by Penguin Letters for publication should be sent to: letters@",
                "Letters for publication should be sent to: letters@",
            ),
            (
                "Review: Postwar This article appeared on p8 of the Guardian review section",
                "This article appeared on p8 of the Guardian review section",
            ),
            ("Letters for the editor were sent to the paper on Monday.", ""),
        ),
        to_end=True,
        needs=("Letters for publication", "If you need help using", "This article appeared"),
    ),
    FurnitureRule(
        "readers' comments (a handle, then 'wrote:')",
        re.compile(
            rf"\bAt\s+{_CLOCK}\s+on\s+{_DAY}\s+{_MONTH}\s+{_YEAR},\s+[^\n:]{{1,60}}?\s+wrote:"
        ),
        (
            (
                "Oh well... At 11:45 pm on 13 Jan 2010, SheffTim wrote: This comment was removed",
                "At 11:45 pm on 13 Jan 2010, SheffTim wrote: This comment was removed",
            ),
            ("At 9:30 am on 4 May 2009, the minister wrote to the council.", ""),
        ),
        to_end=True,
        needs=("wrote:",),
    ),
    FurnitureRule(
        "readers' comments (a stamp, then 'Report abuse')",
        re.compile(rf"\b{_MONTH}\s+{_DAY},\s+{_YEAR}\s+at\s+{_CLOCK}\s*\|\s*Report abuse\b"),
        (
            (
                "Oh wait. February 1, 2011 at 3:56 am | Report abuse | There is great hype",
                "February 1, 2011 at 3:56 am | Report abuse | There is great hype",
            ),
            ("The vote on February 1, 2011 at 3:56 am was close.", ""),
        ),
        to_end=True,
        needs=("Report abuse",),
    ),
)


@dataclass(frozen=True)
class Page:
    """An article's text with its furniture blanked, and the days its stamps give."""

    text: str
    # (offset, day) of each dated stamp, in text order: the text after it was written that day.
    stamps: tuple[tuple[int, dt.date], ...] = ()

    def written_on(self, published: dt.date) -> Callable[[int], dt.date] | None:
        """:meth:`day_at` for a page published ``published``; None when no stamp dates it."""
        return partial(self.day_at, published=published) if self.stamps else None

    def day_at(self, offset: int, published: dt.date) -> dt.date:
        """The day the text at ``offset`` was written: the last dated stamp before it, else
        the publication date."""
        index = bisect.bisect_right(self.stamps, offset, key=lambda stamp: stamp[0])
        return self.stamps[index - 1][1] if index else published

    def segments(self) -> list[tuple[int, int, dt.date | None]]:
        """``(start, end, day)`` stretches of the text between dated stamps; ``day`` None for
        the stretch before the first stamp (it keeps the publication date)."""
        bounds = [(0, None), *self.stamps]
        return [
            (start, bounds[i + 1][0] if i + 1 < len(bounds) else len(self.text), day)
            for i, (start, day) in enumerate(bounds)
        ]


def _stamp_day(found: re.Match[str]) -> dt.date | None:
    groups = found.groupdict()
    year = groups.get("year")
    month = groups.get("month") or groups.get("month2")
    day = groups.get("day") or groups.get("day2")
    if not year or not month or not day:
        return None
    try:
        return dt.date(int(year), _MONTH_NUMBERS.get(month[:3].lower(), 0), int(day))
    except ValueError:
        return None  # "Feb 30": no day, and no anchor


_WEEKDAY_NUMBERS = {
    name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
}
_STAMP_WEEKDAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\b")
_STAMP_CLOCK = re.compile(r"(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\b")


def _minutes(stamp: str) -> int | None:
    """The stamp's first clock time ("3:42 p.m." -> 942), or None."""
    clock = _STAMP_CLOCK.search(stamp)
    if clock is None:
        return None
    hours = int(clock[1]) % 12 + (12 if clock[3] in "Pp" else 0)
    return hours * 60 + int(clock[2])


def _live_blog_days(
    text: str, spans: list[tuple[int, int, dt.date | None, FurnitureRule]], published: dt.date
) -> list[tuple[int, int, dt.date | None, FurnitureRule]]:
    """The days of a live blog's update stamps. A stamp that names its weekday ("(Update 2:54
    a.m. Thursday in Cairo, ...)") is that weekday nearest the publication date; one that
    gives only a clock is the day of the stamp before it, a day earlier where the clock
    passes midnight going back (a log written newest first: 11:47 p.m. after 12:05 a.m.),
    or a day later the other way. Before the first weekday, no day: the publication's."""
    updates = [i for i, span in enumerate(spans) if span[3] is RULES[0]]
    clocks = [_minutes(text[spans[i][0] : spans[i][1]]) for i in updates]
    # Which way the log runs: each step the shorter way round the clock (12:05 a.m. after
    # 1:14 a.m. is 69 minutes back; 11:47 p.m. after 12:05 a.m., 18 minutes back).
    steps = [
        (b - a) % 1440 for a, b in itertools.pairwise(clocks) if a is not None and b is not None
    ]
    newest_first = sum(step > 720 for step in steps) > sum(0 < step <= 720 for step in steps)
    day: dt.date | None = None
    previous: int | None = None
    dated = list(spans)
    for index, clock in zip(updates, clocks, strict=True):
        start, end, _, rule = spans[index]
        weekday = _STAMP_WEEKDAY.search(text, start, end)
        if weekday is not None:
            ahead = (_WEEKDAY_NUMBERS[weekday[1].lower()] - published.weekday()) % 7
            day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
        elif day is not None and clock is not None and previous is not None:
            if newest_first and clock > previous:
                day -= dt.timedelta(days=1)
            elif not newest_first and clock < previous:
                day += dt.timedelta(days=1)
        previous = clock if clock is not None else previous
        dated[index] = (start, end, day, rule)
    return dated


def furniture_spans(text: str) -> list[tuple[int, int, dt.date | None, FurnitureRule]]:
    """Every stretch of furniture in ``text``, in text order: ``(start, end, day, rule)``;
    a comment section runs from its first comment to the end of the text."""
    found: list[tuple[int, int, dt.date | None, FurnitureRule]] = []
    for rule in RULES:
        if rule.needs and not any(word in text for word in rule.needs):
            continue
        if rule.to_end:
            first = rule.pattern.search(text)
            if first is not None:
                found.append((first.start(), len(text), None, rule))
            continue
        found.extend((m.start(), m.end(), _stamp_day(m), rule) for m in rule.pattern.finditer(text))
    found.sort(key=lambda span: span[0])
    return found


_NOT_LINE_BREAK = re.compile(r"[^\n]")


def read_page(text: str, published: dt.date | None = None) -> Page:
    """``text`` with its page furniture blanked (same length: spaces, a stamp's first one a
    line break), and its dated stamps; a live blog's are dated from ``published``."""
    # Cheap tests first: most articles have no furniture at all.
    if ":" not in text:
        return Page(text)
    spans = furniture_spans(text)
    if not spans:
        return Page(text)
    if published is not None and any(span[3] is RULES[0] for span in spans):
        spans = _live_blog_days(text, spans, published)
    pieces: list[str] = []
    stamps: list[tuple[int, dt.date]] = []
    cursor = 0
    for start, end, day, rule in spans:
        if end <= cursor:
            continue  # inside a comment section already blanked
        start = max(start, cursor)
        pieces.append(text[cursor:start])
        # Line breaks stay: they are sentence boundaries the splitter relies on. A stamp
        # becomes one itself: the headline before an aggregator's stamp, or a dateline's
        # place, is no part of the sentence after it.
        blank = _NOT_LINE_BREAK.sub(" ", text[start:end])
        if not rule.to_end and blank[:1] == " ":
            blank = "\n" + blank[1:]
        pieces.append(blank)
        cursor = end
        if day is not None:
            stamps.append((start, day))
    pieces.append(text[cursor:])
    return Page("".join(pieces), tuple(stamps))
