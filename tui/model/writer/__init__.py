"""The one package that writes ``timeline.yaml``: small edits that leave everything else alone.

- :mod:`.document`: :class:`TimelineDocument`, the splicing editor and its checks;
- :mod:`.emit`: new YAML text in the file's own style;
- :mod:`.checks`: whether an edit did exactly what was asked;
- :mod:`.atomic`: saving bytes safely (temporary file, fsync, rename).
"""

from tui.model.writer.atomic import write_text_atomically
from tui.model.writer.document import SKELETON, TimelineDocument
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
    "TimelineDocument",
    "TimelineSyntaxError",
    "UnknownIdError",
    "WriterError",
    "double_quoted",
    "write_text_atomically",
]
