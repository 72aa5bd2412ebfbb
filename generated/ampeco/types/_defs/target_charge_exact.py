"""The `TargetChargeExact` model."""

import datetime as _dt
from typing import Annotated, Optional

from pydantic import Field

from ..._models import BaseModel

__all__ = [
    "TargetChargeExact",
]


class TargetChargeExact(BaseModel):
    departure_time: Annotated[_dt.time, Field(alias="departureTime")]
    preconditioning_time: Annotated[
        Optional[int], Field(alias="preconditioningTime")
    ] = None
    target_charge_kwh: Annotated[float, Field(alias="targetChargeKwh")]
