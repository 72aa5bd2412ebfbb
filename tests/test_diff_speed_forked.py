"""The diff builds its two IRs side by side in a forked worker: same result, same errors.

No timing here (speed is measured by benchmarks/bench_diff.py only); these check that the
worker is invisible: what comes back equals a build done here, and a failure in either
process reads exactly as it does when the two are built one after the other.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.diff import diff_specs, forked, render
from generator.errors import GeneratorError, RefEscapeError, SpecError
from generator.ir import Api
from generator.loader import load_spec
from generator.parser import build_api

pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="the worker needs fork (Linux)")


def _spec(tmp_path: Path, name: str, extra_property: bool = False) -> str:
    pet: dict[str, Any] = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "integer"},
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "owner": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Owner"}]},
            "tags": {"type": "array", "items": {"type": "object", "properties": {"label": {"type": "string"}}}},
        },
    }
    if extra_property:
        pet["properties"]["nickname"] = {"type": "string"}
    raw = {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Pet": pet,
                "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }
    path = tmp_path / name
    path.write_text(json.dumps(raw), encoding="utf-8")
    return str(path)


def _build(path: str) -> Api:
    return build_api(load_spec(path))


@pytest.fixture()
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    monkeypatch.delenv("SDKGEN_DEBUG", raising=False)


def test_the_worker_answer_equals_a_build_done_here(tmp_path: Path, two_cores: None) -> None:
    old, new = _spec(tmp_path, "old.json"), _spec(tmp_path, "new.json", extra_property=True)
    built_in = []

    def build_old() -> Api:
        built_in.append(os.getpid())
        return _build(old)

    got_old, got_new = forked.build_both(build_old, lambda: _build(new))
    assert built_in == []  # the old spec was built in the worker, not here
    assert (got_old, got_new) == (_build(old), _build(new))


def test_one_core_builds_one_after_the_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forked, "usable_cores", lambda: 1)
    old, new = _spec(tmp_path, "old.json"), _spec(tmp_path, "new.json", extra_property=True)
    order = []

    def build(path: str, label: str) -> Api:
        order.append((label, os.getpid()))
        return _build(path)

    forked.build_both(lambda: build(old, "old"), lambda: build(new, "new"))
    assert order == [("old", os.getpid()), ("new", os.getpid())]
    two = render(diff_specs(old, new), "json")
    monkeypatch.setattr(forked, "usable_cores", lambda: 2)
    assert render(diff_specs(old, new), "json") == two


def _fail(exc: BaseException) -> Api:
    raise exc


def test_a_spec_error_in_the_worker_keeps_its_type_file_pointer_and_message(tmp_path: Path, two_cores: None) -> None:
    new = _spec(tmp_path, "new.json")
    error = RefEscapeError("old.json", "#/paths/~1a", "$ref '../x.json' leaves the spec's folder")
    with pytest.raises(RefEscapeError) as raised:
        forked.build_both(lambda: _fail(error), lambda: _build(new))
    assert (raised.value.file, raised.value.pointer, raised.value.message) == (error.file, error.pointer, error.message)
    assert str(raised.value) == str(error)


def test_the_old_spec_error_wins_then_the_new_one(tmp_path: Path, two_cores: None) -> None:
    old_error, new_error = SpecError("old.json", "#", "old is bad"), SpecError("new.json", "#", "new is bad")
    with pytest.raises(SpecError, match="old is bad"):
        forked.build_both(lambda: _fail(old_error), lambda: _fail(new_error))
    old = _spec(tmp_path, "old.json")
    with pytest.raises(SpecError, match="new is bad"):
        forked.build_both(lambda: _build(old), lambda: _fail(new_error))
    with pytest.raises(GeneratorError, match="no manifest"):
        forked.build_both(lambda: _fail(GeneratorError("no manifest")), lambda: _build(old))
    with pytest.raises(RecursionError):
        forked.build_both(lambda: _fail(RecursionError("too deep")), lambda: _build(old))


class _Unpicklable(Exception):
    def __reduce__(self) -> Any:
        raise TypeError("cannot pickle")


def test_an_unpicklable_error_comes_back_with_its_name_and_text(tmp_path: Path, two_cores: None) -> None:
    new = _spec(tmp_path, "new.json")
    with pytest.raises(Exception) as raised:
        forked.build_both(lambda: _fail(_Unpicklable("boom")), lambda: _build(new))
    assert (type(raised.value).__name__, str(raised.value)) == ("_Unpicklable", "boom")


def test_a_worker_that_dies_is_replaced_by_a_build_here(tmp_path: Path, two_cores: None) -> None:
    old, new = _spec(tmp_path, "old.json"), _spec(tmp_path, "new.json")
    parent = os.getpid()

    def build_old() -> Api:
        if os.getpid() != parent:
            sys.stdout.flush()
            os._exit(9)  # the worker dies without a word
        return _build(old)

    assert forked.build_both(build_old, lambda: _build(new)) == (_build(old), _build(new))


def test_cli_errors_from_the_worker_are_one_line_with_exit_2(tmp_path: Path) -> None:
    import subprocess

    good = _spec(tmp_path, "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    sdkgen = [sys.executable, "-m", "generator", "diff"]
    for args in ([str(bad), good], [good, str(bad)]):
        result = subprocess.run([*sdkgen, *args], capture_output=True, text=True, check=False)
        assert result.returncode == 2
        assert result.stderr == "error: bad.json: #: invalid JSON at line 1, column 2: Expecting property name enclosed in double quotes\n"
