"""Render contexts for the client and resource modules: signatures and calls, as text."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from generator import media, naming
from generator.emit import text
from generator.emit.arguments import OPTIONS, Arguments, arguments
from generator.emit.lookups import module_of, operations_of, replacement_for
from generator.emit.params import RequestTypes, object_names
from generator.emit.prose import markdown
from generator.emit.pytypes import annotation, emitted_refs, mentions, names_used, stdlib_modules
from generator.emit.streams import Events, Overload, events_of, switch_overloads
from generator.ir import Api, Operation, Resource, TypeRef
from generator.ir import types as t
from generator.parser.pagination import page_item, primary_response, primary_success

_TYPING = ("Any", "Dict", "List", "Literal", "Mapping", "Optional", "Sequence", "Union")


@dataclass
class MethodContext:
    name: str
    endpoint_name: str  # the module-level Endpoint constant
    endpoint_type: str  # what the endpoint's calls return (a page's item, for lists)
    endpoint: list[str]  # lines of the Endpoint(...) construction
    overloads: list[Overload]  # if any
    signature: list[str]  # argument lines after `self`
    returns: str
    async_returns: str
    doc: str | None
    call: list[str]  # lines of the Call(...) construction
    paged: bool
    requester: str = "request"  # the client's method that makes the call: request, request_page, request_events
    streams: bool = False  # it may return a `Stream` of server-sent events


@dataclass
class ResourceContext:
    module: str
    class_name: str
    doc: str | None
    type_imports: dict[str, list[str]]  # types module -> names (for TYPE_CHECKING)
    methods: list[MethodContext] = field(default_factory=list)
    uses_page: bool = False
    uses_events: bool = False  # a method returns a `Stream` of server-sent events
    typing: list[str] = field(default_factory=list)  # names the module's code uses from typing
    stdlib: list[str] = field(default_factory=list)  # datetime, decimal
    uses_types: bool = False  # whether the calls name `_types.X` (parsed lazily)
    uses_overload: bool = False
    uses_files: bool = False  # an argument takes an upload (`FileTypes`)
    wrappers: list[str] = field(default_factory=list)  # the `_resource` wrappers its methods use


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


def _method(api: Api, op: Operation, types: RequestTypes) -> tuple[MethodContext, set[str]]:
    names: set[str] = set()
    args = arguments(api, op, types)
    for p in op.parameters:
        if p.location == "path":
            names.update(emitted_refs(p.type, api.enums))
    signature = args.implementation()
    response = primary_response(op)
    events = events_of(op, args)
    item = page_item(api, op) if op.pagination and raw_response(op) is None and events is None else None
    requester = "request_page" if item is not None else "request"
    event_type = annotation(events.type, api.enums) if events is not None else ""
    streams = (f"Stream[{event_type}]", f"AsyncStream[{event_type}]")
    if events is not None:
        names.update(emitted_refs(events.type, api.enums))
    if events is not None and events.switch is None:  # always events
        returns, async_returns = streams
        endpoint_type, requester = event_type, "request_events"
    elif item is not None:
        item_type = annotation(item, api.enums)
        returns, async_returns = f"SyncPage[{item_type}]", f"AsyncPaginator[{item_type}]"
        endpoint_type = item_type
        names.update(emitted_refs(item, api.enums))
    else:
        returns = annotation(response, api.enums) if response is not None else "None"
        async_returns = endpoint_type = returns
    names.update(emitted_refs(response, api.enums))
    overloads = [Overload(lines, returns, async_returns) for lines in (args.keyword_form(), args.body_form())] if args.overloaded else []
    if events is not None and events.switch is not None:  # JSON, or events when the call asks
        events.switch.doc += f" With `True`, the answer is a `Stream` of `{event_type}` events, each as it arrives."
        overloads = switch_overloads(args, events.switch, returns, streams)
        returns, async_returns = overloads[2].returns, overloads[2].async_returns
    endpoint_name = endpoint_constant(op.method_name)
    method = MethodContext(
        op.method_name, endpoint_name, endpoint_type, _endpoint_lines(api, op, response, item, events),
        overloads, signature, returns, async_returns, _method_doc(api, op, args), _call_lines(endpoint_name, args), item is not None,
        requester, events is not None,
    )
    return method, names


def endpoint_constant(method_name: str) -> str:
    """The module constant that describes a method's operation: `_RETRIEVE` for `retrieve`.

    A name past 64 characters is cut and made unique again with a hash of the whole: black
    and ruff lay out `_NAME: Endpoint[T] = Endpoint(` differently once `_NAME: Endpoint[`
    alone passes the line length (Box's `retrieve_files_id_metadata_enterprise_security_...`).
    """
    name = "_" + method_name.upper()
    if len(name) <= _LONGEST_CONSTANT:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:6].upper()
    return f"{name[: _LONGEST_CONSTANT - 7].rstrip('_')}_{digest}"


_LONGEST_CONSTANT = 64


def _endpoint_lines(api: Api, op: Operation, response: TypeRef | None, item: TypeRef | None, events: Events | None) -> list[str]:
    lines = [f"{text.string(op.method)},", f"{text.string(op.path)},"]
    raw = raw_response(op)
    runtime = _runtime_type(api, response)
    if events is not None:
        if events.switch is not None and runtime:
            lines.append(f"response=lambda: {runtime},")
        lines.append(f"events=lambda: {_runtime_type(api, events.type) or 'Any'},")
        if events.framed:
            lines.append("framed=True,")
        if events.switch is not None:
            lines.append(f"stream_switch={text.string(events.switch.wire)},")
    elif raw:
        lines.append(f"raw={text.string(raw)},")
    elif runtime:
        lines.append(f"response=lambda: {runtime},")
    accept = asked_media_type(op)
    if accept:
        lines.append(f"accept={text.string(accept)},")
    envelope = next((r.envelope for r in op.responses if r.envelope and r.type is response), None)
    if envelope:
        lines.append(f"envelope={text.string(envelope)},")
    if item is not None:
        lines.append(f"page={text.string(op.pagination or 'cursor')},")
        if op.page_parameter:
            lines.append(f"page_parameter={text.string(op.page_parameter)},")
        if op.page_items != "data":
            lines.append(f"page_items={text.string(op.page_items)},")
    if op.deprecated:
        successor = replacement_for(api, op)
        message = f"{op.resource}.{op.method_name}() calls a deprecated operation ({op.operation_id})"
        if successor:
            message += f"; use {successor.resource}.{successor.method_name}() instead"
        lines.append(f"deprecated={text.string(message)},")
    query = [p for p in op.parameters if p.location == "query"]
    styles = [f"{text.string(p.name)}: ({text.string(p.style)}, {p.explode})" for p in query if (p.style, p.explode) != ("form", True)]
    if styles:
        lines.append(f"styles={{{', '.join(styles)}}},")
    shapes = [f"{text.string(p.name)}: lambda: {_runtime_type(api, p.type)}" for p in query if object_names(p.type)]
    body = op.request_body
    if body is not None and object_names(body.type):
        shapes.insert(0, f'"body": lambda: {_runtime_type(api, body.type)}')
    if shapes:
        lines.append(f"shapes={{{', '.join(shapes)}}},")
    if body is not None and body.type is not None and body.required:
        lines.append("body_required=True,")
    media_type = media.essence(body.content_type) if body is not None else ""
    if media_type == media.FORM:
        lines.append("form=True,")
    elif media_type == media.MULTIPART:
        lines.append("multipart=True,")
    elif body is not None and body.type is not None and media.is_raw(media_type):
        lines.append(f"raw_body={text.string(body.content_type)},")
    declared = op.media_headers.get("content-type")
    if declared and media.is_json(declared) and media_type in ("", "application/json"):
        lines.append(f"content_type={text.string(declared)},")
    if op.security == []:  # `security: []`: the spec says the operation takes no credentials
        lines.append("anonymous=True,")
    return lines


def raw_response(op: Operation) -> str | None:
    """"bytes" or "text" when the method returns the body as it is (it is not JSON)."""
    success = primary_success(op)
    if success is None or success.type is None or media.is_json(success.content_type):
        return None
    return "bytes" if success.type.format == "binary" else "text"


def asked_media_type(op: Operation) -> str | None:
    """The Accept header of the operation's requests, when it is not the client's `application/json`:
    a JSON type the spec's `Accept` parameter requires (PagerDuty's versioned one), or the type
    of a body that is not JSON."""
    success = primary_success(op)
    kind = media.essence(success.content_type) if success is not None else ""
    declared = op.media_headers.get("accept")
    if declared and media.is_json(declared) and (kind == "" or media.is_json(kind)):
        # and the type the responses are said to have: a server that has no other answers with that
        return declared if media.essence(declared) == kind else f"{declared}, {kind or 'application/json'}"
    return None if kind in ("", "application/json") or "*" in kind else kind


def _call_lines(endpoint_name: str, args: Arguments) -> list[str]:
    lines = [f"{endpoint_name},"]
    for where, label in (("path", "path"), ("query", "query"), ("header", "headers")):
        given = [a for a in (*args.path, *args.params) if a.where == where]
        if given:
            lines.append(f"{label}={{{', '.join(f'{text.string(a.wire)}: {a.name}' for a in given)}}},")
    if args.body is not None:
        lines.append(f"body={args.body.name},")
    if args.fields:
        lines.append(f"fields={{{', '.join(f'{text.string(a.wire)}: {a.name}' for a in args.fields)}}},")
    options = ", ".join(f"{name}={name}" for name, _, _ in OPTIONS)
    lines.append(f"options=RequestOptions({options}),")
    return lines


def _method_doc(api: Api, op: Operation, args: Arguments) -> str | None:
    parts = [markdown(p) for p in (op.summary, op.description) if p]
    if op.summary and op.description and op.description.strip() == op.summary.strip():
        parts = parts[:1]
    if op.deprecated:
        successor = replacement_for(api, op)
        note = "Deprecated."
        if successor:
            note += f" Use `{successor.resource}.{successor.method_name}()` instead."
        parts.append(note)
    parts.append(f"`{op.method.upper()} {op.path}` (operationId `{op.operation_id}`)")
    documented = [(a.name, a.doc) for a in args.documented()] + [(name, doc) for name, _, doc in OPTIONS]
    parts.append("Args:\n" + "\n".join(_arg_doc(name, doc) for name, doc in documented))
    return text.docstring("\n\n".join(parts), "        ")


def _arg_doc(name: str, doc: str) -> str:
    lines = doc.strip().split("\n")
    rest = "".join(f"\n        {line}" if line.strip() else "\n" for line in lines[1:])
    return f"    {name}: {lines[0]}{rest}"


def resource_context(api: Api, resource: Resource, params: dict[str, str]) -> ResourceContext:
    ops = operations_of(api, resource.name)
    context = ResourceContext(resource.name, resource.class_name, text.docstring(resource.description or resource.tag, "    "), {})
    types = RequestTypes(api, params)
    names: set[str] = set()
    for op in ops:
        method, used = _method(api, op, types)
        context.methods.append(method)
        context.uses_page = context.uses_page or method.paged
        context.uses_overload = context.uses_overload or bool(method.overloads)
        context.uses_events = context.uses_events or method.streams
        names |= used
    names |= types.models
    code = "\n".join(
        line
        for m in context.methods
        for line in (*m.signature, m.returns, m.async_returns, m.endpoint_type, *m.endpoint, *m.call, *(x for o in m.overloads for x in o.lines))
    )
    context.typing = names_used(code, _TYPING)
    if context.uses_overload:
        context.typing.append("overload")
    annotations = set(re.findall(r"\b[A-Z]\w*", "\n".join(line for m in context.methods for line in (*m.signature, m.returns, m.endpoint_type))))
    names &= annotations  # a page's envelope is only parsed (`_types.X`), never annotated
    if context.uses_page or context.uses_events or names or types.dicts:
        context.typing.insert(0, "TYPE_CHECKING")
    context.stdlib = sorted(stdlib_modules(code))
    context.uses_types = "_types." in code
    context.uses_files = mentions(code, "FileTypes")
    context.wrappers = _wrappers(context.methods)
    for name in sorted(names):
        context.type_imports.setdefault(module_of(api, name), []).append(name)
    for name in sorted(types.dicts):
        context.type_imports.setdefault(f"params.{module_of(api, types.dicts[name])}", []).append(name)
    context.type_imports = dict(sorted(context.type_imports.items()))
    return context


def _wrappers(methods: list[MethodContext]) -> list[str]:
    """What `.._resource` gives the resource's `with_raw_response`/`with_streaming_response`
    classes: only the wrappers its methods use (an unused import is an error to pyright strict)."""
    used = {"AsyncAPIResource", "SyncAPIResource"}
    for m in methods:
        used |= {"raw", "streamed", "async_raw_page" if m.paged else "async_raw", "async_streamed_page" if m.paged else "async_streamed"}
    return sorted(used)


def client_class_name(package: str, title: str = "") -> str:
    """The package's name as a class, in the API's own casing when the title's first word is the
    package's and has capitals inside: `OpenAI API` gives `OpenAI` (not `Openai`), `GitHub's
    REST API` `GitHub`; `AMPECO.CHARGE Public API` gives `Ampeco`, `--package foo` `Foo`."""
    word = naming.title_word(title)
    if word and naming.field_name(word.lower()) == package and _camel_case(word):
        return word
    return naming.class_name(package)


def _camel_case(word: str) -> bool:
    inner_capital = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    return word[0].isupper() and inner_capital and word not in naming.CLASS_RESERVED
