"""What bench_import.py times: one ``Target`` per generated SDK.

Each target is generated once from the spec (not timed), byte-compiled with
``python -m compileall -q`` (as ``pip install`` would), and described by two
code snippets run in a fresh interpreter with the SDK folder as cwd:
``import_construct`` (import one resource/endpoint + build the client) and
``first_call`` (the same plus one GET of charge point 1). Snippets are
``str.format`` templates with ``{base_url}``; ``first_call`` asserts that the
response was parsed, so a failure shows up as a non-zero exit, not a fast time.
``Probe`` / ``run_probes`` time such snippets, each run in a fresh process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import _generators as g
import _harness as h

# GET /public-api/resources/charge-points/v2.0/{chargePoint}
OPERATION_ID = "chargePointRead"
OAG_VERSION = "7.26.0"
OAG_REQUIREMENTS = [
    f"openapi-generator-cli=={OAG_VERSION}",
    # runtime deps of the generated package (its requirements.txt), pinned to the
    # versions in the project's .venv; httpx only so the floor is the same import
    "pydantic==2.14.4",
    "python-dateutil==4.0.0",
    "urllib3==2.8.0",
    "typing-extensions==4.16.0",
    "httpx==0.28.1",
]
OAG_PACKAGE = "ampeco_oag"


@dataclass
class Target:
    name: str
    label: str
    version: str
    python: Path | None = None
    cwd: Path | None = None
    import_construct: str = ""
    first_call: str = ""
    unavailable_reason: str | None = None
    notes: list[str] = field(default_factory=list)


def timing_env() -> dict[str, str]:
    """os.environ without PYTHONDONTWRITEBYTECODE, so .pyc are written and used."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_setup_step(
    command: list[str], log_name: str, env: dict[str, str]
) -> str | None:
    """Run an untimed setup command; None on success, else a one-line reason."""
    timed = h.time_command(command, env, log_name)
    if timed.exit_code == 0:
        return None
    lines = timed.stderr_path.read_text(errors="replace").strip().splitlines()
    last = lines[-1][:160] if lines else "(no stderr)"
    return f"exit {timed.exit_code}: {last} (see {timed.stderr_path.relative_to(h.REPO_ROOT)})"


def compile_tree(target: Target) -> Target:
    """Byte-compile the generated tree with the target's own interpreter."""
    assert target.python is not None and target.cwd is not None
    if target.unavailable_reason:
        return target
    failure = run_setup_step(
        [str(target.python), "-m", "compileall", "-q", str(target.cwd)],
        f"import-{target.name}-compileall",
        timing_env(),
    )
    if failure:
        target.unavailable_reason = f"compileall failed: {failure}"
    return target


# --------------------------------------------------------------------------- ours


def build_ours(spec: Path) -> Target:
    out = h.OUT_DIR / "import-ours"
    target = Target("ours", "ours (sdkgen)", "dev", DEV_PYTHON, out)
    sdkgen = str(g.OURS_DEFAULT)
    if not g.OURS_DEFAULT.is_file():
        target.unavailable_reason = f"{sdkgen} not found"
        return target
    target.version = g.ours_version([sdkgen])
    h.reset_dir(out)
    command = [sdkgen, "generate", "--spec", str(spec), "--out", str(out)]
    target.unavailable_reason = run_setup_step(
        [*command, "--package", "ampeco"], "import-ours-generate", timing_env()
    )
    target.import_construct = (
        'import ampeco\nc = ampeco.Ampeco(api_token="t", base_url={base_url!r})'
    )
    call = "r = c.charge_points.retrieve(1)\nassert r.id == 1"
    target.first_call = f"{target.import_construct}\n{call}"
    if not target.unavailable_reason:
        target.python = runtime_python(out / "pyproject.toml", target.notes)
    return compile_tree(target)


DEV_PYTHON = h.REPO_ROOT / ".venv" / "bin" / "python"


def runtime_python(pyproject: Path, notes: list[str]) -> Path:
    """An interpreter with what the generated SDK declares it needs (httpx, pydantic and what
    they pull in) and nothing else, at the versions of the project's .venv: an app that
    installs the SDK has these, not the generator's tools. In the .venv, `import httpx`
    also imports click, rich and pygments (httpx's command line, present there for other
    reasons), which is 0.05-0.08 s of every floor, ours alone among the tools compared.
    The project's .venv when that interpreter cannot be made (no network)."""
    import tomllib

    declared = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0] for requirement in declared]
    script = "import importlib.metadata as m, sys\nfor name in sys.argv[1:]: print(name + '==' + m.version(name))"
    completed = subprocess.run(
        [str(DEV_PYTHON), "-c", script, *names], capture_output=True, text=True, check=False
    )
    pins = completed.stdout.split()
    bin_dir = h.ensure_peer_venv("ours-runtime", pins) if completed.returncode == 0 and pins else None
    if bin_dir is None:
        notes.append("ran in the project's .venv: an interpreter with the SDK's dependencies alone could not be made")
        return DEV_PYTHON
    notes.append(f"ran in a virtualenv with the SDK's declared dependencies alone: {', '.join(pins)}")
    return bin_dir / "python"


# --------------------------------------------------------------------------- openapi-python-client


def build_opc(spec: Path, regenerate: bool) -> Target:
    out = h.OUT_DIR / "import-opc"
    target = Target("opc", "openapi-python-client", g.OPC_VERSION, cwd=out)
    bin_dir = h.ensure_peer_venv("openapi-python-client", [g.OPC_REQUIREMENT])
    if bin_dir is None:
        target.unavailable_reason = "peer install failed (no network?)"
        return target
    target.python = bin_dir / "python"
    if regenerate or not out.is_dir():
        command = [str(bin_dir / "openapi-python-client"), "generate"]
        command += ["--path", str(spec), "--output-path", str(out), "--overwrite"]
        env = h.env_with_bin_first(bin_dir)
        target.unavailable_reason = run_setup_step(command, "import-opc-generate", env)
    modules = sorted(out.glob("*/api/*/charge_point_read.py"))
    if not target.unavailable_reason and not modules:
        target.unavailable_reason = "no api/*/charge_point_read.py in the output"
    if target.unavailable_reason:
        return target
    package, tag = modules[0].parts[-4], modules[0].parts[-2]
    target.import_construct = (
        f"from {package} import AuthenticatedClient\n"
        f"from {package}.api.{tag} import charge_point_read\n"
        'c = AuthenticatedClient(base_url={base_url!r}, token="t")'
    )
    call = (
        "r = charge_point_read.sync_detailed(1, client=c)\nassert r.parsed.data.id == 1"
    )
    target.first_call = f"{target.import_construct}\n{call}"
    return compile_tree(target)


# --------------------------------------------------------------------------- OpenAPI Generator


def build_oag(spec: Path, regenerate: bool) -> Target:
    out = h.OUT_DIR / "import-oag"
    target = Target("oag", "OpenAPI Generator (python)", OAG_VERSION, cwd=out)
    if shutil.which("java") is None:
        target.unavailable_reason = "java not found (the generator's jar needs it)"
        return target
    bin_dir = h.ensure_peer_venv("openapi-generator", OAG_REQUIREMENTS)
    if bin_dir is None:
        target.unavailable_reason = "peer install failed (no network?)"
        return target
    target.python = bin_dir / "python"
    if regenerate or not out.is_dir():
        target.unavailable_reason = generate_oag(bin_dir, spec, out, target.notes)
    found = None if target.unavailable_reason else find_oag_api(out)
    if found is None:
        target.unavailable_reason = (
            target.unavailable_reason or "no API class with charge_point_read"
        )
        return target
    module, cls = found
    target.import_construct = (
        f"from {OAG_PACKAGE}.api.{module} import {cls}\n"
        f"from {OAG_PACKAGE} import ApiClient, Configuration\n"
        f"config = Configuration(host={{base_url!r}}, access_token='t')\n"
        f"api = {cls}(ApiClient(config))"
    )
    call = "r = api.charge_point_read(1)\nassert r.data.id == 1"
    target.first_call = f"{target.import_construct}\n{call}"
    target.notes += oag_eager_import_note(out)
    return compile_tree(target)


def generate_oag(bin_dir: Path, spec: Path, out: Path, notes: list[str]) -> str | None:
    """Generate with validation on; retry with --skip-validate-spec if that fails."""
    h.reset_dir(out)
    command = [str(bin_dir / "openapi-generator-cli"), "generate", "-g", "python"]
    command += ["-i", str(spec), "-o", str(out)]
    command += [f"--additional-properties=packageName={OAG_PACKAGE}"]
    env = h.env_with_bin_first(bin_dir)
    failure = run_setup_step(command, "import-oag-generate", env)
    if failure is None:
        notes.append("generated with spec validation on (no --skip-validate-spec)")
        return None
    h.reset_dir(out)
    notes.append(f"validation failed ({failure}); used --skip-validate-spec")
    command.append("--skip-validate-spec")
    return run_setup_step(command, "import-oag-generate", env)


def find_oag_api(out: Path) -> tuple[str, str] | None:
    """(module, class) of the API class that has ``def charge_point_read(``."""
    for path in sorted((out / OAG_PACKAGE / "api").glob("*.py")):
        text = path.read_text()
        if "def charge_point_read(" in text:
            match = re.search(r"^class (\w+)", text, flags=re.MULTILINE)
            if match:
                return path.stem, match.group(1)
    return None


def oag_eager_import_note(out: Path) -> list[str]:
    """Count the eager imports in the package __init__ (every import pays for them)."""
    init = out / OAG_PACKAGE / "__init__.py"
    if not init.is_file():
        return []
    eager = sum(1 for line in init.read_text().splitlines() if line.startswith("from "))
    return [
        f"its package __init__ has {eager} eager `from ... import` lines (all APIs + models)"
    ]


# --------------------------------------------------------------------------- fresh-process timing


@dataclass
class Probe:
    key: str
    python: Path | None
    cwd: Path | None
    code: str
    times: list[float] = field(default_factory=list)
    failure: str | None = None

    def summary(self) -> dict[str, object]:
        if self.failure or not self.times:
            return {"code": self.code, "failure": self.failure or "no runs"}
        median, minimum = h.median_and_min(self.times)
        stats = {"median_s": median, "min_s": minimum, "times_s": self.times}
        return {"code": self.code, **stats}


def time_once(probe: Probe) -> None:
    if probe.failure:
        return
    started = time.perf_counter()
    completed = subprocess.run(
        [str(probe.python), "-c", probe.code], cwd=probe.cwd, env=timing_env(),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - started
    if completed.returncode == 0:
        probe.times.append(elapsed)
    else:
        last = (completed.stderr.strip().splitlines() or [""])[-1][:200]
        probe.failure = f"exit {completed.returncode}: {last}"


def run_probes(probes: list[Probe], runs: int) -> None:
    """One discarded warm-up each (writes missing .pyc, warms caches), then interleaved runs."""
    for probe in probes:
        time_once(probe)
        probe.times.clear()
    for run_index in range(1, runs + 1):
        print(f"[run] round {run_index}/{runs}", flush=True)
        for probe in probes:
            time_once(probe)
