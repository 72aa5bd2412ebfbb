"""An operation without an operationId is named as REST names it: `files.list()`,
`files.retrieve(id)`, `files.cancel(id)`, not after the words of its method and path
(`files.retrieve_id(id)`, `files.post_id_cancel(id)`) as before. Together AI's spec leaves
39 of its 99 operations without one, STAPI's (Star Trek) all 120. REST also names what an
operationId leaves unsaid (`embeddings` is `embeddings.create`) or the same for two
operations (`get-categories`, `get-a-category`: `list`, `retrieve`), where it agrees with
the operationId's verb. A folder generated before keeps the names its lock holds. The
README's first call is a plain `retrieve` where the API has one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.pipeline import generate
from tests.conftest import imported_sdk

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
ITEM = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]


def _op(tag: str, *, parameters: list[dict[str, Any]] | None = None, body: bool = False) -> dict[str, Any]:
    """An operation of `tag` without an operationId."""
    op: dict[str, Any] = {"tags": [tag], "parameters": parameters or [], "responses": OK}
    if body:
        op["requestBody"] = {"content": {"application/json": {"schema": {"type": "object"}}}}
    return op


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Rest", "version": "1.0.0"},
    "paths": {
        "/v1/files": {"get": _op("Files"), "post": _op("Files", body=True)},
        "/v1/files/{id}": {
            "get": _op("Files", parameters=ITEM),
            "patch": _op("Files", parameters=ITEM, body=True),
            "delete": _op("Files", parameters=ITEM),
        },
        "/v1/files/{id}/content": {"get": _op("Files", parameters=ITEM)},
        "/v1/files/{id}/cancel": {"post": _op("Files", parameters=ITEM)},
        "/v1/files/{id}/events": {"get": _op("Files", parameters=ITEM)},
        "/v1/files/upload": {"post": _op("Files", body=True)},
        "/v1/images/generations": {"post": _op("Images", body=True)},
        # a collection under another one's path: named from its own segment on
        "/v1/deployments/secrets": {"get": _op("Secrets")},
        "/v1/deployments/secrets/{id}": {"delete": _op("Secrets", parameters=ITEM)},
        # STAPI's lookup: the item is named by a required query parameter, not by the path
        "/animal": {"get": _op("Animal", parameters=[{"name": "uid", "in": "query", "required": True, "schema": {"type": "string"}}])},
        # two operations that REST names alike keep the words of their method and path
        "/animal/search/{id}": {"put": _op("Animal", parameters=ITEM, body=True)},
        "/animal/search": {"put": _op("Animal", body=True)},
        # an operationId still names its operation as it did
        "/animal/{id}/friends": {"get": {**_op("Animal", parameters=ITEM), "operationId": "listAnimalFriends"}},
    },
}


def _methods(client: Any, resource: str) -> list[str]:
    return sorted(m for m in vars(type(getattr(client, resource))) if not m.startswith("_"))


def test_operations_without_an_operation_id_have_rest_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    for sdk in imported_sdk(tmp_path_factory.mktemp("rest"), SPEC, "rest_sdk"):
        sent: list[str] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(f"{request.method} {request.url.path}")
            return httpx.Response(200, json={})

        client = sdk.RestSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
        assert {name: _methods(client, name) for name in ("files", "images", "secrets", "animal")} == {
            "files": ["cancel", "create", "delete", "list", "list_events", "retrieve", "retrieve_content", "update", "upload"],
            "images": ["create_generation"],
            "secrets": ["delete", "list"],
            "animal": ["list_friends", "put_search", "put_search_id", "retrieve"],
        }
        client.files.retrieve("f1")
        client.files.cancel("f1")
        client.files.list()
        client.animal.retrieve(uid="a1")
        assert sent == ["GET /v1/files/f1", "POST /v1/files/f1/cancel", "GET /v1/files", "GET /animal"]


def test_a_folder_keeps_the_names_it_was_generated_with(tmp_path: Path) -> None:
    """Its users call `files.retrieve_id(...)`: regenerating keeps that name, and an operation
    new in the spec gets the REST name."""
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    generate(str(spec), out, "rest", use_cache=False)
    manifest_path = out / ".sdkgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["names"]["methods"]["get /v1/files/{id}"] == "files.retrieve"
    manifest["names"]["methods"]["get /v1/files/{id}"] = "files.retrieve_id"
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    grown = json.loads(json.dumps(SPEC))
    grown["paths"]["/v1/files/{id}/copy"] = {"post": _op("Files", parameters=ITEM)}
    spec.write_text(json.dumps(grown), encoding="utf-8")
    generate(str(spec), out, "rest", use_cache=False)
    source = (out / "rest" / "resources" / "files.py").read_text(encoding="utf-8")
    assert "    def retrieve_id(" in source and "    def retrieve(" not in source
    assert "    def copy(" in source


def _named(operation_id: str, tag: str, **kwargs: Any) -> dict[str, Any]:
    return {**_op(tag, **kwargs), "operationId": operation_id}


NAMED = {
    "openapi": "3.0.3",
    "info": {"title": "Named", "version": "1.0.0"},
    "paths": {
        # operationIds that only name their resource (Together AI's)
        "/embeddings": {"post": _named("embeddings", "Embeddings", body=True)},
        "/models": {"get": _named("models", "Models")},
        # articles are not said (Spotify's)
        "/albums/{id}": {"get": _named("get-an-album", "Albums", parameters=ITEM)},
        # one name for two operations: REST tells them apart (Spotify's)
        "/browse/categories": {"get": _named("get-categories", "Categories")},
        "/browse/categories/{id}": {"get": _named("get-a-category", "Categories", parameters=ITEM)},
        # ... unless it contradicts the operationId: Qdrant's get_points is a POST, not a create
        "/points/{id}": {"get": _named("get_point", "Points", parameters=ITEM)},
        "/points": {"post": _named("get_points", "Points", body=True)},
        # a deprecated operation and its successor: the successor keeps the plain name (Discord's)
        "/channels/{id}/messages/pins": {"get": _named("list_pins", "Channels", parameters=ITEM)},
        "/channels/{id}/pins": {"get": _named("deprecated_list_pins", "Channels", parameters=ITEM)},
    },
}


def test_rest_names_what_an_operation_id_leaves_unsaid(tmp_path_factory: pytest.TempPathFactory) -> None:
    for sdk in imported_sdk(tmp_path_factory.mktemp("named"), NAMED, "named_sdk"):
        client = sdk.NamedSdk(api_token="t", base_url="https://api.example.com")
        resources = ("embeddings", "models", "albums", "categories", "points", "channels")
        assert {name: _methods(client, name) for name in resources} == {
            "embeddings": ["create"],
            "models": ["list"],
            "albums": ["retrieve"],
            "categories": ["list", "retrieve"],
            "points": ["retrieve", "retrieve_post"],
            "channels": ["list_pins", "list_pins_get"],
        }


def test_the_readme_opens_with_a_plain_retrieve(tmp_path: Path) -> None:
    """Together AI's biggest resource (`rl`) has no `retrieve`: its README opened with
    `client.rl.download_checkpoint(...)`. A `retrieve` of another resource reads better."""
    spec = json.loads(json.dumps(SPEC))
    spec["paths"].update({f"/v1/rl/{n}/{{id}}": {"get": _named(f"rl{n}", "Rl", parameters=ITEM)} for n in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")})
    path, out = tmp_path / "spec.json", tmp_path / "out"
    path.write_text(json.dumps(spec), encoding="utf-8")
    generate(str(path), out, "rest", use_cache=False)
    readme = (out / "README.md").read_text(encoding="utf-8")
    first_call = readme.split("## First call", 1)[1].split("```", 2)[1]
    assert "result = client.files.retrieve(" in first_call, first_call
