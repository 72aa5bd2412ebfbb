"""Broken and hostile specs: each one either fails cleanly or generates a package that works.

Every spec in `tests/hostile/` (and a few big ones generated here into tmp_path) is run through
`sdkgen generate` in a subprocess, with a timeout (a hang is a failure). Each spec has ONE
expected outcome, decided here:

- exit 2: stderr is exactly one line `error: FILE: POINTER: reason`, no traceback, and the
  output folder was not created;
- exit 0: the output compiles, every module imports (with warnings turned into errors),
  every `types` name resolves, the client builds and every resource method can be called
  (against an httpx MockTransport), `pyproject.toml` and `mkdocs.yml` parse, the spec's own
  probe passes, and no file named PWNED appeared anywhere.

Specs that expose a generator bug are marked `xfail(strict=True)` with the bug in one line.
A summary of outcomes (specs tried, exit 0 / exit 2 / other) is printed at the end of the
module and written to `<pytest basetemp>/hostile-summary.json`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
HOSTILE = Path(__file__).resolve().parent / "hostile"
SDKGEN = Path(sys.executable).parent / "sdkgen"
PACKAGE = "hostile"
TIMEOUT = 120  # seconds per generation; a hang is a failure
SHORT_TIMEOUT = 30  # for tiny files that hang today: generating them must take well under a second


@dataclass(frozen=True)
class Expect:
    exit: int  # 0 or 2
    pointer: str | None = None  # exit 2: the exact JSON pointer (or a prefix, with pointer_prefix=True)
    message: str | None = None  # exit 2: a substring of the reason
    probe: str = ""  # exit 0: Python run after the generic checks (see CHECKER for the helpers)
    bug: str | None = None  # a known generator bug: the test is xfail(strict=True) with this reason
    timeout: int = TIMEOUT
    pointer_prefix: bool = False


# ---------------------------------------------------------------------------------------------
# Probes: run in the generated package's subprocess; see CHECKER for pkg, types, model_with,
# roundtrip, make_client, sent.
# ---------------------------------------------------------------------------------------------
EMPTY_ONEOF_PROBE = """
assert types.Holder.model_validate({"either": {"type": "auto"}}).either == {"type": "auto"}
assert types.Holder.model_validate({"either": 3}).either == 3
"""
SNAKE_PROBE = """
FooBar = model_with("fooBar", "foo_bar", "foo-bar", "FOO_BAR", "foo bar")
assert len(set(FooBar.model_fields)) == 5
payload = {"fooBar": "a", "foo_bar": 1, "foo-bar": True, "FOO_BAR": 1.5, "foo bar": "e"}
roundtrip(FooBar, payload)
# four component schemas whose names collide after PascalCase: four distinct classes
assert len({FooBar, model_with("a"), model_with("b"), model_with("c")}) == 4
client = make_client()
methods = sorted(n for n in vars(type(client.things)) if not n.startswith("_"))
assert len(methods) == 3, methods  # getThing, get_thing and GetThing: three methods, one resource
import inspect
for name in methods:
    params = inspect.signature(getattr(client.things, name)).parameters.values()
    own = [p.name for p in params if p.kind is p.KEYWORD_ONLY and p.name not in STANDARD_ARGUMENTS]
    if own:  # the one with the four colliding query/header parameters
        assert len(set(own)) == 4, own
        getattr(client.things, name)("t1", **{n: f"v{i}" for i, n in enumerate(own)})
        request = sent[-1]
        values = {**dict(request.url.params), "FOO_BAR": request.headers.get("FOO_BAR")}
        assert sorted(v for k, v in values.items() if k in ("fooBar", "foo_bar", "foo-bar", "FOO_BAR")) == ["v0", "v1", "v2", "v3"], values
"""

NAMES = ["class", "import", "None", "list", "type", "self", "model_config", "json"]
PYTHON_NAMES_PROBE = f"""
names = {NAMES!r}
extra = ["True", "dict", "str", "bytes", "object", "Optional", "List", "Any", "Field", "Annotated", "match", "case",
         "_", "__class__", "__init__", "model_dump", "model_fields", "model_validate", "copy", "schema", "validate", "fields"]
payload = {{k: "x" for k in names + extra}}
payload.update({{"int": 1, "float": 1.5, "bool": True, "datetime": "2024-01-01T00:00:00Z", "date": "2024-01-01", "decimal": "1.5"}})
classes = [c for c in all_models() if "model_config" in wire_names(c)]
assert len(classes) == 15, [c.__name__ for c in classes]  # class, import, None, ..., Model, BaseModel, Field, ...
for cls in classes:
    roundtrip(cls, payload)
values = typing.get_args(types.OpenEnumModel)
for value in ["class", "None", "True", "mro", "name", "value", "_missing_", "_ignore_", "__init__", ""]:
    assert value in values and pydantic.TypeAdapter(types.OpenEnumModel).validate_python(value) == value
client = make_client()
for tag in ["class_", "import_", "none", "list_", "type", "self", "model_config_", "json_", "types", "async_"]:
    assert hasattr(client, tag), tag
"""

UNICODE_PROBE = """
Named = model_with("ünïcödé", "名前", "🚀", "")
payload = {"": "empty", " ": "space", "ünïcödé": "a", "unicode": "b", "名前": "c", "名": "d", "🚀": 1, "🚀🚀": 2,
           "\\u200b": "zw", "9lives": "e", "$ref-ish": "f", "a.b": "g", "a/b": "h", "a~b": "i"}
roundtrip(Named, payload)
assert len(Named.model_fields) == len(payload)
Enum = next(getattr(types, n) for n in types.__all__ if typing.get_origin(getattr(types, n)) is typing.Literal)
for value in ["ünïcödé", "unicode", "名前", "🚀", "", " ", "\\u200b"]:
    assert value in typing.get_args(Enum)
client = make_client()
# the raw and streaming twins are the properties that are not resources (same methods)
twins = ("with_raw_response", "with_streaming_response")
resources = [n for n, v in vars(type(client)).items() if isinstance(v, property) and n not in twins]
assert resources == ["default"], resources  # tags without ASCII words fall back to `default`
assert sorted(m for m in vars(type(client.default)) if not m.startswith("_")) == ["retrieve", "retrieve_emoji"]
import inspect
called = 0
for name in resources:
    resource = getattr(client, name)
    for method in [getattr(resource, m) for m in vars(type(resource)) if not m.startswith("_")]:
        params = inspect.signature(method).parameters.values()
        own = [p.name for p in params if p.kind is p.KEYWORD_ONLY and p.name not in STANDARD_ARGUMENTS]
        if any(p.kind is p.POSITIONAL_OR_KEYWORD for p in params):
            method("ü/..", **{n: f"q{i}" for i, n in enumerate(own)})
            request = sent[-1]
            assert request.url.raw_path.startswith(b"/%E5%90%8D%E5%89%8D/%C3%BC%2F"), request.url.raw_path
            assert sorted(request.url.params.items()) == [("名前", "q0"), ("🚀", "q1")], request.url.params
            called += 1
assert called == 1
"""

STRINGS_PROBE = r"""
Q3, S3 = '"' * 3, "'" * 3  # triple quotes, spelled so that this probe can sit in a triple-quoted string
spec = json.loads(open(SPEC, encoding="utf-8").read())
nasty = spec["components"]["schemas"]["Nasty"]["enum"]
assert list(typing.get_args(types.Nasty)) == nasty  # a component enum is a Literal alias
assert list(typing.get_args(types.NastyInt)) == spec["components"]["schemas"]["NastyInt"]["enum"]
Holder = types.Holder
doc = Holder.__doc__
for text in [Q3, S3, "{{ 7*7 }}", "{% if x %}y{% endif %}", "{# c #}", "back\\slash", "end with backslash \\"]:
    assert text in doc, (text, doc)
assert "49" not in doc  # no template was evaluated
assert Holder.model_fields["short_default"].default == Q3 + "\\"
names = ["\x00", "a\nb", "\u2028", Q3, "\\", "{{ 7*7 }}", "\r", "nasty", "end6"]
payload = {name: f"value of {name!r}" for name in names}
payload["nasty"] = nasty[0]
roundtrip(Holder, {**payload, "nastyInt": -1, "shortDefault": Q3})
for value in nasty:
    roundtrip(Holder, {"nasty": value})
client = make_client()
method = getattr(client.strings, [m for m in vars(type(client.strings)) if not m.startswith("_")][0])
assert "{{ 7*7 }}" in method.__doc__ and Q3 in method.__doc__
"""

INJECTION_PROBE = r"""
spec = json.loads(open(SPEC, encoding="utf-8").read())
Injected = types.Injected
payloads = spec["components"]["schemas"]["Injected"]["properties"]["kind"]["enum"]
required = spec["components"]["schemas"]["Injected"]["required"][0]
for value in payloads:
    assert Injected.model_validate({required: "r", "kind": value}).to_dict() == {required: "r", "kind": value}
wire = [name for name in spec["components"]["schemas"]["Injected"]["properties"] if name not in ("kind", "inline")]
payload = {name: name for name in wire}
roundtrip(Injected, payload)
assert 'os.system("touch PWNED")' in Injected.__doc__
"""

THREE_ONE_PROBE = """
Item = types.Item
base = {"name": None, "kind": "item", "nothing": None}
roundtrip(Item, base)
roundtrip(Item, {**base, "name": "n", "count": None, "version": 2, "flag": True, "either": 1, "eitherOrNull": None,
                 "tags": ["a", None], "child": {**base, "child": None}, "anyChild": None})
roundtrip(Item, {**base, "either": "s", "eitherOrNull": 3, "tags": None, "anyChild": {**base, "name": "deep"}})
assert Item.model_validate({**base, "child": {**base, "name": "c"}}).child.name == "c"
"""

RECURSION_PROBE = """
Tree = types.Tree
leaf = {"name": "leaf"}
tree = {"name": "root", "children": [{"name": "a", "children": [leaf]}, leaf], "matrix": [[leaf], []],
        "byName": {"x": {"name": "x", "byName": {"y": leaf}}}}
parsed = roundtrip(Tree, tree)
assert isinstance(parsed.children[0].children[0], Tree)
assert isinstance(parsed.by_name["x"].by_name["y"], Tree)
Derived = types.Derived
derived = {"id": 1, "extra": "e", "next": {"id": 2, "parent": {"id": 3}}, "siblings": [{"id": 4, "siblings": []}]}
parsed = roundtrip(Derived, derived)
assert isinstance(parsed.next, Derived) and isinstance(parsed.next.parent, Derived)
roundtrip(types.Ping, {"pong": {"ping": {"pong": {}}}})
"""

NON_STRING_KEYS_PROBE = """
Model = model_with("1", "2.5")
roundtrip(Model, {"1": "one", "2.5": "two and a half"})
assert [f.is_required() for f in Model.model_fields.values()] == [True, False]
"""

POINTER_PROBE = """
roundtrip(model_with("tilde"), {"tilde": {"t": "x"}})
"""

POINTER_PERCENT_PROBE = """
roundtrip(model_with("percent", "space"), {"percent": {"p": "x"}, "space": {"s": "y"}})
"""

# Server variables are required client arguments: their spec defaults are placeholders (AMPECO's
# tenantUrl defaults to example.com), and a token must never go to a placeholder host. Variables
# whose names collide with each other, with the client's own arguments or with keywords get
# distinct Python names, and a missing one is a clear error naming the argument.
SERVER_PROBE = """
import inspect
parameters = inspect.signature(pkg.Hostile).parameters
for argument in ["tenant_id", "tenant_id_", "base_url_", "api_token_", "class_"]:
    assert parameters[argument].kind is inspect.Parameter.KEYWORD_ONLY, argument
client = make_client(base_url=None, tenant_id="a", tenant_id_="b", base_url_="c", api_token_="d", class_="e")
assert str(client.base_url).startswith("https://a.b.c.d.e.example.com"), client.base_url
try:
    make_client(base_url=None, tenant_id="a", tenant_id_="b", base_url_="c", api_token_="d")
except pkg.APIError as error:
    assert "class_" in str(error) and "HOSTILE_CLASS_" in str(error), error
else:
    raise AssertionError("a missing server variable was filled from its default")
"""

ANCHORS_PROBE = """
value = roundtrip(types.Thing, {"created": "2026-01-02T03:04:05Z", "updated": None, "tags": ["a"], "labels": ["b"]}, compare=False)
assert value.created.year == 2026 and value.updated is None and value.labels == ["b"]
"""

CLIENT_ATTRIBUTE_PROBE = """
client = make_client()
# still the raw-response view, not a resource
assert type(client.with_raw_response).__name__ == type(client).__name__ + "WithRawResponse"
for tag in ["request", "close", "with_raw_response", "timeout", "base_url", "max_retries"]:
    assert any(n.startswith(tag) for n in vars(type(client)) if isinstance(vars(type(client))[n], property)), tag
client.close()
"""

SHADOWING_PROBE = """
Thing = types.Thing
thing = roundtrip(Thing, {"id": 1, "to_dict": "a", "toDict": "b", "to_json": "c", "toJson": "d"})
assert thing.to_json_ == "c" and '"toJson":"d"' in thing.to_json().replace(" ", "")
"""

INFO_PROBE = """
assert "Line one" in pkg.__doc__
assert pkg.API_VERSION.startswith("1.0")
"""

NO_SCHEMAS_PROBE = """
client = make_client()
"""

SYMLINK_PROBE = ""

ENUM_PROBE = """
Big = typing.get_args(types.Big)
assert len(Big) == 20000 and "value 19999" in Big
roundtrip(types.Root, {"e": "value 12345"})
"""

DESCRIPTION_PROBE = """
assert len(types.Root.__doc__) >= 9_000_000
roundtrip(types.Root, {"a": "x"})
"""

DEEP_PROBE = """
payload = {"leaf": "bottom"}
for _ in range(DEPTH):
    payload = {"n": payload}
value = roundtrip(types.Root, payload)
for _ in range(DEPTH):
    value = value.n
assert value.leaf == "bottom"
"""

CHAIN_PROBE = """
payload = {"v": LENGTH}
for i in reversed(range(LENGTH)):
    payload = {"v": i, "next": payload}
roundtrip(types.S0, payload)
"""

# ---------------------------------------------------------------------------------------------
# The committed corpus: file name -> expected outcome.
# ---------------------------------------------------------------------------------------------
CASES: dict[str, Expect] = {
    # unreadable documents: refused at `#`
    "invalid_json.json": Expect(2, "#", "invalid JSON at line 3"),
    "invalid_yaml.yaml": Expect(2, "#", "invalid YAML"),
    "empty_file.yaml": Expect(2, "#", "must be a mapping"),
    "not_utf8.yaml": Expect(2, "#", "not UTF-8"),
    "not_a_mapping.yaml": Expect(2, "#", "must be a mapping"),
    "yaml_billion_laughs.yaml": Expect(2, "#", "alias bomb", timeout=SHORT_TIMEOUT),
    "yaml_recursive_anchor.yaml": Expect(2, "#", "line 6 contains an alias to itself", timeout=SHORT_TIMEOUT),
    "yaml_shared_anchors.yaml": Expect(0, probe=ANCHORS_PROBE),  # aliases used the ordinary way still work
    # versions
    "unknown_version.yaml": Expect(2, "#/openapi", "unsupported OpenAPI version '4.0.0'"),
    "version_as_number.yaml": Expect(
        2, "#/openapi", "3.0",
    ),
    "swagger2.json": Expect(2, "#/swagger", "Swagger 2.0 is not supported"),
    # references
    "dangling_ref.yaml": Expect(
        2, "#/paths/~1things/get/responses/200/content/application~1json/schema/$ref", "points nowhere"
    ),
    "circular_ref_chain.yaml": Expect(2, "#/components/schemas/A", "circular $ref chain"),
    "circular_allof.yaml": Expect(2, "#/components/schemas/A", "allOf refers back to itself"),
    "ref_leaves_folder.yaml": Expect(2, "#/components/schemas/Secret", "leaves the spec's folder"),
    "ref_absolute_path.yaml": Expect(2, "#/components/schemas/Secret", "leaves the spec's folder"),
    "ref_file_url.yaml": Expect(2, "#/components/schemas/Secret", "remote $ref"),
    "ref_remote_url.yaml": Expect(2, "#/components/schemas/Remote", "remote $ref"),
    "ref_not_a_pointer.yaml": Expect(2, "#/components/schemas/Thing", "not a JSON pointer"),
    "ref_not_a_string.yaml": Expect(2, "#/components/schemas/Thing", "$ref must be a string"),
    "pointer_escapes.yaml": Expect(0, probe=POINTER_PROBE),
    "pointer_percent_encoding.yaml": Expect(
        0, probe=POINTER_PERCENT_PROBE,
    ),
    # structure
    "schema_not_an_object.yaml": Expect(2, "#/components/schemas/Thing/properties/id", "a schema must be an object"),
    "duplicate_operation_id.yaml": Expect(2, "#/paths/~1b/get/operationId", "duplicate operationId 'getThing'"),
    "empty_parameter_name.yaml": Expect(2, "#/paths/~1x/get/parameters/0", "non-empty string 'name'"),
    # Cohere publishes one: a warning, and the schema allows anything (EMPTY_ONEOF_PROBE)
    "empty_oneof.yaml": Expect(0, probe=EMPTY_ONEOF_PROBE),
    "empty_enum.yaml": Expect(2, "#/components/schemas/Nothing/enum", "non-empty list"),
    "tags_not_a_list.yaml": Expect(
        2, "#/paths/~1ping/get/tags", "list",
    ),
    "non_string_keys.yaml": Expect(0, probe=NON_STRING_KEYS_PROBE),
    # names
    "snake_collisions.yaml": Expect(0, probe=SNAKE_PROBE),
    "python_names.yaml": Expect(0, probe=PYTHON_NAMES_PROBE),
    "pydantic_shadowing.yaml": Expect(
        0, probe=SHADOWING_PROBE,
    ),
    "tags_shadow_client_attributes.yaml": Expect(
        0, probe=CLIENT_ATTRIBUTE_PROBE,
    ),
    "tags_shadow_runtime_names.yaml": Expect(
        0,
    ),
    "unicode_names.yaml": Expect(0, probe=UNICODE_PROBE),
    "server_variables.yaml": Expect(0, probe=SERVER_PROBE),
    # text
    "hostile_strings.json": Expect(0, probe=STRINGS_PROBE),
    "code_injection.json": Expect(0, probe=INJECTION_PROBE),
    "info_with_newlines.json": Expect(
        0, probe=INFO_PROBE,
    ),
    # shapes
    "openapi31_types.yaml": Expect(0, probe=THREE_ONE_PROBE),
    "recursion.yaml": Expect(0, probe=RECURSION_PROBE),
    "no_schemas.yaml": Expect(
        0, probe=NO_SCHEMAS_PROBE,
    ),
    "no_paths.yaml": Expect(
        0,
    ),
}


# ---------------------------------------------------------------------------------------------
# Big or special specs, generated into tmp_path (never committed).
# ---------------------------------------------------------------------------------------------
def _spec_text(schemas_json: str, root: str = "Root") -> str:
    """A one-operation spec around a `components.schemas` text (built as text: json.dumps
    itself cannot encode 1,000 nested dicts)."""
    head = json.dumps(
        {
            "openapi": "3.0.3",
            "info": {"title": "Generated", "version": "1"},
            "paths": {
                "/root": {
                    "get": {
                        "operationId": "rootRead",
                        "tags": ["root"],
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{root}"}}},
                            }
                        },
                    }
                }
            },
        }
    )
    return head[:-1] + ', "components": {"schemas": ' + schemas_json + "}}"


def _deep(depth: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        nested = '{"type": "object", "properties": {"n": ' * depth
        nested += '{"type": "object", "properties": {"leaf": {"type": "string"}}}' + "}}" * depth
        path = folder / f"deep_{depth}.json"
        path.write_text(_spec_text('{"Root": ' + nested + "}"), encoding="utf-8")
        return path

    return build


def _ref_chain(length: int) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        schemas = {
            f"S{i}": {
                "type": "object",
                "properties": {"v": {"type": "integer"}, "next": {"$ref": f"#/components/schemas/S{i + 1}"}},
            }
            for i in range(length)
        }
        schemas[f"S{length}"] = {"type": "object", "properties": {"v": {"type": "integer"}}}
        path = folder / f"ref_chain_{length}.json"
        path.write_text(_spec_text(json.dumps(schemas), root="S0"), encoding="utf-8")
        return path

    return build


def _huge_enum(folder: Path) -> Path:
    schemas = {
        "Root": {"type": "object", "properties": {"e": {"$ref": "#/components/schemas/Big"}}},
        "Big": {"type": "string", "enum": [f"value {i}" for i in range(20_000)]},
    }
    path = folder / "enum_20000.json"
    path.write_text(_spec_text(json.dumps(schemas)), encoding="utf-8")
    return path


def _big_description(folder: Path) -> Path:
    line = 'a line with """ and \'\'\' and \\ and {{ x }} ' * 4 + "\n"
    text = (line * (10_000_000 // len(line) + 1))[:10_000_000]
    schemas = {"Root": {"type": "object", "description": text, "properties": {"a": {"type": "string"}}}}
    path = folder / "description_10mb.json"
    path.write_text(_spec_text(json.dumps(schemas)), encoding="utf-8")
    return path


def _ref_to_invalid_file(folder: Path) -> Path:
    (folder / "part.yaml").write_text("Thing: {type: object, properties: [unclosed\n", encoding="utf-8")
    path = folder / "ref_to_invalid_file.json"
    path.write_text(_spec_text(json.dumps({"Root": {"$ref": "part.yaml#/Thing"}})), encoding="utf-8")
    return path


def _ref_through_symlink(folder: Path) -> Path:
    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir()
    secret = outside / "secret.yaml"
    secret.write_text("Secret:\n  type: object\n  properties:\n    leaked: {type: string, enum: [root-password]}\n", encoding="utf-8")
    (folder / "inside.yaml").symlink_to(secret)
    path = folder / "ref_through_symlink.json"
    path.write_text(_spec_text(json.dumps({"Root": {"$ref": "inside.yaml#/Secret"}})), encoding="utf-8")
    return path


def _ref_through_linked_folder(folder: Path) -> Path:
    """A folder inside the spec's that links outside it: a file in it is read only after its
    first, legitimate neighbour resolved the folder (the loader keeps resolved folders)."""
    outside = folder.parent / f"{folder.name}-linked-outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text("Secret:\n  type: object\n  properties:\n    leaked: {type: string}\n", encoding="utf-8")
    (folder / "parts").mkdir()
    (folder / "parts" / "fine.yaml").write_text("Fine:\n  type: object\n  properties:\n    a: {type: string}\n", encoding="utf-8")
    (folder / "parts" / "linked").symlink_to(outside, target_is_directory=True)
    path = folder / "ref_through_linked_folder.json"
    schemas = {"Fine": {"$ref": "parts/fine.yaml#/Fine"}, "Root": {"$ref": "parts/linked/secret.yaml#/Secret"}}
    path.write_text(_spec_text(json.dumps(schemas)), encoding="utf-8")
    return path


GENERATED: dict[str, tuple[Callable[[Path], Path], Expect]] = {
    "deep_500.json": (
        _deep(500),
        Expect(0, probe="DEPTH = 500\n" + DEEP_PROBE),
    ),
    "deep_5000.json": (
        _deep(5000),
        Expect(
            2, "#", pointer_prefix=True,
        ),
    ),
    "ref_chain_1000.json": (
        _ref_chain(1000),
        Expect(0, probe="LENGTH = 1000\n" + CHAIN_PROBE),
    ),
    "enum_20000.json": (_huge_enum, Expect(0, probe=ENUM_PROBE)),
    "description_10mb.json": (_big_description, Expect(0, probe=DESCRIPTION_PROBE)),
    "ref_to_invalid_file.json": (_ref_to_invalid_file, Expect(2, "#/components/schemas/Root/$ref", "part.yaml: invalid YAML")),
    "ref_through_symlink.json": (
        _ref_through_symlink,
        Expect(
            2, "#/components/schemas/Root", "leaves the spec's folder",
        ),
    ),
    "ref_through_linked_folder.json": (
        _ref_through_linked_folder,
        Expect(2, "#/components/schemas/Root", "leaves the spec's folder"),
    ),
}


# ---------------------------------------------------------------------------------------------
# The checker run in a subprocess for every exit-0 spec.
# ---------------------------------------------------------------------------------------------
CHECKER = r'''
import importlib, inspect, json, os, sys, typing, warnings
out, package, probe_file, SPEC = sys.argv[1:5]
sys.path.insert(0, out)
with warnings.catch_warnings():
    warnings.simplefilter("error")  # pydantic's "field shadows an attribute" and friends are bugs
    pkg = importlib.import_module(package)
    root = os.path.join(out, package)
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".py"):
                relative = os.path.relpath(os.path.join(folder, name[:-3]), out).split(os.sep)
                if relative[-1] == "__init__":
                    relative = relative[:-1]
                importlib.import_module(".".join(relative))
    types = importlib.import_module(package + ".types")
    for name in types.__all__:
        getattr(types, name)

import httpx
import pydantic

sent = []


def _handler(request):
    sent.append(request)
    return httpx.Response(200, json={})


STANDARD_ARGUMENTS = {"extra_headers", "extra_query", "extra_body", "timeout", "max_retries"}


def make_client(**options):
    cls = getattr(pkg, "Hostile")  # the client class is named after --package
    options.setdefault("base_url", "https://api.example.com")
    return cls(api_token="token", http_client=httpx.Client(transport=httpx.MockTransport(_handler)), **options)


def all_models():
    return [getattr(types, n) for n in types.__all__
            if isinstance(getattr(types, n), type) and issubclass(getattr(types, n), pydantic.BaseModel)]


def wire_names(cls):
    return {name if f.alias is None else f.alias for name, f in cls.model_fields.items()}


def model_with(*aliases):
    found = [c for c in all_models() if set(aliases) <= wire_names(c)]
    assert len(found) == 1, (aliases, [c.__name__ for c in found])
    return found[0]


def roundtrip(cls, payload, compare=True):
    value = cls.model_validate(payload)
    if compare:
        assert value.to_dict() == payload, (value.to_dict(), payload)
    return value


def _dummy(parameter):
    text = str(parameter.annotation)
    if "int" in text:
        return 1
    if "str" in text:
        return "x"
    return {}


# the client builds, every resource property is a resource, and every method can be called
client = make_client()
# the raw and streaming twins are the properties that are not resources (same methods)
twins = ("with_raw_response", "with_streaming_response")
resources = [n for n, v in vars(type(client)).items() if isinstance(v, property) and n not in twins]
for name in resources:
    resource = getattr(client, name)
    for method_name in [m for m in vars(type(resource)) if not m.startswith("_")]:
        method = getattr(resource, method_name)
        arguments, keywords = [], {}
        for parameter in inspect.signature(method).parameters.values():
            if parameter.default is not inspect.Parameter.empty:
                continue
            if parameter.kind is parameter.KEYWORD_ONLY:
                keywords[parameter.name] = _dummy(parameter)
            else:
                arguments.append(_dummy(parameter))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            method(*arguments, **keywords)
with open(probe_file, encoding="utf-8") as handle:
    exec(compile(handle.read(), probe_file, "exec"))
print("CHECKED", len(resources), "resources")
'''


# ---------------------------------------------------------------------------------------------
# Running and judging
# ---------------------------------------------------------------------------------------------
OUTCOMES: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def _summary(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    yield
    if not OUTCOMES:
        return
    counts: dict[str, int] = {}
    for outcome in OUTCOMES.values():
        key = outcome.split(" ", 1)[0]
        counts[key] = counts.get(key, 0) + 1
    line = f"hostile specs: {len(OUTCOMES)} tried, " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items()))
    report = tmp_path_factory.getbasetemp() / "hostile-summary.json"
    report.write_text(json.dumps({"summary": line, "specs": dict(sorted(OUTCOMES.items()))}, indent=2), encoding="utf-8")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(line + f" (details: {report})")


def _pwned(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        if root.is_dir():
            found.extend(p for p in root.rglob("*") if p.name.startswith("PWNED"))
        elif root.exists():
            found.append(root)
    return found


def _judge(name: str, spec: Path, expect: Expect, tmp_path: Path) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    out = tmp_path / "out"
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(tmp_path.parent / "sdkgen-cache")}
    env.pop("SDKGEN_DEBUG", None)
    before = set(_pwned(REPO / "PWNED", Path(tempfile.gettempdir()) / "PWNED", Path.cwd() / "PWNED"))
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [str(SDKGEN), "generate", "--spec", str(spec), "--out", str(out), "--package", PACKAGE],
            capture_output=True, text=True, cwd=cwd, env=env, timeout=expect.timeout, check=False,
        )
    except subprocess.TimeoutExpired:
        OUTCOMES[name] = f"hang (> {expect.timeout} s)"
        pytest.fail(f"{name}: sdkgen generate did not finish within {expect.timeout} s")
    elapsed = time.perf_counter() - started
    stderr = done.stderr.strip()
    OUTCOMES[name] = f"exit-{done.returncode} ({elapsed:.1f} s) {stderr.splitlines()[0][:160] if stderr else ''}".rstrip()
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    if expect.exit == 2:
        assert done.returncode == 2, f"expected exit 2, got {done.returncode}\n{done.stderr[-2000:]}"
        lines = stderr.splitlines()
        assert len(lines) == 1, f"expected one error line, got {len(lines)}:\n{stderr[:2000]}"
        label = spec.name
        head = f"error: {label}: {expect.pointer}"
        assert lines[0].startswith(head if expect.pointer_prefix else head + ": "), f"expected {head!r}...\n{lines[0][:500]}"
        rest = lines[0][len(f"error: {label}: ") :]
        assert ": " in rest and rest.split(": ", 1)[1].strip(), f"no reason after the pointer: {lines[0][:500]}"
        if expect.message:
            assert expect.message in lines[0], f"{expect.message!r} not in {lines[0][:500]!r}"
        assert not out.exists(), f"{out} was created although generation failed"
    else:
        assert done.returncode == 0, f"expected exit 0, got {done.returncode}\n{done.stderr[-3000:]}"
        compiled = subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(out / PACKAGE)], capture_output=True, text=True, timeout=TIMEOUT, check=False
        )
        assert compiled.returncode == 0, compiled.stdout[-3000:] + compiled.stderr[-3000:]
        tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
        if (out / "mkdocs.yml").exists():
            yaml.safe_load((out / "mkdocs.yml").read_text(encoding="utf-8"))
        probe = tmp_path / "probe.py"
        probe.write_text("import json\n" + textwrap.dedent(expect.probe), encoding="utf-8")
        checked = subprocess.run(
            [sys.executable, "-c", DEEP_STACK_LAUNCHER, str(out), PACKAGE, str(probe), str(spec)],
            capture_output=True, text=True, cwd=cwd, timeout=TIMEOUT, check=False,
        )
        assert checked.returncode == 0 and "CHECKED" in checked.stdout, checked.stdout[-2000:] + checked.stderr[-4000:]
    pwned = set(_pwned(tmp_path, REPO / "PWNED", Path(tempfile.gettempdir()) / "PWNED", Path.cwd() / "PWNED")) - before
    assert not pwned, f"injected code ran: {sorted(pwned)}"


# pydantic builds a model's schema recursively (about 12 frames per nested model, some of them
# in Rust), so a chain of 500 or 1,000 nested models needs a higher recursion limit and a
# larger stack than the main thread's in any program that uses it; the generated SDK adds no
# recursion of its own. (The generator needs nothing: it runs on a deep stack of its own,
# generator/deepstack.py.)
DEEP_STACK_LAUNCHER = f"""
import sys, threading
sys.setrecursionlimit(20_000)
threading.stack_size(512 * 1024 * 1024)
failed = []
def main():
    try:
        exec(compile({CHECKER!r}, "<checker>", "exec"), {{"__name__": "__main__"}})
    except BaseException:
        import traceback
        traceback.print_exc()
        failed.append(True)
worker = threading.Thread(target=main)
worker.start()
worker.join()
sys.exit(1 if failed else 0)
"""


def _params(table: dict[str, Expect]) -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=expect.bug)) if expect.bug else name
        for name, expect in sorted(table.items())
    ]


@pytest.mark.parametrize("name", _params(CASES))
def test_hostile_spec(name: str, tmp_path: Path) -> None:
    _judge(name, HOSTILE / name, CASES[name], tmp_path)


@pytest.mark.parametrize("name", _params({name: expect for name, (_, expect) in GENERATED.items()}))
def test_generated_hostile_spec(name: str, tmp_path: Path) -> None:
    build, expect = GENERATED[name]
    folder = tmp_path / "spec"
    folder.mkdir()
    spec = build(folder)
    _judge(name, spec, expect, tmp_path)


def test_every_corpus_file_has_an_expectation_and_is_listed() -> None:
    files = sorted(p.name for p in HOSTILE.iterdir() if p.is_file() and p.name != "README.md")
    assert files == sorted(CASES), set(files) ^ set(CASES)
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    missing = [name for name in [*files, *GENERATED] if f"`{name}`" not in readme]
    assert not missing, f"not listed in tests/hostile/README.md: {missing}"
