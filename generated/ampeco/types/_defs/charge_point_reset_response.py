"""The `ChargePointResetResponse` model."""

from typing import Optional

from ..._models import Model

__all__ = [
    "ChargePointResetResponse",
]


class ChargePointResetResponse(Model):
    success: Optional[bool] = None
