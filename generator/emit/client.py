"""Render contexts for the client and resource modules: signatures and calls, as text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import naming
from generator.emit import text
from generator.emit.pytypes import annotation, emitted_refs, stdlib_modules
from generator.ir import Api, Operation, Parameter, Resource, TypeRef
from generator.ir import types as t
from generator.parser.pagination import page_item, primary_response

_OBJECT_KINDS = (t.MODEL, t.UNION, t.MAP)
_TYPING = ("Any", "Dict", "List", "Literal", "Mapping", "Optional", "Union")


@dataclass
class MethodContext:
    name: str
    signature: list[str]  # argument lines after `self`
    returns: str
    async_returns: str
    doc: str | None
    call: list[str]  # lines of the Call(...) construction
    paged: bool


@dataclass
class ResourceContext:
    module: str
    class_name: str
    doc: str | None
    type_imports: dict[str, list[str]]  # types module -> names (for TYPE_CHECKING)
    methods: list[MethodContext] = field(default_factory=list)
    uses_page: bool = False
    typing: list[str] = field(default_factory=list)  # names the module's code uses from typing
    stdlib: list[str] = field(default_factory=list)  # datetime, decimal
    uses_types: bool = False  # whether the calls name `_types.X` (parsed lazily)


def _param_type(api: Api, ref: TypeRef) -> str:
    base = annotation(ref, api.enums)
    if ref.kind in _OBJECT_KINDS:
        return f"Union[{base}, Mapping[str, Any]]"
    return base


def _runtime_type(api: Api, ref: TypeRef | None) -> str | None:
    """An expression that evaluates, at parse time, to the type to validate with."""
    if ref is None:
        return None
    if ref.kind in (t.MODEL, t.UNION):
        inner = f"_types.{ref.name}"
    elif ref.kind == t.ENUM:
        inner = annotation(ref, api.enums)
    elif ref.kind == t.LIST:
        inner = f"List[{_runtime_type(api, ref.item) or 'Any'}]"
    elif ref.kind == t.MAP:
        inner = f"Dict[str, {_runtime_type(api, ref.item) or 'Any'}]"
    elif ref.kind == t.PRIMITIVE:
        inner = {"integer": "int", "number": "float", "boolean": "bool"}.get(ref.primitive or "", "str")
    else:
        return "Any"
    return f"Optional[{inner}]" if ref.nullable else inner


def replacement_for(api: Api, op: Operation) -> Operation | None:
    """A deprecated operation's successor: same path at a newer version, or the same operationId without 'Deprecated'."""
    stem = op.operation_id.replace("Deprecated", "")
    by_id = {o.operation_id: o for o in api.operations}
    if op.replacement is not None:
        return by_id[op.replacement]
    if stem != op.operation_id and stem in by_id and not by_id[stem].deprecated:
        return by_id[stem]
    if op.api_version:
        shape = op.path.replace(op.api_version, "{v}")
        newer = [
            o for o in api.operations
            if o.method == op.method and not o.deprecated and o.api_version and o.path.replace(o.api_version, "{v}") == shape
        ]
        if newer:
            return max(newer, key=lambda o: o.api_version or "")
    return None


def _method(api: Api, op: Operation) -> tuple[MethodContext, set[str]]:
    names: set[str] = set()
    signature: list[str] = []
    path_params = [p for p in op.parameters if p.location == "path"]
    other = [p for p in op.parameters if p.location in ("query", "header")]
    for p in path_params:
        signature.append(f"{p.py_name}: {annotation(p.type, api.enums)},")
        names.update(emitted_refs(p.type, api.enums))
    signature.append("*,")
    body = op.request_body
    required_kw = [p for p in other if p.required]
    optional_kw = [p for p in other if not p.required]
    if body is not None and body.type is not None and body.required:
        signature.append(f"body: {_param_type(api, body.type)},")
        names.update(emitted_refs(body.type, api.enums))
    for p in required_kw:
        signature.append(f"{p.py_name}: {_param_type(api, p.type)},")
        names.update(emitted_refs(p.type, api.enums))
    if body is not None and body.type is not None and not body.required:
        signature.append(f"body: Union[{_param_type(api, body.type)}, NotGiven] = NOT_GIVEN,")
        names.update(emitted_refs(body.type, api.enums))
    for p in optional_kw:
        signature.append(f"{p.py_name}: Union[{_param_type(api, p.type)}, NotGiven] = NOT_GIVEN,")
        names.update(emitted_refs(p.type, api.enums))
    signature += [
        "extra_headers: Optional[Mapping[str, str]] = None,",
        "extra_query: Optional[Mapping[str, Any]] = None,",
        "extra_body: Optional[Mapping[str, Any]] = None,",
        "timeout: Union[Timeout, NotGiven] = NOT_GIVEN,",
        "max_retries: Union[int, NotGiven] = NOT_GIVEN,",
    ]
    response = primary_response(op)
    item = page_item(api, op) if op.pagination else None
    if item is not None:
        item_type = annotation(item, api.enums)
        returns, async_returns = f"SyncPage[{item_type}]", f"AsyncPaginator[{item_type}]"
        names.update(emitted_refs(item, api.enums))
    else:
        returns = annotation(response, api.enums) if response is not None else "None"
        async_returns = returns
    names.update(emitted_refs(response, api.enums))
    call = _call_lines(api, op, path_params, other, response, item)
    doc = _method_doc(api, op)
    method = MethodContext(op.method_name, signature, returns, async_returns, doc, call, item is not None)
    return method, names


def _call_lines(api: Api, op: Operation, path_params: list[Parameter], other: list[Parameter], response: TypeRef | None, item: TypeRef | None) -> list[str]:
    endpoint = [f"method={text.string(op.method)}", f"path={text.string(op.path)}"]
    runtime = _runtime_type(api, response)
    if runtime:
        endpoint.append(f"response=lambda: {runtime}")
    envelope = next((r.envelope for r in op.responses if r.envelope and r.type is response), None)
    if envelope:
        endpoint.append(f"envelope={text.string(envelope)}")
    if item is not None:
        endpoint.append(f"page={text.string(op.pagination or 'cursor')}")
    if op.deprecated:
        successor = replacement_for(api, op)
        message = f"{op.resource}.{op.method_name}() calls a deprecated operation ({op.operation_id})"
        if successor:
            message += f"; use {successor.resource}.{successor.method_name}() instead"
        endpoint.append(f"deprecated={text.string(message)}")
    path = ", ".join(f"{text.string(p.name)}: {p.py_name}" for p in path_params)
    query = "".join(
        f"({text.string(p.name)}, {p.py_name}, {text.string(p.style)}, {p.explode}), " for p in other if p.location == "query"
    )
    headers = "".join(f"({text.string(p.name)}, {p.py_name}), " for p in other if p.location == "header")
    body = "body" if op.request_body is not None and op.request_body.type is not None else "NOT_GIVEN"
    return [
        f"Endpoint({', '.join(endpoint)}),",
        f"{{{path}}},",
        f"[{query}],",
        f"[{headers}],",
        f"{body},",
        "RequestOptions(extra_headers, extra_query, extra_body, timeout, max_retries),",
    ]


def _method_doc(api: Api, op: Operation) -> str | None:
    parts = [p for p in (op.summary, op.description) if p]
    if op.summary and op.description and op.description.strip() == op.summary.strip():
        parts = [op.summary]
    if op.deprecated:
        successor = replacement_for(api, op)
        note = "Deprecated."
        if successor:
            note += f" Use `{successor.resource}.{successor.method_name}()` instead."
        parts.append(note)
    parts.append(f"`{op.method.upper()} {op.path}` (operationId `{op.operation_id}`)")
    return text.docstring("\n\n".join(parts), "        ")


def resource_context(api: Api, resource: Resource) -> ResourceContext:
    ops = [o for o in api.operations if o.resource == resource.name]
    context = ResourceContext(resource.name, resource.class_name, text.docstring(resource.description or resource.tag, "    "), {})
    names: set[str] = set()
    for op in sorted(ops, key=lambda o: o.method_name):
        method, used = _method(api, op)
        context.methods.append(method)
        context.uses_page = context.uses_page or method.paged
        names |= used
    code = "\n".join(
        line for m in context.methods for line in (*m.signature, m.returns, m.async_returns, *m.call)
    )
    context.typing = [n for n in _TYPING if re.search(rf"\b{n}\b", code)]
    annotations = set(re.findall(r"\b[A-Z]\w*", "\n".join(line for m in context.methods for line in (*m.signature, m.returns))))
    names &= annotations  # a page's envelope is only parsed (`_types.X`), never annotated
    if context.uses_page or names:
        context.typing.insert(0, "TYPE_CHECKING")
    context.stdlib = sorted(stdlib_modules(code))
    context.uses_types = "_types." in code
    module_of = {n: d.module for table in (api.models, api.enums, api.unions) for n, d in table.items()}
    for name in sorted(names):
        context.type_imports.setdefault(module_of[name], []).append(name)
    context.type_imports = dict(sorted(context.type_imports.items()))
    return context


def client_class_name(package: str) -> str:
    return naming.class_name(package)
