"""Events from sentences: one per dated happening, plus statements attributed to their speaker.

Everything here works on one article and returns plain, picklable drafts, so that articles can
be processed in parallel; actors are resolved and drafts from several articles merged later, in
:mod:`tui.extract.pipeline`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tui.extract.actors import cited_source, speaker_of
from tui.extract.clause_titles import (
    clause_title,
    clean_title,
    says_something,
    segment_at,
    sentence_segments,
    statement_title,
)
from tui.extract.commentary import (
    commentators,
    is_commentator,
    is_feature_quote,
    is_standing_figure,
)
from tui.extract.event_dates import (
    COMPARISON,
    EXPECTED_LEAD,
    REPORTING,
    TAKE,
    TimexLike,
    arrival_date,
    dates_a_noun,
    event_date,
    is_accounting_period,
    on_another_day,
)
from tui.extract.not_happenings import why_no_happening
from tui.extract.predicates import IRREGULAR_PAST
from tui.extract.quotes import MAX_QUOTATION, quotation_opened_before, quote_span
from tui.extract.speech import (
    PRONOUN_SPEAKER,
    PRONOUN_SPEAKERS,
    might_be_statement,
    said_before,
)
from tui.extract.status import event_status
from tui.extract.syntax.chunks import parse
from tui.extract.titles import event_title, lead_title
from tui.model.sentences import Sentence
from tui.model.timeline import EventStatus

# Re-exported: callers import these from here (the app's new event, the pipeline, tests).
__all__ = [
    "PRONOUN_SPEAKERS",
    "EventDraft",
    "TimexLike",
    "article_events",
    "event_date",
    "event_status",
    "might_be_statement",
]


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
    # What the quote says happened: verb and noun lemmas (tui.extract.happenings.predicate_of).
    predicate: frozenset[str] = frozenset()


# --- one article -------------------------------------------------------------------------------


def article_events(
    article_id: str,
    text: str,
    published: dt.date,
    sentences: Sequence[Sentence],
    timexes: Sequence[TimexLike],
    day_at: Callable[[int], dt.date] | None = None,
) -> list[EventDraft]:
    """Every event draft of one article: dated happenings and statements, in text order.

    ``day_at(offset)`` is the day the text at an offset was written, where a page's stamps
    say so (tui.extract.page_furniture); otherwise every sentence was written ``published``.
    """
    drafts: list[EventDraft] = []
    ordered = sorted(timexes, key=lambda timex: timex.start)
    experts = commentators(text)
    cursor = 0
    for index, sentence in enumerate(sentences):
        inside: list[TimexLike] = []
        while cursor < len(ordered) and ordered[cursor].start < sentence.start:
            cursor += 1
        probe = cursor
        while probe < len(ordered) and ordered[probe].start < sentence.end:
            inside.append(ordered[probe])
            probe += 1
        written = day_at(sentence.start) if day_at is not None else published
        # A duration counts from the day the previous sentence named, if it named one.
        anchor = written
        if drafts and drafts[-1].sentence == index - 1 and len(drafts[-1].date) == 10:
            anchor = dt.date.fromisoformat(drafts[-1].date)
        lead = index < LEAD_SENTENCES and sentence.start < _body_start(text) + LEAD_CHARACTERS
        drafts.extend(
            _sentence_events(
                article_id,
                text,
                written,
                anchor,
                index,
                sentence,
                inside,
                lead,
                experts,
                news_told=bool(drafts),
            )
        )
    _dated_by_next(drafts)
    return drafts


# "Earlier yesterday, ..." / "Later Tuesday, ...": a sentence opening so says that what the
# sentence before it told happened that day too.
_SAME_DAY_OPENING = re.compile(r"(?:Earlier|Later)[ \t]+")


def _dated_by_next(drafts: list[EventDraft]) -> None:
    """Date the undated drafts of a sentence (its news or statements, dated at publication for
    want of a day) by the day the next sentence opens with "Earlier" or "Later": "Credit
    Lyonnais told stock market regulators that it bought 43,000 shares ...", then "Earlier
    yesterday, the Societe de Bourses Francaises was told that ... also bought" (both
    yesterday)."""
    for index, draft in enumerate(drafts):
        if draft.date_text:
            continue
        after = next((d for d in drafts[index + 1 :] if d.sentence != draft.sentence), None)
        if after is None or after.sentence != draft.sentence + 1 or len(after.date) != 10:
            continue
        if after.date == draft.date:
            continue  # (publication day: dated already)
        opening = _SAME_DAY_OPENING.match(after.sentence_text)
        if opening is None:
            continue
        # (The tagger may take the opening word into the date: "Earlier yesterday".)
        day = after.date_text.removeprefix(opening.group())
        if day and after.sentence_text.startswith(day, opening.end()):
            draft.date, draft.date_text = after.date, day


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
    experts: frozenset[str] = frozenset(),
    news_told: bool = False,
) -> list[EventDraft]:
    sentence_text = text[sentence.start : sentence.end]
    found_speaker = speaker_of(sentence_text) if might_be_statement(sentence_text) else None
    if found_speaker is None and (pronoun := PRONOUN_SPEAKER.match(sentence_text)):
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
    on_nouns = [dates_a_noun(sentence_text, t.start - sentence.start, t.end - sentence.start)
                for t in timexes]  # fmt: skip
    if speaker:
        timexes = [timex for timex, on_noun in zip(timexes, on_nouns, strict=True) if not on_noun]
    # A sentence whose date is a dateline, a series' start or a figure's bound is no lead.
    no_happening = False
    running = False
    told_by_a_verb: bool | None = None  # has_verb(sentence_text), asked once, when needed
    for timex in timexes:
        date: str | None = None
        forced_status: EventStatus | None = None
        local = (timex.start - sentence.start, timex.end - sentence.start)
        why = why_no_happening(sentence_text, *local)
        if why:
            # A sentence dated only by a dateline, a series' start, a figure's bound or an
            # editorial is no statement either; one that says how long something lasted ("have
            # been victims for the past twenty years, she says") may still be one.
            no_happening = no_happening or why not in (
                "duration",
                "nowadays",
                "until",
                "running",
                "document",
            )
            # A total up to now ("have barely broken even this year") is no news of the day
            # either; said by someone, it is still a statement.
            running = running or why == "running"
            continue
        if timex.type in ("DATE", "TIME"):
            date = None if on_another_day(timex, sentence_text, timexes) else event_date(timex)
        elif timex.type == "DURATION":
            date = arrival_date(sentence_text, timex, sentence.start, anchor)
            forced_status = EventStatus.EXPECTED if date else None
        date_text_override = None
        if date is not None and is_accounting_period(timex, sentence_text, sentence.start):
            # The period a result covers: the report of it happened at publication, if the
            # sentence reports it ("estimated", "said"). Unreported, a past fiscal year's
            # result is dated by its year ("In fiscal 1988, the company earned ..."); a
            # quarter's or a comparison's is a statistic.
            if COMPARISON.search(timex.text):
                continue
            if REPORTING.search(sentence_text):
                date, date_text_override = published.isoformat(), ""
            elif not re.fullmatch(r"\d{4}", timex.value):
                continue
        if date is None or date in seen_dates:
            continue
        seen_dates.add(date)
        local_start, local_end = timex.start - sentence.start, timex.end - sentence.start
        segments = sentence_segments(sentence_text)
        segment = segments[segment_at(segments, local_start)] if segments else None
        clause = sentence_text[segment.start : segment.end] if segment else sentence_text
        if forced_status is not None:
            # "is expected to take two days to arrive in X" -> "is expected to arrive in X".
            take = TAKE.search(sentence_text[:local_start])
            start = take.start() if take else local_start
            end = re.match(r"\s+to\s+", sentence_text[local_end:])
            rest = sentence_text[
                local_end + (end.end() if end else 0) : segment.end if segment else None
            ]
            head = sentence_text[segment.start if segment else 0 : start]
            title = clean_title(head + rest)
            # "two days" alone would not say why the date is two days on: keep the verb.
            lead = EXPECTED_LEAD.search(sentence_text, 0, start)
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
        title = title or clean_title(sentence_text)
        # "(Updated 9:02 a.m.)": a date with nothing said about it is no event, and a
        # title-less event would make the timeline fail `newsline check`. "Good news for
        # AT and T today.": a sentence with no verb tells nothing that happened.
        if not says_something(title):
            continue
        if told_by_a_verb is None:
            told_by_a_verb = has_verb(sentence_text)
        if not told_by_a_verb:
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
    # An analyst's or a professor's undated remark is commentary on the news, not a statement
    # on record (tui.extract.commentary); a happening they date is kept above.
    # (A feature's quote, "..., says Steven Norwitz, a vice president.", is commentary too.)
    commentary = bool(speaker) and (
        is_commentator(speaker, experts)
        or is_feature_quote(sentence_text)
        or is_standing_figure(sentence_text)
        or said_before(sentence_text, speaker_at, lead)
    )
    if not drafts and speaker and not no_happening and not commentary:
        opened = quotation_opened_before(text, sentence.start, sentence_text)
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
                cited=cited,
            )
        )
    # (Commentary in the lead is still commentary, not the news.)
    news = _REPORTS_NEWS.search(sentence_text) if not drafts and lead and not commentary else None
    if news and (
        _BACKGROUND.search(sentence_text)
        or (news_told and re.search(_PRESENT_PERFECT, sentence_text))
    ):
        # "Har-Shefi has pleaded innocent", after a first sentence that dated the news: the
        # second sentence's present perfect is background (the plea came before the trial).
        news = None
    if news and not no_happening and not running:
        # "The prime minister has resigned": an undated lead reports the news, which happened
        # at publication.
        title = lead_title(sentence_text) or clean_title(sentence_text)
        if says_something(title):
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


# The news a lead reports: a present perfect ("has resigned", "have agreed") or a past tense
# after its subject ("Ratners Group PLC raised its price").
_PRESENT_PERFECT = (
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?(?!that\b|what\b|not\b|just\b|it\b|at\b)"
    r"[a-z]+(?:ed|en|wn|ne|un|ung|ught|t)\b"
)
_REPORTS_NEWS = re.compile(
    rf"{_PRESENT_PERFECT}|"
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
# What has gone on for long or again and again is background, not the news of the day: "has
# long been", "have predicted his demise so many times", "has tried on several occasions".
_BACKGROUND = re.compile(
    r"\b(?:(?:has|have|had)[ \t]+long(?![\w-])|repeatedly|often|always|never|"
    r"(?:many|several|numerous|countless)[ \t]+"
    r"(?:times|occasions)|for[ \t]+(?:years|decades|months|generations))\b"
)


def has_verb(sentence: str) -> bool:
    """Whether ``sentence`` has a verb (a POS tag ``VB*`` or ``MD``), or a word that may be
    one the tagger missed: a plural noun right after a noun ("The exhibition runs", tagged
    ``NNS``), a word in -ed or a common irregular past ("a mission found", "exports stood"),
    a word in -s it took for no noun ("countries possess")."""
    parsed = parse(sentence)
    tags = parsed.tags
    for index, (token, tag) in enumerate(zip(parsed.tokens, tags, strict=True)):
        if tag.startswith("VB") or tag == "MD":
            return True
        word = token.text
        if not word.isalpha() or not word.islower():
            continue
        if tag == "NNS" and index > 0 and tags[index - 1] in ("NN", "NNP", "NNS", "PRP"):
            return True
        if word.endswith("ed") or word in IRREGULAR_PAST:
            return True
        if word.endswith("s") and tag not in ("NN", "NNS", "NNP", "NNPS"):
            return True
    return False
