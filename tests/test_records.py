"""The model's records write their own __init__ and take their value methods from
tui.model.records (not compiled at import): they must behave as the dataclasses they were."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from pathlib import Path

import pytest

from tui.model.articles import ArticleText
from tui.model.dates import EventDate, PartialDate, Qualifier
from tui.model.filters import Filters
from tui.model.load_cache import _Pickler
from tui.model.schema_fields import Field
from tui.model.sentences import Sentence
from tui.model.timeline import Actor, Article, Event, LoadResult, Source, Timeline
from tui.model.yaml_nodes import ScalarNode

RECORDS = [
    Article,
    Actor,
    Source,
    Event,
    Timeline,
    LoadResult,
    PartialDate,
    EventDate,
    Sentence,
    Field,
    Filters,
    ArticleText,
]
FROZEN = {PartialDate, EventDate, Sentence, Filters}
# YAML nodes have no equality of their own: the same node makes the same Field.
KEYS = {n: ScalarNode(f"k{n}", None, True, 1, 1) for n in (1, 2)}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        if field.default is not dataclasses.MISSING:
            assert parameter.default == field.default, field.name
        elif field.default_factory is not dataclasses.MISSING:
            # None (or the factory's own empty value) stands for "a new one each time".
            assert parameter.default in (None, field.default_factory()), field.name
        else:
            assert parameter.default is inspect.Parameter.empty, field.name
    assert list(getattr(cls, "_FIELDS", [f.name for f in fields])) == [f.name for f in fields]


def _sample(cls: type, variant: int) -> object:
    """An instance of ``cls`` whose every required field depends on ``variant``."""
    values = {
        Article: lambda n: Article(f"a{n}", f"p{n}.txt", title=f"T{n}"),
        Actor: lambda n: Actor(f"x{n}", f"Name {n}", aliases=(f"N{n}",)),
        Source: lambda n: Source(f"a{n}", f"quote {n}"),
        Event: lambda n: Event(f"e{n}", f"Title {n}", sources=[Source("a", f"q{n}")]),
        Timeline: lambda n: Timeline(Path(f"t{n}.yaml"), events=[Event(f"e{n}", "t")]),
        LoadResult: lambda n: LoadResult(Path(f"t{n}.yaml"), None),
        PartialDate: lambda n: PartialDate(2000 + n, 1 + n, None),
        EventDate: lambda n: EventDate(PartialDate(2000 + n), None, Qualifier.UNCERTAIN),
        Sentence: lambda n: Sentence(n, n + 5),
        Field: lambda n: Field(KEYS[n], None),
        Filters: lambda n: Filters(frozenset({f"x{n}"}), tag=f"t{n}"),
        ArticleText: lambda n: ArticleText(f"a{n}", None, f"text {n}"),
    }
    return values[cls](variant)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_equality_hash_repr_replace_and_pickle_are_a_dataclasses(cls: type) -> None:
    one, same, other = _sample(cls, 1), _sample(cls, 1), _sample(cls, 2)
    assert one == same
    assert one != other
    assert one.__eq__(object()) is NotImplemented
    names = [f.name for f in dataclasses.fields(cls)]
    shown = ", ".join(f"{name}={getattr(one, name)!r}" for name in names)
    assert repr(one) == f"{cls.__qualname__}({shown})"
    if cls in FROZEN:
        assert hash(one) == hash(same)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(one, names[0], None)
    else:
        with pytest.raises(TypeError):
            hash(one)
    changed = dataclasses.replace(one, **{names[0]: getattr(other, names[0])})
    assert getattr(changed, names[0]) == getattr(other, names[0])
    assert all(getattr(changed, n) == getattr(one, n) for n in names[1:])
    if cls is not Field:  # Field holds YAML nodes, which have no equality of their own
        assert pickle.loads(pickle.dumps(one)) == one
    # The load cache's own pickler (frozen slotted dataclasses through a plain tuple).
    if cls in FROZEN:
        assert _Pickler.reducer_override(_Pickler(_Sink()), one) is not NotImplemented


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)


def test_defaults_that_are_lists_are_new_each_time() -> None:
    first, second = Event("a", "t"), Event("b", "t")
    first.sources.append(Source("x", "q"))
    assert second.sources == []
    assert Timeline(Path("t")).events is not Timeline(Path("t")).events
    assert ArticleText("a", None, "").warnings is not ArticleText("b", None, "").warnings


def test_partial_dates_order_as_their_fields_do() -> None:
    dates = [PartialDate(2024, 1), PartialDate(2023, 5, 2), PartialDate(2023, 5, 1)]
    assert sorted(dates) == [PartialDate(2023, 5, 1), PartialDate(2023, 5, 2), PartialDate(2024, 1)]
    assert PartialDate(2023, 5, 1) <= PartialDate(2023, 5, 1) < PartialDate(2023, 5, 2)
    assert PartialDate(2024) > PartialDate(2023, 12, 31) >= PartialDate(2023, 12, 31)
    assert PartialDate(2023).__lt__(Sentence(1, 2)) is NotImplemented


@pytest.mark.parametrize(
    "cls", sorted(FROZEN, key=lambda cls: cls.__name__), ids=lambda c: c.__name__
)
def test_frozen_records_refuse_changes_and_copy_as_a_frozen_dataclasses(cls: type) -> None:
    one = _sample(cls, 1)
    name = dataclasses.fields(cls)[0].name
    assert cls.__dataclass_params__.frozen
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field"):
        one.not_a_field = 1
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field"):
        delattr(one, name)
    assert copy.copy(one) == one and copy.deepcopy(one) == one
    assert pickle.loads(pickle.dumps(one, protocol=0)) == one
