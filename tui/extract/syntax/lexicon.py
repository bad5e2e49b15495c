"""Word lists of the titler: closed classes of English that tags alone do not tell apart."""

from __future__ import annotations

# Words that go with a date and leave with it: "back in April", "on Sunday night".
DATE_LEAD = frozenset(
    [
        "around",
        "at",
        "back",
        "by",
        "during",
        "earlier",
        "early",
        "for",
        "from",
        "in",
        "last",
        "late",
        "later",
        "next",
        "on",
        "over",
        "past",
        "since",
        "this",
        "through",
        "throughout",
        "until",
        "within",
    ]
)
# Nouns of time a date can follow: "on the night of Oct. 23".
TIME_NOUNS = frozenset(
    ["afternoon", "beginning", "day", "end", "evening", "middle", "morning", "night", "start"]
)
# Spans of time a clause can measure from: "a week after two buildings tumbled".
SPANS = frozenset(
    {"minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years"}
)
# Verbs that report speech: their subject is a speaker, their clause what was said.
SPEECH_VERBS = frozenset(
    [
        "acknowledged",
        "add",
        "added",
        "adds",
        "admitted",
        "announce",
        "announced",
        "announces",
        "argue",
        "argued",
        "argues",
        "claim",
        "claimed",
        "claims",
        "confirm",
        "confirmed",
        "confirms",
        "declare",
        "declared",
        "denied",
        "deny",
        "explain",
        "explained",
        "insist",
        "insisted",
        "insists",
        "note",
        "noted",
        "notes",
        "predicted",
        "report",
        "reported",
        "reports",
        "said",
        "say",
        "saying",
        "says",
        "state",
        "stated",
        "states",
        "suggest",
        "suggested",
        "tell",
        "tells",
        "told",
        "warn",
        "warned",
        "warns",
        "write",
        "writes",
        "wrote",
    ]
)
# Verbs whose clause says what someone knows or concluded: the gist is the clause after.
COGNITION = frozenset(
    [
        "believe",
        "believed",
        "believes",
        "conclude",
        "concluded",
        "estimate",
        "estimated",
        "found",
        "learned",
        "think",
        "thinks",
        "thought",
    ]
)
# Heads of a speaker that is an organisation ("it said").
ORGANISATION_HEADS = frozenset(
    [
        "administration",
        "agency",
        "bank",
        "board",
        "co.",
        "commission",
        "committee",
        "company",
        "corp.",
        "council",
        "court",
        "department",
        "firm",
        "government",
        "group",
        "inc.",
        "ltd.",
        "ministry",
        "office",
        "party",
        "service",
        "union",
    ]
)
# Adverbs that link a sentence to the story, not part of what happened.
DISCOURSE_ADVERBS = frozenset(
    ["again", "also", "however", "meantime", "meanwhile", "now", "still", "then", "thus", "too"]
)
# Participles that work as prepositions: ", including the 1996 bombing" is no clause.
PREPOSITIONAL = frozenset(
    ["according", "concerning", "excluding", "following", "including", "regarding", "saying"]
)
