"""TIMEX3 values: the ``Timex`` result, numbers and durations as TimeML writes them, and the
calendar arithmetic that places a weekday, a month or a day-and-month near publication."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.extract.temporal.vocabulary import (
    DAY_ORDINAL_WORDS,
    NUMBER_WORDS,
    UNIT_CODES,
    VAGUE_NUMBERS,
)
from tui.model.timex import value_range, year_text

__all__ = ["Timex", "value_range"]


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: ``text == source[start:end]``; ``type`` and ``value`` as TIMEX3."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str

    def first_day(self) -> dt.date | None:
        """The first calendar day a DATE/TIME value covers (None for durations, sets, refs)."""
        covered = value_range(self.value) if self.type in ("DATE", "TIME") else None
        return covered[0] if covered else None

    def last_day(self) -> dt.date | None:
        """The last calendar day a DATE/TIME value covers (None for durations, sets, refs)."""
        covered = value_range(self.value) if self.type in ("DATE", "TIME") else None
        return covered[1] if covered else None


def number(text: str) -> float | None:
    """The number a numeral phrase stands for; None for vague ones ("several", "a few")."""
    words = re.sub(r"[\s-]+", " ", text.lower()).strip()
    if words in VAGUE_NUMBERS:
        return None
    if re.fullmatch(r"\d+ 1/2", words):
        return float(words.split()[0]) + 0.5
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words)
    if words in NUMBER_WORDS:
        return float(NUMBER_WORDS[words])
    for half in (" and a half", " and half"):  # "six and half years", as some wires write it
        if words.endswith(half):
            base = number(words[: -len(half)])
            return None if base is None else base + 0.5
    total = 0.0
    for word in words.split():
        if word not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[word]
    return total


def fmt_amount(amount: float) -> str:
    """``2`` for 2.0, ``2.5`` for 2.5: an amount as a TIMEX value writes it."""
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


# A fraction of a unit is written in the next unit down: 2.5 years -> P2Y6M.
_LOWER_UNITS = {"Y": ("M", 12, ""), "H": ("M", 60, ""), "D": ("H", 24, "T"), "W": ("D", 7, "")}


def duration(amount: float | None, unit: str) -> str:
    """``P2D``, ``PT3H``, ``PXY``; halves as TimeML writes them: 2.5 years -> ``P2Y6M``."""
    code, is_time = UNIT_CODES[unit]
    if code == "C":
        return f"P{fmt_amount(amount * 100)}Y" if amount is not None else "PXC"
    if code == "E" and amount is not None and amount != 1:
        return f"P{fmt_amount(amount * 10)}Y"
    if code == "Y" and amount is not None and amount >= 1000 and amount % 1000 == 0:
        return f"P{fmt_amount(amount / 1000)}L"  # TimeML's millennia: "two thousand years" P2L
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{code}"
    whole, fraction = int(amount), amount - int(amount)
    lower_units = _LOWER_UNITS | {"M": ("S", 60, "") if is_time else ("D", 30, "")}
    if fraction and code in lower_units:
        lower, factor, separator = lower_units[code]
        head = f"{whole}{code}" if whole else ""
        return f"{prefix}{head}{separator}{fmt_amount(fraction * factor)}{lower}"
    return f"{prefix}{fmt_amount(amount)}{code}"


def unit_of(word: str) -> str:
    """The unit a (possibly plural) unit word names: "centuries" -> "century"."""
    word = word.lower()
    if word.startswith("centur"):  # "centuries" is matched as "centurie" + "s"
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNIT_CODES else word


def weekday_date(published: dt.date, weekday: int, direction: int, strict: bool = False) -> dt.date:
    """The weekday nearest publication in the given direction (same day counts unless strict)."""
    delta = (weekday - published.weekday()) % 7
    if direction > 0:
        return published + dt.timedelta(days=delta or (7 if strict else 0))
    back = (published.weekday() - weekday) % 7
    return published - dt.timedelta(days=back or (7 if strict else 0))


def month_year(published: dt.date, month: int, direction: int) -> int:
    """The year of a month named without one: the nearest that the tense allows."""
    here = published.year * 12 + published.month - 1

    def cost(year: int) -> float:
        gap = year * 12 + month - 1 - here
        # A tense cue makes the other direction four times as far; without one, news leans past.
        if gap > 0:
            return gap * (4 if direction < 0 else 1.5 if direction == 0 else 1)
        return -gap * (4 if direction > 0 else 1)

    return min((published.year - 1, published.year, published.year + 1), key=cost)


def day_year(published: dt.date, month: int, day: int, direction: int) -> int:
    """The year of a day-and-month named without one."""

    def cost(year: int) -> float:
        try:
            gap = (dt.date(year, month, day) - published).days
        except ValueError:
            return 10_000.0
        if gap > 0:
            return gap * (3 if direction < 0 else 1.01)
        return -gap * (4 if direction > 0 else 1)

    return min((published.year - 1, published.year, published.year + 1), key=cost)


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``months``; OverflowError past the calendar's four-digit years."""
    index = year * 12 + month - 1 + months
    year_text(index // 12)
    return index // 12, index % 12 + 1


def date_iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD``, or None when there is no such day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def day_number(text: str) -> int:
    """The day of the month in "5", "05", "5th", "eighth", "twenty-first"."""
    digits = re.match(r"\d+", text)
    if digits is None:
        return DAY_ORDINAL_WORDS[re.sub(r"\s+", " ", text.lower())]
    return int(digits.group(0))
