"""The generated docs: complete, a superset of the seed index, buildable, and every example runs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import REPO, GeneratedSdk
from tests.test_conformance_prism import AMBIGUOUS_ONE_OF

SEED = REPO.parent / "shared" / "seed" / "schemas-index-3.106.5.md"
BIN = Path(sys.executable).parent
# Real differences between the seed (v3.106.5) and the spec (v3.110.0), reported, not hidden.
SEED_DIFFERENCES: dict[str, set[str]] = {}


def parse_index(text: str) -> dict[str, dict[str, set[str]]]:
    """`## Name` sections with `**Properties**:` and `**Required**:` lists (the seed's layout)."""
    schemas: dict[str, dict[str, set[str]]] = {}
    for section in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        name = section.splitlines()[0].strip()
        facts = {"properties": set(), "required": set()}
        for key in facts:
            match = re.search(rf"^\*\*{key.capitalize()}\*\*: (.*)$", section, flags=re.MULTILINE)
            if match:
                facts[key] = {p.strip() for p in match.group(1).split(",") if p.strip()}
        schemas[name] = facts
    return schemas


def test_schema_index_is_a_superset_of_the_seed(real_sdk: GeneratedSdk) -> None:
    if not SEED.is_file():
        pytest.skip(f"seed index not found at {SEED}")
    seed = parse_index(SEED.read_text(encoding="utf-8"))
    ours = parse_index((real_sdk.out / "docs" / "schemas.md").read_text(encoding="utf-8"))
    assert len(seed) == 14 and set(seed) <= set(ours)
    missing = {
        f"{name}.{kind}: {sorted(facts[kind] - ours[name][kind])}"
        for name, facts in seed.items()
        for kind in ("properties", "required")
        if facts[kind] - ours[name][kind] - SEED_DIFFERENCES.get(name, set())
    }
    assert not missing, missing
    assert len(ours["ChargePoint"]["properties"]) > 30, "the seed lists no properties for ChargePoint; we merge its allOf"


def test_every_operation_and_component_schema_is_documented(real_sdk: GeneratedSdk) -> None:
    docs = real_sdk.out / "docs"
    headings = 0
    for resource in real_sdk.api.resources:
        page = (docs / "resources" / f"{resource.name}.md").read_text(encoding="utf-8")
        for op in (o for o in real_sdk.api.operations if o.resource == resource.name):
            assert f"\n## {op.method_name}\n" in page, op.operation_id
            assert f"`{op.method.upper()} {op.path}`" in page
            headings += 1
    assert headings == 452
    endpoints = (docs / "endpoints.md").read_text(encoding="utf-8")
    assert endpoints.count("\n| ") - 2 == 452  # minus the header and separator rows
    deprecations = (docs / "deprecations.md").read_text(encoding="utf-8")
    assert deprecations.count("\n| [") == sum(op.deprecated for op in real_sdk.api.operations) == 69
    schemas = parse_index((docs / "schemas.md").read_text(encoding="utf-8"))
    assert len(schemas) == 14


@pytest.mark.parametrize("which", ["own", "real"])
def test_mkdocs_build_strict(which: str, request: pytest.FixtureRequest) -> None:
    sdk: GeneratedSdk = request.getfixturevalue(f"{which}_sdk")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "-q", "-d", str(sdk.out / "site")],
        cwd=sdk.out, capture_output=True, text=True, check=False, env=env, timeout=900,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def code_blocks(root: Path) -> Iterator[tuple[str, str]]:
    for page in sorted([root / "README.md", *(root / "docs").rglob("*.md")]):
        text = page.read_text(encoding="utf-8")
        for index, match in enumerate(re.finditer(r"```python\n(.*?)```", text, flags=re.DOTALL)):
            yield f"{page.relative_to(root)}#{index}", match.group(1)


def _run_examples(sdk: GeneratedSdk, url: str, monkeypatch: pytest.MonkeyPatch, ambiguous: set[str]) -> tuple[int, list[str]]:
    prefix = sdk.package.upper()
    monkeypatch.setenv(f"{prefix}_API_TOKEN", "docs-example-token")
    monkeypatch.setenv(f"{prefix}_BASE_URL", url)
    errors = __import__(sdk.package)
    ran, failures = 0, []
    for where, code in code_blocks(sdk.out):
        ran += 1
        try:
            exec(compile(code, where, "exec"), {"__name__": "__docs_example__"})  # noqa: S102 - our own generated docs
        except errors.UnprocessableEntityError:
            if not any(f"{name}(" in code for name in ambiguous):
                failures.append(f"{where}: 422 from Prism")
        except Exception as error:  # noqa: BLE001 - report every failing example
            failures.append(f"{where}: {type(error).__name__}: {str(error)[:200]}")
    return ran, failures


def test_every_real_spec_example_runs_against_prism(real_sdk: GeneratedSdk, prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # calls whose request body is a oneOf Prism cannot accept (see test_conformance_prism)
    ops = {op.operation_id: op for op in real_sdk.api.operations}
    ambiguous = {f"{ops[name.split()[0]].resource}.{ops[name.split()[0]].method_name}" for name in AMBIGUOUS_ONE_OF}
    ran, failures = _run_examples(real_sdk, prism_url, monkeypatch, ambiguous)
    capsys.readouterr()
    assert ran >= 452 + 6
    assert not failures, "\n".join(failures[:40])


def test_every_own_spec_example_runs_against_prism(own_sdk: GeneratedSdk, own_prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    ran, failures = _run_examples(own_sdk, own_prism_url, monkeypatch, {"payment_terminals.create"})
    capsys.readouterr()
    assert ran >= len(own_sdk.api.operations) and not failures, "\n".join(failures)

