"""Entity names: each shape gets one class, named for what it is rather than where it sits.

The parser names every inline schema after its location (`SessionsListingResponseDataItem`).
This pass gives each *shape* (see `shapes`) one name, from the best place it appears:

1. a component schema: its own name (`Session`);
2. the item a resource's list/retrieve/create/update operations return: the resource's noun
   (`sessions` -> `Session`), with the operation's version when a component of another
   shape owns the plain noun (`ChargePointV2`);
3. infrastructure: error bodies (`ErrorBody`, `ValidationErrorBody`), page envelopes
   (`SessionPage`) and their `links` / `meta` (`PageLinks`, `PageMeta`);
4. what only one operation uses: its own request, response or parameter (`TaxCreateRequest`);
5. anything nested: its parent's name and the property (`SessionChargingPeriod`), or the
   entity's name and the property when that would be over 40 characters.

Names are handed out best place first, parents before children. When a name is already held
by another shape, the two are the same entity if they are *near-identical* — a few
properties more or fewer, the same types where they overlap, nullable or required in one
place only — and become one class (the union of the fields; see `MergedFields`). Otherwise
the next candidate name is tried. Names a lock holds for a location win over all of this.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from dataclasses import dataclass

from generator import naming
from generator.ir import Api, EnumDef, ModelDef, Operation, TypeRef, UnionDef
from generator.ir import types as t
from generator.media import is_event_stream
from generator.parser.pagination import OFFSET_ITEMS, primary_response, resource_items, returns_events
from generator.parser.shapes import Definition, names_in, references

LONGEST = 40  # characters: longer names lose leading words of their parent's name
_ROLE_SUFFIX = re.compile(r"(Request|Response)$")
_NOT_CONCEPT = re.compile(r"Deprecated|[Vv]\d+(?:[._]?\d+)*")
_ITEM_METHOD = re.compile(r"^(list|retrieve|get|create|update|replace)(?:_(?!v\d)(.+?))?(?:_v\d+(?:_\d+)*)?$")

# tiers: the order in which places hand out names (lower first); nested shapes inherit their
# parent's tier, so whatever a response holds is named before any request is looked at
COMPONENT, ITEM, OPERATION, INFRASTRUCTURE, REQUEST, PARAMETER = range(6)


def singular(word: str) -> str:
    lowered = word.lower()
    if lowered in naming.SAME_IN_PLURAL:
        return word
    if lowered.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if lowered.endswith(("sses", "xes", "ches", "shes", "zes", "uses")):
        return word[:-2]
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def noun_words(resource: str) -> list[str]:
    words = naming.words(resource)
    return [*words[:-1], singular(words[-1])] if words else ["Item"]


def version_suffix(api_version: str | None) -> str:
    """'v2.0' -> 'V2', 'v2.1' -> 'V2_1' (not 'V21', which reads as version 21)."""
    if not api_version:
        return ""
    numbers = re.findall(r"\d+", api_version)
    while len(numbers) > 1 and numbers[-1] == "0":
        numbers.pop()
    return "V" + "_".join(numbers) if numbers else ""


def envelope_data(api: Api, ref: TypeRef | None) -> TypeRef | None:
    """The `data` of a response body that is nothing but a `{data: ...}` envelope."""
    if ref is None or ref.kind != t.MODEL or ref.name not in api.models:
        return None
    model = api.models[ref.name]
    if len(model.fields) == 1 and model.fields[0].name == "data" and model.additional is None:
        return model.fields[0].type
    return None


def page_envelope(api: Api, ref: TypeRef | None) -> ModelDef | None:
    """A list response `{data: [...], links?, meta?}`."""
    if ref is None or ref.kind != t.MODEL or ref.name not in api.models:
        return None
    model = api.models[ref.name]
    data = next((f for f in model.fields if f.name == "data"), None)
    if data is None or data.type.kind != t.LIST or not {f.name for f in model.fields} <= {"data", "links", "meta"}:
        return None
    return model


@dataclass
class _Claim:
    tier: int
    depth: int
    order: int
    group: int
    candidates: tuple[str, ...]
    entity: str  # the top-level name its nested names may fall back to
    page_of: str | None = None  # a page envelope: its item's definition


# Heap entries: (tier, depth, order, claim). `order` is unique, so the claims themselves are
# never compared: tuples compare in C, a dataclass's __lt__ runs Python for every comparison.
_Queued = tuple[int, int, int, _Claim]


class EntityNamer:
    """Groups shape classes into entities and names them. Works on class ids from `shapes`."""

    def __init__(
        self,
        api: Api,
        defs: dict[str, Definition],
        shape_of: dict[str, int],
        locked: dict[str, str],
        aliases: dict[str, list[str]] | None = None,
    ) -> None:
        self.api = api
        self.defs = defs
        self.aliases = aliases or {}  # definition -> sources of its unconverted copies (unify)
        self.members: dict[int, list[str]] = {}
        self.shape_of = shape_of = _one_component_per_shape(defs, shape_of)
        self.variants = {
            shape_of[name]
            for d in defs.values() if isinstance(d, UnionDef)
            for v in d.variants for name in names_in(v.type) if name in shape_of
        }
        for name, shape in shape_of.items():
            self.members.setdefault(shape, []).append(name)
        self._parent = {shape: shape for shape in self.members}
        self.name_of: dict[int, str] = {}  # group root -> name
        self.owner: dict[str, int] = {}  # name -> group root
        self.locked = locked  # schema source -> name
        self.reserved = set(locked.values())
        self.sent: set[int] = set()  # shapes some request carries (set by unify)
        self.merges: list[str] = []  # near-identical merges, for the report
        self._stems: dict[tuple[str, ...], str] = {}  # users' operationIds -> what they share
        self.renames: list[str] = []  # shapes that could not have their first name, and why
        self._heap: list[_Queued] = []
        self._enum_heap: list[_Queued] = []
        self._order = 0
        self.users: dict[int, set[str]] = {}  # shape -> operationIds that reach it (index_users)
        self.operations: dict[str, Operation] = {}

    # -- groups ---------------------------------------------------------------------------
    def find(self, shape: int) -> int:
        while self._parent[shape] != shape:
            self._parent[shape] = self._parent[self._parent[shape]]
            shape = self._parent[shape]
        return shape

    def group_of(self, location_name: str) -> int:
        return self.find(self.shape_of[location_name])

    def _union(self, keep: int, other: int) -> None:
        keep, other = self.find(keep), self.find(other)
        if keep != other:
            self._parent[other] = keep
            self.members[keep].extend(self.members.pop(other))

    def representative(self, group: int) -> Definition:
        return self.defs[self.members[self.find(group)][0]]

    # -- claims ---------------------------------------------------------------------------
    def claim(
        self, tier: int, depth: int, ref: TypeRef | None, candidates: list[str], entity: str = "", page_of: str | None = None
    ) -> None:
        """Proposes names for the definition `ref` points at (through lists and maps)."""
        ref = self.target(ref)
        if ref is None or ref.name is None:  # (a target always has a name)
            return
        if ref.kind == t.ENUM:  # `ChargePointStatus` may be a class already: `ChargePointStatusValues`
            candidates = [*candidates, *(c + "Values" for c in candidates)]
        kept = tuple(dict.fromkeys(c for c in candidates if c))
        if not kept:
            return
        self._order += 1
        claim = _Claim(tier, depth, self._order, self.shape_of[ref.name], kept, entity or kept[0], page_of)
        # enums are written inline, so their names matter only to the docs and the diff: they
        # take what the classes and aliases leave
        heapq.heappush(self._enum_heap if ref.kind == t.ENUM else self._heap, (tier, depth, self._order, claim))

    def target(self, ref: TypeRef | None) -> TypeRef | None:
        """The definition `ref` leads to (through lists and maps), if any. Tested before candidate
        names are worked out: most fields and parameters are primitives, which no claim names."""
        while ref is not None and ref.kind in (t.LIST, t.MAP):
            ref = ref.item
        if ref is None or ref.kind not in (t.MODEL, t.ENUM, t.UNION) or ref.name not in self.shape_of:
            return None
        return ref

    def run(self) -> None:
        while self._heap or self._enum_heap:
            claim = heapq.heappop(self._heap or self._enum_heap)[3]
            group = self.find(claim.group)
            if group in self.name_of:
                continue
            candidates = claim.candidates
            item = self.name_of.get(self.group_of(claim.page_of)) if claim.page_of else None
            if item is not None:
                candidates = (fit(item + "Page", "Page"), *candidates)
            name = self._settle(group, candidates)
            self._claim_children(group, claim, name)

    def _settle(self, group: int, candidates: tuple[str, ...]) -> str:
        locked = self._locked_name(group)
        for candidate in ((locked,) if locked else ()) + candidates:
            held = self.owner.get(candidate)
            if held is None and candidate in self.reserved and candidate != locked:
                continue  # the lock keeps it for the shape that had it (or for a removed one)
            if held is None:
                if candidate != candidates[0] and candidate != locked:
                    where = self.defs[self.members[self.owner[candidates[0]]][0]].source
                    self.renames.append(f"{candidate}: {candidates[0]} is another shape ({where})")
                return self._name(group, candidate)
            pairs = self.compatible(held, group)
            if pairs is not None:
                self.merges.append(f"{candidate} <- {self.defs[self.members[group][0]].source}")
                for keep, other in pairs:
                    self._union(keep, other)
                return candidate
        source = self.defs[self.members[group][0]].source
        name = f"{candidates[0]}_{hashlib.sha1(source.encode()).hexdigest()[:6]}"
        self.renames.append(f"{name}: every candidate name is another shape ({source})")
        return self._name(group, name)

    def _name(self, group: int, name: str) -> str:
        self.name_of[group] = name
        self.owner[name] = group
        return name

    def _locked_name(self, group: int) -> str | None:
        if not self.locked:  # a first generation: no member can hold a name
            return None
        votes: dict[str, int] = {}
        for member in self.members[group]:
            for source in (self.defs[member].source, *self.aliases.get(member, ())):
                name = self.locked.get(source)
                if name:
                    votes[name] = votes.get(name, 0) + 1
        return max(sorted(votes), key=lambda n: votes[n]) if votes else None

    def _claim_children(self, group: int, claim: _Claim, name: str) -> None:
        seen: set[int] = set()
        for member in self.members[self.find(group)]:
            if self.shape_of[member] in seen:
                continue  # same shape, same children
            seen.add(self.shape_of[member])
            definition = self.defs[member]
            if isinstance(definition, ModelDef):
                for f in definition.fields:
                    if self.target(f.type) is None:
                        continue
                    candidates = nested_names(name, claim.entity, f.name, f.type)
                    if claim.tier >= OPERATION:  # `ChargePointSecurity`, whichever requests carry it
                        candidates = self._shared_nested(claim, f.name, f.type) + candidates
                    self.claim(claim.tier, claim.depth + 1, f.type, candidates, claim.entity)
                if definition.additional is not None:
                    self.claim(claim.tier, claim.depth + 1, definition.additional, nested_names(name, claim.entity, "value", None), claim.entity)
            elif isinstance(definition, UnionDef):
                for variant in definition.variants:
                    label = _variant_label(member, variant.type, variant.title)
                    self.claim(claim.tier, claim.depth + 1, variant.type, nested_names(name, claim.entity, label, None), claim.entity)

    def shared(self, ref: TypeRef | None) -> set[str]:
        """operationIds whose parameters, body or responses reach the definition `ref` names."""
        while ref is not None and ref.kind in (t.LIST, t.MAP):
            ref = ref.item
        if ref is None or ref.name not in self.shape_of:
            return set()
        return self.users.get(self.shape_of[ref.name], set())

    def common_stem(self, ref: TypeRef | None, fallback: Operation) -> str:
        """What the operationIds of every operation reaching `ref` share ('' if nothing)."""
        users = tuple(sorted(self.shared(ref))) or (fallback.operation_id,)
        stem = self._stems.get(users)
        if stem is None:
            stem = self._stems[users] = self._common_stem([self.operations.get(o, fallback) for o in users])
        return stem

    def _common_stem(self, users: list[Operation]) -> str:
        words = _concept_words(users[0])
        for other in users[1:]:
            theirs = _concept_words(other)
            common = 0
            while common < min(len(words), len(theirs)) and words[common] == theirs[common]:
                common += 1
            words = words[:common]
        return naming.class_name(*words) if words else ""

    def claim_operation(self, tier: int, op: Operation, ref: TypeRef | None, role: str, noun: str) -> None:
        """`TaxCreateRequest`; for a shape several operations use, what their operationIds
        share (`ChargePointModelRequest` for create and update), never one of them. A shape
        they share nothing of is named late, from where it nests in the others."""
        if self.target(ref) is None:
            return
        stem = self.common_stem(ref, op)
        version = version_suffix(op.api_version)
        mine = operation_base(op) + role
        if stem:
            names = [fit(stem + role, role), stem + role, fit(stem + role + version, role + version), mine]
            self.claim(tier, 0, ref, names, noun)
        else:
            self.claim(tier, 50, ref, [fit(noun + role, role), noun + role, mine], noun)

    def _shared_nested(self, claim: _Claim, prop: str, ref: TypeRef) -> list[str]:
        """Names for what an operation's own body, response or parameter holds, the same however
        many operations carry it: `ChargePointSecurity`, what their operationIds share + the
        property, or (in requests) `ChargePointEvseInput`: not `...Param`, the suffix of the
        request's TypedDicts (whose name then said it twice: `ChargePointEvseParamParam`)."""
        short = nested_names(claim.entity, claim.entity, prop, ref)[0]
        users = self.shared(ref)
        stem = self.common_stem(ref, self.operations[min(users)]) if users else ""
        names = [short]
        if stem:
            names.append(nested_names(stem, stem, prop, ref)[0])
        if claim.tier >= REQUEST:
            names.append(fit(short + "Input", "Input"))
        return names

    def index_users(self, api: Api) -> None:
        """Which operations reach each shape (for names that must not favour one of them)."""
        children: dict[str, list[str]] = {}  # filled as the walks reach definitions
        for op in api.operations:
            self.operations[op.operation_id] = op
            refs = [p.type for p in op.parameters] + [r.type for r in op.responses if r.status.startswith("2")]
            if op.request_body is not None:
                refs.append(op.request_body.type)
            stack = [n for ref in refs for n in names_in(ref)]
            seen: set[str] = set()
            while stack:
                name = stack.pop()
                if name in seen or name not in self.defs:
                    continue
                seen.add(name)
                if name not in children:
                    children[name] = references(self.defs[name])
                stack.extend(children[name])
            for name in seen:
                self.users.setdefault(self.shape_of[name], set()).add(op.operation_id)

    # -- near-identical shapes ------------------------------------------------------------
    def compatible(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """The groups to join if `a` and `b` are one entity (None if they are not)."""
        pairs: list[tuple[int, int]] = []
        return pairs if self._compatible(self.find(a), self.find(b), pairs, set()) else None

    def _compatible(self, a: int, b: int, pairs: list[tuple[int, int]], assumed: set[tuple[int, int]]) -> bool:
        if a == b or (a, b) in assumed:
            return True
        if a in self.name_of and b in self.name_of:
            return False  # two named entities stay two
        if a in self.variants or b in self.variants:
            return False  # a union chose its strategy from its variants' exact shapes
        left, right = self.representative(a), self.representative(b)
        if type(left) is not type(right):
            return False
        assumed.add((a, b))
        if isinstance(left, EnumDef) and isinstance(right, EnumDef):
            # responses may take the union of the values; a request must not send a value
            # one of the endpoints rejects
            ok = left.value_type == right.value_type
            ok = ok and (a not in self.sent or set(right.values) <= set(left.values))
            ok = ok and (b not in self.sent or set(left.values) <= set(right.values))
        elif isinstance(left, UnionDef) and isinstance(right, UnionDef):
            ok = len(left.variants) == len(right.variants) and all(
                self._types(x.type, y.type, pairs, assumed) for x, y in zip(left.variants, right.variants)
            )
        else:
            ok = self._models(a, b, pairs, assumed)
        if ok:
            pairs.append((a, b) if a in self.name_of or b not in self.name_of else (b, a))
        return ok

    def _models(self, a: int, b: int, pairs: list[tuple[int, int]], assumed: set[tuple[int, int]]) -> bool:
        left, right = self.fields_of(a), self.fields_of(b)
        union, shared = set(left) | set(right), set(left) & set(right)
        if not shared or len(union) - len(shared) > max(1, len(union) // 4):
            return False  # near-identical: a field more or less (a quarter of them in big objects)
        if (a in self.sent or b in self.sent) and self.required_of(a) != self.required_of(b):
            # one class would make a field optional that an endpoint requires (Outline's
            # `users.delete()` type-checked without its `id`)
            return False
        return all(self._types(left[k], right[k], pairs, assumed) for k in sorted(shared))

    def required_of(self, group: int) -> set[str]:
        """The fields every member of the group requires."""
        found: set[str] | None = None
        for member in self.members[self.find(group)]:
            definition = self.defs[member]
            if isinstance(definition, ModelDef):
                mine = {f.name for f in definition.fields if f.required}
                found = mine if found is None else found & mine
        return found or set()

    def fields_of(self, group: int) -> dict[str, TypeRef]:
        found: dict[str, TypeRef] = {}
        for member in self.members[self.find(group)]:
            definition = self.defs[member]
            if isinstance(definition, ModelDef):
                for f in definition.fields:
                    found.setdefault(f.name, f.type)
        return found

    def _types(self, x: TypeRef, y: TypeRef, pairs: list[tuple[int, int]], assumed: set[tuple[int, int]]) -> bool:
        if x.kind != y.kind:
            return False
        if x.kind in (t.LIST, t.MAP):
            if x.item is None or y.item is None:
                return x.item is None and y.item is None
            return self._types(x.item, y.item, pairs, assumed)
        if x.kind == t.PRIMITIVE:
            return x.primitive == y.primitive and x.format == y.format
        if x.kind == t.LITERAL:
            return bool(x.value == y.value)
        if x.kind in (t.MODEL, t.ENUM, t.UNION):
            return self._compatible(self.group_of(x.name or ""), self.group_of(y.name or ""), pairs, assumed)
        return True


def _one_component_per_shape(defs: dict[str, Definition], shape_of: dict[str, int]) -> dict[str, int]:
    """Two components of one shape stay two classes: each is a name the spec author chose."""
    seen: set[int] = set()
    split = dict(shape_of)
    next_id = max(shape_of.values(), default=0) + 1
    for name, definition in defs.items():
        if is_component(definition.source) or getattr(definition, "origin", None) == "component":
            if shape_of[name] in seen:
                split[name], next_id = next_id, next_id + 1
            seen.add(shape_of[name])
    return split


def nested_names(parent: str, entity: str, prop: str, ref: TypeRef | None) -> list[str]:
    """Candidates for what property `prop` of `parent` holds: `ParentProp` (shortened from
    the front to fit), `EntityProp`, then `ParentProp` in full."""
    words = naming.words(prop) or ["Value"]
    if ref is not None and ref.kind in (t.LIST, t.MAP):
        words = [*words[:-1], singular(words[-1])]
    own = naming.class_name(*words)
    base = _ROLE_SUFFIX.sub("", parent) or parent  # `TaxCreateRequest` -> `TaxCreate` + prop
    said = naming.words(own)
    if own.startswith(base) or len(said) > 1 and set(said) <= set(naming.words(base)):
        full = own  # Lago's `estimated_credit_note` of `CreditNoteEstimated` says it all already
    else:
        full = base + own
    short = own if own.startswith(entity) else entity + own
    return [fit(full, own), fit(short, own), full]


def fit(name: str, own: str) -> str:
    """`name` without its leading words until it is at most LONGEST characters (`own` stays)."""
    if len(name) <= LONGEST:
        return name
    head = naming.words(name[: len(name) - len(own)]) if name.endswith(own) else naming.words(name)
    tail = own if name.endswith(own) else ""
    while head and len("".join(head) + tail) > LONGEST:
        head = head[1:]
    fitted = "".join(w[:1].upper() + w[1:] for w in head) + tail
    return fitted if fitted[:1].isalpha() else name  # never a name the words of a digest begin


def _variant_label(union_location_name: str, ref: TypeRef, title: str | None) -> str:
    """What the parser's location name added for a variant (a title, tag value or key)."""
    if ref.name and ref.name.startswith(union_location_name) and len(ref.name) > len(union_location_name):
        return ref.name[len(union_location_name):]
    return title or "Variant"


def item_method(op: Operation) -> bool:
    return bool(_ITEM_METHOD.match(op.method_name))


def operation_base(op: Operation) -> str:
    return naming.class_name(op.spelling or op.operation_id)


def claim_roots(namer: EntityNamer, api: Api) -> None:
    """Every place that names a top-level shape, from components to parameters."""
    for table, kind in ((api.models, t.MODEL), (api.enums, t.ENUM), (api.unions, t.UNION)):
        for name, definition in table.items():
            if is_component(definition.source) or _top_of_a_file(definition.source):
                namer.claim(COMPONENT, 0, TypeRef(kind, name=name), [name])
    resources = {r.name: r for r in api.resources}
    namer.index_users(api)
    for op in api.operations:
        response = primary_response(op)
        noun = naming.class_name(*noun_words(op.resource))
        entity = not resources[op.resource].tag.lower().startswith("action") and item_method(op)
        page, items = _list_envelope(api, op, response)
        item = page.fields[[f.name for f in page.fields].index(items)].type if page else response
        if returns_events(op):
            namer.claim_operation(OPERATION, op, response, "Event", noun)  # what a stream's events are, not the entity
        elif entity:
            first = 0 if op.method_name.startswith("list") else 1  # list items name their entity
            names = _entity_names(noun, _sub_entity(op.method_name), op.api_version)
            own = operation_base(op) + "Response"  # a shape no other site of the entity has
            namer.claim(ITEM, first, item, [*names, fit(own, "Response"), own])
        else:
            namer.claim_operation(OPERATION, op, item, "Response", noun)
        if page is not None:
            _claim_page(namer, page, op, noun, item)
        for response_ in op.responses:
            if response_.status[0] in "45" or response_.status == "default":
                _claim_error(namer, response_.type, noun)
            elif response_.type is not response:
                role = "Event" if is_event_stream(response_.content_type) else "Response"
                namer.claim_operation(OPERATION, op, response_.type, role, noun)
        if op.request_body is not None:
            namer.claim_operation(REQUEST, op, op.request_body.type, "Request", noun)
        for p in op.parameters:
            namer.claim_operation(PARAMETER, op, p.type, naming.class_name(p.name), noun)
        for response_ in op.responses:
            for header in response_.headers:
                namer.claim_operation(PARAMETER, op, header.type, naming.class_name(header.name), noun)


def _list_envelope(api: Api, op: Operation, response: TypeRef | None) -> tuple[ModelDef | None, str]:
    """The envelope a list comes in, and the field holding its items: a page (`{data, links,
    meta}`), or what a `list` method returns around its items (Clerk's `{data, total_count}`,
    Meilisearch's `{results, offset, limit, total}`), which names the item, not the envelope."""
    page = page_envelope(api, response) if op.pagination else None
    if page is not None or response is None or response.kind != t.MODEL:
        return page, "data"
    model = api.models.get(str(response.name))
    if not op.method_name.startswith("list"):
        # a GET of the collection that returns its items in a property named as the resource
        # (Zulip's `GET /messages`: `{messages: [...], found_newest}`): the items are the entity
        named = resource_items(model, op.resource) if op.method == "get" and not op.path.rstrip("/").endswith("}") else None
        return (model, named) if named else (None, "data")
    for items in (op.page_items, *OFFSET_ITEMS):
        field = next((f for f in model.fields if f.name == items), None) if model is not None else None
        if field is not None and field.type.kind == t.LIST:
            return model, items
    named = resource_items(model, op.resource)
    return (model, named) if named else (None, "data")


def _entity_names(noun: str, own: str | None, api_version: str | None) -> list[str]:
    """`Session`; a sub-resource's `ChargePointEvse` (`Expense` when the words overlap, not
    `RevenuesExpenseExpense`); with the version (`ChargePointV2`) when the plain one is taken."""
    version = version_suffix(api_version)
    if own is None:
        plain = [noun, noun + version] if version else [noun]
    elif set(naming.words(own)) & set(naming.words(noun)):
        plain = [own, own + version, noun + own] if version else [own, noun + own]
    else:
        plain = [noun + own, noun + own + version, own] if version else [noun + own, own]
    names = [p if len(p) <= LONGEST or own is None else own + p[len(noun + own):] for p in plain]
    return list(dict.fromkeys([*names, *plain, *(p + "Item" for p in plain[:1])]))


def _concept_words(op: Operation) -> list[str]:
    """The operationId's words without 'Deprecated' or a version: what v1 and v2 share."""
    return naming.words(_NOT_CONCEPT.sub("", op.spelling or op.operation_id))


def _sub_entity(method: str) -> str | None:
    """`retrieve_evse` -> 'Evse', `list_evse_connectors` -> 'EvseConnector'; None for `list`."""
    match = _ITEM_METHOD.match(method)
    rest = match.group(2) if match else None
    if not rest:
        return None
    words = naming.words(rest)
    if method.startswith("list"):  # the item of a list of evses is an evse
        words[-1] = singular(words[-1])
    return naming.class_name(*words)


def _claim_page(namer: EntityNamer, page: ModelDef, op: Operation, noun: str, item: TypeRef | None) -> None:
    while item is not None and item.kind == t.LIST:
        item = item.item
    item_name = item.name if item is not None and item.kind in (t.MODEL, t.UNION) else None
    page_ref = TypeRef(t.MODEL, name=page.name)
    if not op.pagination and not op.method_name.startswith("list"):  # what holds them, not a page
        namer.claim(INFRASTRUCTURE, 0, page_ref, [fit(operation_base(op) + "Response", "Response")])
        return
    namer.claim(INFRASTRUCTURE, 0, page_ref, [noun + "Page", operation_base(op) + "Page"], page_of=item_name)
    for f in page.fields:
        if f.name in ("links", "meta"):
            word = naming.class_name(f.name)
            namer.claim(INFRASTRUCTURE, 1, f.type, ["Page" + word, noun + "Page" + word], "Page")


def _claim_error(namer: EntityNamer, ref: TypeRef | None, noun: str) -> None:
    if ref is None or ref.kind != t.MODEL or ref.name not in namer.api.models:
        return
    keys = {f.name for f in namer.api.models[ref.name].fields}
    first = "ValidationErrorBody" if "errors" in keys else "ErrorBody"
    namer.claim(INFRASTRUCTURE, 0, ref, [first, "ErrorBody", noun + first, noun + "ErrorBody"], "Error")


def _top_of_a_file(source: str) -> bool:
    """A schema at the top of a file the spec refers to (`schemas.yaml#/Node`): named by its author."""
    file, _, pointer = source.partition("#")
    return bool(file) and pointer.count("/") <= 1


def is_component(source: str) -> bool:
    body = source.partition("#")[2]
    return body.startswith("/components/schemas/") and body.count("/") == 3
