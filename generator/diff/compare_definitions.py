"""Models and their fields, enums and their values, unions and their variants."""

from __future__ import annotations

from functools import partial
from typing import Any

from generator import naming
from generator.diff.compare_fields import model_fields
from generator.diff.context import DiffContext
from generator.diff.matching import Matching
from generator.diff.model import Change
from generator.diff.typerefs import describe
from generator.emit.plan import dependencies
from generator.emit.pytypes import named_refs
from generator.ir import EnumDef, TypeRef, UnionDef
from generator.ir import types as t


def compare_definitions(ctx: DiffContext) -> list[Change]:
    changes: list[Change] = []
    for kind, matching, old_table, new_table in (
        ("model", ctx.models, ctx.old.models, ctx.new.models),
        ("enum", ctx.enums, ctx.old.enums, ctx.new.enums),
        ("union", ctx.unions, ctx.old.unions, ctx.new.unions),
    ):
        changes += _presence(kind, matching, old_table, new_table)
    # An enum that is not a component is written inline as Literal[...]: its name is nobody's
    # to import, so only its values are the SDK's (a class it appeared in shows the rest).
    changes = [c for c in changes if not (c.kind.startswith("enum.") and not _public_enum(ctx, c.subject))]
    for old_name, new_name in ctx.models.pairs.items():
        old_model, new_model = ctx.old.models[old_name], ctx.new.models[new_name]
        if not ctx.unchanged(old_model.fields, new_model.fields, partial(dependencies, ctx.old, old_name)):
            changes += model_fields(ctx, old_model, new_model)
    for old_name, new_name in ctx.enums.pairs.items():
        old_enum, new_enum = ctx.old.enums[old_name], ctx.new.enums[new_name]
        if (old_enum.values, old_enum.value_type) != (new_enum.values, new_enum.value_type):
            changes += _enum_values(ctx, old_enum, new_enum)
    for old_name, new_name in ctx.unions.pairs.items():
        old_union, new_union = ctx.old.unions[old_name], ctx.new.unions[new_name]
        if not ctx.unchanged(old_union.variants, new_union.variants, partial(dependencies, ctx.old, old_name)) or (
            (old_union.strategy, old_union.discriminator) != (new_union.strategy, new_union.discriminator)
        ):
            changes += _union_variants(ctx, old_union, new_union)
    return changes


def _public_enum(ctx: DiffContext, name: str) -> bool:
    enum = ctx.new.enums.get(name) or ctx.old.enums.get(name)
    return enum is not None and enum.origin == "component"


def _presence(kind: str, matching: Matching, old_table: dict[str, Any], new_table: dict[str, Any]) -> list[Change]:
    changes = []
    for name in matching.removed:
        source = old_table[name].source
        changes.append(
            Change(f"{kind}.removed", name, f"{kind} {name} was removed", source, name, None, facts={"source": source})
        )
    for name in matching.added:
        source = new_table[name].source
        changes.append(
            Change(f"{kind}.added", name, f"new {kind} {name}", source, None, name, facts={"source": source})
        )
    for old_name, new_name in matching.pairs.items():
        after = new_table[new_name]
        if old_name != new_name:
            changes.append(
                Change(
                    f"{kind}.renamed",
                    new_name,
                    f"{kind} {old_name} is now {new_name} (same schema)",
                    after.source,
                    old_name,
                    new_name,
                )
            )
    return changes


def module_moves(ctx: DiffContext) -> list[Change]:
    """Classes now generated into another module; needs `assign_modules` run on both Apis."""
    changes = []
    for kind, matching, old_table, new_table in (
        ("model", ctx.models, ctx.old.models, ctx.new.models),
        ("enum", ctx.enums, ctx.old.enums, ctx.new.enums),
        ("union", ctx.unions, ctx.old.unions, ctx.new.unions),
    ):
        for old_name, new_name in matching.pairs.items():
            before, after = old_table[old_name].module, new_table[new_name].module
            if kind == "enum" and not _public_enum(ctx, new_name):
                continue
            if before and after and before != after:
                changes.append(
                    Change(
                        f"{kind}.module_changed",
                        new_name,
                        f"{new_name} moved from types/{before}.py to types/{after}.py",
                        new_table[new_name].source,
                        before,
                        after,
                    )
                )
    return changes


# -- enums ----------------------------------------------------------------------------------
def _enum_values(ctx: DiffContext, old: EnumDef, new: EnumDef) -> list[Change]:
    directions, unused = ctx.directions(old.name, new.name)
    facts = {"directions": sorted(directions), "unused": unused}
    changes = []
    if old.value_type != new.value_type:
        changes.append(
            Change(
                "enum.type_changed",
                new.name,
                f"enum {new.name}: values are {new.value_type}, were {old.value_type}",
                new.source,
                old.value_type,
                new.value_type,
                facts=facts,
            )
        )
    old_members, new_members = _members(old), _members(new)
    for key, (value, member) in old_members.items():
        if key not in new_members:
            changes.append(
                Change(
                    "enum.value_removed",
                    new.name,
                    f"enum {new.name}: value {value!r} ({new.name}.{member}) was removed",
                    new.source,
                    value,
                    None,
                    facts=facts,
                )
            )
    for key, (value, member) in new_members.items():
        if key not in old_members:
            changes.append(
                Change(
                    "enum.value_added",
                    new.name,
                    f"enum {new.name}: new value {value!r} ({new.name}.{member})",
                    new.source,
                    None,
                    value,
                    facts=facts,
                )
            )
        elif old_members[key][1] != member:
            was = old_members[key][1]
            changes.append(
                Change(
                    "enum.member_renamed",
                    new.name,
                    f"enum {new.name}: member {was} is now {member} (value {value!r})",
                    new.source,
                    was,
                    member,
                    facts=facts,
                )
            )
    return changes


def _members(enum: EnumDef) -> dict[tuple[str, str], tuple[Any, str]]:
    """{(type, repr) of value: (value, Python member name)}, as the emitter names members."""
    taken: set[str] = set()
    return {(type(v).__name__, repr(v)): (v, naming.unique(naming.enum_member(v), taken)) for v in enum.values}


# -- unions ---------------------------------------------------------------------------------
def _union_variants(ctx: DiffContext, old: UnionDef, new: UnionDef) -> list[Change]:
    directions, unused = ctx.directions(old.name, new.name)
    facts: dict[str, Any] = {"directions": sorted(directions), "unused": unused}
    renamed = ctx.types.renamed
    before = {_variant_key(v.type, renamed): v.type for v in old.variants}
    after = {_variant_key(v.type, None): v.type for v in new.variants}
    changes = []
    for key, ref in before.items():
        if key not in after:
            changes.append(
                Change(
                    "union.variant_removed",
                    new.name,
                    f"union {new.name}: variant {describe(ref)} was removed",
                    new.source,
                    describe(ref),
                    None,
                    facts={**facts, "old_refs": named_refs(ref)},
                )
            )
    for key, ref in after.items():
        if key not in before:
            changes.append(
                Change(
                    "union.variant_added",
                    new.name,
                    f"union {new.name}: new variant {describe(ref)}",
                    new.source,
                    None,
                    describe(ref),
                    facts={**facts, "new_refs": named_refs(ref)},
                )
            )
    old_rule = (old.strategy, old.discriminator)
    new_rule = (new.strategy, new.discriminator)
    if old_rule != new_rule:
        changes.append(
            Change(
                "union.strategy_changed",
                new.name,
                f"union {new.name}: variants told apart by {_rule(*new_rule)}, was {_rule(*old_rule)}",
                new.source,
                _rule(*old_rule),
                _rule(*new_rule),
                facts=facts,
            )
        )
    return changes


def _variant_key(ref: TypeRef, renamed: dict[str, str] | None) -> str:
    if ref.kind in (t.MODEL, t.ENUM, t.UNION) and ref.name:
        name = ref.name if renamed is None else renamed.get(ref.name, f"<removed {ref.name}>")
        return f"{ref.kind}:{name}"
    return describe(ref)


def _rule(strategy: str, discriminator: str | None) -> str:
    return f"{strategy} ({discriminator})" if discriminator else strategy
