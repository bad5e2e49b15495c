"""What a user's keymap does to the reader as a whole (see :mod:`tui.app.keymap`).

A key that now reaches two bindings from one place (one of them silently loses), and a binding
that no key reaches any more (``"app.timeline" = "j"``: ``j`` moves the list cursor first, so
the timeline view is gone). Only what the user's keymap changed is reported: the default keys
overlap on purpose (``q`` quits the reader but closes the timeline view). Imported only when
there is a keymap: its records and checks cost the reader's start-up otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Input

from tui.app.panes.actors import ActorList
from tui.app.panes.events import EventList
from tui.app.panes.text import ArticleView


@dataclass(frozen=True, slots=True)
class Position:
    """Where the focus can be: its name for messages, and the classes whose bindings apply there.

    ``chain`` runs from the focused widget out to the screen; the app comes last and is left
    out of modal screens' chains, as Textual does, except for its priority bindings.
    """

    name: str
    chain: Sequence[type[DOMNode]]


@dataclass(frozen=True, slots=True)
class _Reach:
    """At one position: which binding each key runs, and every binding the key could run."""

    winner: dict[str, str]  # key -> binding id
    contenders: dict[str, tuple[str, ...]]  # key -> binding ids in the order Textual tries them
    dropped: frozenset[tuple[str, str]]  # (id, key): Textual drops a binding whose key was given


def _bindings(
    node: type[DOMNode], keymap: Mapping[str, str]
) -> tuple[BindingsMap, set[tuple[str, str]]]:
    """``node``'s bindings with ``keymap`` applied as Textual applies it, and what it drops.

    Textual gives a key the keymap asks for to the remapped binding and silently deletes the
    node's other binding on that key: those come back as ``(id, key)``.
    """
    # Textual's own merge (private, but the version is pinned in the lock): the same bindings,
    # inherited the same way, as the running app has.
    bindings = node._merge_bindings()
    if not keymap:
        return bindings, set()
    before = {
        (binding.id, key)
        for key, key_bindings in bindings.key_to_bindings.items()
        for binding in key_bindings
        if binding.id and binding.id not in keymap
    }
    bindings.apply_keymap(dict(keymap))
    after = {
        (binding.id, key)
        for key, key_bindings in bindings.key_to_bindings.items()
        for binding in key_bindings
    }
    return bindings, before - after


def _reach(position: Position, keymap: Mapping[str, str]) -> _Reach:
    levels: list[tuple[type[DOMNode], BindingsMap]] = []
    dropped: set[tuple[str, str]] = set()
    for node in position.chain:
        bindings, lost = _bindings(node, keymap)
        levels.append((node, bindings))
        dropped |= lost
    modal = any(issubclass(node, ModalScreen) for node in position.chain)
    # Textual tries priority bindings from the app inwards, then the rest from the focus out.
    ordered: list[tuple[str, Binding]] = []
    for _node, bindings in reversed(levels):
        for key, key_bindings in bindings.key_to_bindings.items():
            ordered += [(key, b) for b in key_bindings if b.priority]
    for node, bindings in levels:
        if modal and issubclass(node, App):
            continue
        for key, key_bindings in bindings.key_to_bindings.items():
            ordered += [(key, b) for b in key_bindings if not b.priority]
    winner: dict[str, str] = {}
    contenders: dict[str, list[str]] = {}
    for key, binding in ordered:
        name = binding.id or binding.action
        winner.setdefault(key, name)
        if name not in contenders.setdefault(key, []):
            contenders[key].append(name)
    return _Reach(winner, {key: tuple(ids) for key, ids in contenders.items()}, frozenset(dropped))


def keymap_conflicts(positions: Iterable[Position], keymap: Mapping[str, str]) -> list[str]:
    """What ``keymap`` breaks: keys reaching two bindings, bindings no key reaches any more.

    ``keymap`` must be normalized as Textual normalizes it (``App._normalize_keymap``).
    """
    if not keymap:
        return []
    positions = list(positions)
    before = {position.name: _reach(position, {}) for position in positions}
    after = {position.name: _reach(position, keymap) for position in positions}
    # (key, the bindings it reaches in the order tried) -> where; one message per key.
    shared: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for name, reach in after.items():
        old = before[name]
        for key, ids in reach.contenders.items():
            changed = ids != old.contenders.get(key)
            if len(ids) > 1 and changed and any(binding_id in keymap for binding_id in ids):
                shared.setdefault(key, {}).setdefault(ids, []).append(name)
        for binding_id, key in sorted(reach.dropped):
            if binding_id in old.contenders.get(key, ()) and key in reach.winner:
                ids = (reach.winner[key], binding_id)
                shared.setdefault(key, {}).setdefault(ids, []).append(name)
    problems = []
    for key, cases in shared.items():
        parts = [
            f"{' and '.join(ids)} from {', '.join(names)} (only {ids[0]} runs)"
            for ids, names in cases.items()
        ]
        problems.append(f"key {key!r} reaches two bindings: " + "; ".join(parts))
    reachable_before = {i for reach in before.values() for i in reach.winner.values()}
    reachable_after = {i for reach in after.values() for i in reach.winner.values()}
    for binding_id in sorted(reachable_before - reachable_after):
        problems.append(f"{binding_id} has no key left: other bindings take all its keys")
    return problems


def reader_positions(app: type[App[object]]) -> list[Position]:
    """Every place the focus can be in the reader ``app``, with the bindings that apply there."""
    # Imported here: only a keymap file needs them, and the reader opens these screens on
    # demand (tests/test_smoke.py checks what start-up imports).
    from tui.app.screens.help import HelpScreen
    from tui.app.screens.prompt import PromptScreen
    from tui.app.timeline.plot import TimelinePlot
    from tui.app.timeline.screen import TimelineScreen
    from tui.app.timeline.undated import UndatedList

    return [
        Position("Events", (EventList, Screen, app)),
        Position("Text", (ArticleView, Screen, app)),
        Position("Actors", (ActorList, Screen, app)),
        Position("the timeline view", (TimelinePlot, TimelineScreen, app)),
        Position("the timeline view's undated list", (UndatedList, TimelineScreen, app)),
        Position("help", (VerticalScroll, HelpScreen, app)),
        Position("prompts", (Input, PromptScreen, app)),
    ]
