"""Comparing IR types across two versions: the same, wider, narrower, or something else.

Named types (models, enums, unions) are compared through the matching of definitions, so a
renamed class is still "the same type" here; its rename is reported on its own. Two classes
that are not matched but describe the same wire shape are SAME_SHAPE: nothing changes on
the wire, but SDK code naming the old class breaks.
"""

from __future__ import annotations

from generator.emit.pytypes import annotation
from generator.ir import Api, TypeRef
from generator.ir import types as t
from generator.parser.schemas import json_kind

SAME = "same"
WIDENED = "widened"  # every value the old type allowed is still allowed
NARROWED = "narrowed"  # every value the new type allows was allowed before
FORMAT = "format"  # same JSON type, different `format`
SAME_SHAPE = "same-shape"  # another class, but the same wire shape (an inline schema moved to a component)
CHANGED = "changed"

_NAMED = (t.MODEL, t.ENUM, t.UNION)


def describe(ref: TypeRef | None) -> str:
    """A short, readable form: `string(date-time)`, `list[ChargePoint]`, `integer | null`."""
    if ref is None:
        return "none"
    if ref.kind == t.PRIMITIVE:
        text = f"{ref.primitive}({ref.format})" if ref.format else str(ref.primitive)
    elif ref.kind == t.LIST:
        text = f"list[{describe(ref.item)}]"
    elif ref.kind == t.MAP:
        text = f"dict[str, {describe(ref.item)}]"
    elif ref.kind in _NAMED:
        text = str(ref.name)
    elif ref.kind == t.LITERAL:
        text = f"literal {ref.value!r}"
    else:
        text = "any"
    return f"{text} | null" if ref.nullable and ref.kind != t.ANY else text


def python_type(ref: TypeRef | None) -> str:
    return "None" if ref is None else annotation(ref, {})  # enums by name: the matching pairs them


class TypeComparer:
    """Relates an old TypeRef to a new one; `renamed` maps old class names to their new names."""

    def __init__(self, old: Api, new: Api, renamed: dict[str, str]) -> None:
        self.old = old
        self.new = new
        self.renamed = renamed
        self._shapes: dict[tuple[str, str | None, str | None], bool] = {}

    def same_name(self, old_name: str | None, new_name: str | None) -> bool:
        return old_name is not None and self.renamed.get(old_name) == new_name

    def relation(self, old: TypeRef | None, new: TypeRef | None) -> str:
        """How `new` relates to `old`, ignoring the nullability of the outermost type."""
        if old is None or new is None:
            return SAME if old is new else CHANGED
        if old.kind == new.kind:
            return self._same_kind(old, new)
        if new.kind == t.ANY:
            return WIDENED
        if old.kind == t.ANY:
            return NARROWED
        if self._admits(new, old, self.new, self.old):
            return WIDENED
        if self._admits(old, new, self.old, self.new):
            return NARROWED
        return CHANGED

    def _same_kind(self, old: TypeRef, new: TypeRef) -> str:
        kind = old.kind
        if kind == t.PRIMITIVE:
            if old.primitive == new.primitive:
                return SAME if old.format == new.format else FORMAT
            if (old.primitive, new.primitive) == ("integer", "number"):
                return WIDENED
            if (old.primitive, new.primitive) == ("number", "integer"):
                return NARROWED
            return CHANGED
        if kind in (t.LIST, t.MAP):
            inner = self.relation(old.item, new.item)
            if (
                inner == SAME
                and old.item is not None
                and new.item is not None
                and old.item.nullable != new.item.nullable
            ):
                return WIDENED if new.item.nullable else NARROWED
            return inner
        if kind in _NAMED:
            if self.same_name(old.name, new.name) or self._same_inline_enum(old, new):
                return SAME
            return SAME_SHAPE if self._same_shape(old, new) else CHANGED
        if kind == t.LITERAL:
            return SAME if old.value == new.value else CHANGED
        return SAME  # any

    def _same_inline_enum(self, old: TypeRef, new: TypeRef) -> bool:
        """Enums written inline as Literal[...] are their values: no class name to change."""
        if old.kind != t.ENUM:
            return False
        a, b = self.old.enums.get(old.name or ""), self.new.enums.get(new.name or "")
        if a is None or b is None or "component" in (a.origin, b.origin):
            return False
        return (a.values, a.value_type) == (b.values, b.value_type)

    def _same_shape(self, old: TypeRef, new: TypeRef) -> bool:
        key = (old.kind, old.name, new.name)
        if key not in self._shapes:
            self._shapes[key] = True  # assumed while comparing, so recursive schemas terminate
            self._shapes[key] = self._compare_shapes(old, new)
        return self._shapes[key]

    def _compare_shapes(self, old: TypeRef, new: TypeRef) -> bool:
        alike = (SAME, SAME_SHAPE)
        if old.kind == t.ENUM:
            a, b = self.old.enums.get(old.name or ""), self.new.enums.get(new.name or "")
            return a is not None and b is not None and (a.values, a.value_type) == (b.values, b.value_type)
        if old.kind == t.UNION:
            u, v = self.old.unions.get(old.name or ""), self.new.unions.get(new.name or "")
            if u is None or v is None or len(u.variants) != len(v.variants):
                return False
            return all(self.relation(x.type, y.type) in alike for x, y in zip(u.variants, v.variants))
        m, n = self.old.models.get(old.name or ""), self.new.models.get(new.name or "")
        if m is None or n is None:
            return False
        before, after = {f.name: f for f in m.fields}, {f.name: f for f in n.fields}
        if before.keys() != after.keys() or self.relation(m.additional, n.additional) not in alike:
            return False
        return all(
            before[k].required == after[k].required
            and before[k].type.nullable == after[k].type.nullable
            and self.relation(before[k].type, after[k].type) in alike
            for k in before
        )

    def _admits(self, wide: TypeRef, narrow: TypeRef, wide_api: Api, narrow_api: Api) -> bool:
        """Does `wide` accept every value of `narrow` (of a different kind)?"""
        if wide.kind == t.PRIMITIVE:
            if narrow.kind == t.ENUM and narrow.name in narrow_api.enums:
                return narrow_api.enums[narrow.name].value_type == wide.primitive
            if narrow.kind == t.LITERAL:
                return json_kind(narrow.value) == wide.primitive
            return False
        if wide.kind == t.UNION and wide.name in wide_api.unions:
            for variant in wide_api.unions[wide.name].variants:
                relation = (
                    self.relation(narrow, variant.type) if wide_api is self.new else self.relation(variant.type, narrow)
                )
                if relation in (SAME, WIDENED if wide_api is self.new else NARROWED):
                    return True
        return False

