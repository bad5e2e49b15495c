"""The package imports and the model stays free of Textual."""

import subprocess
import sys


def test_model_layer_imports_no_textual() -> None:
    code = (
        "import sys, pkgutil, importlib, tui.model\n"
        "for m in pkgutil.walk_packages(tui.model.__path__, 'tui.model.'):\n"
        "    importlib.import_module(m.name)\n"
        "loaded = [n for n in sys.modules if n == 'textual' or n.startswith('textual.')]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
