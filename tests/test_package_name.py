"""The package a spec gets without --package: the title's first word, kept by its folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.emit.output import read_manifest
from generator.pipeline import default_package, generate


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
