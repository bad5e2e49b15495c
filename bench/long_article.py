"""Long articles made of real news sentences, for the bounded-cost benches.

The sentences come from the bodies of ``../shared/tls`` articles, in a fixed order, repeated until
the text reaches the size asked for; without ``../shared`` a small built-in set of news-like
sentences is used. ``one_line=True`` joins everything into a single line (the hostile case of
issue 12), otherwise paragraphs of about 600 characters.

    .venv/bin/python bench/long_article.py SIZE OUT.txt [--one-line]   (SIZE like 250K, 1M)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TLS = ROOT.parent / "shared" / "tls"
_FRONT = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
FALLBACK = [
    "The minister said on Monday that talks would resume next week in Geneva.",
    "Officials fear disease outbreak in the camps, where thousands live without sanitation.",
    "Last year the company reported a loss of $2 billion in the third quarter.",
    "President Obama met Prime Minister Gordon Brown at the White House on 3 March 2009.",
    "Rescue teams arrived two days later, the Red Cross said in a statement.",
]


def sentences() -> list[str]:
    """News sentences in a fixed order (real ones when ../shared/tls is there)."""
    found: list[str] = []
    if TLS.is_dir():
        for path in sorted(TLS.glob("*/articles/*.txt"))[:400]:
            body = _FRONT.sub("", path.read_text(encoding="utf-8", errors="replace"))
            found.extend(line.strip() for line in body.splitlines() if len(line.strip()) > 40)
    return found or FALLBACK


def make_text(size: int, *, one_line: bool = False) -> str:
    """About ``size`` characters of news text (UTF-8 of roughly as many bytes)."""
    pool = sentences()
    parts: list[str] = []
    total = 0
    index = 0
    while total < size:
        piece = pool[index % len(pool)]
        parts.append(piece)
        total += len(piece) + 1
        index += 1
    if one_line:
        return " ".join(parts)[:size]
    text = "\n\n".join(parts)
    return text[:size]


def parse_size(text: str) -> int:
    """``250K`` -> 256000, ``4M`` -> 4 * 1024 * 1024, ``1000`` -> 1000."""
    units = {"K": 1024, "M": 1024 * 1024}
    suffix = text[-1:].upper()
    return int(float(text[:-1]) * units[suffix]) if suffix in units else int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size")
    parser.add_argument("out", type=Path)
    parser.add_argument("--one-line", action="store_true")
    args = parser.parse_args()
    args.out.write_text(make_text(parse_size(args.size), one_line=args.one_line), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
