"""Ranks before names, dropped when a headline is short of room.

"Air Force Lieutenant Colonel Eileen Collins" is "Eileen Collins" in a title that must be short;
"secretary of state Madeleine Albright, Berger and defense secretary William Cohen" is a list of
three names. Used by :mod:`tui.extract.headline_fit` (a subject's names inside what it keeps),
:mod:`tui.extract.headline` and :mod:`tui.extract.noun_titles`.
"""

from __future__ import annotations

from tui.extract.names import ROLE_NOUNS, TITLE_WORDS
from tui.extract.syntax.chunks import Parsed

# A title's piece: a token index of the sentence, or a word written in place of one.
Piece = int | str


def names_without_ranks(parsed: Parsed, pieces: list[Piece]) -> list[Piece]:
    """Each run of capitalised words in ``pieces`` that is a rank and a name, as the name."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        end = k
        while (
            end < len(pieces) and isinstance(pieces[end], int) and _name_part(parsed, pieces[end])
        ):
            end += 1
        if end - k >= 3:
            out.extend(without_rank(parsed, pieces[k:end]))
            k = end
            continue
        out.append(pieces[k])
        k += 1
    return out


def _name_part(parsed: Parsed, piece: int) -> bool:
    """A word of a name with its rank: "US Secretary of State Madeleine Albright", "UN
    secretary general Kofi Annan"."""
    tag = parsed.tags[piece]
    if tag == "NNP" or parsed.word(piece) in _LOWER_RANKS:
        return True
    return parsed.word(piece) == "of" and piece > 0 and parsed.tags[piece - 1] == "NNP"


_LOWER_RANKS = frozenset({"secretary", "general", "spokesman", "spokeswoman"})


def without_rank(parsed: Parsed, head: list[Piece]) -> list[Piece]:
    """A subject's name without the rank or role before it, when a headline is short of room:
    "Air Force Lieutenant Colonel Eileen Collins" -> "Eileen Collins", "Foreign Ministry
    spokesman Mahmoud Mohammadi" -> "Mahmoud Mohammadi", "The junta chief and coup leader
    General Sonthi Boonyaratglin" -> "Sonthi Boonyaratglin". Only a name of two or more words
    after the last rank word, with nothing but names, modifiers and roles before it."""
    if not all(isinstance(piece, int) for piece in head):
        return head
    last = -1
    for k, piece in enumerate(head):
        word = parsed.tokens[piece].text.rstrip(".")
        # "General" alone may be a name's start; after a rank it is one ("Attorney General").
        if (
            word in TITLE_WORDS
            or word in ROLE_NOUNS
            or (word.lower() == "general" and last == k - 1)  # "Attorney General"
        ):
            last = k
        elif word == "of" and last == k - 1 and k + 1 < len(head):
            if parsed.word(head[0]) in ("the", "a", "an"):
                return head  # "A senior leader of the Islamic Resistance Movement": no rank
            last = k + 1  # "Secretary of State": the rank's own complement
        elif last == k and k > 0:
            continue
        elif k == 0 and word.lower() in ("the", "a", "an"):
            continue  # "The junta chief and coup leader General Sonthi Boonyaratglin"
        elif word == "and" and last == k - 1 and last > 0:
            continue  # one person's two roles, before the one name
        elif parsed.tags[piece] not in ("NNP", "NNPS", "NN", "JJ"):
            return head  # "the leader of the party Gerry Adams": not a rank and a name
    name = head[last + 1 :]
    if last < 0 or len(name) < 2 or any(parsed.tags[p] != "NNP" for p in name):
        return head
    return name


def list_without_ranks(parsed: Parsed, head: list[Piece]) -> list[Piece]:
    """Each name of a list without its rank: "secretary of state Madeleine Albright, Berger
    and defense secretary William Cohen" -> "Madeleine Albright, Berger and William Cohen"."""
    out: list[Piece] = []
    item: list[Piece] = []
    for piece in [*head, None]:
        if piece is None or (isinstance(piece, int) and parsed.word(piece) in (",", "and")):
            out.extend(without_rank(parsed, item) if len(item) > 2 else item)
            item = []
            if piece is not None:
                out.append(piece)
        else:
            item.append(piece)
    return out
