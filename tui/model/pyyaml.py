"""PyYAML, imported without compiling the patterns its modules compile at import.

``import yaml`` compiles a dozen patterns as its classes are made: the pure-Python reader's
``NON_PRINTABLE`` (every character outside YAML's printable set; about 58 million
instructions, Python's ``re`` builds that set range by range), the resolver's patterns of the
implicit types (bool, int, float, null, timestamp, ...: about 8 million) and the
constructor's timestamp (3 million). newsline parses with libyaml (``CSafeLoader``), whose C
reader checks the characters itself, and a timeline resolves few of the implicit types (its
dates, the odd number). :func:`import_yaml` imports PyYAML with each of these patterns made
on its first use instead (:mod:`tui.model.lazy_re`); PyYAML's behaviour is unchanged
(``tests/test_pyyaml_import.py``).
"""

from __future__ import annotations

import re
import sys
import threading
from types import ModuleType
from typing import Any

from tui.model.lazy_re import LazyPattern

__all__ = ["LazyPattern", "import_yaml"]

_LOCK = threading.Lock()


def import_yaml() -> ModuleType:
    """The ``yaml`` module, imported (the first time) with its patterns made lazily."""
    module = sys.modules.get("yaml")
    if module is not None:
        return module
    with _LOCK:
        original = re.compile

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            caller = sys._getframe(1).f_globals.get("__name__", "")
            if isinstance(pattern, str) and caller.partition(".")[0] == "yaml":
                return LazyPattern(pattern, flags)
            return original(pattern, flags)

        # Only while yaml's modules run, and only theirs: a pattern another module or thread
        # compiles meanwhile is compiled as always.
        re.compile = compile_lazily
        try:
            import yaml
        finally:
            re.compile = original
    return yaml
