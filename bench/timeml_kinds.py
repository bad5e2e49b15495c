"""Sort the value errors of ``tui.extract.temporal.tag`` on matched spans into kinds; count them.

    python bench/timeml_kinds.py [--silver] [--examples N]

A value error is a gold TIMEX3 whose span overlaps a tagged one (a relaxed match, as in
``bench/timeml_score.py``) with a different value. Each error gets the first kind whose test it
passes, in the order of ``KINDS``, so the kinds are disjoint and the counts add up to the
errors. Only the ``dev`` split and the silver sample are sorted: the held-out split is scored
(``bench/timeml_score.py``), never read, not even as counts of kinds.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import timeml_score

from tui.extract.temporal import tag

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_PART = re.compile(r"T(?:MO|AF|EV|NI)$")
_REF = {"PAST_REF", "PRESENT_REF", "FUTURE_REF"}


def _underspecified(text: str, gold: str, system: str) -> bool:
    """The gold leaves out what newsline says (``1968-XX`` for ``1968``, ``198X`` for ``198``),
    or writes an ISO week or a clock time unpadded (``2000-W6``, ``T17``)."""
    if "X" in gold and not gold.startswith(("P", "XXXX")):
        known = gold.split("X", 1)[0].rstrip("-")
        return system.startswith(known)
    if re.fullmatch(r"\d{4}-W\d", gold):
        return system == gold[:-1] + "0" + gold[-1]
    return bool(re.search(r"T\d\d$", gold)) and system.startswith(gold)


Test = Callable[[str, str, str, str, str], bool]
# (kind, test(text, gold type, gold value, system type, system value)), first match wins.
KINDS: list[tuple[str, Test]] = [
    ("gold underspecified or unpadded", lambda t, gt, g, st, s: _underspecified(t, g, s)),
    (
        "part of the day kept or not",
        lambda t, gt, g, st, s: _PART.sub("", g) == _PART.sub("", s),
    ),
    (
        "quarters and year-ago periods",
        lambda t, gt, g, st, s: (
            "Q" in g + s or bool(re.search(r"quarter|period|year.(?:ago|earlier)|fiscal", t, re.I))
        ),
    ),
    ("PAST_REF / FUTURE_REF vs a vague amount", lambda t, gt, g, st, s: bool({g, s} & _REF)),
    ("duration vs date", lambda t, gt, g, st, s: (gt == "DURATION") != (st == "DURATION")),
    ("duration values", lambda t, gt, g, st, s: g.startswith("P") and s.startswith("P")),
    ("weekday: which week", lambda t, gt, g, st, s: bool(_WEEKDAY.search(t))),
    ("weeks", lambda t, gt, g, st, s: bool(re.search(r"week", t, re.I))),
    ("clock time: which day", lambda t, gt, g, st, s: "T" in g and g[11:] == s[11:]),
    (
        "month or day: which year",
        lambda t, gt, g, st, s: len(g) == len(s) >= 7 and g[4:] == s[4:] and g[:4] != s[:4],
    ),
    ("decades and centuries", lambda t, gt, g, st, s: bool(re.search(r"decade|centur|\d0s", t))),
    ("other", lambda t, gt, g, st, s: True),
]


def kind_of(text: str, gold_type: str, gold: str, system_type: str, system: str) -> str:
    """The kind of one value error: the first of ``KINDS`` whose test it passes."""
    return next(name for name, test in KINDS if test(text, gold_type, gold, system_type, system))


def value_errors(documents: list[timeml_score.GoldDoc]) -> list[tuple[str, str]]:
    """``(kind, description)`` for every value error on a relaxed match."""
    errors = []
    for doc in documents:
        system = tag(doc.text, doc.published)
        for gold in doc.timexes:
            overlapping = [t for t in system if t.start < gold.end and gold.start < t.end]
            if not overlapping:
                continue
            exact = [t for t in overlapping if (t.start, t.end) == (gold.start, gold.end)]
            timex = (exact or overlapping)[0]
            if timex.value == gold.value:
                continue
            text = doc.text[gold.start : gold.end]
            kind = kind_of(text, gold.type, gold.value, timex.type, timex.value)
            errors.append(
                (
                    kind,
                    f"{text!r} gold {gold.type} {gold.value} / {timex.type} {timex.value} "
                    f"(published {doc.published}, {doc.name})",
                )
            )
    return errors


def main(argv: list[str] | None = None) -> int:
    """Print the count of each kind (and, with ``--examples``, up to N errors of each)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # dev only: the held-out split's errors, even counted by kind, would steer the rules.
    parser.add_argument("--split", choices=("dev",), default="dev")
    parser.add_argument("--silver", action="store_true", help="the corrected silver sample")
    parser.add_argument("--examples", type=int, default=0)
    args = parser.parse_args(argv)
    if args.silver:
        documents = timeml_score.load_silver_gold() or []
    else:
        documents = timeml_score._timeml(list(timeml_score.DEFAULT_FOLDERS), args.split)
    if not documents:
        print("no documents found (../shared missing?); nothing to count")
        return 0
    errors = value_errors(documents)
    counts = Counter(kind for kind, _ in errors)
    examples: dict[str, list[str]] = defaultdict(list)
    for kind, description in errors:
        examples[kind].append(description)
    label = "silver sample" if args.silver else f"split={args.split}"
    print(f"{label}: {len(errors)} value errors on matched spans")
    for kind, _ in KINDS:
        if counts[kind]:
            print(f"{counts[kind]:5d}  {kind}")
            for line in examples[kind][: args.examples]:
                print(f"         {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
