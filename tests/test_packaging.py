"""sdkgen itself as a wheel: templates included, the CLI works from a clean virtualenv, and the
manifest records its version (so the CI recipe in examples/ci/ is true as written)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from generator import __version__
from tests.conftest import OWN_SPEC, REPO
from tests.test_sdk_project import run


@pytest.mark.slow
def test_sdkgen_wheel_installs_and_generates(tmp_path: Path) -> None:
    source = tmp_path / "src"  # a clean copy: what is committed, without .venv or build output
    listed = ["git", "ls-files", "--cached", "--others", "--exclude-standard"]
    files = subprocess.run(listed, cwd=REPO, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(source)], tmp_path)
    (wheel,) = dist.glob("sdkgen-*.whl")
    assert wheel.name == f"sdkgen-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    templates = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "templates").rglob("*.jinja"))
    assert templates and all(f"generator/{t}" in names for t in templates)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)], tmp_path)
    sdkgen = str(env_dir / "bin" / "sdkgen")
    assert __version__ in run([sdkgen, "--version"], tmp_path)
    out = tmp_path / "sdk"
    run([sdkgen, "generate", "--spec", str(OWN_SPEC), "--out", str(out), "--package", "ampeco"], tmp_path)
    manifest = json.loads((out / ".sdkgen-manifest.json").read_text())
    assert manifest["generator_version"] == __version__
    # the installed generator is the checkout's: the committed SDK passes its drift check
    run([sdkgen, "check", "--spec", str(OWN_SPEC), "--out", str(REPO / "generated"), "--package", "ampeco"], tmp_path)
