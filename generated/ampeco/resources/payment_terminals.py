"""The `payment_terminals` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_streamed,
    raw,
    streamed,
)
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types.params.payment_terminals import PaymentTerminalParam
    from ..types.payment_terminals import PaymentTerminal

__all__ = [
    "PaymentTerminals",
    "AsyncPaymentTerminals",
    "PaymentTerminalsWithRawResponse",
    "AsyncPaymentTerminalsWithRawResponse",
    "PaymentTerminalsWithStreamingResponse",
    "AsyncPaymentTerminalsWithStreamingResponse",
]

_CREATE: Endpoint[PaymentTerminal] = Endpoint(
    "post",
    "/public-api/resources/payment-terminals/v1.0",
    response=lambda: _types.PaymentTerminal,
    envelope="data",
    shapes={"body": lambda: _types.PaymentTerminal},
    body_required=True,
)


class PaymentTerminals(SyncAPIResource):
    """Payment terminals attached to charge points or charging zones."""

    def create(
        self,
        *,
        body: Union[PaymentTerminalParam, PaymentTerminal],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PaymentTerminal:
        """Payment Terminals / Create

        Register a payment terminal of one of the supported types.

        `POST /public-api/resources/payment-terminals/v1.0` (operationId `createPaymentTerminal`)

        Args:
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return self._client.request(
            Call(
                _CREATE,
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
                ),
            )
        )


class AsyncPaymentTerminals(AsyncAPIResource):
    """Payment terminals attached to charge points or charging zones."""

    async def create(
        self,
        *,
        body: Union[PaymentTerminalParam, PaymentTerminal],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> PaymentTerminal:
        """Payment Terminals / Create

        Register a payment terminal of one of the supported types.

        `POST /public-api/resources/payment-terminals/v1.0` (operationId `createPaymentTerminal`)

        Args:
            body: One of its variants, as a dict keyed by wire names or as a model.
            extra_headers: Headers to send besides the SDK's own.
            extra_query: Query parameters to add to the URL.
            extra_body: Properties to add to the JSON body.
            timeout: This call's timeout in seconds (or an `httpx.Timeout`), instead of the client's.
            max_retries: How often this call is retried, instead of the client's setting.
        """
        return await self._client.request(
            Call(
                _CREATE,
                body=body,
                options=RequestOptions(
                    extra_headers=extra_headers,
                    extra_query=extra_query,
                    extra_body=extra_body,
                    timeout=timeout,
                    max_retries=max_retries,
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
