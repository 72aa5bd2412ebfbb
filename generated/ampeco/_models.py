"""Base classes and union helpers shared by every generated model module."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, Callable, Dict, Mapping, Optional, Sequence, Tuple, cast

import pydantic
from pydantic_core import core_schema

Signature = Tuple[str, Tuple[str, ...], Tuple[str, ...]]


class BaseModel(pydantic.BaseModel):
    """Base of all generated models.

    Unknown fields are kept (``extra="allow"``), Python and wire names are both accepted,
    and which fields were actually present is kept in ``model_fields_set`` so that
    "absent", ``null`` and a value stay distinct when a model is sent back.
    """

    model_config = pydantic.ConfigDict(
        populate_by_name=True,
        extra="allow",
        protected_namespaces=(),
        arbitrary_types_allowed=False,
        # validators are built on first use: a resource module defines hundreds of models
        # and most calls touch a few of them (0.3 s less on the first call of a big resource)
        defer_build=True,
    )

    def to_dict(self) -> Dict[str, Any]:
        """The wire form: aliases, only the fields that were set, JSON-compatible values."""
        return self.model_dump(by_alias=True, exclude_unset=True, mode="json")

    def to_json(self, *, indent: Optional[int] = None) -> str:
        """The JSON the SDK sends for this model: like `to_dict()`, but decimals stay numbers."""
        from ._query import dumps

        return dumps(self, indent=indent).decode("utf-8")


class OpenEnum(str, enum.Enum):
    """A string enum that accepts values it does not know (the API may add some).

    Unknown values become pseudo-members: ``Status("new")`` works, ``.value == "new"``.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that accepts values it does not know."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member


@dataclasses.dataclass(frozen=True)
class Inferred(pydantic.Discriminator):
    """A variant chooser the generator inferred from the spec: a hint, not a constraint.

    Only an explicit `discriminator` keyword makes the spec's choice binding. Anything the
    generator inferred (enum values, titles, key sets) can be wrong for a payload that is valid
    for another variant (payment terminals list every type in every variant), so when the
    hinted variant rejects a payload every variant is tried, pydantic's "smart" union picking
    the one that fits best. A payload is rejected only when no variant accepts it.
    """

    def __get_pydantic_core_schema__(
        self, source_type: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> Any:
        hinted = super().__get_pydantic_core_schema__(source_type, handler)
        return core_schema.union_schema(
            [hinted, handler(source_type)], mode="left_to_right"
        )


def _as_mapping(
    value: Any, tags: Sequence[str]
) -> Tuple[Optional[str], Optional[Mapping[str, Any]]]:
    if isinstance(value, pydantic.BaseModel):
        name = type(value).__name__
        if name in tags:
            return name, None
        return None, value.model_dump(by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return None, cast("Mapping[str, Any]", value)
    return None, None


def _choose_by_keys(
    keys: Sequence[str], signatures: Sequence[Signature]
) -> Optional[str]:
    present = set(keys)
    best: Optional[str] = None
    best_score: Optional[Tuple[bool, int, int, int]] = None
    for index, (tag, required, known) in enumerate(signatures):
        known_set = set(known) | set(required)
        score = (
            set(required) <= present,
            len(present & known_set) - len(present - known_set),
            len(required),
            -index,
        )
        if best_score is None or score > best_score:
            best, best_score = tag, score
    return best


def by_property(
    prop: str,
    tags: Mapping[Any, str],
    signatures: Sequence[Signature],
    fallback: Optional[str] = None,
) -> Callable[[Any], Optional[str]]:
    """Picks a variant by the value of ``prop``; falls back to key signatures."""
    all_tags = [tag for tag, _, _ in signatures]

    def choose(value: Any) -> Optional[str]:
        direct, data = _as_mapping(value, all_tags)
        if direct is not None or data is None:
            return direct
        if prop in data:
            raw = data[prop]
            tag = tags.get(raw.value if isinstance(raw, enum.Enum) else raw)
            if tag is not None:
                return tag
        elif fallback is not None:
            return fallback
        return _choose_by_keys(list(data), signatures)

    return choose


def by_keys(signatures: Sequence[Signature]) -> Callable[[Any], Optional[str]]:
    """Picks a variant by which keys the payload has."""
    all_tags = [tag for tag, _, _ in signatures]

    def choose(value: Any) -> Optional[str]:
        direct, data = _as_mapping(value, all_tags)
        if direct is not None or data is None:
            return direct
        return _choose_by_keys(list(data), signatures)

    return choose


_JSON_KINDS: Dict[type, Tuple[str, ...]] = {
    bool: ("boolean",),
    int: ("integer", "number"),
    float: ("number",),
    str: ("string",),
    list: ("array",),
    dict: ("object",),
}


def by_value(
    variants: Sequence[Tuple[str, str, Tuple[Any, ...]]],
) -> Callable[[Any], Optional[str]]:
    """Picks a variant of a primitive union: an enum that lists the value, else the JSON type."""

    def choose(value: Any) -> Optional[str]:
        plain: object = value.value if isinstance(value, enum.Enum) else value
        for tag, _, values in variants:
            if values and plain in values:
                return tag
        kinds = _JSON_KINDS.get(type(plain), ())
        if isinstance(value, pydantic.BaseModel):
            kinds = ("object",)
        for kind in kinds:
            for tag, variant_kind, values in variants:
                if variant_kind == kind and not values:
                    return tag
        for kind in kinds:
            for tag, variant_kind, _ in variants:
                if variant_kind == kind:
                    return tag
        return None

    return choose
