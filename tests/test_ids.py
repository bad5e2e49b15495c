"""One way to make ids: slugs fold accents and are never empty; one event-id scheme."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.app.new_event import new_event_edit
from tui.cli import main
from tui.model.ids import event_id, free_id, slugify
from tui.model.loader import load_timeline
from tui.model.schema import SLUG


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kim Jong-Un", "kim-jong-un"),
        ("Volodymyr Zelenskyy's café", "volodymyr-zelenskyy-s-cafe"),
        ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
        ("Łukaszenka, Ørsted, Straße", "lukaszenka-orsted-strasse"),
        ("  --Ünïcödé--  ", "unicode"),
    ],
)
def test_slugify_folds_accents(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_falls_back_when_nothing_is_left() -> None:
    assert slugify("北京", "actor") == "actor"
    assert slugify("!!!", "") == "item"


@given(st.text(), st.text())
def test_a_slug_is_never_empty_and_always_a_valid_id(text: str, fallback: str) -> None:
    assert SLUG.match(slugify(text, fallback))


def test_free_id_counts_up_past_taken_ids() -> None:
    assert free_id("summit", set()) == "summit"
    assert free_id("summit", {"summit", "summit-2"}) == "summit-3"


def test_event_id_is_the_first_day_and_key_words() -> None:
    assert event_id("2023-09-10/2023-09-13", "Kim heads to Russia for the summit") == (
        "2023-09-10-kim-heads-russia-summit"
    )
    assert event_id("2023-09~", "Rohani's visit") == "2023-09-rohani-visit"
    assert event_id(None, "Exercises at sea") == "exercises-sea"
    assert event_id(None, "The") == "event"


SENTENCE = "Kim Jong Un will travel to Vladivostok on Sunday."


def _folder(root: Path) -> Path:
    root.mkdir()
    (root / "a.md").write_text(f"---\npublished: 2023-09-11\n---\n{SENTENCE}\n", encoding="utf-8")
    return root


def test_extract_and_new_event_give_a_sentence_the_same_id(tmp_path: Path) -> None:
    """The same sentence, proposed by ``newsline extract`` or captured in the reader."""
    extracted = _folder(tmp_path / "extracted")
    timeline_file = str(extracted / "timeline.yaml")
    assert main(["extract", "--timeline", timeline_file, str(extracted / "a.md")]) == 0
    result = load_timeline(extracted)
    assert [event.date.edtf() for event in result.timeline.events] == ["2023-09-17"]
    extract_id = result.timeline.events[0].id

    captured = _folder(tmp_path / "captured")
    (captured / "timeline.yaml").write_text(
        "version: 1\narticles:\n  - id: a\n    path: a.md\n", encoding="utf-8"
    )
    timeline = load_timeline(captured).timeline
    assert timeline is not None
    new_id = new_event_edit(timeline, timeline.articles[0], SENTENCE, []).event_id
    assert new_id == extract_id == "2023-09-17-kim-jong-un-travel-vladivostok"
