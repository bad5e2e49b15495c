"""Key mashing: random keys, seeded, on the seeds and on a generated timeline; nothing breaks.

Every bound key, letters, digits, Escape, Enter, tab, arrows, clicks and terminal resizes, in a
random order that depends only on the seed (a failure names it, and replays the same way). After
every burst the app must still run, and on the reader's screen the focused pane must be shown.
"""

from __future__ import annotations

import importlib.util
import random
import shutil
import string
from pathlib import Path

import pytest
from conftest import load, workers_done
from textual import events

from tui.app.app import ReaderApp
from tui.app.bindings import all_bindings
from tui.app.palette import ReaderCommands

ROOT = Path(__file__).resolve().parent.parent
STEPS = 250
BURST = 8
SIZES = [(80, 24), (160, 45), (100, 30), (60, 20), (200, 50)]
EXTRA_KEYS = [
    *string.ascii_lowercase,
    *"GNS",
    *string.digits,
    "escape",
    "enter",
    "tab",
    "shift+tab",
    "up",
    "down",
    "left",
    "right",
    "pageup",
    "pagedown",
    "home",
    "end",
    "space",
    "backspace",
    "slash",
    "question_mark",
]


# Quitting would end the run: `q` is sent alone, and only while another screen is on top (where
# it closes that screen).
LEFT_OUT = {"q", "ctrl+q"}


def mash_keys() -> list[str]:
    """Every key some binding has, and the extra keys, each once, in a stable order."""
    bound = {key.strip() for _, binding in all_bindings() for key in binding.key.split(",")}
    return sorted((bound | set(EXTRA_KEYS)) - LEFT_OUT)


def seeds_corpus(folder: Path) -> Path:
    """A copy of the repository's own timeline and its seed articles."""
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copyfile(ROOT / "timeline.yaml", folder / "timeline.yaml")
    return folder / "timeline.yaml"


def generated_corpus(folder: Path) -> Path:
    """A small timeline from bench/make_large_timeline.py (the generator of the benchmarks)."""
    spec = importlib.util.spec_from_file_location(
        "make_large_timeline", ROOT / "bench" / "make_large_timeline.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_large_timeline(folder, events=300, articles=20, seed=7)


def shown(widget: object) -> bool:
    node = widget
    while node is not None and hasattr(node, "display"):
        if not node.display:  # type: ignore[attr-defined]
            return False
        node = node.parent  # type: ignore[attr-defined]
    return True


async def mash(path: Path, seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    keys = mash_keys()
    step = 0
    edits: list[int] = []
    app = ReaderApp(
        path,
        loader=load,
        watch=False,
        keymap_path=tmp_path / "no-config.toml",
        editor_launcher=lambda _path, line: edits.append(line),
    )
    # The reader's own palette commands only: random typing in Textual's system commands could
    # pick Quit, or save a screenshot into the user's Downloads.
    app.COMMANDS = {ReaderCommands}
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await workers_done(app)
        while step < STEPS:
            if rng.random() < 0.15:
                await pilot.resize_terminal(*rng.choice(SIZES))
            if rng.random() < 0.2:  # and the mouse: a click or a double click anywhere
                width, height = app.size
                offset = (rng.randrange(width), rng.randrange(height))
                await pilot.click(offset=offset, times=rng.choice([1, 1, 2]))
            # A burst of keys posted at once, as a terminal delivers fast typing.
            burst = [rng.choice(keys) for _ in range(rng.randint(1, BURST))]
            if len(app.screen_stack) > 1 and rng.random() < 0.2:
                burst = ["q"]
            for key in burst:
                app.post_message(events.Key(key, key if len(key) == 1 else None))
            step += len(burst)
            await pilot.pause()
            context = f"seed {seed}, after step {step}, keys {burst}"
            assert app.return_code is None, context  # still running: no error, no quit
            if len(app.screen_stack) == 1 and app.focused is not None:
                assert shown(app.focused), context
        await workers_done(app)
        await pilot.pause()
        assert app.return_code is None


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_mashing_keys_on_the_seeds(tmp_path: Path, seed: int) -> None:
    await mash(seeds_corpus(tmp_path / "corpus"), seed, tmp_path)


@pytest.mark.parametrize("seed", [4])
async def test_mashing_keys_on_a_generated_timeline(tmp_path: Path, seed: int) -> None:
    await mash(generated_corpus(tmp_path / "corpus"), seed, tmp_path)
