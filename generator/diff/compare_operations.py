"""Operations: added, removed, deprecated, moved in the SDK, and their signatures."""

from __future__ import annotations

from functools import partial

from generator import pointers
from generator.diff.compare_signatures import (
    accessor,
    compare_parameters,
    compare_request_body,
    compare_responses,
)
from generator.diff.context import DiffContext
from generator.diff.matching import match_operations
from generator.diff.model import Change
from generator.emit.plan import operation_refs
from generator.ir import Api, Operation

Alternatives = frozenset[frozenset[str]]


def compare_operations(ctx: DiffContext) -> list[Change]:
    matching = match_operations(ctx.old.operations, ctx.new.operations)
    changes: list[Change] = []
    old_paths = {op.path for op in ctx.old.operations}
    new_paths = {op.path for op in ctx.new.operations}
    for op in matching.removed:
        changes.append(
            Change(
                "operation.removed",
                accessor(op),
                f"{_endpoint(op)} ({op.operation_id}) was removed",
                op.source,
                accessor(op),
                None,
                facts={"old_refs": operation_refs(op), "scopes": _scopes(op, new_paths)},
            )
        )
    for op in matching.added:
        changes.append(
            Change(
                "operation.added",
                accessor(op),
                f"new operation {_endpoint(op)} ({op.operation_id})",
                op.source,
                None,
                accessor(op),
                facts={"new_refs": operation_refs(op), "scopes": _scopes(op, old_paths)},
            )
        )
    for old, new in matching.pairs:
        if ctx.unchanged(old, new, partial(operation_refs, old)) and old.security is None:
            continue
        changes += _operation_pair(ctx, old, new)
        changes += compare_parameters(ctx, old, new)
        changes += compare_request_body(ctx, old, new)
        changes += compare_responses(ctx, old, new)
    return changes


def _endpoint(op: Operation) -> str:
    return f"{op.method.upper()} {op.path}"


def _scopes(op: Operation, other_paths: set[str]) -> list[str]:
    """Pointers under which inline schemas belong to this operation alone."""
    scopes = [op.source]
    if op.path not in other_paths:
        scopes.append(pointers.join("#/paths", op.path))
    return scopes


def _operation_pair(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    name = accessor(new)
    changes = []
    if (old.method, old.path) != (new.method, new.path):
        changes.append(
            Change(
                "operation.endpoint_changed",
                name,
                f"{name}: {_endpoint(old)} -> {_endpoint(new)}",
                new.source,
                _endpoint(old),
                _endpoint(new),
            )
        )
    if old.operation_id != new.operation_id:
        changes.append(
            Change(
                "operation.id_changed",
                name,
                f"{name}: operationId {old.operation_id} -> {new.operation_id}",
                new.source,
                old.operation_id,
                new.operation_id,
            )
        )
    if old.deprecated != new.deprecated:
        event = "deprecated" if new.deprecated else "undeprecated"
        text = "is now deprecated" if new.deprecated else "is no longer deprecated"
        changes.append(
            Change(
                f"operation.{event}",
                name,
                f"{name} ({_endpoint(new)}) {text}",
                new.source,
                old.deprecated,
                new.deprecated,
            )
        )
    if accessor(old) != accessor(new):
        changes.append(
            Change(
                "operation.accessor_changed",
                name,
                f"client.{accessor(old)}() is now client.{accessor(new)}() ({_endpoint(new)})",
                new.source,
                accessor(old),
                accessor(new),
                facts={"deprecated": new.deprecated},
            )
        )
    if old.pagination != new.pagination:
        changes.append(
            Change(
                "operation.pagination_changed",
                name,
                f"{name}: pagination {old.pagination or 'none'} -> {new.pagination or 'none'}",
                new.source,
                old.pagination,
                new.pagination,
                facts={"paged_before": old.pagination is not None, "paged_after": new.pagination is not None},
            )
        )
    changes += _security(ctx, old, new)
    return changes


def _security(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    if old.security is None and new.security is None:
        return []  # both follow the API-wide requirements, compared once for the whole API
    before = effective_security(ctx.old, old)
    after = effective_security(ctx.new, new)
    if before == after:
        return []
    name = accessor(new)
    return [
        Change(
            "operation.security_changed",
            name,
            f"{name}: security {describe_security(before)} -> {describe_security(after)}",
            pointers.join(new.source, "security"),
            describe_security(before),
            describe_security(after),
            facts={"old_alternatives": before, "new_alternatives": after},
        )
    ]


def effective_security(api: Api, op: Operation) -> Alternatives:
    if op.security is None:
        return requirement_alternatives(api.security)
    return frozenset(frozenset(str(k) for k in req) for req in op.security if isinstance(req, dict))


def requirement_alternatives(requirements: list[list[str]]) -> Alternatives:
    return frozenset(frozenset(req) for req in requirements)


def describe_security(alternatives: Alternatives) -> str:
    if not alternatives:
        return "none"
    parts = sorted(" + ".join(sorted(alt)) or "anonymous" for alt in alternatives)
    return " or ".join(parts)
