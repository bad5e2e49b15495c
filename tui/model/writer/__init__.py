"""The one package that writes ``timeline.yaml``: small edits that leave everything else alone.

- :mod:`.document`: :class:`TimelineDocument`, the splicing editor and its checks;
- :mod:`.emit`: new YAML text in the file's own style;
- :mod:`.checks`: whether an edit did exactly what was asked;
- :mod:`.atomic`: saving bytes safely (temporary file, fsync, rename), through links;
- :mod:`.disk`: what the file is now (stat, hash, another program writing it);
- :mod:`.editor`: :func:`edit_timeline`, the reader's one write path: from a stable state only.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Each name and the module that defines it. They are imported on first use (PEP 562), so that
# importing one small part (the file watcher's ``disk``) does not load the whole writer: the
# reader's first paint needs none of it (tests/test_smoke.py checks the start-up imports).
_HOMES = {
    "NotRegularFileError": "atomic",
    "ReadOnlyError": "atomic",
    "write_text_atomically": "atomic",
    "FileState": "disk",
    "SKELETON": "document",
    "TimelineDocument": "document",
    "FileChangedError": "editor",
    "Sighting": "disk",
    "TimelineEditor": "editor",
    "edit_timeline": "editor",
    "editor_for": "editor",
    "double_quoted": "emit",
    "ConcurrentEditError": "errors",
    "DuplicateIdError": "errors",
    "TimelineSyntaxError": "errors",
    "UnknownIdError": "errors",
    "WriterError": "errors",
}

if TYPE_CHECKING:
    from tui.model.writer.atomic import (
        NotRegularFileError,
        ReadOnlyError,
        write_text_atomically,
    )
    from tui.model.writer.disk import FileState, Sighting
    from tui.model.writer.document import SKELETON, TimelineDocument
    from tui.model.writer.editor import (
        FileChangedError,
        TimelineEditor,
        edit_timeline,
        editor_for,
    )
    from tui.model.writer.emit import double_quoted
    from tui.model.writer.errors import (
        ConcurrentEditError,
        DuplicateIdError,
        TimelineSyntaxError,
        UnknownIdError,
        WriterError,
    )

__all__ = [
    "SKELETON",
    "ConcurrentEditError",
    "DuplicateIdError",
    "FileChangedError",
    "FileState",
    "NotRegularFileError",
    "ReadOnlyError",
    "Sighting",
    "TimelineDocument",
    "TimelineEditor",
    "TimelineSyntaxError",
    "UnknownIdError",
    "WriterError",
    "double_quoted",
    "edit_timeline",
    "editor_for",
    "write_text_atomically",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once found, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOMES))
