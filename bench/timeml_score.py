"""Score ``tui.extract.temporal.tag`` against gold TimeML, TempEval-3 style.

    python bench/timeml_score.py                      # the three sets below, one block each
    python bench/timeml_score.py [FOLDER ...] --split dev|heldout|all [--misses N]
    python bench/timeml_score.py --silver [--misses N]

Prints strict and relaxed span precision/recall/F1, value accuracy and value F1 (relaxed matches
whose value is the same string, as TempEval-3's own scorer compares them: ``g.value == s.value``
in its ``evaluation-entities/evaluate_entities.py``, with no normalisation of ``-XX`` or padding)
and type accuracy. By default it scores
three sets: the TimeBank+AQUAINT held-out split (every 5th file by sorted name of each folder),
the dev split (the rest), and the hand-corrected sample of TE3-silver articles in
``bench/silver_gold/`` (offsets and values only; the article text is read from ``../shared``).
Develop on ``dev`` and the silver sample; look at ``heldout`` as a check, not a target.
Folders that do not exist are skipped with a note, so this runs on machines without ``../shared``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.extract.temporal import tag

HERE = Path(__file__).resolve().parent
DEFAULT_FOLDERS = ("../shared/timeml/timebank", "../shared/timeml/aquaint")
SILVER_FOLDER = HERE.parent.parent / "shared" / "timeml" / "silver"
SILVER_GOLD = HERE / "silver_gold" / "gold.tsv"

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


def load_silver_gold(
    gold_file: Path = SILVER_GOLD, folder: Path = SILVER_FOLDER
) -> list[GoldDoc] | None:
    """The corrected silver sample: each article's text from ``folder`` with the hand-checked
    TIMEX3 of ``gold_file`` in place of the machine tags (None when the articles are absent).
    An article whose text is not the one the offsets were written for is an error."""
    if not folder.is_dir() or not gold_file.is_file():
        return None
    rows: dict[str, list[list[str]]] = {}
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            rows.setdefault(fields[0], []).append(fields)
    documents = []
    for name, fields_of_name in rows.items():
        document = load_tml(folder / name)
        digest = hashlib.sha1(document.text.encode("utf-8")).hexdigest()[:12]
        if digest != fields_of_name[0][1]:
            raise SystemExit(f"{gold_file}: {name} is not the text the offsets were written for")
        document.timexes = [
            GoldTimex(int(start), int(end), kind, value)
            for _, _, start, end, kind, value, _ in fields_of_name
        ]
        documents.append(document)
    return documents


def score(documents: list[GoldDoc]) -> tuple[Counts, list[str]]:
    """The counts over ``documents`` and the description of every error."""
    counts, misses = Counts(), []
    for document in documents:
        score_doc(document, counts, misses)
    return counts, misses


def report(label: str, documents: int, counts: Counts) -> None:
    """Print one block of figures."""
    strict = _prf(counts.strict, counts.system, counts.strict, counts.gold)
    relaxed = _prf(counts.relaxed_system, counts.system, counts.relaxed_gold, counts.gold)
    value = _prf(counts.value_ok, counts.system, counts.value_ok, counts.gold)
    matched = counts.relaxed_gold or 1
    print(f"{label} documents={documents} gold={counts.gold} system={counts.system}")
    print("  strict  span  P={:.1f} R={:.1f} F1={:.1f}".format(*strict))
    print("  relaxed span  P={:.1f} R={:.1f} F1={:.1f}".format(*relaxed))
    print(
        "  value         P={:.1f} R={:.1f} F1={:.1f}".format(*value)
        + f"  accuracy={100 * counts.value_ok / matched:.1f}"
    )
    print(f"  type accuracy={100 * counts.type_ok / matched:.1f}")


def _timeml(folders: list[str], split: str) -> list[GoldDoc]:
    documents = []
    for name in folders:
        folder = Path(name)
        if not folder.is_dir():
            print(f"skipping {folder}: no such folder")
            continue
        documents.extend(load_tml(path) for path in split_files(folder, split))
    return documents


def main(argv: list[str] | None = None) -> int:
    """Score the sets and print the figures (and, with ``--misses``, the errors)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(DEFAULT_FOLDERS))
    parser.add_argument("--split", choices=("dev", "heldout", "all"))
    parser.add_argument("--silver", action="store_true", help="only the corrected silver sample")
    parser.add_argument("--misses", type=int, default=0, help="print up to N errors")
    args = parser.parse_args(argv)
    if args.misses and args.split in ("heldout", "all"):
        parser.error("--misses prints errors of dev and the silver sample only, never held-out")
    sets: list[tuple[str, list[GoldDoc]]] = []
    if not args.silver:
        for split in (args.split,) if args.split else ("heldout", "dev"):
            sets.append((f"timeml split={split}", _timeml(args.folders, split)))
    if args.silver or not args.split:
        silver = load_silver_gold()
        if silver is None:
            print(f"skipping the silver sample: {SILVER_FOLDER} not found")
        else:
            sets.append(("silver sample (hand-corrected)", silver))
    misses: list[str] = []
    for label, documents in sets:
        if not documents:
            print(f"{label}: no TimeML documents found; nothing to score")
            continue
        counts, set_misses = score(documents)
        report(label, len(documents), counts)
        # The held-out split is a check, never a source of rules: its errors are not printed.
        if "heldout" not in label and "all" not in label:
            misses.extend(set_misses)
    for line in misses[: args.misses]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
