"""Issue 10, items 1 and 2, over every response type of the real spec.

1. Lenient parsing never degrades to dicts: broken payloads (required keys dropped, values
   mistyped or null, unknown fields) are built for every response type, and the parsed value
   must hold a model wherever one is declared, keep each bad value readable where it was, and
   leave the neighbours of a bad list item exactly as strict parsing makes them.
2. Inferred union strategies are hints: a payload whose hinted variant rejects it but
   another variant accepts parses as one that accepts it, in strict mode too.
"""

from __future__ import annotations

import copy
import random
from typing import Any, Iterator, List

import httpx
import pydantic
import pytest

from generator.ir import Api, TypeRef
from generator.ir import types as t
from tests.conftest import GeneratedSdk
from tests.payloads import sample, variant_sample
from tests.support.shapes import dicts_where_models_are_declared

BROKEN_PER_TYPE = 4  # broken payloads per response type, each with 1-3 mutations
Step = tuple[str, Any]  # ("attr", python name) | ("index", i) | ("key", k)


def _annotation(sdk: GeneratedSdk, ref: TypeRef) -> Any:
    if ref.kind in (t.MODEL, t.UNION, t.ENUM):
        return sdk.definition(str(ref.name))
    if ref.kind == t.LIST:
        return List[_annotation(sdk, ref.item)] if ref.item else list  # type: ignore[misc]
    return Any


def response_types(api: Api) -> dict[str, TypeRef]:
    """Every distinct response type (all statuses) that is or holds a model."""
    found: dict[str, TypeRef] = {}
    for op in api.operations:
        for response in op.responses:
            ref = response.type
            while ref is not None and ref.kind == t.LIST:
                ref = ref.item
            if ref is not None and ref.kind in (t.MODEL, t.UNION) and response.type is not None:
                found.setdefault(f"{response.type.kind}:{ref.name}", response.type)
    return found


def _duplicate_list_items(value: Any) -> Any:
    """Every list gets a pristine twin of its first item: mutations only touch item 0."""
    if isinstance(value, list):
        items = [_duplicate_list_items(v) for v in value]
        return items + [copy.deepcopy(items[0])] if len(items) == 1 else items
    if isinstance(value, dict):
        return {k: _duplicate_list_items(v) for k, v in value.items()}
    return value


def model_positions(api: Api, ref: TypeRef | None, value: Any, path: list[Step], under_union: bool = False) -> Iterator[tuple[list[Step], str, dict[str, Any], bool]]:
    """(path, model name, the payload dict, whether a union is on the way) for each model in `value`."""
    if ref is None:
        return
    if ref.kind == t.MODEL and isinstance(value, dict):
        model = api.models[str(ref.name)]
        yield path, model.name, value, under_union
        for field in model.fields:
            if field.name in value:
                yield from model_positions(api, field.type, value[field.name], [*path, ("attr", field.py_name)], under_union)
    elif ref.kind == t.LIST and isinstance(value, list) and value:
        yield from model_positions(api, ref.item, value[0], [*path, ("index", 0)], under_union)
    elif ref.kind == t.MAP and isinstance(value, dict):
        for key, item in value.items():
            yield from model_positions(api, ref.item, item, [*path, ("key", key)], under_union)
    elif ref.kind == t.UNION:
        union = api.unions[str(ref.name)]
        yield from model_positions(api, union.variants[0].type, value, path, True)


_WRONG = {"string": {"not": "a string"}, "integer": "not-an-integer", "number": "not-a-number", "boolean": "not-a-boolean"}


def _mutate(api: Api, model_name: str, payload: dict[str, Any], rng: random.Random) -> tuple[str, str | None, Any] | None:
    """Breaks one field of `payload` in place; (what, python name, what the field must read as)."""
    fields = [f for f in api.models[model_name].fields if f.name in payload]
    required = [f for f in fields if f.required and not f.read_only]
    choices = ["unknown"]
    if required:
        choices += ["drop", "null"]
    typed = [f for f in fields if f.type.kind in (t.PRIMITIVE, t.LIST, t.MODEL)]
    if typed:
        choices.append("wrong")
    what = rng.choice(choices)
    if what == "unknown":
        payload["zzNotInTheSpec"] = {"added": "later"}
        return what, None, None
    if what in ("drop", "null"):
        field = rng.choice(required)
        if what == "drop":
            del payload[field.name]
        else:
            payload[field.name] = None
        return what, field.py_name, None
    field = rng.choice(typed)
    bad = _WRONG.get(field.type.primitive or "", 12345) if field.type.kind == t.PRIMITIVE else "not-an-object-or-list"
    payload[field.name] = bad
    return what, field.py_name, bad


def broken_payloads(api: Api, ref: TypeRef, seed: str) -> Iterator[tuple[Any, Any, list[tuple[list[Step], str, str, str | None, Any, bool]]]]:
    """(pristine payload, broken payload, mutations) pairs for one response type."""
    base = _duplicate_list_items(sample(api, ref))
    for k in range(BROKEN_PER_TYPE):
        rng = random.Random(f"{seed}/{k}")
        broken = copy.deepcopy(base)
        positions = list(model_positions(api, ref, broken, []))
        if not positions:
            return
        mutations = []
        for path, name, payload, under_union in rng.sample(positions, min(len(positions), rng.randint(1, 3))):
            if any(m[0] == path for m in mutations):
                continue
            done = _mutate(api, name, payload, rng)
            if done:
                mutations.append((path, name, done[0], done[1], done[2], under_union))
        # a field replaced by a bad value takes the mutations inside it along
        gone = [[*m[0], ("attr", m[3])] for m in mutations if m[3]]
        mutations = [m for m in mutations if not any(m[0][: len(g)] == g for g in gone)]
        yield base, broken, mutations


def _at(value: Any, path: list[Step]) -> Any:
    for kind, key in path:
        value = getattr(value, key) if kind == "attr" else value[key]
    return value


def _lists(value: Any, path: list[Step]) -> Iterator[list[Step]]:
    """Paths of the lists (outside unions) whose item 1 is a pristine twin."""
    if isinstance(value, pydantic.BaseModel):
        for name in type(value).model_fields:
            yield from _lists(getattr(value, name, None), [*path, ("attr", name)])
    elif isinstance(value, list) and len(value) == 2:
        yield path
        yield from _lists(value[0], [*path, ("index", 0)])


def check_lenient(sdk: GeneratedSdk, kinds: dict[str, TypeRef]) -> tuple[dict[str, int], list[str]]:
    parse = sdk.module("_response").parse
    response = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/x"))
    counts = {"types": 0, "payloads": 0, "mutations": 0, "neighbours": 0}
    failures: list[str] = []
    for key, ref in sorted(kinds.items()):
        annotation = _annotation(sdk, ref)
        counts["types"] += 1
        for base, broken, mutations in broken_payloads(sdk.api, ref, key):
            counts["payloads"] += 1
            where = f"{key} {[(m[1], m[2], m[3]) for m in mutations]}"
            try:
                expected = parse(annotation, copy.deepcopy(base), response, True)
            except sdk.module("_exceptions").APIResponseValidationError as error:
                failures.append(f"{key}: the pristine sample does not validate: {str(error)[:200]}")
                continue
            result = parse(annotation, broken, response, False)
            failures += [f"{where}: {p}" for p in dicts_where_models_are_declared(annotation, result)]
            for path, name, what, py_name, bad, under_union in mutations:
                counts["mutations"] += 1
                if under_union:
                    continue  # another variant may have been chosen: the no-dicts check covers it
                holder = _at(result, path)
                if type(holder).__name__ != name:
                    failures.append(f"{where}: {path} is {type(holder).__name__}, not {name}")
                elif what == "unknown" and (holder.model_extra or {}).get("zzNotInTheSpec") != {"added": "later"}:
                    failures.append(f"{where}: unknown field lost at {path}")
                elif what != "unknown" and getattr(holder, str(py_name)) != bad:
                    failures.append(f"{where}: {path}.{py_name} reads {getattr(holder, str(py_name))!r}, not {bad!r}")
            if not any(m[5] for m in mutations):
                replaced = [[*m[0], ("attr", m[3])] for m in mutations if m[3]]
                for path in _lists(expected, []):
                    if any(path[: len(r)] == r for r in replaced):
                        continue  # the list itself was replaced by a bad value
                    counts["neighbours"] += 1
                    if _at(result, path)[1] != _at(expected, path)[1]:
                        failures.append(f"{where}: the pristine neighbour at {path}[1] changed")
    return counts, failures


@pytest.mark.slow
def test_broken_payloads_of_every_real_response_type_still_give_models(real_sdk: GeneratedSdk) -> None:
    kinds = response_types(real_sdk.api)
    counts, failures = check_lenient(real_sdk, kinds)
    print(f"\nlenient parsing: {counts}")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:40])
    assert counts["types"] == len(kinds) >= 200  # one per entity: far fewer classes than before
    assert counts["mutations"] >= 4 * len(kinds) and counts["neighbours"] >= len(kinds)


def test_broken_payloads_of_every_own_response_type_still_give_models(own_sdk: GeneratedSdk) -> None:
    counts, failures = check_lenient(own_sdk, response_types(own_sdk.api))
    assert not failures, "\n".join(failures[:40])
    assert counts["mutations"] >= 50 and counts["neighbours"] >= 10


# 2. inferred unions are hints -------------------------------------------------------------
def _variant_classes(sdk: GeneratedSdk, ref: TypeRef) -> list[Any]:
    """The model classes a variant stands for (a nested union stands for all of its own)."""
    if ref.kind == t.MODEL:
        return [sdk.definition(str(ref.name))]
    if ref.kind == t.UNION:
        return [c for v in sdk.api.unions[str(ref.name)].variants for c in _variant_classes(sdk, v.type)]
    return []


def check_hints(sdk: GeneratedSdk) -> tuple[dict[str, int], list[str]]:
    """Payloads of each variant carrying every tag value some variant lists."""
    api = sdk.api
    counts = {"payloads": 0, "valid for several variants": 0, "hint overridden": 0}
    failures: list[str] = []
    for union in api.unions.values():
        if union.strategy in ("discriminator", "left-to-right") or not union.discriminator:
            continue
        adapter = pydantic.TypeAdapter(sdk.definition(union.name))
        classes = [_variant_classes(sdk, v.type) for v in union.variants]
        tag_owner = {tag: classes[i] for i, v in enumerate(union.variants) for tag in v.tags}
        every = list(dict.fromkeys(c for found in classes for c in found))
        for j, variant in enumerate(union.variants):
            base = variant_sample(api, union.name, j)
            if not classes[j] or not isinstance(base, dict):
                continue
            for tag in tag_owner:
                payload = {**base, union.discriminator: tag}
                accepting = []
                for cls in every:
                    try:
                        cls.model_validate(payload)
                        accepting.append(cls)
                    except pydantic.ValidationError:
                        pass
                if not accepting:
                    continue
                counts["payloads"] += 1
                counts["valid for several variants"] += len(accepting) > 1
                counts["hint overridden"] += not set(tag_owner[tag]) & set(accepting)
                try:
                    parsed = adapter.validate_python(payload)
                except pydantic.ValidationError as error:
                    failures.append(f"{union.name} ({union.strategy}) {union.discriminator}={tag!r}: rejected: {str(error)[:160]}")
                    continue
                if type(parsed) not in accepting:
                    failures.append(f"{union.name}: {tag!r} parsed as {type(parsed).__name__}, which rejects it")
    return counts, failures


@pytest.mark.slow
def test_inferred_unions_accept_payloads_their_hint_rejects(real_sdk: GeneratedSdk) -> None:
    counts, failures = check_hints(real_sdk)
    print(f"\ninferred unions: {counts}")
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:30])
    assert counts["hint overridden"] >= 50 and counts["valid for several variants"] >= 100


def test_printec_payload_valid_for_other_terminals_parses_in_both_modes(real_sdk: GeneratedSdk) -> None:
    """The issue's example: `getPaymentTerminals`, terminalType "Printec Castles", no phone."""
    api = real_sdk.api
    op = next(o for o in api.operations if o.operation_id == "getPaymentTerminals")
    ref = next(r.type for r in op.responses if r.status == "200")
    assert ref is not None and ref.name == "PaymentTerminalPage"  # a page of terminals
    kind = _annotation(real_sdk, ref)
    data_ref = next(f.type for f in api.models[str(ref.name)].fields if f.name == "data")
    listed = data_ref.kind == t.LIST
    union = api.unions[str((data_ref.item if listed and data_ref.item else data_ref).name)]
    printec = next(i for i, v in enumerate(union.variants) if "Printec Castles" in v.tags)
    other = next(i for i, v in enumerate(union.variants) if i != printec and "phone" not in v.required_keys)
    payload = {**variant_sample(api, union.name, other), "terminalType": "Printec Castles"}
    assert "phone" not in payload and "phone" in union.variants[printec].required_keys
    parse = real_sdk.module("_response").parse
    response = httpx.Response(200, request=httpx.Request("GET", "http://127.0.0.1/x"))
    for strict in (True, False):
        data = parse(kind, {"data": [payload] if listed else payload}, response, strict).data
        data = data[0] if listed else data
        assert isinstance(data, pydantic.BaseModel) and type(data).__name__ != union.variants[printec].type.name
        assert data.terminal_type == "Printec Castles"
    with pytest.raises(real_sdk.module("_exceptions").APIResponseValidationError):
        parse(kind, {"data": [{"terminalType": "Printec Castles"}]}, response, True)  # no variant accepts it


def test_own_inferred_unions_accept_payloads_their_hint_rejects(own_sdk: GeneratedSdk) -> None:
    counts, failures = check_hints(own_sdk)
    assert not failures, "\n".join(failures)
    assert counts["hint overridden"] >= 1
