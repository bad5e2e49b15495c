"""The writer's errors: one base class, so callers can catch everything the writer refuses."""

from __future__ import annotations

from pathlib import Path


class WriterError(Exception):
    """Base class of the writer's errors."""


class TimelineSyntaxError(WriterError):
    """The file is not valid YAML (or not a mapping); nothing was written."""

    def __init__(self, path: Path, line: int, column: int, message: str) -> None:
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.path = path
        self.line = line
        self.column = column
        self.message = message


class ConcurrentEditError(WriterError):
    """The file changed on disk since it was read; reload and retry instead of overwriting."""


class DuplicateIdError(WriterError, ValueError):
    """An item with that id is already in the section."""


class UnknownIdError(WriterError, KeyError):
    """No item with that id in the section."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""
