"""A component written the OpenAPI 3.1 way to be nullable, `X: {anyOf: [{...}, {type: "null"}]}`.

Its one variant is the component itself: the class is named after it, even when another
component has the same shape (OpenAI's spec: `Verbosity` and `SearchContextSize` both list
low/medium/high; `Prompt` was named `CreatePrompt` after a request that used it).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.loader import load_spec
from generator.parser import build_api

LEVELS = {"type": "string", "enum": ["low", "medium", "high"]}
TEMPLATE = {"type": "object", "properties": {"id": {"type": "string"}, "version": {"type": "string"}}}


def _spec(prompt: dict[str, Any] | None = None) -> dict[str, Any]:
    body = {
        "type": "object",
        "properties": {
            "verbosity": {"$ref": "#/components/schemas/Verbosity"},
            "size": {"$ref": "#/components/schemas/SearchContextSize"},
            "prompt": {"$ref": "#/components/schemas/Prompt"},
            "template": {"$ref": "#/components/schemas/Template"},
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Nullable", "version": "1"},
        "paths": {
            "/responses": {
                "post": {
                    "operationId": "createResponse",
                    "tags": ["responses"],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Verbosity": {"anyOf": [LEVELS, {"type": "null"}]},
                "SearchContextSize": LEVELS,
                "Prompt": {"anyOf": [prompt or TEMPLATE, {"type": "null"}]},
                "Template": TEMPLATE,
            }
        },
    }


def _api(tmp_path: Path, spec: dict[str, Any]) -> Any:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return build_api(load_spec(str(path)))


def test_the_nullable_component_names_its_only_variant(tmp_path: Path) -> None:
    api = _api(tmp_path, _spec())
    fields = {f.name: f.type for f in api.models[api.operations[0].request_body.type.name].fields}
    assert (fields["verbosity"].name, fields["verbosity"].nullable) == ("Verbosity", True)
    assert (fields["size"].name, fields["size"].nullable) == ("SearchContextSize", False)
    assert (fields["prompt"].name, fields["prompt"].nullable) == ("Prompt", True)
    assert fields["template"].name == "Template"
    assert api.enums["Verbosity"].origin == "component"
    assert api.models["Prompt"].origin == "component"


def test_errors_inside_the_variant_still_point_at_it(tmp_path: Path) -> None:
    bad = {"type": "object", "properties": {"id": {"type": "strin"}}}
    with pytest.raises(SpecError) as caught:
        _api(tmp_path, _spec(bad))
    assert caught.value.pointer == "#/components/schemas/Prompt/anyOf/0/properties/id/type"
