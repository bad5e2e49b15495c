"""Publication dates as pages, feeds and exports carry them, read by :mod:`tui.model.user_dates`."""

from __future__ import annotations

import datetime as dt
import re

from tui.model.user_dates import UserDateError, publication_date

# A date in a file name: 20130322, 2013-03-22, 2013_03_22, 2013.03.22 (not inside a longer number).
_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
)
# "Published: ...", "Date - ...": labels before a date on a line of its own.
_LABEL = re.compile(
    r"^(?:published|posted|updated|date|dated|publication date|опубликовано|fecha|publicado)"
    r"\s*(?:on)?\s*[:\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
FIRST_LINES = 5
MAX_DATE_LINE = 60


def publication_day(
    value: object, *, now: dt.datetime, language: str = ""
) -> tuple[dt.date | None, str]:
    """``value`` as a publication day and ""; or None and why not ("" when there is none)."""
    try:
        return publication_date(value, base=now, language=language), ""
    except UserDateError as error:
        return None, error.message


def date_in_name(name: str) -> dt.date | None:
    """The first real date written in a file name, if any."""
    for match in _NAME_DATE.finditer(name):
        try:
            return dt.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None


def date_in_first_lines(text: str, *, now: dt.datetime, language: str = "") -> dt.date | None:
    """A date standing on one of the first lines ("March 22, 2013", "Published: 22/03/2013").

    Only short lines, and only dates that do not depend on today ("Friday" is not one), so
    that a sentence of the story is never taken for the date of the story.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:FIRST_LINES]
    for line in lines:
        candidate = _LABEL.sub("", line).strip(" .,;|")
        if (
            not candidate
            or len(candidate) > MAX_DATE_LINE
            or not any(c.isdigit() for c in candidate)
        ):
            continue
        first, _ = publication_day(candidate, now=now, language=language)
        other, _ = publication_day(candidate, now=now - dt.timedelta(days=400), language=language)
        if first is not None and first == other:
            return first
    return None
