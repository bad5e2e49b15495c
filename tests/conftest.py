"""Shared test helpers: a small timeline folder built from the seed articles, and Pilot helpers.

``make_corpus`` writes a ``timeline.yaml`` beside copies of the seeds; ``make_app`` opens the
reader on it with the real loader (the one the app uses), no file watching and no user keymap.
Test modules import these with ``from conftest import ...``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# The load cache is off in tests: each test reads what it wrote, however fast it rewrites a
# file (tests/test_load_cache.py turns it on where it is the subject).
os.environ["NEWSLINE_CACHE"] = "off"

import pytest
import yaml
from textual.app import App
from textual.worker import WorkerCancelled

from tui.app.app import ReaderApp
from tui.app.app import default_loader as load
from tui.model.writer import TimelineDocument

__all__ = [
    "A1",
    "A2",
    "SEEDS",
    "TIMELINE_YAML",
    "load",
    "make_app",
    "make_corpus",
    "notices",
    "palette_search",
    "screen_text",
    "sentence_text",
    "settle",
    "wait_for",
]

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


# --- driving the reader with Pilot ---------------------------------------------------------


def make_app(tmp_path: Path, text: str = TIMELINE_YAML, **options: object) -> ReaderApp:
    """A reader on a fresh corpus in ``tmp_path``: no file watching, no user key config."""
    path = make_corpus(tmp_path, text)
    options.setdefault("watch", False)
    options.setdefault("keymap_path", tmp_path / "no-config.toml")
    return ReaderApp(path, loader=load, **options)  # type: ignore[arg-type]


async def workers_done(app: App[object]) -> None:
    """Wait until no worker runs. An exclusive worker cancelled meanwhile (the next move's
    prefetch replaces the last one's) is no failure: the one that replaced it is waited for."""
    for _ in range(20):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue
    await app.workers.wait_for_complete()  # still cancelled after 20 waits: let it raise


@pytest.fixture(autouse=True)
def _notices_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every notification an app raises, as it is raised, for :func:`notices`.

    Textual drops a notification from ``app._notifications`` once its timeout (3-8 s) has
    passed, counted in wall-clock time: on a loaded machine a test that read it there failed
    when the seconds between the notice and the check outran that timeout.
    """
    notify = App.notify

    def keeping(self: App[object], message: object, *args: object, **kwargs: object) -> None:
        self.__dict__.setdefault("_kept_notices", []).append(str(message))
        notify(self, message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(App, "notify", keeping)


def notices(app: App[object]) -> list[str]:
    """Every notification ``app`` has raised so far, oldest first, expired or not."""
    return list(app.__dict__.get("_kept_notices", ()))


async def settle(app: ReaderApp, pilot: object) -> None:
    """Wait for the load worker and the messages it causes."""
    await pilot.pause()  # type: ignore[attr-defined]
    await workers_done(app)
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


def palette_searched(app: App[object], typed: str) -> bool:
    """Whether the command palette on top has searched for ``typed``: its search is over and
    a hit is highlighted, so Enter takes the first hit."""
    from textual.command import CommandInput, CommandList, CommandPalette

    palette = app.screen
    if not isinstance(palette, CommandPalette):
        return False
    if palette.query_one(CommandInput).value != typed:
        return False
    group = CommandPalette._GATHER_COMMANDS_GROUP
    if any(worker.group == group and not worker.is_finished for worker in app.workers):
        return False
    hits = palette.query_one(CommandList)
    return hits.option_count > 0 and hits.highlighted is not None


async def palette_search(pilot: object, text: str) -> None:
    """Type ``text`` into the command palette (opened, or opening) and wait until its hits
    for it are listed.

    Its search is a worker: a fixed pause before Enter was sometimes too short on a loaded
    machine, and Enter then took no hit or the hit of a shorter query.
    """
    from textual.command import CommandInput, CommandPalette

    app = pilot.app  # type: ignore[attr-defined]
    assert await wait_for(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*text)  # type: ignore[attr-defined]
    typed = app.screen.query_one(CommandInput).value
    assert await wait_for(pilot, lambda: palette_searched(app, typed)), typed


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


def node_positions(node: yaml.Node) -> list[tuple[str, int, int, int]]:
    """Every node's kind and start (index, line, column), in document order: equal for two
    trees only when every node starts at the same place."""
    mark = node.start_mark
    found = [(type(node).__name__, mark.index, mark.line, mark.column)]
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            found += node_positions(key) + node_positions(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found += node_positions(item)
    return found


@pytest.fixture
def whole_document_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per edit checked by re-parsing the whole document (not just its region)."""
    checks: list[int] = []
    check = TimelineDocument._checked_edit
    monkeypatch.setattr(
        TimelineDocument,
        "_checked_edit",
        lambda self, *args: checks.append(1) or check(self, *args),
    )
    return checks
