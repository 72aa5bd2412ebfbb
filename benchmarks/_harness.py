"""Shared helpers for the benchmark scripts in this folder.

Every benchmark here (generation speed now; import time and per-request
overhead later) needs the same plumbing: locate the repo and the AMPECO spec,
keep peer tools in isolated virtualenvs under ``benchmarks/.peers/``, time a
subprocess by wall clock, measure what it wrote, and print the results as a
Markdown table plus JSON. Stdlib only, so the harness runs before the
project's own dependencies are installed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import venv
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / "benchmarks"
PEERS_DIR = BENCH_DIR / ".peers"
OUT_DIR = BENCH_DIR / "out"
LOG_DIR = OUT_DIR / "logs"

SPEC_ENV_VAR = "AMPECO_SPEC"
DEFAULT_SPEC = REPO_ROOT.parent / "shared" / "specs" / "ampeco-public-api-3.110.0.json"
PIP_INSTALL_TIMEOUT_S = 900
INSTALLED_MARKER = "installed-requirements.txt"


def resolve_spec_path() -> Path:
    """Return the spec path from $AMPECO_SPEC (or the default); exit if absent."""
    spec_path = (
        Path(os.environ.get(SPEC_ENV_VAR) or DEFAULT_SPEC).expanduser().resolve()
    )
    if not spec_path.is_file():
        sys.exit(
            f"error: spec not found at {spec_path}\n"
            f"       set {SPEC_ENV_VAR}=/path/to/ampeco-public-api-3.110.0.json"
        )
    return spec_path


# --------------------------------------------------------------------------- peers


def ensure_peer_venv(peer_name: str, requirements: list[str]) -> Path | None:
    """Create/refresh ``.peers/<peer_name>`` with pinned requirements.

    Returns the venv's ``bin`` dir, or None (after printing why) when the venv
    or the install fails, e.g. without network. Install time is never timed.
    """
    venv_dir = PEERS_DIR / peer_name
    bin_dir = venv_dir / "bin"
    marker = venv_dir / INSTALLED_MARKER
    wanted = "\n".join(requirements) + "\n"
    if marker.is_file() and marker.read_text() == wanted:
        return bin_dir
    print(
        f"[setup] installing {' '.join(requirements)} into {venv_dir} ...", flush=True
    )
    try:
        if not (bin_dir / "python").exists():
            venv.EnvBuilder(with_pip=True, clear=True).create(venv_dir)
        install_log = pip_install(bin_dir / "python", requirements)
    except (OSError, subprocess.SubprocessError) as error:
        print(
            f"[setup] {peer_name}: unavailable (could not create venv/install: {error})"
        )
        return None
    if install_log is not None:
        print(
            f"[setup] {peer_name}: unavailable (pip install failed; network?). Last pip output:"
        )
        for pip_line in install_log.splitlines()[-3:]:
            print(f"        {pip_line[:200]}")
        return None
    marker.write_text(wanted)
    return bin_dir


def pip_install(python_exe: Path, requirements: list[str]) -> str | None:
    """Pip-install into the interpreter's venv. Returns pip's output on failure, None on success."""
    command = [
        str(python_exe),
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        *requirements,
    ]
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=PIP_INSTALL_TIMEOUT_S,
        check=False,
    )
    if completed.returncode == 0:
        return None
    return completed.stdout + completed.stderr


def installed_version(bin_dir: Path, distribution: str) -> str:
    """Version of ``distribution`` installed in the venv owning ``bin_dir``."""
    probe = f"import importlib.metadata as m; print(m.version({distribution!r}))"
    completed = subprocess.run(
        [str(bin_dir / "python"), "-c", probe],
        capture_output=True,
        text=True,
        check=False,
    )
    return completed.stdout.strip() or "unknown"


def env_with_bin_first(bin_dir: Path | None) -> dict[str, str]:
    """os.environ with ``bin_dir`` first on PATH (peers shell out to ruff/black by name)."""
    env = dict(os.environ)
    if bin_dir is not None:
        env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(bin_dir.parent)
    return env


# --------------------------------------------------------------------------- timing


@dataclass
class TimedRun:
    seconds: float
    exit_code: int
    stdout_path: Path
    stderr_path: Path


def time_command(command: list[str], env: dict[str, str], log_name: str) -> TimedRun:
    """Run ``command`` from the repo root; wall-clock it; send output to out/logs/."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    stdout_path = LOG_DIR / f"{log_name}.stdout.txt"
    stderr_path = LOG_DIR / f"{log_name}.stderr.txt"
    with stdout_path.open("wb") as stdout_file, stderr_path.open("wb") as stderr_file:
        started = time.perf_counter()
        completed = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=stdout_file,
            stderr=stderr_file,
            check=False,
        )
        elapsed = time.perf_counter() - started
    return TimedRun(elapsed, completed.returncode, stdout_path, stderr_path)


def set_aside(path: Path, trash: Path | None = None) -> None:
    """Move ``path`` (if present) into ``trash`` (default ``benchmarks/out/.trash``) instead of
    deleting it; ``make bench`` empties the trash when it is done.

    Why: this machine's disk is ext4 without a journal. For a minute or more after files are
    deleted (up to six while their inode table is unwritten), every file created near them
    makes the kernel step over each freed inode (``recently_deleted``). Deleting a tool's
    previous output right before timing its next run charged the run for the harness's own
    cleanup: as much again for every file it writes, so the cost grew with the square of the
    output (writing 8x the real spec's SDK took 1.2 s instead of 0.4 s).
    """
    if not (path.exists() or path.is_symlink()):
        return
    trash = trash or OUT_DIR / ".trash"
    trash.mkdir(parents=True, exist_ok=True)
    os.rename(path, trash / f"{path.name}-{time.time_ns()}")


def settle(seconds: float = 3.0) -> float:
    """Write back what the set-up wrote, then wait ``seconds``; returns how long the write-back took.

    Why: a fresh-process probe lasts 0.2 s, and the set-up has just written thousands of files
    (openapi-python-client's SDK alone: 6,551; `make bench`'s earlier stages, hundreds of MB).
    The kernel writes such files back in the following minutes, in bursts that take a core from
    whichever probe runs then; ours loads its TLS trust store on a second core, so it is the
    one that loses most when a core is taken. The first calls of three `make bench` runs in a
    row differed by up to 0.07 s; this removes one cause, not all of them.
    """
    started = time.perf_counter()
    os.sync()
    synced = time.perf_counter() - started
    time.sleep(seconds)
    return synced


def reset_dir(path: Path) -> None:
    """Delete ``path`` (file or tree) if present (for set-up steps that are not timed)."""
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def median_and_min(seconds: list[float]) -> tuple[float, float]:
    return statistics.median(seconds), min(seconds)


# --------------------------------------------------------------------------- measuring output


def output_stats(path: Path) -> dict[str, int]:
    """Count files, .py files and .py lines under ``path`` (a dir or a single file)."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    py_files = [p for p in files if p.suffix == ".py"]
    py_lines = 0
    for py_file in py_files:
        with py_file.open("rb") as handle:
            py_lines += sum(1 for _ in handle)
    total_bytes = sum(p.stat().st_size for p in files)
    return {
        "files": len(files),
        "py_files": len(py_files),
        "py_lines": py_lines,
        "bytes": total_bytes,
    }


# --------------------------------------------------------------------------- reporting


def markdown_table(headers: list[str], rows: list[list[str]]) -> str:
    """Render a padded GitHub-flavoured Markdown table."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows)]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    separator = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), separator, *(line(row) for row in rows)])


def write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str) + "\n")


def machine_summary() -> dict[str, object]:
    return {
        "python": sys.version.split()[0],
        "platform": sys.platform,
        "cpu_count": os.cpu_count(),
    }


# --------------------------------------------------------------------------- formatting checks


def find_black() -> Path | None:
    candidates = [
        REPO_ROOT / ".venv" / "bin" / "black",
        *sorted(PEERS_DIR.glob("*/bin/black")),
    ]
    return next((path for path in candidates if path.is_file()), None)


def check_black_clean(output_dir: Path) -> str:
    """'yes'/'no' for `black --check` on a generated tree, or 'skipped (...)'."""
    if not output_dir.is_dir():
        return "skipped (no output)"
    black = find_black()
    if black is None:
        return "skipped (no black in .venv or peers' venvs)"
    completed = subprocess.run(
        [str(black), "--check", str(output_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode == 0:
        return f"yes ({black})"
    summary = [line for line in completed.stderr.splitlines() if "would be" in line]
    return f"no: {summary[-1] if summary else 'black failed'} ({black})"
