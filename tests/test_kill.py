"""A generation killed with SIGKILL at any moment leaves a whole tree: the previous or the new.

`sdkgen generate` runs in a subprocess over an existing output folder that also holds
hand-written files, and is killed at points spread evenly over a full run's duration (from
interpreter start to exit, so the loading, rendering, formatting and writing phases are all
hit). After every kill the folder must be exactly the previous tree or exactly the new one,
hand-written files included and unchanged; the next run must then finish and leave the new
tree, with no staging folder behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import OWN_SPEC, ampeco_spec_path

HAND_WRITTEN = {"NOTES.md": b"# ours, not sdkgen's\n", "ampeco/local_patch.py": b"PATCHED = True\n"}
SDKGEN = [sys.executable, "-m", "generator"]


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _generate(spec: Path, out: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [*SDKGEN, "generate", "--spec", str(spec), "--out", str(out), "--package", "ampeco"]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _finish(spec: Path, out: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = _generate(spec, out, env)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr.decode()
    return time.perf_counter() - started


def _own_specs(tmp_path: Path) -> tuple[Path, Path]:
    """Our own spec, and a newer version of it: the package, README, docs and manifest change."""
    old = tmp_path / "old.yaml"
    shutil.copy(OWN_SPEC, old)
    text = OWN_SPEC.read_text(encoding="utf-8")
    assert "  version: 3.110.0-compact\n" in text
    new = tmp_path / "new.yaml"
    new.write_text(text.replace("  version: 3.110.0-compact\n", "  version: 3.111.0-compact\n"), encoding="utf-8")
    return old, new


def _real_specs(tmp_path: Path) -> tuple[Path, Path]:
    """The real spec, and a copy (in tmp_path, never in the repo) with the next version number."""
    real = ampeco_spec_path()
    if not real.is_file():
        pytest.skip(f"real AMPECO spec not found at {real} (set AMPECO_SPEC to its path)")
    document = json.loads(real.read_text(encoding="utf-8"))
    document["info"]["version"] = "3.111.0"
    new = tmp_path / "ampeco-next.json"
    new.write_text(json.dumps(document), encoding="utf-8")
    return real, new


@pytest.mark.parametrize(("which", "kill_points"), [("own", 30), pytest.param("real", 15, marks=pytest.mark.slow)])
def test_sigkill_at_any_point_leaves_the_previous_or_the_new_tree(which: str, kill_points: int, tmp_path: Path) -> None:
    old_spec, new_spec = _own_specs(tmp_path) if which == "own" else _real_specs(tmp_path)
    env = {**os.environ, "SDKGEN_CACHE_DIR": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    reference = tmp_path / "reference"
    _finish(old_spec, reference, env)
    for relative, data in HAND_WRITTEN.items():
        (reference / relative).parent.mkdir(parents=True, exist_ok=True)
        (reference / relative).write_bytes(data)
    previous = _snapshot(reference)

    expected_new = tmp_path / "expected-new"
    shutil.copytree(reference, expected_new)
    duration = _finish(new_spec, expected_new, env)
    new = _snapshot(expected_new)
    assert new != previous
    for relative, data in HAND_WRITTEN.items():
        assert new[relative] == hashlib.sha256(data).hexdigest()

    outcomes = {"previous tree": 0, "new tree": 0}
    for point in range(kill_points):
        out = tmp_path / f"out{point}"
        shutil.copytree(reference, out)
        process = _generate(new_spec, out, env)
        time.sleep(duration * (point + 0.5) / kill_points)
        process.kill()
        process.wait(timeout=30)
        found = _snapshot(out)
        assert found in (previous, new), f"kill {point}: a mixed tree: {sorted(set(found.items()) ^ set(previous.items()))[:6]}"
        outcomes["previous tree" if found == previous else "new tree"] += 1

        _finish(new_spec, out, env)  # the next run repairs whatever the kill left beside the folder
        assert _snapshot(out) == new
        assert not list(tmp_path.glob(f".out{point}.sdkgen-staging*")), "a staging folder was left behind"
        shutil.rmtree(out)

    print(f"\nkill test ({which} spec): {kill_points} SIGKILLs over a {duration:.2f} s run: {outcomes}")
    assert outcomes["previous tree"] > 0
