"""Class renames from sdkgen.yaml: a final pass over the finished IR.

A rename names a definition by its schema location (`#/components/schemas/Foo`, as in
`sdkgen ir`'s `source`) or by the class name it has at this point, and gives it a new name;
the definition and every TypeRef that names it take the new name. It runs after every other
naming step, so the names it starts from are the ones the SDK would otherwise have.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator

from generator import naming
from generator.config import ConfigError, did_you_mean
from generator.ir import Api, EnumDef, ModelDef, TypeRef, UnionDef

Definition = ModelDef | EnumDef | UnionDef


def rename_classes(api: Api, renames: dict[str, str], label: str, locked: frozenset[str] = frozenset()) -> None:
    """Applies `renames` (location or class name -> new name); `locked`: class names the name lock holds.

    A rename by class name whose old name is gone and whose new name the lock holds was
    applied by an earlier generation (the lock kept the new name): nothing left to do.
    """
    if not renames:
        return
    tables: list[dict[str, Definition]] = [api.models, api.enums, api.unions]  # type: ignore[list-item]
    by_name = {name: d for table in tables for name, d in table.items()}
    by_source = {d.source: d for d in by_name.values()}
    mapping: dict[str, str] = {}
    keys: dict[str, str] = {}
    for key, new in renames.items():
        where = f"classes.{key}"
        definition = by_source.get(key) if "#" in key else by_name.get(key)
        if definition is None:
            if "#" not in key and new in by_name and new in locked:
                continue
            known = by_source if "#" in key else by_name
            what = "schema location" if "#" in key else "class"
            raise ConfigError(label, where, f"no {what} {key!r} in the SDK{did_you_mean(key, known)}")
        if new in naming.CLASS_RESERVED or keyword.iskeyword(new):
            raise ConfigError(label, where, f"{new!r} is a name every generated module uses; pick another")
        if definition.name in mapping:
            raise ConfigError(label, where, f"{definition.name} is already renamed by classes.{keys[definition.name]}")
        mapping[definition.name] = new
        keys[definition.name] = key
    for old, new in mapping.items():
        holder = by_name.get(new)
        if holder is not None and holder.name not in mapping and new != old:
            raise ConfigError(label, f"classes.{keys[old]}", f"{new!r} is already the class at {holder.source}")
    for table in tables:
        renamed = {mapping.get(name, name): d for name, d in table.items()}
        table.clear()
        table.update(renamed)
        for name, definition in table.items():
            definition.name = name
    seen: set[int] = set()
    for ref in _type_refs(api):
        if id(ref) not in seen:
            seen.add(id(ref))
            if ref.name in mapping:
                ref.name = mapping[ref.name]


def _type_refs(api: Api) -> Iterator[TypeRef]:
    def walk(ref: TypeRef | None) -> Iterator[TypeRef]:
        while ref is not None:
            yield ref
            ref = ref.item

    for model in api.models.values():
        for f in model.fields:
            yield from walk(f.type)
        yield from walk(model.additional)
    for union in api.unions.values():
        for variant in union.variants:
            yield from walk(variant.type)
    for op in api.operations:
        for p in op.parameters:
            yield from walk(p.type)
        if op.request_body is not None:
            yield from walk(op.request_body.type)
        for response in op.responses:
            yield from walk(response.type)
            for header in response.headers:
                yield from walk(header.type)
