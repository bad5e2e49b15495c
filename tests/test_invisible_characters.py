"""Zero-width and other invisible characters never reach the terminal raw, except where they
are part of the text: ZWJ/ZWNJ between letters of joining scripts and inside emoji sequences."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import TIMELINE_YAML, make_app, screen_text, settle

from tui.model.diagnostics import printable


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Kim\u200bPutin", "Kim\\u200bPutin"),  # zero-width space
        ("\ufeffTitle", "\\ufeffTitle"),  # BOM / zero-width no-break space
        ("Kim \u200d Putin", "Kim \\u200d Putin"),  # ZWJ between spaces: outside any word
        ("Kim\u200dPutin", "Kim\\u200dPutin"),  # ZWJ inside a Latin word joins nothing
        ("\u200cleading", "\\u200cleading"),
        ("Putin\u2060", "Putin\\u2060"),  # word joiner
        ("soft\u00adhyphen", "soft\\xadhyphen"),
        ("\u200f\u202eevil", "\\u200f\\u202eevil"),  # bidi mark and override
        ("\U000e0041", "\\U000e0041"),  # a tag character on its own
    ],
)
def test_invisible_characters_are_escaped(raw: str, shown: str) -> None:
    assert printable(raw) == shown


@pytest.mark.parametrize(
    "text",
    [
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian mi-khaham: ZWNJ
        "\u0915\u094d\u200d\u0937",  # Devanagari half form: ZWJ after virama
        "\u0d28\u0d4d\u200c\u0d28",  # Malayalam: ZWNJ after virama
        "\U0001f469\u200d\U0001f4bb",  # woman technologist
        "\U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag (presentation selector first)
        "\U0001f468\U0001f3fd\u200d\U0001f680",  # astronaut with a skin tone
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",  # Scotland
    ],
)
def test_joiners_that_are_part_of_the_text_are_kept(text: str) -> None:
    assert printable(text) == text


def test_a_joiner_at_the_end_of_an_arabic_word_is_escaped() -> None:
    assert printable("\u0643\u200d ") == "\u0643\\u200d "


def test_a_slice_is_judged_with_the_characters_around_it() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648"
    assert printable(persian, 2, 3) == "\u200c"  # its neighbours are outside the slice
    assert printable("ab\u200bcd", 1, 4) == "b\\u200bc"
    assert printable("plain text", 2, 6) == "ain "


async def test_titles_show_zero_width_characters_escaped(tmp_path: Path) -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    yaml_text = TIMELINE_YAML.replace(
        "title: Kim and Putin exchange letters",
        'title: "\\uFEFFKim\\u200Band Putin \\u200D letters"',
    ).replace(
        "title: Kim and Putin plan to meet", f'title: "{persian} \\U0001F469\\u200D\\U0001F4BB"'
    )
    app = make_app(tmp_path, yaml_text)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        events = screen_text(app.events_list)
        assert "\\ufeffKim\\u200band Putin \\u200d letters" in events
        assert "\u200b" not in events and "\ufeff" not in events and "\u200d" not in events
        app.open_article("rohani")
        await pilot.pause()
        header = screen_text(app.text_view)
        assert f"{persian} \U0001f469\u200d\U0001f4bb" in header
