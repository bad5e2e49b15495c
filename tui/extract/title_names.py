"""Names in titles (issue 9, section 1): a leading "He"/"She" is the person the article last
named, "The company" (or "the company's" anywhere) the business the article is about. Applied
to each event's title after the article's people and organisations are known
(:mod:`tui.extract.article_stage`); the titles themselves come from :mod:`tui.extract.titles`.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.extract.headline_fit import with_possessive
from tui.extract.offices import Holder, name_holders
from tui.extract.people import describes_person

if TYPE_CHECKING:
    from tui.extract.syntax.chunks import Parsed


def name_pronoun(title: str, name: str) -> str:
    """The title with a leading "He" / "She" replaced by ``name`` (the person it stands for),
    and a leading "His" / "Her" by the name's possessive ("His car was found" -> "James
    Kopp's car was found")."""
    match = _PERSONAL_PRONOUN.match(title)
    if match is None and name:
        # "A federal appeals court has reinstated his convictions": an institution has no
        # "his"; it is the person the article last named.
        institution = _INSTITUTION.match(title)
        if institution is not None and title.count(" his ") + title.count(" her ") == 1:
            rest = title[institution.end() :]
            return title[: institution.end()] + re.sub(
                r" (?:his|her) ", f" {with_possessive(name)} ", rest, count=1
            )
    if match is None or not name:
        return title
    if match[1]:
        return with_possessive(name) + title[match.end() :]
    return name + title[match.end() :]


# "He", "She" as the subject; "His", "Her" before a noun (group 1): the person's, also before
# a name ("His Nationalist Action party"), not in a style ("Her Majesty", "His Holiness").
_PERSONAL_PRONOUN = re.compile(
    r"(?:He|She|(His|Her)(?= (?:[a-z]|(?!Majesty|Highness|Holiness|Excellency|Royal)[A-Z])))\b"
)


_INSTITUTION = re.compile(
    r"(?:An?|The) (?:[a-z\-]+ ){0,3}(?:court|government|jury|panel|board|agency|ministry|"
    r"department|committee|commission|council|company|bank|police|prosecutors?)\b"
)


# "The company", "the restaurant operator": a business described, not named.
_DESCRIBED = re.compile(
    # "The Oneida, N.Y., maker", "The Dallas-based company": a place may come first
    r"The (?:[A-Z][\w\-]*(?:, (?:[A-Z]\.){2}|, [A-Z][a-z]{1,4}\.)?,? )?"
    r"(?:[a-z\-]+ ){0,2}(?:company|firm|bank|thrift|maker|operator|concern|retailer|"
    r"insurer|airline|carrier|utility|lender|brokerage|publisher|manufacturer|producer|"
    r"developer|chain|supplier|distributor|refiner|conglomerate|giant)\b"
)


def names_pronoun(title: str) -> bool:
    """Whether a title opens with "He", "She", "His" or "Her" (a person to name)."""
    return _PERSONAL_PRONOUN.match(title) is not None


def describes_business(title: str) -> bool:
    """Whether a title opens with a description of a business ("The company")."""
    return _DESCRIBED.match(title) is not None


def describes_business_by_place(title: str) -> bool:
    """Whether a title opens with a business described by its home ("The Oneida, N.Y.,
    maker", "The Nagoya-based company"): the business a business story is about."""
    described = _DESCRIBED.match(title)
    return described is not None and title[4:5].isupper()


def name_subject(title: str, person: str, company: str) -> str:
    """The title with a leading "He"/"She" as ``person`` and a leading "The company" (or
    another description of a business) as ``company``, the one the article is about."""
    title = name_pronoun(title, person)
    match = _DESCRIBED.match(title)
    if match is not None and company and company not in title:
        return company + title[match.end() :]
    if company and company not in title:
        # "in the company's operating results": whose, by name; "to save the company $4
        # million": which, by name
        title = _DESCRIBED_OWNER.sub(
            lambda m: with_possessive(company) if m[0].endswith("'s") else company, title, count=1
        )
    return title


_DESCRIBED_OWNER = re.compile(r"\b[Tt]he (?:company|firm|concern)(?:'s\b|(?= [a-z$]))")


def name_description(title: str, name: str, possessive: bool = False) -> str:
    """The title with its subject, a description the article resolves ("A friend of Yitzhak
    Rabin's assassin regretted ..." -> "Margalit Har-Shefi regretted ..."), as ``name``; with
    ``possessive``, a thing described by its owner ("The sweetened offer is scheduled ..."
    -> "Ratners Group PLC's sweetened offer is scheduled ..."). A subject that is no
    description (a name, a pronoun), or a title that already names ``name``, is kept."""
    if not name or name in title:
        return title
    described = _DESCRIPTION.match(title)
    if described is None:
        return title
    if possessive:
        return with_possessive(name) + " " + title[described.end("article") :]
    verb = _subject_end(title)
    if verb is None or verb <= described.end("article"):
        return title
    if ":" in title[:verb] or not describes_person(title[:verb]):
        return title  # "A Singapore court imposed a fine" is not the person the lead describes
    return name + " " + title[verb:]


# A subject opening with an article and a lowercase word: a description, not a name.
_DESCRIPTION = re.compile(r"(?P<article>(?:An?|The) )(?=[a-z])")


def _subject_end(title: str) -> int | None:
    """Where the title's first finite verb group starts (its subject ends), or None."""
    from tui.extract.syntax.chunks import parse, verb_groups  # the tagger loads late

    parsed = parse(title)
    groups = verb_groups(parsed)
    # The first finite verb; a title whose past tense the tagger read as a participle
    # ("banker regretted/VBN calling") has none, and its first verb is the predicate.
    verb = next((g for g in groups if g.finite), groups[0] if len(groups) == 1 else None)
    if verb is None:
        return None
    return parsed.tokens[verb.start].start


def two_countries(countries: Sequence[tuple[int, int, str]], text: str, offset: int) -> str:
    """ "Romania and Bulgaria" for "the two countries" at ``offset`` of ``text``
    (:func:`country_pair`, with articles: "the Netherlands"); "" when the article does not
    single out two."""
    pair = country_pair(countries, text, offset)
    return f"{_with_article(pair[0])} and {_with_article(pair[1])}" if pair else ""


def country_pair(
    countries: Sequence[tuple[int, int, str]], text: str, offset: int
) -> tuple[str, str] | None:
    """The two countries "the two countries" at ``offset`` of ``text`` stands for, for its
    title and its actors alike: the pair last named together ("from Romania and Bulgaria,
    after the two countries join") within a couple of sentences before it; else the two
    countries the article is about, named at least three times each and at least twice as
    often as any other; None when the article does not single out two. ``countries`` are
    (start, end, name) of each mention."""
    before = [m for m in countries if offset - _PAIR_REACH <= m[0] < offset]
    for (_, end, first), (start, _, second) in reversed(list(itertools.pairwise(before))):
        if first != second and _JOINED.fullmatch(text, end, start):
            return first, second
    counts: dict[str, int] = {}
    for _, _, name in countries:
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if len(ranked) < 2 or ranked[1][1] < 3:
        return None
    if len(ranked) > 2 and ranked[1][1] < 2 * ranked[2][1]:
        return None
    return ranked[0][0], ranked[1][0]


_PAIR_REACH = 300
_JOINED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _with_article(name: str) -> str:
    """ "the United States", "the Netherlands": a country's name as a sentence says it."""
    plural = name.endswith(("Islands", "Emirates", "lands", "pines", "mas", "dives", "elles"))
    if name.startswith("United ") or name.endswith("Republic") or plural:
        return "the " + name
    return name


_TWO_COUNTRIES = re.compile(r"\b([Tt])he two (?:countries|nations)\b(?!'| of\b)")


def name_two_countries(title: str, pair: str) -> str:
    """The title with "the two countries" (not "the two countries'", not "of") as ``pair``."""
    if not pair:
        return title
    capital = pair[:1].upper() + pair[1:]  # "The two countries" opening: "The Netherlands"
    return _TWO_COUNTRIES.sub(lambda m: capital if m[1] == "T" else pair, title, count=1)


def fit_title(title: str, limit: int = 90, slack: int = 10) -> str:
    """A title that naming made longer than ``limit`` (or that came out long: a statement's
    speaker with a long rank, "WFP spokesman Peter Smerdon: ..."), fitted again: the rank
    before a speaker's name goes first; then, when it is still more than ``slack`` over (a
    few characters over read better whole), the title is cut before its last preposition,
    conjunction or comma that leaves a clause with its verb and no dangling word. A title
    that cannot be cut so is kept whole (long reads better than garbled)."""
    title = _without_dangling_end(title)
    if len(title) <= limit:
        return title
    title = _speaker_without_rank(title)
    if len(title) <= limit + slack:
        return title
    from tui.extract.headline_fit import DANGLING  # the tagger loads late
    from tui.extract.syntax.chunks import FINITE, parse

    parsed = parse(title)
    tags = parsed.tags
    colon = title.find(": ")
    body = colon + 2 if 0 < colon <= 60 else 0  # "Speaker: gist": cut inside the gist
    seen_verb = False
    best = None
    for index, token in enumerate(parsed.tokens):
        if token.start >= body and tags[index] in FINITE and parsed.word(index) not in _NUMBERS:
            seen_verb = True  # ("One hundred/VBD and twenty men": no verb)
        if token.start > limit + 1:  # the cut drops the space before the token
            break
        if (
            seen_verb
            and index > 0
            and token.start - body >= 25
            and (tags[index] in _CUT_TAGS or parsed.word(index) in ("and", "but"))
            and (tags[index] != "CC" or parsed.word(index) in ("and", "but", "or"))
            and tags[index - 1] not in DANGLING
            and tags[index - 1] not in ("JJ", "JJR", "JJS", "RBR")
            and parsed.word(index - 1) not in _BEFORE_AS  # "as soon | as", "rather | than"
            and not (tags[index - 1] == "CD" and index + 1 < len(tags) and tags[index + 1] == "CD")
            and not _inside_pair(parsed, index)
            # "is aiming | to become", "has decided | to invest": a verb keeps its complement
            and not (tags[index - 1].startswith(("VB", "MD")) and tags[index] in ("IN", "TO"))
            and not _inside_quotation(title, token.start)
        ):
            best = token.start
    if best is None:
        return title
    return title[:best].rstrip(" ,;:-\u2014")


def _without_dangling_end(title: str) -> str:
    """A title never ends on a word that needs the next: "Said Israel was a", "worked out
    prior to the", "rose 46 percent against the previous" (whose "year" was a date); nor on
    the wire's "here" (its dateline's place: "Kwan withdrew here" is "Kwan withdrew")."""
    words = title.split(" ")
    before = words[-2].lower() if len(words) > 3 else ""
    if words[-1] == "here" and before and before not in _BE_HERE | _PHRASE_OPENERS:
        # "diplomats said here": the wire's dateline place, which a timeline does not show
        # ("north of here", "is here": the place is what the words say; kept)
        words.pop()
    while len(words) > 2 and (
        words[-1].lower() in _DANGLING_END
        or (words[-1].lower() in _NEEDS_NOUN and words[-2].lower() == "the")
    ):
        words.pop()
        if words[-1].lower() == "the" and len(words) > 2:
            words.pop()
        # the phrase the determiner opened goes whole: "prior to | the", "against | the"
        while len(words) > 2 and words[-1].lower() in _PHRASE_OPENERS:
            words.pop()
    return " ".join(words).rstrip(" ,;:-\u2014") if len(words) < len(title.split(" ")) else title


_DANGLING_END = frozenset(
    {"the", "a", "an", "and", "or", "but", "its", "their", "his", "her", "our", "of", "that"}
)
# "He is here" says where he is, "will leave here" that he goes (not that he quits): the
# place is what the clause tells.
_BE_HERE = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "'s", "remain", "remains", "remained",
     "stay", "stays", "stayed", "live", "lives", "leave", "leaves", "leaving", "left"}
)  # fmt: skip
_NEEDS_NOUN = frozenset({"previous", "next"})  # ("the same" ends a clause well)
_PHRASE_OPENERS = frozenset(
    {"to", "prior", "against", "of", "in", "on", "at", "for", "with", "by", "from", "into",
     "over", "than", "as", "about", "after", "before", "between", "during", "under"}
)  # fmt: skip
_CUT_TAGS = frozenset({"IN", "TO", ",", "CC"})
_BEFORE_AS = frozenset({"soon", "long", "far", "well", "much", "rather", "such", "so", "as"})


_NUMBERS = frozenset({"hundred", "thousand", "million", "billion"})


def _inside_pair(parsed: Parsed, index: int) -> bool:
    """Whether an "and" at ``index`` joins two names ("Ali Khamenei | and Ali Akbar
    Rafsanjani") or closes a "between" ("between rebel | and Mobutu officials")."""
    if parsed.word(index) != "and":
        return False
    tags = parsed.tags
    if index + 1 < len(tags) and tags[index - 1] == "NNP" and tags[index + 1] == "NNP":
        return True
    words = [parsed.word(k) for k in range(index)]
    return "between" in words and "and" not in words[len(words) - words[::-1].index("between") :]


def _inside_quotation(title: str, at: int) -> bool:
    return title.count("\u201c", 0, at) > title.count("\u201d", 0, at)


def _speaker_without_rank(title: str) -> str:
    """ "Foreign Ministry spokesman Liu Jianchao: ..." -> "Liu Jianchao: ...": the name after
    the speaker's last rank word, when it is a name of two or three capitalised words."""
    from tui.extract.names import ROLE_NOUNS, TITLE_WORDS

    colon = title.find(": ")
    if colon < 0:
        return title
    words = title[:colon].split()
    last = max(
        (k for k, word in enumerate(words) if word in TITLE_WORDS or word in ROLE_NOUNS),
        default=-1,
    )
    name = words[last + 1 :]
    if last < 0 or not 2 <= len(name) <= 3 or not all(w[:1].isupper() for w in name):
        return title
    return " ".join(name) + title[colon:]


def country_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every country the text names (by name, capital or demonym), as (start, end, canonical
    name): what "the two countries" is read from. Only called for the rare title that needs it."""
    pattern, by_name = _country_pattern()
    return [(m.start(), m.end(), by_name[m.group()]) for m in pattern.finditer(text)]


@functools.lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    from tui.extract.gazetteer import GAZETTEER
    from tui.model.timeline import ActorKind

    by_name: dict[str, str] = {}
    for entry in GAZETTEER:
        if entry.kind is not ActorKind.COUNTRY:
            continue
        names = [*entry.aliases, *entry.demonyms]
        if not entry.name_is_ambiguous:
            names.append(entry.name)
        for name in names:
            by_name.setdefault(name, entry.name)
    alternatives = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, alternatives)) + r")\b")
    return pattern, by_name


def as_written(name: str, text: str) -> str:
    """A name as the article's running text writes it: "ONEIDA Ltd." (from a headline in
    capitals) is "Oneida Ltd." when the text also writes "Oneida"."""
    words = name.split()
    for k, word in enumerate(words):
        if len(word) > 3 and word.isalpha() and word.isupper():
            mixed = word.capitalize()
            if re.search(rf"\b{mixed}\b", text):
                words[k] = mixed
    return " ".join(words)


def name_offices(title: str, position: int, holders: tuple[Holder, ...]) -> str:
    """The title with each office it describes ("The pope will hold", "The president had
    announced") as the one person the article gave that office before ``position`` (the
    resolver actors use, :func:`tui.extract.offices.name_holders`), outside quotations: a
    speaker's own words are never rewritten."""
    quoted = min((at for at in (title.find("\u201c"), title.find('"')) if at >= 0), default=-1)
    if quoted < 0:
        return name_holders(title, position, holders)
    return name_holders(title[:quoted], position, holders) + title[quoted:]


def name_known_leader(title: str, text: str) -> str:
    """The title with a description the built-in list gives one leader ("the North Korean
    leader", "the Russian president") as that leader's name, when the article (``text``)
    names the leader in full too: "A train believed to be carrying the North Korean leader
    departed Pyongyang" -> "... carrying Kim Jong Un departed Pyongyang". An article that
    never names the leader keeps the description (an older "Russian president" is not
    today's). Outside quotations: a speaker's own words are never rewritten."""
    if " the " not in title.replace("The ", " the ", 1):
        return title
    quoted = min((at for at in (title.find("\u201c"), title.find('"')) if at >= 0), default=-1)
    head, tail = (title, "") if quoted < 0 else (title[:quoted], title[quoted:])
    for pattern, names in _leader_descriptions():
        found = pattern.search(head)
        if found is None:
            continue
        name = next((n for n in names if re.search(rf"\b{re.escape(n)}\b", text)), None)
        if name is not None:
            head = head[: found.start()] + name + head[found.end() :]
    return head + tail


@functools.lru_cache(maxsize=1)
def _leader_descriptions() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Per description alias of a person in the gazetteer ("the North Korean leader"), its
    pattern and the person's full names (the canonical one first; not "Mr. Kim", not a lone
    surname, which other people share)."""
    from tui.extract.gazetteer import GAZETTEER
    from tui.model.timeline import ActorKind

    found = []
    for entry in GAZETTEER:
        if entry.kind is not ActorKind.PERSON:
            continue
        names = tuple(
            n
            for n in (entry.name, *entry.aliases)
            if " " in n and n[:1].isupper() and not n.startswith(("Mr", "Ms", "The "))
        )
        for alias in entry.aliases:
            if alias.startswith("the ") and names:
                words = re.escape(alias[4:])
                found.append((re.compile(rf"\b[Tt]he {words}\b"), names))
    return tuple(found)
