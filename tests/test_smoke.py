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
