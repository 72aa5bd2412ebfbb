"""The generated SDK is a project: its own tests (every method against Prism), a CI workflow,
and distributions that pass `twine check` and install with nothing but httpx and pydantic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest
import yaml

from generator.pipeline import generate
from tests.conftest import OWN_SPEC, REPO
from tests.support.prism import prism_binary

PRISM = str(REPO / "node_modules" / ".bin" / "prism")


def run(command: list[str], cwd: Path, timeout: float = 900, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}, check=False
    )
    assert done.returncode == 0, f"{' '.join(command)} exited {done.returncode}:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done.stdout


def require_prism() -> None:
    assert prism_binary() is not None, f"Prism is not installed at {PRISM}: run `make test` (it runs npm ci)"


@pytest.fixture(scope="module")
def own_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("project") / "sdk"
    generate(str(OWN_SPEC), out, "projsdk")
    return out


def test_the_project_has_tests_ci_and_pytest_config(own_project: Path) -> None:
    tests = sorted(p.name for p in (own_project / "tests").glob("test_*.py"))
    resources = sorted(p.stem for p in (own_project / "projsdk" / "resources").glob("[!_]*.py"))
    assert tests == [f"test_{r}.py" for r in resources]
    assert (own_project / "tests" / "openapi" / OWN_SPEC.name).read_bytes() == OWN_SPEC.read_bytes()
    workflow = yaml.safe_load((own_project / ".github" / "workflows" / "ci.yml").read_text())
    steps = " ".join(str(step.get("run", "")) for step in workflow["jobs"]["test"]["steps"])
    for command in ('pip install ".[test]"', "mypy --strict projsdk tests", "pytest", "twine check --strict", "prism-cli"):
        assert command in steps
    pyproject = (own_project / "pyproject.toml").read_text()
    assert '[tool.pytest.ini_options]\ntestpaths = ["tests"]' in pyproject and 'readme = "README.md"' in pyproject


def test_every_method_has_a_test(own_project: Path) -> None:
    from generator.pipeline import load_api

    api = load_api(str(OWN_SPEC))
    for op in api.operations:
        text = (own_project / "tests" / f"test_{op.resource}.py").read_text()
        assert f"def test_{op.method_name}(" in text and f".{op.resource}.{op.method_name}(" in text


@pytest.mark.prism
def test_the_generated_tests_pass_against_prism_and_type_check(own_project: Path) -> None:
    require_prism()
    output = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], own_project, env={"PRISM": PRISM})
    assert "22 passed" in output, output
    run([sys.executable, "-m", "mypy", "--strict", "projsdk", "tests"], own_project)


BASIC_AUTH_SPEC = """
openapi: 3.0.3
info: {title: Basic Shop, version: "1.0"}
servers: [{url: "https://shop.example.org/v1"}]
security: [{basicAuth: []}]
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]
      responses:
        "200":
          description: The order
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: integer}, note: {type: string}}}
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic}
"""


@pytest.mark.prism
def test_the_generated_tests_of_a_basic_auth_api_pass_against_prism(tmp_path: Path) -> None:
    """Its client takes `username:password`: the tests' client has one, and Prism sees Basic auth."""
    require_prism()
    spec = tmp_path / "shop.yaml"
    spec.write_text(BASIC_AUTH_SPEC)
    out = tmp_path / "sdk"
    generate(str(spec), out, "basicshop")
    output = run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], out, env={"PRISM": PRISM})
    assert "1 passed" in output, output


def test_the_generated_conftest_reads_a_violations_header_prism_cut_short(own_project: Path) -> None:
    """Prism shortens a long `sl-violations` header (`Too many violations! [...`, cut mid-entry):
    the whole entries are still read, and a request's problem among them still fails the test."""
    import importlib.util

    module_spec = importlib.util.spec_from_file_location("generated_conftest", own_project / "tests" / "conftest.py")
    assert module_spec is not None and module_spec.loader is not None
    sys.path.insert(0, str(own_project))
    try:
        conftest = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(conftest)
    finally:
        sys.path.remove(str(own_project))
    request = {"location": ["request", "query", "limit"], "severity": "Error", "message": "must be integer"}
    response = {"location": ["response", "body", "0", "id"], "severity": "Error", "message": "must be string"}
    header = "Too many violations! " + json.dumps([request, response, response])[:-30]
    assert conftest.request_problems({"sl-violations": header}, b"") == ["request.query.limit: must be integer"]
    whole = json.dumps([response])
    assert conftest.request_problems({"sl-violations": whole}, b"") == []


def test_the_generated_tests_fail_without_prism(own_project: Path, tmp_path: Path) -> None:
    """No silent skip: without a mock server the SDK's tests fail and say how to get one."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"],
        cwd=own_project, capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "PATH": str(tmp_path), "PRISM": ""},
    )
    assert done.returncode == 1 and "Prism is not installed" in done.stdout, done.stdout[-2000:]


INSTALL_REPORT = """
import importlib.metadata as md, json, re
def name(req): return re.split(r"[ ;<>=!~\\[(]", req, maxsplit=1)[0].lower().replace("_", "-")
installed = {d.metadata["Name"].lower().replace("_", "-"): d for d in md.distributions()}
needed, todo = set(), ["httpx", "pydantic"]
while todo:
    dist = todo.pop()
    if dist in needed or dist not in installed:
        continue
    needed.add(dist)
    todo += [name(r) for r in installed[dist].requires or [] if "extra ==" not in r]
print(json.dumps({"installed": sorted(installed), "needed": sorted(needed),
                  "requires": sorted(r for r in installed["ampeco"].requires or [] if "extra ==" not in r)}))
"""


@pytest.mark.slow
@pytest.mark.prism
def test_the_real_sdk_builds_installs_cleanly_and_passes_its_own_tests(real_spec: Path, tmp_path: Path) -> None:
    require_prism()
    sdk = tmp_path / "ampeco-sdk"
    generate(str(real_spec), sdk, None, config_path=str(REPO / "specs" / "sdkgen.yaml"))
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--outdir", str(dist), str(sdk)], tmp_path)
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    run([sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])], tmp_path)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = str(env_dir / "bin" / "python")
    run([python, "-m", "pip", "install", "-q", str(wheels[0])], tmp_path)
    report = json.loads(run([python, "-c", INSTALL_REPORT], tmp_path))
    assert report["requires"] == ["httpx<1,>=0.27", "pydantic<3,>=2.7"]
    extra = set(report["installed"]) - set(report["needed"]) - {"ampeco", "pip", "setuptools"}
    assert not extra, f"installed beyond httpx, pydantic and what they need: {sorted(extra)}"
    run([python, "-m", "pip", "install", "-q", "pytest"], tmp_path)
    # the tests run from a folder without the package's source: they import the installed wheel
    shutil.copytree(sdk / "tests", tmp_path / "run" / "tests")
    output = run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], tmp_path / "run", env={"PRISM": PRISM})
    where = run([python, "-c", "import ampeco; print(ampeco.__file__)"], tmp_path / "run")
    assert str(env_dir) in where
    assert "452 passed" in output, output[-3000:]
