"""Shared fixtures: the real AMPECO spec (from $AMPECO_SPEC) and SDKs generated from specs."""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

from generator.ir import Api
from generator.pipeline import Generation, generate
from tests.support.prism import prism_binary, running_prism

REPO = Path(__file__).resolve().parent.parent
OWN_SPEC = REPO / "specs" / "ampeco.yaml"
DEFAULT_AMPECO_SPEC = REPO.parent / "shared" / "specs" / "ampeco-public-api-3.110.0.json"


def ampeco_spec_path() -> Path:
    return Path(os.environ.get("AMPECO_SPEC", str(DEFAULT_AMPECO_SPEC)))


@pytest.fixture(scope="session")
def real_spec() -> Path:
    path = ampeco_spec_path()
    if not path.is_file():
        pytest.skip(f"real AMPECO spec not found at {path} (set AMPECO_SPEC to its path)")
    return path


class GeneratedSdk:
    """A generated package on sys.path, importable under a unique name."""

    def __init__(self, generation: Generation, out: Path) -> None:
        self.generation = generation
        self.out = out
        self.package = generation.package

    @property
    def api(self) -> Api:
        return self.generation.api

    def module(self, name: str):  # noqa: ANN201 - a module object
        return importlib.import_module(f"{self.package}.{name}")

    def definition(self, name: str):  # noqa: ANN201 - a class or a type alias
        return getattr(self.module("types"), name)


def generated_sdk(tmp_root: Path, spec: Path, package: str) -> Iterator[GeneratedSdk]:
    """`spec`'s SDK generated under `tmp_root` as `package`, importable while the caller iterates."""
    out = tmp_root / package
    generation = generate(str(spec), out, package)
    sys.path.insert(0, str(out))
    try:
        yield GeneratedSdk(generation, out)
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def imported_sdk(tmp_root: Path, spec: dict[str, Any], package: str) -> Iterator[Any]:
    """The SDK of `spec` (a spec as a dict) generated under `tmp_root`, imported as `package`."""
    path = tmp_root / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    for _ in generated_sdk(tmp_root, path, package):
        yield importlib.import_module(package)


@pytest.fixture(scope="session")
def real_sdk(real_spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GeneratedSdk]:
    yield from generated_sdk(tmp_path_factory.mktemp("real"), real_spec, "ampeco_real")


@pytest.fixture(scope="session")
def own_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GeneratedSdk]:
    yield from generated_sdk(tmp_path_factory.mktemp("own"), OWN_SPEC, "ampeco_own")


def _prism(spec: Path) -> Iterator[str]:
    if prism_binary() is None:
        if os.environ.get("CI"):
            pytest.fail("Prism is not installed; `make test` installs it with npm ci")
        pytest.skip("Prism is not installed (run `npm ci` or `make test`)")
    with running_prism(spec, timeout=120) as url:
        yield url


@pytest.fixture(scope="session")
def prism_url(real_spec: Path) -> Iterator[str]:
    """Prism mocking the real spec on 127.0.0.1."""
    yield from _prism(real_spec)


@pytest.fixture(scope="session")
def own_prism_url() -> Iterator[str]:
    """Prism mocking our own spec on 127.0.0.1."""
    yield from _prism(OWN_SPEC)


_REAL_SPEC_FIXTURES = {"real_spec", "real_sdk", "prism_url"}
_PRISM_FIXTURES = {"prism_url", "own_prism_url"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that read the real spec are `slow`, tests that start Prism are `prism`:
    `make test-fast` (`-m "not slow and not prism"`) leaves both out."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & _REAL_SPEC_FIXTURES:
            item.add_marker(pytest.mark.slow)
        if fixtures & _PRISM_FIXTURES:
            item.add_marker(pytest.mark.prism)
