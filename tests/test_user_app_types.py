"""Issue 10, item 9: what users' type checkers see of the committed SDK (generated/ampeco).

tests/user_app/app.py (a user's app: `with` / `async with`, pages, raw responses,
`with_options`, exceptions) must pass `mypy --strict` and pyright in strict mode; every line
of tests/user_app/mistakes.py marked `# error` must be reported by both, and no other line.
Pyright comes from npm (package.json), like Prism.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

APP = REPO / "tests" / "user_app"
BIN = Path(sys.executable).parent
PYRIGHT = REPO / "node_modules" / ".bin" / "pyright"


def _marked_lines(path: Path) -> set[int]:
    return {n for n, line in enumerate(path.read_text().splitlines(), 1) if line.rstrip().endswith("# error")}


def _mypy(path: Path) -> dict[int, list[str]]:
    done = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", os.devnull, "--no-error-summary", path.name],
        capture_output=True, text=True, cwd=APP, env={**os.environ, "MYPYPATH": str(REPO / "generated")}, check=False,
    )
    found: dict[int, list[str]] = {}
    for line in done.stdout.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and parts[0] == path.name and " error:" in line:
            found.setdefault(int(parts[1]), []).append(parts[3].strip())
    assert done.returncode in (0, 1), done.stdout + done.stderr
    return found


def _pyright(path: Path) -> dict[int, list[str]]:
    if not PYRIGHT.exists():
        if os.environ.get("CI"):
            pytest.fail("pyright is not installed; `make test` installs it with npm ci")
        pytest.skip("pyright is not installed (run `npm ci` or `make test`)")
    done = subprocess.run(
        [str(PYRIGHT), "-p", str(APP / "pyrightconfig.json"), "--pythonpath", sys.executable, "--outputjson", str(path)],
        capture_output=True, text=True, cwd=APP, check=False,
    )
    report = json.loads(done.stdout)
    found: dict[int, list[str]] = {}
    for diagnostic in report["generalDiagnostics"]:
        rule = diagnostic.get("rule", "")
        if rule != "reportUnusedVariable":  # `name: int = ...` lines exist to be wrong, not used
            found.setdefault(diagnostic["range"]["start"]["line"] + 1, []).append(f"{rule}: {diagnostic['message']}")
    assert report["summary"]["filesAnalyzed"] == 1, done.stdout
    return found


@pytest.mark.parametrize("checker", [_mypy, _pyright], ids=["mypy", "pyright"])
def test_user_app_passes_strict_type_checking(checker: object) -> None:
    problems = checker(APP / "app.py")  # type: ignore[operator]
    assert not problems, json.dumps(problems, indent=1)


@pytest.mark.parametrize("checker", [_mypy, _pyright], ids=["mypy", "pyright"])
def test_type_checkers_report_each_mistake(checker: object) -> None:
    path = APP / "mistakes.py"
    problems = checker(path)  # type: ignore[operator]
    expected = _marked_lines(path)
    assert len(expected) >= 6
    assert set(problems) == expected, json.dumps(problems, indent=1)
