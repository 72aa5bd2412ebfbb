"""Operations: parameters, request bodies and responses, converted through the SchemaConverter."""

from __future__ import annotations

import http
import re
from typing import Any

from generator import naming, pointers
from generator.ir import Operation, RequestBody, Response, TypeRef
from generator.ir import types as t
from generator.ir.api import ResponseHeader
from generator.loader import Location, Spec
from generator.media import is_event_stream, is_json, is_raw, raw_type
from generator.parser.parameters import located, media_headers, parameters_of
from generator.parser.schemas import SchemaConverter, source_of
from generator.validate import HTTP_METHODS

_VERSION = re.compile(r"/v(\d+(?:\.\d+)*)(?=/|$)")
def iter_operations(spec: Spec) -> list[tuple[str, str, dict[str, Any], dict[str, Any], str]]:
    """(path, method, operation, path item, pointer) in spec order."""
    found = []
    for path, raw_item in (spec.root.get("paths") or {}).items():
        item, item_loc = spec.deref(raw_item, ("", pointers.join("#/paths", path)))
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                # the operation's source: "FILE#POINTER" when its path item lives in another file
                found.append((path, method, item[method], item, item_loc[0] + pointers.join(item_loc[1], method)))
    return found


def unnamed_id(method: str, path: str) -> str:
    """What stands for the operationId of an operation that has none."""
    return f"{method} {path}"


def operation_id(path: str, method: str, operation: dict[str, Any]) -> str:
    given = operation.get("operationId")
    if isinstance(given, str) and naming.words(given):
        return given
    return unnamed_id(method, path)


def fastapi_name(op_id: str, path: str, method: str) -> str | None:
    """The function name in an operationId FastAPI made of it, the path and the method
    (`list_models_v1_models_get` for `GET /v1/models`: Mistral's 150 methods were named
    `list_v1_models_retrieve`); None for any other operationId. Adyen's `x-methodName` wins."""
    suffix = re.sub(r"\W", "_", path) + "_" + method.lower()
    if op_id.endswith(suffix) and naming.words(op_id[: -len(suffix)]):
        return op_id[: -len(suffix)]
    return None


def build_operation(
    spec: Spec, schemas: SchemaConverter, path: str, method: str, operation: dict[str, Any], item: dict[str, Any], pointer: str,
    locked_arguments: dict[str, str] | None = None, names_from: str | None = None,
) -> Operation:
    item_source = pointer
    if "$ref" in operation:  # not allowed by OpenAPI 3.x but published so; validation warned
        operation, op_loc = spec.deref(operation, located(pointer))
        pointer = op_loc[0] + op_loc[1]
    op_id = operation_id(path, method, operation)
    names_from = names_from or _named(operation, "x-methodName") or fastapi_name(op_id, path, method)
    base = naming.class_name(names_from or op_id)
    parameters = parameters_of(spec, schemas, path, item, operation, pointer, base, op_id, locked_arguments or {}, item_source)
    version = _VERSION.search(path)
    tags = [str(tag) for tag in operation.get("tags") or []]
    return Operation(
        operation_id=op_id,
        method=method,
        path=path,
        source=item_source,
        summary=_text(operation.get("summary")),
        description=_text(operation.get("description")),
        tags=tags,
        resource="",
        method_name="",
        deprecated=operation.get("deprecated") is True,
        parameters=parameters,
        request_body=_request_body(spec, schemas, operation, pointer, base),
        responses=_responses(spec, schemas, operation, pointer, base, bodiless=method.lower() == "head"),
        security=operation.get("security") if isinstance(operation.get("security"), list) else None,
        api_version=f"v{version.group(1)}" if version else None,
        spelling=names_from or op_id,
        sdk_group=_named(operation, *_GROUP_NAMES),
        sdk_method=_named(operation, *_METHOD_NAMES),
        media_headers=media_headers(spec, item, operation, pointer, item_source),
    )


# where a spec's authors name an operation's SDK group and method, for Fern and Speakeasy
_GROUP_NAMES = ("x-fern-sdk-group-name", "x-speakeasy-group")
_METHOD_NAMES = ("x-fern-sdk-method-name", "x-speakeasy-name-override")


def _named(operation: dict[str, Any], *keys: str) -> str | None:
    """The first of `keys` that names something: a string, or (Fern's nested groups, which
    resources here are not) a list of them, said as one name (`[admin, users]` is `admin users`)."""
    for key in keys:
        value = operation.get(key)
        words = value if isinstance(value, list) else [value]
        text = " ".join(w.strip() for w in words if isinstance(w, str) and w.strip())
        if naming.words(text):
            return text
    return None


def _pick_media(content: dict[str, Any]) -> tuple[str | None, Any]:
    if not isinstance(content, dict) or not content:
        return None, None
    for media_type in content:
        if media_type.split(";")[0].strip() in ("application/json",) or media_type.endswith("+json"):
            return media_type, content[media_type]
    media_type = next(iter(content))
    return media_type, content[media_type]


def _request_body(spec: Spec, schemas: SchemaConverter, operation: dict[str, Any], pointer: str, base: str) -> RequestBody | None:
    raw = operation.get("requestBody")
    if raw is None:
        return None
    file, pointer = located(pointer)
    body, loc = spec.deref(raw, (file, pointers.join(pointer, "requestBody")))
    media_type, media = _pick_media(body.get("content") or {})
    type_ref = None
    if media_type is not None and is_raw(media_type):  # sent as it is: bytes or text, never JSON
        type_ref = _raw_type(spec, media_type, media, loc)
    elif isinstance(media, dict) and media.get("schema") is not None:
        schema_loc = (loc[0], pointers.join(loc[1], "content", media_type, "schema"))
        type_ref = schemas.convert_repeated(media["schema"], schema_loc, (base, "Request"), "request")
    return RequestBody(
        content_type=media_type or "application/json",
        type=type_ref,
        required=body.get("required") is True,
        description=_text(body.get("description")),
    )


def _raw_type(spec: Spec, media_type: str, media: Any, loc: Location) -> TypeRef:
    schema = media.get("schema") if isinstance(media, dict) else None
    if isinstance(schema, dict):
        schema, _ = spec.deref(schema, (loc[0], pointers.join(loc[1], "content", media_type, "schema")))
    return raw_type(media_type, schema)


def _responses(
    spec: Spec, schemas: SchemaConverter, operation: dict[str, Any], pointer: str, base: str, bodiless: bool = False
) -> list[Response]:
    """`bodiless`: the responses carry no content whatever the spec says (a HEAD's: RFC 9110
    9.3.2), so the method returns None rather than promise a model it never gets."""
    raw = operation.get("responses") or {}
    statuses = [str(s) for s in raw]
    primary = min((s for s in statuses if s.startswith("2")), default=None)
    result: list[Response] = []
    streams: list[Response] = []
    file, responses_pointer = located(pointer)
    responses_pointer = pointers.join(responses_pointer, "responses")
    for status in statuses:
        node = raw[status] if status in raw else raw[int(status)]
        response, loc = spec.deref(node, (file, pointers.join(responses_pointer, status)))
        content = {} if bodiless else response.get("content") or {}
        media_type, media = _pick_media(content)
        type_ref = None
        events = _events(spec, schemas, content, loc, base, status, primary) if status.startswith("2") else None
        if events is not None and is_event_stream(media_type):  # nothing but events: the call returns them
            type_ref = events.type
        elif status.startswith("2") and media_type is not None and not is_json(media_type):
            type_ref = _raw_type(spec, media_type, media, loc)  # returned as it is: bytes or text
        elif isinstance(media, dict) and media.get("schema") is not None:
            hint = (base, "Response") if status == primary else (base, _status_words(status), "Response")
            schema_loc = (loc[0], pointers.join(loc[1], "content", media_type, "schema"))
            type_ref = schemas.convert_repeated(media["schema"], schema_loc, hint, "response")
        headers = []
        for header_name, raw_header in (response.get("headers") or {}).items():
            header, header_loc = spec.deref(raw_header, (loc[0], pointers.join(loc[1], "headers", header_name)))
            header_schema = header.get("schema") if isinstance(header, dict) else None
            header_type = (
                schemas.convert(header_schema, (header_loc[0], pointers.join(header_loc[1], "schema")), (base, header_name))
                if header_schema is not None
                else TypeRef(t.PRIMITIVE, primitive="string")
            )
            headers.append(ResponseHeader(str(header_name), header_type, _text(header.get("description"))))
        framed = events is not None and events.type is type_ref and events.framed
        result.append(Response(status, _text(response.get("description")), media_type, type_ref, headers, framed=framed))
        if events is not None and events.type is not type_ref:
            # JSON or events, as the request asks: the events come after every other response, so
            # whatever looks for a status's response (the lowest 2xx is what a call returns) finds the JSON
            events.description = _text(response.get("description"))
            streams.append(events)
    return result + streams


def _events(
    spec: Spec, schemas: SchemaConverter, content: dict[str, Any], loc: Location, base: str, status: str, primary: str | None
) -> Response | None:
    """The response as server-sent events, when its content has a `text/event-stream` schema: what
    each event is (its data, or the whole event when the schema has the event's own fields)."""
    media_type = next((m for m in content if is_event_stream(m)), None) if isinstance(content, dict) else None
    media = content.get(media_type) if media_type is not None else None
    if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
        return None
    schema_loc = (loc[0], pointers.join(loc[1], "content", media_type, "schema"))
    schema, _ = spec.deref(media["schema"], schema_loc)
    hint = (base, "Event") if status == primary else (base, _status_words(status), "Event")
    type_ref = schemas.convert_repeated(media["schema"], schema_loc, hint, "response")
    return Response(status, None, media_type, type_ref, framed=_framed(schema))


# the fields of a server-sent event: a schema with `data` and nothing else but these is one event
_EVENT_FIELDS = frozenset({"event", "data", "id", "retry"})


def _framed(schema: Any) -> bool:
    properties = schema.get("properties") if isinstance(schema, dict) else None
    return isinstance(properties, dict) and "data" in properties and set(properties) <= _EVENT_FIELDS


def _status_words(status: str) -> str:
    try:
        return http.HTTPStatus(int(status)).phrase
    except ValueError:
        return {"default": "Default"}.get(status, f"Status {status}")


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


__all__ = ["build_operation", "iter_operations", "source_of"]
