"""The writer's "can this value stay plain" decision, made by rules and the resolvers (issue 8),
agrees with the slow, sure way of parsing every value with both YAML libraries."""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from tui.model.writer.emit import _plain_ok, _render_mapping, _scalar, _Style
from tui.model.writer.nodes import _FastLoader

_FIRST_FORBIDDEN = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok_by_parsing(text: str, flow: bool) -> bool:
    """The decision as the writer made it before: every value not made of letters parsed as
    a document by PyYAML (libyaml) and by ruamel's pure-Python YAML 1.2 loader."""
    if not text or text != text.strip() or not text.isprintable():
        return False
    if text[0] in _FIRST_FORBIDDEN or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and (set(",?[]{}") & set(text)):
        return False
    try:
        if yaml.load(f"k: {text}", Loader=_FastLoader) != {"k": text}:
            return False
        if YAML(typ="safe", pure=True).load(f"k: {text}") != {"k": text}:
            return False
    except Exception:
        return False
    return True


# What numbers, dates, booleans, nulls and ids are made of, and a few letters and marks.
_YAMLISH = st.text(
    st.sampled_from(list("0123456789-+._:eExXoObB TtFfNnYy~=<iIaA'()/&!?;#,\"\u2026")),
    max_size=12,
)
_SAMPLES = [
    "2023-09-10-kim-arrives",
    "2023-09-10",
    "2023-09",
    "2001-12-14t21:59:43.10-05:00",
    "1e5",
    "1_000",
    "0o17",
    "0x1F",
    "0b101",
    "12:30",
    "190:20:30",
    "+1",
    "-.5",
    ".inf",
    ".NaN",
    "~",
    "=",
    "<<",
    "y",
    "N",
    "yes",
    "Off",
    "true",
    "Null",
    "2023-09-10-what?",
    "article-2",
    "Kim's train leaves Pyongyang",
]


def test_known_values_decide_as_parsing_does() -> None:
    for text in _SAMPLES:
        for flow in (False, True):
            assert _plain_ok(text, flow=flow) == _plain_ok_by_parsing(text, flow), (text, flow)


@settings(max_examples=400, deadline=None)
@given(text=_YAMLISH, flow=st.booleans())
def test_any_yamlish_value_decides_as_parsing_does(text: str, flow: bool) -> None:
    assert _plain_ok(text, flow=flow) == _plain_ok_by_parsing(text, flow)


@settings(max_examples=200, deadline=None)
@given(text=_YAMLISH | st.text(max_size=20))
def test_written_scalars_read_back_in_both_libraries(text: str) -> None:
    written = _scalar(text, flow=False)
    assert yaml.load(f"k: {written}", Loader=_FastLoader) == {"k": text}
    assert YAML(typ="safe", pure=True).load(f"k: {written}") == {"k": text}


_PROSE = st.text(st.sampled_from(list("ab \n\t#:-|>'\"\r\u2028é")), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_PROSE)
def test_notes_of_several_lines_read_back_exactly_as_a_block_or_quoted(text: str) -> None:
    lines = _render_mapping({"notes": text, "title": "t"}, 4, _Style())
    document = "events:\n  - id: e\n" + "".join(line + "\n" for line in lines)
    expected = {"events": [{"id": "e", "notes": text, "title": "t"}]}
    assert yaml.load(document, Loader=_FastLoader) == expected
    assert YAML(typ="safe", pure=True).load(document) == expected
    # A block only for printable lines with no trailing blanks; the rest stays one line.
    if re.fullmatch(r"    notes: \|2?[-+]?", lines[0]):
        assert "\n" in text and "\t" not in text and "\r" not in text
    else:
        assert len(lines) == 2


def test_a_note_of_paragraphs_is_a_literal_block() -> None:
    lines = _render_mapping({"notes": "First.\n\n  Indented second.\n"}, 4, _Style())
    assert lines == ["    notes: |", "      First.", "", "        Indented second."]
    # An indented first line needs the indentation said: it is not the block's own.
    lines = _render_mapping({"notes": "  Indented first.\nSecond."}, 4, _Style())
    assert lines == ["    notes: |2-", "        Indented first.", "      Second."]
    assert _render_mapping({"notes": "one line"}, 4, _Style()) == ["    notes: one line"]
