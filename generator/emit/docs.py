"""Render contexts for the Markdown docs. Docs come from the same IR as the code."""

from __future__ import annotations

import functools
import html
import json
from dataclasses import dataclass, field
from typing import Any

from generator.emit.arguments import arguments
from generator.emit.examples import method_example
from generator.emit.lookups import replacement_for
from generator.emit.params import RequestTypes
from generator.emit.plan import SHARED, operation_refs
from generator.emit.prose import markdown
from generator.emit.pytypes import annotation, literal
from generator.emit.streams import events_of
from generator.ir import Api, ModelDef, Operation, TypeRef
from generator.ir import types as t
from generator.parser.pagination import page_item, primary_response

_ERRORS = {
    "400": "BadRequestError", "401": "AuthenticationError", "403": "PermissionDeniedError", "404": "NotFoundError",
    "409": "ConflictError", "422": "UnprocessableEntityError", "429": "RateLimitError",
}


def cell(value: Any) -> str:
    """Spec text made safe for one Markdown table cell (no HTML, no pipes, one line)."""
    if value is None or value == "":
        return ""
    return _cell(value if isinstance(value, str) else str(value))


# A description is in the table of every model that has the field: 16,000 cells of a few
# thousand texts for the real spec (see text.docstring)
@functools.lru_cache(maxsize=1 << 14)
def _cell(value: str) -> str:
    text = markdown(value)
    text = html.escape(text, quote=False).replace("|", "\\|").replace("`", "'")
    return " ".join(text.split())


def paragraph(value: str | None) -> str:
    if not value:
        return ""
    text = markdown(value)
    return html.escape(text, quote=False).replace("{{", "{ {").replace("{%", "{ %").strip()


class Linker:
    """Where each definition is documented, relative to a page at `depth` folders down."""

    def __init__(self, api: Api) -> None:
        self.api = api

    def page_of(self, name: str) -> str:
        for table in (self.api.models, self.api.enums, self.api.unions):
            if name in table:
                definition = table[name]
                if getattr(definition, "origin", "") == "component":
                    return "schemas.md"
                return f"models/{definition.module or SHARED}.md"
        return "schemas.md"

    def link(self, name: str, depth: int) -> str:
        return f"[{name}]({'../' * depth}{self.page_of(name)}#{name.lower()})"

    def type_md(self, ref: TypeRef | None, depth: int) -> str:
        if ref is None:
            return "—"
        if ref.kind == t.ENUM and ref.name in self.api.enums and self.api.enums[ref.name].origin != "component":
            inner = cell(literal(self.api.enums[ref.name]))
        elif ref.kind in (t.MODEL, t.UNION) and ref.name:
            inner = self.link(ref.name, depth)
        elif ref.kind == t.LIST:
            inner = f"list[{self.type_md(ref.item, depth)}]"
        elif ref.kind == t.MAP:
            inner = f"dict[str, {self.type_md(ref.item, depth)}]"
        else:
            inner = cell(annotation(TypeRef(ref.kind, ref.name, ref.primitive, ref.format, ref.item, ref.value), self.api.enums))
            if ref.format and ref.kind == t.PRIMITIVE:
                inner += f" ({cell(ref.format)})"
        return inner + (" \\| None" if ref.nullable else "")


@dataclass
class FieldRow:
    python: str
    wire: str
    type: str
    required: str
    description: str


@dataclass
class DefinitionDoc:
    name: str
    kind: str  # model | enum | union
    source: str
    description: str
    fields: list[FieldRow] = field(default_factory=list)
    properties: str = ""  # the seed's layout: sorted property names
    required: str = ""
    values: str = ""  # enums
    variants: list[str] = field(default_factory=list)  # unions
    strategy: str = ""
    used_by: list[str] = field(default_factory=list)


def field_rows(api: Api, model: ModelDef, linker: Linker, depth: int) -> list[FieldRow]:
    rows = []
    for f in model.fields:
        notes = [cell(f.description)]
        if f.type.kind == t.ENUM and f.type.name:
            notes.append("One of: " + ", ".join(f"`{cell(v)}`" for v in api.enums[f.type.name].values[:30]))
        if f.has_default:
            notes.append(f"Default: `{cell(json.dumps(f.default))}`.")
        if f.read_only:
            notes.append("Read-only.")
        if f.deprecated:
            notes.append("Deprecated.")
        constraints = ", ".join(f"{k} {cell(v)}" for k, v in f.constraints.items())
        if constraints:
            notes.append(f"Constraints: {constraints}.")
        rows.append(FieldRow(f.py_name, f.name, linker.type_md(f.type, depth), "yes" if f.required else "", " ".join(n for n in notes if n)))
    return rows


def definition_doc(api: Api, name: str, linker: Linker, depth: int, used_by: list[str]) -> DefinitionDoc:
    if name in api.models:
        model = api.models[name]
        doc = DefinitionDoc(name, "model", model.source, paragraph(model.description or model.title), used_by=used_by)
        doc.fields = field_rows(api, model, linker, depth)
        doc.properties = ", ".join(sorted(f.name for f in model.fields))
        doc.required = ", ".join(f.name for f in model.fields if f.required)
        return doc
    if name in api.enums:
        enum = api.enums[name]
        doc = DefinitionDoc(name, "enum", enum.source, paragraph(enum.description), used_by=used_by)
        doc.values = ", ".join(f"`{cell(v)}`" for v in enum.values)
        return doc
    union = api.unions[name]
    doc = DefinitionDoc(name, "union", union.source, paragraph(union.description), used_by=used_by)
    doc.strategy = f"`{union.strategy}`: {cell(union.note)}"
    for variant in union.variants:
        how = []
        if variant.tags:
            how.append(f"{cell(union.discriminator)} = " + " / ".join(f"`{cell(v)}`" for v in variant.tags))
        if variant.is_fallback:
            how.append(f"payloads without `{cell(union.discriminator)}`")
        if union.strategy in ("required-keys", "key-signature") and variant.required_keys:
            how.append("requires " + ", ".join(f"`{cell(k)}`" for k in variant.required_keys))
        doc.variants.append(f"{linker.type_md(variant.type, depth)}" + (f" — {'; '.join(how)}" if how else ""))
    return doc


@dataclass
class ParamRow:
    python: str
    wire: str
    location: str
    type: str
    required: str
    default: str
    description: str


@dataclass
class MethodDoc:
    name: str
    anchor: str
    signature: str
    summary: str
    description: str
    http: str
    params: list[ParamRow]
    body: str
    returns: str
    errors: str
    example: str
    deprecated: str


def method_doc(api: Api, op: Operation, linker: Linker, package: str, client_name: str) -> MethodDoc:
    params = [
        ParamRow(
            p.py_name, p.name, p.location + (f" ({p.style})" if p.style == "deepObject" else ""), linker.type_md(p.type, 1),
            "yes" if p.required else "", f"`{cell(json.dumps(p.default))}`" if p.has_default else "", cell(p.description),
        )
        for p in op.parameters
    ]
    body = ""
    given = arguments(api, op, RequestTypes(api, {}))
    fields, whole_name = given.fields, given.body.name if given.body else ""
    if op.request_body is not None and op.request_body.type is not None:
        whole = linker.type_md(op.request_body.type, 1) + (" (required)" if op.request_body.required else " (optional)")
        how = "its properties are the `body` arguments above, or pass it whole" if fields else "pass it whole"
        body = f"{whole}{':' if fields else ';'} {how} as `{whole_name}=` (the model, or a dict keyed by wire names)."
        if fields:
            model = api.models[str(op.request_body.type.name)]
            by_wire = {f.name: f for f in model.fields}
            params += [
                ParamRow(a.name, a.wire, "body", linker.type_md(by_wire[a.wire].type, 1), "yes" if a.required else "", "", cell(by_wire[a.wire].description))
                for a in fields
            ]
    item = page_item(api, op) if op.pagination else None
    returns = f"`SyncPage` of {linker.type_md(item, 1)} (iterating walks every page)" if item else linker.type_md(primary_response(op), 1)
    events = events_of(op, given)
    if events is not None:
        stream = f"a `Stream` of {linker.type_md(events.type, 1)}, one per server-sent event as it arrives"
        returns = stream if events.switch is None else f"{returns}; with `{events.switch.name}=True`, {stream}"
    codes = sorted({r.status for r in op.responses if r.status[:1] in "45"})
    errors = ", ".join(f"`{_ERRORS.get(code, 'InternalServerError' if code.startswith('5') else 'APIStatusError')}` ({code})" for code in codes)
    deprecated = ""
    if op.deprecated:
        successor = replacement_for(api, op)
        deprecated = "Deprecated." + (f" Use [`{successor.resource}.{successor.method_name}()`]({successor.resource}.md#{successor.method_name}) instead." if successor else " No replacement could be derived from the spec.")
    args = [p.py_name for p in op.parameters if p.location == "path"]
    keywords = [a.name for a in fields] + [p.py_name for p in op.parameters if p.location != "path"] + ([whole_name] if body else [])
    signature = f"client.{op.resource}.{op.method_name}({', '.join(args + ['*'] * bool(keywords) + keywords)})"
    return MethodDoc(
        op.method_name, op.method_name, signature, cell(op.summary), paragraph(op.description),
        f"`{op.method.upper()} {op.path}`", params, body, returns, errors or "—",
        method_example(api, op, package, client_name), deprecated,
    )


def users_of(api: Api) -> dict[str, list[Operation]]:
    """Definition name -> operations whose parameters, body or responses reach it."""
    from generator.emit.plan import dependencies

    found: dict[str, list[Operation]] = {}
    depends: dict[str, list[str]] = {}
    for op in api.operations:
        seen: set[str] = set()
        stack = operation_refs(op)
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            if name not in depends:
                depends[name] = dependencies(api, name)
            stack.extend(depends[name])
        for name in seen:
            found.setdefault(name, []).append(op)
    return found
