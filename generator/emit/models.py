"""Render contexts for the model modules: every line of Python is decided here."""

from __future__ import annotations

import math
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from generator.emit import text
from generator.emit.plan import SHARED, DefsFile, ModulePlan, dependencies
from generator.emit.pytypes import annotation, literal, mentions, stdlib_modules
from generator.ir import Api, Field, ModelDef, UnionDef, UnionVariant
from generator.ir import types as t

_TAGGED = ("discriminator", "enum", "title", "fallback")
_KEYED = ("required-keys", "key-signature")
_LONGEST_DEFAULT = 80


@dataclass
class FieldLine:
    code: str
    doc: str | None


@dataclass
class Definition:
    kind: str  # model | union (also a component enum's alias)
    name: str
    doc: str | None = None
    base: str = ""
    fields: list[FieldLine] = field(default_factory=list)  # models
    code: str = ""  # unions
    recursive: bool = False  # a union alias that refers to itself or to a later alias: a TypeAliasType


@dataclass
class ModuleContext:
    name: str
    doc: str
    stdlib: list[str]
    typing: list[str]
    pydantic: list[str]
    runtime: list[str]
    imports: dict[str, list[str]]  # other file of `_defs` -> names
    definitions: list[Definition]


@dataclass
class TypesModuleContext:
    """A public module of `types`: re-exports what `types/_defs` defines for it."""

    doc: str
    files: dict[str, list[str]]
    definitions: list[str]


def types_module_context(plan: ModulePlan) -> TypesModuleContext:
    doc = (
        "Models shared by several resources, and the API's component schemas."
        if plan.name == SHARED
        else f"Models used by the `{plan.name}` resource."
    )
    return TypesModuleContext(doc, {file: sorted(names) for file, names in plan.files.items()}, plan.definitions)


def module_context(api: Api, plan: DefsFile) -> ModuleContext:
    definitions = []
    runtime: set[str] = set()
    # Model modules are imported without `from __future__ import annotations`: evaluating
    # thousands of string annotations was a fifth of the cost of a resource's first call.
    # A field that refers to a definition emitted later (or to its own class) is quoted.
    # A union alias is evaluated where it stands, so it comes after what it names; aliases
    # that name each other in a cycle are TypeAliasTypes (see `_alias_safe_order`).
    later = set(plan.definitions)
    for name in _alias_safe_order(api, plan.definitions):
        if name in api.enums:  # a component enum: an alias users can import
            enum = api.enums[name]
            definition = Definition("union", name, text.docstring(enum.description, ""), "", code=literal(enum))
        elif name in api.models:
            definition = _model(api.models[name], api, later)
        else:
            definition = _union(api.unions[name], api, runtime, later)
        if definition.base:
            runtime.add(definition.base)
        definitions.append(definition)
        later.discard(name)
    code = "\n".join([*(line.code for d in definitions for line in d.fields), *(d.code for d in definitions)])
    stdlib = stdlib_modules(code)
    typing_names = sorted(n for n in ("Annotated", "Dict", "List", "Literal", "Optional", "Union") if f"{n}[" in code)
    if any(d.recursive for d in definitions):
        typing_names = sorted([*typing_names, "TYPE_CHECKING"], key=lambda n: (n != "TYPE_CHECKING", n))
    if mentions(code, "Any"):
        typing_names.insert(0, "Any")
    pydantic_names = sorted(n for n in ("Discriminator", "Field", "Tag") if f"{n}(" in code)
    return ModuleContext(
        plan.name, _file_doc(api, plan), sorted(stdlib), typing_names, pydantic_names, sorted(runtime), plan.imports, definitions
    )


def _file_doc(api: Api, plan: DefsFile) -> str:
    kind = "model" if plan.main in api.models else "type"
    if len(plan.definitions) == 1:
        return f"The `{plan.main}` {kind}."
    return f"The `{plan.main}` {kind}, and the types that only it uses or that refer back to it."


def _alias_safe_order(api: Api, names: list[str]) -> list[str]:
    """The planned order, with each union alias moved after the definitions of its module it names.

    Classes may come in any order (a later class is quoted and resolved by pydantic when
    the model is first used). An alias is evaluated at import, so it waits until what it
    names is defined; aliases left waiting on each other form a cycle and are emitted in
    the planned order as TypeAliasTypes, whose quoted names pydantic resolves lazily.
    """
    own = set(names)
    deps = {name: [d for d in dependencies(api, name) if d in own and d != name] for name in names if name in api.unions}
    order: list[str] = []
    done: set[str] = set()
    waiting: list[str] = []

    def ready(name: str) -> bool:
        return all(d in done for d in deps[name])

    def emit(name: str) -> None:
        order.append(name)
        done.add(name)
        progress = True
        while progress:
            progress = False
            for alias in list(waiting):
                if ready(alias):
                    waiting.remove(alias)
                    order.append(alias)
                    done.add(alias)
                    progress = True

    for name in names:
        if name in deps and not ready(name):
            waiting.append(name)
        else:
            emit(name)
    while waiting:  # only cycles of aliases are left: the first one is emitted with quoted names
        emit(waiting.pop(0))
    return order


def _model(model: ModelDef, api: Api, later: AbstractSet[str]) -> Definition:
    lines = [_field_line(f, api, later, model.usage) for f in model.fields]
    doc = text.docstring(model.description or model.title, "    ")
    return Definition("model", model.name, doc, "BaseModel", fields=lines)


def _required(f: Field, usage: str) -> bool:
    """Required in Python: what the server always sends, or what a request must carry.

    A response-only model makes every required field non-Optional, readOnly or not (those are
    the fields the server fills in); a model that is also sent cannot require what the
    server fills in (readOnly) or never returns (writeOnly).
    """
    if not f.required:
        return False
    if usage == "response":
        return not f.write_only
    if usage == "request":
        return not f.read_only
    return not f.read_only and not f.write_only


def _field_line(f: Field, api: Api, later: AbstractSet[str], usage: str) -> FieldLine:
    """`name: T`, with `Annotated[T, Field(alias=...)]` when the wire name differs.

    The alias goes inside Annotated (not in a `= Field(...)` default) so that type checkers
    see the Python names as the constructor's keywords; the default stays a plain value.
    """
    required = _required(f, usage)
    type_text = annotation(f.type, api.enums, optional=not required, later=later)
    if f.py_name != f.name:
        type_text = f"Annotated[{type_text}, Field(alias={text.string(f.name)})]"
    code = f"{f.py_name}: {type_text}"
    doc = _field_doc(f)
    if not required:
        default = _default(f, api)
        if default and len(default) > _LONGEST_DEFAULT:
            # black and ruff wrap `] = <too long>` differently; say it instead of writing it
            doc = "\n\n".join(p for p in (doc, f"Default: `{f.default}`.") if p)
            default = None
        code += f" = {default or 'None'}"
    return FieldLine(code, text.docstring(doc, "    "))


def _field_doc(f: Field) -> str | None:
    notes = []
    if f.deprecated:
        notes.append("Deprecated.")
    if f.read_only:
        notes.append("Read-only: sent by the server, ignored in requests.")
    if f.write_only:
        notes.append("Write-only: accepted in requests, never returned.")
    parts = [p for p in (f.description, " ".join(notes)) if p]
    return "\n\n".join(parts) or None


def _default(f: Field, api: Api) -> str | None:
    """A Python literal for the spec default, when one can be given without lying about the type."""
    if not f.has_default or f.default is None:
        return None
    ref, value = f.type, f.default
    if ref.kind == t.ENUM and ref.name in api.enums:
        values = api.enums[ref.name].values
        same = [v for v in values if v == value and type(v) is type(value)]
        return text.literal(same[0]) if same else None
    if ref.kind != t.PRIMITIVE or ref.format in ("date-time", "date", "time", "decimal", "binary"):
        return None
    expected: dict[str, tuple[type, ...]] = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,)}
    kinds = expected.get(ref.primitive or "", ())
    if not isinstance(value, kinds) or (isinstance(value, bool) and ref.primitive != "boolean"):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return text.literal(value)


def _union(union: UnionDef, api: Api, runtime: set[str], later: AbstractSet[str] = frozenset()) -> Definition:
    variants: list[tuple[UnionVariant, str]] = []
    kept: dict[str, UnionVariant] = {}
    tags = []
    for variant in union.variants:
        tag = annotation(variant.type, api.enums)
        if tag in kept:  # two string variants that differ only in format, or one shape twice
            kept[tag].tags.extend(value for value in variant.tags if value not in kept[tag].tags)
            continue
        kept[tag] = t.evolve(variant, tags=list(variant.tags))
        tags.append(_tag(tag))
        variants.append((kept[tag], annotation(variant.type, api.enums, later=later)))
    doc = text.docstring(union.description, "")
    recursive = any(type_text != tag for (_, type_text), tag in zip(variants, tags))
    definition = _union_code(union, api, runtime, variants, tags, doc)
    definition.recursive = recursive
    return definition


def _union_code(
    union: UnionDef, api: Api, runtime: set[str], variants: list[tuple[Any, str]], tags: list[str], doc: str | None
) -> Definition:
    if len(variants) == 1:
        return Definition("union", union.name, doc, "", code=variants[0][1])
    members = ", ".join(f"Annotated[{type_text}, Tag({text.string(tag)})]" for (_, type_text), tag in zip(variants, tags))
    if union.strategy in _TAGGED or union.strategy in _KEYED:
        signatures = ", ".join(
            f"({text.string(tag)}, {text.literal(v.required_keys)}, {text.literal(v.known_keys)})"
            for (v, _), tag in zip(variants, tags)
        )
        signatures = f"({signatures},)"
        if union.strategy in _TAGGED:
            mapping = ", ".join(f"{text.literal(value)}: {text.string(tag)}" for (v, _), tag in zip(variants, tags) for value in v.tags)
            fallback = next((tag for (v, _), tag in zip(variants, tags) if v.is_fallback), None)
            chooser = f"by_property({text.string(union.discriminator or '')}, {{{mapping}}}, {signatures}"
            chooser += f", fallback={text.string(fallback)})" if fallback else ")"
            runtime.add("by_property")
        else:
            chooser = f"by_keys({signatures})"
            runtime.add("by_keys")
    elif union.strategy == "primitive":
        entries = ", ".join(
            f"({text.string(tag)}, {text.string(_json_kind(v.type, api))}, {text.literal(_enum_values(v.type, api))})"
            for (v, _), tag in zip(variants, tags)
        )
        chooser = f"by_value(({entries},))"
        runtime.add("by_value")
    else:
        code = f"Annotated[Union[{', '.join(t for _, t in variants)}], Field(union_mode=\"left_to_right\")]"
        return Definition("union", union.name, doc, "", code=code)
    # Only the spec's own `discriminator` keyword binds; an inferred chooser is a hint that
    # falls back to every variant (see `Inferred` in the runtime's _models).
    if union.strategy == "discriminator":
        code = f"Annotated[Union[{members}], Discriminator({chooser})]"
    else:
        code = f"Annotated[Union[{members}], Inferred({chooser})]"
        runtime.add("Inferred")
    return Definition("union", union.name, doc, "", code=code)


def _tag(type_text: str) -> str:
    return type_text


def _json_kind(ref: t.TypeRef, api: Api) -> str:
    if ref.kind == t.PRIMITIVE:
        return ref.primitive or "string"
    if ref.kind == t.ENUM and ref.name:
        value_type = api.enums[ref.name].value_type
        return "integer" if value_type == "integer" else "string"
    if ref.kind == t.LIST:
        return "array"
    return "object"


def _enum_values(ref: t.TypeRef, api: Api) -> list[Any]:
    if ref.kind == t.ENUM and ref.name:
        return list(api.enums[ref.name].values)
    return []
