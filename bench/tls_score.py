"""Key dates against journalists' timelines: Date-F1 and alignment ROUGE on Timeline17 stories.

    python bench/tls_score.py [--tls ../shared/tls] [--cache DIR] [--fresh] [--story NAME ...]

For each story folder (``articles/``, ``timelines/*.json``; see ../shared/tls/README.md): run
``newsline extract`` on its articles into a cached folder (reused on the next run unless
``--fresh``), then for each gold timeline of T dates, k sentences a date on average, between
its first and last date, run the whole command

    newsline export FOLDER --format key-dates --dates T --per-date k --from FIRST --to LAST

and score its output with bench/tls_metrics.py (tilse's Date-F1 and align+ m:1 ROUGE-1/2 F);
the last column is that command's wall time, process start to end (it reads and tags every
article of the story: the whole cost a user waits for).
Beside it, the baselines the issue names, on the same extracted timeline:

- ``per-day``: the T days with the most day-dated events, each told by its first k quotes;
- ``mentions``: the T days newsline's date tagger finds mentioned most often in the articles,
  each told by the first k sentences that mention it;
- ``random``: T days drawn from the range (seed 17): Date-F1 only, it has nothing to say.

The same command scores other stories of the benchmark (``--tls`` a folder laid out alike).
Without the folder it says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from tls_metrics import Scores, Timeline, date_f1, score  # noqa: E402

from tui.model.export.key_dates_format import day_of  # noqa: E402
from tui.model.loader import Corpus, load_timeline  # noqa: E402
from tui.model.timeline import Timeline as NewslineTimeline  # noqa: E402

SEED = 17
# Wall seconds of each whole `newsline export --format key-dates` command, process start to end.
EXPORT_SECONDS: list[float] = []
DEFAULT_TLS = ROOT.parent / "shared" / "tls"


def extracted(story: Path, cache: Path, fresh: bool) -> Path:
    """The story's articles extracted into ``cache/<story>``; its timeline file."""
    folder = cache / story.name
    timeline = folder / "timeline.yaml"
    if timeline.exists() and not fresh:
        return timeline
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copytree(story / "articles", folder / "articles")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "tui", "extract", "--timeline", str(timeline), "articles"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{story.name}: extract failed ({done.returncode}):\n{done.stderr}")
    count = len(list((folder / "articles").glob("*.txt")))
    print(f"  extracted {story.name}: {count} articles in {time.perf_counter() - started:.0f} s")
    return timeline


def key_dates(folder: Path, dates: int, per_date: int, first: dt.date, last: dt.date) -> Timeline:
    """What ``newsline export --format key-dates`` prints, as date -> sentences."""
    command = [sys.executable, "-m", "tui", "export", str(folder), "--format", "key-dates"]
    command += ["--dates", str(dates), "--per-date", str(per_date)]
    command += ["--from", first.isoformat(), "--to", last.isoformat()]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    EXPORT_SECONDS.append(time.perf_counter() - started)
    if done.returncode != 0:
        raise SystemExit(f"{folder}: export failed ({done.returncode}):\n{done.stderr}")
    return {dt.date.fromisoformat(day["date"]): day["summary"] for day in json.loads(done.stdout)}


def per_day(
    timeline: NewslineTimeline, dates: int, per_date: int, first: dt.date, last: dt.date
) -> Timeline:
    """Baseline: the days with the most day-dated events, each told by its first quotes."""
    quotes: dict[dt.date, list[str]] = {}
    events: Counter[dt.date] = Counter()
    for event in timeline.events:
        day = day_of(event)
        if day is not None and first <= day <= last:
            events[day] += 1
            quotes.setdefault(day, []).extend(source.quote for source in event.sources)
    chosen = sorted(events, key=lambda day: (-events[day], day))[:dates]
    return {day: quotes[day][:per_date] for day in chosen}


def mentions(
    timeline: NewslineTimeline, dates: int, per_date: int, first: dt.date, last: dt.date
) -> Timeline:
    """Baseline: the days the date tagger finds mentioned most, told by sentences naming them."""
    from tui.extract.temporal import tag

    corpus = Corpus()
    counts: Counter[dt.date] = Counter()
    sentences: dict[dt.date, list[str]] = {}
    for article in timeline.articles:
        text = corpus.text(article)
        if text.error is not None:
            continue
        split = text.sentences
        for timex in tag(text.text, article.published):
            try:
                day = dt.date.fromisoformat(timex.value) if len(timex.value) == 10 else None
            except ValueError:
                day = None
            if day is None or not first <= day <= last:
                continue
            counts[day] += 1
            around = next((s for s in split if s.start <= timex.start < s.end), None)
            if around is not None:
                sentences.setdefault(day, []).append(text.text[around.start : around.end])
    chosen = sorted(counts, key=lambda day: (-counts[day], day))[:dates]
    return {day: list(dict.fromkeys(sentences.get(day, [])))[:per_date] for day in chosen}


def random_days(dates: int, first: dt.date, last: dt.date) -> list[dt.date]:
    """Baseline: ``dates`` days of the range drawn with a fixed seed."""
    span = (last - first).days + 1
    offsets = random.Random(SEED).sample(range(span), min(dates, span))
    return [first + dt.timedelta(days=offset) for offset in offsets]


def _cell(scores: Scores) -> str:
    return f"{scores.date_f1:5.3f} {scores.rouge1:5.3f} {scores.rouge2:5.3f}"


def main() -> int:
    """Score every story; print a table and the means."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tls", type=Path, default=DEFAULT_TLS, help="folder of stories")
    parser.add_argument(
        "--cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "newsline-tls",
        help="where extracted timelines are kept between runs",
    )
    parser.add_argument("--fresh", action="store_true", help="extract again, ignore the cache")
    parser.add_argument("--story", action="append", default=[], help="only these stories")
    args = parser.parse_args()
    if not args.tls.is_dir():
        print(f"tls_score: {args.tls} not found; skipped (needs ../shared/tls)")
        return 0
    stories = sorted(p for p in args.tls.iterdir() if (p / "timelines").is_dir())
    if args.story:
        stories = [p for p in stories if p.name in args.story]
    columns = "Date-F1 R1-F  R2-F "
    print(
        f"{'story':<22} {'T':>4} {'k':>2}  key-dates {columns} per-day {columns} "
        f"mentions {columns} random D-F1  export s"
    )
    totals: dict[str, list[Scores]] = {"ours": [], "per-day": [], "mentions": []}
    random_f1: list[float] = []
    for story in stories:
        timeline_file = extracted(story, args.cache, args.fresh)
        loaded = load_timeline(timeline_file, resolve_sources=False).timeline
        if loaded is None:
            raise SystemExit(f"{timeline_file}: cannot be loaded")
        for gold_file in sorted((story / "timelines").glob("*.json")):
            raw = json.loads(gold_file.read_text(encoding="utf-8"))["dates"]
            gold = {dt.date.fromisoformat(day): sentences for day, sentences in raw.items()}
            first, last = min(gold), max(gold)
            dates = len(gold)
            per_date = max(1, round(sum(map(len, gold.values())) / dates))
            ours = score(key_dates(timeline_file.parent, dates, per_date, first, last), gold)
            day = score(per_day(loaded, dates, per_date, first, last), gold)
            told = score(mentions(loaded, dates, per_date, first, last), gold)
            chance = date_f1(random_days(dates, first, last), list(gold))
            totals["ours"].append(ours)
            totals["per-day"].append(day)
            totals["mentions"].append(told)
            random_f1.append(chance)
            print(
                f"{story.name:<22} {dates:>4} {per_date:>2}  {'':9} {_cell(ours)}  "
                f"{'':7} {_cell(day)}  {'':8} {_cell(told)}  {chance:5.3f}  "
                f"{EXPORT_SECONDS[-1]:8.1f}",
                flush=True,
            )
    if not random_f1:
        print("no gold timelines found")
        return 0

    def mean(items: list[Scores]) -> Scores:
        fields = Scores.__slots__
        return Scores(*(math.fsum(getattr(s, f) for s in items) / len(items) for f in fields))

    print(
        f"{'mean':<22} {'':>4} {'':>2}  {'':9} {_cell(mean(totals['ours']))}  "
        f"{'':7} {_cell(mean(totals['per-day']))}  {'':8} {_cell(mean(totals['mentions']))}  "
        f"{math.fsum(random_f1) / len(random_f1):5.3f}  {max(EXPORT_SECONDS):8.1f} (max)"
    )
    print(f"load average during the run: {os.getloadavg()[0]:.1f} (1 min, at the end)")
    print(
        "targets on held-out stories: Date-F1 >= 0.55, ROUGE-1 F >= 0.12 "
        "(these dev stories are easier: compare with the baselines beside)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
