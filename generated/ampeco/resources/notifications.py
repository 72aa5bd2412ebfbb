"""The `notifications` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, Union

from .. import types as _types
from .._base_client import Call, Endpoint, RequestOptions
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from ..types.notifications import NotificationSubscription

__all__ = ["Notifications", "AsyncNotifications"]


class Notifications(SyncAPIResource):
    """Webhook and Kafka notification subscriptions."""

    def subscribe(
        self,
        *,
        body: Union[NotificationSubscription, Mapping[str, Any]],
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
        """
        return self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/notifications/v2.0",
                    response=lambda: _types.NotificationSubscription,
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


class AsyncNotifications(AsyncAPIResource):
    """Webhook and Kafka notification subscriptions."""

    async def subscribe(
        self,
        *,
        body: Union[NotificationSubscription, Mapping[str, Any]],
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
        """
        return await self._client.request(  # type: ignore[no-any-return]
            Call(
                Endpoint(
                    method="post",
                    path="/public-api/notifications/v2.0",
                    response=lambda: _types.NotificationSubscription,
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
