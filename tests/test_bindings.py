"""The bindings registry: every key of every class in tui.app is registered, with an id, in help."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from pathlib import Path

from conftest import make_app, settle
from textual.binding import Binding

import tui.app
from tui.app import bindings
from tui.app.screens.help import HelpScreen


def classes_with_bindings() -> list[type]:
    """Every class defined in a tui.app module that declares its own BINDINGS."""
    found = []
    for info in pkgutil.walk_packages(tui.app.__path__, "tui.app."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and "BINDINGS" in cls.__dict__:
                found.append(cls)
    return found


def test_the_walk_finds_the_known_binding_classes() -> None:
    names = {cls.__name__ for cls in classes_with_bindings()}
    assert {"ReaderApp", "LineList", "ArticleView", "TimelineScreen", "HelpScreen"} <= names


def test_every_binding_in_tui_app_has_an_id_and_is_in_the_registry() -> None:
    registered = [binding for _, binding in bindings.all_bindings()]
    problems = []
    for cls in classes_with_bindings():
        for binding in cls.__dict__["BINDINGS"]:
            where = f"{cls.__module__}.{cls.__qualname__}"
            if not isinstance(binding, Binding):
                problems.append(f"{where}: {binding!r} is not a Binding (it can have no id)")
            elif not binding.id:
                problems.append(f"{where}: the {binding.key!r} binding has no id")
            elif not any(binding is known for known in registered):
                problems.append(f"{where}: {binding.id} is not in tui.app.bindings.HELP_SECTIONS")
    assert problems == []


def test_binding_ids_are_unique() -> None:
    repeated = [i for i, n in Counter(bindings.binding_ids()).items() if n > 1]
    assert repeated == []


def test_help_rows_follow_the_keymap() -> None:
    rows = bindings.help_rows({"app.quit": "ctrl+q, x"}, lambda binding: binding.key.upper())
    assert ("Everywhere", "CTRL+Q, X", "Quit", "app.quit") in rows
    assert [row[3] for row in rows] == bindings.binding_ids()


async def test_the_help_screen_shows_every_registered_binding(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert [row[3] for row in app.screen.rows] == bindings.binding_ids()
