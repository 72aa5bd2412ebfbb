"""A model's fields across two versions: added, removed, renamed, retyped, required or not."""

from __future__ import annotations

from generator import pointers
from generator.diff.context import DiffContext
from generator.diff.model import Change
from generator.diff.type_changes import type_changes
from generator.diff.usage import BOTH, Directions, field_directions
from generator.emit.pytypes import named_refs
from generator.ir import Field, ModelDef


def model_fields(ctx: DiffContext, old: ModelDef, new: ModelDef) -> list[Change]:
    model_directions, unused = ctx.directions(old.name, new.name)
    before = {f.name: f for f in old.fields}
    after = {f.name: f for f in new.fields}
    pairs = [(before[w], after[w]) for w in before if w in after]
    gone = [f for w, f in before.items() if w not in after]
    came = {f.py_name: f for w, f in after.items() if w not in before}
    changes = []
    for f in gone:
        twin = came.pop(f.py_name, None)
        if twin is not None:  # renamed on the wire only: the Python attribute stays
            pairs.append((f, twin))
            subject = f"{new.name}.{f.py_name}"
            changes.append(
                Change(
                    "field.wire_name_changed",
                    subject,
                    f"{subject}: wire name {f.name!r} -> {twin.name!r}",
                    _field_pointer(new, twin.name),
                    f.name,
                    twin.name,
                    facts={
                        "directions": sorted(_field_directions(model_directions, unused, f, twin)),
                        "unused": unused,
                    },
                )
            )
            continue
        subject = f"{new.name}.{f.py_name}"
        changes.append(
            Change(
                "field.removed",
                subject,
                f"{subject}: field {f.name!r} was removed",
                _field_pointer(old, f.name),
                f.py_name,
                None,
                facts={
                    "directions": sorted(_field_directions(model_directions, unused, f, f)),
                    "unused": unused,
                    "required": f.required,
                    "old_refs": named_refs(f.type),
                },
            )
        )
    for f in came.values():
        subject = f"{new.name}.{f.py_name}"
        required = f.required  # on the wire: a required write-only field must be sent all the same
        changes.append(
            Change(
                "field.added",
                subject,
                f"{subject}: new {'required' if f.required else 'optional'} field {f.name!r}",
                _field_pointer(new, f.name),
                None,
                f.py_name,
                facts={
                    "directions": sorted(_field_directions(model_directions, unused, f, f)),
                    "unused": unused,
                    "required": required,
                    "new_refs": named_refs(f.type),
                },
            )
        )
    for old_field, new_field in pairs:
        directions = _field_directions(model_directions, unused, old_field, new_field)
        changes += _field_pair(ctx, new, old_field, new_field, directions, unused)
    return changes


def _field_directions(model_directions: Directions, unused: bool, old: Field, new: Field) -> Directions:
    if unused:
        return BOTH
    return field_directions(model_directions, old.read_only and new.read_only, old.write_only and new.write_only)


def _field_pointer(model: ModelDef, wire: str) -> str:
    return pointers.join(model.source, "properties", wire)


def _field_pair(
    ctx: DiffContext, model: ModelDef, old: Field, new: Field, directions: Directions, unused: bool
) -> list[Change]:
    subject = f"{model.name}.{new.py_name}"
    pointer = _field_pointer(model, new.name)
    facts = {"directions": sorted(directions), "unused": unused}
    changes = []
    if old.required != new.required:
        event = "became_required" if new.required else "became_optional"
        changes.append(
            Change(
                f"field.{event}",
                subject,
                f"{subject}: now {'required' if new.required else 'optional'}",
                pointer,
                old.required,
                new.required,
                facts=facts,
            )
        )
    if old.py_name != new.py_name:
        changes.append(
            Change(
                "field.renamed",
                subject,
                f"{model.name}: attribute {old.py_name} is now {new.py_name} (wire name {new.name!r})",
                pointer,
                old.py_name,
                new.py_name,
            )
        )
    if new.deprecated and not old.deprecated:
        changes.append(Change("field.deprecated", subject, f"{subject}: now deprecated", pointer))
    changes += type_changes(ctx, "field", subject, old.type, new.type, directions, pointer, {"unused": unused})
    return changes
