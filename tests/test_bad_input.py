"""Bad specs get one clear line (file, JSON pointer, reason), exit code 2, and nothing written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
MINIMAL = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things/{id}": {
            "get": {
                "operationId": "thingRead",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}},
            }
        }
    },
    "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
}


def _with(**changes: object) -> dict:
    spec = json.loads(json.dumps(MINIMAL))
    for dotted, value in changes.items():
        node = spec
        *parents, last = dotted.split("__")
        for key in parents:
            node = node[key]
        node[last] = value
    return spec


CASES = {
    "invalid_json": ("spec.json", '{"openapi": "3.0.3", "info": ', "invalid JSON at line 1", "#"),
    "invalid_yaml": ("spec.yaml", "openapi: 3.0.3\ninfo: [unclosed\n", "invalid YAML", "#"),
    "not_a_mapping": ("spec.yaml", "- just\n- a list\n", "must be a mapping", "#"),
    "unknown_version": ("spec.json", _with(openapi="4.0.0"), "unsupported OpenAPI version '4.0.0'", "#/openapi"),
    "swagger_2": ("spec.json", {"swagger": "2.0", "info": {}}, "Swagger 2.0 is not supported", "#/swagger"),
    # Clerk's webhooks document: a 3.0 spec with `x-webhooks` and no paths
    "no_paths_in_30": (
        "spec.json", {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "x-webhooks": {}},
        "'paths' is missing (OpenAPI 3.0 requires it", "#/paths",
    ),
    "dangling_ref": (
        "spec.json",
        _with(components={"schemas": {"Thing": {"$ref": "#/components/schemas/Nope"}}}),
        "points nowhere",
        "#/components/schemas/Thing/$ref",
    ),
    # the only "$ref" of the text spelled with an escape, in a schema nothing uses: the up-front
    # check still walks the spec (it is skipped only where no $ref can be)
    "escaped_dangling_ref": (
        "spec.json",
        json.dumps(_with(paths={}, components={"schemas": {"Unused": {"$ref": "#/components/schemas/Nope"}}})).replace(
            '"$ref"', '"\\u0024ref"'
        ),
        "points nowhere",
        "#/components/schemas/Unused/$ref",
    ),
    "remote_ref": (
        "spec.json",
        _with(components={"schemas": {"Thing": {"$ref": "https://example.com/thing.json"}}}),
        "remote $ref",
        "#/components/schemas/Thing",
    ),
    "ref_leaves_folder": (
        "spec.json",
        _with(components={"schemas": {"Thing": {"$ref": "../../etc/passwd#/x"}}}),
        "leaves the spec's folder",
        "#/components/schemas/Thing",
    ),
    "circular_allof": (
        "spec.json",
        _with(components={"schemas": {"Thing": {"allOf": [{"$ref": "#/components/schemas/Thing"}]}}}),
        "allOf refers back to itself",
        "#/components/schemas/Thing",
    ),
    "undeclared_path_param": (
        "spec.json",
        _with(paths={"/x/{id}": {"get": {"operationId": "x", "responses": {}}}}),
        "path parameter {id} is used in the path but not declared",
        "#/paths/~1x~1{id}/get",
    ),
    "duplicate_operation_id": (
        "spec.json",
        _with(paths={**MINIMAL["paths"], "/other": {"get": {"operationId": "thingRead", "responses": {}}}}),
        "duplicate operationId 'thingRead'",
        "#/paths/~1other/get/operationId",
    ),
    "unknown_type": (
        "spec.json",
        _with(components={"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "int"}}}}}),
        "unknown type 'int'",
        "#/components/schemas/Thing/properties/id/type",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_spec_gets_a_clear_error_and_nothing_is_written(case: str, tmp_path: Path) -> None:
    name, content, message, pointer = CASES[case]
    spec = tmp_path / name
    spec.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--spec", str(spec), "--out", str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    line = done.stderr.strip()
    assert line.startswith(f"error: {name}: {pointer}: "), line
    assert message in line
    assert not out.exists()


def test_missing_spec_file(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "nope.yaml: #: file not found" in done.stderr


def test_refs_to_files_beside_the_spec_and_circular_refs_work(tmp_path: Path) -> None:
    (tmp_path / "schemas.yaml").write_text(
        "Node:\n  type: object\n  properties:\n    name: {type: string}\n    children:\n      type: array\n      items: {$ref: '#/Node'}\n",
        encoding="utf-8",
    )
    spec = _with(components={"schemas": {"Thing": {"$ref": "schemas.yaml#/Node"}}})
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--spec", str(tmp_path / "spec.json"), "--out", str(out), "--package", "refs"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    code = "from refs.types import Node; n = Node.model_validate({'name': 'a', 'children': [{'name': 'b'}]}); print(n.children[0].name)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=out, check=False)
    assert run.stdout.strip() == "b", run.stderr


def test_hand_written_file_is_never_overwritten_or_deleted(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(MINIMAL), encoding="utf-8")
    out = tmp_path / "out"
    sdkgen = [str(BIN / "sdkgen"), "generate", "--spec", str(spec), "--out", str(out), "--package", "t"]
    assert subprocess.run(sdkgen, capture_output=True, check=False).returncode == 0
    mine = out / "t" / "my_helpers.py"
    mine.write_text("# mine\n", encoding="utf-8")
    (out / "t" / "types" / "_shared.py").unlink()
    assert subprocess.run(sdkgen, capture_output=True, check=False).returncode == 0
    assert mine.read_text() == "# mine\n" and (out / "t" / "types" / "_shared.py").is_file()
    (out / "pyproject.toml").unlink()
    manifest = out / ".sdkgen-manifest.json"
    data = json.loads(manifest.read_text())
    del data["files"]["pyproject.toml"]
    manifest.write_text(json.dumps(data))
    (out / "pyproject.toml").write_text("# hand-written\n", encoding="utf-8")
    done = subprocess.run(sdkgen, capture_output=True, text=True, check=False)
    assert done.returncode == 2 and "was not written by sdkgen" in done.stderr
    assert (out / "pyproject.toml").read_text() == "# hand-written\n"
