"""Growing the spec must not rename any public name: the name lock in the manifest holds them."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.emit.output import read_manifest
from generator.pipeline import generate

pytestmark = pytest.mark.slow


def _operation(op_id: str, tag: str, response_schema: dict[str, Any], body: dict[str, Any] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": op_id,
        "tags": [tag],
        "summary": op_id,
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response_schema}}}},
    }
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return operation


def grown_spec(raw: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """The real spec plus 50 operations and schemas, many of whose natural names collide with existing ones."""
    spec = copy.deepcopy(raw)
    schemas = spec["components"]["schemas"]
    paths = spec["paths"]
    added = 0
    existing_inline = ["ChargePointCreateRequest", "ChargePointReadResponse", "LocationsListingResponse", "SessionReadResponseData", "UserCreateRequest"]
    for name in existing_inline:  # new component schemas named like existing hoisted models
        schemas[name] = {"type": "object", "properties": {"newField": {"type": "string"}}}
        added += 1
    obj = {"type": "object", "properties": {"data": {"type": "object", "properties": {"id": {"type": "integer"}, "label": {"type": "string"}}}}}
    for op_id in ("charge_point_read", "chargePoint_create", "locations_listing", "session_read", "user_create"):
        # operationIds that snake/camel-case to existing ones: their inline schemas want the same class names
        paths[f"/public-api/resources/collide/v1.0/{op_id}"] = {"post": _operation(op_id, "resource / charge points", obj, body=obj)}
        added += 1
    paths["/public-api/resources/charge-points/v3.0"] = {
        "get": _operation("chargePointsListingV3", "resource / charge points", obj),  # a newer version of `list`
    }
    added += 1
    for index in range(added, 50):
        tag = ["resource / charge points", "resource / locations", "resource / new things"][index % 3]
        paths[f"/public-api/resources/new-things/v1.0/thing{index}"] = {
            "get": _operation(f"newThing{index}Read", tag, {"$ref": "#/components/schemas/ChargePoint"} if index % 2 else obj)
        }
        schemas[f"NewThing{index}"] = {"allOf": [{"$ref": "#/components/schemas/Location"}, {"type": "object", "properties": {"extra": {"type": "string"}}}]}
        added += 1
    return spec, added


def _surface(out: Path) -> dict[str, str]:
    manifest = read_manifest(out)
    assert manifest is not None
    names = manifest.names
    surface = {f"class {k}": v for k, v in names["classes"].items()}
    surface.update({f"method {k}": v for k, v in names["methods"].items()})
    surface.update({f"argument {k}": v for k, v in names["arguments"].items()})
    return surface


def test_adding_fifty_operations_and_schemas_renames_nothing(real_spec: Path, tmp_path: Path) -> None:
    raw = json.loads(real_spec.read_text(encoding="utf-8"))
    out = tmp_path / "sdk"
    generate(str(real_spec), out, "ampeco")
    before = _surface(out)
    modules_before = {p.name for p in (out / "ampeco" / "resources").glob("*.py")}
    grown, added = grown_spec(raw)
    assert added >= 50
    grown_path = tmp_path / "grown.json"
    grown_path.write_text(json.dumps(grown), encoding="utf-8")

    generate(str(grown_path), out, "ampeco")
    after = _surface(out)
    renamed = {k: (v, after.get(k)) for k, v in before.items() if after.get(k) != v}
    assert not renamed, list(renamed.items())[:10]
    assert modules_before <= {p.name for p in (out / "ampeco" / "resources").glob("*.py")}
    assert len(after) > len(before)

    fresh = tmp_path / "fresh"  # the same grown spec without a lock: the collisions are real
    generate(str(grown_path), fresh, "ampeco")
    without_lock = _surface(fresh)
    assert any(without_lock.get(k) != v for k, v in before.items()), "the added schemas must really contend for names"


def test_removed_names_stay_reserved_until_released(real_spec: Path, tmp_path: Path) -> None:
    raw = json.loads(real_spec.read_text(encoding="utf-8"))
    out = tmp_path / "sdk"
    generate(str(real_spec), out, "ampeco")
    smaller = copy.deepcopy(raw)
    del smaller["paths"]["/public-api/resources/charge-points/v2.0"]["post"]  # chargePointCreate
    path = tmp_path / "smaller.json"
    path.write_text(json.dumps(smaller), encoding="utf-8")
    generation = generate(str(path), out, "ampeco")
    assert "chargePointCreate" not in {op.operation_id for op in generation.api.operations}
    assert read_manifest(out).names["methods"]["chargePointCreate"] == "charge_points.create"  # still reserved
    generate(str(path), out, "ampeco", release_names=True)
    assert "chargePointCreate" not in read_manifest(out).names["methods"]
