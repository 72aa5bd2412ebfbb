"""The `ChargePointResetResponse` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "ChargePointResetResponse",
]


class ChargePointResetResponse(BaseModel):
    success: Optional[bool] = None
