"""The generated SDK passes pyright in strict mode, as openai's and anthropic's do: a user whose
project runs pyright strict gets no error from inside the SDK (mypy --strict: test_output_quality).

The committed SDK of our own spec, and the SDKs of specs that take the template branches it does
not: form and multipart bodies, raw bodies, server variables, and each kind of credentials."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate
from tests.conftest import REPO
from tests.support.typecheck import PYRIGHT

pytestmark = pytest.mark.slow

# spec -> package; between them they use every runtime branch the templates have
SPECS = {
    REPO / "tests" / "corpus" / "opc" / "baseline_openapi_3.0.json": "opc_sdk",  # form, multipart
    REPO / "tests" / "realworld_repro" / "raw_bodies.yaml": "raw_bodies_sdk",
    REPO / "tests" / "realworld_repro" / "server_defaults.yaml": "server_defaults_sdk",
    REPO / "tests" / "realworld_repro" / "link_header_cursor.yaml": "link_header_sdk",
    REPO / "tests" / "realworld_repro" / "event_streams.yaml": "event_streams_sdk",  # server-sent events
}
AUTH = {  # security schemes whose tokens the runtime sends each its own way
    "basic": {"type": "http", "scheme": "basic"},
    "query": {"type": "apiKey", "in": "query", "name": "api_key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "header": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
}


def _pyright(root: Path, packages: list[str]) -> list[str]:
    """pyright strict's errors over `packages` (folders under `root`), one line each."""
    if not PYRIGHT.exists():
        if os.environ.get("CI"):
            pytest.fail("pyright is not installed; `make test` installs it with npm ci")
        pytest.skip("pyright is not installed (run `npm ci` or `make test`)")
    config = {"typeCheckingMode": "strict", "include": packages, "pythonVersion": "3.11"}
    (root / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, "--outputjson"], cwd=root, capture_output=True, text=True, check=False,
    )
    report = json.loads(done.stdout)
    return [
        f"{Path(d['file']).relative_to(root)}:{d['range']['start']['line'] + 1}: {d['message']} ({d.get('rule')})"
        for d in report["generalDiagnostics"] if d["severity"] == "error"
    ]


def _auth_spec(scheme: str) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Keys", "version": "1.0.0"},
        "security": [{scheme: [], "appKey": []}],  # a second key beside the token, in a header
        "components": {"securitySchemes": {scheme: AUTH[scheme], "appKey": {"type": "apiKey", "in": "header", "name": "X-App-Key"}}},
        "paths": {"/things/{id}": {"get": {
            "operationId": "thingRead", "tags": ["things"], "responses": ok,
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
        }}},
    }


def test_the_committed_sdk_passes_pyright_strict(tmp_path: Path) -> None:
    shutil.copytree(REPO / "generated" / "ampeco", tmp_path / "ampeco")
    errors = _pyright(tmp_path, ["ampeco"])
    assert errors == [], "\n".join(errors[:40])


def test_sdks_of_other_specs_pass_pyright_strict(tmp_path: Path) -> None:
    for spec, package in SPECS.items():
        generate(str(spec), tmp_path / package, package)
    for scheme in AUTH:
        path = tmp_path / f"{scheme}.json"
        path.write_text(json.dumps(_auth_spec(scheme)), encoding="utf-8")
        generate(str(path), tmp_path / f"auth_{scheme}", f"auth_{scheme}")
    packages = [f"{package}/{package}" for package in [*SPECS.values(), *(f"auth_{scheme}" for scheme in AUTH)]]
    errors = _pyright(tmp_path, packages)
    assert errors == [], "\n".join(errors[:40])
