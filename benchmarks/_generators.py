"""Definitions of the generators that bench_generate.py times.

One ``Tool`` per generator: the exact command line, where it writes, which
venv ``bin`` dir to put first on PATH, and a digest of what its stderr says
(dropped endpoints, naming collisions, ...). Peers are pinned and installed
via ``_harness.ensure_peer_venv``; "ours" is ``$SDKGEN`` or ``<repo>/.venv/bin/sdkgen``.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import _harness as h

OURS_DEFAULT = h.REPO_ROOT / ".venv" / "bin" / "sdkgen"
OPC_VERSION = "0.29.1"
OPC_REQUIREMENT = f"openapi-python-client=={OPC_VERSION}"
DCG_VERSION = "0.89.0"
DCG_REQUIREMENT = (
    f"datamodel-code-generator=={DCG_VERSION}"  # OpenAPI input needs no extra
)


@dataclass
class Tool:
    name: str
    label: str
    version: str
    command: list[str]
    output_path: Path
    bin_dir: Path | None
    unavailable_reason: str | None = None
    create_output_dir: bool = (
        False  # tool writes a file into output_path instead of making it
    )
    notes: list[str] = field(default_factory=list)
    summarize_stderr: Callable[[str], list[str]] = lambda _stderr: []


# --------------------------------------------------------------------------- tool definitions


def build_ours(spec_path: Path) -> Tool:
    command_prefix = shlex.split(os.environ.get("SDKGEN") or str(OURS_DEFAULT))
    executable = command_prefix[0]
    output_dir = h.OUT_DIR / "ours"
    command = [
        *command_prefix,
        "generate",
        "--spec",
        str(spec_path),
        "--out",
        str(output_dir),
        "--package",
        "ampeco",
        "--no-cache",  # time a cold run: the format cache would hide the formatter's cost
    ]
    is_path = os.sep in executable
    bin_dir = Path(executable).resolve().parent if is_path else None
    tool = Tool("ours", "ours (sdkgen)", "dev", command, output_dir, bin_dir)
    if not (Path(executable).is_file() if is_path else shutil.which(executable)):
        tool.unavailable_reason = (
            f"{executable} not found (set SDKGEN or install the project into .venv)"
        )
        return tool
    tool.version = ours_version(command_prefix)
    byte_compile_checkout(bin_dir)
    return tool


def byte_compile_checkout(bin_dir: Path | None) -> None:
    """Byte-compile the generator's own code, as `pip install` does for the peers: an editable
    checkout run with PYTHONDONTWRITEBYTECODE set would otherwise compile it on every run."""
    python = bin_dir / "python" if bin_dir is not None else None
    if python is not None and python.is_file():
        subprocess.run([str(python), "-m", "compileall", "-q", str(h.REPO_ROOT / "generator")], capture_output=True, check=False)


def ours_version(command_prefix: list[str]) -> str:
    try:
        completed = subprocess.run(
            [*command_prefix, "--version"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return "dev"
    first_line = completed.stdout.strip().splitlines()[:1]
    return first_line[0] if completed.returncode == 0 and first_line else "dev"


def build_openapi_python_client(spec_path: Path) -> Tool:
    output_dir = h.OUT_DIR / "opc"
    bin_dir = h.ensure_peer_venv("openapi-python-client", [OPC_REQUIREMENT])
    command = [
        "openapi-python-client",
        "generate",
        "--path",
        str(spec_path),
        "--output-path",
        str(output_dir),
        "--overwrite",
    ]
    tool = Tool(
        "opc",
        "openapi-python-client",
        OPC_VERSION,
        command,
        output_dir,
        bin_dir,
        summarize_stderr=summarize_opc_stderr,
        notes=[
            "default post-hooks run inside the timing: `ruff check --fix-only .`, "
            "`ruff format .`; default --meta poetry (writes pyproject.toml, README)"
        ],
    )
    return finish_peer(tool, "openapi-python-client")


def build_datamodel_codegen(spec_path: Path) -> Tool:
    output_file = h.OUT_DIR / "dcg" / "models.py"
    bin_dir = h.ensure_peer_venv("datamodel-code-generator", [DCG_REQUIREMENT])
    command = [
        "datamodel-codegen",
        "--input",
        str(spec_path),
        "--input-file-type",
        "openapi",
        "--openapi-scopes",
        "schemas",
        "paths",
        "--output",
        str(output_file),
        "--output-model-type",
        "pydantic_v2.BaseModel",
    ]
    tool = Tool(
        "dcg",
        "datamodel-code-generator",
        DCG_VERSION,
        command,
        output_file.parent,
        bin_dir,
        create_output_dir=True,
        summarize_stderr=summarize_dcg_stderr,
        notes=[
            "models only (no client code); single file; default formatters "
            "black + isort run inside the timing"
        ],
    )
    return finish_peer(tool, "datamodel-code-generator")


def finish_peer(tool: Tool, distribution: str) -> Tool:
    """Point the command at the peer's venv, or mark the peer unavailable."""
    if tool.bin_dir is None:
        tool.unavailable_reason = "peer install failed (no network?)"
        return tool
    executable = tool.bin_dir / tool.command[0]
    if not executable.is_file():
        tool.unavailable_reason = f"{executable} missing after install"
        return tool
    tool.command[0] = str(executable)
    tool.version = h.installed_version(tool.bin_dir, distribution)
    return tool


def peer_skipped(name: str, label: str, version: str) -> Tool:
    return Tool(
        name,
        label,
        version,
        [],
        h.OUT_DIR / name,
        None,
        unavailable_reason="skipped (--skip-peers)",
    )


# --------------------------------------------------------------------------- stderr digests


def count_lines(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text, flags=re.MULTILINE))


def summarize_opc_stderr(stderr: str) -> list[str]:
    return [
        f"endpoints dropped: {count_lines(r'Endpoint will not be generated', stderr)}",
        f"responses omitted: {count_lines(r'response will be omitted', stderr)}",
        f"component schemas dropped: {count_lines(r'^Unable to process schema', stderr)}",
    ]


def summarize_dcg_stderr(stderr: str) -> list[str]:
    digest = [
        f"duplicated-field warnings: {count_lines(r'Field name .* is duplicated', stderr)}",
        f"unknown-format warnings: {count_lines(r'format of .* not understood', stderr)}",
    ]
    naming_hint = re.search(r"NamingHintWarning: (.*)", stderr)
    if naming_hint:
        digest.append(f"naming: {naming_hint.group(1).split('. Add')[0]}")
    return digest
