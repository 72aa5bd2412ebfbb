"""Request dicts of the `notifications` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias, Union

if TYPE_CHECKING:
    from .._shared import KafkaNotificationSubscription, WebhookNotificationSubscription
    from ._shared import (
        KafkaNotificationSubscriptionParam,
        WebhookNotificationSubscriptionParam,
    )

__all__ = [
    "NotificationSubscriptionParam",
]

NotificationSubscriptionParam: TypeAlias = Union[
    "WebhookNotificationSubscriptionParam",
    "WebhookNotificationSubscription",
    "KafkaNotificationSubscriptionParam",
    "KafkaNotificationSubscription",
]
"""`NotificationSubscription` as a request takes it: any of its variants, as a dict keyed by wire names or as a model."""
