"""Fixtures for the SDK's own tests: a Prism mock server of the spec, and a client that calls it.

Prism (`npm install -g @stoplight/prism-cli`, Node >= 18) validates every request against
the spec and answers with its examples. It is found through `$PRISM`, then on `PATH`, then
in `node_modules/.bin`; without it the tests fail (they are the point of this folder).
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from ampeco import Ampeco, APIStatusError

SPEC = Path(__file__).resolve().parent / "openapi" / "ampeco.yaml"
ONE_OF = "must match exactly one schema in oneOf"


def prism_command() -> list[str]:
    given = os.environ.get("PRISM")
    if given:
        return given.split()
    found = shutil.which("prism")
    if found:
        return [found]
    local = Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "prism"
    if local.is_file():
        return [str(local)]
    raise RuntimeError(
        "Prism is not installed: run `npm install -g @stoplight/prism-cli@5` (Node >= 18) or set PRISM"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(port: int) -> bool:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
    try:
        connection.request("GET", "/")
        connection.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        connection.close()


@pytest.fixture(scope="session")
def base_url() -> Iterator[str]:
    """Prism mocking the spec on 127.0.0.1, for the whole session."""
    port = _free_port()
    command = [
        *prism_command(),
        "mock",
        str(SPEC),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "-v",
        "warn",
    ]
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 120
            while not _answers(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read().decode(errors="replace")[-3000:]
                    raise RuntimeError(
                        f"Prism did not start (exit code {process.poll()}):\n{tail}"
                    )
                time.sleep(0.2)
            yield f"http://127.0.0.1:{port}"
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture
def client(base_url: str) -> Iterator[Ampeco]:
    client = Ampeco(api_token="test-token", base_url=base_url, max_retries=0)
    yield client
    client.close()


def request_problems(headers: Any, body: bytes) -> list[str]:
    """Prism's complaints about the request (its `sl-violations` header, or a problem body)."""
    raw = headers.get("sl-violations")
    entries: Any = []
    if raw:
        entries = _violations(raw)
    elif body:
        try:
            problem = json.loads(body)
        except ValueError:
            problem = None
        if isinstance(problem, dict) and isinstance(problem.get("validation"), list):
            entries = [
                {**e, "location": ["request", *e.get("location", [])]}
                for e in problem["validation"]
            ]
    return [
        f"{'.'.join(str(p) for p in e.get('location', []))}: {e.get('message', '')}"
        for e in entries
        if isinstance(e, dict) and e.get("location", ["request"])[:1] != ["response"]
    ]


def _violations(header: str) -> list[Any]:
    """The entries of an `sl-violations` header. Prism cuts a long one short (`Too many
    violations! [{...}, {...`): the entries it still holds whole are read one by one."""
    try:
        return list(json.loads(header))
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    entries: list[Any] = []
    start = header.find("{")
    while start != -1:
        try:
            entry, end = decoder.raw_decode(header, start)
        except ValueError:
            break
        entries.append(entry)
        start = header.find("{", end)
    return entries


@pytest.fixture
def check() -> Callable[..., Any]:
    """Runs one call (of `client.with_raw_response`); it must succeed and send what the spec allows."""

    def run(
        call: Callable[[], Any], *, union_body: bool = False, redirect: bool = False
    ) -> Any:
        try:
            raw = call()
        except APIStatusError as error:
            problems = request_problems(error.headers, error.response.content)
            if union_body and any(ONE_OF in p for p in problems):
                # The body's variants overlap in JSON Schema terms: Prism, validating by the
                # letter, refuses every payload of such a oneOf; the SDK sent the one built.
                return None
            raise AssertionError(
                f"HTTP {error.status_code}: {problems or error.body}"
            ) from None
        # an operation that only redirects answers with its 3xx (the client follows none)
        assert 200 <= raw.status_code < (400 if redirect else 300), raw.status_code
        problems = request_problems(raw.headers, raw.content)
        assert not problems, problems
        return raw.parse()

    return run
