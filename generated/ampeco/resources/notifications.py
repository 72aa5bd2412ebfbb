"""The `notifications` resource."""

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
    from ..types.notifications import NotificationSubscription
    from ..types.params.notifications import NotificationSubscriptionParam

__all__ = [
    "Notifications",
    "AsyncNotifications",
    "NotificationsWithRawResponse",
    "AsyncNotificationsWithRawResponse",
    "NotificationsWithStreamingResponse",
    "AsyncNotificationsWithStreamingResponse",
]

_SUBSCRIBE: Endpoint[NotificationSubscription] = Endpoint(
    "post",
    "/public-api/notifications/v2.0",
    response=lambda: _types.NotificationSubscription,
    envelope="data",
    shapes={"body": lambda: _types.NotificationSubscription},
    body_required=True,
)


class Notifications(SyncAPIResource):
    """Webhook and Kafka notification subscriptions."""

    def subscribe(
        self,
        *,
        body: Union[NotificationSubscriptionParam, NotificationSubscription],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> NotificationSubscription:
        """Notifications / Subscribe

        Subscribe to notifications delivered over a webhook or to a Kafka topic.
        Webhook payload templates may contain {{ x }} placeholders; wrap literal
        braces in {% raw %}...{% endraw %}. A payload like \"\"\"quoted\"\"\" is sent as is.

        `POST /public-api/notifications/v2.0` (operationId `notificationsSubscribe`)

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
                _SUBSCRIBE,
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


class AsyncNotifications(AsyncAPIResource):
    """Webhook and Kafka notification subscriptions."""

    async def subscribe(
        self,
        *,
        body: Union[NotificationSubscriptionParam, NotificationSubscription],
        extra_headers: Optional[Mapping[str, str]] = None,
        extra_query: Optional[Mapping[str, Any]] = None,
        extra_body: Optional[Mapping[str, Any]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> NotificationSubscription:
        """Notifications / Subscribe

        Subscribe to notifications delivered over a webhook or to a Kafka topic.
        Webhook payload templates may contain {{ x }} placeholders; wrap literal
        braces in {% raw %}...{% endraw %}. A payload like \"\"\"quoted\"\"\" is sent as is.

        `POST /public-api/notifications/v2.0` (operationId `notificationsSubscribe`)

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
                _SUBSCRIBE,
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


class NotificationsWithRawResponse:
    """`client.with_raw_response.notifications`: each method returns an `APIResponse` of its result."""

    def __init__(self, resource: Notifications) -> None:
        self.subscribe = raw(resource.subscribe)


class AsyncNotificationsWithRawResponse:
    """`client.with_raw_response.notifications` of the async client."""

    def __init__(self, resource: AsyncNotifications) -> None:
        self.subscribe = async_raw(resource.subscribe)


class NotificationsWithStreamingResponse:
    """`client.with_streaming_response.notifications`: `with method(...) as response:`, the body unread."""

    def __init__(self, resource: Notifications) -> None:
        self.subscribe = streamed(resource.subscribe)


class AsyncNotificationsWithStreamingResponse:
    """`client.with_streaming_response.notifications` of the async client: `async with`."""

    def __init__(self, resource: AsyncNotifications) -> None:
        self.subscribe = async_streamed(resource.subscribe)
