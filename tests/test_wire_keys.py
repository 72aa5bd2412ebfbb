"""A dict sent for a model may use the model's Python names; they go out as wire names.

Found by the property test (tests/test_property_generation.py): a key that is a field's
Python name is also a legal additional property. When the dict gives that field's wire
name too, the Python-named key is the additional property and is sent as it is.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

import httpx
import pytest

from tests.conftest import imported_sdk

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Keys", "version": "1.0.0"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "tags": ["things"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "additionalProperties": True,
                                "properties": {"¶": {"type": "string"}, "displayName": {"type": "string"}},
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "done"}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def keys_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("keys"), SPEC, "wire_keys_sdk")


def _sent(sdk: Any, body: dict[str, Any]) -> Any:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    client = sdk.WireKeysSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    client.things.create(body=body)
    return json.loads(sent[-1].content)


@pytest.mark.parametrize(
    ("body", "wire"),
    [
        ({"value": "a", "display_name": "b"}, {"¶": "a", "displayName": "b"}),  # Python names renamed
        ({"¶": "a", "displayName": "b"}, {"¶": "a", "displayName": "b"}),  # wire names kept
        ({"¶": "a", "value": "extra"}, {"¶": "a", "value": "extra"}),  # both given: `value` is another key
        ({"value": "extra", "¶": "a"}, {"¶": "a", "value": "extra"}),  # in either order
        ({"other": 1}, {"other": 1}),  # unknown keys are sent as they are
    ],
)
def test_python_names_become_wire_names_unless_the_wire_name_is_given_too(keys_sdk: Any, body: dict[str, Any], wire: dict[str, Any]) -> None:
    assert _sent(keys_sdk, body) == wire
