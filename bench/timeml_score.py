"""Score ``tui.extract.temporal.tag`` against gold TimeML, TempEval-3 style.

    python bench/timeml_score.py [FOLDER ...] [--split dev|heldout|all] [--misses N]

Prints strict and relaxed span precision/recall/F1, value accuracy and value F1 (relaxed matches
whose normalized value is equal, as TempEval-3 does) and type accuracy. The held-out split is every
5th file by sorted name of each folder; develop on ``dev`` and look at ``heldout`` only at the end.
Folders that do not exist are skipped with a note, so this runs on machines without ``../shared``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.extract.temporal import tag

DEFAULT_FOLDERS = ("../shared/timeml/timebank", "../shared/timeml/aquaint")

_DCT = re.compile(r"<DCT>.*?value=\"(\d{4})-?(\d\d)-?(\d\d)", re.S)
_TEXT = re.compile(r"<TEXT>(.*)</TEXT>", re.S)
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class GoldDoc:
    name: str
    published: dt.date | None
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def load_tml(path: Path) -> GoldDoc:
    """Plain text of ``<TEXT>`` (tags removed, entities decoded) and its TIMEX3 spans in it."""
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT.search(raw)
    published = None
    if dct_match:
        year, month, day = (int(part) for part in dct_match.groups())
        published = dt.date(year, month, day)
    body_match = _TEXT.search(raw)
    body = body_match.group(1) if body_match else ""
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    position = 0
    for match in _TAG.finditer(body):
        chunk = html.unescape(body[position : match.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, name = match.group(1), match.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(match.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append(GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return GoldDoc(path.name, published, "".join(pieces), timexes)


def split_files(folder: Path, split: str) -> list[Path]:
    """Every 5th file (by sorted name) is held out; ``dev`` is the rest."""
    files = sorted(folder.glob("*.tml"))
    if split == "heldout":
        return files[4::5]
    if split == "dev":
        return [f for i, f in enumerate(files) if i % 5 != 4]
    return files


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    value_ok: int = 0
    type_ok: int = 0


def _prf(correct_p: int, system: int, correct_r: int, gold: int) -> tuple[float, float, float]:
    precision = correct_p / system if system else 0.0
    recall = correct_r / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision * 100, recall * 100, f1 * 100


def score_doc(doc: GoldDoc, counts: Counts, misses: list[str]) -> None:
    """Add one document's matches to ``counts``; describe each error in ``misses``."""
    system = tag(doc.text, doc.published)
    counts.gold += len(doc.timexes)
    counts.system += len(system)
    used: set[int] = set()
    for gold in doc.timexes:
        gold_text = doc.text[gold.start : gold.end]
        best = None
        for index, timex in enumerate(system):
            overlaps = timex.start < gold.end and gold.start < timex.end
            if overlaps and (best is None or (timex.start, timex.end) == (gold.start, gold.end)):
                best = index
        context = doc.text[max(0, gold.start - 40) : gold.end + 30].replace("\n", " ")
        if best is None:
            misses.append(
                f"MISS  {gold_text!r} {gold.type} {gold.value} DCT={doc.published} | {context}"
            )
            continue
        timex = system[best]
        used.add(best)
        counts.relaxed_gold += 1
        if (timex.start, timex.end) == (gold.start, gold.end):
            counts.strict += 1
        else:
            misses.append(f"SPAN  gold {gold_text!r} sys {timex.text!r}")
        if timex.value == gold.value:
            counts.value_ok += 1
        else:
            misses.append(
                f"VALUE {gold_text!r} gold {gold.type} {gold.value} sys {timex.type} "
                f"{timex.value} DCT={doc.published} | {context}"
            )
        if timex.type == gold.type:
            counts.type_ok += 1
    for index, timex in enumerate(system):
        if any(timex.start < g.end and g.start < timex.end for g in doc.timexes):
            if index not in used:
                counts.relaxed_system += 1
            continue
        context = doc.text[max(0, timex.start - 40) : timex.end + 30].replace("\n", " ")
        misses.append(f"EXTRA {timex.text!r} {timex.type} {timex.value} | {context}")
    counts.relaxed_system += len(used)


def main(argv: list[str] | None = None) -> int:
    """Score the folders and print the figures (and, with ``--misses``, the errors)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(DEFAULT_FOLDERS))
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--misses", type=int, default=0, help="print up to N errors")
    args = parser.parse_args(argv)
    counts = Counts()
    misses: list[str] = []
    documents = 0
    for name in args.folders:
        folder = Path(name)
        if not folder.is_dir():
            print(f"skipping {folder}: no such folder")
            continue
        for path in split_files(folder, args.split):
            score_doc(load_tml(path), counts, misses)
            documents += 1
    if not documents:
        print("no TimeML documents found; nothing to score")
        return 0
    strict = _prf(counts.strict, counts.system, counts.strict, counts.gold)
    relaxed = _prf(counts.relaxed_system, counts.system, counts.relaxed_gold, counts.gold)
    value = _prf(counts.value_ok, counts.system, counts.value_ok, counts.gold)
    matched = counts.relaxed_gold or 1
    print(f"split={args.split} documents={documents} gold={counts.gold} system={counts.system}")
    print("strict  span  P={:.1f} R={:.1f} F1={:.1f}".format(*strict))
    print("relaxed span  P={:.1f} R={:.1f} F1={:.1f}".format(*relaxed))
    print(
        "value         P={:.1f} R={:.1f} F1={:.1f}".format(*value)
        + f"  accuracy={100 * counts.value_ok / matched:.1f}"
    )
    print(f"type accuracy={100 * counts.type_ok / matched:.1f}")
    for line in misses[: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
