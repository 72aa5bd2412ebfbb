"""A tiny, fast, loopback-only HTTP/1.1 server for the import/overhead benchmarks.

Every GET (any path) gets ``200`` with ``Content-Type: application/json`` and a
canned body; connections are kept alive. It is a raw ``asyncio`` protocol, not
``http.server``: the stdlib server costs more per request than the clients we
measure, which would hide their overhead. A path starting with a registered
prefix (e.g. ``/full/...``) gets that prefix's body instead, so a peer whose
response models need more fields can be pointed at ``base_url + "/full"``.

Use it in-process (``start_in_thread``) or as a separate process
(``start_in_subprocess``, or ``python _local_server.py ['{"prefix": body}']``
which prints the port on its first stdout line). It listens on 127.0.0.1 only and always stops by
itself after ``MAX_SECONDS`` (one hour).

Also here: ``example_body`` (a spec-complete 200 body for an operation) and the
per-request overhead loop (``measure_overhead``: our SDK vs. plain httpx against
this server, run in the SDK's interpreter via ``overhead_worker``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
DEFAULT_BODY = {"data": {"id": 1, "name": "x"}}
MAX_SECONDS = 3600.0  # a safety net: callers stop it explicitly
HEAD_END = b"\r\n\r\n"
CALL_PATH = "/public-api/resources/charge-points/v2.0/1"
OVERHEAD_CALLS, OVERHEAD_WARMUP, OVERHEAD_ROUNDS = 2000, 100, 5


def encode_response(body: object) -> bytes:
    payload = json.dumps(body).encode()
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n"
        "Connection: keep-alive\r\n\r\n"
    )
    return head.encode() + payload


class CannedJSON(asyncio.Protocol):
    """Answers each request head with a prebuilt response; skips request bodies."""

    def __init__(self, default: bytes, by_prefix: dict[bytes, bytes]) -> None:
        self.default = default
        self.by_prefix = by_prefix
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(HEAD_END)) >= 0:
            head = self.buffer[:end]
            skip = end + len(HEAD_END) + content_length(head)
            if len(self.buffer) < skip:
                return
            self.buffer = self.buffer[skip:]
            assert self.transport is not None
            self.transport.write(self.response_for(head))

    def response_for(self, head: bytes) -> bytes:
        target = head.split(b" ", 2)[1] if head.count(b" ") >= 2 else b"/"
        matches = (r for p, r in self.by_prefix.items() if target.startswith(p))
        return next(matches, self.default)


def content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value.strip() or 0)
    return 0


async def serve(
    bodies: dict[str, object],
    on_ready: Callable[[int], None],
    max_seconds: float = MAX_SECONDS,
) -> None:
    """Serve until ``max_seconds`` pass or the task is cancelled; call ``on_ready(port)``."""
    default = encode_response(bodies.get("", DEFAULT_BODY))
    by_prefix = {k.encode(): encode_response(v) for k, v in bodies.items() if k}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: CannedJSON(default, by_prefix), HOST, 0, reuse_address=True
    )
    on_ready(server.sockets[0].getsockname()[1])
    async with server:
        await asyncio.sleep(max_seconds)


def start_in_thread(bodies: dict[str, object]) -> tuple[int, Callable[[], None]]:
    """Run the server on a daemon thread; return (port, stop)."""
    ready = threading.Event()
    handles: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Task]] = []

    def on_ready(port: int) -> None:
        task = asyncio.current_task()
        assert task is not None
        handles.append((port, asyncio.get_running_loop(), task))
        ready.set()

    thread = threading.Thread(
        target=lambda: run_quietly(serve(bodies, on_ready)), daemon=True
    )
    thread.start()
    if not ready.wait(10):
        raise RuntimeError("local server did not start")
    port, loop, task = handles[0]

    def stop() -> None:
        loop.call_soon_threadsafe(task.cancel)
        thread.join(5)

    return port, stop


def run_quietly(coroutine: Coroutine[Any, Any, None]) -> None:
    with contextlib.suppress(asyncio.CancelledError):
        asyncio.run(coroutine)


def start_in_subprocess(
    python: str, bodies: dict[str, object]
) -> tuple[int, subprocess.Popen[str]]:
    """Start ``python _local_server.py`` (bodies as JSON on argv); return (port, process)."""
    command = [python or sys.executable, str(Path(__file__)), json.dumps(bodies)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    first_line = process.stdout.readline() if process.stdout else ""
    if not first_line.strip().isdigit():
        process.kill()
        raise RuntimeError(f"local server process did not start: {first_line!r}")
    return int(first_line), process


# --------------------------------------------------------------------------- example bodies

SAMPLE_STRINGS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "email": "a@example.com",
    "uri": "https://example.com",
    "url": "https://example.com",
    "uuid": "00000000-0000-0000-0000-000000000001",
}


def example_body(spec_path: Path, operation_id: str) -> object:
    """A JSON 200 body for ``operation_id`` that fills every property, no nulls.

    Peers' response models reject a sparse body (missing required keys,
    ``None`` for non-nullable fields); this one satisfies every parser alike.
    """
    spec = json.loads(spec_path.read_text())
    for item in spec["paths"].values():
        for operation in item.values():
            if (
                isinstance(operation, dict)
                and operation.get("operationId") == operation_id
            ):
                schema = operation["responses"]["200"]["content"]["application/json"][
                    "schema"
                ]
                return example_for(schema, spec, depth=0)
    raise KeyError(operation_id)


def example_for(schema: dict, spec: dict, depth: int) -> object:
    if "$ref" in schema:
        node: object = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]  # type: ignore[index]
        return example_for(node, spec, depth)  # type: ignore[arg-type]
    if "allOf" in schema:
        merged: dict = {}
        for part in schema["allOf"]:
            value = example_for(part, spec, depth)
            merged.update(value if isinstance(value, dict) else {})
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return example_for(schema[key][0], spec, depth)
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), None)
    return example_of_type(schema, spec, depth)


def example_of_type(schema: dict, spec: dict, depth: int) -> object:
    kind = schema.get("type", "object")
    kind = (
        next((k for k in kind if k != "null"), "string")
        if isinstance(kind, list)
        else kind
    )
    if kind == "object":
        if depth > 8:
            return {}
        props = schema.get("properties", {})
        return {name: example_for(sub, spec, depth + 1) for name, sub in props.items()}
    if kind == "array":
        count = schema.get("minItems", 0)
        return [example_for(schema.get("items", {}), spec, depth + 1)] * count
    if kind in ("integer", "number"):
        value = max(1, schema.get("minimum", 1))
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    return SAMPLE_STRINGS.get(schema.get("format", ""), "1")


# --------------------------------------------------------------------------- per-request overhead


def overhead_worker(port: int) -> None:
    """Run under the project's .venv with the SDK dir on sys.path: time
    ``OVERHEAD_CALLS`` calls of ours vs. plain httpx (alternating rounds) and
    print the rates as JSON. ``port`` 0 starts the server on a thread here."""
    import ampeco  # type: ignore[import-not-found]  # only in the worker
    import httpx

    stop = None
    if port == 0:
        port, stop = start_in_thread({})
    base = f"http://127.0.0.1:{port}"
    client, plain = ampeco.Ampeco(api_token="t", base_url=base), httpx.Client()
    calls = {
        "ours": lambda: client.charge_points.retrieve(1),
        "plain": lambda: plain.get(base + CALL_PATH).json(),
    }
    for call in calls.values():
        for _ in range(OVERHEAD_WARMUP):
            call()
    rates: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(OVERHEAD_ROUNDS):
        for name, call in calls.items():
            started = time.perf_counter()
            for _ in range(OVERHEAD_CALLS):
                call()
            rates[name].append(OVERHEAD_CALLS / (time.perf_counter() - started))
    if stop:
        stop()
    print(json.dumps(rates))


OVERHEAD_MODES = ("thread in client process", "separate process")


def measure_overhead(
    python: Path, sdk_dir: Path, env: dict[str, str], mode: str
) -> dict[str, object]:
    """Run ``overhead_worker`` in ``python`` (cwd and sys.path: ``sdk_dir``), the
    server on a thread of that process or in a process of its own (``mode``)."""
    server, port = None, 0
    paths = [str(Path(__file__).resolve().parent), str(sdk_dir)]
    try:
        if mode == "separate process":
            port, server = start_in_subprocess(sys.executable, {})
        code = f"import sys; sys.path[:0] = {paths!r}; import _local_server as s; "
        code += f"s.overhead_worker({port})"
        completed = subprocess.run(
            [str(python), "-c", code], cwd=sdk_dir, env=env,
            capture_output=True, text=True, timeout=600, check=False,
        )  # fmt: skip
        if completed.returncode != 0:
            lines = completed.stderr.strip().splitlines() or ["worker failed"]
            return {"server": mode, "failure": lines[-1][:200]}
        rates = json.loads(completed.stdout.strip().splitlines()[-1])
    except (OSError, RuntimeError, ValueError, subprocess.SubprocessError) as error:
        return {"server": mode, "failure": f"{type(error).__name__}: {error}"}
    finally:
        if server is not None:
            server.kill()
            server.wait()
    # best round of each: load from other processes only ever adds time (as timeit)
    ours_rps, plain_rps = max(rates["ours"]), max(rates["plain"])
    medians = {f"{k}_rps_median": statistics.median(v) for k, v in rates.items()}
    return {
        "server": mode, "ours_rps": ours_rps, "plain_rps": plain_rps,
        "ratio": plain_rps / ours_rps, "overhead_us": 1e6 / ours_rps - 1e6 / plain_rps,
        "rates": rates, **medians,
    }  # fmt: skip


if __name__ == "__main__":  # usage: python _local_server.py ['{"prefix": body}']
    bodies_arg = json.loads(sys.argv[1] if len(sys.argv) > 1 else "{}")
    run_quietly(serve(bodies_arg, lambda port: print(port, flush=True)))
