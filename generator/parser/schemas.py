"""Converts schemas into TypeRefs, hoisting objects, enums and unions into named definitions."""

from __future__ import annotations

import dataclasses
import marshal
from typing import Any

from generator import naming, pointers
from generator.errors import SpecError
from generator.ir import EnumDef, Field, ModelDef, TypeRef, UnionDef, UnionVariant
from generator.ir import types as t
from generator.loader import Location, Spec
from generator.parser import unions
from generator.parser.lock import FIELD_NAMES
from generator.parser.names import NameRegistry
from generator.parser.normalize import UNION_KEYS, Normalizer, Origins

PRIMITIVES = ("string", "integer", "number", "boolean")
_KNOWN_TYPES = (*PRIMITIVES, "object", "array", "null")
_CONSTRAINTS = (
    "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
)
_CONSTRAINT_KEYS = frozenset(_CONSTRAINTS)  # most properties have none: one set test, not eleven lookups
Hint = tuple[str, ...]


def constraints_of(schema: Any) -> dict[str, Any]:
    """A schema's validation keywords (pattern, minLength, minimum...), as the spec gives them."""
    if not isinstance(schema, dict) or _CONSTRAINT_KEYS.isdisjoint(schema):
        return {}
    return {k: schema[k] for k in _CONSTRAINTS if k in schema}
# Only a property schema with one of these keywords can make a definition: the others are not
# worth looking up as copies (see convert_repeated).
_MAY_DEFINE = frozenset({"properties", "allOf", "oneOf", "anyOf", "items", "enum", "additionalProperties"})
# How deep inside a looked-up schema its properties are looked up too: each level reads its
# whole subtree again to make the key, so the cost grows with depth (the real spec's copies
# are found within four levels).
_NESTED_LOOKUPS = 6


def source_of(loc: Location) -> str:
    return f"{loc[0]}{loc[1]}"


class SchemaConverter:
    def __init__(self, spec: Spec, names: NameRegistry, field_rule: int = FIELD_NAMES) -> None:
        """`field_rule`: the rule of field names (see naming.field_name, parser.lock.FIELD_NAMES)."""
        self.spec = spec
        self.names = names
        self.field_rule = field_rule
        self.origins = Origins()
        self.normalizer = Normalizer(spec, self.origins)
        self.models: dict[str, ModelDef] = {}
        self.enums: dict[str, EnumDef] = {}
        self.unions: dict[str, UnionDef] = {}
        self.union_sites: dict[str, list[str]] = {}  # oneOf/anyOf pointer -> union names
        self._memo: dict[Location, TypeRef] = {}
        # Schemas being converted (location -> hint). One reached again from inside itself
        # before it has a class (a map or list of itself: `Tree: {additionalProperties: Tree}`)
        # gets a named type alias, so the cycle has a name to go through.
        self._converting: dict[Location, Hint] = {}
        self._recursive: dict[Location, str] = {}
        # Places a schema written out again (as it was converted once before) also stand for:
        # location name -> the sources of its copies (see `convert_repeated`).
        self.aliases: dict[str, list[str]] = {}
        self._repeats: dict[tuple[str, str, bytes], _Converted] = {}
        self._role: str | None = None  # of the schema convert_repeated is converting
        self._depth = 0  # how many convert_repeated calls are converting, one inside the other
        self._alias_log: list[tuple[str, str]] = []  # (definition, source), in the order recorded
        self._components_elsewhere: set[Location] = set()  # schemas in other files that components name
        # what a warning is about, keyed by the schema's file and content: warned once, at the first
        # place, however many copies of the schema there are (convert_repeated converts one)
        self._warned: set[tuple[str, ...]] = set()
        # OpenAPI 3.1 (JSON Schema 2020-12) applies the keywords beside a $ref; 3.0 ignores them
        self._siblings_apply = str(spec.root.get("openapi", "")).startswith("3.1")

    # -- entry points -------------------------------------------------------------------
    def convert(self, node: Any, loc: Location, hint: Hint) -> TypeRef:
        return self._convert_traced(node, self.origins.of(node, loc), hint)

    def _convert_traced(self, node: Any, loc: Location, hint: Hint) -> TypeRef:
        """`convert` for a node whose location is already traced through `origins`."""
        if isinstance(node, dict) and "$ref" in node:
            if self._siblings_apply and not _REFINING.isdisjoint(node):
                return self._convert_at(_refined(node), loc, hint)
            target, target_loc = self.spec.deref(node, loc)
            # Most refs point at an already converted component: its name is settled, so
            # the hint (a pointer split per ref) would be thrown away.
            ref = self._memo.get(target_loc) or self._convert_at(target, target_loc, self._hint_for_ref(target_loc, hint))
            if node.get("nullable") is True and not ref.nullable:
                ref = t.evolve(ref, nullable=True)
            return ref
        return self._convert_at(node, loc, hint)

    def convert_repeated(self, node: Any, loc: Location, hint: Hint, role: str) -> TypeRef:
        """`convert` for a schema that specs write out again and again. The real spec repeats
        five inline error bodies 1,800 times, and each entity in every request or response that
        carries it. One that equals, value for value, a schema converted before in the same
        `role` (response, request, parameter) and file is not converted again: the definitions
        it would have made are those of the first, and its places are recorded as their aliases
        (`aliases`), which unify counts as the definitions they stand for. The IR comes out as
        it would have. Inside such a schema, the objects, lists, unions and enums of its
        properties are looked up the same way.

        Schemas with a `$ref` anywhere are converted as usual: refs are shared already, and
        converting one can warn about, or first define, what it points at.
        """
        traced = self.origins.of(node, loc)
        if not isinstance(node, dict) or traced in self._memo:  # this place was converted (a shared response)
            return self.convert(node, loc, hint)
        try:
            # marshal's bytes are the values and their types (1 is not "1", True is not 1), and
            # cost a quarter of a repr; version 2 writes no back-references, which vary with
            # what else holds a value
            text = marshal.dumps(node, 2)
        except ValueError:  # a value marshal cannot write (a YAML date), or nested too deep
            return self.convert(node, loc, hint)
        if self.spec.has_refs and b"$ref" in text:  # a spec with none (AMPECO's) skips the scan
            return self.convert(node, loc, hint)
        key = (role, loc[0], text)
        seen = self._repeats.get(key)
        here = source_of(traced)
        if seen is not None:
            for name, source in seen.made:
                self._alias(name, here + source[len(seen.source):])
            ref = self._memo[traced] = t.evolve(seen.ref)  # each place has a TypeRef of its own
            return ref
        tables: tuple[dict[str, Any], ...] = (self.models, self.enums, self.unions)
        counts = [len(table) for table in tables]
        logged = len(self._alias_log)
        outer, self._role = self._role, role
        self._depth += 1
        try:
            ref = self.convert(node, loc, hint)
        finally:
            self._role = outer
            self._depth -= 1
        made = [
            (name, definition.source)
            for table, count in zip(tables, counts)
            for name, definition in _last(table, len(table) - count)
        ]
        made += self._alias_log[logged:]  # copies met inside it: a copy of it has copies of those
        if all(_under(source, here) for _, source in made):
            self._repeats[key] = _Converted(ref, here, made)
        return ref

    def _warn_once(self, key: tuple[str, ...], warning: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.spec.warnings.append(warning)

    def _alias(self, name: str, source: str) -> None:
        self.aliases.setdefault(name, []).append(source)
        self._alias_log.append((name, source))

    def convert_components(self) -> None:
        schemas = self.spec.root.get("components", {}).get("schemas", {})
        for name, node in schemas.items():
            loc = ("", pointers.join("#/components/schemas", name))
            if isinstance(node, dict) and "$ref" in node and len(node) == 1:
                # `AddOnCreateInput: {$ref: ./schemas/AddOnCreateInput.yaml}` (Lago's multi-file
                # spec): the schema in that file is the component, named and kept apart from
                # same-shaped ones as a bundler would (bundled, the file's schema is here).
                target, target_loc = self.spec.deref(node, loc)
                # a whole file (`./schemas/AddOn.yaml`); a schema named in one (`schemas.yaml#/Node`)
                # keeps the name its author gave it
                if target_loc[0] and target_loc[1] in ("", "#") and target_loc not in self._memo:
                    self._components_elsewhere.add(target_loc)
                    self._convert_at(target, target_loc, (name,))
                    continue
            self.convert(node, loc, (name,))

    def _is_component(self, loc: Location) -> bool:
        return _is_component(loc) or loc in self._components_elsewhere

    # -- dispatch -----------------------------------------------------------------------
    def _convert_at(self, node: Any, loc: Location, hint: Hint) -> TypeRef:
        known = self._memo.get(loc)
        if known is not None:
            return known
        if node is True or node is False or node == {}:  # `false` (3.1): nothing is valid; read leniently
            return TypeRef(t.ANY)
        if not isinstance(node, dict):
            raise SpecError(self.spec.file_label(loc[0]), loc[1], "a schema must be an object")
        if loc in self._converting:
            return self._recursive_alias(loc)
        schema = self.normalizer.normalize(node, loc)
        self._converting[loc] = hint
        try:
            ref = self._convert_schema(schema, loc, hint)
        finally:
            del self._converting[loc]
        if loc in self._recursive:
            ref = self._close_recursive_alias(loc, ref)
        self._memo[loc] = ref
        return ref

    def _recursive_alias(self, loc: Location) -> TypeRef:
        name = self._recursive.get(loc)
        if name is None:
            name = self.names.claim(self._converting[loc], source_of(loc), alternatives=("Type", "Alias"))
            self._recursive[loc] = name
        return TypeRef(t.UNION, name=name)

    def _close_recursive_alias(self, loc: Location, ref: TypeRef) -> TypeRef:
        name = self._recursive.pop(loc)
        if ref.kind == t.UNION and ref.name == name or ref.kind == t.ANY:
            raise SpecError(self.spec.file_label(loc[0]), loc[1], "the schema is defined only in terms of itself")
        self.unions[name] = UnionDef(
            name=name,
            source=source_of(loc),
            kind="alias",
            variants=[UnionVariant(type=t.evolve(ref, nullable=False))],
            strategy="alias",
            note="a type that contains itself (through a map, a list or a union): a named alias",
        )
        return TypeRef(t.UNION, name=name, nullable=ref.nullable)

    def _convert_schema(self, schema: dict[str, Any], loc: Location, hint: Hint) -> TypeRef:
        nullable = schema.get("nullable") is True
        if "oneOf" in schema or "anyOf" in schema:  # UNION_KEYS, spelled out on this hot path
            return self._union(schema, loc, hint, nullable)
        if "enum" in schema:
            return self._enum(schema, loc, hint, nullable)
        kind = schema.get("type")
        if kind is not None and kind not in _KNOWN_TYPES:
            raise SpecError(self.spec.file_label(loc[0]), pointers.join(loc[1], "type"), f"unknown type {kind!r}")
        if kind == "object" or "properties" in schema or (kind is None and "additionalProperties" in schema):
            return self._object(schema, loc, hint, nullable)
        if kind == "array":
            items = schema.get("items")
            prefix = schema.get("prefixItems")
            if (items is None or items is False) and isinstance(prefix, list) and prefix:
                item_type = self._prefix_item(prefix, loc, hint)
            elif items is not None:
                item_type = self.convert(items, (loc[0], pointers.join(loc[1], "items")), (*hint, "Item"))
            else:
                item_type = TypeRef(t.ANY)
            return TypeRef(t.LIST, item=item_type, nullable=nullable)
        if kind in PRIMITIVES:
            fmt = schema.get("format")
            return TypeRef(t.PRIMITIVE, primitive=kind, format=fmt if isinstance(fmt, str) else None, nullable=nullable)
        return TypeRef(t.ANY, nullable=nullable or kind == "null")

    def _prefix_item(self, prefix: list[Any], loc: Location, hint: Hint) -> TypeRef:
        """A tuple's item type (3.1 `prefixItems`, no further items): the type of its items when
        they are all the same schema (a pair of strings is a list of strings), else any."""
        if any(item != prefix[0] for item in prefix[1:]):
            return TypeRef(t.ANY)
        return self.convert(prefix[0], (loc[0], pointers.join(loc[1], "prefixItems", 0)), (*hint, "Item"))

    def _hint_for_ref(self, target: Location, hint: Hint) -> Hint:
        tokens = pointers.split(target[1])
        if len(tokens) >= 3 and tokens[0] == "components":
            return (tokens[2],)
        if target[0] and tokens:
            return (tokens[-1],)
        if target[0]:
            return (target[0].rsplit("/", 1)[-1].split(".")[0],)
        return hint

    # -- objects ------------------------------------------------------------------------
    def _object(self, schema: dict[str, Any], loc: Location, hint: Hint, nullable: bool) -> TypeRef:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not isinstance(properties, dict):
            raise SpecError(self.spec.file_label(loc[0]), pointers.join(loc[1], "properties"), "'properties' must be an object")
        if any(sub is False for sub in properties.values()):  # `name: false` (3.1): the property must be absent
            properties = {key: sub for key, sub in properties.items() if sub is not False}
        if not properties:
            value = TypeRef(t.ANY)
            if isinstance(extra, dict) and extra:
                value = self.convert(extra, (loc[0], pointers.join(loc[1], "additionalProperties")), (*hint, "Value"))
            return TypeRef(t.MAP, item=value, nullable=nullable)
        source = source_of(loc)
        name = self.names.claim(hint, source, alternatives=("Schema", "Object"))
        ref = TypeRef(t.MODEL, name=name)
        self._memo[loc] = ref  # before the fields, so recursive schemas terminate
        model = ModelDef(
            name=name,
            source=source,
            fields=[],
            description=_text(schema.get("description")),
            title=_text(schema.get("title")),
            origin="component" if self._is_component(loc) else "inline",
        )
        self.models[name] = model
        required = schema.get("required") or []
        wires = [str(wire) for wire in properties]
        # required but never described (Mistral's `level`, Okta's `expression`): still a field, of
        # any type, or a valid request could not be built; optional, as the spec's own examples
        # (and Prism's answers, AMPECO's utilities) leave it out
        undeclared = [name for name in required if isinstance(name, str) and name not in properties]
        py_names = _field_py_names([*wires, *undeclared], self.field_rule)
        file, inside = loc[0], pointers.join(loc[1], "properties")  # joined once, not per property
        for (key, sub), wire in zip(properties.items(), wires):
            sub_loc = self.origins.of(sub, (file, pointers.child(inside, wire)))
            model.fields.append(self._field(wire, py_names[wire], sub, sub_loc, hint, key in required))
        for wire in dict.fromkeys(undeclared):
            model.fields.append(Field(name=wire, py_name=py_names[wire], type=TypeRef(t.ANY), required=False))
            self._warn_once(
                (loc[0], "undeclared", wire, *wires),
                f"{self.spec.file_label(loc[0])}: {loc[1]}: required property {wire!r} is not in 'properties'; optional, typed Any",
            )
        if isinstance(extra, dict) and extra:
            model.additional = self.convert(extra, (loc[0], pointers.join(loc[1], "additionalProperties")), (*hint, "Extra"))
        return t.evolve(ref, nullable=nullable) if nullable else ref

    def _field(self, wire: str, py_name: str, sub: Any, loc: Location, hint: Hint, required: bool) -> Field:
        if self._role is not None and self._depth <= _NESTED_LOOKUPS and isinstance(sub, dict) and not _MAY_DEFINE.isdisjoint(sub):
            type_ref = self.convert_repeated(sub, loc, (*hint, wire), self._role)
        else:
            type_ref = self._convert_traced(sub, loc, (*hint, wire))
        facts = _annotations(sub, self.spec, loc)
        return Field(
            name=wire,
            py_name=py_name,
            type=type_ref,
            required=required,
            description=_text(facts.get("description")),
            default=facts.get("default"),
            has_default="default" in facts,
            read_only=facts.get("readOnly") is True,
            write_only=facts.get("writeOnly") is True,
            deprecated=facts.get("deprecated") is True,
            constraints=constraints_of(facts),
            example=facts.get("example"),
        )

    # -- enums --------------------------------------------------------------------------
    def _enum(self, schema: dict[str, Any], loc: Location, hint: Hint, nullable: bool) -> TypeRef:
        raw = schema["enum"]
        if not isinstance(raw, list) or not raw:
            raise SpecError(self.spec.file_label(loc[0]), pointers.join(loc[1], "enum"), "enum must be a non-empty list")
        values = _dedupe([v for v in raw if v is not None])
        nullable = nullable or len(values) < len(raw)
        if not values:
            return TypeRef(t.ANY, nullable=True)
        if all(type(v) is str for v in values):  # nearly every enum: skip a json_kind per value
            value_type = "string"
        else:
            kinds = {json_kind(v) for v in values}
            value_type = kinds.pop() if len(kinds) == 1 else "mixed"
        if value_type == "number" and all(float(v).is_integer() for v in values):
            values, value_type = [int(v) for v in values], "integer"
        if value_type in ("number", "boolean"):  # no class for these: the JSON type says enough
            return TypeRef(t.PRIMITIVE, primitive=value_type, nullable=nullable)
        if value_type not in ("string", "integer", "number"):
            return TypeRef(t.ANY, nullable=nullable)  # booleans, objects or mixed: no useful class
        name = self.names.claim(hint, source_of(loc), alternatives=("Enum", "Values"))
        origin = "component" if self._is_component(loc) else "inline"
        self.enums[name] = EnumDef(name, source_of(loc), values, value_type, _text(schema.get("description")), origin=origin)
        return TypeRef(t.ENUM, name=name, nullable=nullable)

    def _own_variant(self, ref: TypeRef, variant_source: str, component_source: str) -> None:
        """`Verbosity: {anyOf: [{enum: [low, high]}, {type: "null"}]}`, 3.1's way to write a
        nullable component: the class its one variant defines is the component's own, named
        as the component, not a part of it that a same-shaped component elsewhere would name."""
        definition: ModelDef | EnumDef | None = None
        if ref.kind == t.MODEL:
            definition = self.models.get(ref.name or "")
        elif ref.kind == t.ENUM:
            definition = self.enums.get(ref.name or "")
        if definition is not None and definition.source == variant_source:
            definition.source = component_source
            definition.origin = "component"

    # -- unions -------------------------------------------------------------------------
    def _union(self, schema: dict[str, Any], loc: Location, hint: Hint, nullable: bool) -> TypeRef:
        kind = "oneOf" if "oneOf" in schema else "anyOf"
        site = schema.get("x-sdkgen-union-site", loc)
        raw = schema[kind]
        if isinstance(raw, list) and not raw:
            # Cohere's `TruncationStrategy` (its variants in a mapping to schemas it never wrote):
            # no schema can match, and the rest of the spec is sound: typed Any, said so
            self._warn_once(
                (loc[0], "empty", kind, *sorted(str(key) for key in schema), str(schema.get("description"))),
                f"{self.spec.file_label(loc[0])}: {pointers.join(loc[1], kind)}: an empty {kind} allows no value; typed Any",
            )
            return TypeRef(t.ANY, nullable=nullable)
        if not isinstance(raw, list):
            raise SpecError(self.spec.file_label(loc[0]), pointers.join(loc[1], kind), f"{kind} must be a list")
        members = []
        for index, variant in enumerate(raw):
            variant_loc = self.origins.of(variant, (loc[0], pointers.join(loc[1], kind, index)))
            target, target_loc = self.spec.deref(variant, variant_loc)
            if isinstance(target, dict) and target.get("type") == "null":
                nullable = True
                continue
            normalized = self.normalizer.normalize(target, target_loc) if isinstance(target, dict) else {}
            members.append((variant, variant_loc, target, target_loc, normalized))
        if len(members) == 1:
            variant, variant_loc, target = members[0][:3]
            only = self.convert(variant, variant_loc, hint)
            if variant is target and self._is_component(loc):
                self._own_variant(only, source_of(self.origins.of(variant, variant_loc)), source_of(loc))
            return t.evolve(only, nullable=only.nullable or nullable)
        name = self.names.claim(hint, source_of(site), alternatives=("Union", "Variants"))
        ref = TypeRef(t.UNION, name=name)
        self._memo[loc] = ref
        facts = [self._facts(target, target_loc, normalized) for _, _, target, target_loc, normalized in members]
        targets = [source_of(target_loc) for _, _, _, target_loc, _ in members]

        def mapping_index(ref_text: str) -> int | None:
            where = source_of(self.spec.ref_target(ref_text, loc))
            return targets.index(where) if where in targets else None

        resolution = unions.resolve(facts, schema.get("discriminator"), mapping_index)
        variants = []
        for index, (variant, variant_loc, _, _, _) in enumerate(members):
            label = _variant_label(facts, index, resolution)
            # a variant merged from a component (a subtype that allOfs its base) keeps its name
            component = facts[index].component
            variant_hint = (component,) if component else (*hint, label)
            variant_type = self.convert(variant, variant_loc, variant_hint)
            variants.append(
                UnionVariant(
                    type=variant_type,
                    title=facts[index].title,
                    tags=resolution.tags[index] if resolution.tags else [],
                    required_keys=facts[index].required,
                    known_keys=facts[index].known,
                    is_fallback=index == resolution.fallback,
                )
            )
        self.unions[name] = UnionDef(
            name=name,
            source=source_of(site),
            kind=kind,
            variants=variants,
            strategy=resolution.strategy,
            discriminator=resolution.discriminator,
            description=_text(schema.get("description")),
            note=resolution.note,
        )
        self.union_sites.setdefault(source_of(site), []).append(name)
        return t.evolve(ref, nullable=nullable) if nullable else ref

    def _facts(self, target: Any, loc: Location, schema: dict[str, Any]) -> unions.VariantFacts:
        component = None
        tokens = pointers.split(loc[1])
        if len(tokens) == 3 and tokens[:2] == ["components", "schemas"]:
            component = tokens[2]
        title = _text(target.get("title") if isinstance(target, dict) else None) or _text(schema.get("title"))
        if any(k in schema for k in UNION_KEYS):
            return self._union_facts(schema, loc, title, component)
        kind = _schema_kind(schema)
        facts = unions.VariantFacts(json_kind=kind, title=title, component=component)
        facts.description = _text(schema.get("description"))
        if isinstance(schema.get("enum"), list):
            facts.enum_values = [v for v in schema["enum"] if v is not None]
        if kind == "object":
            facts.required = [str(r) for r in schema.get("required") or []]
            facts.known = [str(k) for k in schema.get("properties") or {}]
            for prop, sub in (schema.get("properties") or {}).items():
                resolved, _ = self.normalizer.resolve(sub, (loc[0], pointers.join(loc[1], "properties", prop)))
                if isinstance(resolved.get("enum"), list):
                    facts.enums[str(prop)] = [v for v in resolved["enum"] if v is not None]
        return facts

    def _union_facts(self, schema: dict[str, Any], loc: Location, title: str | None, component: str | None) -> unions.VariantFacts:
        """Facts of a variant that is itself a union: what all of its variants share."""
        kind = "oneOf" if "oneOf" in schema else "anyOf"
        inner = []
        for index, variant in enumerate(schema[kind]):
            resolved, resolved_loc = self.normalizer.resolve(variant, (loc[0], pointers.join(loc[1], kind, index)))
            inner.append(self._facts(resolved, resolved_loc, resolved))
        kinds = {f.json_kind for f in inner}
        facts = unions.VariantFacts(json_kind=kinds.pop() if len(kinds) == 1 else None, title=title, component=component)
        facts.required = [k for k in inner[0].required if all(k in f.required for f in inner)]
        facts.known = _dedupe([k for f in inner for k in f.known])
        facts.enums = {p: v for p, v in inner[0].enums.items() if all(p in f.enums for f in inner)}
        return facts


@dataclasses.dataclass
class _Converted:
    ref: TypeRef
    source: str  # where it was converted
    made: list[tuple[str, str]]  # the definitions converting it made: (location name, source)


def _last(table: dict[str, Any], count: int) -> list[tuple[str, Any]]:
    """The last `count` entries of `table`, without walking the others."""
    found: list[tuple[str, Any]] = []
    for entry in reversed(table.items()):
        if len(found) == count:
            break
        found.append(entry)
    return found[::-1]


def _under(source: str, root: str) -> bool:
    return source == root or source.startswith(root + "/")


def _variant_label(facts: list[unions.VariantFacts], index: int, resolution: unions.Resolution) -> str:
    mine = facts[index]
    if mine.title:
        return mine.title
    tags = resolution.tags[index] if resolution.tags else []
    if len(tags) == 1 and isinstance(tags[0], str) and naming.words(tags[0]):
        return tags[0]
    if mine.description and len(naming.words(mine.description)) <= 8:
        return mine.description
    if mine.enum_values:
        return f"{mine.json_kind} {mine.enum_values[0]}"
    if mine.json_kind and mine.json_kind != "object":
        return mine.json_kind
    others = {k for j, f in enumerate(facts) if j != index for k in f.known}
    unique = [k for k in mine.known if k not in others and naming.words(k)]
    if unique:
        return "With " + unique[0]
    if index == resolution.fallback:
        return "Default"
    return "Empty" if not mine.known else "With " + " and ".join(mine.known[:2])


def _schema_kind(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return "object"
    if isinstance(kind, str) and kind != "null":
        return kind
    if "enum" in schema and schema["enum"]:
        return json_kind(schema["enum"][0])
    return None


def json_kind(value: Any) -> str:
    """The JSON type of a literal value (booleans are not integers)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object"


# Keywords beside a $ref that change what is valid (Lago's `add_on: {$ref: AddOnBaseInput,
# required: [name, code]}`), not only how it is described
_REFINING = frozenset({"required", "properties"})


def _refined(node: dict[str, Any]) -> dict[str, Any]:
    """`{$ref: X, required: [...]}` as the schema it is in 3.1: X and the keywords beside it."""
    own = {k: v for k, v in node.items() if k in _REFINING}
    rest = {k: v for k, v in node.items() if k not in _REFINING and k != "$ref"}
    return {**rest, "allOf": [{"$ref": node["$ref"]}, {"type": "object", **own}]}


def _annotations(node: Any, spec: Spec, loc: Location) -> dict[str, Any]:
    """A property's own keywords, falling back to its $ref target's."""
    if not isinstance(node, dict):
        return {}
    if "$ref" in node:
        target, _ = spec.deref(node, loc)
        merged = dict(target) if isinstance(target, dict) else {}
        merged.update({k: v for k, v in node.items() if k != "$ref"})
        return merged
    return node


def _is_component(loc: Location) -> bool:
    # What pointers.split would say (three tokens, the first two components/schemas),
    # without splitting the pointer of every model.
    body = loc[1].removeprefix("#")
    return body.startswith("/components/schemas/") and "/" not in body[len("/components/schemas/"):]


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    stripped = value.strip()
    return stripped or None


def _dedupe(items: list[Any]) -> list[Any]:
    if all(type(item) is str for item in items):
        return list(dict.fromkeys(items))  # repr is one-to-one on str: the same result, no reprs
    seen: set[tuple[str, str]] = set()
    kept: list[Any] = []
    for item in items:
        key = (type(item).__name__, repr(item))
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _field_py_names(wires: list[str], rule: int) -> dict[str, str]:
    """Python names for one object's properties, none equal to another property's wire name.

    Models accept both the wire name and the Python name when parsing, so a Python name that
    is another property's wire name would read one key into two fields. A property whose wire
    name is already a good Python name keeps it; the others go around every wire name.
    """
    taken = set(wires)
    py_names = {}
    for wire in wires:
        name = naming.field_name(wire, rule)  # == wire: already a good Python name, kept
        py_names[wire] = name if name == wire else naming.unique(name, taken)
    return py_names
