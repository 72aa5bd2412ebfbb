"""The `NotificationType` type."""

from typing import Literal

__all__ = [
    "NotificationType",
]

NotificationType = Literal[
    "authorization.changed",
    "chargePoint.changed",
    "evse.changed",
    "session.changed",
    "ChargePointChangedNotification",
]
