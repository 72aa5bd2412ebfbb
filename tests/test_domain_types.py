"""Domain types on the real spec: one class per entity, named after it, returned unwrapped."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from generator.emit.plan import dependencies, operation_refs
from generator.ir import Api, Operation
from generator.ir import types as t
from generator.parser.pagination import page_item, primary_response
from generator.parser.shapes import definitions, shape_classes
from generator.pipeline import generate, load_api
from tests.conftest import GeneratedSdk
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors

BIN = Path(sys.executable).parent


def _returns(api: Api, op: Operation) -> str | None:
    """The class a method returns (for a list: the class of its items)."""
    ref = page_item(api, op) if op.pagination else primary_response(op)
    while ref is not None and ref.kind == t.LIST:
        ref = ref.item
    return ref.name if ref is not None else None


def _ops(api: Api, resource: str) -> dict[str, Operation]:
    return {op.method_name: op for op in api.operations if op.resource == resource}


def test_sessions_return_the_session_component(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    sessions = _ops(api, "sessions")
    assert _returns(api, sessions["retrieve"]) == "Session"
    assert _returns(api, sessions["list"]) == "Session"
    assert sessions["retrieve"].responses[0].envelope == "data"
    assert real_sdk.definition("Session") is real_sdk.module("types._shared").Session


def test_charge_point_crud_returns_one_class(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    charge_points = _ops(api, "charge_points")
    returned = {_returns(api, charge_points[m]) for m in ("list", "retrieve", "create", "update")}
    assert len(returned) == 1, returned
    # the v1 operations return the ChargePoint component, the v2 ones the versioned entity
    assert {_returns(api, charge_points[m]) for m in ("list_v1", "retrieve_v1")} == {"ChargePoint"}
    assert returned == {"ChargePointV2"}


def test_every_component_is_exported_and_is_the_only_class_of_its_shape(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    exported = set(real_sdk.module("types").__all__)
    components = [m.name for m in api.models.values() if m.origin == "component"]
    assert len(components) == 14 and set(components) <= exported
    shapes = shape_classes(definitions(api))
    by_shape: dict[int, list[str]] = defaultdict(list)
    for name in api.models:
        by_shape[shapes[name]].append(name)
    duplicates = [names for names in by_shape.values() if len(names) > 1]
    assert not duplicates, duplicates[:5]


def test_fewer_classes_than_shapes_and_short_names(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    assert api.shapes is not None
    assert len(api.models) <= api.shapes.model_shapes < api.shapes.schemas
    assert not [line for line in real_sdk.module("types._shared").__dict__ if line.endswith("Enum")]
    lengths = sorted(len(name) for name in [*api.models, *api.unions])
    assert lengths[int(len(lengths) * 0.99)] <= 40, lengths[-10:]
    assert statistics.median(lengths) <= 30


_STATUS_WORDS = re.compile(
    r"(Ok|Created|Accepted|NoContent|BadRequest|Unauthorized|Forbidden|NotFound|Conflict|UnprocessableEntity|"
    r"TooManyRequests|InternalServerError|NotAcceptable)(Response)?$"
)
_NOT_CONCEPT = re.compile(r"Deprecated|[Vv]\d+(?:[._]?\d+)*")


def test_no_shared_class_is_named_after_a_status_or_an_operation_it_merely_appears_in(real_sdk: GeneratedSdk) -> None:
    api = real_sdk.api
    users: dict[str, set[str]] = defaultdict(set)
    roots: dict[str, set[str]] = defaultdict(set)  # definitions an operation has at its top level
    for op in api.operations:
        for name in operation_refs(op):
            roots[name].add(op.operation_id)
        seen: set[str] = set()
        stack = operation_refs(op)
        while stack:
            name = stack.pop()
            if name not in seen:
                seen.add(name)
                stack.extend(dependencies(api, name))
        for name in seen:
            users[name].add(op.operation_id)
    concept = {op.operation_id: _concept(op.operation_id) for op in api.operations}
    wrong = []
    for name, ops in users.items():
        if name in api.models and _STATUS_WORDS.search(name):
            wrong.append((name, "status"))
        if len(ops) < 2:
            continue
        for op_id in sorted(ops):
            # named after one of its users: fine when every user is that operation (v1/v2) or
            # when it is that operation's own body/response/parameter
            if name.startswith(concept[op_id]) and op_id not in roots[name]:
                if not all(concept[other].startswith(concept[op_id]) for other in ops):
                    wrong.append((name, op_id))
    assert not wrong, wrong[:10]


def _concept(operation_id: str) -> str:
    stripped = _NOT_CONCEPT.sub("", operation_id)
    return stripped[:1].upper() + stripped[1:]


def test_responses_type_required_fields_as_sent(real_sdk: GeneratedSdk) -> None:
    session = real_sdk.definition("Session")
    fields = session.model_fields
    assert fields["id"].is_required() and fields["status"].is_required()
    assert not fields["stopped_at"].is_required()


APP = Path(__file__).resolve().parent / "domain_app" / "app.py"


@pytest.fixture(scope="module")
def app_sdk(real_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real spec's SDK as the package `ampeco`, beside a copy of the app."""
    out = tmp_path_factory.mktemp("domain-app")
    generate(str(real_spec), out / "sdk", "ampeco")
    shutil.copy(APP, out / "sdk" / "app.py")
    return out / "sdk"


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_an_app_typed_with_entities_type_checks(app_sdk: Path, checker: Any) -> None:
    """`def show(s: Session)` takes list items and retrieve() results; mistakes are caught."""
    assert checker(app_sdk) == expected_errors(APP)


def test_a_field_added_at_one_site_renames_nothing(real_spec: Path, tmp_path: Path) -> None:
    """`make update` safety: a new spec adds a field to one site of `Session`; regenerating in
    place changes no public name, and even a fresh generation keeps `Session` one class."""
    out = tmp_path / "sdk"
    first = generate(str(real_spec), out, "ampeco")
    raw = json.loads(real_spec.read_text(encoding="utf-8"))
    read = raw["paths"]["/public-api/resources/sessions/v1.0/{session}"]["get"]
    data = read["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    data["properties"]["carbonSavedKg"] = {"type": "number", "description": "added in a later version"}
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(raw), encoding="utf-8")
    second = generate(str(newer), out, "ampeco")
    old, new = first.manifest.names, second.manifest.names
    changed = {k: (v, new["classes"].get(k)) for k, v in old["classes"].items() if new["classes"].get(k) != v}
    assert not changed, list(changed.items())[:5]
    assert old["methods"] == new["methods"] and old["arguments"] == new["arguments"]
    assert set(first.api.models) <= set(second.api.models)
    session = second.api.models["Session"]
    added = next(f for f in session.fields if f.name == "carbonSavedKg")
    assert not added.required  # only one site has it
    sessions = _ops(second.api, "sessions")
    assert _returns(second.api, sessions["retrieve"]) == _returns(second.api, sessions["list"]) == "Session"
    fresh = load_api(str(newer))
    assert _returns(fresh, _ops(fresh, "sessions")["retrieve"]) == "Session"
