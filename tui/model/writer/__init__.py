"""The one package that writes ``timeline.yaml``: small edits that leave everything else alone.

- :mod:`.document`: :class:`TimelineDocument`, the splicing editor and its checks;
- :mod:`.emit`: new YAML text in the file's own style;
- :mod:`.checks`: whether an edit did exactly what was asked;
- :mod:`.atomic`: saving bytes safely (temporary file, fsync, rename), through links;
- :mod:`.disk`: what the file is now (stat, hash, another program writing it);
- :mod:`.editor`: :func:`edit_timeline`, the reader's one write path: from a stable state only.
"""

from tui.model.writer.atomic import NotRegularFileError, ReadOnlyError, write_text_atomically
from tui.model.writer.disk import FileState
from tui.model.writer.document import SKELETON, TimelineDocument
from tui.model.writer.editor import (
    FileChangedError,
    Sighting,
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
