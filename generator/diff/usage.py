"""Which way each definition travels: in requests (the client sends it), responses, or both.

The same change means different things by direction: a new required field breaks callers
in a request model but is harmless in a response model. A read-only field is never sent,
so what it leads to does not travel in requests; a write-only one never comes back.
"""

from __future__ import annotations

from generator.diff.model import REQUEST, RESPONSE
from generator.emit.pytypes import named_refs
from generator.ir import Api, TypeRef

Directions = frozenset[str]
BOTH: Directions = frozenset({REQUEST, RESPONSE})


def definition_directions(api: Api) -> dict[str, Directions]:
    """{class name: directions}; definitions no operation reaches are absent."""
    found: dict[str, set[str]] = {}
    for op in api.operations:
        request_refs: list[TypeRef | None] = [p.type for p in op.parameters]
        if op.request_body is not None:
            request_refs.append(op.request_body.type)
        response_refs: list[TypeRef | None] = [r.type for r in op.responses]
        response_refs += [h.type for r in op.responses for h in r.headers]
        _walk(api, request_refs, REQUEST, found)
        _walk(api, response_refs, RESPONSE, found)
    return {name: frozenset(directions) for name, directions in found.items()}


def _walk(api: Api, roots: list[TypeRef | None], direction: str, found: dict[str, set[str]]) -> None:
    stack = [name for ref in roots for name in named_refs(ref)]
    while stack:
        name = stack.pop()
        seen = found.setdefault(name, set())
        if direction in seen:
            continue
        seen.add(direction)
        if name in api.models:
            model = api.models[name]
            for f in model.fields:
                if (direction == REQUEST and f.read_only) or (direction == RESPONSE and f.write_only):
                    continue
                stack.extend(named_refs(f.type))
            stack.extend(named_refs(model.additional))
        elif name in api.unions:
            for variant in api.unions[name].variants:
                stack.extend(named_refs(variant.type))


def field_directions(model_directions: Directions, read_only: bool, write_only: bool) -> Directions:
    directions = set(model_directions)
    if read_only:
        directions.discard(REQUEST)
    if write_only:
        directions.discard(RESPONSE)
    return frozenset(directions)
