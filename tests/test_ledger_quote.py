"""A quote's ledger key ignores case, quote-mark style and spacing (tui.model.ledger): the
normal form is made by splitting on whitespace, which must be what the regular expression
``\\s+`` replaced, so that every ledger written before keeps its keys."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tui.model.ledger import normalise_quote, source_key

_SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2009\u200b\u2028\u3000"


def _by_pattern(quote: str) -> str:
    """The normal form as it was made before: a regular expression per run of spaces."""
    text = quote.translate(
        str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                       "\u2013": "-", "\u2014": "-"})
    )  # fmt: skip
    text = text.replace("``", '"').replace("''", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


@given(st.text(alphabet=st.sampled_from("aB\u00df\u0130`'\u201c\u2019-." + _SPACES), max_size=40))
def test_the_normal_form_is_the_one_made_before(quote: str) -> None:
    assert normalise_quote(quote) == _by_pattern(quote)


def test_spacing_case_and_marks_do_not_count() -> None:
    assert normalise_quote("  \u201cWe  Will\n\tgo,\u201d  ") == '"we will go,"'
    assert source_key("a", "``We will go''") == source_key("a", "\u201cwe   will GO\u201d")
