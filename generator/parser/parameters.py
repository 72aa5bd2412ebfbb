"""An operation's parameters: declared on its path item or on itself, each an argument of its
method, except those OpenAPI has ignored and the bags of query parameters that are spread."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import naming, pointers
from generator.ir import Parameter, TypeRef
from generator.ir import types as t
from generator.loader import Location, Spec
from generator.media import is_json
from generator.parser.lock import argument_key
from generator.parser.schemas import SchemaConverter, constraints_of
from generator.validate import TEMPLATE_PARAM

_DEFAULT_STYLE = {"query": "form", "path": "simple", "header": "simple", "cookie": "form"}
# not an OpenAPI style: a parameter declared with `content: {application/json: ...}`
JSON_STYLE = "json"
# Argument names the generated methods use themselves; parameters are renamed around them.
RESERVED_ARGS = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "body"})


def parameters_of(
    spec: Spec, schemas: SchemaConverter, path: str, item: dict[str, Any], operation: dict[str, Any], pointer: str,
    base: str, op_id: str, locked: dict[str, str], item_source: str,
) -> list[Parameter]:
    by_key: _Declared = {}
    in_template = set(TEMPLATE_PARAM.findall(path))
    for param, loc in _declared(spec, item, operation, pointer, item_source):
        if param["in"] == "path" and param["name"] not in in_template:
            continue  # no URL can carry it (validate warned)
        if param["in"] == "header" and str(param["name"]).lower() in _IGNORED_HEADERS:
            continue  # OpenAPI: such a definition SHALL be ignored (the SDK sets these headers; see media_headers)
        by_key[(param["name"], param["in"])] = (param, loc, (loc[0], pointers.join(loc[1], "schema")))
    by_key = _spread_objects(spec, by_key)
    taken = set(RESERVED_ARGS) | {locked[k] for k in (argument_key(op_id, w, n) for n, w in by_key) if k in locked}
    result = []
    for (name, location), (param, loc, schema_loc) in by_key.items():
        held = locked.get(argument_key(op_id, location, name))
        schema = param.get("schema")
        style = param.get("style") or _DEFAULT_STYLE[location]
        if schema is None:  # `content` form: take the first media type's schema
            media_type, media = next(iter((param.get("content") or {}).items()), (None, {}))
            schema = media.get("schema") if isinstance(media, dict) else None
            schema_loc = (loc[0], pointers.join(loc[1], "content", media_type or "", "schema"))
            if media_type is not None and is_json(media_type):
                style = JSON_STYLE  # Zulip's `narrow`: the value is sent as its JSON text
        type_ref = schemas.convert_repeated(schema, schema_loc, (base, name), "parameter") if schema is not None else TypeRef(t.ANY)
        resolved_schema, _ = spec.deref(schema, schema_loc) if schema is not None else ({}, schema_loc)
        result.append(
            Parameter(
                name=name,
                py_name=held if held is not None else naming.unique(naming.argument_name(naming.field_name(name, schemas.field_rule)), taken),
                location=location,
                type=type_ref,
                required=param.get("required") is True or location == "path",  # see validate: a MUST with one reading
                style=style,
                explode=param.get("explode", style == "form") is True,
                description=_text(param.get("description")),
                deprecated=param.get("deprecated") is True,
                default=resolved_schema.get("default") if isinstance(resolved_schema, dict) else None,
                has_default=isinstance(resolved_schema, dict) and "default" in resolved_schema,
                constraints=constraints_of(resolved_schema),
            )
        )
    order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
    return sorted(result, key=lambda p: order[p.location])


# header parameters OpenAPI has their definitions ignored (PagerDuty declares both on all 465
# operations: every call took `accept=` and `content_type=`)
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


_Declared = dict[tuple[str, str], tuple[dict[str, Any], Location, Location]]


def _spread_objects(spec: Spec, by_key: _Declared) -> _Declared:
    """An object query parameter in the `form` style, exploded, is its properties on the wire
    (`?filter_by=...&batch_size=...`): each becomes a parameter of its own, as the method's
    keyword arguments (Typesense's `documents.search(name, q=..., query_by=...)`, not
    `search_parameters={...}`), when its name says it is a bag of parameters: OpenAI's
    `effective_at={"gt": ...}` reads better than a `gt=`. One whose properties would clash with
    another parameter stays whole."""
    spread: _Declared = {}
    for (name, location), (param, loc, schema_loc) in by_key.items():
        schema = param.get("schema")
        resolved, resolved_loc = spec.deref(schema, schema_loc) if isinstance(schema, dict) else ({}, schema_loc)
        resolved = resolved if isinstance(resolved, dict) else {}
        properties = resolved.get("properties")
        if (
            location != "query"
            or not _is_bag(name)
            or (param.get("style") or "form") != "form"
            or param.get("explode") is False
            or not isinstance(properties, dict)
            or not properties
            or resolved.get("additionalProperties") not in (None, False)
            or not _COMBINES.isdisjoint(resolved)
            or not all(isinstance(key, str) for key in properties)
            or any((key, "query") in by_key or (key, "query") in spread for key in properties)
        ):
            spread[(name, location)] = (param, loc, schema_loc)
            continue
        required = resolved["required"] if isinstance(resolved.get("required"), list) else []
        inside = pointers.join(resolved_loc[1], "properties")
        for key, sub in properties.items():
            sub_loc = (resolved_loc[0], pointers.join(inside, key))
            sub_schema = spec.deref(sub, sub_loc)[0] if isinstance(sub, dict) else {}
            described = sub_schema.get("description") if isinstance(sub_schema, dict) else None
            own = {"name": key, "in": "query", "schema": sub, "required": param.get("required") is True and key in required}
            if isinstance(described, str):
                own["description"] = described
            spread[(key, "query")] = (own, loc, sub_loc)
    return spread


_COMBINES = frozenset({"allOf", "oneOf", "anyOf", "not"})
_BAG_WORDS = frozenset({"parameters", "params", "options", "query", "arguments", "args"})


def _is_bag(name: str) -> bool:
    said = naming.words(name)
    return bool(said) and said[-1].lower() in _BAG_WORDS


def _declared(
    spec: Spec, item: dict[str, Any], operation: dict[str, Any], pointer: str, item_source: str
) -> Iterator[tuple[dict[str, Any], Location]]:
    """The parameter objects the path item and then the operation declare, each with its place."""
    item_file, item_ptr = located(item_source)
    for owner, (file, owner_ptr) in ((item, (item_file, item_ptr.rsplit("/", 1)[0])), (operation, located(pointer))):
        for index, raw in enumerate(owner.get("parameters") or []):
            yield spec.deref(raw, (file, pointers.join(owner_ptr, "parameters", index)))


def media_headers(spec: Spec, item: dict[str, Any], operation: dict[str, Any], pointer: str, item_source: str) -> dict[str, str]:
    """The one value each required `Accept` or `Content-Type` header parameter allows (its
    default, or its enum's only value): PagerDuty's `application/vnd.pagerduty+json;version=2`."""
    found: dict[str, str] = {}
    for param, loc in _declared(spec, item, operation, pointer, item_source):
        name = str(param["name"]).lower()
        if param["in"] != "header" or name not in ("accept", "content-type") or param.get("required") is not True:
            continue
        schema = param.get("schema")
        schema = spec.deref(schema, (loc[0], pointers.join(loc[1], "schema")))[0] if isinstance(schema, dict) else {}
        values = schema.get("enum") if isinstance(schema, dict) else None
        value = schema.get("default") if isinstance(schema, dict) else None
        if not isinstance(value, str) and isinstance(values, list) and len(values) == 1:
            value = values[0]
        if isinstance(value, str) and value.strip() and "\n" not in value and "\r" not in value:
            found[name] = value.strip()
    return found


def located(source: str) -> Location:
    """(file, pointer) of an operation's source, "FILE#POINTER" or "#POINTER"."""
    file, _, fragment = source.partition("#")
    return file, "#" + fragment


__all__ = ["JSON_STYLE", "RESERVED_ARGS", "located", "media_headers", "parameters_of"]


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
