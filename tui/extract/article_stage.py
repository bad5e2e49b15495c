"""Stage one of extraction, for one article (run in worker processes, so plain data in and
out): its language, temporal expressions, the sentences that can hold an event, actor
candidates and event drafts, each draft's main participant and a title naming its actor.

Split from :mod:`tui.extract.pipeline` (which runs it over many articles, in parallel); code
moved unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from tui.extract.actors import (
    ActorCandidate,
    detect_candidates,
    expand_surname,
)
from tui.extract.bodies import body_by_head, described_body
from tui.extract.described_speakers import QUOTE_OPENERS, described_speaker_starts
from tui.extract.events import EventDraft, TimexLike, article_events, might_be_statement
from tui.extract.happenings import one_per_sentence
from tui.extract.offices import Holder, holder_candidates, office_holders
from tui.extract.page_furniture import Page, read_page
from tui.extract.pairs import two_parties
from tui.extract.people import article_names, lead_person, relation_names, surname_mentions
from tui.extract.registry import MentionWords
from tui.extract.subjects import (
    company_mentioned,
    described_company,
    last_person,
    owner_of_described,
    person_subjects,
    pronoun_referent,
    sentence_subject,
)
from tui.extract.title_names import (
    as_written,
    country_mentions,
    describes_business_by_place,
    fit_title,
    name_description,
    name_known_leader,
    name_offices,
    name_subject,
    name_two_countries,
    names_pronoun,
    two_countries,
)
from tui.extract.title_pronouns import name_they, person_named_before
from tui.extract.title_referents import name_referent
from tui.model.language import detect_language
from tui.model.sentences import Sentence, fast_sentences
from tui.model.timeline import ActorKind


@dataclass(frozen=True, slots=True)
class ArticleInput:
    """One article to extract from: its id in the timeline, its text and publication date."""

    id: str
    text: str
    published: dt.date
    # ISO 639-1 code; "" or "en" for English. Other languages go to tui.extract.foreign.
    # None: detected from the text here, in the worker (tui.model.language: its model takes
    # half a second to load, which the parent process should not spend alone).
    language: str | None = ""


@dataclass(slots=True)
class ArticleResult:
    """What one article yields before merging."""

    id: str
    drafts: list[EventDraft] = field(default_factory=list)
    candidates: list[ActorCandidate] = field(default_factory=list)
    # The article's full names by surname, for "Castro" to be the Castro this article names.
    full_names: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # Per draft, the name of its main participant (the subject of its verb), or "".
    subjects: list[str] = field(default_factory=list)
    # Per draft, what merging reads that needs no registry, made in the worker processes
    # (:func:`tui.extract.draft_keys.prepare`). Empty: merging makes it itself.
    prepared: list[DraftKeys] = field(default_factory=list)
    # The people the article names with an office, for "the pope" (tui.extract.offices).
    holders: tuple[Holder, ...] = ()


class DraftKeys(NamedTuple):
    """What merging reads of a draft that needs no registry, made of the draft as stage one
    leaves it (see :func:`tui.extract.draft_keys.prepare`)."""

    words: MentionWords  # the words of the text whose names take part
    subject: str  # its main participant, as merging takes it
    source: str  # its ledger entry (tui.model.ledger.source_key)
    event_id: str  # the id of an event of its date and title (before free_id)
    title_key: str  # its title's words, sorted
    # Where its speech verb is, when it is the dated statement of a speaker with no name
    # found (tui.extract.remarks.described_speech), else None.
    said: int | None = None
    # Whether its date is in a clause its speaker is no part of ("the White House warned of
    # talks as the two countries exchanged letters back in August"): the speaker still
    # speaks, but takes no part (tui.extract.adverbial_clauses).
    speaker_apart: bool = False


def _tag(text: str, published: dt.date) -> list:  # type: ignore[type-arg]
    # Imported late: the tagger loads its tables once per worker process.
    from tui.extract.temporal import tag

    return tag(text, published)


def _tag_page(page: Page, published: dt.date) -> list:  # type: ignore[type-arg]
    """The page's dates; the text after a dated stamp is read from that stamp's day."""
    if not page.stamps:
        return _tag(page.text, published)
    found = []
    for start, end, day in page.segments():
        found.extend(
            replace(timex, start=timex.start + start, end=timex.end + start)
            for timex in _tag(page.text[start:end], day or published)
        )
    return found


_LINE = re.compile(r"[^\r\n]+")
LEAD_LINES = 2


def relevant_sentences(text: str, timexes: Sequence[TimexLike]) -> list[Sentence]:
    """The sentences of the lines that can hold an event: a date or a speech verb.

    Sentence splitting is the costliest step, and line breaks are hard sentence boundaries
    (see :mod:`tui.model.sentences`), so lines without either are skipped unsplit.
    """
    starts = sorted(timex.start for timex in timexes)
    sentences: list[Sentence] = []
    cursor = 0
    for number, line in enumerate(_LINE.finditer(text)):
        while cursor < len(starts) and starts[cursor] < line.start():
            cursor += 1
        dated = cursor < len(starts) and starts[cursor] < line.end()
        # The first lines hold the lead, which reports the news even undated.
        if not dated and number >= LEAD_LINES and not might_be_statement(line.group()):
            continue
        offset = line.start()
        sentences.extend(
            Sentence(offset + s.start, offset + s.end) for s in fast_sentences(line.group())
        )
    return sentences


def process_article(item: ArticleInput) -> ArticleResult:
    """Stage one for one article; runs in a worker process, so takes and returns plain data."""
    language = item.language
    if language is None:
        language = detect_language(item.text) or ""
    if language not in ("", "en") and _reads_dates_in(language):
        # The tagger and the name finders read English: other languages get dated sentences
        # only, their actors from the registry's names (resolved when merging).
        from tui.extract.foreign import foreign_events

        drafts = foreign_events(item.id, item.text, item.published, language)
        return ArticleResult(item.id, drafts, [], {}, [""] * len(drafts))
    # A saved web page's stamps and readers' comments are no part of the article: blanked,
    # offsets kept; a stamp's day dates the text after it (tui.extract.page_furniture).
    page = read_page(item.text, item.published)
    if page.text is not item.text:
        item = replace(item, text=page.text)
    timexes = _tag_page(page, item.published)
    sentences = relevant_sentences(item.text, timexes)
    drafts = article_events(
        item.id,
        item.text,
        item.published,
        sentences,
        timexes,
        day_at=page.written_on(item.published),
    )
    drafts = one_per_sentence(drafts)
    names = article_names(item.text)
    candidates = detect_candidates(item.text, names)
    holders = office_holders(item.text, item.published)
    candidates.extend(holder_candidates(holders))
    # Where each draft's sentence starts in the text (its quote is inside the sentence).
    starts = [draft.quote_start - max(0, draft.sentence_text.find(draft.quote)) for draft in drafts]
    subjects: list[str] = []
    for draft, start in zip(drafts, starts, strict=True):
        if draft.speaker:
            draft.speaker = expand_surname(draft.speaker, draft.quote_start, names)
        subject = sentence_subject(draft.sentence_text, start, item.text, names)
        if subject is not None and subject[0] != draft.cited:
            # (Not the source it cites: "The New York Times said in an editorial: ...".)
            name, is_person = subject
            kind = ActorKind.PERSON if is_person else ActorKind.ORGANIZATION
            candidates.append(ActorCandidate(name, kind, start, start + len(name)))
            subjects.append(name)
        else:
            subjects.append("")
    # "He was last seen Nov. 3": the last person named before the sentence.
    people = person_subjects(item.text, names)
    # What a pronoun may stand for: those people, and a stop at each sentence an unnamed
    # speaker opens ("But a ministry official said ...": a "He said" after it is not the
    # person named before it).
    pronoun_people = sorted([*people, *((at, "") for at in described_speaker_starts(item.text))])
    # Every person a sentence opens with is an actor a pronoun or a surname may stand for.
    candidates.extend(
        ActorCandidate(name, ActorKind.PERSON, start, start + len(name)) for start, name in people
    )
    # "against Kopp" after "James Kopp": the article's people by their surname alone.
    candidates.extend(
        surname_mentions(
            item.text,
            names,
            [c.surface for c in candidates if c.kind is ActorKind.PERSON]
            + [name for _, name in people],
        )
    )
    # "his father, Juan Miguel Gonzalez": a person by the relation too ("Elian's father").
    candidates.extend(relation_names(item.text, names))
    # "a friend of Yitzhak Rabin's assassin said ...", then "Margalit Har-Shefi, 22, has ...":
    # the person a descriptive lead is about.
    lead = next((s for s in sentences if len(item.text[s.start : s.end].split()) >= 8), None)
    described = lead_person(item.text, lead.start, lead.end) if lead is not None else ""
    if described and lead is not None:
        end = lead.end + len(described)
        candidates.append(ActorCandidate(described, ActorKind.PERSON, lead.end, end))
    organisations = sorted(
        (c.start, c.surface) for c in candidates if c.kind is ActorKind.ORGANIZATION
    )
    countries: list[tuple[int, int, str]] | None = None
    # Whom an "It" opening a title never stands for: the article's people.
    persons = frozenset(c.surface for c in candidates if c.kind is ActorKind.PERSON)
    for index, (draft, start) in enumerate(zip(drafts, starts, strict=True)):
        owner = lead_named = ""  # a description in the title the article names (issue 9)
        # (Inside a quotation, "He" is whom the quoted speaker tells of: no stop at that speaker.)
        quoted = draft.sentence_text.lstrip()[:1] in QUOTE_OPENERS
        referents = people if quoted else pronoun_people
        if not subjects[index]:
            subjects[index] = (
                pronoun_referent(draft.sentence_text, start, referents, names, item.text)
                or described_company(draft.sentence_text, start, organisations)
                # "The sweetened offer", after "Ratners's initial offer": its owner.
                or (owner := owner_of_described(draft.sentence_text, start, item.text, names))
                # "the space agency has taken": NASA, which the article names.
                or described_body(draft.sentence_text, item.text, [o for _, o in organisations])
                # "The chamber said": the Chamber of Mines the article names.
                or body_by_head(draft.sentence_text, [o for _, o in organisations])
                # A person the next sentence calls "He" ("Eric Rudolph has been ...").
                or next((name for at, name in people if at == start), "")
                # "the two countries exchanged letters": both the article named before.
                or two_parties(draft.sentence_text, start, item.text, candidates, draft.title)
            )
            if not subjects[index] and described and lead is not None and start == lead.start:
                subjects[index] = described
            # "save the company $4 million": the business the article is about takes part.
            subjects[index] = subjects[index] or company_mentioned(
                draft.sentence_text, start, organisations
            )
        if described and lead is not None and start == lead.start:
            lead_named = described if subjects[index] in ("", described) else ""
        # Titles name their actor (issue 9): "He" is the person last named before, "The
        # company" the business the article is about.
        # ("the company's operating results" anywhere in the title: the same business.)
        company = described_company(draft.sentence_text, start, organisations) or company_mentioned(
            draft.sentence_text, start, organisations
        )
        if not company and describes_business_by_place(draft.title):
            # "The Oneida, N.Y., maker declared": the business the article is about, which
            # "the company" opening a sentence would stand for.
            company = described_company("The company said", start, organisations)
        company = as_written(company, item.text)
        person = last_person(referents, start, names, item.text)
        stopped = any(at < start for at, _ in referents) and not person
        if not person and not stopped and names_pronoun(draft.title):
            # "Kamal would on Wednesday attend ... On Thursday, he would be briefed": the
            # person whose name is the subject nearest before, when no sentence opens so.
            person = person_named_before(item.text, start, draft.sentence_text, persons)
        if not subjects[index] and names_pronoun(draft.title):
            # "And while she maintains a distance ..., Friday she had definite opinions": the
            # title's clause opens with the pronoun wherever the sentence hides it, and the
            # person the title names for it is the event's main participant too.
            subjects[index] = person
        draft.title = name_subject(draft.title, person, company)
        # "A friend of Yitzhak Rabin's assassin regretted": the person the lead describes;
        # "The sweetened offer is scheduled": its owner's, by name.
        if lead_named:
            draft.title = name_description(draft.title, lead_named)
        elif owner:
            draft.title = name_description(draft.title, owner, possessive=True)
        if "two countries" in draft.title or "two nations" in draft.title:
            countries = country_mentions(item.text) if countries is None else countries
            found = re.search(r"\btwo (?:countries|nations)\b", draft.sentence_text)
            at = start + (found.start() if found else 0)
            draft.title = name_two_countries(draft.title, two_countries(countries, item.text, at))
        # "The pope will hold two other ceremonies": the pope the article named, or whose
        # day it is.
        draft.title = name_offices(draft.title, start, holders)
        # "the North Korean leader": the leader the built-in list knows, named in the article.
        draft.title = name_known_leader(draft.title, item.text)
        # "The thrift announced the plan": the plan the article said before which it is.
        draft.title = name_referent(draft.title, item.text, start, draft.sentence_text)
        # "They escaped to Zaire": the plural subject opening the sentence before.
        draft.title = name_they(draft.title, item.text, start, persons)
        draft.title = fit_title(draft.title)  # naming may have made it long
    return ArticleResult(item.id, drafts, candidates, names, subjects, holders=holders)


def _reads_dates_in(language: str) -> bool:
    """Whether dateparser knows ``language``; an article in another one (a creole the detector
    named, say) goes through the English tagger as before."""
    from tui.extract.foreign import supports

    return supports(language)
