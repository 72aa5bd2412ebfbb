"""The generated code on the real spec: black-clean, mypy --strict clean, deterministic, drift-checked."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate
from tests.conftest import GeneratedSdk

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, cwd=cwd, check=False)


def test_black_check_passes(real_sdk: GeneratedSdk) -> None:
    done = _run(str(BIN / "black"), "--check", "-q", str(real_sdk.out))
    assert done.returncode == 0, done.stderr[-3000:]


def test_mypy_strict_passes(real_sdk: GeneratedSdk) -> None:
    done = _run(
        str(BIN / "mypy"), "--strict", "--no-incremental", "--cache-dir", str(real_sdk.out / ".mypy_cache"), real_sdk.package,
        cwd=real_sdk.out,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def _tree_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and ".mypy_cache" not in p.parts)


def test_two_runs_are_byte_identical(real_spec: Path, tmp_path: Path) -> None:
    first = tmp_path / "first"
    second = tmp_path / "second"
    generate(str(real_spec), first, "ampeco")
    generate(str(real_spec), second, "ampeco", use_cache=False)  # also proves the format cache changes nothing
    files = _tree_files(first)
    assert files == _tree_files(second)
    match, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert not mismatch and not errors and len(match) == len(files) > 50


def test_check_passes_after_generate_and_fails_after_one_byte_edit(real_spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    sdkgen = str(BIN / "sdkgen")
    assert _run(sdkgen, "generate", "--spec", str(real_spec), "--out", str(out), "--package", "ampeco").returncode == 0
    ok = _run(sdkgen, "check", "--spec", str(real_spec), "--out", str(out), "--package", "ampeco")
    assert ok.returncode == 0, ok.stderr
    target = out / "ampeco" / "types" / "charge_points.py"
    data = bytearray(target.read_bytes())
    data[100] = ord("X") if data[100] != ord("X") else ord("Y")
    target.write_bytes(bytes(data))
    drifted = _run(sdkgen, "check", "--spec", str(real_spec), "--out", str(out), "--package", "ampeco")
    assert drifted.returncode == 1
    assert "ampeco/types/charge_points.py" in drifted.stderr
    assert "edited" in drifted.stderr and "fix: sdkgen generate" in drifted.stderr
