"""A save encodes again only what changed: the bytes are always the whole text's UTF-8."""

from __future__ import annotations

import random
from pathlib import Path

from tui.model.writer import TimelineDocument, saving
from tui.model.writer.saving import CHUNK, encode_reusing

PIECES = ["event: x\n", "  - id: é\n", "title: 東京\n", "quote: “a” — b\n", "\U0001f600\n", "z"]


def _text(rnd: random.Random, size: int) -> str:
    return "".join(rnd.choice(PIECES) for _ in range(size))


def test_the_bytes_are_the_whole_texts_utf8_after_any_edit() -> None:
    rnd = random.Random(3)
    text = _text(rnd, 40_000)
    chunks: list[tuple[str, bytes]] = []
    for step in range(60):
        at = rnd.randrange(len(text) + 1)
        cut = rnd.choice([0, 1, 5, 300, CHUNK + 7])
        text = text[:at] + _text(rnd, rnd.choice([0, 1, 20])) + text[at + cut :]
        if step % 17 == 16:
            text = ""  # everything gone, then back
        data, chunks = encode_reusing(text, chunks)
        assert data == text.encode("utf-8"), step
        assert "".join(piece for piece, _bytes in chunks) == text


def test_a_small_edit_encodes_again_only_the_chunk_it_falls_in() -> None:
    rnd = random.Random(4)
    text = _text(rnd, 60_000)
    _data, chunks = encode_reusing(text, [])
    edited = text[:100_000] + "  - id: new\n" + text[100_000:]
    data, after = encode_reusing(edited, chunks)
    assert data == edited.encode("utf-8")
    kept = {id(chunk) for chunk in chunks}
    assert sum(id(chunk) in kept for chunk in after) == len(chunks) - 1
    assert sum(len(piece) for piece, _ in after if (piece, _) not in chunks) < 2 * CHUNK


def test_a_document_saves_the_same_bytes_as_a_whole_encoding(tmp_path: Path) -> None:
    path = tmp_path / "timeline.yaml"
    path.write_text("version: 1\narticles: []\nactors: []\nevents: []\n", encoding="utf-8")
    document = TimelineDocument.open(path)
    for n in range(5):
        document.add_event({"id": f"é{n}", "title": f"Événement {n} “q”"})
        document.save()
        assert path.read_bytes() == document.text().encode("utf-8")
    assert len(document._chunks) >= 1 and saving.CHUNK == CHUNK
