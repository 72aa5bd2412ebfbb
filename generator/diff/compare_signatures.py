"""One operation's signature: parameters (SDK arguments), request body (`body`) and responses."""

from __future__ import annotations

from generator import pointers
from generator.diff.context import DiffContext
from generator.diff.model import REQUEST, RESPONSE, Change
from generator.diff.type_changes import type_changes
from generator.diff.typerefs import SAME, describe
from generator.emit.pytypes import named_refs
from generator.ir import Operation, Parameter, Response
from generator.parser.pagination import primary_response

_REQUEST = frozenset({REQUEST})
_RESPONSE = frozenset({RESPONSE})


def accessor(op: Operation) -> str:
    return f"{op.resource}.{op.method_name}"


def primary_status(op: Operation) -> str | None:
    success = sorted(r.status for r in op.responses if r.status.startswith("2"))
    return success[0] if success else None


def compare_parameters(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    changes: list[Change] = []
    name = accessor(new)
    before = {(p.location, p.name): p for p in old.parameters}
    after = {(p.location, p.name): p for p in new.parameters}
    pairs = [(before[key], after[key]) for key in before if key in after]
    came = {(p.location, p.py_name): p for key, p in after.items() if key not in before}
    for key, p in before.items():
        if key in after:
            continue
        twin = came.pop((p.location, p.py_name), None)
        if twin is not None:  # renamed on the wire only: the SDK argument stays
            pairs.append((p, twin))
            changes.append(
                Change(
                    "parameter.wire_name_changed",
                    f"{name}({p.py_name})",
                    f"{name}({p.py_name}): {p.location} parameter {p.name!r} is now sent as {twin.name!r}",
                    new.source,
                    p.name,
                    twin.name,
                    facts={"location": p.location},
                )
            )
            continue
        changes.append(
            Change(
                "parameter.removed",
                f"{name}({p.py_name})",
                f"{name}: {p.location} parameter {p.name!r} was removed",
                old.source,
                p.py_name,
                None,
                facts={"required": p.required, "location": p.location, "old_refs": named_refs(p.type)},
            )
        )
    for p in came.values():
        changes.append(
            Change(
                "parameter.added",
                f"{name}({p.py_name})",
                f"{name}: new {'required' if p.required else 'optional'} {p.location} parameter {p.name!r}",
                new.source,
                None,
                p.py_name,
                facts={"required": p.required, "location": p.location, "new_refs": named_refs(p.type)},
            )
        )
    for old_param, new_param in pairs:
        changes += _parameter_pair(ctx, name, new.source, old_param, new_param)
    old_order = [p.name for p in old.parameters if p.location == "path" and ("path", p.name) in after]
    new_order = [p.name for p in new.parameters if p.location == "path" and ("path", p.name) in before]
    if old_order != new_order:
        changes.append(
            Change(
                "parameter.reordered",
                name,
                f"{name}: positional arguments reordered {old_order} -> {new_order}",
                new.source,
                old_order,
                new_order,
            )
        )
    return changes


def _parameter_pair(ctx: DiffContext, name: str, pointer: str, old: Parameter, new: Parameter) -> list[Change]:
    subject = f"{name}({new.py_name})"
    changes = []
    if old.required != new.required:
        event = "became_required" if new.required else "became_optional"
        changes.append(
            Change(
                f"parameter.{event}",
                subject,
                f"{subject}: {new.location} parameter {new.name!r} is now {'required' if new.required else 'optional'}",
                pointer,
                old.required,
                new.required,
                facts={"location": new.location},
            )
        )
    if old.py_name != new.py_name:
        changes.append(
            Change(
                "parameter.renamed",
                subject,
                f"{name}: argument {old.py_name} is now {new.py_name} (wire name {new.name!r})",
                pointer,
                old.py_name,
                new.py_name,
            )
        )
    if new.deprecated and not old.deprecated:
        changes.append(Change("parameter.deprecated", subject, f"{subject}: now deprecated", pointer))
    changes += type_changes(
        ctx, "parameter", subject, old.type, new.type, _REQUEST, pointer, {"location": new.location}
    )
    return changes


def compare_request_body(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    subject = f"{accessor(new)}(body)"
    before, after = old.request_body, new.request_body
    pointer = pointers.join(new.source, "requestBody")
    if before is None and after is None:
        return []
    if before is None:
        assert after is not None
        return [
            Change(
                "request_body.added",
                subject,
                f"{subject}: now takes a {'required' if after.required else 'optional'} body",
                pointer,
                None,
                after.content_type,
                facts={"required": after.required, "new_refs": named_refs(after.type)},
            )
        ]
    if after is None:
        return [
            Change(
                "request_body.removed",
                subject,
                f"{subject}: no longer takes a body",
                pointers.join(old.source, "requestBody"),
                before.content_type,
                None,
                facts={"required": before.required, "old_refs": named_refs(before.type)},
            )
        ]
    changes = []
    if before.required != after.required:
        event = "became_required" if after.required else "became_optional"
        changes.append(
            Change(
                f"request_body.{event}",
                subject,
                f"{subject}: the body is now {'required' if after.required else 'optional'}",
                pointer,
                before.required,
                after.required,
            )
        )
    if before.content_type != after.content_type:
        changes.append(
            Change(
                "request_body.content_type_changed",
                subject,
                f"{subject}: media type {before.content_type} -> {after.content_type}",
                pointer,
                before.content_type,
                after.content_type,
            )
        )
    changes += type_changes(ctx, "request_body", subject, before.type, after.type, _REQUEST, pointer)
    return changes


def _by_status(op: Operation) -> dict[str, Response]:
    """Each status's first response: the events of a JSON-or-events answer come after it
    (see parser.operations), and the SDK returns the JSON unless the call asks for events."""
    found: dict[str, Response] = {}
    for response in op.responses:
        found.setdefault(response.status, response)
    return found


def compare_responses(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    name = accessor(new)
    before, after = _by_status(old), _by_status(new)
    old_primary, new_primary = primary_status(old), primary_status(new)
    changes = []
    for status, response in before.items():
        if status not in after:
            changes.append(
                Change(
                    "response.removed",
                    f"{name} -> {status}",
                    f"{name}: response {status} was removed",
                    pointers.join(old.source, "responses", status),
                    status,
                    None,
                    facts={"status": status, "primary": status == old_primary, "old_refs": named_refs(response.type)},
                )
            )
    for status, response in after.items():
        if status not in before:
            changes.append(
                Change(
                    "response.added",
                    f"{name} -> {status}",
                    f"{name}: new response {status}",
                    pointers.join(new.source, "responses", status),
                    None,
                    status,
                    facts={"status": status, "primary": status == new_primary, "new_refs": named_refs(response.type)},
                )
            )
    for status in sorted(before.keys() & after.keys()):
        b, a = before[status], after[status]
        subject = f"{name} -> {status}"
        pointer = pointers.join(new.source, "responses", status)
        facts = {"status": status, "primary": status == old_primary == new_primary}
        if (b.content_type or None) != (a.content_type or None):
            changes.append(
                Change(
                    "response.content_type_changed",
                    subject,
                    f"{subject}: media type {b.content_type} -> {a.content_type}",
                    pointer,
                    b.content_type,
                    a.content_type,
                    facts=facts,
                )
            )
        changes += type_changes(ctx, "response", subject, b.type, a.type, _RESPONSE, pointer, facts)
    if old_primary != new_primary:
        changes += _return_type(ctx, old, new)
    return changes


def _return_type(ctx: DiffContext, old: Operation, new: Operation) -> list[Change]:
    """The SDK returns the first 2xx response's type; another first 2xx status may change it."""
    name = accessor(new)
    before, after = primary_response(old), primary_response(new)
    relation = ctx.types.relation(before, after)
    nullable = before is not None and after is not None and before.nullable != after.nullable
    if relation == SAME and not nullable:
        return []
    return [
        Change(
            "operation.return_type_changed",
            name,
            f"{name}: returns {describe(after)} instead of {describe(before)} "
            f"(first 2xx response {primary_status(old)} -> {primary_status(new)})",
            new.source,
            describe(before),
            describe(after),
            facts={
                "relation": relation,
                "became_nullable": bool(nullable and after is not None and after.nullable),
                "old_refs": named_refs(before),
                "new_refs": named_refs(after),
            },
        )
    ]
