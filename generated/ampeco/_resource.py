"""Base classes of the generated resources, and their raw- and streaming-response twins."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Awaitable, Callable, ParamSpec, TypeVar, cast

from ._response import (
    AsyncStreamContext,
    AsyncStreamedResponse,
    StreamContext,
    StreamedResponse,
)

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._pagination import AsyncPage, AsyncPaginator
    from ._response import APIResponse

P = ParamSpec("P")
R = TypeVar("R")


class SyncAPIResource:
    def __init__(self, client: "SyncAPIClient") -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: "AsyncAPIClient") -> None:
        self._client = client


# The raw-response twins call the very same methods, on a resource bound to a client in
# raw mode; these functions only say so to type checkers: same arguments, and an
# `APIResponse` whose `.parse()` is what the method returns.
def raw(method: Callable[P, R]) -> Callable[P, "APIResponse[R]"]:
    return cast("Callable[P, APIResponse[R]]", method)


def async_raw(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable["APIResponse[R]"]]:
    return cast("Callable[P, Awaitable[APIResponse[R]]]", method)


def async_raw_page(
    method: Callable[P, "AsyncPaginator[R]"],
) -> Callable[P, Awaitable["APIResponse[AsyncPage[R]]"]]:
    """An async list method returns a paginator; in raw mode it is awaited for the first page's response."""
    return cast("Callable[P, Awaitable[APIResponse[AsyncPage[R]]]]", method)


# The streaming twins call the same methods on a resource bound to a client in streaming
# mode (which returns the response unread) and wrap the call in a context manager.
def streamed(method: Callable[P, R]) -> Callable[P, StreamContext[R]]:
    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> StreamContext[R]:
        return StreamContext(
            lambda: cast("StreamedResponse[R]", method(*args, **kwargs))
        )

    return call


def async_streamed(
    method: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncStreamContext[R]]:
    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> AsyncStreamContext[R]:
        return AsyncStreamContext(
            cast("Awaitable[AsyncStreamedResponse[R]]", method(*args, **kwargs))
        )

    return call


def async_streamed_page(
    method: Callable[P, "AsyncPaginator[R]"],
) -> Callable[P, "AsyncStreamContext[AsyncPage[R]]"]:
    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> "AsyncStreamContext[AsyncPage[R]]":
        return AsyncStreamContext(
            cast(
                "Awaitable[AsyncStreamedResponse[AsyncPage[R]]]",
                method(*args, **kwargs),
            )
        )

    return call
