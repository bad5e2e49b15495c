"""What the words around a name say about its part in a sentence: a place, a description, a
modifier of a noun, the content of a claim, or an affiliation, none of which takes part.

Split from :mod:`tui.extract.registry` (whose mention lookup applies these rules) by job.
"""

from __future__ import annotations

import re

from tui.extract.gazetteer import GAZETTEER
from tui.extract.names import DATE_WORDS, LOCATIVE_WORDS
from tui.model.timeline import ActorKind

# Every name of a country, for the country it names: "the DRC, Angola and ..." lists two
# countries, where "Nairobi, Kenya" places a city of the one after the comma (its capital).
_COUNTRY_OF = {
    name: entry.name
    for entry in GAZETTEER
    if entry.kind is ActorKind.COUNTRY
    for name in (entry.name, *entry.aliases)
}

_MOTION = re.compile(
    r"\b(?:travel\w*|trip|voyage|crossing|journey|flight|fl(?:y|ew|ies)|return\w*|"
    r"arriv\w*|go|goes|went|going|moved?|fled|deport\w*|extradit\w*|repatriat\w*|sent|"
    r"sen[dt]s?|back)\b"
)
_DEPARTURES = frozenset({"left", "leave", "leaves", "leaving", "fled", "flee", "fleeing"})
_REGION_WORDS = frozenset({"Northern", "Southern", "Western", "Eastern", "Central", "Upper"})


def is_place(text: str, start: int, end: int, last_place_end: int) -> bool:
    """Whether the country named at ``text[start:end]`` is a place, not an actor.

    After "in", "at", "from" ...; after a city and a comma, ending its phrase ("in Nairobi,
    Kenya, ..."); after a region word ("Northern Ireland"); or joined by "and" / "or" to a
    country just named as a place ("in Kenya and Tanzania").
    """
    before = text[max(0, start - 40) : start]
    words = before.split()
    if not words:
        return False
    previous = words[-1]
    if previous.capitalize() in _REGION_WORDS or after_locative(text, start):
        return True
    if _FACILITY.match(text, end):
        return True  # "the U.S. embassy in Nairobi", "the bureau's Washington headquarters"
    if _CURRENCY.match(text, end) or _MARKET.match(text, end):
        return True  # "Hong Kong dollars", "Tokyo stocks": money or a market, not who
    if previous == "of" and len(words) > 1 and words[-2].casefold() in _DIRECTIONS:
        return True  # "crashed northwest of Baghdad", "50 miles south of Belfast": where
    if _PLACE_AFTER.match(text, end):
        return True  # "China's Hainan Island", "Malaysia's political landscape"
    if previous in ("and", "or") and 0 <= start - last_place_end <= 6:
        return True
    if previous.endswith(",") and 0 <= start - last_place_end <= 3:
        return True  # "in Bosnia, Croatia and Kosovo": the next of a list of places
    if previous in ("both", "either") and len(words) > 1 and words[-2] in LOCATIVE_WORDS:
        return True  # "in both Cuba and Miami"
    if previous in _DEPARTURES:
        return True  # "left Pakistan today", "fled Cuba": where from
    if previous == "to" or (previous == "the" and len(words) > 1 and words[-2] == "to"):
        # "a voyage to the United States", "free to return to Cuba": a destination.
        return bool(_MOTION.search(" ".join(words[-6:])))
    if (
        before.rstrip().endswith(",")
        and previous[:1].isupper()
        and not _listed_country(words, text[start:end])
    ):
        after = text[end : end + 12]
        next_word = after.split()[0].strip(",.;:") if after.split() else ""
        return (
            not next_word
            or after[:1] in ",.;:)"
            or after.lstrip()[:1] == "("  # "THE HAGUE, Netherlands (AP)": a dateline
            or next_word in ("and", "or")
            or next_word in DATE_WORDS  # "in Nairobi, Kenya Friday morning"
        )
    return False


def _listed_country(words: list[str], name: str) -> bool:
    """Whether the words before a comma end with another country than ``name`` ("the DRC,"
    before "Angola"; "Russia," before "China"): ``name`` is the next of a list, not the
    country of a city ("Nairobi, Kenya")."""
    last = words[-1].rstrip(",")
    two = f"{words[-2]} {last}" if len(words) > 1 else ""
    country = _COUNTRY_OF.get(last) or _COUNTRY_OF.get(two)
    return country is not None and country != _COUNTRY_OF.get(name, name)


# A country's money after its name: "U.S. dollars", "Hong Kong dollars", "Swiss francs".
_CURRENCY = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:dollars?|cents|yuan|renminbi|yen|francs?|pounds?|euros?|"
    r"marks|rupees?|pesos?|shillings?|rand|rubles?|roubles?|dinars?|riyals?|lira|lire|"
    r"kronor|kroner|kronur|baht|ringgit|rupiah|currency)\b"
)
# A place's market after its name: "Tokyo stocks rose", "the Malaysia stock market" (not
# "shares", a verb too: "Italy shares the same view").
_MARKET = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:stocks|share[ \t]+prices|stock[ \t]+(?:market|exchange|prices|"
    r"index)|bourse|gold[ \t]+prices?)\b"
)
# A direction from a place: "northwest of Baghdad", "south of the border".
_DIRECTIONS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west", "outskirts", "suburbs",
    }
)  # fmt: skip


# Before a plural demonym, a count or a share makes it people, not their state: "most of them
# Kenyans and Tanzanians", "About 200 Americans", "eight of them Americans".
COUNTED = re.compile(
    r"(?:\b(?:them|most|many|some|all|several|hundreds|thousands|dozens|fellow|other)|\d)"
    r"(?:[ \t]+(?:of[ \t]+them|[A-Z][a-z]+[ \t]+and))?[ \t]+\Z"
)
# A name in an apposition that describes the one before it: "Sinn Fein, the IRA's political
# wing, ...": the IRA is how Sinn Fein is described, not a participant.
DESCRIBING = re.compile(r",[ \t]+the[ \t]+\Z")
THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
POSSESSIVE_AFTER = re.compile(r"['\u2019]s[ \t]+[a-z]")
LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
# A country's facility after its name is a place or a target ("a bomb ripped through a building
# next to the U.S. embassy"), unless the facility speaks ("the U.S. embassy said").
_FACILITY = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:embassy|embassies|consulate|consulates|headquarters|airbase|"
    r"base|bases|airport|lab|laboratory)\b(?![ \t]+(?:said|says|announced|warned|stated|"
    r"issued|told|reported|confirmed|denied))"
)
# A country's land after its name is where, not who: "China's Hainan Island", "southern
# China's Guangdong province", "Malaysia's political landscape", "across the US border" (not
# its people there: "China's border guards").
_PLACE_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:(?!(?:the|a|an|its|their|his|her)\b)[A-Za-z\-]+(?<!ed)[ \t]+){0,2}?"
    r"(?i:island|islands|province|provinces|capital|coast|coastline|border|city|town|village|"
    r"region|territory|waters|airspace|soil|mainland|landscape|countryside|interior|enclave)\b"
    r"(?![ \t]+(?:guards?|police|troops|forces|officials|authorities|patrols?|crossings?|posts?))"
)
CLAIMED_CONTENT = re.compile(
    r"(?:\b(?:charges?|warnings?|allegations?|accusations?|claims?|fears?|suspicions?|"
    r"rumou?rs?|assurances?)(?:[ \t]+[^\s,;]+){0,5}?[ \t]+(?P<that>that)"
    r"|,[ \t]+(?P<participle>claiming|arguing|alleging|insisting))\b[^;\u201c\u201d\"`]*"
)


# One told of a happening only hears of it: "the Societe de Bourses Francaises was told that a
# unit of Framatome bought ...", as "told CNN" is the listener.
TOLD_AFTER = re.compile(
    r"[ \t]+(?:was|were|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:told|informed|notified)\b"
)
# The one told is a listener, not a participant: "Li told visiting French Defense Minister
# Charles Million that ...", "told Israel radio" (not "told reporters Poland's ...", where the
# name is what was told).
TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|telling)[ \t]+(?:(?:the|a|an|visiting|his|her|their|its|fellow|state|"
    r"[A-Z][\w.\-'\u2019]*)[ \t]+){0,4}\Z"
)
# Who is left out takes no part: "UN members met in India, excluding Russia and North Korea",
# "all the ministers except Iran's".
EXCLUDED = re.compile(
    r"\b(?:excluding|except(?:[ \t]+for)?|other[ \t]+than|apart[ \t]+from|save[ \t]+for)"
    r"\b[^;:,.()\u2014\u2013\u201c\u201d\"`]*"
)


# Whom a speaker echoes or cites in an aside is a source, not a party to what is said:
# "Albright, echoing the president, said ...", "..., citing US military officials.", "...,
# quoting a company official".
CITED_ASIDE = re.compile(
    r",[ \t]+(?:echoing|citing|quoting|paraphrasing)\b[^;:,.()\u2014\u2013\u201c\u201d\"`]*"
)


def blank(match: re.Match[str]) -> str:
    """A match blanked, offsets kept."""
    return " " * len(match.group())


def blank_content(match: re.Match[str]) -> str:
    """The claimed content of a ``CLAIMED_CONTENT`` match blanked, offsets kept."""
    start = match.start("that") if match["that"] else match.start("participle")
    keep = start - match.start()
    return match.group()[:keep] + " " * (len(match.group()) - keep)


RELATIVE_CLAUSE = re.compile(
    r",[ \t]+(?:which|who|whose|whom)\b[^,;:\u201c\u201d\"`()]{1,160}?,(?=[ \t]+[a-z])"
)
# The word after an organisation's name: a verb or a function word keeps it the actor ("the
# State Department lifted", "the INS last month ruled"); another lowercase word is the noun
# the name modifies ("the Communist Party line", "Campeau Corp. credit squeeze").
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z\-']*)")
_KEEPING_WORDS = frozenset(
    {
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "can",
        "cannot", "may", "might", "must", "should", "did", "does", "do", "said", "says", "told",
        "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "that",
        "which", "who", "the", "a", "an", "its", "their", "last", "this", "next", "also",
        "then", "now", "again", "still", "never", "already", "yet", "just", "not", "but",
        "over", "into", "against", "after", "before", "since", "until", "about", "under",
        "became", "began", "came", "fled", "fell", "gave", "got", "held", "kept", "led",
        "left", "lost", "made", "met", "paid", "ran", "saw", "sent", "took", "went", "won",
        "wrote", "rose", "broke", "brought", "bought", "built", "chose", "drove", "flew",
        "grew", "hit", "let", "put", "quit", "sold", "spoke", "stood", "struck", "sought",
        "knew", "found", "agreed", "say", "tell", "want", "wants", "plan", "plans", "hopes",
        "it", "they", "he", "she", "we", "you", "i",
        # A time adverb before the verb: "the World Food Program earlier this month launched".
        "earlier", "later", "today", "yesterday", "tonight", "recently", "once", "soon", "first",
        # Past tenses not in -ed: "the Service set a deadline".
        "set", "cut", "shut", "spread", "cost", "hurt", "split", "upset", "bid", "forecast",
        "broadcast", "beat", "drew", "forgot", "froze", "heard", "lent", "meant", "overcame",
        "overtook", "rang", "rode", "shook", "shot", "slid", "stuck", "swept", "tore",
        "understood", "undertook", "withdrew", "fought", "felt", "dealt", "bound", "dug",
        "fed", "hid", "spent", "stole", "taught", "thought", "threw", "arose", "blew", "caught",
        "laid", "sat", "swore", "wore", "ruled", "read", "need", "ought",
        # Its own head ("the Sinn Fein party") or a happening it owns ("the FBI
        # investigation", "the G20 summit"): the organisation acts.
        "party", "government", "group", "movement", "organization", "summit", "meeting",
        "investigation", "inquiry", "probe", "raid", "operation", "conference", "ruling",
        "decision", "vote", "report", "statement", "announcement", "offer", "deal",
        "proposal", "attack", "strike", "campaign", "crackdown", "action", "talks",
    }
)  # fmt: skip


def modifies_noun(text: str, end: int) -> bool:
    """Whether the organisation named up to ``end`` only modifies the noun after it."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    if word in _KEEPING_WORDS or (word.endswith(("ed", "ly", "ing")) and word not in _PAPERS):
        return False  # ("the Communist Party daily Granma": its paper, not an adverb)
    if word.endswith("s") and not word.endswith("ss"):
        return False  # "NATO allies", "Iran says"
    # "Campeau Corp. credit squeeze": a happening it owns, named by two words.
    second = _NEXT_WORD.match(text, match.end())
    return second is None or second.group(1) not in _OWN_HAPPENINGS


_PAPERS = frozenset({"daily", "weekly", "monthly", "quarterly"})
# What happens to an organisation, after a noun: "credit squeeze", "debt crisis".
_OWN_HAPPENINGS = frozenset(
    {
        "squeeze", "crisis", "collapse", "bankruptcy", "default", "takeover", "merger",
        "buyout", "scandal", "strike", "investigation", "summit", "meeting", "talks",
    }
)  # fmt: skip


# A person's home after their name is a place: "buried near the Slepian home", "behind
# Slepian's house", "in Slepian's neighborhood".
HOME = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+)?(?:home|homes|house|neighbou?rhood|residence|"
    r"apartment|farm|grave|street)\b"
)
# A person's car or yard is a place after a preposition of place: "fibers found in Kopp's
# car" (not "videotapes of Kopp's car crossing the border", where the car is Kopp's doing).
PLACE_OWNED = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:car|truck|van|vehicle|garage|yard|backyard|driveway)\b"
)
PLACE_BEFORE = re.compile(r"\b(?:in|inside|from|near|behind|outside|under|into)[ \t]+\Z")
# Institutions named after their building: "in the White House" is where, not who.
BUILDING_IDS = frozenset({"white-house", "kremlin", "pentagon"})


def after_locative(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "in", "at", "from" ... ("In London", "from the
    US"): a place."""
    words = text[max(0, start - 40) : start].split()
    if words and words[-1].lower() == "the":
        words = words[:-1]
    if len(words) > 1 and words[-1] == "from" and _MESSAGES.fullmatch(words[-2]):
        return False  # "stern warnings from Moscow": Moscow warned
    return bool(words) and words[-1].lower() in LOCATIVE_WORDS


# What someone sends: after these, "from X" names the sender, not a place.
_MESSAGES = re.compile(
    r"(?:warnings?|threats?|message|messages|letter|letters|calls?|appeals?|protests?|"
    r"criticism|pressure|demands?|requests?|offers?|statements?|signals?|assurances?)"
)


# "Sinn Fein leader Gerry Adams", "White House spokesperson Adrienne Watson", "U.S. Secretary
# of State Madeleine Albright": the body is the person's affiliation; the person acts.
AFFILIATION = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:(?:[Ff]oreign|[Dd]efen[cs]e|[Pp]rime|[Vv]ice|[Dd]eputy|[Ss]enior|"
    r"[Cc]hief|[Tt]op|[Pp]olice|[Nn]ational[ \t]+[Ss]ecurity|[Pp]ress)[ \t]+)?"
    r"(?:[Ll]eader|[Pp]resident|[Ss]pokes(?:man|woman|person)|[Cc]hief|[Mm]inister|"
    r"[Ss]ecretary|[Aa]mbassador|[Oo]fficial|[Dd]irector|[Cc]hairman|[Cc]hairwoman|[Hh]ead|"
    r"[Ee]nvoy|[Pp]rosecutor|[Ss]uperintendent|[Cc]ommander|[Aa]dviser|[Aa]dvisor|"
    r"[Ss]ecretary-[Gg]eneral|[Gg]overnor|[Ss]enator|[Cc]ouncil[ \t]+spokesperson)"
    r"(?:[ \t]+of[ \t]+[A-Z][a-z]+)?,?[ \t]+[A-Z]"
)


# "the Cypriot government", "British and Irish officials", "Iranian Foreign Ministry".
DEMONYM_STATE = re.compile(
    r"(?<![\w-])(?P<demonyms>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?:(?:,[ \t]*|[ \t]+and[ \t]+)"
    r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)*)[ \t]+(?:government|governments|authorities|officials|"
    r"forces|troops|army|military|navy|police|leader|leaders|president|prime[ \t]+minister|"
    r"foreign[ \t]+minister|Foreign[ \t]+Ministry|ministry|embassy|delegation|diplomats|"
    # The state's lawmakers, soldiers and negotiators: "Bulgarian lawmakers approved ...".
    r"lawmakers|legislators|parliament|soldiers|negotiators|warplanes|warships|prosecutors|"
    # What a state does through its officials: "U.S. and British objections".
    r"objections?|protests?|demands?|proposals?|requests?|veto)\b"
)


# A sentence end the splitter kept because a quotation opens after it: "... last week.
# ``We were unjustly pushed out ...,'' Adams said".
_QUOTED_SENTENCE_START = re.compile(r"[.!?][ \t]+(?=``|\u201c|\")")


def own_sentence(sentence: str, quote: str, date_text: str = "") -> str:
    """The part of ``sentence`` that tells the event: the sentence its quote is in, when the
    text ran two together around a quotation (the actors of the sentence before, or of the
    quotation after, are not those of this one), unless the event's date is only in the
    other one."""
    found = sentence.find(quote[-60:]) if quote else -1
    if found < 0:
        return sentence
    end = found + len(quote[-60:])
    cut = 0
    for match in _QUOTED_SENTENCE_START.finditer(sentence, 0, found):
        cut = match.end()
    if date_text and date_text in sentence[:cut] and date_text not in sentence[cut:]:
        cut = 0
    # "``...,'' said Armando Gutierrez, spokesman for the relatives. ``Castro must be ...''"
    after = _QUOTED_SENTENCE_START.search(sentence, max(cut, end - 1))
    stop = after.start() + 1 if after is not None else len(sentence)
    if date_text and date_text not in sentence[cut:stop]:
        stop = len(sentence)
    return sentence[cut:stop]


# A non-restrictive relative clause or a reduced one that holds an event's date: "..., which
# has been ruled directly by London since 1972", "an appellate court ruling on the case, which
# is expected next month", "the peace process, set to resume Monday".
_RELATIVE_OPEN = re.compile(
    r",[ \t]+(?:which|who|whose|whom|(?:set|scheduled|due|expected)[ \t]+to)\b"
)
_CLAUSE_END = re.compile(r"[,;:]|[ \t]+and[ \t]+(?:because|when|while|after|before|then)\b")
# What a relative clause is about: the name right before its comma ("Juanita Castro, who
# arrived in Miami in 1961"), else the noun phrase from its last determiner ("a strong
# government for Northern Ireland, which ...").
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.\-'\u2019]*[ \t]+){0,3}[A-Z][\w.\-'\u2019]*\Z")
_DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w\-]*['\u2019]s)[ \t]"
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|on|for|in|at|with|to|from|by|about|over)[ \t]+\Z")
_LAST_WORDS = re.compile(r"(?:[\w.\-'\u2019]+[ \t]+){0,2}[\w.\-'\u2019]+\Z")
_TITLE_WORD = re.compile(r"[A-Za-z][a-z\-]{3,}")


def event_clause(sentence: str, date_text: str, title: str) -> str:
    """The part of ``sentence`` whose names take part in the event ``date_text`` dates, when
    the date is in a relative clause: the clause with what it is about ("... wants a strong
    government for Northern Ireland, which has been ruled directly by London since 1972":
    London's rule, not those who want the government), and the title tells that clause (more
    of its words are in the relative clause than in the rest of the sentence); ``sentence``
    otherwise.

    (A date on a noun is left to the whole sentence: "Amir is serving a life sentence for the
    November 1995 assassination of Rabin", "Rudolph has been on the run since the January 1998
    bombing": the main clause's subject often took part in the noun's happening.)
    """
    at = sentence.find(date_text) if date_text else -1
    if at < 0:
        return sentence
    openers = list(_RELATIVE_OPEN.finditer(sentence, 0, at))
    opener = openers[-1] if openers else None
    if opener is None or _CLAUSE_END.search(sentence, opener.end(), at) is not None:
        return sentence
    stop = _CLAUSE_END.search(sentence, at + len(date_text))
    end = stop.start() if stop else len(sentence)
    head_start = max(0, opener.start() - 80)
    head = sentence[head_start : opener.start()]
    # (A determiner after a preposition is inside the phrase, "a ruling on the case", unless
    # every one is: "wait for a ruling on the case".)
    determiners = list(_DETERMINER.finditer(head))
    free = [m for m in determiners if not _PREPOSITION_BEFORE.search(head, 0, m.start())]
    determiners = free[-1:] or determiners[:1]
    name = _NAME_BEFORE.search(head)
    if determiners:
        start = head_start + determiners[0].start()
    elif name is not None:
        start = head_start + name.start()
    else:
        # "Saudi authorities, who ...": the last few words of the phrase before the comma.
        words = _LAST_WORDS.search(head)
        start = head_start + words.start() if words is not None else opener.start()
    if not title_tells_part(title, sentence, start, end):
        return sentence  # the title tells the main clause: its date was the verb's
    return sentence[start:end]


def title_tells_part(title: str, sentence: str, start: int, end: int) -> bool:
    """Whether more of ``title``'s words (of four letters or more) are in ``sentence[start:end]``
    (a clause the event's date is in) than in the rest of the sentence: the title tells that
    clause, not the main one."""
    part = sentence[start:end].casefold()
    rest = (sentence[:start] + " " + sentence[end:]).casefold()
    words = [word.casefold() for word in _TITLE_WORD.findall(title)]
    return sum(word in part for word in words) > sum(word in rest for word in words)


# A sentence opening with the circumstances of its news: "Just ahead of Albright's one-day
# trip, the State Department issued ...", "Amidst rising tensions between ..., and Ukraine's
# outcome during this war, Kim and Putin plan to meet": whose trip or outcome it is sets the
# scene; the owner takes no part in the main clause's happening.
_CIRCUMSTANCE_OPENING = re.compile(
    r"[ \t\"'`\u201c]*(?:(?:Just|Shortly|Only|Even)[ \t]+)?(?:[Aa]midst|[Aa]mid|[Aa]head[ \t]+of|"
    r"After|Before|Following|During|Despite|In[ \t]+the[ \t]+(?:aftermath|wake|run-up)[ \t]+of)\b"
)
_POSSESSOR_NAME = re.compile(r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,3}['\u2019]s\b")


def without_scene_owners(sentence: str, title: str) -> str:
    """``sentence`` with the possessors of its opening circumstance phrase blanked (offsets
    kept): those before the start of the clause its ``title`` tells, found by the title's
    first two words; ``sentence`` itself when it opens otherwise."""
    if _CIRCUMSTANCE_OPENING.match(sentence) is None:
        return sentence
    words = title.split()[:2]
    if words and words[0] in ("The", "A", "An"):
        words = title.split()[1:3]
    main = sentence.find(" ".join(words)) if words else -1
    if main <= 0:
        return sentence
    return _POSSESSOR_NAME.sub(lambda m: " " * len(m.group()), sentence[:main]) + sentence[main:]


# A date right after a name: "meetings with Tony Blair 10 days ago and President Clinton last
# week", "met Putin on Monday and Xi on Tuesday": each name goes with its own date.
_NUMBER_WORDS = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NAME_THEN_DATE = re.compile(
    r"(?P<name>[A-Z][\w.\-'\u2019]*(?:[ \t]+[A-Z][\w.\-'\u2019]*){0,4}?)[ \t]+"
    rf"(?P<date>{_NUMBER_WORDS}[ \t]+(?:days?|weeks?|months?|years?)[ \t]+ago"
    rf"|(?:last|this|next)[ \t]+(?:week|month|year|{_WEEKDAY})"
    rf"|(?:on[ \t]+)?{_WEEKDAY}|yesterday)\b"
)


def without_other_dates_names(sentence: str, date_text: str) -> str:
    """``sentence`` with the names that another date follows blanked (offsets kept), when the
    event's own date ``date_text`` follows a name too: "meetings with Tony Blair 10 days ago
    and President Clinton last week" is a meeting with Blair, dated 10 days ago, and one with
    Clinton, last week. ``sentence`` itself otherwise."""
    if not date_text:
        return sentence
    pairs = [m for m in _NAME_THEN_DATE.finditer(sentence) if m["name"].split()[-1] != "On"]
    own = [m for m in pairs if date_text in m["date"] or m["date"] in date_text]
    others = [m for m in pairs if m not in own]
    if not own or not others:
        return sentence
    for match in others:
        start, end = match.span("name")
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


# A reduced relative that gives a cause its author: "in punishment for two killings blamed on
# the Irish Republican Army", "attacks attributed to the group": the author belongs to that
# cause's happening, not to the sentence's.
_AUTHOR_OF_CAUSE = re.compile(
    r"\b[a-z]+s[ \t]+(?:blamed[ \t]+on|attributed[ \t]+to|claimed[ \t]+by)[ \t]+"
    r"(?P<author>(?:the[ \t]+)?[A-Z][^,;:.\u201c\u201d\"]*)"
)


def without_cause_authors(sentence: str, title: str) -> str:
    """``sentence`` with the author of a cause it names blanked (offsets kept), unless the
    ``title`` names the author too (the event is then that cause's happening)."""

    def blank(match: re.Match[str]) -> str:
        if match["author"].removeprefix("the ").strip() in title:
            return match.group()
        keep = match.start("author") - match.start()
        return match.group()[:keep] + " " * (len(match.group()) - keep)

    return _AUTHOR_OF_CAUSE.sub(blank, sentence)
