"""The API's own words reach the SDK unchanged where Python allows them: OpenAI's `Model`
schema is the class `Model` (not `ModelModel`), and its `object` property is `.object`
(not `object_`), as in the SDKs its users know."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors

MODEL = {
    "type": "object",
    "required": ["id", "object"],
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["model"]},
        "created": {"type": "integer"},
        "base_model": {"$ref": "#/components/schemas/BaseModel"},
    },
}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Names", "version": "1.0.0"},
    "paths": {
        "/models/{model}": {
            "get": {
                "operationId": "retrieveModel",
                "tags": ["models"],
                "parameters": [{"name": "model", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Model"}}}}
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Model": MODEL,
            # the runtime's base class is `BaseModel`: a schema of that name must still work
            "BaseModel": {"type": "object", "properties": {"name": {"type": "string"}}},
        }
    },
}


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("names"), SPEC, "names_sdk")


def test_a_schema_named_model_is_the_class_model(names: Any) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"id": "gpt", "object": "model", "created": 1, "base_model": {"name": "b"}}
        return httpx.Response(200, json=body)

    client = names.NamesSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    model = client.models.retrieve("gpt")
    assert type(model) is names.types.Model
    assert model.object == "model" and model.to_dict()["object"] == "model"
    assert type(model.base_model).__name__ == "BaseModelModel" and model.base_model.name == "b"


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_a_user_app_reads_object_as_the_api_names_it(names: Any, checker: Callable[[Path], set[int]]) -> None:
    root = Path(names.__file__).parent.parent
    app = root / "app.py"
    app.write_text(
        "from typing import Literal\n"
        "from names_sdk import NamesSdk\n"
        "from names_sdk.types import Model\n"
        "model: Model = NamesSdk(api_token='t').models.retrieve('gpt')\n"
        "kind: Literal['model'] = model.object\n"
        "wrong: int = model.object  # error\n",
        encoding="utf-8",
    )
    assert checker(root) == expected_errors(app)
