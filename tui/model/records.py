"""Value methods for the model's records, made without compiling any source at import.

``@dataclass`` writes ``__init__``, ``__repr__`` and ``__eq__`` (and, frozen or ordered,
``__hash__`` and four comparisons) as source text and compiles each when its module is
imported: 2.5-4 million instructions a method, and the reader's first frame imports a dozen
such records. :func:`record` keeps ``@dataclass`` (``fields()``, ``replace()`` and the load
cache rely on it) with ``init``, ``repr`` and ``eq`` off: each record writes its ``__init__`` in
its class, compiled with the module's bytecode, and :func:`record` adds the rest, made here from
the dataclass's own fields, and a frozen record's ``__setattr__`` and ``__delattr__`` (which
``@dataclass(frozen=True)`` compiles too). The methods behave as dataclasses' (fields compared
as a tuple, the same class only); ``tests/test_records.py`` holds them to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError, dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar, dataclass_transform

Method = Callable[..., Any]
Record = TypeVar("Record", bound=type)


@dataclass_transform(eq_default=True, frozen_default=False)
def record(
    *, frozen: bool = False, order: bool = False, slots: bool = True
) -> Callable[[Record], Record]:
    """``@dataclass(init=False, repr=False, eq=False, frozen=..., slots=...)`` with ``__eq__``,
    ``__repr__``, ``__hash__`` (None unless frozen, as a dataclass's) and, with ``order``, the
    four comparisons, all by the fields in the order the class declares them. The class writes
    its own ``__init__``."""

    def make(cls: Record) -> Record:
        # Frozen by hand (frozen_by): dataclass compiles the two methods a frozen class needs.
        made = dataclass(init=False, repr=False, eq=False, slots=slots)(cls)
        names = tuple(field.name for field in fields(made))
        if frozen:
            made.__setattr__, made.__delattr__ = frozen_by(made, names)  # type: ignore[method-assign]
            # Frozen to whoever asks the dataclass (fields, replace, the load cache's pickler).
            made.__dataclass_params__.frozen = True  # type: ignore[attr-defined]
            if slots:  # pickle and copy set a slotted object's fields through __setstate__
                made.__getstate__, made.__setstate__ = state_by(names)  # type: ignore[method-assign]
        made.__eq__ = eq_by(*names)  # type: ignore[method-assign]
        made.__repr__ = repr_by(*names)  # type: ignore[method-assign]
        made.__hash__ = hash_by(*names) if frozen else None  # type: ignore[method-assign,assignment]
        if order:
            made.__lt__, made.__le__, made.__gt__, made.__ge__ = order_by(*names)
        return made  # type: ignore[no-any-return]

    return make


def frozen_by(cls: type, names: tuple[str, ...]) -> tuple[Method, Method]:
    """``__setattr__`` and ``__delattr__`` of a frozen record: no field of it (no attribute
    at all of the class itself) is assigned or deleted, as a frozen dataclass's."""
    fields_of = frozenset(names)

    def __setattr__(self: object, name: str, value: object) -> None:
        if type(self) is cls or name in fields_of:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self: object, name: str) -> None:
        if type(self) is cls or name in fields_of:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def state_by(names: tuple[str, ...]) -> tuple[Method, Method]:
    """``__getstate__`` and ``__setstate__`` of a frozen slotted record: its fields in order,
    set back past the frozen ``__setattr__``, as a frozen slotted dataclass's."""

    def __getstate__(self: object) -> list[object]:
        return [getattr(self, name) for name in names]

    def __setstate__(self: object, state: list[object]) -> None:
        for name, value in zip(names, state, strict=True):
            object.__setattr__(self, name, value)

    return __getstate__, __setstate__


def eq_by(*names: str) -> Method:
    """``__eq__``: the same class, and the fields ``names`` equal, in order."""
    key = attrgetter(*names)

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(key(self) == key(other))
        return NotImplemented

    return __eq__


def repr_by(*names: str) -> Method:
    """``__repr__``: ``Name(field=value, ...)``, as a dataclass shows itself."""

    def __repr__(self: object) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__qualname__}({shown})"

    return __repr__


def hash_by(*names: str) -> Method:
    """``__hash__`` of a frozen record: its fields' tuple's."""
    key = attrgetter(*names)

    def __hash__(self: object) -> int:
        return hash(key(self))

    return __hash__


def order_by(*names: str) -> tuple[Method, Method, Method, Method]:
    """``__lt__``, ``__le__``, ``__gt__``, ``__ge__``: the fields compared as a tuple."""
    key = attrgetter(*names)

    def __lt__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(key(self) < key(other))
        return NotImplemented

    def __le__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(key(self) <= key(other))
        return NotImplemented

    def __gt__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(key(self) > key(other))
        return NotImplemented

    def __ge__(self: object, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(key(self) >= key(other))
        return NotImplemented

    return __lt__, __le__, __gt__, __ge__
