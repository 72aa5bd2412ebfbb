"""A user's app of the committed SDK (generated/ampeco), as the README shows it.

tests/test_user_app_types.py type-checks it with `mypy --strict` and pyright in strict mode;
it is never run. `assert_type` pins what users see: the client's own type inside `with` and
`async with`, pages of models, raw responses whose `.parse()` is the method's return type,
typed exception bodies. `same_type` ties a raw response to its method without naming the
result type, which changes when list/retrieve results are unwrapped from their envelope.
"""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable, Optional, TypeVar

from typing_extensions import assert_type

from ampeco import (
    Ampeco,
    APIResponse,
    AsyncAmpeco,
    AsyncPage,
    AsyncPaginator,
    AsyncStreamedResponse,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    StreamedResponse,
    SyncPage,
)
from ampeco.types import ChargePoint, Location

T = TypeVar("T")


def same_type(raw: Callable[[], APIResponse[T]], direct: Callable[[], T]) -> T:
    return raw().parse()


async def same_type_async(raw: Callable[[], Awaitable[APIResponse[T]]], direct: Callable[[], Awaitable[T]]) -> T:
    return (await raw()).parse()


def report(charge_point: ChargePoint) -> str:
    return f"{charge_point.id}: {charge_point.name}"


def sync_app() -> None:
    with Ampeco(api_token="t", tenant_url="cp.example.com", timeout=5) as client:
        assert_type(client, Ampeco)
        for charge_point in client.charge_points.list(filter={"networkId": "N1"}):
            print(report(charge_point))

        page = client.charge_points.list()
        assert_type(page, SyncPage[ChargePoint])
        raw = client.with_raw_response.charge_points.list(filter={"networkId": "N1"})
        assert_type(raw, APIResponse[SyncPage[ChargePoint]])
        assert_type(raw.parse(), SyncPage[ChargePoint])
        status: int = raw.status_code
        print(status, raw.headers.get("x-ratelimit-remaining"))
        same_type(lambda: client.with_raw_response.locations.retrieve(1), lambda: client.locations.retrieve(1))
        with client.with_streaming_response.charge_points.list() as streamed:
            assert_type(streamed, StreamedResponse[SyncPage[ChargePoint]])
            for chunk in streamed.iter_bytes():
                print(len(chunk))

        quick = client.with_options(timeout=2.0, max_retries=0)
        assert_type(quick, Ampeco)
        assert_type(quick.locations.list(), SyncPage[Location])
        try:
            client.locations.retrieve(404)
        except NotFoundError as error:
            print(error.status_code, error.body, error.headers.get("x-request-id"))
        except RateLimitError as error:
            wait: Optional[float] = error.retry_after
            print(wait)
        except InvalidRequestError as error:
            print(error.message)


async def async_app() -> None:
    async with AsyncAmpeco(api_token="t", tenant_url="cp.example.com") as client:
        assert_type(client, AsyncAmpeco)
        async for charge_point in client.charge_points.list():
            print(report(charge_point))

        assert_type(client.charge_points.list(), AsyncPaginator[ChargePoint])
        first = await client.charge_points.list()
        assert_type(first, AsyncPage[ChargePoint])
        raw = await client.with_raw_response.charge_points.list()
        assert_type(raw, APIResponse[AsyncPage[ChargePoint]])
        assert_type(raw.parse().data, list[ChargePoint])
        await same_type_async(lambda: client.with_raw_response.locations.retrieve(1), lambda: client.locations.retrieve(1))
        async with client.with_streaming_response.charge_points.list() as streamed:
            assert_type(streamed, AsyncStreamedResponse[AsyncPage[ChargePoint]])
            assert_type(await streamed.parse(), AsyncPage[ChargePoint])
        try:
            await client.locations.retrieve(404)
        except NotFoundError as error:
            print(error.body)


if __name__ == "__main__":
    sync_app()
    asyncio.run(async_app())
