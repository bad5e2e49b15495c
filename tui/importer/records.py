"""What the readers of each kind of source give: articles, or a problem naming where."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from tui.model.articles import decode_utf8
from tui.model.diagnostics import printable


@dataclass(slots=True)
class Incoming:
    """One article read from a source, before it is checked against the corpus."""

    title: str
    text: str
    origin: str  # where it came from, for messages: "feed.xml entry 3", "items.jsonl:4"
    published: dt.date | None = None
    byline: str = ""
    source: str = ""  # the outlet
    url: str = ""
    language: str = ""
    is_summary: bool = False  # a feed entry that carried only its summary
    # Front matter to keep from a source file that had its own (the tls layout's extra keys).
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """Why one file, or one entry of it, cannot be imported, and what to do about it."""

    file: Path
    message: str
    hint: str = ""
    line: int = 0  # 1-based; 0 when the problem is not at one line
    column: int = 0
    entry: str = ""  # "entry 3", when the problem is one entry of a file

    def format(self) -> str:
        """``file:line:col: error: entry 3: message (hint: ...)``, safe to print."""
        where = str(self.file)
        if self.line:
            where += f":{self.line}" + (f":{self.column}" if self.column else "")
        text = f"{where}: error: " + (f"{self.entry}: " if self.entry else "") + self.message
        if self.hint:
            text += f" (hint: {self.hint})"
        return printable(text)


@dataclass(slots=True)
class SourceResult:
    """Everything one source file gave: its articles and its problems."""

    file: Path
    articles: list[Incoming] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    def decoded(self, data: bytes) -> str | None:
        """``data`` as UTF-8 text, or None with the problem (its line and column) recorded."""
        text, problem = decode_utf8(data, self.file)
        if problem is None:
            return text
        self.problems.append(
            ImportProblem(self.file, problem.message, problem.hint, problem.line, problem.column)
        )
        return None
