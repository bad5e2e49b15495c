"""PyYAML, imported without compiling a pattern that only its pure-Python reader uses.

``import yaml`` runs ``yaml/reader.py``, whose ``Reader`` class compiles ``NON_PRINTABLE``
(every character outside YAML's printable set) as the module is imported. Python's ``re``
builds that character set range by range, in Python: about 58 million instructions, 4 % of
the reader's first paint of the seeds (``bench/paint_instructions.py``). newsline parses
with libyaml (``CSafeLoader``), whose C reader checks the characters itself: the pattern is
needed only by PyYAML's pure-Python loaders, a fallback. :func:`import_yaml` imports PyYAML
with that one pattern compiled on its first use instead; every other pattern, and PyYAML's
behaviour, are unchanged (``tests/test_pyyaml_import.py``).
"""

from __future__ import annotations

import re
import sys
import threading
from types import ModuleType
from typing import Any

# yaml/reader.py's Reader.NON_PRINTABLE, as PyYAML 6 writes it. Should a release spell it
# otherwise, it is simply compiled at import again (slower, never wrong).
NON_PRINTABLE = "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"

_LOCK = threading.Lock()


class LazyPattern:
    """A compiled pattern made on first use: the attributes are the real pattern's."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Only for names the instance lacks: search, match, sub, pattern, ... of the real one.
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


def import_yaml() -> ModuleType:
    """The ``yaml`` module, imported (the first time) with ``NON_PRINTABLE`` made lazily."""
    module = sys.modules.get("yaml")
    if module is not None:
        return module
    with _LOCK:
        original = re.compile

        def compile_lazily(pattern: Any, flags: int = 0) -> Any:
            if pattern == NON_PRINTABLE and flags == 0:
                return LazyPattern(pattern, flags)
            return original(pattern, flags)

        # Only while yaml's modules run: a pattern another thread compiles meanwhile is
        # compiled as always (the stand-in passes every other pattern on).
        re.compile = compile_lazily
        try:
            import yaml
        finally:
            re.compile = original
    return yaml
