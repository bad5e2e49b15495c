"""Words of a sentence with their character offsets, split the way the treebank splits them.

The tagger was trained on the UD English Web Treebank, which splits clitics ("do" + "n't",
"Kim" + "'s") and punctuation; tokens here follow it, so the tagger sees what it learnt from.
Offsets let a title be cut from the text verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations that keep their period (a period elsewhere is its own token).
_ABBREVIATIONS = (
    r"Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Sen|Rep|Gov|Pres|Rev|Gov|Atty|Supt|Insp|"
    r"St|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Cie|Mt|Ft|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo"
)
_TOKEN = re.compile(
    r"``|''|--+|\.\.\.+|\u2026"
    r"|(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S., a.m.
    r"|[A-Z]\.(?=[ \t]+[A-Z])"  # an initial before a name: "George W. Bush", as the treebank
    # (Every abbreviation is a letter, lowercase letters and its period: the lookahead turns
    # away the other words at once, instead of after trying a hundred abbreviations each.)
    rf"|(?=[A-Za-z][a-z]*\.)(?:{_ABBREVIATIONS})\.(?=\s|$|,)"
    r"|\$?\d+(?:[.,:/]\d+)*(?:%|s)?"  # 1,500  3.5  9:30  1990s
    r"|(?i:n['\u2019]t)(?![A-Za-z])"  # n't as its own word
    r"|['\u2019](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)(?![A-Za-z])"
    r"|[^\W\d_](?:[^\W_]|[-'\u2019&](?=[^\W_]))*?(?=(?i:n['\u2019]t)(?![A-Za-z])|['\u2019](?:s|re|ve|ll|d|m)(?![A-Za-z])|[^\w\-'\u2019&]|[-'\u2019&](?!\w)|$)"
    r"|[^\W_]+"
    r"|\S",
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its text and where it is in the sentence it came from."""

    text: str
    start: int
    end: int


# A frozen dataclass sets each field through object.__setattr__, which made building the tokens
# a tenth of tagging a sentence: tokenize fills the slots directly (the same frozen tokens).
_new = object.__new__
_set_text = Token.text.__set__  # type: ignore[attr-defined]
_set_start = Token.start.__set__  # type: ignore[attr-defined]
_set_end = Token.end.__set__  # type: ignore[attr-defined]


def tokenize(text: str) -> list[Token]:
    """The words and punctuation marks of ``text``, in order, with character offsets."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        token = _new(Token)
        start, end = match.span()
        _set_text(token, match.group())
        _set_start(token, start)
        _set_end(token, end)
        append(token)
    return tokens
