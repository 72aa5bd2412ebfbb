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

import operator
from collections.abc import Hashable, Iterable
from typing import Any

from generator.ir import Api, EnumDef, ModelDef, TypeRef, UnionDef
from generator.ir import types as t

Definition = ModelDef | EnumDef | UnionDef


def definitions(api: Api) -> dict[str, Definition]:
    return {**api.enums, **api.models, **api.unions}


def names_in(ref: TypeRef | None) -> list[str]:
    """The definitions a type names, directly or through lists and maps."""
    return _names_in_all((ref,))


def references(definition: Definition) -> list[str]:
    """The definitions a model's fields or a union's variants name."""
    if isinstance(definition, ModelDef):
        types: list[TypeRef | None] = [f.type for f in definition.fields]
        types.append(definition.additional)
        return _names_in_all(types)
    if isinstance(definition, UnionDef):
        return _names_in_all([v.type for v in definition.variants])
    return []


def _names_in_all(types: Iterable[TypeRef | None]) -> list[str]:
    # one loop over all of a definition's types: resolving asks for every definition's
    # references several times, and a call per field was most of the cost
    found = []
    for ref in types:
        while ref is not None:
            if ref.kind in (t.MODEL, t.ENUM, t.UNION) and ref.name:
                found.append(ref.name)
            ref = ref.item
    return found


def _type_key(ref: TypeRef | None, refs: list[str]) -> Hashable:
    """The type with each named reference blurred to its kind; the names go to `refs`, in order."""
    if ref is None:
        return None
    if ref.kind == t.PRIMITIVE:  # most fields: tested first
        return (ref.kind, ref.primitive, ref.format, ref.nullable)
    if ref.kind in (t.MODEL, t.ENUM, t.UNION):
        refs.append(ref.name or "")
        return (ref.kind, ref.nullable)
    if ref.kind in (t.LIST, t.MAP):
        return (ref.kind, _type_key(ref.item, refs), ref.nullable)
    if ref.kind == t.LITERAL:
        return (ref.kind, repr(ref.value), ref.nullable)
    return (ref.kind, ref.primitive, ref.format, ref.nullable)


_wire_name = operator.attrgetter("name")


def local_signature(definition: Definition) -> tuple[Hashable, tuple[str, ...]]:
    """What a definition is on its own, and the names it refers to (in a fixed order)."""
    refs: list[str] = []
    if isinstance(definition, EnumDef):
        return ("enum", definition.value_type, frozenset(definition.values)), ()  # values: str or int
    if isinstance(definition, ModelDef):
        fields = tuple([
            (f.name, f.required, f.read_only, f.write_only, _type_key(f.type, refs))
            for f in sorted(definition.fields, key=_wire_name)
        ])
        return ("model", fields, _type_key(definition.additional, refs)), tuple(refs)
    variants = tuple(
        (_type_key(v.type, refs), tuple(map(repr, v.tags)), tuple(v.required_keys), tuple(v.known_keys), v.is_fallback)
        for v in definition.variants
    )
    return ("union", definition.kind, definition.strategy, definition.discriminator, variants), tuple(refs)


def shape_classes(defs: dict[str, Definition]) -> dict[str, int]:
    """Definition name -> shape class (equal numbers: equal shapes). Numbers follow `defs` order."""
    local = {name: local_signature(d) for name, d in defs.items()}
    current, count = _number({name: key for name, (key, _) in local.items()})
    while True:
        # a definition that refers to nothing keeps its class: its key is the class number
        # alone (an int never equals the tuples of the others), no tuple built each round
        refined, refined_count = _number(
            {
                name: (current[name], tuple([current.get(r, -1) for r in refs])) if refs else current[name]
                for name, (_, refs) in local.items()
            }
        )
        if refined_count == count:
            return refined
        current, count = refined, refined_count


def _number(keys: dict[str, Any]) -> tuple[dict[str, int], int]:
    """Each name's key as a number (equal keys, equal numbers; in order of first use), and how many keys differ."""
    ids: dict[Any, int] = {}
    return {name: ids.setdefault(key, len(ids)) for name, key in keys.items()}, len(ids)
