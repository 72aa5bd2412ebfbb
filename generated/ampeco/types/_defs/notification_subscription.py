"""The `NotificationSubscription` type."""

from typing import Annotated, Union

from pydantic import Discriminator, Tag

from ..._models import by_property
from .kafka_notification_subscription import KafkaNotificationSubscription
from .webhook_notification_subscription import WebhookNotificationSubscription

__all__ = [
    "NotificationSubscription",
]

NotificationSubscription = Annotated[
    Union[
        Annotated[
            WebhookNotificationSubscription, Tag("WebhookNotificationSubscription")
        ],
        Annotated[KafkaNotificationSubscription, Tag("KafkaNotificationSubscription")],
    ],
    Discriminator(
        by_property(
            "via",
            {
                "webhook": "WebhookNotificationSubscription",
                "kafka": "KafkaNotificationSubscription",
            },
            (
                (
                    "WebhookNotificationSubscription",
                    ("via", "notifications", "callbackUrl"),
                    (
                        "id",
                        "via",
                        "notifications",
                        "callbackUrl",
                        "headers",
                        "x-custom",
                        "template",
                    ),
                ),
                (
                    "KafkaNotificationSubscription",
                    ("via", "notifications", "topic", "brokers"),
                    (
                        "id",
                        "via",
                        "notifications",
                        "topic",
                        "brokers",
                        "compressionCodec",
                        "saslMechanism",
                        "from",
                    ),
                ),
            ),
        )
    ),
]
