"""Type-checks a user's file of the generated SDK with mypy --strict and pyright strict.

Apps under tests/*_app/ mark the lines each checker must report with `# error`; every other
line must pass. Both checkers run, since users run either.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

BIN = Path(sys.executable).parent
PYRIGHT = REPO / "node_modules" / ".bin" / "pyright"


def expected_errors(app: Path) -> set[int]:
    lines = app.read_text(encoding="utf-8").splitlines()
    return {number for number, line in enumerate(lines, 1) if line.rstrip().endswith("# error")}


def mypy_errors(root: Path, name: str = "app.py") -> set[int]:
    done = subprocess.run(
        [str(BIN / "mypy"), "--strict", "--follow-imports=silent", "--no-incremental", name],
        cwd=root, capture_output=True, text=True, check=False,
    )
    return {int(m.group(1)) for m in re.finditer(rf"^{re.escape(name)}:(\d+): error", done.stdout, re.MULTILINE)}


def pyright_errors(root: Path, name: str = "app.py") -> set[int]:
    if not PYRIGHT.exists():
        if os.environ.get("CI"):
            pytest.fail("pyright is not installed; `make test` installs it with npm ci")
        pytest.skip("pyright is not installed (run `npm ci` or `make test`)")
    (root / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "include": [name], "pythonVersion": "3.11"}), encoding="utf-8"
    )
    done = subprocess.run(
        [str(PYRIGHT), "--pythonpath", sys.executable, "--outputjson"], cwd=root, capture_output=True, text=True, check=False,
    )
    report = json.loads(done.stdout)
    return {d["range"]["start"]["line"] + 1 for d in report["generalDiagnostics"] if d["severity"] == "error"}
