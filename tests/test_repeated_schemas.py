"""A response schema written out again is converted once, and the IR is what converting each gives.

Specs without `$ref`s (the real one) repeat the same inline bodies hundreds of times. The parser
converts a copy once and records the other places as its aliases; unify counts each alias as
the definition it stands for (its source in the name lock, its description in the vote for the
class's description, its place in the count of schemas). These tests compare that IR with the
IR of a parser that converts every copy, on a spec built to make the counting matter, on our
own spec, on the corpus and on the real spec.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import ir_document
from generator.config import find_config
from generator.errors import SpecError
from generator.ir import Api
from generator.loader import load_spec
from generator.parser import build_api
from generator.parser.lock import NameLock, lock_of
from generator.parser.schemas import SchemaConverter
from tests.support import corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [
    pytest.param(entry, id=entry.name, marks=[pytest.mark.slow] if entry.tier == "big" else [])
    for entry in corpus.entries()
]
OURS = [ROOT / "specs" / "ampeco.yaml", *sorted((ROOT / "tests" / "realworld_repro").glob("*.yaml"))]


def _body(description: str) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": {
            "message": {"type": "string"},
            "code": {"type": "string", "enum": ["gone", "missing"]},
            "detail": {"type": "object", "properties": {"field": {"type": "string"}}},
        },
    }


def _spec(tmp_path: Path) -> Path:
    """Five operations whose 404 bodies are one shape: two copies say "Alpha", three "Zeta"."""
    paths = {}
    for index, description in enumerate(["Alpha", "Alpha", "Zeta", "Zeta", "Zeta"]):
        paths[f"/things{index}/{{id}}"] = {
            "get": {
                "operationId": f"getThing{index}",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
                    },
                    "404": {"description": "missing", "content": {"application/json": {"schema": _body(description)}}},
                },
            }
        }
    spec = {"openapi": "3.0.0", "info": {"title": "Things", "version": "1.0.0"}, "paths": paths}
    path = tmp_path / "things.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def _ir(spec_path: Path, every_copy: bool, monkeypatch: pytest.MonkeyPatch, lock: NameLock | None = None) -> tuple[Api | None, str]:
    """The IR, its name lock and its count of schemas, as text; or the error the spec gets."""
    with monkeypatch.context() as patch:
        if every_copy:
            patch.setattr(SchemaConverter, "convert_repeated", lambda self, node, loc, hint, role: self.convert(node, loc, hint))
        try:
            api = build_api(load_spec(str(spec_path)), lock, find_config(str(spec_path), None))
        except SpecError as error:
            return None, str(error)
    document = {"ir": _sources_sorted(ir_document(api)), "lock": lock_of(api, None).to_json(), "schemas": api.shapes and api.shapes.schemas}
    return api, json.dumps(document, sort_keys=True, default=str)


def _sources_sorted(node: Any) -> Any:
    """A class's `sources` list each place its shape is written; their order says nothing."""
    if isinstance(node, dict):
        return {key: sorted(value) if key == "sources" else _sources_sorted(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_sources_sorted(item) for item in node]
    return node


def test_copies_count_as_the_definitions_they_stand_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = _spec(tmp_path)
    converted: list[SchemaConverter] = []
    original_init = SchemaConverter.__init__

    def keep(self: SchemaConverter, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        converted.append(self)

    monkeypatch.setattr(SchemaConverter, "__init__", keep)
    api, once = _ir(spec, every_copy=False, monkeypatch=monkeypatch)
    assert sum(map(len, converted[-1].aliases.values())) > 0, "the copies were converted again"
    _, each = _ir(spec, every_copy=True, monkeypatch=monkeypatch)
    assert once == each
    assert api is not None
    body = next(m for m in api.models.values() if {f.name for f in m.fields} == {"message", "code", "detail"})
    assert body.description == "Zeta"  # three places say so, against two: the copies vote
    assert len([s for s in body.sources if "/responses/404/" in s]) == 5
    assert api.shapes is not None and api.shapes.schemas == 5 * 3 + 5  # body, detail, code enum; five 200 bodies


def test_copies_vote_for_the_name_a_lock_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lock from an earlier generation that named the places differently: the most places win."""
    spec = _spec(tmp_path)
    body = "#/paths/~1things{index}~1{{id}}/get/responses/404/content/application~1json/schema"
    names = {"0": "OldAlpha", "1": "OldAlpha", "2": "OldZeta", "3": "OldZeta", "4": "OldZeta"}
    lock = NameLock(classes={body.format(index=index): name for index, name in names.items()})
    api, once = _ir(spec, every_copy=False, monkeypatch=monkeypatch, lock=lock)
    _, each = _ir(spec, every_copy=True, monkeypatch=monkeypatch, lock=lock)
    assert once == each
    assert api is not None and "OldZeta" in api.models and "OldAlpha" not in api.models


@pytest.mark.parametrize("spec", OURS, ids=lambda p: p.name)
def test_our_specs_ir_is_what_converting_every_copy_gives(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, once = _ir(spec, every_copy=False, monkeypatch=monkeypatch)
    _, each = _ir(spec, every_copy=True, monkeypatch=monkeypatch)
    assert once == each


@pytest.mark.parametrize("entry", CORPUS)
def test_the_corpus_ir_is_what_converting_every_copy_gives(entry: corpus.Entry, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = corpus.materialize(entry, tmp_path)
    _, once = _ir(spec, every_copy=False, monkeypatch=monkeypatch)
    _, each = _ir(spec, every_copy=True, monkeypatch=monkeypatch)
    assert once == each


def test_the_real_spec_ir_is_what_converting_every_copy_gives(real_spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, once = _ir(real_spec, every_copy=False, monkeypatch=monkeypatch)
    _, each = _ir(real_spec, every_copy=True, monkeypatch=monkeypatch)
    assert once == each


def test_a_request_schema_is_not_a_copy_of_the_same_response_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Written the same, a body sent and a body received still differ: a request drops readOnly fields."""
    thing = {"type": "object", "properties": {"id": {"type": "integer", "readOnly": True}, "name": {"type": "string"}}}
    content = {"application/json": {"schema": thing}}
    spec = {
        "openapi": "3.0.0",
        "info": {"title": "Things", "version": "1.0.0"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"content": json.loads(json.dumps(content))},
                    "responses": {"201": {"description": "made", "content": json.loads(json.dumps(content))}},
                }
            }
        },
    }
    path = tmp_path / "things.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    api, once = _ir(path, every_copy=False, monkeypatch=monkeypatch)
    _, each = _ir(path, every_copy=True, monkeypatch=monkeypatch)
    assert once == each
    assert api is not None
    op = api.operations[0]
    assert op.request_body is not None and op.request_body.type is not None and op.responses[0].type is not None
    sent, received = api.models[str(op.request_body.type.name)], api.models[str(op.responses[0].type.name)]
    assert [f.name for f in sent.fields] == ["name"] and [f.name for f in received.fields] == ["id", "name"]
