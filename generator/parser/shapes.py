"""Shape identity: which definitions of the IR describe the same JSON shape.

Two models are the same shape when they have the same properties with the same types,
required keys, read/write-only flags and nested shapes; two enums when they list the same
values; two unions when their variants are the same shapes, chosen the same way.
Descriptions, titles, examples and the schema's location do not count.

Shapes can refer to each other in cycles, so identity is computed the way finite automata
are minimised: start from the definitions' own signatures with every reference blurred to
its kind, then refine — each round a definition's signature names the classes its
references fell into in the previous round — until no class splits any more.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from generator.ir import Api, EnumDef, ModelDef, TypeRef, UnionDef
from generator.ir import types as t

Definition = ModelDef | EnumDef | UnionDef


def definitions(api: Api) -> dict[str, Definition]:
    return {**api.enums, **api.models, **api.unions}


def names_in(ref: TypeRef | None) -> list[str]:
    """The definitions a type names, directly or through lists and maps."""
    found = []
    while ref is not None:
        if ref.kind in (t.MODEL, t.ENUM, t.UNION) and ref.name:
            found.append(ref.name)
        ref = ref.item
    return found


def references(definition: Definition) -> list[str]:
    """The definitions a model's fields or a union's variants name."""
    if isinstance(definition, ModelDef):
        return [n for ref in (*(f.type for f in definition.fields), definition.additional) for n in names_in(ref)]
    if isinstance(definition, UnionDef):
        return [n for v in definition.variants for n in names_in(v.type)]
    return []


def _type_key(ref: TypeRef | None, refs: list[str]) -> Hashable:
    """The type with each named reference blurred to its kind; the names go to `refs`, in order."""
    if ref is None:
        return None
    if ref.kind in (t.MODEL, t.ENUM, t.UNION):
        refs.append(ref.name or "")
        return (ref.kind, ref.nullable)
    if ref.kind in (t.LIST, t.MAP):
        return (ref.kind, _type_key(ref.item, refs), ref.nullable)
    if ref.kind == t.LITERAL:
        return (ref.kind, repr(ref.value), ref.nullable)
    return (ref.kind, ref.primitive, ref.format, ref.nullable)


def local_signature(definition: Definition) -> tuple[Hashable, tuple[str, ...]]:
    """What a definition is on its own, and the names it refers to (in a fixed order)."""
    refs: list[str] = []
    if isinstance(definition, EnumDef):
        return ("enum", definition.value_type, frozenset(definition.values)), ()  # values: str or int
    if isinstance(definition, ModelDef):
        fields = tuple(
            (f.name, f.required, f.read_only, f.write_only, _type_key(f.type, refs))
            for f in sorted(definition.fields, key=lambda f: f.name)
        )
        return ("model", fields, _type_key(definition.additional, refs)), tuple(refs)
    variants = tuple(
        (_type_key(v.type, refs), tuple(map(repr, v.tags)), tuple(v.required_keys), tuple(v.known_keys), v.is_fallback)
        for v in definition.variants
    )
    return ("union", definition.kind, definition.strategy, definition.discriminator, variants), tuple(refs)


def shape_classes(defs: dict[str, Definition]) -> dict[str, int]:
    """Definition name -> shape class (equal numbers: equal shapes). Numbers follow `defs` order."""
    local = {name: local_signature(d) for name, d in defs.items()}
    current = _number({name: key for name, (key, _) in local.items()})
    while True:
        refined = _number(
            {name: (current[name], tuple(current.get(r, -1) for r in refs)) for name, (_, refs) in local.items()}
        )
        if len(set(refined.values())) == len(set(current.values())):
            return refined
        current = refined


def _number(keys: dict[str, Any]) -> dict[str, int]:
    ids: dict[Any, int] = {}
    return {name: ids.setdefault(key, len(ids)) for name, key in keys.items()}
