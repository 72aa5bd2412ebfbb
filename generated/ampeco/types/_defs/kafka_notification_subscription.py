"""The `KafkaNotificationSubscription` model."""

from typing import Annotated, List, Literal, Optional

from pydantic import Field

from ..._models import BaseModel
from .notification_type import NotificationType

__all__ = [
    "KafkaNotificationSubscription",
]


class KafkaNotificationSubscription(BaseModel):
    id: Optional[int] = None
    """Read-only: sent by the server, ignored in requests."""
    via: str
    """Always "kafka" for this variant."""
    notifications: List[NotificationType]
    topic: str
    brokers: List[str]
    compression_codec: Annotated[
        Optional[Literal["none", "gzip", "snappy", "lz4"]],
        Field(alias="compressionCodec"),
    ] = "gzip"
    sasl_mechanism: Annotated[
        Optional[Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]],
        Field(alias="saslMechanism"),
    ] = "PLAIN"
    from_: Annotated[Optional[str], Field(alias="from")] = None
    """Contact address of the subscriber (Python keyword as property name)."""
