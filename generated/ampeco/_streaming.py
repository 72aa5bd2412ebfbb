"""Server-sent events (`text/event-stream`): answers that arrive event by event.

A method whose operation answers with events returns a `Stream` (an `AsyncStream` from the
async client) as soon as the response's headers are in: iterate it for the events, each one
validated as the spec's event type when it arrives. The connection stays open until the last
event, a `data: [DONE]` (the end marker of OpenAI-style APIs) or `close()`: iterate it to its
end or use it in a `with` (`async with`) block. An error status is raised by the call itself,
before any event, as the typed error of any other call.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Generic, Iterator, List, Optional, TypeVar

import httpx
import pydantic

from ._exceptions import APIResponseValidationError
from ._response import response_adapter, validate_leniently

_T = TypeVar("_T")

DONE = "[DONE]"


class ServerSentEvent:
    """One event as the server sent it: its type (`event`, None when it named none), its `data`
    (the `data:` lines joined by newlines), and its `id` and `retry`, when given."""

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self, event: Optional[str], data: str, id: Optional[str], retry: Optional[int]
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def __repr__(self) -> str:
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}, retry={self.retry!r})"


class EventDecoder:
    """Turns the lines of a stream into events, by the rules of the HTML standard: `field: value`
    lines, a blank line ends an event, a line that starts with `:` is a comment (a keep-alive);
    an event without `data` is not one."""

    def __init__(self) -> None:
        self._event: Optional[str] = None
        self._data: List[str] = []
        self._id: Optional[str] = None
        self._retry: Optional[int] = None

    def feed(self, line: str) -> Optional[ServerSentEvent]:
        """The event this line ends, if it ends one."""
        if not line:
            return self.end()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def end(self) -> Optional[ServerSentEvent]:
        """The event the lines so far make (also at the end of a stream whose last blank line is missing)."""
        data, event, retry = self._data, self._event, self._retry
        self._data, self._event, self._retry = [], None, None
        if not data:
            return None
        return ServerSentEvent(event, "\n".join(data), self._id, retry)


class _EventReader:
    """Validates each event as the operation's event type: its data, or, when the spec's schema is
    the whole event (`{event, data}`), the event with its data."""

    def __init__(
        self, response: httpx.Response, kind: Any, framed: bool, strict: bool
    ) -> None:
        self.response = response
        self.kind = kind
        self.framed = framed
        self.strict = strict

    def __call__(self, sse: ServerSentEvent) -> Any:
        data: Any = sse.data
        try:
            data = json.loads(sse.data)
        except ValueError:
            pass  # text, judged as it is
        value = data
        if self.framed:
            value = {"data": data}
            for name in ("event", "id", "retry"):
                given = getattr(sse, name)
                if given is not None:
                    value[name] = given
        if not self.strict:
            return validate_leniently(self.kind, value)
        try:
            return response_adapter(self.kind).validate_python(value)
        except pydantic.ValidationError as mismatch:
            message = f"an event does not match the spec: {mismatch}"
            raise APIResponseValidationError(self.response, value, message) from None


class Stream(Generic[_T]):
    """The events of one response, each a `_T`, as they arrive; iterated once."""

    def __init__(
        self,
        response: httpx.Response,
        kind: Any,
        framed: bool = False,
        strict: bool = False,
    ) -> None:
        self.response = response
        self._read = _EventReader(response, kind, framed, strict)
        self._events = self._iterate()

    def __iter__(self) -> Iterator[_T]:
        return self._events

    def __next__(self) -> _T:
        return next(self._events)

    def _iterate(self) -> Iterator[_T]:
        decoder = EventDecoder()
        try:
            for line in self.response.iter_lines():
                sse = decoder.feed(line)
                if sse is not None:
                    if sse.data == DONE:
                        return
                    yield self._read(sse)
            sse = decoder.end()
            if sse is not None and sse.data != DONE:
                yield self._read(sse)
        finally:
            self.response.close()

    def close(self) -> None:
        """Closes the connection; the events not read yet are not."""
        self.response.close()

    def __enter__(self) -> "Stream[_T]":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class AsyncStream(Generic[_T]):
    """`Stream` of the async client: `async for event in stream`."""

    def __init__(
        self,
        response: httpx.Response,
        kind: Any,
        framed: bool = False,
        strict: bool = False,
    ) -> None:
        self.response = response
        self._read = _EventReader(response, kind, framed, strict)
        self._events = self._iterate()

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._events

    async def __anext__(self) -> _T:
        return await self._events.__anext__()

    async def _iterate(self) -> AsyncIterator[_T]:
        decoder = EventDecoder()
        try:
            async for line in self.response.aiter_lines():
                sse = decoder.feed(line)
                if sse is not None:
                    if sse.data == DONE:
                        return
                    yield self._read(sse)
            sse = decoder.end()
            if sse is not None and sse.data != DONE:
                yield self._read(sse)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        """Closes the connection; the events not read yet are not."""
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncStream[_T]":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()


__all__ = ["AsyncStream", "EventDecoder", "ServerSentEvent", "Stream"]
