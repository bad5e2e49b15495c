"""The rule table: what each kind of expression looks like, who reads it, and examples of both.

Each ``Rule`` (``rule.py``) is a pattern (built from the vocabulary's alternations, with named
groups its handler reads), the handler, and examples: a sentence with the expression in
[brackets] and the value it must get when published on ``EXAMPLES_PUBLISHED``. A test runs every
example, so the table and the code cannot drift apart. The rules live by family in
``rules_calendar``, ``rules_years``, ``rules_relative`` and ``rules_amounts``. Where two rules
match overlapping text, the longest match wins (see ``tag``); rules are tried in this order,
which only breaks ties of equal length.
"""

from __future__ import annotations

from tui.extract.temporal.rule import EXAMPLES_PUBLISHED, Handler, Rule
from tui.extract.temporal.rules_amounts import AMOUNTS_RULES
from tui.extract.temporal.rules_calendar import CALENDAR_RULES
from tui.extract.temporal.rules_relative import RELATIVE_RULES
from tui.extract.temporal.rules_years import YEARS_RULES

__all__ = ["EXAMPLES_PUBLISHED", "RULES", "Handler", "Rule"]

RULES: list[Rule] = [*CALENDAR_RULES, *RELATIVE_RULES, *YEARS_RULES, *AMOUNTS_RULES]
