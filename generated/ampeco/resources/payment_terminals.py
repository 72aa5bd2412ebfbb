"""The `payment_terminals` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_page,
    async_streamed,
    async_streamed_page,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types.payment_terminals import PaymentTerminal

__all__ = [
    "PaymentTerminals",
    "AsyncPaymentTerminals",
    "PaymentTerminalsWithRawResponse",
    "AsyncPaymentTerminalsWithRawResponse",
    "PaymentTerminalsWithStreamingResponse",
    "AsyncPaymentTerminalsWithStreamingResponse",
]


class PaymentTerminals(SyncAPIResource):
    """Payment terminals attached to charge points or charging zones."""

    def create(
        self,
        *,
        body: Union[PaymentTerminal, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PaymentTerminal:
        """Payment Terminals / Create

        Register a payment terminal of one of the supported types.

        `POST /public-api/resources/payment-terminals/v1.0` (operationId `createPaymentTerminal`)
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/payment-terminals/v1.0",
                    response=lambda: _types.PaymentTerminal,
                    envelope="data",
                ),
                {},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class AsyncPaymentTerminals(AsyncAPIResource):
    """Payment terminals attached to charge points or charging zones."""

    async def create(
        self,
        *,
        body: Union[PaymentTerminal, Mapping[str, Any]],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PaymentTerminal:
        """Payment Terminals / Create

        Register a payment terminal of one of the supported types.

        `POST /public-api/resources/payment-terminals/v1.0` (operationId `createPaymentTerminal`)
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/resources/payment-terminals/v1.0",
                    response=lambda: _types.PaymentTerminal,
                    envelope="data",
                ),
                {},
                [],
                [],
                body,
                RequestOptions(
                    extra_headers, extra_query, extra_body, timeout, max_retries
                ),
            )
        )


class PaymentTerminalsWithRawResponse:
    """`client.with_raw_response.payment_terminals`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: PaymentTerminals) -> None:
        self.create = raw(resource.create)


class AsyncPaymentTerminalsWithRawResponse:
    """`client.with_raw_response.payment_terminals` of the async client."""

    def __init__(self, resource: AsyncPaymentTerminals) -> None:
        self.create = async_raw(resource.create)


class PaymentTerminalsWithStreamingResponse:
    """`client.with_streaming_response.payment_terminals`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: PaymentTerminals) -> None:
        self.create = streamed(resource.create)


class AsyncPaymentTerminalsWithStreamingResponse:
    """`client.with_streaming_response.payment_terminals` of the async client: `async with`."""

    def __init__(self, resource: AsyncPaymentTerminals) -> None:
        self.create = async_streamed(resource.create)
