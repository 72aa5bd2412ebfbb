"""A tiny scriptable HTTP/1.1 server for testing how generated clients handle faults.

Prism only serves well-behaved responses; retry, timeout, connection-reset and
pagination logic needs a server that misbehaves on cue. :class:`FaultServer`
replays a script of steps, one per request (the last step repeats), and
:class:`Router` picks a step per request with a function. Both bind to an
ephemeral port on 127.0.0.1, record every request, and shut down within about
a second even while a handler is sleeping. Standard library only.

    with FaultServer([Reply(429, headers={"Retry-After": "0"}), Reply(200, json={})]) as server:
        httpx.get(server.base_url + "/things")
"""

from __future__ import annotations

import json as jsonlib
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

from tests.support.fault_steps import Hang, RecordedRequest, Reply, Reset, Step

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["FaultServer", "Hang", "RecordedRequest", "Reply", "Reset", "Router", "Step"]

STOP_TIMEOUT_SECONDS = 1.0


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the default backlog of 5 drops SYNs under concurrent load tests

    def __init__(self, owner: _BaseFaultServer) -> None:
        self.owner = owner
        super().__init__(("127.0.0.1", 0), _Handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        connection, address = super().get_request()
        self.owner._count_connection()
        return connection, address

    def process_request(self, request: Any, client_address: Any) -> None:
        """Like ThreadingMixIn's, but the owner tracks each thread and socket so stop() can end them."""
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address)
        )
        thread.daemon = True
        self.owner._track(thread, request)
        thread.start()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Connections dropped on purpose (Reset) or at stop() are expected: stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def _handle(self) -> None:
        request = self._record()
        step = self.server.owner._step_for(request)
        if isinstance(step, Reset):
            self._reset()
            return
        reply, delay = (
            (Reply(), step.seconds) if isinstance(step, Hang) else (step, step.delay)
        )
        if self._sleep(delay):
            self._reply(reply)
        else:
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

    def _record(self) -> RecordedRequest:
        request = RecordedRequest(
            self.command, self.path, dict(self.headers.items()), self._read_body()
        )
        self.server.owner._remember(request)
        return request

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        chunks = []
        while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
            chunks.append(self.rfile.read(size))
            self.rfile.readline()
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass  # trailers
        return b"".join(chunks)

    def _sleep(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True if the reply should still be sent."""
        return not self.server.owner._stopping.wait(seconds) if seconds > 0 else True

    def _reply(self, reply: Reply) -> None:
        body = reply.raw if reply.raw is not None else b"" if reply.json is None else jsonlib.dumps(reply.json).encode()
        self.send_response(reply.status)
        if body and not any(name.lower() == "content-type" for name in reply.headers):
            self.send_header("Content-Type", "application/json")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
        )
        self.connection.close()


class _BaseFaultServer:
    """Lifecycle, request recording and connection counting shared by both servers."""

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self.connections_opened = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self._handlers: list[tuple[threading.Thread, socket.socket]] = []

    @property
    def base_url(self) -> str:
        if self._httpd is None:
            raise RuntimeError("server is not running; use it as a context manager")
        return f"http://127.0.0.1:{self._httpd.server_port}"

    def start(self) -> Self:
        self._stopping.clear()
        self._httpd = _Server(self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wake sleeping handlers, cut open connections and join every thread."""
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=STOP_TIMEOUT_SECONDS)
        self._end_handlers()
        self._httpd = self._thread = None

    def _end_handlers(self) -> None:
        with self._lock:
            handlers = list(self._handlers)
        for _thread, connection in handlers:
            try:
                connection.shutdown(
                    socket.SHUT_RDWR
                )  # unblocks a handler waiting for the next request
            except OSError:
                pass  # already closed
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for thread, _connection in handlers:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        with self._lock:
            self._handlers = [(t, c) for t, c in self._handlers if t.is_alive()]

    @property
    def live_threads(self) -> int:
        """Handler threads still running (0 after a clean stop)."""
        with self._lock:
            return sum(thread.is_alive() for thread, _ in self._handlers)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _step_for(self, request: RecordedRequest) -> Step:
        raise NotImplementedError

    def _remember(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _track(self, thread: threading.Thread, connection: socket.socket) -> None:
        with self._lock:
            self._handlers = [(t, c) for t, c in self._handlers if t.is_alive()]
            self._handlers.append((thread, connection))

    def _count_connection(self) -> None:
        with self._lock:
            self.connections_opened += 1


class FaultServer(_BaseFaultServer):
    """Serve the steps of ``script`` in order, one per request; the last one repeats."""

    def __init__(self, script: Sequence[Step]) -> None:
        if not script:
            raise ValueError("a FaultServer script needs at least one step")
        super().__init__()
        self._script = list(script)
        self._next = 0

    def _step_for(self, request: RecordedRequest) -> Step:
        with self._lock:
            step = self._script[min(self._next, len(self._script) - 1)]
            self._next += 1
        return step


class Router(_BaseFaultServer):
    """Serve whatever step ``handler(request)`` returns for each request."""

    def __init__(self, handler: Callable[[RecordedRequest], Step]) -> None:
        super().__init__()
        self._handler = handler

    def _step_for(self, request: RecordedRequest) -> Step:
        return self._handler(request)
