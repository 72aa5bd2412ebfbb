"""The API's own words reach the SDK unchanged where Python allows them: OpenAI's `Model`
schema is the class `Model` (not `ModelModel`), and its `object` property is `.object`
(not `object_`), as in the SDKs its users know. An API without tags (Discord's) has its
operations grouped by what their paths name (`client.guilds.list_members`), not all in one
`default` resource. A property that is snake_case already keeps its name (GitHub's `sha256`,
not `sha_256`), except in a folder generated before that rule, whose users have the old one.
Methods and resources keep a number with its word and OAuth whole (`client.oauth2`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.parser.resources import path_group, tag_attribute
from generator.parser.lock import FIELD_NAMES
from generator.pipeline import check, generate
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


def _get(operation_id: str, *parameters: str) -> dict[str, Any]:
    path_parameters = [{"name": p, "in": "path", "required": True, "schema": {"type": "string"}} for p in parameters]
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    return {"get": {"operationId": operation_id, "parameters": path_parameters, "responses": ok}}


UNTAGGED = {
    "openapi": "3.0.3",
    "info": {"title": "Untagged", "version": "1.0.0"},
    "paths": {
        "/guilds/{guild_id}/members": _get("list_guild_members", "guild_id"),
        "/guilds/{guild_id}": _get("get_guild", "guild_id"),
        "/users/@me": _get("get_my_user"),
        "/v1/containers": _get("ListContainers"),
        "/2010-04-01/Accounts/{Sid}/Calls.json": _get("ListCall", "Sid"),
        "/": _get("root"),
    },
}


@pytest.mark.parametrize(
    ("path", "group"),
    [
        ("/guilds/{guild_id}/members", "guilds"),
        ("/v1/containers/{container_id}/files", "containers"),
        ("/v2.0/things", "things"),
        ("/v1beta1/models", "models"),
        ("/2010-04-01/Accounts/{Sid}/Calls.json", "Accounts"),
        ("/api/v3/pets", "pets"),
        ("/2fa/{id}", "2fa"),  # a word that starts with a digit is no version
        ("/users/@me", "users"),
        ("/{id}", "default"),
        ("/", "default"),
    ],
)
def test_an_untagged_operation_goes_by_what_its_path_names(path: str, group: str) -> None:
    assert path_group(path) == group


def test_an_api_without_tags_has_resources(tmp_path_factory: pytest.TempPathFactory) -> None:
    for sdk in imported_sdk(tmp_path_factory.mktemp("untagged"), UNTAGGED, "untagged_sdk"):
        client = sdk.UntaggedSdk(api_token="t", base_url="https://api.example.com")
        methods = {
            name: sorted(m for m in vars(type(getattr(client, name))) if not m.startswith("_"))
            for name in ("accounts", "containers", "default", "guilds", "users")
        }
        assert methods == {
            "accounts": ["list_call"],
            "containers": ["list"],
            "default": ["root"],
            "guilds": ["list_members", "retrieve"],
            "users": ["retrieve_my"],
        }


def test_a_folder_keeps_its_default_resource(tmp_path: Path) -> None:
    """An SDK generated when untagged operations were all `default`'s keeps them there: the
    name lock holds every method where its users call it."""
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(UNTAGGED), encoding="utf-8")
    generate(str(spec), out, "untagged", use_cache=False)
    manifest_path = out / ".sdkgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    old = {"list_guild_members": "list_guild_members", "get_guild": "retrieve_guild", "get_my_user": "retrieve_my_user"}
    old |= {"ListContainers": "list_containers", "ListCall": "list_call", "root": "root"}
    manifest["names"]["methods"] = {operation: f"default.{method}" for operation, method in old.items()}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    generate(str(spec), out, "untagged", use_cache=False)
    assert sorted(p.name for p in (out / "untagged" / "resources").glob("*.py")) == ["__init__.py", "default.py"]
    source = (out / "untagged" / "resources" / "default.py").read_text(encoding="utf-8")
    assert all(f"    def {method}(" in source for method in old.values())


FILE_SCHEMA = {
    "type": "object",
    "properties": {
        "sha256": {"type": "string"},
        "projects_v2_item": {"type": "string"},
        "last4": {"type": "string"},
        "addressLine1": {"type": "string"},  # camelCase: snake_cased as before
    },
}
DIGITS = {
    "openapi": "3.0.3",
    "info": {"title": "Digits", "version": "1.0.0"},
    "paths": {
        "/files/{file_id}": {
            "get": {
                "operationId": "getFile",
                "tags": ["files"],
                "parameters": [
                    {"name": "file_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "sha256", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/File"}}}}},
            }
        }
    },
    "components": {"schemas": {"File": FILE_SCHEMA}},
}
# the next version of the spec: one property more
DIGITS_WITH_MD5 = json.loads(json.dumps(DIGITS))
DIGITS_WITH_MD5["components"]["schemas"]["File"]["properties"]["md5"] = {"type": "string"}


def _fields(out: Path) -> list[str]:
    source = (out / "digits" / "types" / "_defs" / "file.py").read_text(encoding="utf-8")
    return [line.split(":")[0].strip() for line in source.splitlines() if line.startswith("    ") and ": " in line and not line.startswith("     ")]


def test_a_snake_case_property_keeps_its_name(tmp_path: Path) -> None:
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(DIGITS), encoding="utf-8")
    generate(str(spec), out, "digits", use_cache=False)
    assert _fields(out) == ["sha256", "projects_v2_item", "last4", "address_line_1"]
    resource = (out / "digits" / "resources" / "files.py").read_text(encoding="utf-8")
    assert "        sha256: Union[str, NotGiven] = NOT_GIVEN," in resource


def test_a_folder_generated_under_the_first_rule_keeps_it(tmp_path: Path) -> None:
    """Its users read `file.sha_256`: regenerating (with a new property, too) renames nothing;
    `--release-names` moves it to the current rule."""
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(DIGITS), encoding="utf-8")
    generate(str(spec), out, "digits", use_cache=False)
    manifest_path = out / ".sdkgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    assert manifest["names"]["field_names"] == FIELD_NAMES
    del manifest["names"]["field_names"]  # a lock written before the rule was recorded
    manifest["names"]["arguments"] = {"getFile query sha256": "sha_256"}
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    spec.write_text(json.dumps(DIGITS_WITH_MD5), encoding="utf-8")
    generate(str(spec), out, "digits", use_cache=False)
    assert _fields(out) == ["sha_256", "projects_v_2_item", "last_4", "address_line_1", "md_5"]
    assert json.loads(manifest_path.read_text())["names"]["field_names"] == 1
    generate(str(spec), out, "digits", use_cache=False)
    assert _fields(out)[0] == "sha_256"
    manifest = json.loads(manifest_path.read_text())
    manifest["generator_fingerprint"] = "another generator"  # `check` generates again to compare
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    drift = check(str(spec), out, None)
    assert not drift.files and not drift.reasons, drift
    generate(str(spec), out, "digits", use_cache=False, release_names=True)
    assert _fields(out) == ["sha256", "projects_v2_item", "last4", "address_line_1", "md5"]


NUMBERED = {
    "openapi": "3.0.3",
    "info": {"title": "Numbered", "version": "1.0.0"},
    "paths": {
        "/clients": {"get": {**_get("listOAuth2Clients")["get"], "tags": ["oAuth2"]}},
        "/token": {"get": {**_get("oauth2TokenExchange")["get"], "tags": ["oAuth2"]}},
        "/instances": {"get": {**_get("listEC2Instances")["get"], "tags": ["EC2 Instances"]}},
        "/users": {"get": {**_get("getUsersV2")["get"], "tags": ["users"]}},
    },
}


def test_methods_and_resources_say_numbers_and_oauth_as_written(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Ory Hydra's `oAuth2` tag was `client.o_auth_2`, its `oauth2TokenExchange`
    `oauth_2_token_exchange`; a number stays with the word it follows and OAuth is one word.
    (Field names keep their own rule: see the tests above.)"""
    for sdk in imported_sdk(tmp_path_factory.mktemp("numbered"), NUMBERED, "numbered_sdk"):
        client = sdk.NumberedSdk(api_token="t", base_url="https://api.example.com")
        methods = {
            name: sorted(m for m in vars(type(getattr(client, name))) if not m.startswith("_"))
            for name in ("oauth2", "ec2_instances", "users")
        }
        assert methods == {"oauth2": ["list_clients", "token_exchange"], "ec2_instances": ["list"], "users": ["retrieve_v2"]}


@pytest.mark.parametrize(
    ("tag", "attribute"),
    [
        ("Api20100401Account", "account"),  # Twilio's 75 tags all start with their API version
        ("V2 Users", "users"),
        ("2010-04-01 Calls", "calls"),
        ("oAuth2", "oauth2"),
        ("EC2 Instances", "ec2_instances"),
        ("ApiKeys", "api_keys"),  # no version: a word of the name
        ("3D Secure", "n3_d_secure"),  # a number that is part of the name stays
        ("360 Views", "n360_views"),
        ("resource / charge points", "charge_points"),
    ],
)
def test_a_resource_is_named_by_its_tag_without_a_version(tag: str, attribute: str) -> None:
    assert tag_attribute(tag) == attribute


ACRONYMS = {
    "openapi": "3.0.3",
    "info": {"title": "Acronyms", "version": "1.0.0"},
    "paths": {
        "/redirect-urls": {"get": {**_get("listRedirectURLs")["get"], "tags": ["Redirect URLs"]}},
        "/m2m-tokens": {"post": {**_get("createM2MToken")["get"], "tags": ["M2M Tokens"]}},
        "/slos": {"get": {**_get("ListSLOs")["get"], "tags": ["Service Level Objectives"]}},
        "/indexes/{uid}": {"get": {**_get("getIndex")["get"], "tags": ["Indexes"], "parameters": [
            {"name": "uid", "in": "path", "required": True, "schema": {"type": "string"}}]}},
        "/taxes": {"post": {**_get("taxCreate")["get"], "tags": ["Taxes"]}},
        "/monitors/can-delete": {"get": {**_get("checkCanDeleteMonitor")["get"], "tags": ["Monitors"]}},
        "/v1/user": {"post": {**_get("api_user_v1_Create")["get"], "tags": ["User"]}},
        "/users": {
            "get": {
                **_get("getUsers")["get"],
                "tags": ["Users"],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}},
            }
        },
    },
    "components": {"schemas": {"User": {"type": "object", "properties": {"groupIDs": {"type": "array", "items": {"type": "string"}}}}}},
}


def test_acronyms_plurals_and_nouns_that_look_like_verbs(tmp_path: Path) -> None:
    """`URLs`, `SLOs` and `IDs` are one word each, `M2M` too; `indexes` is the plural of `index`
    (and `getIndex` retrieves an index, it lists nothing), `taxes` of `tax`; `checkCanDelete`
    deletes nothing; an `api_<resource>_v1_` prefix says nothing."""
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(ACRONYMS), encoding="utf-8")
    generate(str(spec), out, "acronyms", use_cache=False)
    lock = json.loads((out / ".sdkgen-manifest.json").read_text())["names"]["methods"]
    assert lock == {
        "listRedirectURLs": "redirect_urls.list",
        "createM2MToken": "m2m_tokens.create",
        "ListSLOs": "service_level_objectives.list_slos",
        "getIndex": "indexes.retrieve",
        "taxCreate": "taxes.create",
        "checkCanDeleteMonitor": "monitors.check_can_delete",
        "api_user_v1_Create": "user.create",  # Stytch's prefix on every operationId
        "getUsers": "users.retrieve",  # one User, not a list of them
    }, lock
    user = (out / "acronyms" / "types" / "_defs" / "user.py").read_text(encoding="utf-8")
    assert "group_ids:" in user and "group_i_ds" not in user, user


def test_a_folder_generated_before_acronyms_keeps_its_field_names(tmp_path: Path) -> None:
    """Field names are not locked one by one: a folder of rule 2 keeps `group_i_ds`."""
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(ACRONYMS), encoding="utf-8")
    generate(str(spec), out, "acronyms", use_cache=False)
    manifest_path = out / ".sdkgen-manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["names"]["field_names"] = 2
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    generate(str(spec), out, "acronyms", use_cache=False)
    user = (out / "acronyms" / "types" / "_defs" / "user.py").read_text(encoding="utf-8")
    assert "group_i_ds:" in user and "group_ids:" not in user, user
    assert json.loads(manifest_path.read_text())["names"]["field_names"] == 2
