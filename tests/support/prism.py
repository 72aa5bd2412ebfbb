"""Run Stoplight Prism as a mock server so generated SDKs can be exercised end to end.

Prism validates every request against the OpenAPI document and answers with an
example or a schema-generated body. Request problems are not fatal: Prism still
answers, but lists them in the ``sl-violations`` response header, so tests call
:func:`violations` on each response to prove the SDK sent a spec-conforming
request. Prism is a dev dependency installed by ``npm ci`` (see package.json);
tests should skip when :func:`prism_binary` returns ``None``.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent.parent
PRISM_RELATIVE = Path("node_modules") / ".bin" / "prism"
LOG_TAIL_LINES = 40
STOP_GRACE_SECONDS = 5.0
POLL_INTERVAL_SECONDS = 0.2


def prism_binary() -> Path | None:
    """The repo's Prism executable, or None when ``npm ci`` has not been run."""
    path = REPO / PRISM_RELATIVE
    return path if path.is_file() and os.access(path, os.X_OK) else None


def free_port() -> int:
    """An ephemeral TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prism_command(spec: Path, port: int, *, dynamic: bool = False, seed: str | None = None) -> list[str]:
    """The command line that mocks ``spec`` on 127.0.0.1:``port``; ``seed`` fixes dynamic payloads."""
    command = [
        str(PRISM_RELATIVE),
        "mock",
        str(Path(spec).resolve()),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "-v",
        "warn",
    ]
    if dynamic:
        command.append("--dynamic")
    if seed is not None:
        command += ["--seed", seed]
    return command


@contextlib.contextmanager
def running_prism(
    spec: Path, *, dynamic: bool = False, timeout: float = 60, seed: str | None = None
) -> Iterator[str]:
    """Start Prism mocking ``spec`` and yield its base URL; stop it on exit."""
    if prism_binary() is None:
        raise RuntimeError(
            f"Prism is not installed at {REPO / PRISM_RELATIVE}: run `npm ci` in {REPO}"
        )
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.NamedTemporaryFile("w+b", prefix="prism-", suffix=".log") as log:
        process = _start(prism_command(spec, port, dynamic=dynamic, seed=seed), log)
        try:
            _wait_until_ready(process, base_url, Path(log.name), timeout)
            yield base_url
        finally:
            _stop(process)


def _start(command: list[str], log: IO[bytes]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command,
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_until_ready(
    process: subprocess.Popen[bytes], base_url: str, log_path: Path, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"Prism exited with code {process.returncode} before serving {base_url}:\n"
                + _log_tail(log_path)
            )
        if _answers_http(base_url):
            return
        time.sleep(POLL_INTERVAL_SECONDS)
    raise RuntimeError(
        f"Prism did not serve {base_url} within {timeout:g}s:\n" + _log_tail(log_path)
    )


def _answers_http(base_url: str) -> bool:
    """True once anything answers HTTP at ``base_url`` (any status code counts).

    http.client is used rather than urllib so that no proxy settings apply.
    """
    host_and_port = urllib.parse.urlsplit(base_url).netloc
    connection = http.client.HTTPConnection(host_and_port, timeout=2)
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


def _log_tail(log_path: Path) -> str:
    try:
        lines = log_path.read_text(errors="replace").splitlines()
    except OSError as exc:
        return f"(could not read Prism's log: {exc})"
    return "\n".join(lines[-LOG_TAIL_LINES:]) or "(Prism printed nothing)"


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate Prism's whole process group; kill it if it lingers."""
    if process.poll() is None:
        _signal_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=STOP_GRACE_SECONDS)
            return
        except subprocess.TimeoutExpired:
            pass
    _signal_group(process, signal.SIGKILL)
    process.wait()


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)


def violations(
    response_headers: Mapping[str, str], body: bytes | str | None = None
) -> list[str]:
    """Prism's ``sl-violations`` header as "severity location: message" strings.

    Empty when the header is absent. When Prism rejects a request for an
    operation whose spec has no 422 response, it puts the problems in a
    problem+json body (``validation``) instead of the header: pass ``body`` to
    read those too (their locations get a "request" prefix).
    """
    return [_describe(entry) for entry in _entries(response_headers, body)]


def response_violations(
    response_headers: Mapping[str, str], body: bytes | str | None = None
) -> list[str]:
    """Problems Prism found with its own mock *response* (location "response..."):
    the evidence that a response the SDK rejects was invalid in the first place."""
    return [
        _describe(entry)
        for entry in _entries(response_headers, body)
        if not _is_request(entry)
    ]


def request_violations(
    response_headers: Mapping[str, str], body: bytes | str | None = None
) -> list[str]:
    """Like :func:`violations`, but only problems with the request.

    Prism also reports where its own mock *response* breaks the spec (location
    "response..."), e.g. spec examples that fail their schema; those say
    nothing about the client under test.
    """
    return [
        _describe(entry)
        for entry in _entries(response_headers, body)
        if _is_request(entry)
    ]


def _entries(headers: Mapping[str, str], body: bytes | str | None) -> list[object]:
    raw = _header(headers, "sl-violations")
    if raw:
        return _parse_header(raw)
    return _parse_problem_body(body) if body else []


def _parse_header(raw: str) -> list[object]:
    try:
        entries = json.loads(raw)
    except json.JSONDecodeError:
        return [f"unparseable sl-violations header: {raw}"]
    return entries if isinstance(entries, list) else [entries]


def _parse_problem_body(body: bytes | str) -> list[object]:
    try:
        problem = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return []
    entries = problem.get("validation") if isinstance(problem, dict) else None
    if not isinstance(entries, list):
        return []
    return [_with_request_prefix(entry) for entry in entries]


def _with_request_prefix(entry: object) -> object:
    if isinstance(entry, dict) and entry.get("location", [None])[:1] != ["request"]:
        return {**entry, "location": ["request", *entry.get("location", [])]}
    return entry


def _is_request(entry: object) -> bool:
    return not (
        isinstance(entry, dict) and entry.get("location", [None])[:1] == ["response"]
    )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is not None:
        return value
    for key, candidate in headers.items():
        if key.lower() == name:
            return candidate
    return None


def _describe(entry: object) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    location = ".".join(str(part) for part in entry.get("location", []))
    severity = entry.get("severity", "?")
    message = entry.get("message", "")
    return f"{severity} {location}: {message}"
