"""No widget, screen or app of the reader shadows a name Textual itself uses.

``TimelinePlot.gutter`` (an int property) once hid ``Widget.gutter`` (a ``Spacing``), and the
first mouse press crashed the app in Textual's compositor. This audit reads every class of
``tui.app`` that derives from Textual and fails on any name it defines, as a class attribute or
as ``self.NAME = ...`` in a method, that one of its Textual bases already has, unless the name
is one Textual asks subclasses to override (listed below, with the kind it must keep).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from collections.abc import Iterator

import tui.app

# Names Textual documents as meant to be overridden or set by subclasses.
HOOKS = frozenset(
    {
        # class-level configuration
        "BINDINGS",
        "BLANK",  # "no border, no content": painted as blank lines
        "COMMANDS",
        "COMPONENT_CLASSES",
        "CSS",
        "CSS_PATH",
        "DEFAULT_CSS",
        "HORIZONTAL_BREAKPOINTS",
        "SUB_TITLE",
        "TITLE",
        "can_focus",
        "can_focus_children",
        # methods the framework calls on subclasses
        "check_action",
        "compose",
        "discover",
        "get_content_height",
        "get_content_width",
        "get_default_screen",  # the app's first screen (Textual: "implement this method")
        "get_suggestion",  # the abstract method of a Suggester
        "notify_style_update",
        "render",
        "render_line",
        "search",
        "startup",
        "shutdown",
    }
)
# Overrides made on purpose, each with its reason: (class, name) -> why.
DELIBERATE = {
    ("SteadyCommandPalette", "_action_command_list"): "wraps Textual's, to survive fast keys",
    ("SteadyCommandPalette", "dismiss"): "a second dismiss must not pop the reader",
    ("SteadyCommandPalette", "_gather_commands"): "a search before the list exists does nothing",
    ("ReaderApp", "action_command_palette"): "opens SteadyCommandPalette instead",
    ("ReaderApp", "on_event"): "a key puts off the writer's parse, then Textual's own runs",
    ("ReaderScreen", "_on_screen_resume"): "the first resume keeps the mount's styles",
}
# Reactive or settable attributes a subclass may assign (``self.border_title = ...``).
SETTABLE = frozenset({"border_title", "border_subtitle", "display", "virtual_size"})


def _is_textual(cls: type) -> bool:
    return cls.__module__.split(".")[0] == "textual"


def reader_classes() -> Iterator[type]:
    """Every class defined in ``tui.app`` (subpackages too) with a Textual class among its bases."""
    for info in pkgutil.walk_packages(tui.app.__path__, prefix="tui.app."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and any(_is_textual(base) for base in value.__mro__)
            ):
                yield value


def _automatic(base: type) -> set[str]:
    """Names Textual's metaclasses put on every subclass (``_merged_bindings`` and the like)."""
    blank = type("Blank", (base,), {"__module__": base.__module__})
    return set(blank.__dict__)


def _assigned_on_self(cls: type) -> set[str]:
    """Names assigned as ``self.NAME = ...`` (or ``+=``) anywhere in the class body."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    names = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            names.add(node.attr)
    return names


def shadowed_names(cls: type) -> list[str]:
    """``Class.name (ours: kind; Textual's Base: kind)`` for every name that shadows Textual's."""
    bases = [base for base in cls.__mro__ if _is_textual(base)]
    theirs: dict[str, type] = {}
    for base in reversed(bases):
        for name in dir(base):
            theirs.setdefault(name, base)
    automatic = set().union(*(_automatic(base) for base in bases))
    problems = []
    defined = {name for name in cls.__dict__ if not name.startswith("__")}
    for name in sorted(defined - automatic):
        if name not in theirs:
            continue
        ours = cls.__dict__[name]
        original = inspect.getattr_static(theirs[name], name)
        is_function = inspect.isfunction(ours) == inspect.isfunction(original)
        same_kind = is_function and isinstance(ours, property) == isinstance(original, property)
        deliberate = (cls.__name__, name) in DELIBERATE and inspect.isfunction(ours)
        if (name not in HOOKS and not deliberate) or not same_kind:
            problems.append(
                f"{cls.__qualname__}.{name} (ours: {type(ours).__name__}; "
                f"Textual's {theirs[name].__qualname__}: {type(original).__name__})"
            )
    for name in sorted(_assigned_on_self(cls) - defined - SETTABLE):
        if name in theirs:
            problems.append(f"{cls.__qualname__}: self.{name} = ... hides {theirs[name].__name__}")
    return problems


def test_the_audit_finds_every_reader_class() -> None:
    names = {cls.__name__ for cls in reader_classes()}
    assert {"ReaderApp", "EventList", "ArticleView", "ActorList", "TimelinePlot"} <= names
    assert {"TimelineScreen", "UndatedList", "HelpScreen", "PromptScreen"} <= names


def test_the_audit_catches_a_gutter_property() -> None:
    from textual.widget import Widget

    class Plot(Widget):
        @property
        def gutter(self) -> int:  # the bug this audit exists for
            return 3

    class Assigns(Widget):
        def on_mount(self) -> None:
            self.size = 0  # type: ignore[misc]

    assert shadowed_names(Plot) == [
        "test_the_audit_catches_a_gutter_property.<locals>.Plot.gutter "
        "(ours: property; Textual's Widget: property)"
    ]
    assert shadowed_names(Assigns)[0].endswith("self.size = ... hides Widget")


def test_no_reader_class_shadows_a_textual_name() -> None:
    problems = [problem for cls in reader_classes() for problem in shadowed_names(cls)]
    assert problems == [], "rename these (Textual uses the names):\n" + "\n".join(problems)
