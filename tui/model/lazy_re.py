"""Regular expressions compiled on their first use, not when their module is imported.

Python's ``re`` compiles a pattern in Python: a large character class or alternation costs
one to four million instructions. The reader imports modules whose patterns its first paint
never uses (the sentence splitter's rules, the terminal-safety escape, PyYAML's resolvers of
types the file does not hold); compiled at import, they cost the seeds' first frame some 25
million instructions (``bench/paint_instructions.py``).

A :class:`LazyPattern` stands for the compiled pattern: every attribute is the real one's.
Once looked up, an attribute is kept on the instance, so that later look-ups of it (a
``finditer`` in a loop) cost what they cost on the pattern itself. It is not an
``re.Pattern``: give it to ``re``'s module functions (``re.sub(pattern, ...)``) as
``pattern.pattern`` with its flags, or use its own methods.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A compiled pattern made on first use: the attributes are the real pattern's."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only for names the instance does not hold yet: search, match, pattern, ...
        if name.startswith("__"):
            raise AttributeError(name)  # copy, pickle and friends ask for dunders: not ours
        state = self.__dict__
        compiled = state.get("_compiled")
        if compiled is None:
            compiled = state["_compiled"] = re.compile(self._source, self._flags)
        value = getattr(compiled, name)
        # Kept: the next look-up of ``name`` finds it here without coming back to this method.
        state[name] = value
        return value

    def __repr__(self) -> str:
        return f"LazyPattern({self._source!r}, {self._flags!r})"


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """``re.compile(source, flags)``, made when the pattern is first used."""
    return LazyPattern(source, flags)
