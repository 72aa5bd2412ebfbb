"""Short, runnable usage examples for the docs: minimal valid arguments for each operation."""

from __future__ import annotations

import re
from typing import Any

from generator.emit import text
from generator.emit.arguments import body_keywords, has_scalar_default
from generator.emit.pattern_example import matching
from generator.ir import Api, Operation, Parameter, TypeRef
from generator.ir import types as t
from generator.parser.pagination import primary_response

_FORMATS = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "time": "07:08:09",
    "email": "driver@example.com",
    "uri": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "0194db65-2791-70ae-9575-89959f57d915",
}
_PATTERN_CANDIDATES = ("12:30", "12:30:45", "AB", "ABC", "1234", "abc", "2024-05-06")


def minimal_value(api: Api, ref: TypeRef | None, constraints: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """The smallest value that satisfies the schema: required fields only, first enum value."""
    constraints = constraints or {}
    if ref is None or depth > 8:
        return None
    if ref.kind == t.PRIMITIVE:
        return _primitive(ref, constraints)
    if ref.kind == t.ENUM:
        return api.enums[str(ref.name)].values[0]
    if ref.kind == t.LIST:
        count = _length(constraints.get("minItems")) or 0
        item = minimal_value(api, ref.item, None, depth + 1)
        if isinstance(item, str) and count > 1:  # PagerDuty's `minItems: 2`; distinct, for `uniqueItems`
            return [item] + [f"{item}{index}" for index in range(1, count)]
        return [item] * count
    if ref.kind == t.MAP:
        return {}
    if ref.kind == t.MODEL:
        model = api.models[str(ref.name)]
        return {
            f.name: f.example if _fits(f.example, f.type, f.constraints) else minimal_value(api, f.type, f.constraints, depth + 1)
            for f in model.fields
            if f.required and not f.read_only
        }
    if ref.kind == t.UNION:
        union = api.unions[str(ref.name)]
        variant = next((v for v in union.variants if v.tags and not v.is_fallback), union.variants[0])
        value = minimal_value(api, variant.type, None, depth + 1)
        if isinstance(value, dict) and union.discriminator and variant.tags:
            allowed = _allowed_values(api, variant.type, union.discriminator)
            # a tag the property's enum takes (an implicit mapping's component name may not be one)
            value[union.discriminator] = next((tag for tag in variant.tags if allowed is None or tag in allowed), value.get(union.discriminator))
        return value
    return "value"


def _fits(example: Any, ref: TypeRef, constraints: dict[str, Any]) -> bool:
    """Whether a property's `example` (Hetzner's `name: my-server`, `server_type: cpx22`) is a
    value of its plain type within its constraints: the docs and tests then say it, not `"abc"`."""
    if example is None or ref.kind != t.PRIMITIVE or ref.format in _FORMATS or ref.format == "binary":
        return False
    if ref.primitive == "string":
        if not isinstance(example, str) or not example or len(example) > 60 or "\n" in example:
            return False
        shortest, longest = _length(constraints.get("minLength")) or 0, _length(constraints.get("maxLength"))
        pattern = constraints.get("pattern")
        return shortest <= len(example) and (longest is None or len(example) <= longest) and (
            not isinstance(pattern, str) or _matches(pattern, example)
        )
    if ref.primitive == "boolean":
        return isinstance(example, bool)
    if isinstance(example, bool) or not isinstance(example, (int, float)) or ref.primitive == "integer" and not isinstance(example, int):
        return False
    low, high = constraints.get("minimum"), constraints.get("maximum")
    return (not isinstance(low, (int, float)) or example >= low) and (not isinstance(high, (int, float)) or example <= high)


def _allowed_values(api: Api, ref: TypeRef, wire: str) -> list[Any] | None:
    """The values a model's property takes, when it is an enum or a literal."""
    model = api.models.get(str(ref.name)) if ref.kind == t.MODEL else None
    field = next((f for f in model.fields if f.name == wire), None) if model is not None else None
    if field is None:
        return None
    if field.type.kind == t.ENUM:
        return list(api.enums[str(field.type.name)].values)
    return [field.type.value] if field.type.kind == t.LITERAL else None


FILE_CONTENT = b"file content"  # an upload's example value (`format: binary`)


def _primitive(ref: TypeRef, constraints: dict[str, Any]) -> Any:
    if ref.primitive == "string" and ref.format == "binary":
        return FILE_CONTENT
    if ref.primitive == "string":
        shortest, longest = _length(constraints.get("minLength")), _length(constraints.get("maxLength"))
        pattern = constraints.get("pattern")
        if isinstance(pattern, str):
            found = matching(pattern, shortest or 0, longest)
            return found if found is not None else next((c for c in _PATTERN_CANDIDATES if _matches(pattern, c)), "abc")
        text = _FORMATS.get(ref.format or "", "abc").ljust(shortest or 0, "c")
        return text[:longest] if longest and ref.format not in _FORMATS else text
    if ref.primitive == "boolean":
        return True
    low = constraints.get("minimum")
    value = 1 if low is None else low
    return int(value) if ref.primitive == "integer" else float(value)


def _length(value: Any) -> int | None:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _matches(pattern: str, candidate: str) -> bool:
    try:
        return re.search(pattern, candidate) is not None
    except re.error:
        return False


def call_arguments(api: Api, op: Operation) -> str:
    args = [python_literal(_argument(api, p)) for p in op.parameters if p.location == "path"]
    for p in op.parameters:
        if p.location != "path" and p.required and not has_scalar_default(p):  # its default is sent
            args.append(f"{p.py_name}={python_literal(_argument(api, p))}")
    body = op.request_body
    if body is not None and body.type is not None and body.required:
        value = minimal_value(api, body.type)
        keywords = body_keywords(api, op, value)
        if keywords is None:
            args.append(f"body={python_literal(value)}")
        else:
            args += [f"{name}={python_literal(item)}" for name, item in keywords.items()]
    return ", ".join(args)


def _argument(api: Api, parameter: Parameter) -> Any:
    """A parameter's example value; a required list holds one item (an empty one is not sent),
    and a path's text one character (an empty segment is refused; Radarr's `/{path}`)."""
    constraints = parameter.constraints
    if parameter.type.kind == t.LIST and parameter.required and not constraints.get("minItems"):
        constraints = {**constraints, "minItems": 1}
    if parameter.location == "path" and not constraints.get("minLength"):
        constraints = {**constraints, "minLength": 1}
    return minimal_value(api, parameter.type, constraints)


def method_example(api: Api, op: Operation, package: str, client_name: str) -> str:
    call = f"client.{op.resource}.{op.method_name}({call_arguments(api, op)})"
    lines = [f"from {package} import {client_name}", "", f"client = {client_name}()  # reads {package.upper()}_API_TOKEN and the server from the environment"]
    if op.deprecated:
        lines[0] = "import warnings\n\n" + lines[0]
        lines.append('warnings.simplefilter("ignore", DeprecationWarning)  # this operation is deprecated')
    if op.pagination:
        lines += [f"page = {call}", "print(page.data, page.has_next_page())"]
    elif primary_response(op) is None:
        lines.append(call)
    else:
        lines += [f"result = {call}", "print(result)"]
    return "\n".join(lines)


def python_literal(value: Any) -> str:
    """A Python literal (double quotes, True/False/None) for JSON-like data."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{text.string(str(k))}: {python_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    if isinstance(value, str):
        return text.string(value)
    if isinstance(value, bytes):
        return "b" + text.string(value.decode("ascii"))
    return repr(value)
