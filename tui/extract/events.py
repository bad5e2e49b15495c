"""Events from sentences: one per dated happening, plus statements attributed to their speaker.

Everything here works on one article and returns plain, picklable drafts, so that articles can
be processed in parallel; actors are resolved and drafts from several articles merged later, in
:mod:`tui.extract.pipeline`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from tui.extract.actors import cited_source, speaker_of, strip_titles
from tui.extract.not_happenings import why_no_happening
from tui.extract.titles import event_title, lead_title, statement_gist
from tui.model.dates import PartialDate
from tui.model.sentences import Sentence
from tui.model.timeline import EventStatus
from tui.model.timex import timex_to_edtf, value_range

MAX_TITLE = 80
MAX_QUOTE = 200
# A statement whose quotation began a sentence or two earlier is quoted whole up to this.
MAX_QUOTATION = 300


class TimexLike(Protocol):
    """What events need of a temporal expression (``tui.extract.temporal.Timex``)."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class EventDraft:
    """An event as one article tells it, before actors are resolved and articles merged."""

    article: str
    sentence: int  # index of the sentence in the article
    date: str  # EDTF
    date_text: str  # the temporal expression as written, "" when dated by publication
    status: EventStatus
    title: str
    quote: str  # verbatim text[quote_start:quote_end]
    quote_start: int
    sentence_text: str
    speaker: str = ""  # the speaker's name as written, for statements
    # A source the sentence cites for a happening ("according to TASS"), not a participant.
    cited: str = ""
    actors: list[str] = field(default_factory=list)  # actor ids, filled by the pipeline


# --- dates -------------------------------------------------------------------------------------

# A date wider than a year ("the 1980s", "the 20th century") is background, not a happening.
MAX_EVENT_DAYS = 366


def event_date(timex: TimexLike) -> str | None:
    """The date an event gets from a DATE or TIME expression (EDTF), else ``None``.

    ``None`` too for a value that names no calendar time (``PRESENT_REF``) or a span wider
    than a year. Extraction and the reader's new event both date a sentence by this.
    """
    if timex.type not in ("DATE", "TIME"):
        return None
    covered = value_range(timex.value)
    if covered is None or (covered[1] - covered[0]).days >= MAX_EVENT_DAYS:
        return None
    return timex_to_edtf(timex.value)


_DURATION_DAYS = re.compile(r"^P(\d+)([DW])$")
_TAKE = re.compile(r"\btak(?:e|es|ing)\s+(?:about\s+|around\s+|some\s+)?$")
# "is expected to " right before "take two days", kept in the event's date_text.
_EXPECTED_LEAD = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:expected|likely|due)\s+to\s+$")


# "fourth-quarter earnings", "the year-earlier period", "fiscal 1989": the period a result
# covers, not when it was reported (the report is the statement, dated at publication).
_ACCOUNTING_TEXT = re.compile(
    r"\bquarter|\bfiscal\b|\bhalf\b|year[- ]earlier|year[- ]ago|\bperiod\b", re.IGNORECASE
)
_ACCOUNTING_VALUE = re.compile(r"-(?:Q[1-4]|H[12])\b")
# "the quarter ended Sept. 30": the end of the period, not a day something happened.
_PERIOD_END = re.compile(r"\b(?:quarter|year|period|months?)\s+(?:ended|ending)\s+$", re.IGNORECASE)
_COMPARISON = re.compile(r"year[- ]earlier|year[- ]ago", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|reported|reports|posted|estimated|estimates|announced|expects|"
    r"expected|predicted|forecast|projected)\b"
)


def _is_accounting_period(timex: TimexLike, sentence: str, offset: int) -> bool:
    """Whether ``timex`` (in ``sentence``, which starts at ``offset``) is an accounting period."""
    if _ACCOUNTING_VALUE.search(timex.value) or _ACCOUNTING_TEXT.search(timex.text):
        return True
    return _PERIOD_END.search(sentence, 0, max(0, timex.start - offset)) is not None


def _arrival_date(sentence: str, timex: TimexLike, offset: int, anchor: dt.date) -> str | None:
    """``"expected to take two days to arrive"`` -> ``anchor`` + 2 days; ``None`` otherwise.

    The anchor is the day the text last named (the departure), else the publication date.
    """
    duration = _DURATION_DAYS.match(timex.value)
    if duration is None:
        return None
    before = sentence[: timex.start - offset]
    after = sentence[timex.end - offset :]
    if not _TAKE.search(before):
        return None
    if not re.match(r"\s+to\s+(?:arrive|reach|get|travel|complete|finish|return)\b", after):
        return None
    days = int(duration[1]) * (7 if duration[2] == "W" else 1)
    try:
        return (anchor + dt.timedelta(days=days)).isoformat()
    except OverflowError:  # past 9999-12-31: no date rather than a crash
        return None


# --- clauses and titles ------------------------------------------------------------------------

_SEPARATOR = re.compile(r",\s+|;\s+|:\s+|\s+[\u2014\u2013]\s+|\s+-{1,2}\s+|[\u201c\u201d\"]")
_RELATIVE = re.compile(r"^(?:where|when|which|who|whom|whose)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(
    r"\b(?:as|after|before|while|because|since|although|though|when|once)\s+", re.IGNORECASE
)
_DISCOURSE = re.compile(
    r"^(?:(?:and|but|so|also|then|meanwhile|however|still|yet|now|this comes after|"
    r"the news comes(?: shortly)?(?: before| after)?|in lighter news|for instance|"
    r"of course|in the midst of all this|in exchange|from there|that)\b[\s,]*)+",
    re.IGNORECASE,
)
# Prepositions that go with a date: "back in April", "on Sunday night", "later this month".
_DATE_LEAD = re.compile(
    r"(?:\b(?:back|earlier|later|early|late|since|until|by|from|during|in|on|at|of|for|"
    r"this|last|next|past|the)\s+)*$",
    re.IGNORECASE,
)
_TITLE_CUTS = re.compile(
    r"\s+(?:to discuss|in order to|to|on|in|at|for|with|from|by|that|which|who|as|while|"
    r"and|but|after|before|during|including)\s+|,\s+"
)


@dataclass(frozen=True, slots=True)
class _Segment:
    start: int
    end: int


def _segments(sentence: str) -> list[_Segment]:
    """The sentence cut at commas, colons, dashes and quote marks, empty pieces dropped."""
    pieces: list[_Segment] = []
    cursor = 0
    for match in _SEPARATOR.finditer(sentence):
        if sentence[cursor : match.start()].strip():
            pieces.append(_Segment(cursor, match.start()))
        cursor = match.end()
    if sentence[cursor:].strip():
        pieces.append(_Segment(cursor, len(sentence)))
    return pieces


def _segment_at(segments: Sequence[_Segment], offset: int) -> int:
    for index, segment in enumerate(segments):
        if segment.start <= offset < segment.end:
            return index
    return max(0, min(len(segments) - 1, sum(1 for s in segments if s.end <= offset)))


def _after_last_subordinator(text: str, limit: int) -> str:
    """The part of ``text`` after the last subordinating word before ``limit``, if a clause."""
    cut = None
    for match in _SUBORDINATE.finditer(text, 0, max(0, limit)):
        if match.start() > 0 and len(text[match.end() :].split()) >= 2:
            cut = match.end()
    return text[cut:] if cut is not None else text


def _clean_title(text: str) -> str:
    text = re.sub(r"\s*\[[^\]]*\]|\s*\([^)]*\)", "", text)
    text = " ".join(text.split()).strip(" ,;:.\u201c\u201d\"'\u2014\u2013-")
    text = _DISCOURSE.sub("", text).strip(" ,;:")
    # A title a little over the limit reads better whole than cut mid-thought.
    if len(text) > MAX_TITLE + 10:
        cuts = [m.start() for m in _TITLE_CUTS.finditer(text) if 40 <= m.start() <= MAX_TITLE]
        if cuts:
            text = text[: cuts[-1]]
        else:
            text = text[: MAX_TITLE - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "\u2026"
    return text[:1].upper() + text[1:]


def _says_something(title: str) -> bool:
    """Whether a title has a word in it (a letter in any script), not only digits and marks."""
    return any(character.isalpha() for character in title)


def clause_title(sentence: str, timex_start: int, timex_end: int) -> str:
    """A short title for what happened at the date found at ``[timex_start, timex_end)``.

    The clause holding the date, minus the date and its prepositions; a relative clause
    ("where UN members met") keeps the noun it describes; a subordinate clause ("as the two
    countries exchanged letters") stands alone.
    """
    segments = _segments(sentence)
    if not segments:
        return _clean_title(sentence)
    index = _segment_at(segments, timex_start)
    segment = segments[index]
    head = sentence[segment.start : timex_start]
    head = _DATE_LEAD.sub("", head) if timex_start >= segment.start else ""
    tail = sentence[timex_end : segment.end] if timex_end <= segment.end else ""
    text = f"{head.rstrip()} {tail.lstrip()}".strip()
    if _RELATIVE.match(text) and index > 0:
        previous = segments[index - 1]
        noun = _after_last_subordinator(sentence[previous.start : previous.end], previous.end)
        text = f"{noun}, {text}"
    else:
        text = _after_last_subordinator(text, len(head))
    return _clean_title(text)


def statement_title(sentence: str, speaker: str, speaker_at: int) -> str:
    """``"Koffler: two of our top adversaries are joining forces"``."""
    name = strip_titles(speaker)
    gist = statement_gist(sentence, name, speaker_at)
    if gist:
        return gist
    # "Mr. Gore called on Israel to continue taking risks": an appeal, not a report of words,
    # reads as a headline whole, the speaker without an honorific.
    whole = strip_titles(lead_title(sentence)) if _APPEAL.search(sentence) else ""
    if name and whole.startswith(name + " ") and _APPEAL.search(whole):
        return whole
    quoted = re.findall(r"[\u201c\"]([^\u201c\u201d\"]{12,})[\u201d\"]?", sentence)
    if quoted:
        content = quoted[0]
    else:
        segments = [
            sentence[s.start : s.end]
            for s in _segments(sentence)
            if not s.start <= speaker_at < s.end
        ]
        content = max(segments, key=len) if segments else sentence
        content = re.sub(r"^(?:that|[Aa]ccording to \S+)\s+", "", content.strip())
    return _clean_title(f"{name}: {_clean_title(content)}")


_APPEAL = re.compile(r"\b(?:called|calls|appealed)[ \t]+(?:on|upon|for|to)\b")


# --- quotes and status -------------------------------------------------------------------------


def quote_span(
    sentence: str, focus_start: int, focus_end: int, limit: int = MAX_QUOTE
) -> tuple[int, int]:
    """A verbatim span of ``sentence`` around ``[focus_start, focus_end)``, at most ``limit``
    characters (200 by default).

    The whole sentence when it fits; otherwise the clauses around the focus, then words.
    """
    if len(sentence) <= limit:
        return 0, len(sentence)
    segments = _segments(sentence)
    index = _segment_at(segments, focus_start)
    start, end = segments[index].start, segments[index].end
    low, high = index, index
    while True:
        grown = False
        if high + 1 < len(segments) and segments[high + 1].end - start <= limit:
            high += 1
            end = segments[high].end
            grown = True
        if low > 0 and end - segments[low - 1].start <= limit:
            low -= 1
            start = segments[low].start
            grown = True
        if not grown:
            break
    if end - start > limit:
        # One clause alone is too long: a window of whole words around the focus.
        middle = (focus_start + focus_end) // 2
        start = max(0, middle - limit // 2)
        end = min(len(sentence), start + limit)
        while start > 0 and not sentence[start - 1].isspace():
            start += 1
        while end < len(sentence) and not sentence[end].isspace():
            end -= 1
    while start < end and sentence[start] in " ,;:\u2014\u2013":
        start += 1
    while end > start and sentence[end - 1] in " ,;:\u2014\u2013":
        end -= 1
    return start, end


_EXPECTED = re.compile(r"\b(?:expected|likely|poised|due)\s+to\b", re.IGNORECASE)
# A prediction is expected, not planned: "could rise", "is on track to", "is forecast to".
_PREDICTED = re.compile(
    r"\b(?:could|might|may)\s+(?!have\b|not\b)[a-z]+|"
    r"\b(?:on\s+track|projected|forecast|predicted|set\s+to\s+rise)\s+to\b"
)
_REPORTED_CONTENT = re.compile(r"\b(?:that|warn\w*|said|says|fears?|concerns?|hearing)\b")
# "announced it will close": the announcement happened; the plan is what it announced.
_ANNOUNCED_PLAN = re.compile(
    r"\b(?:announced|said|declared|confirmed|unveiled|decided|agreed|warned|pledged|promised)"
    r"(?:\s+on\s+\w+|\s+\w+day)?\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\s+"
    r"(?:will|would|plans?\s+to|planned\s+to|intends?\s+to)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    # ("Amir's plan to kill" is a noun: whose plan, not a plan of the event's.)
    r"(?<!['\u2019]s )(?<!\bthe )(?<!\ba )"
    r"\b(?:plans?|planned|planning|intends?|intending|scheduled|set|aims?|going)\s+to\b|"
    r"\bwill\b|\u2019ll\b|'ll\b|\bto\s+meet\b.*\blater\b",
    re.IGNORECASE,
)


# "expects to post a charge"; "will result in lower earnings": a consequence foreseen, not a plan.
_CONSEQUENCE = re.compile(
    r"\bexpects?[ \t]+to\b|\bwill[ \t]+(?:result|lead|cause|mean|rise|fall|drop|decline)\b",
    re.IGNORECASE,
)
# "a shareholder-rights plan to ward off suitors": "plan" after its determiner is a noun.
_NOUN_PLAN = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)[ \t]+(?:[\w-]+[ \t]+){0,2}\Z",
                        re.IGNORECASE)  # fmt: skip


def _plan_is_a_noun(clause: str, start: int) -> bool:
    """Whether the "plan(s) to" at ``start`` is a noun ("a shareholder-rights plan to ...")."""
    return clause[start : start + 4].lower() == "plan" and bool(_NOUN_PLAN.search(clause, 0, start))


def event_status(clause: str, date: str, published: dt.date) -> EventStatus:
    """Expected ("is expected to", "could rise"), planned ("plan to", "will", a future date)
    or occurred (also "announced it will close" on a past day: the announcement happened)."""
    first = date.split("/")[0]
    try:
        future = PartialDate.parse(first).first_day > published
    except ValueError:
        future = False
    # "Upjohn said it will offer ... in a move expected to result in a charge": the
    # announcement happened, whatever its plan is expected to bring.
    if not future and _ANNOUNCED_PLAN.search(clause):
        return EventStatus.OCCURRED
    if _EXPECTED.search(clause) or _CONSEQUENCE.search(clause):
        return EventStatus.EXPECTED
    if any(not _plan_is_a_noun(clause, match.start()) for match in _PLANNED.finditer(clause)):
        return EventStatus.PLANNED
    predicted = _PREDICTED.search(clause)
    # "warnings that air strikes could ...": a prediction reported, not the event's own status.
    if predicted and not _REPORTED_CONTENT.search(clause, 0, predicted.start()):
        return EventStatus.EXPECTED
    return EventStatus.PLANNED if future else EventStatus.OCCURRED


# --- one article -------------------------------------------------------------------------------


def article_events(
    article_id: str,
    text: str,
    published: dt.date,
    sentences: Sequence[Sentence],
    timexes: Sequence[TimexLike],
) -> list[EventDraft]:
    """Every event draft of one article: dated happenings and statements, in text order."""
    drafts: list[EventDraft] = []
    ordered = sorted(timexes, key=lambda timex: timex.start)
    cursor = 0
    for index, sentence in enumerate(sentences):
        inside: list[TimexLike] = []
        while cursor < len(ordered) and ordered[cursor].start < sentence.start:
            cursor += 1
        probe = cursor
        while probe < len(ordered) and ordered[probe].start < sentence.end:
            inside.append(ordered[probe])
            probe += 1
        # A duration counts from the day the previous sentence named, if it named one.
        anchor = published
        if drafts and drafts[-1].sentence == index - 1 and len(drafts[-1].date) == 10:
            anchor = dt.date.fromisoformat(drafts[-1].date)
        lead = index < LEAD_SENTENCES and sentence.start < _body_start(text) + LEAD_CHARACTERS
        drafts.extend(
            _sentence_events(article_id, text, published, anchor, index, sentence, inside, lead)
        )
    return drafts


# The lead: the first sentences of the body, within this many characters of its start.
LEAD_CHARACTERS = 600


def _body_start(text: str) -> int:
    return len(text) - len(text.lstrip())


def _sentence_events(
    article_id: str,
    text: str,
    published: dt.date,
    anchor: dt.date,
    index: int,
    sentence: Sentence,
    timexes: Sequence[TimexLike],
    lead: bool = False,
) -> list[EventDraft]:
    sentence_text = text[sentence.start : sentence.end]
    found_speaker = speaker_of(sentence_text) if might_be_statement(sentence_text) else None
    if found_speaker is None and (pronoun := _PRONOUN_SPEAKER.match(sentence_text)):
        # "She says her group is appealing ...": more remarks of the person the article last
        # named; the pipeline adds them to that person's remarks, or drops them.
        found_speaker = (pronoun[1], pronoun.start(1))
    speaker, speaker_at = found_speaker if found_speaker else ("", -1)
    # "Putin began a trip on Monday, according to TASS": the happening is Putin's; the name
    # after "according to" is where the news came from, unless the sentence is its statement.
    cited = cited_source(sentence_text) if found_speaker or "ccording" in sentence_text else ""
    drafts: list[EventDraft] = []
    seen_dates: set[str] = set()
    # "Shafiq said Wednesday's attacks would be investigated", "Netanyahu says gaps remain
    # before next week's talks": a date on a noun does not date the statement, which is then
    # dated at publication. (Without a speaker, such a date may be the only event the sentence
    # has, a happening of its own: "the week following Oct. 13's credit squeeze".)
    on_nouns = [_dates_a_noun(sentence_text, t.start - sentence.start, t.end - sentence.start)
                for t in timexes]  # fmt: skip
    if speaker:
        timexes = [timex for timex, on_noun in zip(timexes, on_nouns, strict=True) if not on_noun]
    # A sentence whose date is a dateline, a series' start or a figure's bound is no lead.
    no_happening = False
    for timex in timexes:
        date: str | None = None
        forced_status: EventStatus | None = None
        local = (timex.start - sentence.start, timex.end - sentence.start)
        why = why_no_happening(sentence_text, *local)
        if why:
            # A sentence dated only by a dateline, a series' start, a figure's bound or an
            # editorial is no statement either; one that says how long something lasted ("have
            # been victims for the past twenty years, she says") may still be one.
            no_happening = no_happening or why not in ("duration", "nowadays")
            continue
        if timex.type in ("DATE", "TIME"):
            date = event_date(timex)
        elif timex.type == "DURATION":
            date = _arrival_date(sentence_text, timex, sentence.start, anchor)
            forced_status = EventStatus.EXPECTED if date else None
        date_text_override = None
        if date is not None and _is_accounting_period(timex, sentence_text, sentence.start):
            # The period a result covers: the report of it happened at publication, if the
            # sentence reports it ("estimated", "said"). Unreported, a past fiscal year's
            # result is dated by its year ("In fiscal 1988, the company earned ..."); a
            # quarter's or a comparison's is a statistic.
            if _COMPARISON.search(timex.text):
                continue
            if _REPORTING.search(sentence_text):
                date, date_text_override = published.isoformat(), ""
            elif not re.fullmatch(r"\d{4}", timex.value):
                continue
        if date is None or date in seen_dates:
            continue
        seen_dates.add(date)
        local_start, local_end = timex.start - sentence.start, timex.end - sentence.start
        segments = _segments(sentence_text)
        segment = segments[_segment_at(segments, local_start)] if segments else None
        clause = sentence_text[segment.start : segment.end] if segment else sentence_text
        if forced_status is not None:
            # "is expected to take two days to arrive in X" -> "is expected to arrive in X".
            take = _TAKE.search(sentence_text[:local_start])
            start = take.start() if take else local_start
            end = re.match(r"\s+to\s+", sentence_text[local_end:])
            rest = sentence_text[
                local_end + (end.end() if end else 0) : segment.end if segment else None
            ]
            head = sentence_text[segment.start if segment else 0 : start]
            title = _clean_title(head + rest)
            # "two days" alone would not say why the date is two days on: keep the verb.
            lead = _EXPECTED_LEAD.search(sentence_text, 0, start)
            date_text = sentence_text[lead.start() if lead else start : local_end]
        elif date_text_override is not None:
            # A result reported at publication: the report is the sentence's main clause, not
            # the clause of the period it covers ("for its fourth quarter ended yesterday").
            date_text = timex.text
            title = lead_title(sentence_text) or clause_title(sentence_text, local_start, local_end)
        else:
            date_text = timex.text
            title = event_title(sentence_text, local_start, local_end) or clause_title(
                sentence_text, local_start, local_end
            )
        title = title or _clean_title(sentence_text)
        if not _says_something(title):
            # "(Updated 9:02 a.m.)": a date with nothing said about it is no event, and a
            # title-less event would make the timeline fail `newsline check`.
            continue
        if date_text_override is not None:
            clause = sentence_text  # a result reported: the report's status is the sentence's
        status = forced_status or event_status(clause, date, published)
        quote_start, quote_end = quote_span(sentence_text, local_start, local_end)
        drafts.append(
            EventDraft(
                article=article_id,
                sentence=index,
                date=date,
                date_text=date_text if date_text_override is None else date_text_override,
                status=status,
                title=title,
                quote=sentence_text[quote_start:quote_end],
                quote_start=sentence.start + quote_start,
                sentence_text=sentence_text,
                speaker="" if cited and cited == speaker else speaker,
                cited=cited,
            )
        )
    if not drafts and speaker and not no_happening:
        opened = _quotation_opened_before(text, sentence.start, sentence_text)
        if opened is not None:
            # "“A. B,” the agency said": the statement is the whole quotation, not just B.
            whole = text[opened : sentence.end]
            title = statement_title(whole, speaker, speaker_at + sentence.start - opened)
            quote_start, quote_end = quote_span(whole, 0, len(whole), MAX_QUOTATION)
            quote, sentence_text = whole[quote_start:quote_end], whole
            absolute_start = opened + quote_start
        else:
            title = statement_title(sentence_text, speaker, speaker_at)
            quote_start, quote_end = quote_span(sentence_text, 0, len(sentence_text))
            quote = sentence_text[quote_start:quote_end]
            absolute_start = sentence.start + quote_start
        drafts.append(
            EventDraft(
                article=article_id,
                sentence=index,
                date=published.isoformat(),
                date_text="",
                status=EventStatus.OCCURRED,
                title=title,
                quote=quote,
                quote_start=absolute_start,
                sentence_text=sentence_text,
                speaker=speaker,
            )
        )
    news = _REPORTS_NEWS.search(sentence_text) if not drafts and lead else None
    if news and not no_happening:
        # "The prime minister has resigned": an undated lead reports the news, which happened
        # at publication.
        title = lead_title(sentence_text) or _clean_title(sentence_text)
        if _says_something(title):
            quote_start, quote_end = quote_span(sentence_text, 0, len(sentence_text))
            if quote_end < news.end():
                # The quote keeps the verb that reports the news: "Libya, which brought the
                # case ... Britain, hailed the ruling".
                quote_start, quote_end = quote_span(
                    sentence_text, 0, len(sentence_text), MAX_QUOTATION
                )
            drafts.append(
                EventDraft(
                    article=article_id,
                    sentence=index,
                    date=published.isoformat(),
                    date_text="",
                    status=event_status(sentence_text, published.isoformat(), published),
                    title=title,
                    quote=sentence_text[quote_start:quote_end],
                    quote_start=sentence.start + quote_start,
                    sentence_text=sentence_text,
                )
            )
    return drafts


# A possessive date ("Wednesday's attacks") or one between a determiner and a noun ("the 2014
# annexation"); "at Thursday's ceremony" dates what happened at it, so is not one.
_POSSESSIVE = re.compile(r"\A['\u2019]s\b")
_AT_BEFORE = re.compile(r"\b(?:at|during|in|on|after|since)\s+\Z", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\A[ \t]+[a-z][a-z\-]+\b(?![ \t]+(?:of|by|in|on|at)\b)")


def _dates_a_noun(sentence: str, start: int, end: int) -> bool:
    """Whether the date at ``sentence[start:end]`` modifies a noun rather than the verb."""
    before, after = sentence[max(0, start - 12) : start], sentence[end : end + 30]
    text = sentence[start:end]
    if text.endswith(("'s", "\u2019s")) or _POSSESSIVE.match(after):
        return _AT_BEFORE.search(before) is None
    return bool(
        _DETERMINER_BEFORE.search(before)
        and re.fullmatch(r"\d{4}(?:-\d{2,4})?", text)
        and _NOUN_AFTER.match(after)
    )


# The news a lead reports: a present perfect ("has resigned", "have agreed") or a past tense
# after its subject ("Ratners Group PLC raised its price").
_REPORTS_NEWS = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?!that\b|what\b|not\b|just\b|it\b|at\b)"
    r"[a-z]+(?:ed|en|wn|ne|un|ung|ught|t)\b|"
    # (Not a forecast or a schedule: "is expected to", "is scheduled to".)
    r"^[A-Z][\w.,'\u2019&\- ]{1,80}?\s(?:\w+ly\s+)?"
    r"(?!expected\b|scheduled\b|supposed\b|used\b|based\b|planned\b)[a-z]{3,}ed\s+"
    r"(?:a|an|the|its|their|his|her|to|up)\b|"
    # ... also after a relative clause on the subject: "Libya, which brought the case to the
    # court in its dispute with the United States, hailed the ruling".
    r"^[A-Z][\w.'\u2019&\- ]{1,60}?,[ \t]+(?:which|who)\b[^,;:]{1,160},[ \t]+(?:\w+ly\s+)?"
    r"(?!expected\b|scheduled\b|supposed\b|used\b|based\b|planned\b)[a-z]{3,}ed\s+"
    r"(?:a|an|the|its|their|his|her|to|up)\b"
)
LEAD_SENTENCES = 2


def _quotation_opened_before(text: str, start: int, sentence: str) -> int | None:
    """Where the quotation a sentence closes was opened, if in an earlier sentence and short.

    ``start`` is the sentence's offset in ``text``; ``None`` when the sentence opens its own
    quotation (or has none), or when the whole would exceed :data:`MAX_QUOTATION` characters.
    """
    first_mark = re.search("[\u201c\u201d]", sentence)
    if first_mark is None or first_mark.group() != "\u201d":
        return None
    window_start = max(0, start + len(sentence) - MAX_QUOTATION)
    before = text[window_start:start]
    opening = before.rfind("\u201c")
    if opening < 0 or "\u201d" in before[opening:] or "\n" in before[opening:]:
        return None
    return window_start + opening


# "He said", "She says" opening a sentence: a speaker named only by a pronoun.
PRONOUN_SPEAKERS = frozenset({"He", "She"})
_PRONOUN_SPEAKER = re.compile(r"[ \t]*(He|She)[ \t]+(?:said|says|told|tells|added|adds)\b")
_STATEMENT_HINT = re.compile(
    r"\b(?:said|says|told|tells|warned|warns|added|announced|stated|claimed|declared|noted|"
    r"wrote|insisted|argued|explained|confirmed|denied|urged|responded|tweeted|[Aa]ccording|"
    r"called|calls|appealed)\b"
)


def might_be_statement(sentence: str) -> bool:
    """Whether ``sentence`` has a speech verb, so may be a statement."""
    # The speaker rules are costly regular expressions; most sentences have no speech verb.
    return _STATEMENT_HINT.search(sentence) is not None
