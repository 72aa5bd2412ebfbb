"""The real-world corpus: public OpenAPI documents (tests/corpus/), and the checks every one must pass.

Used by tests/test_corpus.py (the small specs, in `make test`) and benchmarks/corpus.py
(every spec, beside openapi-python-client, in `make corpus`). Nothing here downloads:
each spec is a file in the repository, gzipped or tarred when it is large.

For each spec: `sdkgen generate` in a subprocess (wall time and peak memory of that
process), every operation of the spec emitted as a resource method, every module of the
package imported, every public type built by pydantic (so forward references and cycles
resolve), and, over all packages at once, `black --check` and `mypy --strict`.
"""

from __future__ import annotations

import ast
import gzip
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.emit.output import read_manifest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "corpus"
BIN = Path(sys.executable).parent
SDKGEN = BIN / "sdkgen"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_SECONDS = 3.0  # the bound for one generation, here (2 cores)
MAX_MEGABYTES = 500.0


@dataclass(frozen=True)
class Entry:
    name: str
    spec: str  # the spec file, relative to tests/corpus/ (or to the unpacked archive)
    repo: str
    path: str
    commit: str
    licence: str
    tier: str  # "small": run by `make test`; "big": by `make corpus` only
    archive: str | None = None  # a .tar.gz under tests/corpus/ holding a multi-file spec
    folder: str | None = None  # or a folder under tests/corpus/ holding one (`spec` is inside it)
    note: str = ""
    expect_warning: str = ""  # a warning the report must show (a MUST broken with one obvious reading)


@dataclass
class Result:
    entry: Entry
    package: str
    out: Path
    spec_path: Path
    exit_code: int = -1
    stderr: str = ""
    stdout: str = ""
    seconds: float = 0.0  # wall clock
    cpu_seconds: float = 0.0  # CPU time of sdkgen and the formatter it runs
    megabytes: float = 0.0  # peak resident memory of sdkgen
    spec_operations: int = 0
    emitted_operations: int = 0
    import_error: str | None = None
    types_checked: int = 0
    problems: list[str] = field(default_factory=list)


def entries(tier: str | None = None) -> list[Entry]:
    raw = json.loads((CORPUS / "corpus.json").read_text(encoding="utf-8"))
    found = [Entry(**item) for item in raw["specs"]]
    return [e for e in found if tier is None or e.tier == tier]


def package_name(entry: Entry) -> str:
    return "corpus_" + "".join(c if c.isalnum() else "_" for c in entry.name.lower())


def materialize(entry: Entry, folder: Path) -> Path:
    """The spec as a file on disk (gzipped files unpacked, archives extracted) under `folder`."""
    target = folder / "specs" / entry.name
    target.mkdir(parents=True, exist_ok=True)
    if entry.archive:
        with tarfile.open(CORPUS / entry.archive) as archive:
            archive.extractall(target, filter="data")
        return target / entry.spec
    source = CORPUS / entry.spec
    if source.suffix == ".gz":
        spec = target / source.name.removesuffix(".gz")
        spec.write_bytes(gzip.decompress(source.read_bytes()))
        return spec
    if entry.folder:
        shutil.copytree(CORPUS / entry.folder, target, dirs_exist_ok=True)
        return target / entry.spec
    spec = target / source.name
    shutil.copyfile(source, spec)
    return spec


def run_measured(command: list[str], cwd: Path | None = None, timeout: float = 120) -> tuple[int, str, str, float]:
    """(exit code, stdout, stderr, wall seconds) of a child process, killed after `timeout`."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, text=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        return -9, stdout, stderr + f"\ntimed out after {timeout} s", time.perf_counter() - started
    return process.returncode, stdout, stderr, time.perf_counter() - started


# sdkgen, run so that it prints on the way out its own peak resident memory and the CPU
# time it and its children (the formatter) used: on a shared machine the wall time says
# as much about the neighbours as about the generator
_MEASURE = (
    "import resource, sys; sys.argv = ['sdkgen', *sys.argv[1:]]\n"
    "from generator.cli import main  # the program's own entry ends the process at once (os._exit)\n"
    "try:\n    main()\n"
    "finally:\n"
    "    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime\n"
    "    peak = me.ru_maxrss\n"
    "    try:  # ru_maxrss survives exec (it can be the forking parent's); VmHWM is this program's own\n"
    "        peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:'))\n"
    "    except (OSError, StopIteration):\n"
    "        pass\n"
    "    print('sdkgen-measured', peak, cpu, file=sys.stderr)\n"
)


def generate(entry: Entry, folder: Path) -> Result:
    spec = materialize(entry, folder)
    package = package_name(entry)
    out = folder / "out" / entry.name
    result = Result(entry, package, out, spec)
    command = [sys.executable, "-c", _MEASURE, "generate", "--spec", str(spec), "--out", str(out), "--package", package]
    code, stdout, stderr, seconds = run_measured(command)
    lines = stderr.splitlines()
    measured = [line.split() for line in lines if line.startswith("sdkgen-measured ")]
    if measured:
        result.megabytes, result.cpu_seconds = int(measured[-1][1]) / 1024, float(measured[-1][2])
    result.stderr = "\n".join(line for line in lines if not line.startswith("sdkgen-measured "))
    result.exit_code, result.stdout, result.seconds = code, stdout, seconds
    if code == 0:  # a spec the generator refused may not load here either: its verdict is the exit code
        result.spec_operations = count_spec_operations(spec)
        result.emitted_operations = count_emitted_operations(out / package)
    return result


def count_spec_operations(spec: Path) -> int:
    """Operations in the spec, read independently of the generator's parser (path item refs followed)."""
    from generator.loader import load_spec

    loaded = load_spec(str(spec))
    count = 0
    for path, item in (loaded.root.get("paths") or {}).items():
        node, _ = loaded.deref(item, ("", "#/paths/" + str(path).replace("~", "~0").replace("/", "~1")))
        count += sum(1 for method in HTTP_METHODS if isinstance(node.get(method), dict))
    return count


def count_emitted_operations(package_dir: Path) -> int:
    """Methods of the synchronous resource classes (each operation is one; the async class mirrors it)."""
    count = 0
    for module in sorted((package_dir / "resources").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("Async"):
                count += sum(
                    1 for item in node.body
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_") and not _is_overload(item)
                )
    return count


def _is_overload(function: ast.FunctionDef) -> bool:
    """`@overload` stubs only say how a method may be called; the method is the one without it."""
    return any(isinstance(d, ast.Name) and d.id == "overload" for d in function.decorator_list)


_IMPORT_CHECK = r"""
import importlib, json, pkgutil, sys, warnings
import pydantic
warnings.simplefilter("error")
report = {}
for argument in sys.argv[1:]:
    package, client_name = argument.split(":")
    try:
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, package + "."):
            importlib.import_module(info.name)
        types = importlib.import_module(package + ".types")
        names = list(types.__all__)
        for name in names:
            value = getattr(types, name)
            if isinstance(value, type) and issubclass(value, pydantic.BaseModel):
                value.model_rebuild(raise_errors=True)
            pydantic.TypeAdapter(value)  # builds the schema: every forward reference resolves
        for cls in (getattr(root, client_name), getattr(root, "Async" + client_name)):
            client = cls(api_token="user:token", base_url="http://127.0.0.1:9")  # basic auth wants the colon
            for attribute, value in list(vars(cls).items()):  # a property may cache on the class
                if isinstance(value, property) and not attribute.startswith("_"):
                    getattr(client, attribute)  # every resource builds
        report[package] = {"ok": True, "types": len(names)}
    except BaseException as exc:
        report[package] = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:2000]}
print(json.dumps(report))
"""


def client_name(result: Result) -> str:
    """The client's class name, as the generation recorded it."""
    manifest = read_manifest(result.out)
    return str(manifest.names["client"]) if manifest else "?"


def check_imports(results: list[Result]) -> None:
    """Imports every module of every generated package (one process for all), builds every type."""
    ok = [r for r in results if r.exit_code == 0]
    if not ok:
        return
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(r.out) for r in ok)}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_CHECK, *(f"{r.package}:{client_name(r)}" for r in ok)],
        capture_output=True, text=True, env=env, check=False,
        timeout=600,
    )
    try:
        report = json.loads(done.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError):
        report = {}
    for r in ok:
        outcome = report.get(r.package) or {"ok": False, "error": done.stderr[-2000:] or "the import check crashed"}
        r.import_error = None if outcome["ok"] else outcome["error"]
        r.types_checked = outcome.get("types", 0)


def check_tool(results: list[Result], tool: str) -> dict[str, str]:
    """black --check or mypy --strict over every generated package at once: package -> its errors."""
    ok = [r for r in results if r.exit_code == 0]
    if not ok:
        return {}
    if tool == "black":
        command = [str(BIN / "black"), "--check", *(str(r.out / r.package) for r in ok)]
        env = dict(os.environ)
    else:
        command = [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull]
        command += [arg for r in ok for arg in ("-p", r.package)]
        env = {**os.environ, "MYPYPATH": os.pathsep.join(str(r.out) for r in ok)}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=900)
    text = done.stdout + done.stderr
    errors: dict[str, str] = {}
    for r in ok:
        mine = [line for line in text.splitlines() if f"/{r.package}/" in line or line.startswith(f"{r.package}/")]
        if mine:
            errors[r.package] = "\n".join(mine[:20])
    if done.returncode != 0 and not errors:
        errors["*"] = text[-3000:]
    return errors


def verdict(result: Result) -> list[str]:
    """What is wrong with one spec's result (empty: it passed every check that ran)."""
    problems = list(result.problems)
    if result.exit_code != 0:
        problems.append(f"generate exited {result.exit_code}: {result.stderr.strip()[-500:]}")
        return problems
    if result.emitted_operations != result.spec_operations:
        problems.append(f"{result.emitted_operations} of {result.spec_operations} operations emitted")
    if result.import_error:
        problems.append(f"import: {result.import_error}")
    if result.cpu_seconds > MAX_SECONDS:
        problems.append(f"generation took {result.cpu_seconds:.2f} s of CPU (bound {MAX_SECONDS} s)")
    if result.megabytes > MAX_MEGABYTES:
        problems.append(f"generation peaked at {result.megabytes:.0f} MB (bound {MAX_MEGABYTES:.0f} MB)")
    if result.entry.expect_warning and result.entry.expect_warning not in result.stdout:
        problems.append(f"the report lacks the warning {result.entry.expect_warning!r}")
    return problems


def generate_all(selected: list[Entry], folder: Path, workers: int = 2) -> list[Result]:
    """Generates each spec in its own process, `workers` at a time (the machines here have 2 cores)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda entry: generate(entry, folder), selected))


def run_all(selected: list[Entry], folder: Path, workers: int = 2) -> list[Result]:
    results = generate_all(selected, folder, workers)
    check_imports(results)
    for tool in ("black", "mypy"):
        for package, errors in check_tool(results, tool).items():
            for r in results:
                if r.package == package or package == "*":
                    r.problems.append(f"{tool}: {errors}")
    return results


def as_row(result: Result) -> dict[str, Any]:
    problems = verdict(result)
    return {
        "spec": result.entry.name,
        "tier": result.entry.tier,
        "operations": result.spec_operations,
        "emitted": result.emitted_operations,
        "result": "ok" if not problems else "FAIL",
        "seconds": round(result.seconds, 2),
        "cpu_seconds": round(result.cpu_seconds, 2),
        "megabytes": round(result.megabytes),
        "problems": problems,
    }
