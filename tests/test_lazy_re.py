"""Patterns compiled on first use (tui.model.lazy_re) behave as the compiled pattern."""

from __future__ import annotations

import copy
import re

import pytest

from tui.model.lazy_re import LazyPattern, lazy_compile


def test_a_lazy_pattern_is_compiled_on_first_use_and_answers_as_the_real_one() -> None:
    source, flags = r"(?P<word>[a-z]+)\s*(\d+)?", re.IGNORECASE
    lazy, real = lazy_compile(source, flags), re.compile(source, flags)
    assert "_compiled" not in vars(lazy)
    text = "Alpha 12 beta gamma 7"
    assert [m.groups() for m in lazy.finditer(text)] == [m.groups() for m in real.finditer(text)]
    assert "_compiled" in vars(lazy)
    assert lazy.match("X1").group("word") == real.match("X1").group("word")
    assert lazy.search("!!", 1) is None
    assert lazy.sub("-", text) == real.sub("-", text)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        real.pattern,
        real.flags,
        real.groups,
        real.groupindex,
    )
    # Looked up once, a method is kept on the instance: no second trip through __getattr__.
    assert "finditer" in vars(lazy)


def test_a_lazy_pattern_reports_a_bad_pattern_when_used_and_has_no_dunders() -> None:
    bad = LazyPattern("(unclosed")
    with pytest.raises(re.error):
        bad.search("x")
    with pytest.raises(AttributeError):
        bad.__deepcopy__  # noqa: B018  (copy asks for it; a pattern has none to lend)
    twin = copy.copy(lazy_compile("a+"))
    assert twin.fullmatch("aaa") is not None
