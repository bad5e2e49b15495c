"""Fixtures for the reader's tests: a small timeline folder built from the seed articles.

``make_corpus`` writes a ``timeline.yaml`` beside copies of the seeds. ``load`` reads it with the
real :func:`tui.model.loader.load_timeline` when that module exists, else with a small stand-in
that understands the same layout, so the reader's tests do not depend on the loader's progress.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from tui.app.reader import ReaderApp
from tui.model.dates import DateError, parse_event_date
from tui.model.diagnostics import Diagnostic, Severity
from tui.model.timeline import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventStatus,
    LoadResult,
    Position,
    Source,
    Timeline,
)

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
A1 = "000_3422d561840cf15d.txt"
A2 = "002_8a323d61014aa73b.txt"

TIMELINE_YAML = f"""\
# The reader's test timeline: two seed articles.
version: 1
articles:
  - id: rohani
    path: seeds/{A1}
    title: Kim and Putin plan to meet
    published: 2023-09-11
    byline: Armita Rohani
  - id: topnews
    path: seeds/{A2}
    title: Kim Jong Un is heading to Russia
    published: 2023-09-11
actors:
  - id: kim
    name: Kim Jong Un
    kind: person
    aliases: [Kim Jong-Un, Kim, North Korean leader]
  - id: putin
    name: Vladimir Putin
    kind: person
    aliases: [Putin]
  - id: shoigu
    name: Shoigu
    kind: person
  - id: whitehouse
    name: White House
    kind: organization
events:
  # Letters first, in August.
  - id: letters
    title: Kim and Putin exchange letters
    date: 2023-08
    actors: [kim, putin, whitehouse]
    tags: [diplomacy]
    sources:
      - article: rohani
        quote: >-
          the White House warned of high-level discussions as the two countries
          exchanged letters back in August
  - id: train-departs
    title: Armored train leaves Pyongyang
    date: 2023-09-10
    actors: [kim]
    tags: [travel]
    sources:
      - article: topnews
        quote: >-
          A bullet-proof train believed to be carrying the North Korean leader
          departed Pyongyang on Sunday night
  - id: summit
    title: Kim and Putin meet in Vladivostok
    date: 2023-09
    status: planned
    actors: [kim, putin]
    tags: [diplomacy, summit]
    sources:
      - article: rohani
        quote: >-
          The North Korean leader is planning to travel from Pyongyang to
          Vladivostok by armored train
      - article: topnews
        quote: During the visit he will meet Putin and hold a summit
  - id: exercises
    title: Russia considers joint exercises
    status: expected
    actors: [shoigu]
    sources:
      - article: rohani
        quote: Russia is “considering holding joint military exercises in North Korea.”
"""


def make_corpus(folder: Path, text: str = TIMELINE_YAML) -> Path:
    """A timeline folder in ``folder``: seeds copied, ``timeline.yaml`` written; its path."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    for name in (A1, A2):
        shutil.copyfile(SEEDS / name, folder / "seeds" / name)
    path = folder / "timeline.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load(path: Path) -> LoadResult:
    """The real loader when present, else :func:`stand_in_load`."""
    try:
        from tui.model.loader import load_timeline
    except ImportError:
        return stand_in_load(path)
    return load_timeline(path, resolve_sources=False)


def stand_in_load(path: Path) -> LoadResult:
    """Read the layout above with PyYAML; errors carry line and column."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        diagnostic = Diagnostic(path, line, column, Severity.ERROR, str(error.problem))
        return LoadResult(path, None, [diagnostic])
    except OSError as error:
        return LoadResult(path, None, [Diagnostic(path, 0, 0, Severity.ERROR, str(error))])
    if not isinstance(data, dict):
        return LoadResult(path, None, [Diagnostic(path, 1, 1, Severity.ERROR, "not a mapping")])
    timeline = Timeline(path)
    for item in data.get("articles") or []:
        published = item.get("published")
        timeline.articles.append(
            Article(
                id=str(item["id"]),
                path=str(item["path"]),
                title=str(item.get("title", "")),
                published=published if isinstance(published, dt.date) else None,
                byline=str(item.get("byline", "")),
                file=path.parent / str(item["path"]),
            )
        )
    line_of = {}
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if text.strip().startswith("- id: "):
            line_of.setdefault(text.strip()[6:], number)
    for item in data.get("actors") or []:
        line = line_of.get(str(item["id"]), 0)
        timeline.actors.append(
            Actor(
                id=str(item["id"]),
                name=str(item["name"]),
                kind=ActorKind(item.get("kind", "person")),
                aliases=tuple(item.get("aliases") or ()),
                position=Position(line, 5),
            )
        )
    diagnostics: list[Diagnostic] = []
    for item in data.get("events") or []:
        date = None
        if "date" in item:
            try:
                date = parse_event_date(str(item["date"]))
            except DateError as error:
                diagnostics.append(Diagnostic(path, 0, 0, Severity.ERROR, error.message))
        line = line_of.get(str(item["id"]), 0)
        sources = [Source(str(s["article"]), str(s["quote"])) for s in item.get("sources") or []]
        event = Event(
            id=str(item["id"]),
            title=str(item.get("title", "")),
            date=date,
            status=EventStatus(item.get("status", "occurred")),
            actors=tuple(item.get("actors") or ()),
            sources=sources,
            tags=tuple(item.get("tags") or ()),
            position=Position(line, 5),
        )
        if date is None and sources:
            article = timeline.article_by_id.get(sources[0].article)
            event.fallback_date = article.published if article else None
        timeline.events.append(event)
    return LoadResult(path, timeline, diagnostics)


# --- driving the reader with Pilot ---------------------------------------------------------


def make_app(tmp_path: Path, text: str = TIMELINE_YAML, **options: object) -> ReaderApp:
    """A reader on a fresh corpus in ``tmp_path``: no file watching, no user key config."""
    path = make_corpus(tmp_path, text)
    options.setdefault("watch", False)
    options.setdefault("keymap_path", tmp_path / "no-config.toml")
    return ReaderApp(path, loader=load, **options)  # type: ignore[arg-type]


async def settle(app: ReaderApp, pilot: object) -> None:
    """Wait for the load worker and the messages it causes."""
    await pilot.pause()  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


def sentence_text(app: ReaderApp) -> str:
    """The sentence under the Text cursor."""
    view = app.text_view
    sentence = view.sentences[view.cursor_sentence]
    return view.text[sentence.start : sentence.end]


def screen_text(widget: object) -> str:
    """The visible lines of a Line API widget as plain text."""
    height = widget.size.height  # type: ignore[attr-defined]
    return "\n".join(widget.render_line(y).text for y in range(height))  # type: ignore[attr-defined]


async def wait_for(pilot: object, condition: object, seconds: float = 4.0) -> bool:
    """Poll ``condition`` while the app runs; whether it came true within ``seconds``."""
    for _ in range(int(seconds / 0.05)):
        if condition():  # type: ignore[operator]
            return True
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    return bool(condition())  # type: ignore[operator]
