"""Editor-ready events (issue 9): extraction scored against an editor's development gold.

    python bench/events_score.py                 # the first table of issue 9, and the TLS figure
    python bench/events_score.py --unjudged      # extracted events nobody has judged yet
    python bench/events_score.py --misses        # gold events not found with the right date
    python bench/events_score.py --failures      # judged failure kinds, commonest first
    python bench/events_score.py --skip-tls      # only the gold figures
    python bench/events_score.py --snapshot F    # save every event's output to F (JSON)
    python bench/events_score.py --changed F     # events whose output differs from snapshot F

The gold (``bench/events_gold/gold.yaml``) lists, per article, the dated events an editor would
put on a timeline; the judgements (``bench/events_gold/judgements.yaml``) say, for every extracted
event, whether it is real, rightly dated, rightly marked, usable as titled, with the right actors
and a supporting quote, and which event it duplicates. ``bench/events_gold/README.md`` says how
both were made. Extraction runs in-process over all gold articles at once, as ``newsline
extract`` on a folder would (so the same happening told by several articles may merge), with no
user actors. TimeML articles are read with ``bench/timeml_score.py``'s reader (the text inside
``<TEXT>``, published at the creation time); the seeds as the reader reads them.

The second figure is the one issue 9 quotes for ``../shared/tls``: of the day-dated events
extracted from each development story, the share cited by two or more articles.

Without ``../shared`` this prints what it skips and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from events_scoring import (  # noqa: E402
    GoldArticle,
    Judgement,
    Match,
    ScoringInputError,
    SystemEvent,
    assign_keys,
    failure_lines,
    load_gold,
    load_judgements,
    locate_quotes,
    match_gold,
    score,
    table,
)
from timeml_score import load_tml  # noqa: E402

from tui.extract.pipeline import ArticleInput, merge_results, process_articles  # noqa: E402
from tui.model.articles import read_article  # noqa: E402
from tui.model.sentences import fast_sentences  # noqa: E402
from tui.model.timeline import Article  # noqa: E402

GOLD_DIR = ROOT / "bench" / "events_gold"
SHARED = ROOT.parent / "shared"
_LINE = re.compile(r"[^\r\n]+")


def article_text(article: GoldArticle, shared: Path) -> tuple[str, dt.date] | str:
    """The plain text and publication date of a gold article, or why it cannot be read."""
    if article.source.startswith("timeml/"):
        path = shared / article.source
        if not path.is_file():
            return f"{path}: no such file"
        doc = load_tml(path)
        return doc.text, doc.published or article.published
    path = ROOT / article.source
    read = read_article(Article(article.id, str(path), file=path))
    if read.error is not None:
        return read.error.format()
    return read.text, article.published


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a text, as extraction splits them (line by line, punctuation rules)."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        spans.extend(
            (line.start() + s.start, line.start() + s.end) for s in fast_sentences(line.group())
        )
    return spans


def extract(items: Sequence[ArticleInput]) -> list[SystemEvent]:
    """Run extraction in-process and return its events with stable keys."""
    extraction = merge_results(process_articles(items))
    events = [
        SystemEvent(
            key="",
            title=e.title,
            date=e.date,
            date_text=e.date_text,
            status=str(e.status),
            actors=list(e.actors),
            sources=list(e.sources),
        )
        for e in extraction.events
    ]
    assign_keys(events)
    return events


def print_unjudged(
    events: Sequence[SystemEvent],
    judgements: dict[str, Judgement],
    matches: Sequence[Match],
) -> None:
    """Each unjudged event with what a person needs to judge it, and a line to fill in."""
    golds: dict[str, list[str]] = {}
    for match in matches:
        for key in [*match.dated, *match.undated]:
            golds.setdefault(key, []).append(
                f"{match.gold.id} {match.gold.date.edtf()} {match.gold.title}"
            )
    told_by: dict[str, list[str]] = {}
    for match in matches:
        for key in match.dated + match.undated:
            told_by.setdefault(f"{match.gold.article}:{match.gold.id}", []).append(key)
    for event in events:
        if event.key in judgements:
            continue
        print(f"--- {event.key}")
        print(f"  date {event.date} ({event.date_text!r})  status {event.status}")
        print(f"  title {event.title!r}")
        print(f"  actors {event.actors}")
        for article, quote in event.sources:
            where = event.spans.get(article, [(-1, -1)])[0][0]
            print(f"  source {article}@{where}: {quote!r}")
        for gold in golds.get(event.key, []):
            gold_id = gold.split()[0]
            others = [k for k in told_by.get(f"{event.article}:{gold_id}", []) if k != event.key]
            print(f"  tells? {gold}" + (f"   (also told by {', '.join(others)})" if others else ""))
        print(
            f"  {event.key}: {{real: , date: , status: , title: , actors: , quote: , "
            "duplicate_of: , tells: [], why: []}"
        )


def event_output(event: SystemEvent) -> dict[str, object]:
    """What a judge looks at in an event: a change in any of it needs a new verdict."""
    return {
        "title": event.title,
        "date": event.date,
        "date_text": event.date_text,
        "status": event.status,
        "actors": list(event.actors),
        "sources": [list(source) for source in event.sources],
    }


def print_changed(
    events: Sequence[SystemEvent], judgements: dict[str, Judgement], snapshot: Path
) -> None:
    """Judged events whose output differs from ``snapshot``: the ones to judge again."""
    before = json.loads(snapshot.read_text(encoding="utf-8"))
    now = {event.key: event for event in events}
    for key, event in now.items():
        old = before.get(key)
        output = event_output(event)
        if old is None or old == output or key not in judgements:
            continue
        print(f"--- {key}")
        for field_name, value in output.items():
            if old.get(field_name) != value:
                print(f"  {field_name}: {old.get(field_name)!r}")
                print(f"  {' ' * len(field_name)}  -> {value!r}")
        verdict = judgements[key]
        print(f"  verdict: why {list(verdict.why)}; note {verdict.note!r}")
    gone = sorted(key for key in before if key not in now)
    if gone:
        print(f"no longer extracted: {', '.join(gone)}")


def tls_figure(shared: Path) -> list[str]:
    """Per development story of ../shared/tls: day-dated events cited by two articles or more."""
    root = shared / "tls"
    if not root.is_dir():
        return [f"skipping the TLS figure: {root} is absent"]
    lines = [f"{'story':<22} {'articles':>8} {'events':>7} {'day-dated':>9} {'2+ articles':>11}"]
    total_day = total_multi = 0
    for story in sorted(p for p in root.iterdir() if (p / "articles").is_dir()):
        items: list[ArticleInput] = []
        for path in sorted((story / "articles").glob("*.txt")):
            read = read_article(Article(path.stem, str(path), file=path))
            published = read.front_matter.get("published") if read.error is None else None
            if isinstance(published, dt.date):
                items.append(ArticleInput(path.stem, read.text, published))
        extraction = merge_results(process_articles(items))
        day = [e for e in extraction.events if re.fullmatch(r"\d{4}-\d\d-\d\d", e.date)]
        multi = [e for e in day if len({article for article, _ in e.sources}) > 1]
        total_day += len(day)
        total_multi += len(multi)
        share = 100.0 * len(multi) / len(day) if day else 0.0
        lines.append(
            f"{story.name:<22} {len(items):>8} {len(extraction.events):>7} {len(day):>9} "
            f"{len(multi):>5} {share:4.1f} %"
        )
    share = 100.0 * total_multi / total_day if total_day else 0.0
    lines.append(
        f"day-dated events cited by two or more articles: {total_multi} of {total_day} "
        f"({share:.1f} %)"
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Score extraction on the gold; print the table, and what the options ask for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD_DIR / "gold.yaml")
    parser.add_argument("--judgements", type=Path, default=GOLD_DIR / "judgements.yaml")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the ../shared folder")
    parser.add_argument("--unjudged", action="store_true", help="print unjudged events")
    parser.add_argument("--misses", action="store_true", help="print gold events not found")
    parser.add_argument("--failures", action="store_true", help="print failure kinds by count")
    parser.add_argument("--skip-tls", action="store_true", help="skip the ../shared/tls figure")
    parser.add_argument("--snapshot", type=Path, help="save every event's output to this file")
    parser.add_argument("--changed", type=Path, help="print events changed since this snapshot")
    args = parser.parse_args(argv)

    if not (args.shared / "timeml").is_dir():
        print(f"skipping: {args.shared / 'timeml'} is absent (the gold articles live there)")
        return 0
    try:
        gold = load_gold(args.gold)
        judgements = load_judgements(args.judgements)
    except ScoringInputError as error:
        print(error, file=sys.stderr)
        return 2

    texts: dict[str, str] = {}
    items: list[ArticleInput] = []
    for article in gold:
        read = article_text(article, args.shared)
        if isinstance(read, str):
            print(f"{args.gold}: article {article.id}: {read}", file=sys.stderr)
            return 2
        text, published = read
        if published != article.published:
            print(f"note: {article.id} is published {published}, the gold says {article.published}")
        for event in article.events:
            bad = [cue for cue in event.cues if not 0 <= cue < len(text)]
            if bad:
                print(f"{args.gold}: {article.id} {event.id}: cue {bad[0]} is outside the text")
                return 2
        texts[article.id] = text
        items.append(ArticleInput(article.id, text, published))

    events = extract(items)
    for event in events:
        locate_quotes(event, texts)
    sentences = {article_id: sentence_spans(text) for article_id, text in texts.items()}
    matches = match_gold(gold, events, sentences, judgements)
    scores = score(matches, events, judgements)

    if args.unjudged:
        print_unjudged(events, judgements, matches)
    if args.changed:
        print_changed(events, judgements, args.changed)
    if args.snapshot:
        outputs = {event.key: event_output(event) for event in events}
        args.snapshot.write_text(json.dumps(outputs, indent=1), encoding="utf-8")
    unjudged = scores.extracted - scores.judged
    print(
        f"gold: {len(gold)} articles, {scores.gold} events; extracted: {scores.extracted} events "
        f"({scores.multi_article} with sources from 2+ articles); judged {scores.judged}, "
        f"unjudged {unjudged}" + (" (list them with --unjudged)" if unjudged else "")
    )
    if scores.stale_duplicates:
        stale = scores.stale_duplicates
        print(f"stale duplicate_of references (event no longer extracted): {stale}")
    for line in table(scores):
        print(line)
    if args.misses:
        print("gold events not found with the right date:")
        for match in matches:
            if match.dated:
                continue
            kind = f"told with another date by {match.undated}" if match.undated else "not told"
            gold_event = match.gold
            print(
                f"  {gold_event.article} {gold_event.id} {gold_event.date.edtf()} "
                f"{gold_event.title!r}: {kind}"
            )
    if args.failures:
        print("failure kinds of judged events, commonest first:")
        for line in failure_lines(scores):
            print(line)
    if not args.skip_tls:
        print()
        for line in tls_figure(args.shared):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
