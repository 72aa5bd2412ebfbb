"""One class per shape: merges the parser's per-location definitions into named entities.

Runs on the finished IR (`build_api` calls it last). Steps:
1. directions: which definitions travel in requests, in responses, or both; a request-only
   model loses its readOnly properties, a response-only one its writeOnly properties;
2. shapes: definitions with equal JSON shapes fall into one class (`shapes`);
3. names: each class is named after the entity it is, near-identical ones joined (`entities`);
4. rewrite: one definition per entity, every reference in the IR pointing at it; responses
   that are only a `{data: ...}` envelope refer to what they wrap.
"""

from __future__ import annotations

from typing import overload

from generator.ir import Api, EnumDef, Field, ModelDef, TypeRef, UnionDef
from generator.ir import types as t
from generator.ir.api import ShapeStats
from generator.ir.types import evolve
from generator.media import is_event_stream
from generator.parser.entities import (
    EntityNamer,
    claim_roots,
    envelope_data,
    is_component,
)
from generator.parser.pagination import primary_response
from generator.parser.shapes import Definition, definitions, names_in, references, shape_classes

REQUEST, RESPONSE = "request", "response"


def unify(api: Api, locked: dict[str, str], aliases: dict[str, list[str]] | None = None) -> None:
    """Rewrites `api` in place. `locked`: schema source -> class name from a name lock.

    `aliases`: definition -> the sources of the schemas that were copies of its own and were
    not converted again (SchemaConverter.convert_repeated). Each counts as a definition of
    its own: its source is the class's, and its description and lock name a vote of their own.
    """
    aliases = aliases or {}
    directions = _directions(api)
    for name, model in api.models.items():
        _drop_one_way_fields(model, directions.get(name, {RESPONSE}))
    _unwrap_envelopes(api)
    defs = definitions(api)
    shape_of = shape_classes(defs)
    namer = EntityNamer(api, defs, shape_of, locked, aliases)
    namer.sent = {namer.shape_of[n] for n, way in directions.items() if REQUEST in way and n in namer.shape_of}
    claim_roots(namer, api)
    namer.run()
    for name in defs:  # what no operation reaches (unused components' parts): still named
        group = namer.group_of(name)
        if group not in namer.name_of:
            namer.claim(0, 0, _ref_to(name, defs[name]), [name])
            namer.run()
    final = {name: namer.name_of[namer.group_of(name)] for name in defs}
    _rewrite(api, defs, namer, final, directions, aliases)
    distinct: dict[type, set[int]] = {ModelDef: set(), EnumDef: set(), UnionDef: set()}
    for name, definition in defs.items():  # one pass, not one per kind
        distinct[type(definition)].add(shape_of[name])
    api.shapes = ShapeStats(
        len(defs) + sum(map(len, aliases.values())),
        len(distinct[ModelDef]),
        len(distinct[EnumDef]),
        len(distinct[UnionDef]),
        namer.merges,
    )
    api.renames = namer.renames


# -- directions -----------------------------------------------------------------------------
def _directions(api: Api) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    defs = definitions(api)
    children: dict[str, list[str]] = {}
    for op in api.operations:
        roots: list[tuple[str, TypeRef | None]] = [(REQUEST, p.type) for p in op.parameters]
        if op.request_body is not None:
            roots.append((REQUEST, op.request_body.type))
        roots += [(RESPONSE, r.type) for r in op.responses]
        roots += [(RESPONSE, h.type) for r in op.responses for h in r.headers]
        for direction, ref in roots:
            stack = names_in(ref)
            while stack:
                name = stack.pop()
                ways = found.get(name)
                if ways is None:
                    ways = found[name] = set()
                elif direction in ways:
                    continue
                ways.add(direction)
                if name not in children:
                    children[name] = references(defs[name])
                stack.extend(children[name])
    return found


def _drop_one_way_fields(model: ModelDef, directions: set[str]) -> None:
    if directions == {REQUEST}:
        model.fields = [f for f in model.fields if not f.read_only]
    elif directions == {RESPONSE}:
        model.fields = [f for f in model.fields if not f.write_only]
    model.usage = "both" if len(directions) == 2 else next(iter(directions))


def _unwrap_envelopes(api: Api) -> None:
    for op in api.operations:
        if op.pagination:
            continue
        primary = primary_response(op)
        for response in op.responses:
            # an event's `data` is not an envelope: each event is read as the spec describes it
            if response.type is primary and response.status.startswith("2") and not is_event_stream(response.content_type):
                inner = envelope_data(api, response.type)
                if inner is not None:
                    if response.type is not None and response.type.nullable and not inner.nullable:  # the body may be null
                        inner = evolve(inner, nullable=True)
                    response.type, response.envelope = inner, "data"


# -- rewrite ---------------------------------------------------------------------------------
def _ref_to(name: str, definition: Definition) -> TypeRef:
    kind = t.ENUM if isinstance(definition, EnumDef) else t.UNION if isinstance(definition, UnionDef) else t.MODEL
    return TypeRef(kind, name=name)


@overload
def _renamed(ref: TypeRef, final: dict[str, str]) -> TypeRef: ...
@overload
def _renamed(ref: None, final: dict[str, str]) -> None: ...
@overload
def _renamed(ref: TypeRef | None, final: dict[str, str]) -> TypeRef | None: ...
def _renamed(ref: TypeRef | None, final: dict[str, str]) -> TypeRef | None:
    if ref is None:
        return None
    if ref.kind in (t.MODEL, t.ENUM, t.UNION) and ref.name in final:
        return evolve(ref, name=final[ref.name])
    if ref.item is not None:
        return evolve(ref, item=_renamed(ref.item, final))
    return ref


def _rewrite(
    api: Api,
    defs: dict[str, Definition],
    namer: EntityNamer,
    final: dict[str, str],
    directions: dict[str, set[str]],
    aliases: dict[str, list[str]],
) -> None:
    groups: dict[str, list[str]] = {}
    for location_name, name in final.items():
        groups.setdefault(name, []).append(location_name)
    models: dict[str, ModelDef] = {}
    enums: dict[str, EnumDef] = {}
    unions: dict[str, UnionDef] = {}
    for name, members in groups.items():
        if len(members) > 1:  # most entities are one definition
            members.sort(key=lambda m: _rank(defs[m]))
        first = defs[members[0]]
        sources = [source for m in members for source in (defs[m].source, *aliases.get(m, ()))]
        if isinstance(first, ModelDef):
            merged = [d for m in members if isinstance(d := defs[m], ModelDef)]  # one group: one kind
            models[name] = _merged_model(name, merged, final, directions, members, aliases, sources)
        elif isinstance(first, EnumDef):
            values = list(dict.fromkeys(v for m in members if isinstance(d := defs[m], EnumDef) for v in d.values))
            enums[name] = evolve(
                first,
                name=name,
                values=values,
                sources=sources,
                description=_doc(defs, members, aliases),
            )
        else:
            variants = [evolve(v, type=_renamed(v.type, final)) for v in first.variants]
            unions[name] = evolve(
                first,
                name=name,
                variants=variants,
                sources=sources,
                description=_doc(defs, members, aliases),
            )
    for op in api.operations:
        for p in op.parameters:
            p.type = _renamed(p.type, final)
        if op.request_body is not None:
            op.request_body.type = _renamed(op.request_body.type, final)
        for response in op.responses:
            response.type = _renamed(response.type, final)
            for header in response.headers:
                header.type = _renamed(header.type, final)
    api.models, api.enums, api.unions = models, enums, unions
    _drop_unreached(api)


def _rank(definition: Definition) -> int:
    """Components first: they give the docs and the field order."""
    return 0 if is_component(definition.source) else 1


def _doc(defs: dict[str, Definition], members: list[str], aliases: dict[str, list[str]]) -> str | None:
    if _rank(defs[members[0]]) == 0 and defs[members[0]].description:
        return defs[members[0]].description
    return _most_said([defs[m].description for m in members], members, aliases)


def _most_said(texts: list[str | None], members: list[str], aliases: dict[str, list[str]]) -> str | None:
    """The text most places give (the first in sorted order of those that tie); a definition
    counts once more for each of its copies."""
    votes: dict[str, int] = {}
    for text, member in zip(texts, members):
        if text:
            votes[text] = votes.get(text, 0) + 1 + len(aliases.get(member, ()))
    return max(sorted(votes), key=votes.__getitem__) if votes else None


def _merged_model(
    name: str,
    members: list[ModelDef],
    final: dict[str, str],
    directions: dict[str, set[str]],
    locations: list[str],
    aliases: dict[str, list[str]],
    sources: list[str],
) -> ModelDef:
    """The union of the members' fields: required only where every member requires it.
    `sources`: the members' own and their copies' (see `_rewrite`)."""
    fields: dict[str, Field] = {}
    counted = [m for m, loc in zip(members, locations) if loc in directions] or members
    usage: set[str] = set()
    for member, location in zip(members, locations):
        usage |= directions.get(location, {RESPONSE})
        for f in member.fields:
            kept = fields.get(f.name)
            if kept is None:
                fields[f.name] = evolve(f, type=_renamed(f.type, final))
            elif f.type.nullable and not kept.type.nullable:
                kept.type = evolve(kept.type, nullable=True)
            if kept is not None and not kept.description and f.description:
                kept.description = f.description
    required = {f.name for f in counted[0].fields if f.required}
    for member in counted[1:]:
        required &= {f.name for f in member.fields if f.required}
    for wire, f in fields.items():
        f.required = wire in required
    first = members[0]
    description = (
        first.description
        if first.origin == "component" and first.description
        else _most_said([m.description for m in members], locations, aliases)
    )
    return evolve(
        first,
        name=name,
        fields=list(fields.values()),
        additional=_renamed(first.additional, final),
        description=description,
        usage="both" if len(usage) == 2 else next(iter(usage)),
        sources=sources,
    )


def _drop_unreached(api: Api) -> None:
    """Definitions nothing refers to any more (the envelopes responses were unwrapped from)."""
    stack = [n for table in (api.models, api.enums, api.unions) for n, d in table.items() if is_component(d.source)]
    for op in api.operations:
        refs = [p.type for p in op.parameters] + [r.type for r in op.responses]
        refs += [h.type for r in op.responses for h in r.headers]
        if op.request_body is not None:
            refs.append(op.request_body.type)
        for ref in refs:
            stack.extend(names_in(ref))
    reached: set[str] = set()
    defs = definitions(api)
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            stack.extend(references(defs[name]))
    api.models = {n: d for n, d in api.models.items() if n in reached}
    api.enums = {n: d for n, d in api.enums.items() if n in reached}
    api.unions = {n: d for n, d in api.unions.items() if n in reached}
