"""Acceptance tests on the real AMPECO spec (skipped, with a message, when it is absent)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from generator.emit.params import param_names
from generator.emit.plan import operation_refs
from generator.ir import types as t
from generator.loader import load_spec
from generator.parser.operations import iter_operations
from tests.conftest import GeneratedSdk
from tests.payloads import variant_sample

pytestmark = pytest.mark.slow
HTTP = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _spec_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_operation_is_in_the_ir_with_its_schemas(real_sdk: GeneratedSdk, real_spec: Path) -> None:
    raw = _spec_json(real_spec)
    expected = {op["operationId"] for item in raw["paths"].values() for m, op in item.items() if m in HTTP}
    api = real_sdk.api
    assert len(api.operations) == 452
    assert {op.operation_id for op in api.operations} == expected
    spec = load_spec(str(real_spec))
    by_id = {op.operation_id: op for op in api.operations}
    bodies = responses = 0
    for path, method, operation, _, _ in iter_operations(spec):
        ir_op = by_id[operation["operationId"]]
        assert (ir_op.method, ir_op.path) == (method, path)
        if "requestBody" in operation:
            bodies += 1
            assert ir_op.request_body is not None and ir_op.request_body.type is not None, ir_op.operation_id
        for status, response in operation["responses"].items():
            response, _ = spec.deref(response, ("", "#"))
            ir_response = next(r for r in ir_op.responses if r.status == status)
            if (response.get("content") or {}).get("application/json", {}).get("schema") is not None:
                responses += 1
                assert ir_response.type is not None, (ir_op.operation_id, status)
    assert bodies == 184 and responses > 2000


def test_every_type_an_operation_uses_is_emitted(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    exported = set(real_sdk.module("types").__all__)
    inline_enums = {name for name, enum in api.enums.items() if enum.origin != "component"}  # Literal[...]
    used = {name for op in api.operations for name in operation_refs(op)} - inline_enums
    assert used and used <= exported
    request_dicts = set(param_names(api).values())  # the TypedDict of each model a request can carry
    assert exported == {*api.models, *(set(api.enums) - inline_enums), *api.unions, *request_dicts}
    assert {"ChargePointUpdateRequestParam", "ChargePointsListingFilterV2Param"} <= request_dicts
    # a request-only nested shape is `...Input` (its TypedDict `...InputParam`), never `...ParamParam`
    assert "ChargePointEvseInputParam" in request_dicts
    assert not [name for name in exported if "ParamParam" in name]
    assert {"ChargePoint", "Location", "Session", "TariffGroup"} <= exported
    charge_point = real_sdk.api.models["ChargePoint"]
    assert len(charge_point.fields) > 30, "allOf parts of ChargePoint must be merged into its fields"


def test_no_numbered_class_names(real_sdk: GeneratedSdk) -> None:
    names = [*real_sdk.api.models, *real_sdk.api.enums, *real_sdk.api.unions]
    stems: dict[str, list[str]] = {}
    for name in names:
        match = re.fullmatch(r"(.*?)(\d+)", name)
        if match:
            stems.setdefault(match.group(1), []).append(name)
    # a trailing number is an ordinal if the same stem appears with another number
    # (API versions are not ordinals: NotificationV1, NotificationV2)
    ordinals = {
        stem: found for stem, found in stems.items() if len(found) > 1 and not stem.endswith(("Ocpp", "V", "V2_"))
    }
    assert not ordinals
    assert not [n for n in names if re.search(r"_[0-9a-f]{6}$", n)], "no collision needed a digest suffix"
    assert not [n for n in names if re.fullmatch(r"(Data|Model|Item|Schema)\d+", n)]


def _union_keyword_sites(raw: dict) -> dict[str, str]:
    sites: dict[str, str] = {}
    stack = [(raw, "#")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            for keyword in ("oneOf", "anyOf"):
                if keyword in node:
                    sites[pointer] = keyword
            for key, value in node.items():
                stack.append((value, pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")))
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{i}") for i, value in enumerate(node))
    return sites


def test_every_one_of_site_has_a_strategy(real_sdk: GeneratedSdk, real_spec: Path) -> None:
    sites = _union_keyword_sites(_spec_json(real_spec))
    one_of = {p for p, k in sites.items() if k == "oneOf"}
    assert len(one_of) == 38
    unions_by_site: dict[str, list[str]] = {}
    for union in real_sdk.api.unions.values():
        for source in union.sources or [union.source]:  # one union of each shape, for all its sites
            unions_by_site.setdefault(source, []).append(union.strategy)
    missing = sorted(one_of - set(unions_by_site))
    assert not missing, missing
    assert all(s != "left-to-right" for strategies in unions_by_site.values() for s in strategies)
    assert set(unions_by_site) <= set(sites), "every union comes from a oneOf/anyOf keyword in the spec"


def _parsed_is_variant(sdk: GeneratedSdk, parsed: object, variant_type: t.TypeRef) -> bool:
    api = sdk.api
    if variant_type.kind == t.MODEL:
        return type(parsed).__name__ == variant_type.name
    if variant_type.kind == t.UNION:
        nested = api.unions[str(variant_type.name)]
        return any(_parsed_is_variant(sdk, parsed, v.type) for v in nested.variants)
    if variant_type.kind == t.ENUM:  # written as Literal[...]: the value itself comes back
        return parsed in api.enums[str(variant_type.name)].values
    if variant_type.kind == t.LIST:
        return isinstance(parsed, list)
    python = {"string": str, "integer": int, "number": float, "boolean": bool}.get(variant_type.primitive or "")
    return python is None or isinstance(parsed, python) or variant_type.format is not None


def test_every_union_variant_parses_back_into_itself(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    checked = 0
    failures = []
    for union in api.unions.values():
        adapter = TypeAdapter(real_sdk.definition(union.name))
        for index, variant in enumerate(union.variants):
            payload = variant_sample(api, union.name, index)
            parsed = adapter.validate_python(payload)
            others = [v for j, v in enumerate(union.variants) if j != index and v.type.name != variant.type.name]
            if not _parsed_is_variant(real_sdk, parsed, variant.type) or (
                variant.type.kind == t.MODEL and any(_parsed_is_variant(real_sdk, parsed, o.type) for o in others)
            ):
                failures.append(f"{union.name}[{index}] ({union.strategy}) -> {type(parsed).__name__}")
            checked += 1
    assert not failures, failures
    assert checked == sum(len(u.variants) for u in api.unions.values()) >= 100  # one union per shape


def test_ir_command_prints_stable_json_with_an_accessor_per_operation(real_spec: Path) -> None:
    import subprocess
    import sys

    sdkgen = str(Path(sys.executable).parent / "sdkgen")
    first = subprocess.run([sdkgen, "ir", str(real_spec)], capture_output=True, text=True, check=False)
    second = subprocess.run([sdkgen, "ir", str(real_spec)], capture_output=True, text=True, check=False)
    assert first.returncode == 0 and first.stdout == second.stdout
    document = json.loads(first.stdout)
    accessors = [op["accessor"] for op in document["operations"]]
    assert len(accessors) == len(set(accessors)) == 452
    assert "charge_points.list" in accessors and "charge_points.create" in accessors
    for op in document["operations"]:
        if op["deprecated"] and op["api_version"]:
            assert op["method_name"].endswith("_" + op["api_version"].split(".")[0]) or "_v" in op["method_name"], op
