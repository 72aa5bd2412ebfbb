"""A request body the spec only takes as `multipart/form-data` (uploads: OpenAI's files, Box's)
is sent as multipart parts, files with their filenames, not as JSON."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import io
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import imported_sdk
from tests.support.typecheck import expected_errors, mypy_errors, pyright_errors

UPLOAD = {
    "type": "object",
    "required": ["file", "purpose"],
    "properties": {
        "file": {"type": "string", "format": "binary"},
        "purpose": {"type": "string", "enum": ["assistants", "batch"]},
        "tags": {"type": "array", "items": {"type": "string"}},
        "attributes": {"type": "object", "properties": {"owner": {"type": "string"}}},
        "expires": {"type": "integer", "nullable": True},
    },
}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Uploads", "version": "1.0.0"},
    "paths": {
        "/files": {
            "post": {
                "operationId": "createFile",
                "tags": ["files"],
                "requestBody": {"required": True, "content": {"multipart/form-data": {"schema": UPLOAD}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}},
            }
        }
    },
}


@pytest.fixture(scope="module")
def uploads(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    yield from imported_sdk(tmp_path_factory.mktemp("uploads"), SPEC, "uploads_sdk")


def _parts(sdk: Any, **arguments: Any) -> list[tuple[str, str | None, str, bytes]]:
    """(name, filename, content type, content) of each part of the body that was sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"id": "file-1"})

    client = sdk.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.files.create(**arguments).id == "file-1"
    request = sent[-1]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.content
    )
    return [
        (str(p.get_param("name", header="content-disposition")), p.get_filename(), p.get_content_type(), p.get_payload(decode=True))
        for p in message.iter_parts()
    ]


def test_files_and_fields_are_parts(uploads: Any) -> None:
    parts = _parts(uploads, file=b"\x00\x01binary", purpose="assistants", tags=["a", "b"], attributes={"owner": "me"}, expires=None)
    assert parts == [
        ("file", "upload", "application/octet-stream", b"\x00\x01binary"),
        ("purpose", None, "text/plain", b"assistants"),
        ("tags", None, "text/plain", b"a"),  # a list of scalars: one part each
        ("tags", None, "text/plain", b"b"),
        ("attributes", None, "application/json", b'{"owner":"me"}'),  # an object: JSON
    ]  # None leaves `expires` out


def test_a_file_object_or_a_tuple_names_the_file(uploads: Any) -> None:
    handle = io.BytesIO(b"col\n1\n")
    handle.name = "/tmp/data/report.csv"
    assert _parts(uploads, file=handle, purpose="batch")[0] == ("file", "report.csv", "text/csv", b"col\n1\n")  # the type guessed from the name
    named = _parts(uploads, file=("notes.jsonl", b'{"a":1}\n', "application/jsonl"), purpose="batch")[0]
    assert named == ("file", "notes.jsonl", "application/jsonl", b'{"a":1}\n')
    assert json.loads(named[3]) == {"a": 1}


@pytest.mark.parametrize("checker", [mypy_errors, pyright_errors], ids=["mypy", "pyright"])
def test_a_user_app_type_checks_uploads(uploads: Any, checker: Callable[[Path], set[int]]) -> None:
    """Bytes, a path, a binary file and a (filename, content, type) tuple are all an upload to a
    type checker; a text string is not."""
    root = Path(uploads.__file__).parent.parent
    app = root / "app.py"
    app.write_text(
        "from pathlib import Path\n"
        "from uploads_sdk import UploadsSdk\n"
        "client = UploadsSdk(api_token='t')\n"
        "client.files.create(file=b'x', purpose='batch')\n"
        "client.files.create(file=Path('data.csv'), purpose='batch')\n"
        "client.files.create(file=('a.csv', Path('data.csv')), purpose='batch')\n"
        "with open('data.csv', 'rb') as handle:\n"
        "    client.files.create(file=handle, purpose='batch')\n"
        "client.files.create(file=('a.csv', b'x', 'text/csv'), purpose='batch')\n"
        "client.files.create(file='not a file', purpose='batch')  # error\n",
        encoding="utf-8",
    )
    assert checker(root) == expected_errors(app)


def test_a_retried_upload_sends_the_whole_file_again(uploads: Any) -> None:
    """A file object is read once per call: a retry (here after a 429) must not send what is
    left of it, which after the first attempt is nothing."""
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        if len(bodies) == 1:
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "slow down"})
        return httpx.Response(200, json={"id": "file-1"})

    handle = io.BytesIO(b"col\n1\n")
    client = uploads.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    assert client.files.create(file=handle, purpose="batch").id == "file-1"
    assert len(bodies) == 2 and b"col\n1\n" in bodies[1]
    assert bodies[0].split(b"\r\n")[1:] == bodies[1].split(b"\r\n")[1:]  # the same parts (the boundary aside)


def _async_upload_retried(sdk: Any, file: Any) -> list[bytes]:
    """Uploads `file` with the async client, the first attempt answered with a 429: the bodies
    of both attempts."""
    bodies: list[bytes] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(await request.aread())
        if len(bodies) == 1:
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "slow down"})
        return httpx.Response(200, json={"id": "file-1"})

    async def upload() -> Any:
        transport = httpx.MockTransport(handler)
        client = sdk.AsyncUploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.AsyncClient(transport=transport))
        return await client.files.create(file=file, purpose="batch")

    assert asyncio.run(upload()).id == "file-1"
    return bodies


def test_a_retried_async_upload_sends_the_whole_file_again(uploads: Any) -> None:
    bodies = _async_upload_retried(uploads, io.BytesIO(b"col\n1\n"))
    assert len(bodies) == 2 and b"col\n1\n" in bodies[1]


class _Recorder(httpx.BaseTransport):
    """Reads the request body chunk by chunk, as a real connection sends it."""

    def __init__(self, failures: int = 0) -> None:
        self.chunks: list[list[bytes]] = []
        self.headers: list[httpx.Headers] = []
        self.failures = failures

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.headers.append(request.headers)
        self.chunks.append(list(request.stream))  # type: ignore[arg-type]  # a sync stream here
        if len(self.chunks) <= self.failures:
            return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "slow down"})
        return httpx.Response(200, json={"id": "file-1"})


class _CountingFile(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads: list[int] = []

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.reads.append(len(chunk))
        return chunk


def test_a_path_is_streamed_from_disk_and_sent_again_on_a_retry(uploads: Any, tmp_path: Path) -> None:
    """A file given by its path is read in chunks while the request is sent, never whole; its
    size is the Content-Length; a retry sends it again; its name gives the part's type."""
    data = bytes(range(256)) * 1200  # 300 KiB
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    transport = _Recorder(failures=1)
    client = uploads.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=transport))
    assert client.files.create(file=path, purpose="batch").id == "file-1"
    assert len(transport.chunks) == 2  # the first attempt, and the retry
    for chunks, headers in zip(transport.chunks, transport.headers):
        body = b"".join(chunks)
        assert int(headers["content-length"]) == len(body) and "transfer-encoding" not in headers
        assert max(len(c) for c in chunks) <= 64 * 1024 and len(chunks) > 4  # chunks, not one piece
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + headers["content-type"].encode() + b"\r\n\r\n" + body
        )
        part = next(message.iter_parts())
        assert (part.get_filename(), part.get_content_type(), part.get_payload(decode=True)) == ("report.pdf", "application/pdf", data)


def test_a_file_object_is_read_as_it_is_sent_from_where_it_stood(uploads: Any) -> None:
    """Nothing is read when the call starts; each attempt reads from the position the file
    object had when the call was made (a header already consumed by the caller stays out)."""
    handle = _CountingFile(b"HEADER\n" + b"x" * 200_000)
    handle.read(7)
    handle.reads.clear()
    transport = _Recorder(failures=1)
    client = uploads.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=transport))
    client.files.create(file=handle, purpose="batch")
    assert max(handle.reads) <= 64 * 1024
    for chunks in transport.chunks:
        body = b"".join(chunks)
        assert b"x" * 200_000 + b"\r\n" in body and b"HEADER" not in body


def test_an_unseekable_stream_is_read_once_and_sent_whole_on_a_retry(uploads: Any) -> None:
    """A pipe cannot be read twice: it is read when the call is made, so a retry still sends it."""
    read_end, write_end = os.pipe()
    os.write(write_end, b"from a pipe")
    os.close(write_end)
    transport = _Recorder(failures=1)
    client = uploads.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=transport))
    with open(read_end, "rb") as pipe:
        client.files.create(file=pipe, purpose="batch")
    assert all(b"from a pipe\r\n" in b"".join(chunks) for chunks in transport.chunks) and len(transport.chunks) == 2


def test_an_async_upload_streams_a_path(uploads: Any, tmp_path: Path) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,b\n" * 50_000)
    bodies = _async_upload_retried(uploads, path)
    assert len(bodies) == 2 and all(b'filename="data.csv"\r\nContent-Type: text/csv\r\n\r\n' + b"a,b\n" * 50_000 + b"\r\n" in b for b in bodies)


def test_a_missing_path_fails_before_anything_is_sent(uploads: Any, tmp_path: Path) -> None:
    transport = _Recorder()
    client = uploads.UploadsSdk(api_token="t", base_url="https://api.example.com", http_client=httpx.Client(transport=transport))
    with pytest.raises(FileNotFoundError):
        client.files.create(file=tmp_path / "nowhere.bin", purpose="batch")
    assert transport.chunks == []
