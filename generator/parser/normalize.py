"""Rewrites schemas into the few shapes the converter handles.

- OpenAPI 3.1 `type: [x, "null"]` and `const` become 3.0's `type: x, nullable` and `enum`.
- `allOf` is merged into one schema: properties and required lists are combined; a
  property defined by two parts becomes the `allOf` of both definitions.
- An `allOf` part or sibling that is a `oneOf`/`anyOf` is distributed: the result is a
  union whose variants are each merged with the rest (the payment-terminal shapes).

Merged schemas are new dicts; `Origins` remembers which spec location every sub-schema
came from, so names and union sites can still be traced to a JSON pointer.
"""

from __future__ import annotations

from typing import Any

from generator import pointers
from generator.errors import SpecError
from generator.loader import Location, Spec

UNION_KEYS = ("oneOf", "anyOf")
# Work allowed per object in the spec: merging allOf and distributing it over unions builds
# new schemas, and combinations can multiply (allOf of 30 two-way oneOfs is 2**30 shapes).
# Real specs use about 0.01-0.3 steps per object; past the budget the spec is refused at once.
STEPS_BASE = 10_000
STEPS_PER_OBJECT = 1
_ANNOTATIONS = ("description", "title", "nullable", "deprecated", "readOnly", "writeOnly", "example", "default")


class Origins:
    """Maps sub-schemas (by identity) to the spec location they were read from."""

    def __init__(self) -> None:
        self._where: dict[int, Location] = {}
        self._keep: list[Any] = []  # keeps merged dicts alive so their ids stay unique

    def note(self, node: Any, loc: Location) -> None:
        if isinstance(node, dict) and id(node) not in self._where:
            self._where[id(node)] = loc
            self._keep.append(node)

    def of(self, node: Any, default: Location) -> Location:
        return self._where.get(id(node), default)


class Normalizer:
    def __init__(self, spec: Spec, origins: Origins) -> None:
        self.spec = spec
        self.origins = origins
        self._active: list[int] = []  # ids of the allOf nodes being merged (cycle guard)
        self._merging: list[Location] = []  # their spec locations (the base-lists-its-subtypes pattern)
        self.steps = 0  # merges and distributed variants built: the work that can blow up
        self._budget: int | None = None

    @property
    def budget(self) -> int:
        if self._budget is None:
            self._budget = STEPS_BASE + STEPS_PER_OBJECT * self.spec.object_count()
        return self._budget

    def normalize(self, node: dict[str, Any], loc: Location) -> dict[str, Any]:
        """The schema at `loc` with refs at the top followed and allOf merged."""
        if "const" in node or isinstance(node.get("type"), list):  # 3.1 spellings: rare, so tested here
            upgraded = _upgrade_31(node)
            if upgraded is not node:
                self.origins.note(upgraded, loc)
                node = upgraded
        properties = node.get("properties")
        if isinstance(properties, dict) and len(properties) == 1 and isinstance(properties.get("$ref"), str):
            node = self._referenced_properties(node, loc)
        if "allOf" not in node and node.get("properties") and ("oneOf" in node or "anyOf" in node):  # UNION_KEYS
            return self._distribute([node], node, node, loc)
        if "allOf" in node:
            if id(node) in self._active:
                raise SpecError(self.spec.file_label(loc[0]), loc[1], "allOf refers back to itself")
            self._active.append(id(node))
            self._merging.append(loc)
            try:
                node = self._merge_all_of(node, loc)
            finally:
                self._active.pop()
                self._merging.pop()
        return node

    def resolve(self, node: Any, loc: Location) -> tuple[dict[str, Any], Location]:
        """Follows a $ref (if any) and normalizes the target."""
        loc = self.origins.of(node, loc)
        target, target_loc = self.spec.deref(node, loc)
        if not isinstance(target, dict):
            raise SpecError(self.spec.file_label(target_loc[0]), target_loc[1], "a schema must be an object")
        return self.normalize(target, target_loc), target_loc

    def _referenced_properties(self, node: dict[str, Any], loc: Location) -> dict[str, Any]:
        """`properties: {$ref: X}`: not a schema keyword there, but it has one reading: the map is at X."""
        where = (loc[0], pointers.join(loc[1], "properties"))
        target, target_loc = self.spec.deref(node["properties"], where)
        if not isinstance(target, dict) or not all(isinstance(v, dict) for v in target.values()):
            raise SpecError(self.spec.file_label(loc[0]), where[1], "'properties' is a $ref to something that is not a map of schemas")
        warning = (
            f"{self.spec.file_label(loc[0])}: {where[1]}: 'properties' is a $ref (not allowed: each property may be a $ref, "
            f"the map may not); read the map of properties from {self.spec.file_label(target_loc[0])}{target_loc[1]}"
        )
        if warning not in self.spec.warnings:
            self.spec.warnings.append(warning)
        for name, sub in target.items():
            self.origins.note(sub, (target_loc[0], pointers.join(target_loc[1], name)))
        fixed = {**node, "properties": target}
        self.origins.note(fixed, loc)
        return fixed

    def _step(self, loc: Location) -> None:
        self.steps += 1
        if self.steps > STEPS_BASE and self.steps > self.budget:  # most specs never count their objects
            raise SpecError(
                self.spec.file_label(loc[0]),
                loc[1],
                f"combining allOf with oneOf/anyOf here multiplies past {self.budget:,} merged schemas "
                f"(the bound for a spec of {self.spec.object_count():,} objects); refused rather than run for minutes",
            )

    def _resolve_part(self, part: Any, loc: Location) -> tuple[dict[str, Any], Location]:
        """An allOf part, followed and normalized; a base that lists its own subtypes is taken without that list.

        `Pet: {oneOf: [Cat, Dog]}` with `Cat: {allOf: [Pet, ...]}` says that a Cat has Pet's
        properties; merging Pet's union into Cat would make Cat a union of Cats and Dogs,
        and, followed again for every variant, a merge that never ends.
        """
        loc = self.origins.of(part, loc)
        target, target_loc = self.spec.deref(part, loc)
        if isinstance(target, dict) and self._lists_a_subtype_being_merged(target, target_loc):
            target = {k: v for k, v in target.items() if k not in (*UNION_KEYS, "discriminator")}
            self.origins.note(target, target_loc)
        return self.resolve(target, target_loc)

    def _lists_a_subtype_being_merged(self, node: dict[str, Any], loc: Location) -> bool:
        for kind in UNION_KEYS:
            variants = node.get(kind)
            if not isinstance(variants, list):
                continue
            for index, variant in enumerate(variants):
                if isinstance(variant, dict) and "$ref" in variant:
                    _, variant_loc = self.spec.deref(variant, (loc[0], pointers.join(loc[1], kind, index)))
                    if variant_loc in self._merging:
                        return True
        return False

    def _merge_all_of(self, node: dict[str, Any], loc: Location) -> dict[str, Any]:
        self._step(loc)
        parts = node["allOf"]
        if not isinstance(parts, list) or not parts:
            raise SpecError(self.spec.file_label(loc[0]), pointers.join(loc[1], "allOf"), "allOf must be a non-empty list")
        own = {k: v for k, v in node.items() if k != "allOf"}
        resolved = [self._resolve_part(part, (loc[0], pointers.join(loc[1], "allOf", i))) for i, part in enumerate(parts)]
        schemas = [schema for schema, _ in resolved]
        for schema, part_loc in resolved:
            self.origins.note(schema, part_loc)
            for name, prop in (schema.get("properties") or {}).items():
                self.origins.note(prop, (part_loc[0], pointers.join(part_loc[1], "properties", name)))
        if any(k in own for k in ("properties", "required", "additionalProperties", *UNION_KEYS)):
            schemas.append(own)  # keywords beside allOf apply too (often the `required` list)
        union_parts = [s for s in schemas if any(k in s for k in UNION_KEYS)]
        if union_parts:
            return self._distribute(schemas, union_parts[0], own, loc)
        merged = merge_objects(schemas, self.origins)
        for key in _ANNOTATIONS:
            if key in own:
                merged[key] = own[key]
        self.origins.note(merged, loc)
        return merged

    def _distribute(self, schemas: list[dict[str, Any]], union: dict[str, Any], own: dict[str, Any], loc: Location) -> dict[str, Any]:
        """allOf[A, oneOf[X, Y]] -> oneOf[allOf[A, X], allOf[A, Y]]."""
        kind = "oneOf" if "oneOf" in union else "anyOf"
        union_loc = union.get("x-sdkgen-union-site") or self.origins.of(union, loc)
        rest = [s for s in schemas if s is not union]
        base = {k: v for k, v in union.items() if k not in UNION_KEYS}
        if base.get("properties") or base.get("required"):
            rest.append(base)
        # a union that lives elsewhere (an allOf part that is a $ref to it) has variants of its
        # own, converted as they are; merged with other parts they are new shapes, at new
        # locations under this allOf part (at the union's, they would be taken for its own)
        foreign = any(_adds_fields(part) for part in rest) and not _within(union_loc, loc)
        site = (loc[0], pointers.join(loc[1], "allOf", _index_of(union, schemas))) if foreign else union_loc
        variants = []
        for index, variant in enumerate(union[kind]):
            self._step(loc)
            variant_loc = self.origins.of(variant, (union_loc[0], pointers.join(union_loc[1], kind, index)))
            target, target_loc = self.spec.deref(variant, variant_loc)
            combined = {"allOf": [*rest, target]}
            if isinstance(target, dict) and "title" in target:
                combined["title"] = target["title"]
            self.origins.note(combined, target_loc if site is union_loc else (site[0], pointers.join(site[1], kind, index)))
            for part in rest:
                self.origins.note(part, loc)
            variants.append(combined)
        result = {kind: variants, "x-sdkgen-union-site": union_loc}
        if "discriminator" in union:
            result["discriminator"] = union["discriminator"]
        for key in _ANNOTATIONS:
            if key in own:
                result[key] = own[key]
            elif key in union and key != "title":
                result[key] = union[key]
        if "title" in own:
            result["title"] = own["title"]
        self.origins.note(result, loc)
        return result


def _adds_fields(part: dict[str, Any]) -> bool:
    """Whether an allOf part changes the shape of what it is merged with (a part with only a
    description does not)."""
    return any(key in part for key in ("properties", "required", "additionalProperties", "allOf", *UNION_KEYS))


def _within(inner: Location, outer: Location) -> bool:
    return inner[0] == outer[0] and (inner[1] == outer[1] or inner[1].startswith(outer[1] + "/"))


def _index_of(schema: dict[str, Any], schemas: list[dict[str, Any]]) -> int:
    return next(i for i, s in enumerate(schemas) if s is schema)


def merge_objects(schemas: list[dict[str, Any]], origins: Origins) -> dict[str, Any]:
    """allOf semantics: a property or `items` defined by several parts must satisfy all of them."""
    merged: dict[str, Any] = {}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for schema in schemas:
        for key, value in schema.items():
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    properties[name] = _combine(properties.get(name), prop, origins)
            elif key == "required" and isinstance(value, list):
                required.extend(r for r in value if r not in required)
            elif key == "items" and isinstance(value, dict):
                merged["items"] = _combine(merged.get("items"), value, origins)
            elif key != "title" or "title" not in merged:
                merged[key] = value
    if properties or any(s.get("type") == "object" for s in schemas):
        merged["type"] = "object"
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _combine(previous: Any, new: Any, origins: Origins) -> Any:
    if previous is None or previous is new or previous == new:
        return new
    if not isinstance(previous, dict) or not isinstance(new, dict):
        return new
    combined = {"allOf": [previous, new]}
    origins.note(combined, origins.of(new, origins.of(previous, ("", "#"))))
    return combined


def _upgrade_31(node: dict[str, Any]) -> dict[str, Any]:
    kind = node.get("type")
    if isinstance(kind, list):
        others = [t for t in kind if t != "null"]
        node = {**node, "type": others[0] if len(others) == 1 else None, "nullable": "null" in kind or node.get("nullable", False)}
        if len(others) > 1:
            node.pop("type")
            node["oneOf"] = [{"type": t} for t in others]
    if "const" in node and "enum" not in node:
        node = {**node, "enum": [node["const"]]}
    return node
