"""The `ChargePointLastBootNotification` model."""

from typing import Optional

from ..._models import Model

__all__ = [
    "ChargePointLastBootNotification",
]


class ChargePointLastBootNotification(Model):
    model: Optional[str] = None
    vendor: Optional[str] = None
    charge_point_serial_number: Optional[str] = None
    firmware_version: Optional[str] = None
