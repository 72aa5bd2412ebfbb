"""What a request accepts: `TypedDict`s keyed by wire names, and the annotations of arguments.

Stainless-generated SDKs take request objects as plain dicts a type checker knows
(`MessageParam`): a misspelled key or a value of the wrong type is an error before
anything is sent. Every model a request can carry gets such a twin, `<Model>Param`, in
`types/params/<module>.py`, keyed by the names the wire uses (`evseNetworkId`) — the dict
*is* the JSON. Wherever a request takes an object, it takes the model or its dict.

These modules are never imported by the SDK at run time (resources import them for type
checkers only), so they cost nothing on a call.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

from generator.emit import text
from generator.emit.lookups import module_of
from generator.emit.plan import SHARED, ModulePlan, dependencies
from generator.emit.pytypes import Enums, annotation, mentions, names_used, stdlib_modules
from generator.ir import Api, Field, TypeRef
from generator.ir import types as t

# wider than the model's field types on purpose: a float where the API takes a decimal, an
# ISO string where it takes a date or time are what callers have at hand (sent as given)
_WIDENED = {
    "_decimal.Decimal": "Union[_decimal.Decimal, float]",
    "_dt.datetime": "Union[_dt.datetime, str]",
    "_dt.date": "Union[_dt.date, str]",
    "_dt.time": "Union[_dt.time, str]",
    "bytes": "FileTypes",  # an upload: bytes, a path, a binary file, or (filename, content[, type])
}


def request_definitions(api: Api) -> list[str]:
    """Models and unions a request can carry (bodies, object-valued parameters), in a stable order."""
    roots: list[str] = []
    for op in api.operations:
        refs = [p.type for p in op.parameters if p.location != "path"]
        if op.request_body is not None and op.request_body.type is not None:
            refs.append(op.request_body.type)
        roots += [name for ref in refs for name in object_names(ref)]
    seen: dict[str, None] = {}
    stack = list(reversed(roots))
    while stack:
        name = stack.pop()
        if name in seen or (name not in api.models and name not in api.unions):
            continue
        seen[name] = None
        stack.extend(reversed(dependencies(api, name)))
    return sorted(seen)


def param_names(api: Api) -> dict[str, str]:
    """The TypedDict (or alias) name of each request definition: `<Name>Param`, never a taken name."""
    taken = {*api.models, *api.unions, *api.enums}
    names: dict[str, str] = {}
    for name in request_definitions(api):
        if name in api.unions and not _holds_objects(api, name, set()):
            continue  # a union of scalars is taken as it is
        candidate = f"{name}Param"
        suffix = 2
        while candidate in taken:
            candidate = f"{name}Param{suffix}"
            suffix += 1
        taken.add(candidate)
        names[name] = candidate
    return names


def _holds_objects(api: Api, name: str, seen: set[str]) -> bool:
    if name in api.models:
        return True
    if name in seen or name not in api.unions:
        return False
    seen.add(name)
    return any(_holds_objects(api, ref, seen) for v in api.unions[name].variants for ref in object_names(v.type))


def object_names(ref: TypeRef | None) -> list[str]:
    """The models and unions `ref` holds, directly or as list items and map values."""
    found = []
    while ref is not None:
        if ref.kind in (t.MODEL, t.UNION) and ref.name:
            found.append(ref.name)
        ref = ref.item
    return found


@dataclass
class RequestTypes:
    """Annotations of what a request accepts; records which definitions and params they name."""

    api: Api
    params: dict[str, str]  # definition -> its Param name
    models: set[str] = field(default_factory=set)  # definitions named (models, unions, component enums)
    dicts: dict[str, str] = field(default_factory=dict)  # Param names named -> the definition of each

    @property
    def enums(self) -> Enums:
        return self.api.enums

    def annotation(self, ref: TypeRef, optional: bool = False) -> str:
        inner = self._bare(ref)
        if (ref.nullable or optional) and inner != "Any":
            return f"Optional[{inner}]"
        return inner

    def members(self, ref: TypeRef) -> list[str]:
        """The members of `ref`'s annotation as a union would list them: `XParam`, `X` for an object."""
        if ref.kind in (t.MODEL, t.UNION) and ref.name and ref.name in self.params and not ref.nullable:
            self.annotation(ref)
            return [self.params[ref.name], ref.name]
        return [self.annotation(ref)]

    def _bare(self, ref: TypeRef) -> str:
        plain = _plain_scalars(self.api, ref)
        if plain is not None:
            return plain
        if ref.kind in (t.MODEL, t.UNION) and ref.name:
            self.models.add(ref.name)
            param = self.params.get(ref.name)
            if param is None:
                return ref.name
            self.dicts[param] = ref.name
            return f"Union[{param}, {ref.name}]"
        if ref.kind == t.LIST:
            item = self.annotation(ref.item) if ref.item else "Any"
            objects = ref.item is not None and ref.item.kind in (t.MODEL, t.UNION)
            return f"Sequence[{item}]" if objects else f"List[{item}]"
        if ref.kind == t.MAP:
            return f"Mapping[str, {self.annotation(ref.item) if ref.item else 'Any'}]"
        if ref.kind == t.ENUM and ref.name and ref.name in self.enums and self.enums[ref.name].origin == "component":
            self.models.add(ref.name)
        plain = annotation(t.evolve(ref, nullable=False) if ref.nullable else ref, self.enums)
        return _WIDENED.get(plain, plain)


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _plain_scalars(api: Api, ref: TypeRef) -> str | None:
    """`Union[str, int]` for a union of plain scalars, written out where a request takes it: its
    alias is named after the first place the spec used that shape (`ErrorValueVariant` for an
    issue's title), and a caller can only ever pass one of those scalars. A union of enums or
    formats keeps its name: spelled out, it would be a list of literals, not a type."""
    union = api.unions.get(ref.name or "") if ref.kind == t.UNION else None
    if union is None:
        return None
    members: list[str] = []
    for variant in union.variants:
        kind = variant.type
        if kind.kind != t.PRIMITIVE or kind.nullable or kind.format or kind.primitive not in _SCALARS:
            return None
        if _SCALARS[kind.primitive] not in members:
            members.append(_SCALARS[kind.primitive])
    return f"Union[{', '.join(members)}]" if len(members) > 1 else (members[0] if members else None)


@dataclass
class ParamField:
    key: str  # the wire name
    annotation: str
    doc: str | None

    @property
    def quoted(self) -> tuple[str, str]:
        """The key and the annotation as string literals (the functional TypedDict syntax)."""
        return text.string(self.key), text.string(self.annotation)


@dataclass
class TypedDictDef:
    name: str
    doc: str | None
    fields: list[ParamField]
    functional: bool  # a key that is no identifier: TypedDict("Name", {...})
    alias: str | None = None  # for a union: the alias's text instead of fields


@dataclass
class ParamsModuleContext:
    name: str
    doc: str
    stdlib: list[str]
    typing: list[str]
    model_imports: dict[str, list[str]]  # models module -> names (for type checkers only)
    extensions: list[str]  # from typing_extensions: Required, TypedDict
    shared: list[str]  # Param names from params._shared
    definitions: list[TypedDictDef]
    uses_files: bool = False  # a field takes an upload (`FileTypes`)


def request_fields(model_fields: list[Field]) -> list[Field]:
    """The fields a request sends: never what the server fills in (readOnly)."""
    return [f for f in model_fields if not f.read_only]


def params_module_context(api: Api, plan: ModulePlan, params: dict[str, str]) -> ParamsModuleContext | None:
    types = RequestTypes(api, params)
    definitions = [_definition(api, name, params[name], types) for name in plan.definitions if name in params]
    if not definitions:
        return None
    code = "\n".join(f.annotation for d in definitions for f in d.fields) + "\n".join(d.alias or "" for d in definitions)
    typing_names = names_used(code, ("Any", "List", "Literal", "Mapping", "Optional", "Sequence", "Union"))
    if any(d.alias for d in definitions):
        typing_names = sorted([*typing_names, "TypeAlias"])
    model_imports: dict[str, list[str]] = {}
    for name in sorted(types.models):
        model_imports.setdefault(module_of(api, name), []).append(name)
    own = {d.name for d in definitions}
    shared = sorted(p for p in types.dicts if p not in own) if plan.name != SHARED else []
    if model_imports or shared:
        typing_names.insert(0, "TYPE_CHECKING")
    doc = (
        "Request dicts shared by several resources." if plan.name == SHARED else f"Request dicts of the `{plan.name}` resource."
    )
    extensions = [n for n in ("Required", "TypedDict") if mentions(code, n) or n == "TypedDict" and any(not d.alias for d in definitions)]
    return ParamsModuleContext(
        plan.name, doc, sorted(stdlib_modules(code)), typing_names, dict(sorted(model_imports.items())), extensions, shared, definitions,
        uses_files=mentions(code, "FileTypes"),
    )


def _definition(api: Api, name: str, param: str, types: RequestTypes) -> TypedDictDef:
    if name in api.unions:
        union = api.unions[name]
        members = list(dict.fromkeys(m for v in union.variants for m in types.members(v.type)))
        alias = members[0] if len(members) == 1 else f"Union[{', '.join(members)}]"
        alias = _quote_names(alias, {*types.models, *types.dicts})
        about = f"`{name}` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."
        return TypedDictDef(param, text.docstring(about, ""), [], False, alias=alias)
    model = api.models[name]
    fields = []
    for f in request_fields(model.fields):
        type_text = types.annotation(f.type)
        if f.required:
            type_text = f"Required[{type_text}]"
        fields.append(ParamField(f.name, type_text, text.docstring(f.description, "    ")))
    used = _names_used(fields)
    functional = any(not p.key.isidentifier() or keyword.iskeyword(p.key) or p.key in used for p in fields)
    doc = text.docstring(f"The `{name}` a request sends, as a dict keyed by wire names.", "    ")
    return TypedDictDef(param, doc, fields, functional)


def _quote_names(annotation_text: str, names: set[str]) -> str:
    """Definition names in an alias quoted: it is evaluated at import, and they are imported for type checkers only."""
    parts = re.split(r'("(?:[^"\\]|\\.)*")', annotation_text)
    pattern = re.compile(r"\b[A-Za-z_]\w*\b")

    def quote(match: re.Match[str]) -> str:
        return f'"{match.group(0)}"' if match.group(0) in names else match.group(0)

    return "".join(part if index % 2 else pattern.sub(quote, part) for index, part in enumerate(parts))


_NAME = re.compile(r"(?<![\w.])[^\W\d]\w*")  # a bare name, not an attribute (`typing.X`)
_QUOTED = re.compile(r'"[^"]*"')


def _names_used(fields: list[ParamField]) -> set[str]:
    """The names the class body's annotations use: a key named like one of them would hide it."""
    return {name for f in fields for name in _NAME.findall(_QUOTED.sub("", f.annotation))}
