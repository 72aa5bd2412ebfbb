"""The changes one type position can show: type, format and nullability.

Used for parameters, bodies, responses and fields alike: `prefix` names the position
("field", "parameter", ...), `directions` say which way values travel through it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.diff.context import DiffContext
from generator.diff.model import Change
from generator.diff.typerefs import FORMAT, SAME, SAME_SHAPE, describe, python_type
from generator.diff.usage import Directions
from generator.emit.pytypes import named_refs
from generator.ir import TypeRef


def type_changes(
    ctx: DiffContext,
    prefix: str,
    subject: str,
    old: TypeRef | None,
    new: TypeRef | None,
    directions: Directions,
    pointer: str,
    facts: dict[str, Any] | None = None,
) -> list[Change]:
    base = {"directions": sorted(directions), **(facts or {})}
    relation = ctx.types.relation(old, new)
    changes = []
    if relation == FORMAT:
        python_changed = python_type(_plain(old)) != python_type(_plain(new))
        changes.append(
            Change(
                f"{prefix}.format_changed",
                subject,
                f"{subject}: format {describe(_plain(old))} -> {describe(_plain(new))}",
                pointer,
                describe(old),
                describe(new),
                facts={**base, "python_changed": python_changed},
            )
        )
    elif relation != SAME:
        changes.append(
            Change(
                f"{prefix}.type_changed",
                subject,
                f"{subject}: type {describe(_plain(old))} -> {describe(_plain(new))}"
                + (" (same wire shape)" if relation == SAME_SHAPE else ""),
                pointer,
                describe(old),
                describe(new),
                facts={**base, "relation": relation, "old_refs": named_refs(old), "new_refs": named_refs(new)},
            )
        )
    if old is not None and new is not None and old.nullable != new.nullable:
        event = "became_nullable" if new.nullable else "became_non_nullable"
        changes.append(
            Change(
                f"{prefix}.{event}",
                subject,
                f"{subject}: {'may now be null' if new.nullable else 'may no longer be null'}",
                pointer,
                old.nullable,
                new.nullable,
                facts=base,
            )
        )
    return changes


def _plain(ref: TypeRef | None) -> TypeRef | None:
    return dataclasses.replace(ref, nullable=False) if ref is not None and ref.nullable else ref
