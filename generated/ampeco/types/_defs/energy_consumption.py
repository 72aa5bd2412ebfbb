"""The `EnergyConsumption` model."""

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "EnergyConsumption",
]


class EnergyConsumption(BaseModel):
    total: float
    """Delivered energy (Wh)."""
    local: Optional[float] = None
    """Locally generated renewable energy (Wh)."""
    grid: float
    """Energy taken from the grid (Wh)."""
