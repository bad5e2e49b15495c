"""The package imports and the model stays free of Textual."""

import subprocess
import sys
from pathlib import Path


def test_model_layer_imports_no_textual() -> None:
    code = (
        "import sys, pkgutil, importlib, tui.model\n"
        "for m in pkgutil.walk_packages(tui.model.__path__, 'tui.model.'):\n"
        "    importlib.import_module(m.name)\n"
        "loaded = [n for n in sys.modules if n == 'textual' or n.startswith('textual.')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_reader_start_up_loads_no_extractor() -> None:
    # The reader tags a sentence's date only when asked to make it an event.
    code = (
        "import sys, tui.app.app\n"
        "loaded = [n for n in sys.modules if n.startswith('tui.extract')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# What the reader's first paint does without: each is imported by the first key that needs it.
ON_DEMAND = (
    "tui.model.writer.document",  # the writer: the first write (or the idle warm-up)
    "tui.model.edits",
    "tui.model.history",
    "tui.app.new_event",
    "tui.app.timeline.screen",  # the timeline view
    "tui.app.screens.prompt",  # prompts, help, search results, the article browser
    "tui.app.screens.help",
    "tui.app.screens.search",
    "tui.app.screens.articles",
    "tui.model.search",  # the index of everything (F)
    "tui.app.palette",  # the command palette and its commands
    "tui.app.widgets.command_palette",
    "tui.app.keymap_reach",  # a keymap file's conflicts, when there is one
    "tui.model.salience",  # key events (K)
    "tui.app.timeline.axis",  # the timeline view's zoom levels (the ruler needs only span)
    "tomllib",  # a keymap file, when there is one
    "syntok",  # the first article split
    "yaml",  # the first parse: a timeline opened from the load cache needs none
    "tui.model.first_screen",  # a big file's first load (read ahead in the load worker)
    "argparse",  # a command's options, or the reader's beyond a plain `newsline [PATH]`
)


def test_reader_start_up_leaves_the_rest_for_later() -> None:
    # Seconds to first paint are mostly imports: what the first screen does not need waits.
    code = (
        "import sys, tui.cli, tui.app.app\n"
        f"early = [n for n in {ON_DEMAND!r} if n in sys.modules]\n"
        "assert not early, early\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_closed_output_pipe_is_not_a_traceback(tmp_path: Path) -> None:
    # `newsline check | head -1`: the reader leaves early; newsline must go quietly.
    events = "".join(f"  - {{id: Event {n}, title: Event {n}}}\n" for n in range(3000))
    (tmp_path / "timeline.yaml").write_text(f"version: 1\nevents:\n{events}", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "check", str(tmp_path / "timeline.yaml")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=60)
    assert "Traceback" not in stderr, stderr
