"""The package a spec gets without --package: the title's first word, kept by its folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.emit.client import client_class_name
from generator.emit.output import read_manifest
from generator.pipeline import check, default_package, generate


@pytest.mark.parametrize(
    ("title", "package"),
    [
        ("GitHub's official OpenAPI spec + Octokit extension", "github"),  # not `git` (GitPython's)
        ("OpenAI API", "openai"),  # not `open`
        ("DigitalOcean API", "digitalocean"),
        ("The Plaid API", "plaid"),  # not `the`
        ("AMPECO.CHARGE Public API", "ampeco"),
        ("Swagger Petstore - OpenAPI 3.0", "swagger"),
        ("  Ñandú API", "nandu"),
        ("class", "class_"),
        ("1Password Connect", "n1_password"),
        ("", "sdk"),
        ("¿?", "sdk"),
    ],
)
def test_default_package_is_the_titles_first_word(title: str, package: str) -> None:
    assert default_package(title) == package


@pytest.mark.parametrize(
    ("title", "server", "package"),
    [
        ("API Reference", "https://{region}.sentry.io", "sentry"),  # Sentry's: not `api`, `API_API_TOKEN`
        ("API", "https://api.resend.com", "resend"),
        ("REST API", "http://localhost:8080", "rest"),  # no domain to go by
        ("Public API", "https://api.example.com", "public"),  # a placeholder domain says nothing
        ("OpenAI API", "https://api.openai.com/v1", "openai"),  # a title that names the API wins
        ("AMPECO.CHARGE Public API", "https://{tenantUrl}", "ampeco"),
    ],
)
def test_a_title_that_names_no_api_gives_the_servers_domain(title: str, server: str, package: str) -> None:
    assert default_package(title, server) == package


@pytest.mark.parametrize(
    ("title", "package", "client"),
    [
        ("OpenAI API", "openai", "OpenAI"),  # as `from openai import OpenAI`, not `Openai`
        ("GitHub's official OpenAPI spec + Octokit extension", "github", "GitHub"),
        ("DigitalOcean API", "digitalocean", "DigitalOcean"),
        ("AMPECO.CHARGE Public API", "ampeco", "Ampeco"),  # capitals only: not `AMPECO`
        ("Swagger Petstore - OpenAPI 3.0", "swagger", "Swagger"),
        ("OpenAI API", "llm", "Llm"),  # --package names it, whatever the title
        ("eBay Browse API", "ebay", "Ebay"),  # a class starts with a capital
        ("BaseModel API", "basemodel", "Basemodel"),  # a name every model module imports
    ],
)
def test_the_client_is_the_package_in_the_apis_own_casing(title: str, package: str, client: str) -> None:
    assert client_class_name(package, title) == client


def _spec(title: str) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1.0.0"},
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "thingRead",
                    "tags": ["things"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
                        }
                    },
                }
            }
        },
    }


def test_a_folder_keeps_its_package_when_the_title_changes(tmp_path: Path) -> None:
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(_spec("DigitalOcean API")))
    generate(str(spec), out, None, use_cache=False)
    assert (out / "digitalocean" / "__init__.py").is_file()

    spec.write_text(json.dumps(_spec("Ocean Cloud API")))  # a new title: the import path stays
    generate(str(spec), out, None, use_cache=False)
    assert read_manifest(out).package == "digitalocean"  # type: ignore[union-attr]
    assert not (out / "ocean").exists()

    generate(str(spec), out, "cloud", use_cache=False)  # --package still renames it
    assert read_manifest(out).package == "cloud"  # type: ignore[union-attr]
    assert (out / "cloud" / "__init__.py").is_file() and not (out / "digitalocean").exists()


def _client_of(out: Path, package: str) -> str:
    assert (out / package / "_client.py").is_file()
    return json.loads((out / ".sdkgen-manifest.json").read_text())["names"]["client"]


def test_a_folder_keeps_its_clients_name(tmp_path: Path) -> None:
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(_spec("OpenAI API")))
    generate(str(spec), out, None, use_cache=False)
    assert _client_of(out, "openai") == "OpenAI"
    assert "class OpenAI(SyncAPIClient)" in (out / "openai" / "_client.py").read_text()
    assert not check(str(spec), out, None).reasons

    # a folder generated before the name was kept has `Openai`, which its users import: it stays
    manifest = json.loads((out / ".sdkgen-manifest.json").read_text())
    del manifest["names"]["client"]
    (out / ".sdkgen-manifest.json").write_text(json.dumps(manifest))
    generate(str(spec), out, None, use_cache=False)
    assert _client_of(out, "openai") == "Openai"
    assert "class Openai(SyncAPIClient)" in (out / "openai" / "_client.py").read_text()
    generate(str(spec), out, None, use_cache=False)
    assert _client_of(out, "openai") == "Openai"
    manifest = json.loads((out / ".sdkgen-manifest.json").read_text())
    manifest["generator_fingerprint"] = "another generator"  # `check` generates again to compare
    (out / ".sdkgen-manifest.json").write_text(json.dumps(manifest))
    drift = check(str(spec), out, None)
    assert not drift.files and not drift.reasons, drift

    generate(str(spec), out, "gpt", use_cache=False)  # another package: another client
    assert _client_of(out, "gpt") == "Gpt"
