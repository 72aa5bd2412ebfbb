"""Recognises list operations that the SDK can page through automatically."""

from __future__ import annotations

from generator.ir import Api, Operation, TypeRef
from generator.ir import types as t


def primary_response(op: Operation) -> TypeRef | None:
    success = sorted((r for r in op.responses if r.status.startswith("2")), key=lambda r: r.status)
    return success[0].type if success else None


def page_item(api: Api, op: Operation) -> TypeRef | None:
    """The item type of `data` when the operation returns a pageable envelope."""
    ref = primary_response(op)
    if ref is None or ref.kind != t.MODEL or ref.name not in api.models:
        return None
    data = next((f for f in api.models[ref.name].fields if f.name == "data"), None)
    if data is None or data.type.kind != t.LIST:
        return None
    return data.type.item


def detect_pagination(api: Api) -> None:
    for op in api.operations:
        if op.method != "get" or page_item(api, op) is None:
            continue
        names = {p.name for p in op.parameters if p.location == "query"}
        if "cursor" in names:
            op.pagination = "cursor"
        elif "page" in names:
            op.pagination = "page"
