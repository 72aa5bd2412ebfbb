"""The `ChargePointLastBootNotification` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "ChargePointLastBootNotification",
]


class ChargePointLastBootNotification(BaseModel):
    model: Optional[str] = None
    vendor: Optional[str] = None
    charge_point_serial_number: Optional[str] = None
    firmware_version: Optional[str] = None
