"""Where a name ends: never in a pronoun or a function word (issue 9, s.3).

Pages saved from news sites run a headline, a caption or a byline into the next sentence
without a full stop ("... says Margaret Owen If ever the women of Iraq needed support",
"... says Berlusconi In the first official US estimate"), and a speaker's name was read up to
the next lower-case word: "Margaret Owen If", "Berlusconi In", "Reuters They". A capitalised
pronoun or function word is the next sentence's first word, never a name's last, so the
registry (:mod:`tui.extract.registry`) reads every name without them.
"""

from __future__ import annotations

# "Elizabeth I" is a monarch's name with a numeral, not a pronoun: the royal names are looked
# up whole before this applies (registry._ROYAL_NAME).
TRAILING_NON_NAME_WORDS = frozenset(
    {
        "I", "It", "He", "She", "We", "They", "You", "There", "This", "That", "These", "Those",
        "What", "Who", "If", "When", "While", "Because", "Although", "Though", "As", "At", "In",
        "On", "For", "From", "With", "By", "To", "Of", "The", "A", "An", "And", "But", "Or",
        "So", "After", "Before", "Since", "Then", "Now", "Yet", "His", "Her", "Its", "Our",
        "Their", "My", "Your", "Is", "Was", "Are", "Were", "Has", "Had", "Have", "Will",
        "Would", "Can", "Could",
    }
)  # fmt: skip


def without_trailing_words(surface: str) -> str:
    """``"Margaret Owen If"`` -> ``"Margaret Owen"``; a surface of those words only stays as
    it is (the callers' own rules decide what it names)."""
    words = surface.split()
    end = len(words)
    while end > 1 and words[end - 1] in TRAILING_NON_NAME_WORDS:
        end -= 1
    if end == len(words) or (end == 1 and words[0] in TRAILING_NON_NAME_WORDS):
        return surface  # ("When He": no name either way; the callers' rules decide)
    return " ".join(words[:end])
