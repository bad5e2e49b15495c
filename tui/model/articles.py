"""Article texts: reading a user's article file, its optional front matter, and its sentences.

An article is UTF-8 text (``.txt`` or ``.md``). It may start with YAML front matter between two
``---`` lines (keys ``title``, ``byline``, ``published``, ``source``); the body after it is the
text, and every anchor offset indexes that body. Line endings are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field
from functools import cached_property
from pathlib import Path

from tui.model.diagnostics import Diagnostic, Severity, shown
from tui.model.paths import PathError, read_regular_file
from tui.model.records import record
from tui.model.sentences import Sentence, split_sentences
from tui.model.timeline import Article
from tui.model.yaml_nodes import compose_yaml, scalar_python_value

BOM = "\ufeff"
# An article larger than this is almost certainly the wrong file (a video, a database dump).
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
FRONT_MATTER_KEYS = ("title", "byline", "published", "source")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)


@record(slots=False)
class ArticleText:
    """An article's body text, front matter, and why it could not be read (if it could not).
    (Its value methods are tui.model.records', not compiled at import.)"""

    article_id: str
    file: Path | None
    text: str  # body, front matter removed ("" when unreadable)
    front_matter: dict[str, object] = field(default_factory=dict)
    error: Diagnostic | None = None
    # Problems that do not stop reading, such as front matter that is not YAML.
    warnings: list[Diagnostic] = field(default_factory=list)

    def __init__(
        self,
        article_id: str,
        file: Path | None,
        text: str,
        front_matter: dict[str, object] | None = None,
        error: Diagnostic | None = None,
        warnings: list[Diagnostic] | None = None,
    ) -> None:
        self.article_id = article_id
        self.file = file
        self.text = text
        self.front_matter = {} if front_matter is None else front_matter
        self.error = error
        self.warnings = [] if warnings is None else warnings

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The body's sentences, split on first use (syntok is the slow part of loading)."""
        return split_sentences(self.text) if self.text else []

    @property
    def is_split(self) -> bool:
        """Whether the sentences are split already, so that reading them costs nothing."""
        return "sentences" in self.__dict__

    def split(self, should_stop: Callable[[], bool] | None = None) -> list[Sentence]:
        """Split the sentences now (in a worker thread), as :attr:`sentences` then gives them.

        ``should_stop`` lets the caller give up early: :class:`~tui.model.sentences.Interrupted`
        is raised and nothing is kept.
        """
        if "sentences" not in self.__dict__:
            found = split_sentences(self.text, should_stop) if self.text else []
            self.__dict__["sentences"] = found  # where cached_property keeps its value
        return self.sentences


def decode_utf8(data: bytes, file: Path) -> tuple[str, Diagnostic | None]:
    """``data`` as text without a BOM, or an error at the line and column of the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", errors="replace")) + 1
        if line == 1 and data.startswith(b"\xef\xbb\xbf"):
            column -= 1
        message = f"not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded"
        return "", Diagnostic(
            file,
            line,
            column,
            Severity.ERROR,
            message,
            "save the file as UTF-8",
        )
    if text.startswith(BOM):
        text = text[1:]
    return text, None


def split_front_matter(text: str, file: Path) -> tuple[dict[str, object], str, list[Diagnostic]]:
    """Separate YAML front matter from the body: ``(front_matter, body, warnings)``.

    Without a closing ``---`` line there is no front matter and the whole text is the body.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, []
    block = match.group(1)
    body = text[match.end() :]
    root, problems = compose_yaml(block, file, line_offset=1)
    warnings = [
        Diagnostic(d.path, d.line, d.column, Severity.WARNING, f"front matter: {d.message}", d.hint)
        for d in problems
    ]
    if root is None:
        return {}, body, warnings
    pairs = getattr(root, "pairs", None)
    if pairs is None:
        if getattr(root, "value", "") not in ("", None):
            warnings.append(
                Diagnostic(
                    file,
                    root.line,
                    root.column,
                    Severity.WARNING,
                    "front matter must be `key: value` lines",
                    "use keys " + ", ".join(FRONT_MATTER_KEYS),
                )
            )
        return {}, body, warnings
    front: dict[str, object] = {}
    for key, value in pairs:
        name = getattr(key, "value", None)
        if not isinstance(name, str) or not hasattr(value, "value"):
            continue
        front[name] = scalar_python_value(value)
    return front, body, warnings


def read_article(article: Article) -> ArticleText:
    """Read ``article.file``: body, front matter, or an error saying why not. Never raises.

    Every bad path (NUL byte, too long, a link loop, a folder, a FIFO or device, no permission)
    is an error naming the article's path, via :mod:`tui.model.paths`.
    """
    file = article.file
    if file is None:
        file = Path(article.path)
    try:
        data = read_regular_file(file, MAX_ARTICLE_BYTES)
    except PathError as problem:
        hint = "check the path"
        if problem.reason.startswith("is larger"):
            hint = f"articles are limited to {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB of text"
        return _failed(article, file, f"article file {shown(article.path)} {problem.reason}", hint)
    text, problem = decode_utf8(data, file)
    if problem is not None:
        return ArticleText(article.id, file, "", {}, problem)
    front, body, warnings = split_front_matter(text, file)
    return ArticleText(article.id, file, body, front, None, warnings)


def _failed(article: Article, file: Path, message: str, hint: str) -> ArticleText:
    return ArticleText(
        article.id, file, "", {}, Diagnostic(file, 0, 0, Severity.ERROR, message, hint)
    )
