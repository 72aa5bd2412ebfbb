"""Builds valid JSON payloads for IR types: the test oracle for parsing and union resolution."""

from __future__ import annotations

import re
from typing import Any

from generator.ir import Api, TypeRef
from generator.ir import types as t

_STRING_SAMPLES = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "time": "07:08:09",
    "email": "driver@example.com",
    "uri": "https://example.com/a",
    "url": "https://example.com/a",
    "uuid": "0194db65-2791-70ae-9575-89959f57d915",
    "decimal": "12.5",
}


def sample(
    api: Api,
    ref: TypeRef | None,
    depth: int = 0,
    overrides: dict[str, Any] | None = None,
    constraints: dict[str, Any] | None = None,
    request: bool = False,
) -> Any:
    """A maximal valid value: every property present (down to a depth, for recursion).

    With `request=True` it is a request payload: readOnly properties are left out.
    """
    if ref is None:
        return None
    if ref.kind == t.PRIMITIVE:
        return _primitive(ref, constraints or {})
    if ref.kind == t.ENUM:
        return api.enums[str(ref.name)].values[0]
    if ref.kind == t.LIST:
        return [sample(api, ref.item, depth + 1, request=request)]
    if ref.kind == t.MAP:
        return {"key": sample(api, ref.item, depth + 1, request=request)} if ref.item and ref.item.kind != t.ANY else {"key": "value"}
    if ref.kind == t.MODEL:
        model = api.models[str(ref.name)]
        payload = {}
        for field in model.fields:
            if (depth > 6 and not field.required) or (request and field.read_only) or (not request and field.write_only):
                continue
            payload[field.name] = sample(api, field.type, depth + 1, constraints=field.constraints, request=request)
        payload.update(overrides or {})
        return payload
    if ref.kind == t.UNION:
        union = api.unions[str(ref.name)]
        return variant_sample(api, union.name, 0, depth, request=request)
    if ref.kind == t.LITERAL:
        return ref.value
    return "anything"


def variant_sample(api: Api, union_name: str, index: int, depth: int = 0, request: bool = False) -> Any:
    """A valid payload of one variant, carrying that variant's tag when the union uses one."""
    union = api.unions[union_name]
    variant = union.variants[index]
    overrides = {}
    if union.discriminator and variant.tags:
        overrides[union.discriminator] = variant.tags[0]
    if variant.type.kind == t.UNION:
        nested = api.unions[str(variant.type.name)]
        value = variant_sample(api, nested.name, 0, depth + 1, request=request)
        if isinstance(value, dict):
            value.update(overrides)
        return value
    if variant.type.kind == t.ENUM:
        enum = api.enums[str(variant.type.name)]
        earlier = {repr(v) for other in union.variants[:index] if other.type.kind == t.ENUM for v in api.enums[str(other.type.name)].values}
        return next((v for v in enum.values if repr(v) not in earlier), enum.values[0])
    return sample(api, variant.type, depth, overrides, request=request)


_PATTERN_CANDIDATES = ("12:30", "12:30:45", "AB", "ABC", "1234", "text", "a1", "2024-05-06", "+359888123456")


def _matching(pattern: str) -> str:
    """A string that matches `pattern`: a known shape if one fits, else one hypothesis builds."""
    for candidate in _PATTERN_CANDIDATES:
        if re.search(pattern, candidate):
            return candidate
    from hypothesis import strategies

    return str(strategies.from_regex(pattern, fullmatch=True).example())


def _primitive(ref: TypeRef, constraints: dict[str, Any]) -> Any:
    if ref.primitive == "string":
        if isinstance(constraints.get("pattern"), str):
            return _matching(constraints["pattern"])
        text = _STRING_SAMPLES.get(ref.format or "", "text")
        if ref.format not in _STRING_SAMPLES:
            text = text.ljust(int(constraints.get("minLength", 0)), "x")[: int(constraints.get("maxLength", 10**6))]
        return text
    low, high = constraints.get("minimum"), constraints.get("maximum")
    if ref.primitive == "integer":
        value = 7
    elif ref.primitive == "number":
        value = 2.5
    else:
        return True
    if high is not None and value > high:
        value = high
    if low is not None and value < low:
        value = low
    return int(value) if ref.primitive == "integer" else value
