"""Article text as it is written to a file: HTML fragments to paragraphs, and its fingerprint."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser

# Elements after which a fragment's text starts a new paragraph.
_BLOCKS = frozenset(
    re.findall(
        r"\w+",
        "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article header footer "
        "figure figcaption pre hr dd dt",
    )
)
_SKIPPED = frozenset(("script", "style", "noscript", "template"))
_WORDS = re.compile(r"[^\W_]+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            # Line breaks in HTML source are spaces; paragraphs come from the elements.
            self.parts.append(" ".join(data.split("\n")))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block."""
    if "<" not in fragment and "&" not in fragment:
        # Plain text: blank lines part paragraphs, a single line break is only wrapping.
        paragraphs = re.split(r"\n\s*\n", fragment.replace("\r\n", "\n"))
        return clean_body("\n\n".join(" ".join(p.split()) for p in paragraphs))
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    return clean_body("".join(collector.parts))


def clean_body(text: str) -> str:
    """Paragraphs separated by one blank line, spaces inside a line collapsed, ``\\n`` endings."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    paragraphs = re.split(r"\n\s*\n", text)
    lines = []
    for paragraph in paragraphs:
        joined = "\n".join(" ".join(line.split()) for line in paragraph.split("\n"))
        joined = joined.strip("\n ")
        if joined:
            lines.append(joined)
    return "\n\n".join(lines)


def text_fingerprint(text: str) -> str:
    """A hash of the words of ``text``: the same story with other spacing, case, punctuation
    or Unicode forms has the same fingerprint."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    words = " ".join(_WORDS.findall(normal))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def normalise_url(url: str) -> str:
    """A url as a key: scheme and host lowercased, no fragment, no tracking parameters, no
    trailing slash; ``http`` and ``https`` alike. "" for an empty url."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(("utm_", "fbclid", "gclid"))
    ]
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or ""
    return urlunsplit(
        (
            "http" if parts.scheme in ("http", "https") else parts.scheme,
            host,
            path,
            urlencode(query),
            "",
        )
    )
