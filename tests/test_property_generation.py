"""Property test: random specs built from the constructs sdkgen supports generate SDKs whose
models round-trip every valid payload, and whose client sends and parses them unchanged.

How the 1,000 count is reached (measured, see the module's summary line): one full generation
(render + ruff + write + import) costs ~0.2 s, so 1,000 single-schema specs take well over
3 minutes. Instead each hypothesis example is ONE generated spec holding CASES_PER_SPEC
independent schema cases (a component schema plus 1-3 valid payloads drawn from it), and
SPECS examples are run: 100 x 10 = 1,000 schema+payload cases, every one of them generated,
imported and round-tripped (`Model.model_validate(payload).to_dict() == payload`). The test
counts the cases it really checked and fails if fewer than MIN_CASES were. Each spec also has
1-3 operations (path + query parameters, a JSON body, a JSON response) that are called through
the generated client against an httpx MockTransport: the body sent and the response parsed
must equal the payloads. Schemas nest two levels deep and objects have at most four
properties: larger draws overrun hypothesis's buffer and are discarded, so most of the time
went into drawing examples that were thrown away (6 of 50 specs in 8 minutes at depth 3).

`SDKGEN_PROPERTY_SPECS` / `SDKGEN_PROPERTY_CASES` override the batch shape (e.g. 1000 / 1 to
time 1,000 full generations).

Two bugs this test found are pinned by their own tests at the end: a property whose Python
name was `to_dict`, and a wire name equal to the Python name of another property.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import shutil
import sys
import time
import urllib.parse
from pathlib import Path
from typing import Any, Iterator

import httpx
import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import naming
from generator.pipeline import generate

SPECS = int(os.environ.get("SDKGEN_PROPERTY_SPECS", "100"))
CASES_PER_SPEC = int(os.environ.get("SDKGEN_PROPERTY_CASES", "10"))
MIN_CASES = min(1000, SPECS * CASES_PER_SPEC)
PACKAGE = "propsdk"
CLIENT = naming.class_name(PACKAGE)

# Names that stress the naming rules: keywords, builtins, pydantic attributes, collisions
# after snake_case, dashes, dots, unicode, empty.
HOSTILE_NAMES = [
    "class", "import", "None", "True", "list", "type", "self", "model_config", "json", "dict", "str", "int",
    "id", "fooBar", "foo_bar", "foo-bar", "FooBar", "FOO_BAR", "from", "_", "__init__", "", " ", "ünïcödé",
    "名前", "🚀", "a.b", "a/b", "a~b", "9lives", "match", "case", "datetime", "date", "decimal", "Optional",
    "Any", "Field", "value", "Value", "model_dump", "copy", "schema", "validate", "kind", "items", "keys",
    "get", "data", "async", "await", "print", "__class__", "__dict__", "model_fields_set", "to_json",
]
# A key named `$ref` is read as a JSON reference wherever it stands (a clear error for a
# `properties` map), so it is not a name these valid specs can use.
names = st.one_of(
    st.sampled_from(HOSTILE_NAMES),
    st.from_regex(r"[a-zA-Z_][a-zA-Z0-9_\-]{0,12}", fullmatch=True),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
).filter(lambda name: name != "$ref")
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
TAGS = ["things", "class", "名前", "resource / charge points", "action / charge point", "Foo-Bar", "import", "🚀"]


# ------------------------------------------------------------------------------------------
# Schemas (OpenAPI 3.0 JSON) and, for each, a strategy of valid payloads
# ------------------------------------------------------------------------------------------
def _property_names(min_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(names, min_size=min_size, max_size=4, unique=True)


def _leaf() -> st.SearchStrategy[dict[str, Any]]:
    return st.one_of(
        st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}]),
        st.lists(texts, min_size=1, max_size=4, unique=True).map(lambda values: {"type": "string", "enum": values}),
        st.lists(st.integers(-1000, 1000), min_size=1, max_size=3, unique=True).map(
            lambda values: {"type": "integer", "enum": values}
        ),
    )


@st.composite
def _object(draw: st.DrawFn, depth: int, min_properties: int = 0, avoid: frozenset[str] = frozenset()) -> dict[str, Any]:
    wire = draw(_property_names(min_properties).filter(lambda ns: not avoid & set(ns)))
    properties = {name: draw(_schema(depth - 1)) for name in wire}
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [name for name in wire if draw(st.booleans())]
    if required:
        schema["required"] = required
    return schema


@st.composite
def _all_of(draw: st.DrawFn, depth: int) -> dict[str, Any]:
    first = draw(_object(depth, min_properties=1))
    second = draw(_object(depth, min_properties=1, avoid=frozenset(first["properties"])))
    return {"allOf": [first, second]}


@st.composite
def _tagged_one_of(draw: st.DrawFn, depth: int) -> dict[str, Any]:
    tag = draw(names)
    values = draw(st.lists(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8), min_size=2, max_size=3, unique=True))
    variants = []
    for value in values:
        variant = draw(_object(depth, avoid=frozenset([tag])))
        variant["properties"] = {tag: {"type": "string", "enum": [value]}, **variant["properties"]}
        variant["required"] = [tag, *variant.get("required", [])]
        variants.append(variant)
    return {"oneOf": variants}


@functools.lru_cache(maxsize=None)  # one strategy object per depth: building them is not free
def _schema(depth: int) -> st.SearchStrategy[dict[str, Any]]:
    options = [_leaf()]
    if depth > 0:
        options += [
            _object(depth),
            st.builds(lambda items: {"type": "array", "items": items}, _schema(depth - 1)),
            _all_of(depth),
            _tagged_one_of(depth),
        ]
    base = st.one_of(*options)
    return st.one_of(base, base.map(_nullable))


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "nullable": True}


def _merged(schema: dict[str, Any]) -> dict[str, Any]:
    if "allOf" not in schema:
        return schema
    first, second = schema["allOf"]
    return {
        "type": "object",
        "properties": {**first["properties"], **second["properties"]},
        "required": [*first.get("required", []), *second.get("required", [])],
        "nullable": schema.get("nullable", False),
    }


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), texts)


def payloads(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid JSON values for one of the schemas above."""
    schema = _merged(schema)
    if "enum" in schema:
        base: st.SearchStrategy[Any] = st.sampled_from(schema["enum"])
    elif "oneOf" in schema:
        base = st.one_of(*[payloads(variant) for variant in schema["oneOf"]])
    elif schema.get("type") == "object":
        properties = schema["properties"]
        if not properties:  # a free-form object: a Dict[str, Any]
            base = st.dictionaries(st.from_regex(r"[a-z]{1,5}", fullmatch=True), JSON_SCALARS, max_size=2)
        else:
            required = set(schema.get("required", []))
            base = st.fixed_dictionaries(
                {k: payloads(v) for k, v in properties.items() if k in required},
                optional={k: payloads(v) for k, v in properties.items() if k not in required},
            )
    elif schema.get("type") == "array":
        base = st.lists(payloads(schema["items"]), max_size=3)
    else:
        base = {
            "string": texts,
            "integer": st.integers(-(2**63), 2**63),
            "number": st.floats(allow_nan=False, allow_infinity=False),
            "boolean": st.booleans(),
        }[schema["type"]]
    return st.one_of(st.none(), base) if schema.get("nullable") else base


# ------------------------------------------------------------------------------------------
# A case = one component schema (an object or an allOf of two) + payloads; a spec = many cases
# ------------------------------------------------------------------------------------------
@st.composite
def cases(draw: st.DrawFn) -> tuple[dict[str, Any], list[Any]]:
    schema = draw(st.one_of(_object(2, min_properties=1), _all_of(2)))
    values = draw(st.lists(payloads(schema), min_size=1, max_size=3))
    return schema, values


def _ref(name: str) -> str:
    return "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    component_names = draw(st.lists(names, min_size=CASES_PER_SPEC, max_size=CASES_PER_SPEC, unique=True))
    drawn = [draw(cases()) for _ in component_names]
    schemas = {name: schema for name, (schema, _) in zip(component_names, drawn)}
    operations = []
    paths: dict[str, Any] = {}
    for index in range(draw(st.integers(1, 3))):
        body_case = draw(st.integers(0, len(drawn) - 1))
        response_case = draw(st.integers(0, len(drawn) - 1))
        path_schema = draw(st.sampled_from([{"type": "integer"}, {"type": "string"}]))
        query_name = draw(names.filter(bool))
        query_schema = draw(st.one_of(st.sampled_from([{"type": "string"}, {"type": "integer"}]), _leaf()))
        operation_id = draw(st.sampled_from(["create", "thingCreate", "class", "名前Create", "post-it", "doIt"])) + str(index)
        paths[f"/r{index}/{{id}}"] = {
            "post": {
                "operationId": operation_id,
                "tags": [draw(st.sampled_from(TAGS))],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": path_schema},
                    {"name": query_name, "in": "query", "required": False, "schema": query_schema},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": _ref(component_names[body_case])}}},
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": _ref(component_names[response_case])}}},
                    }
                },
            }
        }
        operations.append(
            {
                "path_value": draw(st.integers(0, 10**6) if path_schema["type"] == "integer" else texts.filter(lambda s: s not in ("", ".", ".."))),
                "query_value": draw(payloads(query_schema)),
                "body": draw(payloads(schemas[component_names[body_case]])),
                "response": draw(payloads(schemas[component_names[response_case]])),
                "operation_id": operation_id,
            }
        )
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Property", "version": "1.0.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return {
        "spec": spec,
        "cases": [(_ref(name), values) for name, (_, values) in zip(component_names, drawn)],
        "operations": operations,
    }


# ------------------------------------------------------------------------------------------
# Generating and importing
# ------------------------------------------------------------------------------------------
def _forget_package() -> None:
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def generate(self, spec: dict[str, Any]) -> tuple[Any, Any]:
        """Generates `spec` into a fresh folder and imports it; returns (Generation, package)."""
        self.count += 1
        folder = self.root / f"spec{self.count}"
        folder.mkdir()
        path = folder / "spec.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        generation = generate(str(path), folder / "out", PACKAGE)
        _forget_package()
        sys.path.insert(0, str(folder / "out"))
        try:
            package = importlib.import_module(PACKAGE)
            importlib.import_module(f"{PACKAGE}.types")
        finally:
            sys.path.remove(str(folder / "out"))
        return generation, package

    def cleanup(self) -> None:
        _forget_package()
        for child in self.root.iterdir():
            shutil.rmtree(child, ignore_errors=True)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("property")
    previous = os.environ.get("SDKGEN_CACHE_DIR")
    os.environ["SDKGEN_CACHE_DIR"] = str(root.parent / "property-format-cache")
    (root / "specs").mkdir()
    try:
        yield Workspace(root / "specs")
    finally:
        _forget_package()
        if previous is None:
            os.environ.pop("SDKGEN_CACHE_DIR", None)
        else:
            os.environ["SDKGEN_CACHE_DIR"] = previous


def _model_by_source(generation: Any, package: Any, source: str) -> type[pydantic.BaseModel]:
    names = {model.source: model.name for model in generation.api.models.values()}
    assert source in names, f"no model generated for {source}"
    model = getattr(importlib.import_module(f"{PACKAGE}.types"), names[source])
    assert issubclass(model, pydantic.BaseModel)
    return model


def _roundtrip(model: type[pydantic.BaseModel], payload: Any) -> None:
    parsed = model.model_validate(payload)
    assert parsed.to_dict() == payload, (model.__name__, payload, parsed.to_dict())  # type: ignore[attr-defined]
    again = model.model_validate(parsed.to_dict())  # type: ignore[attr-defined]
    assert again.to_dict() == payload  # type: ignore[attr-defined]


def _call(generation: Any, package: Any, operation: dict[str, Any]) -> None:
    op = next(o for o in generation.api.operations if o.operation_id == operation["operation_id"])
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=operation["response"])

    client = getattr(package, CLIENT)(
        api_token="token", base_url="https://api.example.com/base", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    query_param = next(p for p in op.parameters if p.location == "query")
    method = getattr(getattr(client, op.resource), op.method_name)
    result = method(operation["path_value"], body=operation["body"], **{query_param.py_name: operation["query_value"]})
    request = sent[-1]
    assert json.loads(request.content) == operation["body"]
    segments = request.url.raw_path.decode("ascii").split("?")[0].split("/")
    assert urllib.parse.unquote(segments[-1]) == str(operation["path_value"]), (request.url.raw_path, operation["path_value"])
    assert segments[-2] == op.path.split("/")[1]
    query = request.url.params.get_list(query_param.name)
    if operation["query_value"] is None:
        assert query in ([], [""]), query
    else:
        expected = operation["query_value"]
        expected = {True: "true", False: "false"}.get(expected, expected) if isinstance(expected, bool) else expected
        assert query == [str(expected)], (query_param.name, query, operation["query_value"])
    response = result.to_dict() if hasattr(result, "to_dict") else result
    # a body that is nothing but `{"data": ...}` (a component with one property, drawn as "data")
    # is an envelope: the SDK returns what is inside it
    envelope = next((r.envelope for r in op.responses if r.status.startswith("2") and r.envelope), None)
    expected = operation["response"].get(envelope) if envelope else operation["response"]
    assert response == expected, (response, operation["response"])


def test_generated_models_round_trip_random_valid_payloads(workspace: Workspace, request: pytest.FixtureRequest) -> None:
    counts = {"specs": 0, "cases": 0, "payloads": 0, "calls": 0}
    started = time.perf_counter()

    @settings(
        max_examples=SPECS,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )
    @given(specs())
    def check(example: dict[str, Any]) -> None:
        try:
            generation, package = workspace.generate(example["spec"])
            for source, values in example["cases"]:
                model = _model_by_source(generation, package, source)
                for payload in values:
                    _roundtrip(model, payload)
                    counts["payloads"] += 1
                counts["cases"] += 1
            for operation in example["operations"]:
                _call(generation, package, operation)
                counts["calls"] += 1
            counts["specs"] += 1
        finally:
            workspace.cleanup()

    check()
    elapsed = time.perf_counter() - started
    line = (
        f"property generation: {counts['specs']} specs generated+imported, {counts['cases']} schema cases, "
        f"{counts['payloads']} payload round trips, {counts['calls']} client calls in {elapsed:.1f} s"
    )
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_line(line)
    assert counts["cases"] >= MIN_CASES, line


# ------------------------------------------------------------------------------------------
# The two bugs this test found, pinned
# ------------------------------------------------------------------------------------------
def _one_model_spec(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Known", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Thing": {"type": "object", "properties": properties}}},
    }


def test_wire_name_equal_to_another_python_name(workspace: Workspace) -> None:
    spec = _one_model_spec({"fooBar": {"type": "integer"}, "foo_bar": {"type": "integer"}})
    try:
        generation, package = workspace.generate(spec)
        model = _model_by_source(generation, package, "#/components/schemas/Thing")
        _roundtrip(model, {"foo_bar": 1})
        _roundtrip(model, {"fooBar": 2})
        _roundtrip(model, {"fooBar": 2, "foo_bar": 1})
    finally:
        workspace.cleanup()


def test_property_named_to_dict(workspace: Workspace) -> None:
    spec = _one_model_spec({"toDict": {"type": "string"}})
    try:
        generation, package = workspace.generate(spec)
        model = _model_by_source(generation, package, "#/components/schemas/Thing")
        _roundtrip(model, {"toDict": "x"})
    finally:
        workspace.cleanup()
