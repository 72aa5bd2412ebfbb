"""Uploads: multipart bodies, and bodies sent as they are (`application/octet-stream`,
`text/csv`...). Files are streamed from disk or from the caller's file object in chunks as the
request is sent, never read whole into memory, and sent again from their start when a request
is retried."""

from __future__ import annotations

import io
import os
import uuid
from typing import (
    Any,
    AsyncIterator,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
    cast,
)

import pydantic

from ._exceptions import InvalidRequestError
from ._query import dumps, plain, scalar, scalar_list

CHUNK_SIZE = 64 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"


def as_given(value: Any) -> Any:
    """A multipart body's values as the caller gave them, models dumped by their wire names.

    Files (bytes, paths, file objects, `(filename, content[, content_type])` tuples) stay files.
    """
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(by_alias=True, exclude_unset=True)
    return value


class _PathFile:
    """A file given by its path: its size is taken now, and it is opened on every send."""

    def __init__(self, path: os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self.size = os.stat(self.path).st_size

    def chunks(self) -> Iterator[bytes]:
        with open(self.path, "rb") as handle:
            yield from _read(handle, self.size)


class _HandleFile:
    """A seekable binary file object, sent from where it stood when the call was made."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle
        self.start = handle.tell()
        self.size = handle.seek(0, os.SEEK_END) - self.start
        handle.seek(self.start)

    def chunks(self) -> Iterator[bytes]:
        self.handle.seek(self.start)
        yield from _read(self.handle, self.size)


def _read(handle: Any, size: int) -> Iterator[bytes]:
    """`size` bytes in chunks: the Content-Length sent was worked out from that size."""
    left = size
    while left > 0:
        chunk = handle.read(min(CHUNK_SIZE, left))
        if not chunk:
            return
        left -= len(chunk)
        yield bytes(chunk)


_Segment = Union[bytes, _PathFile, _HandleFile]


class UploadBody:
    """A body as httpx sends it: iterated once per attempt, in chunks.

    `content_type` holds a multipart body's boundary; `length` is the exact size, sent as
    Content-Length.
    """

    def __init__(self, segments: List[_Segment], content_type: str) -> None:
        self.segments = segments
        self.content_type = content_type
        self.length = sum(len(s) if isinstance(s, bytes) else s.size for s in segments)

    def __iter__(self) -> Iterator[bytes]:
        for segment in self.segments:
            if isinstance(segment, bytes):
                yield segment
            else:
                yield from segment.chunks()

    def for_async(self) -> _AsyncBody:
        """The same body for an async client (httpx wants an async iterable there)."""
        return _AsyncBody(self)


class _AsyncBody:
    def __init__(self, body: UploadBody) -> None:
        self.body = body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # reads from a local file block only for one chunk at a time, as httpx's own uploads do
        for chunk in self.body:
            yield chunk


def encode_multipart(body: Any) -> UploadBody:
    """A body sent as `multipart/form-data` (uploads).

    A file is a part with a filename (bytes, a path, a file object, or a `(filename,
    content[, content_type])` tuple); a list of files, one part each. Other values are text
    parts: scalars as they are, lists of scalars one part each, objects as JSON (OpenAPI's
    default content type for them). `None` leaves a value out. A file's content type, when not
    given, is guessed from its name, as httpx does.
    """
    if not isinstance(body, Mapping):
        raise InvalidRequestError(
            "a multipart body must be an object, not " + type(body).__name__
        )
    boundary = uuid.uuid4().hex
    segments: List[_Segment] = []

    def part(
        name: str,
        content: Union[bytes, _PathFile, _HandleFile],
        filename: Optional[str] = None,
        media_type: Optional[str] = None,
    ) -> None:
        disposition = f'form-data; name="{_quoted(name)}"' + (
            f'; filename="{_quoted(filename)}"' if filename is not None else ""
        )
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
        head += f"Content-Type: {media_type}\r\n\r\n" if media_type else "\r\n"
        if isinstance(content, bytes):
            segments.append(head.encode("utf-8") + content + b"\r\n")
        else:
            segments.extend((head.encode("utf-8"), content, b"\r\n"))

    for name, value in cast("Mapping[str, Any]", body).items():
        files: Sequence[Any] = (
            cast("Sequence[Any]", value)
            if isinstance(value, list) and value
            else [value]
        )
        if all(_is_file(v) for v in files):
            for file in files:
                part(name, *_file_parts(file))
            continue
        value = plain(value)
        if value is None:
            continue
        if scalar_list(value):
            for item in value:
                part(name, scalar(item).encode("utf-8"))
        elif isinstance(value, (dict, list)):
            part(name, dumps(value), media_type="application/json")
        else:
            part(name, scalar(value).encode("utf-8"))
    segments.append(f"--{boundary}--\r\n".encode("ascii"))
    return UploadBody(segments, f"multipart/form-data; boundary={boundary}")


def encode_raw(body: Any, media_type: str) -> UploadBody:
    """A body sent as it is, as `media_type`: bytes, text (sent as UTF-8), a path or a file
    object (streamed), or a `(filename, content[, content_type])` tuple (its content, and its
    content type when it names one)."""
    if isinstance(body, tuple):
        given = cast("Sequence[Any]", body)
        if 2 <= len(given) <= 3 and isinstance(given[0], str):
            media_type = given[2] if len(given) == 3 else media_type
            body = given[1]
    return UploadBody([_content(body)], media_type)


def _is_file(value: Any) -> bool:
    return (
        isinstance(value, (bytes, bytearray, os.PathLike))
        or hasattr(value, "read")
        or (
            isinstance(value, tuple)
            and 2 <= len(cast("Sequence[Any]", value)) <= 3
            and isinstance(value[0], str)
        )
    )


def _file_parts(value: Any) -> Tuple[Union[bytes, _PathFile, _HandleFile], str, str]:
    """(content, filename, content type) of a file."""
    filename: str = "upload"
    content: Any = value
    media_type: Optional[str] = None
    if isinstance(value, tuple):
        given = cast("Sequence[Any]", value)
        filename, content = given[0], given[1]
        media_type = given[2] if len(given) == 3 else None
    elif isinstance(value, os.PathLike):
        filename = os.path.basename(os.fspath(cast("os.PathLike[str]", value)))
    elif hasattr(value, "read"):
        filename = os.path.basename(str(getattr(value, "name", "") or "upload"))
    return _content(content), filename, media_type or _guessed_type(filename)


def _content(content: Any) -> Union[bytes, _PathFile, _HandleFile]:
    if isinstance(content, os.PathLike):
        return _PathFile(cast("os.PathLike[str]", content))
    if hasattr(content, "read"):
        if not isinstance(content, io.TextIOBase) and _seekable(content):
            try:
                return _HandleFile(content)
            except (OSError, ValueError):
                pass  # it said it could seek, and could not
        content = (
            content.read()
        )  # a pipe, a socket, a text file: read now, so a retry can send it again
    if isinstance(content, str):
        content = content.encode("utf-8")
    if not isinstance(content, (bytes, bytearray)):
        raise InvalidRequestError(
            "a file must be bytes, a path, a file opened in binary mode or a (filename, content) tuple, "
            f"not {type(content).__name__}"
        )
    return bytes(content)


def _seekable(handle: Any) -> bool:
    try:
        return bool(handle.seekable())
    except (AttributeError, OSError, ValueError):
        return False


def _guessed_type(filename: str) -> str:
    import mimetypes  # only for uploads: it reads the system's type tables on first use

    return mimetypes.guess_type(filename)[0] or DEFAULT_MEDIA_TYPE


def _quoted(text: str) -> str:
    """A part's name or filename inside its quotes, as browsers write them (HTML's form encoding)."""
    return str(text).replace("\r", "%0D").replace("\n", "%0A").replace('"', "%22")
