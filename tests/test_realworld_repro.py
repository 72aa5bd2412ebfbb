"""The defect classes real-world specs found (issue 11), each pinned by a minimal spec in tests/realworld_repro/.

Every spec that must generate is generated once (in a subprocess, as a user runs sdkgen),
then all of them are imported in one process, and `black --check` and `mypy --strict` run
once over all the packages. Specs that must be refused give one `error: FILE: POINTER: ...`
line, exit 2, quickly.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import corpus

REPRO = Path(__file__).resolve().parent / "realworld_repro"

GENERATES = {
    "map_recursion": "map_recursion.yaml",
    "polymorphism": "polymorphism.yaml",
    "union_forward_refs": "union_forward_refs.yaml",
    "multifile": "multifile/root.yaml",
    "properties_ref": "properties_ref/root.yaml",
    "name_clashes": "name_clashes.yaml",
    "no_component_schemas": "no_component_schemas.yaml",
    "operation_ref": "operation_ref.yaml",
    "boolean_enum_param": "boolean_enum_param.yaml",
    "optional_path_param": "optional_path_param.yaml",
    "overlong_field_name": "overlong_field_name.yaml",
    "boolean_schemas": "boolean_schemas.yaml",
    "allof_over_ref_union": "allof_over_ref_union.yaml",
    "plural_operation_ids": "plural_operation_ids.yaml",
    "sdk_names": "sdk_names.yaml",
    "raw_bodies": "raw_bodies.yaml",
    "server_defaults": "server_defaults.yaml",
    "json_query_parameters": "json_query_parameters.yaml",
    "ref_siblings": "ref_siblings.yaml",
    "parameter_patterns": "parameter_patterns.yaml",
    "components_in_files": "components_in_files/openapi.yaml",
    "link_header_cursor": "link_header_cursor.yaml",
    "method_names": "method_names.yaml",
    "envelope_names": "envelope_names.yaml",
    "nested_names": "nested_names.yaml",
    "argument_names": "argument_names.yaml",
    "body_page_styles": "body_page_styles.yaml",
    "static_paths": "static_paths.yaml",
    "literal_refs": "literal_refs.yaml",
    "request_merges": "request_merges.yaml",
    "undeclared_required": "undeclared_required.yaml",
    "fastapi_ids": "fastapi_ids.yaml",
    "generated_test_values": "generated_test_values.yaml",
    "header_defaults": "header_defaults.yaml",
    "page_styles_more": "page_styles_more.yaml",
    "implicit_discriminator": "implicit_discriminator.yaml",
    "post_only": "post_only.yaml",
    "property_examples": "property_examples.yaml",
    "object_query_parameters": "object_query_parameters.yaml",
    "event_streams": "event_streams.yaml",
}


def _entry(name: str, spec: str) -> corpus.Entry:
    folder = str((REPRO / spec).parent) if "/" in spec else None
    return corpus.Entry(name, Path(spec).name if folder else str(REPRO / spec), "-", spec, "-", "-", "repro", folder=folder)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, corpus.Result]:
    folder = tmp_path_factory.mktemp("repro")
    results = corpus.generate_all([_entry(name, spec) for name, spec in GENERATES.items()], folder)
    corpus.check_imports(results)
    for tool in ("black", "mypy"):
        for package, errors in corpus.check_tool(results, tool).items():
            for r in results:
                if package in (r.package, "*"):
                    r.problems.append(f"{tool}: {errors}")
    return {r.entry.name: r for r in results}


def _run(result: corpus.Result, code: str) -> str:
    """Runs `code` with the generated package importable as `pkg`; returns its stdout."""
    prelude = f"import importlib, pydantic, inspect\npkg = importlib.import_module({result.package!r})\ntypes = pkg.types\n"
    done = subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(result.out)},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _refused(spec: str, tmp_path: Path) -> tuple[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [str(corpus.SDKGEN), "generate", "--spec", str(REPRO / spec), "--out", str(tmp_path / "out"), "--package", "p"],
        capture_output=True, text=True, check=False, timeout=60,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()
    return lines[0], seconds


@pytest.mark.parametrize("name", sorted(GENERATES))
def test_generates_imports_and_type_checks(generated: dict[str, corpus.Result], name: str) -> None:
    result = generated[name]
    assert corpus.verdict(result) == [], result.stdout


# 1. a schema that contains itself through a map ---------------------------------------------
def test_map_of_itself_is_a_recursive_alias(generated: dict[str, corpus.Result]) -> None:
    out = _run(generated["map_recursion"], """
tree = pydantic.TypeAdapter(types.Tree).validate_python({"a": {"b": {}, "c": {"d": {}}}})
assert tree == {"a": {"b": {}, "c": {"d": {}}}}
forest = types.Forest.model_validate({"name": "f", "trees": {"x": {"name": "g", "trees": {}}}})
assert forest.trees["x"].name == "g"
print("ok")
""")
    assert out.strip() == "ok"


# 2. a base whose oneOf lists subtypes that allOf the base ------------------------------------
def test_polymorphism_is_a_union_of_the_subtypes(generated: dict[str, corpus.Result]) -> None:
    result = generated["polymorphism"]
    assert result.cpu_seconds < corpus.MAX_SECONDS and result.megabytes < 200
    assert "discriminator 1" in result.stdout  # Pet keeps its discriminator; Animal has none
    out = _run(result, """
from typing import get_args
def variants(alias):
    union = get_args(alias)[0]
    return sorted(get_args(member)[0].__name__ for member in get_args(union))
assert variants(types.Pet) == ["Cat", "Dog"], variants(types.Pet)
assert variants(types.Animal) == ["Bird", "Fish"], variants(types.Animal)
assert sorted(types.Cat.model_fields) == ["name", "pet_type", "purrs"]
assert sorted(types.Dog.model_fields) == ["bark", "name", "pet_type"]
pet = pydantic.TypeAdapter(types.Pet)
assert type(pet.validate_python({"petType": "dog", "bark": "woof"})).__name__ == "Dog"
assert type(pet.validate_python({"petType": "cat", "purrs": True})).__name__ == "Cat"
animal = pydantic.TypeAdapter(types.Animal)
assert type(animal.validate_python({"fins": 2})).__name__ == "Fish"
print("ok")
""")
    assert out.strip() == "ok"


def test_allof_over_many_unions_is_refused_quickly(tmp_path: Path) -> None:
    line, seconds = _refused("allof_blowup.json", tmp_path)
    assert "multiplies past" in line and "refused rather than run for minutes" in line, line
    assert seconds < 15, seconds  # the budget is reached in about a second; 2**24 shapes would take hours


# 3. union aliases that name a later class, or themselves ------------------------------------
def test_forward_references_and_cycles_through_aliases(generated: dict[str, corpus.Result]) -> None:
    out = _run(generated["union_forward_refs"], """
file = types.File.model_validate({"id": "1", "links": [{"file": {"id": "2", "links": [{"file": "3"}]}}, {"file": "x"}]})
assert file.links[0].file.links[0].file == "3" and file.links[1].file == "x"
details = pydantic.TypeAdapter(types.ErrorDetails)
assert details.validate_python({"a": {"b": "c"}}) == {"a": {"b": "c"}}
assert details.validate_python("plain") == "plain"
print("ok")
""")
    assert out.strip() == "ok"


# 4. relative $refs inside referenced files ------------------------------------------------------
def test_multi_file_refs_resolve_from_their_own_file(generated: dict[str, corpus.Result]) -> None:
    result = generated["multifile"]
    assert result.emitted_operations == result.spec_operations == 2
    out = _run(result, """
item = types.ItemSchema.model_validate({"id": "i", "tags": [{"label": "l"}]})
assert item.tags[0].label == "l"
print("ok")
""")
    assert out.strip() == "ok"


def test_multi_file_refs_still_cannot_leave_the_folder(tmp_path: Path) -> None:
    line, _ = _refused("multifile_escape/root.yaml", tmp_path)
    assert line == "error: a/item.yaml: #/get/parameters/0: $ref '../../outside.yaml' leaves the spec's folder", line


def test_properties_given_as_a_ref_are_read_with_a_warning(generated: dict[str, corpus.Result]) -> None:
    result = generated["properties_ref"]
    assert "models/lb.yaml: #/allOf/1/properties: 'properties' is a $ref" in result.stdout, result.stdout
    out = _run(result, """
lb = types.Lb.model_validate({"name": "n", "droplet_ids": [1, 2]})
assert lb.droplet_ids == [1, 2] and lb.name == "n"
print("ok")
""")
    assert out.strip() == "ok"


# 5. name clashes that broke mypy --strict -------------------------------------------------------
def test_a_tag_named_like_a_schema_or_the_client(generated: dict[str, corpus.Result]) -> None:
    result = generated["name_clashes"]
    out = _run(result, f"""
from {result.package}.resources.pet import PetResource
client = pkg.{corpus.client_name(result)}(api_token="t", base_url="http://127.0.0.1:9")
assert type(client.pet) is PetResource
assert types.Pet.__name__ == "Pet" and issubclass(types.Pet, pydantic.BaseModel)
print(sorted(n for n in dir(client) if not n.startswith("_") and n in ("pet", "name_clashes")))
""")
    assert out.strip() == "['name_clashes', 'pet']"


def test_a_tag_named_like_the_client_class(tmp_path: Path) -> None:
    # with the tag's own name as the package, the client class is NameClashes, like the tag's resource
    done = subprocess.run(
        [str(corpus.SDKGEN), "generate", "--spec", str(REPRO / "name_clashes.yaml"), "--out", str(tmp_path / "nc"),
         "--package", "name_clashes"], capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, done.stderr
    client = (tmp_path / "nc" / "name_clashes" / "_client.py").read_text(encoding="utf-8")
    assert "class NameClashes(" in client and "NameClashesResource" in client
    mypy = subprocess.run(
        [str(corpus.BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "-p", "name_clashes"],
        capture_output=True, text=True, check=False, cwd=tmp_path / "nc",
    )
    assert mypy.returncode == 0, mypy.stdout


# 6. messages that name the real cause; response codes; boolean enums ----------------------------
def test_a_ref_in_place_of_an_operation_is_followed_with_a_warning(generated: dict[str, corpus.Result]) -> None:
    result = generated["operation_ref"]
    assert "#/paths/~1things~1{id}/get: an Operation object cannot be a $ref" in result.stdout, result.stdout
    assert result.emitted_operations == 1


def test_components_section_that_is_a_ref(tmp_path: Path) -> None:
    line, _ = _refused("schemas_ref.yaml", tmp_path)
    assert line.startswith("error: schemas_ref.yaml: #/components/schemas: 'components.schemas' cannot be a $ref"), line


def test_response_code_that_is_not_a_status(tmp_path: Path) -> None:
    line, _ = _refused("bad_status_code.yaml", tmp_path)
    assert line.startswith("error: bad_status_code.yaml: #/paths/~1x/get/responses/abcdef: response code 'abcdef'"), line


def test_boolean_enum_parameters_are_bool(generated: dict[str, corpus.Result]) -> None:
    result = generated["boolean_enum_param"]
    source = (result.out / result.package / "resources" / "x.py").read_text(encoding="utf-8")  # untagged `/x`
    assert "flag: Union[bool, NotGiven]" in source and "only_true: Union[bool, NotGiven]" in source


# 7. a MUST broken with one obvious reading ------------------------------------------------------
def test_path_parameter_without_required_generates_with_a_warning(generated: dict[str, corpus.Result]) -> None:
    result = generated["optional_path_param"]
    assert "#/paths/~1things~1{id}/get/parameters/0: path parameter 'id' lacks 'required: true'" in result.stdout
    out = _run(result, """
from corpus_optional_path_param.resources.things import Things
params = inspect.signature(Things.retrieve).parameters
assert params["id"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD and params["id"].default is inspect.Parameter.empty
print("ok")
""")
    assert out.strip() == "ok"


def test_repro_specs_are_all_used() -> None:
    used = {Path(spec).parts[0] for spec in GENERATES.values()}
    used |= {"allof_blowup.json", "multifile_escape", "schemas_ref.yaml", "bad_status_code.yaml"}
    assert sorted(p.name for p in REPRO.iterdir()) == sorted(used)  # the folder holds nothing this module does not run


# 7. found by a sweep of new real-world specs (Datadog, Meilisearch) ------------------------------
def test_a_field_name_too_long_for_its_line_is_formatted_as_black_does(generated: dict[str, corpus.Result]) -> None:
    """ruff splits `name: Optional[int] = None` after `Optional[`; black puts the type in
    parentheses. The generic test runs `black --check`; this one makes sure the case is there."""
    result = generated["overlong_field_name"]
    model = next((result.out / result.package / "types" / "_defs").glob("usage_summary.py")).read_text(encoding="utf-8")
    assert "    serverless_apps_apm_excl_fargate_apm_azure_azurefunction_instances_avg_sum: (\n" in model


def test_boolean_schemas_and_tuples_of_openapi_31(generated: dict[str, corpus.Result]) -> None:
    out = _run(generated["boolean_schemas"], """
from typing import Any, List, Optional, get_type_hints
hints = get_type_hints(types.IndexSwap)
assert hints["indexes"] == List[str], hints  # a pair of strings
assert hints["mixed"] == Optional[List[Any]], hints  # a string and an integer: no one item type
assert "legacy" not in types.IndexSwap.model_fields  # `false`: the property must be absent
swap = types.IndexSwap.model_validate({"indexes": ["a", "b"], "anything": {"x": 1}})
assert swap.indexes == ["a", "b"] and swap.anything == {"x": 1}
print("ok")
""")
    assert out.strip() == "ok"


def test_allof_of_a_referenced_union_and_an_object_gives_each_variant_the_object(generated: dict[str, corpus.Result]) -> None:
    out = _run(generated["allof_over_ref_union"], """
from typing import get_args
def variants(alias):
    return sorted(get_args(member)[0].__name__ for member in get_args(get_args(alias)[0]))
assert variants(types.HitsInfo) == ["HitsInfoWithLimit", "HitsInfoWithPage"]
assert variants(types.SearchResult) == ["SearchResultWithLimit", "SearchResultWithPage"]
assert sorted(types.SearchResultWithPage.model_fields) == ["hits", "page", "query", "total_pages"]
assert sorted(types.HitsInfoWithPage.model_fields) == ["page", "total_pages"]  # the union's own stay as they are
assert variants(types.Described) == variants(types.HitsInfo)  # a description beside the $ref adds no field
result = pydantic.TypeAdapter(types.SearchResult).validate_python({"hits": ["x"], "query": "q", "limit": 1, "offset": 0})
assert type(result).__name__ == "SearchResultWithLimit" and result.hits == ["x"]
print("ok")
""")
    assert out.strip() == "ok"


def _with_methods(result: corpus.Result) -> str:
    """Code making the SDK's `client`, and `methods(resource)`: the public methods of one of its resources."""
    return (
        f'client = pkg.{corpus.client_name(result)}(api_token="t", base_url="http://127.0.0.1:9")\n'
        "def methods(resource):\n"
        '    return sorted(m for m in vars(type(getattr(client, resource))) if not m.startswith("_"))\n'
    )


def test_an_operation_id_in_the_plural_names_a_list_or_a_bulk_method(generated: dict[str, corpus.Result]) -> None:
    """Clerk's `getApiKeys` was `api_keys.retrieve` beside `getApiKey`'s `retrieve_get`, and its
    list envelope took the entity's name (`ApiKey` was `{data, total_count}`, the key
    `ApiKeyGet`); `UsersBan` was `users.ban_post`, Datadog's `DeleteDashboard` `delete_v1`."""
    result = generated["plural_operation_ids"]
    out = _run(result, _with_methods(result) + """
assert methods("api_keys") == ["list", "retrieve"], methods("api_keys")
assert methods("users") == ["ban", "bulk_ban"], methods("users")
assert methods("dashboards") == ["bulk_delete", "delete"], methods("dashboards")
assert methods("settings") == ["retrieve"], methods("settings")  # one object, not a list
assert methods("series") == ["list_points"], methods("series")
assert methods("metrics") == ["retrieve_historical_time_series"], methods("metrics")  # series is singular too
assert sorted(types.ApiKey.model_fields) == ["id", "name"]  # the entity, not its list's envelope
returned = type(client.api_keys).retrieve.__annotations__["return"]
assert returned in ("ApiKey", types.ApiKey), returned
assert sorted(types.ApiKeyPage.model_fields) == ["data", "total_count"]
assert "SeriesPoint" in dir(types) and "SeryPoint" not in dir(types)
print("ok")
""")
    assert out.strip() == "ok"


def test_the_names_a_spec_gives_its_sdk_are_the_names(generated: dict[str, corpus.Result]) -> None:
    """Fern's and Speakeasy's group and method names (Clerk's spec has 277, as its own SDKs name
    them: `users.get`, `users.list`) and Adyen's `x-methodName` (its 134 operations were
    `account_company_level.retrieve_companies_company_id_merchants`)."""
    result = generated["sdk_names"]
    out = _run(result, _with_methods(result) + """
assert methods("payments") == ["create", "list"], methods("payments")
assert methods("admin_users") == ["list"], methods("admin_users")  # a nested group, said as one
assert methods("orders") == ["get"], methods("orders")  # as the API's authors named it
assert methods("account_company_level") == ["list_merchant_accounts"], methods("account_company_level")
assert not hasattr(client, "payments_api") and not hasattr(client, "admin")
print("ok")
""")
    assert out.strip() == "ok"


def test_bodies_that_are_not_json_are_sent_and_returned_as_they_are(generated: dict[str, corpus.Result]) -> None:
    """Immich's downloads and Typesense's JSON Lines export were parsed as JSON and raised
    APIResponseValidationError on every call; an octet-stream import was sent as a JSON string
    with Content-Type application/json, and every request asked for JSON (Prism answers 406)."""
    result = generated["raw_bodies"]
    out = _run(result, """
import io, httpx, typing
seen = []
def answer(request):
    seen.append((request.url.path, request.headers.get("content-type"), request.headers["accept"], request.read()))
    kind = {"original": "application/octet-stream", "thumbnail": "image/jpeg", "export": "application/x-ndjson",
            "import": "application/octet-stream", "public_key": "text/plain"}.get(request.url.path.rsplit("/", 1)[-1])
    if request.url.path.endswith("replace"):
        return httpx.Response(204)
    if kind is None:
        return httpx.Response(200, json={"data": [{"id": "w"}]}, headers={"content-type": "application/vnd.api+json"})
    body = b'{"a": 1}' if kind != "image/jpeg" else b"\\xff\\xd8\\xff"
    return httpx.Response(200, content=body, headers={"content-type": kind})
client = pkg.%s(api_token="t", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert client.assets.download("1") == b'{"a": 1}'
assert client.assets.view_thumbnail("1") == b"\\xff\\xd8\\xff"
assert client.documents.export("c") == '{"a": 1}'  # text, not the dict it parses to
assert client.documents.import_("c", body='{"a": 1}\\n{"a": 2}') == '{"a": 1}'
assert client.webhooks.fetch_public_key() == '{"a": 1}'
assert client.webhooks.list()[0].id == "w"  # the `data` envelope unwrapped, as for application/json
assert client.assets.replace("1", body=io.BytesIO(b"file bytes")) is None
for name, returned in [("download", bytes), ("view_thumbnail", bytes), ("replace", type(None))]:
    hints = typing.get_type_hints(getattr(type(client.assets), name))
    assert hints["return"] is returned, (name, hints["return"])
assert typing.get_type_hints(type(client.documents).export)["return"] is str
assert seen == [
    ("/assets/1/original", None, "application/octet-stream", b""),
    ("/assets/1/thumbnail", None, "image/jpeg", b""),
    ("/collections/c/documents/export", None, "application/x-ndjson", b""),
    ("/collections/c/documents/import", "application/octet-stream", "application/octet-stream", b'{"a": 1}\\n{"a": 2}'),
    ("/webhooks/public_key", None, "text/plain", b""),
    ("/webhooks", None, "application/vnd.api+json", b""),
    ("/assets/1/original/replace", "application/octet-stream", "application/json", b"file bytes"),
], seen
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_server_variables_take_the_spec_defaults_that_work(generated: dict[str, corpus.Result]) -> None:
    """`Typesense(api_token=...)` raised "protocol is required" though the spec defaults it to
    http (and the host and port); Sentry's `region` took any text, where the spec says us or de."""
    result = generated["server_defaults"]
    client = corpus.client_name(result)
    out = _run(result, f"""
import typing
Client = pkg.{client}
assert Client(api_token="t", tenant="acme").base_url == "http://us.search.io:8108/acme/"
assert Client(api_token="t", tenant="acme", region="de", port=9000).base_url == "http://de.search.io:9000/acme/"
try:
    Client(api_token="t")  # `your-tenant` stands for each user's own
except pkg.APIError as error:
    assert "tenant is required" in str(error), error
else:
    raise AssertionError("a placeholder default was used")
hints = typing.get_type_hints(Client.__init__)
assert hints["region"] == typing.Optional[typing.Literal["us", "de"]], hints["region"]
print("ok")
""")
    assert out.strip() == "ok"


def test_query_parameters_declared_as_json_are_sent_as_json(generated: dict[str, corpus.Result]) -> None:
    """Zulip's `messages.list(narrow=[{...}])` sent `narrow={'operator': ...}` (a Python repr) and
    `to=[9, 10]` as `to=9&to=10`: 35 parameters of 25 operations take their value's JSON text."""
    result = generated["json_query_parameters"]
    out = _run(result, """
import httpx
seen = []
def answer(request):
    seen.append(request.url.params.multi_items())
    return httpx.Response(200, json={})
client = pkg.%s(api_token="t", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
resource = next(getattr(client, name) for name in dir(client) if name == "messages")
method = next(getattr(resource, name) for name in dir(type(resource)) if not name.startswith("_"))
method(narrow=[{"operator": "stream", "operand": "general"}], to=[9, 10])
assert seen == [[("narrow", '[{"operator":"stream","operand":"general"}]'), ("to", "[9,10]")]], seen
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_keywords_beside_a_ref_apply_in_openapi_31(generated: dict[str, corpus.Result]) -> None:
    result = generated["ref_siblings"]
    out = _run(result, """
import typing
sent = [c for c in types.__all__ if c.endswith("AddOn")] or ["?"]
model = getattr(types, sent[0])
assert model.model_fields["name"].is_required() and model.model_fields["code"].is_required(), sent
assert not model.model_fields["description"].is_required()
assert not types.AddOnBaseInput.model_fields["name"].is_required()  # the component stays as it is
print("ok")
""")
    assert out.strip() == "ok"


def test_generated_tests_call_with_values_the_parameters_accept(generated: dict[str, corpus.Result]) -> None:
    result = generated["parameter_patterns"]
    text = (result.out / "tests" / "test_keys.py").read_text()
    call = text.split("client.with_raw_response.keys.", 1)[1]
    arguments = call.split("(", 1)[1].split(")", 1)[0]
    key, event = re.findall(r'"([^"]*)"', arguments)[:2]
    assert re.fullmatch("key_[A-Za-z0-9]{27}", key) and re.fullmatch("[0-9a-f]{32}", event), call
    assert 'stat=["received"]' in arguments and re.search(r'region="(us|de)-[0-9]{1,2}"', arguments), call


def test_components_that_are_refs_to_files_are_components(generated: dict[str, corpus.Result]) -> None:
    """Lago's multi-file spec gave another SDK than its bundled copy: `add_ons.update` took an
    `AddOnCreateInput` (the two same-shaped schemas of two files were joined as one inline shape)."""
    result = generated["components_in_files"]
    out = _run(result, _with_methods(result) + """
body = str(type(client.add_ons).update.__annotations__["body"])
assert "AddOnUpdateInput" in body and "AddOnCreateInput" not in body, body
assert [c for c in types.__all__ if not c.endswith("Param")] == ["AddOnCreateInput", "AddOnUpdateInput"], types.__all__
print("ok")
""")
    assert out.strip() == "ok"


def test_pages_named_in_the_link_header_are_walked(generated: dict[str, corpus.Result]) -> None:
    """Sentry's lists returned their first page only: 38 bare lists with a `cursor` were plain
    lists, and a `{data}` page did not look at the Link header. Its last page still names a
    next one, with `results="false"`."""
    result = generated["link_header_cursor"]
    out = _run(result, """
import httpx
asked = []
def answer(request):
    cursor = request.url.params.get("cursor") or "0"  # the first page of a `{data}` list asks with an empty one
    asked.append((request.url.path, cursor))
    more = cursor != "2"
    link = f'<{request.url.copy_with(params={"cursor": str(int(cursor) + 1)})}>; rel="next"; results="{str(more).lower()}"'
    items = [{"slug": cursor}] if "projects" in request.url.path else {"data": [{"id": cursor}]}
    return httpx.Response(200, json=items, headers={"Link": link})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert [p.slug for p in client.organizations.list_projects("acme")] == ["0", "1", "2"]
assert [r.id for r in client.replays.list_organization("acme")] == ["0", "1", "2"]
assert len(asked) == 6, asked
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_method_names_real_specs_got_wrong(generated: dict[str, corpus.Result]) -> None:
    result = generated["method_names"]
    out = _run(result, _with_methods(result) + """
assert methods("projects") == ["list_user_feedback"], methods("projects")
assert methods("documents") == ["index"], methods("documents")
assert methods("application") == ["list"], methods("application")
assert methods("receiving_emails") == ["list"], methods("receiving_emails")
assert methods("health") == ["retrieve"], methods("health")
assert methods("events") == ["retrieve", "retrieve_issue"], methods("events")
assert methods("albums") == ["list"], methods("albums")
assert methods("messages") == ["list", "mark_all_as_read", "retrieve"], methods("messages")
print("ok")
""")
    assert out.strip() == "ok"


def test_items_in_a_property_named_as_the_resource_are_the_entity(generated: dict[str, corpus.Result]) -> None:
    result = generated["envelope_names"]
    out = _run(result, """
assert sorted(types.Message.model_fields) == ["content", "id"], types.Message.model_fields
assert "messages" in types.MessagePage.model_fields
assert not [c for c in types.__all__ if "_" in c], types.__all__  # no hash-suffixed names
print("ok")
""")
    assert out.strip() == "ok"


def test_a_property_that_says_its_parents_words_is_named_by_them_once(generated: dict[str, corpus.Result]) -> None:
    result = generated["nested_names"]
    out = _run(result, """
names = sorted(c for c in types.__all__ if not c.endswith("Param"))
assert names == ["CreditNoteEstimated", "EstimatedCreditNote", "EstimatedCreditNoteAppliedTax", "EstimatedCreditNoteItem"], names
print("ok")
""")
    assert out.strip() == "ok"


def test_keyword_arguments_keep_the_names_pydantic_keeps_from_fields(generated: dict[str, corpus.Result]) -> None:
    result = generated["argument_names"]
    out = _run(result, """
import httpx, inspect, json
sent = []
def answer(request):
    sent.append((dict(request.url.params), json.loads(request.content)))
    return httpx.Response(201, json={"name": "c", "fields": [{"name": "f"}]})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
created = client.collections.create(name="c", fields=[{"name": "f"}], copy=True, schema="s")
assert created.fields_[0].name == "f"  # the model's field keeps its `_`
assert sent == [({"schema": "s"}, {"name": "c", "fields": [{"name": "f"}], "copy": True})], sent
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_svix_iterator_and_lago_next_page_lists_are_walked(generated: dict[str, corpus.Result]) -> None:
    """Svix's and Lago's lists returned their envelope: the items of later pages were out of reach."""
    result = generated["body_page_styles"]
    out = _run(result, """
import httpx
asked = []
def answer(request):
    params = dict(request.url.params)
    asked.append((request.url.path, params))
    if request.url.path == "/customers":
        page = int(params.get("page", "1"))
        return httpx.Response(200, json={"customers": [{"external_id": str(page)}],
            "meta": {"current_page": page, "next_page": page + 1 if page < 3 else None, "total_pages": 3, "total_count": 3}})
    step = int(params.get("iterator") or "0")
    return httpx.Response(200, json={"data": [{"id": str(step)}], "iterator": str(step + 1), "done": step == 2})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert [c.external_id for c in client.customers.find_all()] == ["1", "2", "3"]
assert [a.id for a in client.application.list()] == ["0", "1", "2"]
assert len(asked) == 6, asked
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_head_returns_nothing_and_undeclared_path_parameters_are_left_out(generated: dict[str, corpus.Result]) -> None:
    """Radarr's `ping.head()` was typed as returning a PingResource and returned None; its
    `GET /` took a `path` argument that no URL can carry."""
    result = generated["static_paths"]
    assert "#/paths/~1/get: path parameter 'path' is declared but not in the path; left out" in result.stdout
    out = _run(result, """
import httpx, typing
sent = []
def answer(request):
    sent.append((request.method, request.url.path))
    return httpx.Response(200, headers={"content-type": "application/json"}, content=b"" if request.method == "HEAD" else b'{"status": "ok"}')
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert typing.get_type_hints(type(client.ping).head)["return"] is type(None)
assert client.ping.head() is None and client.ping.retrieve().status == "ok"
methods = {name: list(inspect.signature(getattr(client.static, name)).parameters)[:1] for name in ("retrieve", "retrieve_path")}
assert methods == {"retrieve": ["extra_headers"], "retrieve_path": ["path"]}, methods
client.static.retrieve()
assert sent == [("HEAD", "/ping"), ("GET", "/ping"), ("GET", "/")], sent
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"
    test = (result.out / "tests" / "test_static.py").read_text()
    assert "static.retrieve_path(\"a\")" in test, test


def test_refs_in_names_examples_and_extensions_are_text(generated: dict[str, corpus.Result]) -> None:
    """Okta's spec was refused; PagerDuty's methods all took `accept=` and `content_type=` (its
    generated tests: 0/465 passed against Prism, now 462)."""
    result = generated["literal_refs"]
    assert "$ref '#/components/examples/CsrPkcs10Response' points nowhere; an example, left out" in result.stdout
    out = _run(result, """
import httpx
sent = []
def answer(request):
    sent.append((request.headers["accept"], request.headers.get("content-type")))
    return httpx.Response(200, json={"$ref": "#/x", "subject": {}})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
item = client.schemas.retrieve_user()
assert item.ref == "#/x" and item.model_dump(by_alias=True, exclude_none=True) == {"$ref": "#/x", "subject": {}}, item
assert list(inspect.signature(type(client.schemas).retrieve_user).parameters)[1:2] == ["extra_headers"]
# what the ignored parameters require is still sent (PagerDuty's API version; Prism refuses a GET
# without the Content-Type it declares), with the responses' own type as the alternative
assert sent == [("application/vnd.pagerduty+json;version=2, application/json", "application/json")], sent
assert list(types.Subject.model_fields) == []
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_a_request_body_is_not_joined_with_one_that_requires_less(generated: dict[str, corpus.Result]) -> None:
    result = generated["request_merges"]
    resources = result.out / result.package / "resources"
    users = (resources / "users.py").read_text()
    assert "    def delete(\n        self,\n        *,\n        id: str,\n        extra_headers:" in users, users
    assert "document_id" not in users
    info = (resources / "access_requests.py").read_text()
    assert "id: Union[str, NotGiven] = NOT_GIVEN,\n        document_id: Union[str, NotGiven] = NOT_GIVEN," in info


def test_a_required_property_the_schema_does_not_describe_is_a_field(generated: dict[str, corpus.Result]) -> None:
    result = generated["undeclared_required"]
    assert "SharingDelete: required property 'level' is not in 'properties'; optional, typed Any" in result.stdout
    out = _run(result, """
import httpx, json
sent = []
def answer(request):
    sent.append(json.loads(request.content))
    return httpx.Response(200, json={"id": "s1", "lastUpdatedAt": "2026-12-03"})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
deleted = client.shares.delete(share_with_uuid="u1", level="viewer")
assert sent == [{"share_with_uuid": "u1", "level": "viewer"}], sent
assert deleted.last_updated_at == "2026-12-03", deleted
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_fastapi_operation_ids_name_methods_by_their_function(generated: dict[str, corpus.Result]) -> None:
    result = generated["fastapi_ids"]
    out = _run(result, _with_methods(result) + """
assert methods("models") == ["delete", "list"], methods("models")
assert methods("beta_agents") == ["create", "list"], methods("beta_agents")
print("ok")
""")
    assert out.strip() == "ok"


def test_generated_tests_send_enough_items_and_accept_a_null_answer(generated: dict[str, corpus.Result]) -> None:
    result = generated["generated_test_values"]
    schemas = (result.out / "tests" / "test_schemas.py").read_text()
    assert 'schemas.create(fields=["abc", "abc1"])' in schemas, schemas
    lists = (result.out / "tests" / "test_lists.py").read_text()
    assert "    check(lambda: client.with_raw_response.lists.delete(1))\n" in lists and "assert" not in lists, lists
    attachments = (result.out / "tests" / "test_attachments.py").read_text()
    assert "redirect=True" in attachments and "assert" not in attachments, attachments


def test_a_required_header_with_a_default_is_sent_with_it(generated: dict[str, corpus.Result]) -> None:
    result = generated["header_defaults"]
    out = _run(result, """
import httpx
sent = []
def answer(request):
    sent.append(request.headers.get("x-pinecone-api-version"))
    return httpx.Response(200, json={"indexes": ["a"]})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
list(client.manage_indexes.list_indexes())
list(client.manage_indexes.list_indexes(x_pinecone_api_version="2025-10"))
assert sent == ["2026-04", "2025-10"], sent
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"
    readme = (result.out / "README.md").read_text()
    assert "x_pinecone_api_version" not in readme


def test_offset_more_and_named_token_lists_are_walked(generated: dict[str, corpus.Result]) -> None:
    result = generated["page_styles_more"]
    out = _run(result, """
import httpx
asked = []
def answer(request):
    params = dict(request.url.params)
    asked.append((request.url.path, params))
    if request.url.path == "/incidents":
        offset = int(params.get("offset", "0"))
        return httpx.Response(200, json={"incidents": [{"id": str(offset)}, {"id": str(offset + 1)}], "offset": offset, "limit": 2, "more": offset < 2})
    if request.url.path == "/v1/models":
        step = int(params.get("page_token") or "0")
        return httpx.Response(200, json={"models": [{"id": str(step)}], **({"next_page_token": str(step + 1)} if step < 2 else {})})
    step = int(params.get("paginationToken") or "0")
    return httpx.Response(200, json={"data": [{"id": str(step)}], **({"pagination": {"next": str(step + 1)}} if step < 1 else {})})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert [i.id for i in client.incidents.list()] == ["0", "1", "2", "3"]
assert [m.id for m in client.models.list()] == ["0", "1", "2"]
assert [b.id for b in client.backups.list_project()] == ["0", "1"]
assert len(asked) == 7, asked
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"


def test_an_implicit_discriminator_over_a_shared_enum_keeps_its_variants_apart(generated: dict[str, corpus.Result]) -> None:
    result = generated["implicit_discriminator"]
    out = _run(result, """
runner = pydantic.TypeAdapter(types.CreateRunnerRequest).validate_python
sidecar = runner({"runner": {"runner_type": "sidecar", "name": "s"}}).runner
runbook = runner({"runner": {"runner_type": "runbook", "name": "r", "runbook_base_uri": "u"}}).runner
assert (type(sidecar).__name__, type(runbook).__name__) == ("Sidecar", "Runbook"), (sidecar, runbook)
print("ok")
""")
    assert out.strip() == "ok"
    test = (result.out / "tests" / "test_runners.py").read_text()
    assert '"runner_type": "sidecar"' in test, test


def test_the_readme_of_an_api_of_posts_shows_its_first_call(generated: dict[str, corpus.Result]) -> None:
    result = generated["post_only"]
    readme = (result.out / "README.md").read_text()
    for heading in ("## First call", "## Errors", "## Retries and timeouts", "## Raw responses"):
        assert heading in readme, heading
    assert "result = client.users.info()" in readme, readme


def test_examples_say_the_values_the_spec_gives(generated: dict[str, corpus.Result]) -> None:
    result = generated["property_examples"]
    readme = (result.out / "README.md").read_text()
    assert 'client.servers.create(name="my-server", server_type="cpx22", location="abc")' in readme, readme


def test_a_bag_of_query_parameters_is_keyword_arguments(generated: dict[str, corpus.Result]) -> None:
    result = generated["object_query_parameters"]
    out = _run(result, """
import httpx
sent = []
def answer(request):
    sent.append(str(request.url.query, "ascii"))
    return httpx.Response(200, json={"num_deleted": 2, "id": "a"})
client = pkg.%s(api_token="t", base_url="http://127.0.0.1:9", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
assert client.documents.delete("books", filter_by="year:<2000", batch_size=10).num_deleted == 2
client.audit_logs.list(effective_at={"gt": 1})
assert sent == ["filter_by=year%%3A%%3C2000&batch_size=10", "gt=1"], sent
parameters = inspect.signature(type(client.documents).delete).parameters
assert parameters["filter_by"].default is inspect.Parameter.empty and "delete_documents_parameters" not in parameters
print("ok")
""" % corpus.client_name(result))
    assert out.strip() == "ok"
