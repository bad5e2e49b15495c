"""Word sets the clause rules of :mod:`tui.extract.syntax.chunks` test tokens against (split
from it; imported from there as before)."""

from __future__ import annotations

# Adverbs that sit inside a verb group: "has also said", "will not meet", "was last seen".
INNER_ADVERBS = frozenset(
    {"not", "n't", "also", "never", "still",
     "already", "just", "now", "then", "reportedly", "allegedly", "finally", "formally",
     "officially", "last", "first", "repeatedly", "again", "recently", "previously", "later",
     "barely", "only", "initially"}
)  # fmt: skip
# Words that open a subordinate clause (as a conjunction, not as a preposition).
SUBORDINATORS = frozenset(
    {"because", "although", "though", "while", "whereas", "if", "unless", "whether", "so",
     "once", "as", "after", "before", "when", "until", "since", "where", "whenever"}
)  # fmt: skip
# Nouns of time: "said last week that ..." is no relative clause on "week".
TIME_WORDS = frozenset(
    {"today", "yesterday", "tomorrow", "day", "days",
     "week", "weeks", "month", "months", "year", "years", "morning", "afternoon", "evening",
     "night", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "ago", "earlier", "later"}
)  # fmt: skip
