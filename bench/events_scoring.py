"""Score extracted events against an editor's gold and a per-event judgement file (issue 9).

The pure part of ``bench/events_score.py``: reading the gold and the judgements, the stable key
of an extracted event, matching extracted events to gold events, and the figures. It needs
neither ``../shared`` nor the extractor, so it is unit-tested on synthetic data.

- A gold event is *found with the right date* when an extracted event with a source in the same
  article has a date inside the gold date (same day, or a finer date inside the gold month, year
  or week) and tells it: the judgement says so (``tells``), or, when the judgement does not say,
  the event's quote overlaps a sentence the gold cites (``cues``) or the titles are close.
- Precision and the per-criterion shares come from the judgements, one per extracted event,
  keyed by :func:`event_key` (article id and a hash of the normalised quote), never by the
  title-derived id, so better titles or dates do not lose the judgements of unchanged events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from tui.model.dates import DateError, EventDate, parse_event_date
from tui.model.ledger import source_key

STATUSES = ("occurred", "planned", "expected")
# The per-event criteria of the first table, in its order; each is true or false.
CRITERIA = ("real", "date", "status", "title", "actors", "quote")
# Titles this close (token-set ratio, lowercased) tell the same happening when no cue overlaps.
TITLE_SIMILARITY = 70.0


class ScoringInputError(ValueError):
    """A gold or judgement file that cannot be used; the message names file, line and column."""


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One dated event an editor would put on the timeline."""

    article: str
    id: str
    title: str
    date: EventDate
    status: str
    actors: tuple[str, ...]
    cues: tuple[int, ...]  # character offsets (sentence starts) into the article's plain text


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article of the gold: where its text is, its publication date and its events."""

    id: str
    source: str
    published: dt.date
    events: tuple[GoldEvent, ...]


@dataclass(slots=True)
class SystemEvent:
    """One extracted event, with its stable key and where its quotes sit in their articles."""

    key: str
    title: str
    date: str
    date_text: str
    status: str
    actors: list[str]
    sources: list[tuple[str, str]]  # (article id, verbatim quote)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    @property
    def article(self) -> str:
        """The article of the first source: the one the key is made from."""
        return self.sources[0][0]


@dataclass(frozen=True, slots=True)
class Judgement:
    """A person's verdict on one extracted event, criterion by criterion."""

    real: bool
    date: bool
    status: bool
    title: bool
    actors: bool
    quote: bool
    duplicate_of: str | None = None
    tells: tuple[str, ...] | None = None  # gold ids ("e3" or "article:e3"); None: not said
    why: tuple[str, ...] = ()  # failure tags, e.g. "title:headless", "actors:junk"
    note: str = ""


# --- reading ------------------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers where each mapping starts, for messages."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:  # type: ignore[override]
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__at__"] = (node.start_mark.line + 1, node.start_mark.column + 1)
        return mapping


def _load_yaml(path: Path) -> object:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except (OSError, UnicodeDecodeError) as error:
        raise ScoringInputError(f"{path}: cannot read: {error}") from error
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise ScoringInputError(f"{where}: {error.problem}") from error


def _where(path: Path, mapping: object) -> str:
    if isinstance(mapping, dict) and "__at__" in mapping:
        line, column = mapping["__at__"]
        return f"{path}:{line}:{column}"
    return str(path)


def article_id(source: str) -> str:
    """The article id of a gold ``source``: its file name without the extension."""
    name = Path(source).name
    return name.rsplit(".", 1)[0] if name.endswith((".tml", ".txt", ".md")) else name


def load_gold(path: Path) -> list[GoldArticle]:
    """Read the gold file; raise :class:`ScoringInputError` naming file:line:col on bad input."""
    root = _load_yaml(path)
    if not isinstance(root, dict) or not isinstance(root.get("articles"), list):
        raise ScoringInputError(f"{_where(path, root)}: expected a top-level `articles:` list")
    articles: list[GoldArticle] = []
    seen_articles: set[str] = set()
    for entry in root["articles"]:
        where = _where(path, entry)
        if not isinstance(entry, dict):
            raise ScoringInputError(f"{where}: each article must be a mapping")
        source, published = entry.get("source"), entry.get("published")
        if not isinstance(source, str) or not isinstance(published, dt.date):
            raise ScoringInputError(f"{where}: an article needs `source:` and `published: Y-M-D`")
        ident = article_id(source)
        if ident in seen_articles:
            raise ScoringInputError(f"{where}: article {ident} is listed twice")
        seen_articles.add(ident)
        events: list[GoldEvent] = []
        ids: set[str] = set()
        for raw in entry.get("events") or []:
            events.append(_gold_event(path, ident, raw, ids))
        articles.append(GoldArticle(ident, source, published, tuple(events)))
    return articles


def _gold_event(path: Path, article: str, raw: object, ids: set[str]) -> GoldEvent:
    where = _where(path, raw)
    if not isinstance(raw, dict):
        raise ScoringInputError(f"{where}: each event must be a mapping")
    missing = [k for k in ("id", "title", "date", "status", "cues") if k not in raw]
    if missing:
        raise ScoringInputError(f"{where}: event lacks {', '.join(missing)}")
    ident, title = str(raw["id"]), str(raw["title"])
    if ident in ids:
        raise ScoringInputError(f"{where}: event id {ident} repeats in article {article}")
    ids.add(ident)
    try:
        date = parse_event_date(str(raw["date"]))
    except DateError as error:
        raise ScoringInputError(f"{where}: event {ident}: {error}") from error
    if raw["status"] not in STATUSES:
        raise ScoringInputError(f"{where}: event {ident}: status must be one of {STATUSES}")
    cues = raw["cues"]
    if not isinstance(cues, list) or not cues or not all(isinstance(c, int) for c in cues):
        raise ScoringInputError(f"{where}: event {ident}: `cues` must list character offsets")
    if len(title) > 90:
        raise ScoringInputError(f"{where}: event {ident}: title longer than 90 characters")
    actors = tuple(str(a) for a in raw.get("actors") or [])
    return GoldEvent(article, ident, title, date, str(raw["status"]), actors, tuple(cues))


def load_judgements(path: Path) -> dict[str, Judgement]:
    """Read the judgement file (absent: none yet); bad entries name file:line:col."""
    if not path.exists():
        return {}
    root = _load_yaml(path)
    if root is None:
        return {}
    table = root.get("judgements") if isinstance(root, dict) else None
    if not isinstance(table, dict):
        raise ScoringInputError(f"{_where(path, root)}: expected a top-level `judgements:` map")
    judgements: dict[str, Judgement] = {}
    for key, raw in table.items():
        if key == "__at__":
            continue
        where = _where(path, raw)
        if not isinstance(raw, dict):
            raise ScoringInputError(f"{where}: judgement {key} must be a mapping")
        flags = {}
        for name in CRITERIA:
            value = raw.get(name)
            if not isinstance(value, bool):
                raise ScoringInputError(f"{where}: judgement {key}: `{name}` must be true or false")
            flags[name] = value
        duplicate_of = raw.get("duplicate_of")
        tells = raw.get("tells")
        judgements[str(key)] = Judgement(
            **flags,
            duplicate_of=str(duplicate_of) if duplicate_of else None,
            tells=None if tells is None else tuple(str(t) for t in tells),
            why=tuple(str(w) for w in raw.get("why") or []),
            note=str(raw.get("note") or ""),
        )
    return judgements


# --- keys and matching --------------------------------------------------------------------------


def event_key(article: str, quote: str) -> str:
    """The stable key of an extracted event: the ledger's key of its first source (article id
    and a hash of the normalised quote, :func:`tui.model.ledger.source_key`)."""
    return source_key(article, quote)


def assign_keys(events: Sequence[SystemEvent]) -> None:
    """Give each event its key from its first source; the rare clash adds the date, then a count."""
    seen: Counter[str] = Counter()
    for event in events:
        key = event_key(*event.sources[0])
        if seen[key]:
            key = f"{key}@{event.date}"
            if seen[key]:
                key = f"{key}/{seen[key] + 1}"
        seen[key] += 1
        event.key = key


def locate_quotes(event: SystemEvent, texts: Mapping[str, str]) -> None:
    """Fill ``event.spans``: where each source quote sits in its article's text."""
    for article, quote in event.sources:
        text = texts.get(article)
        if text is None:
            continue
        start = text.find(quote)
        if start >= 0:
            event.spans.setdefault(article, []).append((start, start + len(quote)))


def date_compatible(gold: EventDate, system: str) -> bool:
    """Whether an extracted date is the gold date at the gold's precision (or finer inside it)."""
    try:
        found = parse_event_date(system)
    except DateError:
        return False
    return gold.first_day <= found.first_day and found.last_day <= gold.last_day


def sentence_at(sentences: Sequence[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (or the empty span at it when none does)."""
    for start, end in sentences:
        if start <= offset < end:
            return start, end
    return offset, offset + 1


def tells_automatically(
    gold: GoldEvent, event: SystemEvent, sentences: Sequence[tuple[int, int]]
) -> bool:
    """Whether an event's quote overlaps a sentence the gold cites, or the titles are close."""
    for cue in gold.cues:
        start, end = sentence_at(sentences, cue)
        if any(s < end and start < e for s, e in event.spans.get(gold.article, ())):
            return True
    return bool(
        fuzz.token_set_ratio(gold.title.lower(), event.title.lower(), score_cutoff=TITLE_SIMILARITY)
    )


def tells(
    gold: GoldEvent,
    event: SystemEvent,
    sentences: Sequence[tuple[int, int]],
    judgement: Judgement | None,
) -> bool:
    """Whether ``event`` tells ``gold`` (date aside): the judgement decides when it says."""
    if not any(article == gold.article for article, _ in event.sources):
        return False
    if judgement is not None and judgement.tells is not None:
        # "e3" names gold e3 of any of the event's articles; "article:e3" one article's only.
        return gold.id in judgement.tells or f"{gold.article}:{gold.id}" in judgement.tells
    return tells_automatically(gold, event, sentences)


@dataclass(slots=True)
class Match:
    """What the extraction did with one gold event."""

    gold: GoldEvent
    dated: list[str]  # keys of events that tell it with a compatible date
    undated: list[str]  # keys of events that tell it with another date


def match_gold(
    gold_articles: Iterable[GoldArticle],
    events: Sequence[SystemEvent],
    sentences: Mapping[str, Sequence[tuple[int, int]]],
    judgements: Mapping[str, Judgement],
) -> list[Match]:
    """For every gold event, the extracted events that tell it, with and without the right date."""
    by_article: dict[str, list[SystemEvent]] = {}
    for event in events:
        for article in dict.fromkeys(article for article, _ in event.sources):
            by_article.setdefault(article, []).append(event)
    matches: list[Match] = []
    for article in gold_articles:
        spans = sentences.get(article.id, ())
        for gold in article.events:
            match = Match(gold, [], [])
            for event in by_article.get(article.id, ()):
                if not tells(gold, event, spans, judgements.get(event.key)):
                    continue
                target = match.dated if date_compatible(gold.date, event.date) else match.undated
                target.append(event.key)
            matches.append(match)
    return matches


# --- figures ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Scores:
    """The figures of the issue's first table, as counts (percentages are derived)."""

    gold: int = 0
    found: int = 0  # gold events told by an event with a compatible date
    told_any_date: int = 0
    extracted: int = 0
    judged: int = 0
    precise: int = 0  # real, rightly dated, not a duplicate
    duplicates: int = 0
    criteria: Counter[str] = field(default_factory=Counter)  # criterion -> events meeting it
    editor_ready: int = 0
    multi_article: int = 0  # events with sources from two articles or more
    stale_duplicates: int = 0  # duplicate_of naming an event no longer extracted
    failures: Counter[str] = field(default_factory=Counter)  # why tags of judged events

    @staticmethod
    def percent(part: int, whole: int) -> float:
        """``part`` as a percentage of ``whole`` (0 when there is nothing to divide)."""
        return 100.0 * part / whole if whole else 0.0


def score(
    matches: Sequence[Match],
    events: Sequence[SystemEvent],
    judgements: Mapping[str, Judgement],
) -> Scores:
    """Recall from the matches; precision, duplicates and per-criterion shares from judgements.

    A duplicate is an event whose judgement names another event that is still extracted; a
    duplicate of an event that is gone is counted as stale and not as a duplicate.
    """
    scores = Scores(gold=len(matches), extracted=len(events))
    scores.found = sum(1 for m in matches if m.dated)
    scores.told_any_date = sum(1 for m in matches if m.dated or m.undated)
    keys = {event.key for event in events}
    for event in events:
        if len({article for article, _ in event.sources}) > 1:
            scores.multi_article += 1
        judgement = judgements.get(event.key)
        if judgement is None:
            continue
        scores.judged += 1
        duplicate = False
        if judgement.duplicate_of:
            if judgement.duplicate_of in keys and judgement.duplicate_of != event.key:
                duplicate = True
            else:
                scores.stale_duplicates += 1
        scores.duplicates += duplicate
        for name in CRITERIA:
            scores.criteria[name] += getattr(judgement, name)
        if judgement.real and judgement.date and not duplicate:
            scores.precise += 1
        if all(getattr(judgement, name) for name in CRITERIA) and not duplicate:
            scores.editor_ready += 1
        scores.failures.update(judgement.why)
        if duplicate:
            scores.failures["duplicate"] += 1
    return scores


TARGETS = {
    "recall": ">= 90 %",
    "precision": ">= 90 %",
    "title": ">= 90 %",
    "actors": ">= 85 %",
    "duplicates": "<= 2 %",
    "ready": ">= 70 %",
}


def failure_lines(scores: Scores) -> list[str]:
    """Failure kinds, commonest first, each criterion's total before its kinds."""
    groups: Counter[str] = Counter()
    for name, count in scores.failures.items():
        groups[name.split(":", 1)[0]] += count
    lines: list[str] = []
    for group, total in groups.most_common():
        lines.append(f"{total:5d}  {group} (all kinds)")
        kinds = [(n, c) for n, c in scores.failures.most_common() if n.split(":", 1)[0] == group]
        lines.extend(f"{count:9d}  {name}" for name, count in kinds if name != group)
    return lines


def table(scores: Scores) -> list[str]:
    """The figures as the issue's first table, one line each (judged shares over judged events)."""
    pct = Scores.percent
    judged = scores.judged
    rows = [
        ("recall: editor events found with the right date", pct(scores.found, scores.gold),
         TARGETS["recall"]),
        ("  (told at all, any date)", pct(scores.told_any_date, scores.gold), ""),
        ("precision: real, rightly dated, not a duplicate", pct(scores.precise, judged),
         TARGETS["precision"]),
        ("title usable as is", pct(scores.criteria["title"], judged), TARGETS["title"]),
        ("actors fully right", pct(scores.criteria["actors"], judged), TARGETS["actors"]),
        ("status right", pct(scores.criteria["status"], judged), ""),
        ("quote supports it", pct(scores.criteria["quote"], judged), ""),
        ("real event", pct(scores.criteria["real"], judged), ""),
        ("date right", pct(scores.criteria["date"], judged), ""),
        ("duplicates", pct(scores.duplicates, judged), TARGETS["duplicates"]),
        ("editor-ready (every criterion at once)", pct(scores.editor_ready, judged),
         TARGETS["ready"]),
    ]  # fmt: skip
    lines = [f"{'measure':<50} {'now':>7}   target"]
    lines += [f"{name:<50} {value:6.1f} %   {target}" for name, value, target in rows]
    return lines
