"""datamodel-code-generator as an independent oracle for the 14 component schemas.

Both generators read the same spec; their models must accept the same valid payloads and
reject the same broken ones. Deliberate differences are not probed: ours accepts unknown
enum values (forward compatibility), does not require readOnly/writeOnly fields, and does
not enforce length/range constraints.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import ValidationError

from generator.ir import Api, ModelDef
from generator.ir import types as t
from tests.conftest import GeneratedSdk
from tests.payloads import sample

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def oracle(real_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("dcg") / "oracle_models.py"
    done = subprocess.run(
        [
            str(BIN / "datamodel-codegen"), "--input", str(real_spec), "--input-file-type", "openapi",
            "--openapi-scopes", "schemas", "--output", str(out), "--output-model-type", "pydantic_v2.BaseModel",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    spec = importlib.util.spec_from_file_location("oracle_models", out)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["oracle_models"] = module
    spec.loader.exec_module(module)
    return module


def _accepts(model: Any, payload: Any) -> bool:
    try:
        model.model_validate(payload)
    except ValidationError:
        return False
    return True


def _wrong_value(ref: t.TypeRef) -> Any:
    if ref.kind in (t.MODEL, t.LIST, t.MAP):
        return 5
    return {"not": "valid"}


def _probes(api: Api, model: ModelDef) -> list[tuple[str, Any]]:
    full = sample(api, t.TypeRef(t.MODEL, name=model.name))
    probes = [("all properties", full)]
    strict = [f for f in model.fields if f.required and not f.read_only and not f.write_only]
    probes.append(("required only", {f.name: full[f.name] for f in model.fields if f.required}))
    for f in strict:
        probes.append((f"missing {f.name}", {k: v for k, v in full.items() if k != f.name}))
        if not f.type.nullable and f.type.kind != t.ANY:
            probes.append((f"{f.name} of the wrong type", {**full, f.name: _wrong_value(f.type)}))
    return probes


def test_component_models_agree_with_datamodel_code_generator(real_sdk: GeneratedSdk, oracle: ModuleType) -> None:
    api = real_sdk.api
    components = [m for m in api.models.values() if m.origin == "component"]
    assert len(components) == 14
    # A component that also stands for near-identical shapes (Location and the v1 location
    # items) is their union, required only where all of them require: not the oracle's class.
    assert api.shapes is not None
    joined = {line.split(" <- ")[0] for line in api.shapes.merged}
    components = [m for m in components if m.name not in joined]
    assert len(components) >= 10
    disagreements = []
    probes = 0
    for model in components:
        ours, theirs = real_sdk.definition(model.name), getattr(oracle, model.name)
        for label, payload in _probes(api, model):
            probes += 1
            if _accepts(ours, payload) != _accepts(theirs, payload):
                disagreements.append(f"{model.name}: {label}: ours={_accepts(ours, payload)}")
    assert not disagreements, disagreements
    assert probes > 100
